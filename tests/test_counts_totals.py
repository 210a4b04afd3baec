"""Sixth session: casualty counts on wire reports (running totals, compound numbers,
counts of things that are not people, killed and wounded told together)."""
from __future__ import annotations

import pytest

import hadath
from hadath.events.counts import default_count_words, validate_count_words
from hadath.pipeline import record_to_raw
from hadath.recognize.numbers import default_finder
from hadath.resources import DataError, load_json
from hadath.text.normalize import normalize_string


def _counts(pipeline, text: str) -> dict[str, object]:
    res = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-03-10")
    out: dict[str, object] = {}
    for e in res.events:
        for kind in ("killed", "injured", "arrested"):
            c = getattr(e, kind)
            if c is not None and kind not in out:
                out[kind] = c
    return out


@pytest.mark.parametrize("text, value", [
    ("ارتفع العدد إلى 31 ألفا و245 شهيدا", 31245),
    ("أصيب 72 ألفا و 18 شخصا", 72018),
    ("بلغ 3 آلاف و600", 3600),
])
def test_thousands_and_remainder_are_one_number(text, value):
    found = default_finder().find_in_norm(normalize_string(text))
    assert [n.value for n in found] == [value]


@pytest.mark.parametrize("text", ["بين 10 و15 ألفا", "40 ألفا و100 ألف"])
def test_remainder_not_smaller_than_the_scale_stays_apart(text):
    found = default_finder().find_in_norm(normalize_string(text))
    assert all(n.value != 40100 for n in found)
    assert len(found) in (1, 2)


def test_war_toll_is_cumulative(pipeline):
    c = _counts(pipeline, "شنت القوات بعد ذلك هجوما واسعا على الإقليم، في حرب قتلت وجرحت عشرات "
                          "الآلاف من السكان.")
    assert c["killed"].cumulative and c["killed"].min == 10000
    assert c["injured"].cumulative


def test_day_of_war_is_no_running_total(pipeline):
    c = _counts(pipeline, "في اليوم الـ120 للحرب على المدينة، استشهد 14 شخصا في غارات على الأحياء.")
    assert c["killed"].min == 14 and not c["killed"].cumulative


def test_long_period_makes_a_running_total(pipeline):
    c = _counts(pipeline, "على مدى 9 أشهر، شن الجيش غارات قتل فيها 820 شخصا في الإقليم.")
    assert c["killed"].min == 820 and c["killed"].cumulative


def test_short_period_or_named_day_is_the_days_toll(pipeline):
    c = _counts(pipeline, "قتل 11 شخصا في قصف على البلدة منذ يومين.")
    assert c["killed"].min == 11 and not c["killed"].cumulative
    c = _counts(pipeline, "خلال الحرب الدائرة منذ 10 أشهر، قتلت غارة 6 أشخاص في البلدة.")
    assert c["killed"].min == 6 and not c["killed"].cumulative


def test_vehicles_are_not_casualties(pipeline):
    c = _counts(pipeline, "هاجم المسلحون الرتل فقتلوا جنديين ودمروا نحو 12 آلية عسكرية.")
    assert c["killed"].min == 2
    c = _counts(pipeline, "هاجم المسلحون الرتل فقتلوا جنودا ودمروا نحو 12 آلية عسكرية.")
    assert "killed" not in c


def test_killed_and_wounded_together_is_neither(pipeline):
    text = "قصفت الطائرات السوق فسقط عشرات الضحايا بين قتيل وجريح."
    res = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-03-10")
    assert [e.event for e in res.events] == ["ASSAULT"]
    c = _counts(pipeline, text)
    assert "killed" not in c and "injured" not in c


def test_count_words_validation_rejects_bad_period_units():
    data = dict(load_json("casualty_counts.json"))
    data["period_units"] = {"week": ["أسبوع"]}
    with pytest.raises(DataError):
        validate_count_words(data)
    assert default_count_words().period_min_days > 0


@pytest.mark.parametrize("text", [
    "نشر الجيش صورا للقائد قبل استشهاده في اشتباك مسلح مع قوة إسرائيلية في رفح.",
    "وأعلن الجيش مقتلها في قصف على المدينة.",
])
def test_a_killing_noun_with_a_singular_pronoun_counts_one(pipeline, text):
    events = [e for e in events_of_all(text) if e.killed is not None]
    assert events and events[0].killed.min == events[0].killed.max == 1


def test_a_killing_verb_with_an_object_pronoun_gives_no_count():
    assert all(e.killed is None for e in events_of_all("ثم قتله في بيته كما تروي الأسطورة."))


def events_of_all(text: str):
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    return pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-03-10").events
