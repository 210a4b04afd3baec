"""Participant groups: people named right after a definite body or a name are the next
constituent, not the same participant in apposition; adjectives, titles and construct
chains stay one participant.  Sentences written for these tests."""
from __future__ import annotations

from functools import lru_cache

import pytest
from conftest import events_of, texts_of


@lru_cache(maxsize=1)
def _pipeline():
    from hadath.pipeline import Pipeline
    return Pipeline.default()


def groups_of(text: str) -> list[list[str]]:
    """The mention texts of each participant group of a one-sentence text."""
    from hadath.events.structure import build_groups
    from hadath.records import Document
    analysis = _pipeline().analyze(Document(doc_id="t", text=text, published="2025-03-04"))
    return [[m.text for m in g.mentions] for g in build_groups(analysis.layer.text, analysis.actors)]


def together(text: str, first: str, second: str) -> bool:
    """The mentions spelled ``first`` and ``second`` stand in one group."""
    return any(first in g and second in g for g in groups_of(text))


def apart(text: str, first: str, second: str) -> bool:
    groups = groups_of(text)
    return any(first in g for g in groups) and any(second in g for g in groups) \
        and not together(text, first, second)


@pytest.mark.parametrize("text, body, people", [
    # a definite body, then a definite sound plural of people
    ("وفرقت قوات الأمن المعتصمين أمام مبنى البلدية بالقوة.", "قوات الأمن", "المعتصمين"),
    ("واعتقلت الشرطة المحتجين قرب الجسر صباح السبت.", "الشرطة", "المحتجين"),
    # a collective or broken plural of people
    ("وحاصرت قوات الاحتلال الأهالي داخل المدرسة لساعات.", "قوات الاحتلال", "الأهالي"),
    # a named organisation, then the people it addressed
    ("وأبلغت حماس الوسطاء موقفها من المقترح الأخير.", "حماس", "الوسطاء"),
    # the ل-object of a verbal noun after its definite agent
    ("وندد الاتحاد باستهداف الاحتلال للمسعفين في المخيم.", "الاحتلال", "للمسعفين"),
])
def test_people_after_a_definite_body_are_the_next_participant(text, body, people):
    assert apart(text, body, people), groups_of(text)


@pytest.mark.parametrize("text, name, people", [
    ("وطالبت بلدية نابلس السكان بالابتعاد عن المباني المتضررة.", "نابلس", "السكان"),
    # a body joined to the town after it ends with a name
    ("وناشدت وزارة الصحة في غزة الأهالي التبرع بالدم.", "وزارة الصحة في غزة", "الأهالي"),
])
def test_people_after_a_place_name_are_the_next_participant(text, name, people):
    assert apart(text, name, people), groups_of(text)


@pytest.mark.parametrize("text, force, target", [
    ("وقصفت طائرات حربية إسرائيلية مدرسة تؤوي نازحين في المخيم.", "طائرات حربية إسرائيلية",
     "مدرسة"),
    ("واستهدف الجيش بطائرة مسيرة مقاتلين من الحركة قرب المخيم.", "طائرة مسيرة", "مقاتلين"),
])
def test_people_after_a_force_and_its_adjective_are_the_next_participant(text, force, target):
    assert apart(text, force, target), groups_of(text)


@pytest.mark.parametrize("text, first, second", [
    # the body's own adjective agrees with it in the singular
    ("وانتقد النائب الحكومة الإسرائيلية المتطرفة في كلمته.", "الحكومة الإسرائيلية", "المتطرفة"),
    # a plural adjective of a construct whose head is itself a plural of people
    ("وتحدث جنود الاحتلال العائدين من الجبهة عن صعوبات كبيرة.", "جنود الاحتلال", "العائدين"),
    # a title names the office holder after it
    ("واستقبل وزير الخارجية العماني الشيخ سالم الوفد الزائر.", "وزير الخارجية العماني",
     "الشيخ"),
    ("واستقبل أمير الكويت الشيخ سالم الوفد الزائر.", "أمير الكويت", "الشيخ"),
    # an indefinite head keeps its ل-possessor
    ("وأطلق جنود للاحتلال النار على سيارة مدنية.", "جنود", "للاحتلال"),
])
def test_adjectives_and_possessors_stay_one_participant(text, first, second):
    assert together(text, first, second), groups_of(text)


def test_an_indefinite_head_keeps_its_definite_genitive():
    text = "ورفضت حكومة المستوطنين المقترح الجديد."
    assert together(text, "حكومة", "المستوطنين"), groups_of(text)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("وحاصرت قوات الاحتلال الأهالي داخل المدرسة لساعات.", "COERCE", "قوات الاحتلال", "الأهالي"),
    ("وناشدت وزارة الصحة في غزة الأهالي التبرع بالدم.", "REQUEST", "وزارة الصحة في غزة",
     "الأهالي"),
    ("واعتقلت الشرطة المحتجين قرب الجسر صباح السبت.", "COERCE", "الشرطة", "المحتجين"),
])
def test_the_people_become_the_recipient(text, event, actor, recipient):
    e = events_of(text, event)[0]
    assert actor in texts_of(e.actor) and texts_of(e.recipient) == [recipient]
