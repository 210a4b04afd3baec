"""Fifteenth session: one and two people.  A singular person noun counts one and a dual
two, also as the object of an active verb past its subject ("اعتقلت الشرطة شابا"), and
role nouns have their duals (شابان، صحفيان) as actor forms.  Our own example sentences."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_counts import counts_of

from hadath.kb import inflect_dual, load_kb, validate_kb
from hadath.pipeline import Pipeline, record_to_raw
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


def _events(pipeline: Pipeline, text: str, event: str):
    res = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-09-18")
    return [e for e in res.events if e.event == event]


# ------------------------------------------------------------ counts

@pytest.mark.parametrize("text, kind, n", [
    ("اعتقلت قوات الاحتلال شابا من القرية بعد مداهمة منزله.", "arrested", 1),
    ("اعتقلت الشرطة طفلة عند مدخل البلدة.", "arrested", 1),
    ("اعتقلت الشرطة فجر اليوم شابين من الحي الشرقي.", "arrested", 2),
    ("اعتقل الجنود طفلين قرب المدرسة.", "arrested", 2),
    ("قتل مسلحون مزارعا في حقله.", "killed", 1),
    ("أصاب المستوطنون فلسطينيا بالحجارة.", "injured", 1),
    ("أصيب مسعفان خلال نقل الجرحى.", "injured", 2),
    ("أصيبت طفلتان بشظايا القذيفة.", "injured", 2),
])
def test_a_singular_or_dual_person_counts_one_or_two(pipeline, text, kind, n):
    assert counts_of(pipeline, text).get(kind) == [(n, n, False)]


@pytest.mark.parametrize("text", [
    # the person is the speaker, not the one arrested (kin count only killing and wounding)
    "قال شاب إن الشرطة اعتقلت والده أمس.",
    # after a bare noun the dual is its genitive: the father was arrested, not two
    "اعتقلت قوات الاحتلال والد شابين من القرية.",
    # a sound plural in -ين is a plural with no number
    "اعتقلت الشرطة مواطنين في المدينة.",
    "اعتقلت الشرطة مسعفين قرب المستشفى.",
    # joined by a proclitic: another phrase, not the verb's object
    "اعتقلت الشرطة المحتجين وشابا آخر لاحقا.",
])
def test_no_count_of_one_or_two_for_other_persons(pipeline, text):
    assert not [c for c in counts_of(pipeline, text).get("arrested", []) if c[0] in (1, 2)]


def test_a_dual_that_names_something_else_counts_no_one(pipeline):
    # طالبان is the Taliban, not two students: the dual of طالب is not made
    assert counts_of(pipeline, "قال الحلف إن عناصر من طالبان قتلوا في الغارة.") == {}


def test_a_speaker_noun_carries_no_count(pipeline):
    assert counts_of(pipeline, "طالب طفل بالإفراج عن والده.") == {}


# ------------------------------------------------------------ dual actor forms

def test_dual_inflection_of_masculine_and_feminine_nouns():
    assert inflect_dual("شاب") == ["شابان", "الشابان", "شابين", "الشابين"]
    assert inflect_dual("طفلة") == ["طفلتان", "الطفلتان", "طفلتين", "الطفلتين"]


@pytest.mark.parametrize("text, form, entity", [
    ("وصل شابان إلى المستشفى.", "شابان", "agent-youths"),
    ("غادر الصحفيان المدينة.", "الصحفيان", "agent-journalists"),
    ("عادت الطفلتان إلى المدرسة.", "الطفلتان", "agent-children"),
])
def test_dual_role_nouns_are_actor_forms(text, form, entity):
    got = [(m.text, m.id) for m in ActorResolver.default().find(TextLayer(text))]
    assert (form, entity) in got


def test_dual_people_are_the_victims_not_the_town(pipeline):
    event = _events(pipeline, "أصيب شابان برصاص الجنود في مدينة جنين.", "ASSAULT")[0]
    assert [r.text for r in event.recipient] == ["شابان"]
    assert (event.injured.min, event.injured.max) == (2, 2)


def test_ar_dual_must_list_single_words(tmp_path: Path):
    agent = {"id": "agent-x", "name": "x", "ar": ["حارس"], "ar_dual": ["حارس ليلي"],
             "sector": "CVL", "country": None, "source": "test"}
    for name, data in {"countries.json": [], "institutions.json": [], "organizations.json": [],
                       "agents.json": [agent]}.items():
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert any("ar_dual must list single words" in p for p in validate_kb(load_kb(tmp_path)))
