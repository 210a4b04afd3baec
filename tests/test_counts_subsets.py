"""Sixth session, second pass: subsets of the dead, feminine person nouns, numbers of
other people after a counted person, detainees killed, and counts of bodies."""
from __future__ import annotations

import pytest

from hadath.events.counts import default_count_words, validate_count_words
from hadath.pipeline import record_to_raw
from hadath.resources import DataError, load_json


def _events(pipeline, text: str):
    return pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-03-10").events


def _counts(pipeline, text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for e in _events(pipeline, text):
        for kind in ("killed", "injured", "arrested"):
            c = getattr(e, kind)
            if c is not None and kind not in out:
                out[kind] = c
    return out


def test_subset_after_min_bayn_is_no_count(pipeline):
    c = _counts(pipeline, "سقط قتلى في غارة جوية على حي سكني شرق المدينة، ومن بين القتلى طبيب.")
    assert "killed" not in c


def test_number_after_baynahum_is_not_the_total(pipeline):
    c = _counts(pipeline, "استشهد مواطنون بينهم 7 أطفال في قصف مدفعي على بلدة حدودية.")
    assert "killed" not in c


def test_total_before_subset_is_kept(pipeline):
    c = _counts(pipeline, "قتل 14 شخصا في قصف على سوق المدينة، بينهم 6 نساء.")
    assert (c["killed"].min, c["killed"].max) == (14, 14)


@pytest.mark.parametrize("text", [
    "أصيبت شرطية بجروح طفيفة في هجوم بسكين عند مدخل المحطة.",
    "قتلت جندية في انفجار عبوة ناسفة قرب الحدود.",
])
def test_feminine_person_nouns_count_one(pipeline, text):
    c = _counts(pipeline, text)
    (kind, count), = c.items()
    assert (count.min, count.max) == (1, 1)


def test_number_of_other_people_after_a_counted_person(pipeline):
    c = _counts(pipeline, "استشهد فتى في اعتداء نحو 60 مستوطنا على قرية قرب نابلس.")
    assert (c["killed"].min, c["killed"].max) == (1, 1)


def test_person_then_unit_number_is_the_person(pipeline):
    c = _counts(pipeline, "أعلن الجيش مقتل قائد الكتيبة 205 في معارك جنوب البلدة.")
    assert (c["killed"].min, c["killed"].max) == (1, 1)


@pytest.mark.parametrize("text, value", [
    ("استشهد أسيران في سجن النقب بعد تعرضهما للتعذيب.", 2),
    ("أعلنت الفصائل مقتل أسيرين لديها في قصف جوي على مدينة رفح.", 2),
    ("نعت العائلات 4 أسرى قتلوا في غارة على نفق بالقطاع.", 4),
])
def test_detainees_killed_are_killed_not_arrested(pipeline, text, value):
    c = _counts(pipeline, text)
    assert "arrested" not in c
    assert (c["killed"].min, c["killed"].max) == (value, value)


def test_arrests_still_counted(pipeline):
    c = _counts(pipeline, "اعتقلت قوات الاحتلال 12 فلسطينيا خلال مداهمات في مدينة الخليل.")
    assert (c["arrested"].min, c["arrested"].max) == (12, 12)


def test_bodies_recovered_after_the_strike_are_its_dead(pipeline):
    c = _counts(pipeline, "قصفت الطائرات منزلا في بلدة جباليا، وتم انتشال جثامين 9 شهداء من تحت أنقاضه.")
    assert (c["killed"].min, c["killed"].max) == (9, 9)


def test_bodies_governed_by_the_trigger_are_not_its_dead(pipeline):
    for e in _events(pipeline, "احتجزت قوات الاحتلال جثامين 5 شهداء خلال اقتحام المستشفى."):
        assert e.killed is None


def test_bodies_after_fadlan_an_are_another_fact(pipeline):
    events = _events(pipeline, "قصف الجيش حي الزيتون شرق المدينة، فضلا عن تكدس عشرات الجثث في ساحة المستشفى.")
    assert events
    assert all(e.killed is None for e in events)


def test_new_word_lists_are_validated():
    data = load_json("casualty_counts.json")
    assert default_count_words().detainees is not None
    for key in ("subset_pronouns", "body_nouns", "detainee_nouns"):
        bad = dict(data)
        bad[key] = [""]
        with pytest.raises(DataError):
            validate_count_words(bad)
