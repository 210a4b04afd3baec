"""Thirteenth session: a number told before the next casualty word is that word's count,
a person before a coordinated casualty verb is the first verb's, kin nouns with a pronoun
count one, and who announces a toll is not its attacker.  Our own example sentences."""
from __future__ import annotations

import pytest
from test_counts import counts_of as _counts_with_totals

from hadath.events.counts import opens_toll_phrase
from hadath.pipeline import Pipeline, record_to_raw


def counts_of(pipeline: Pipeline, text: str) -> dict[str, list[tuple]]:
    """The counts of each kind as (min, max)."""
    return {kind: [c[:2] for c in found] for kind, found in _counts_with_totals(pipeline, text).items()}


def _assaults(pipeline: Pipeline, text: str):
    res = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09")
    return [e for e in res.events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, killed, injured", [
    ("قالت الوزارة إن حصيلة ضحايا القصف على المدينة ارتفعت إلى 3120 شهيدا و8045 جريحا.", 3120, 8045),
    ("ارتفع عدد ضحايا الهجمات على البلدة إلى 517 قتيلا و1290 مصابا.", 517, 1290),
    ("ارتفعت حصيلة ضحايا المعارك في الإقليم إلى 12 ألفا و40 قتيلا و30 ألفا و7 جرحى.", 12040, 30007),
])
def test_the_number_before_the_wounded_is_theirs(pipeline, text, killed, injured):
    got = counts_of(pipeline, text)
    assert (killed, killed) in got["killed"]
    assert all(k != (injured, injured) for k in got["killed"])
    assert got["injured"] == [(injured, injured)]


def test_a_number_after_a_casualty_word_with_none_after_it_is_still_taken(pipeline):
    got = counts_of(pipeline, "أسفر القصف عن مقتل 23 وإصابة 41 في البلدة.")
    assert got == {"killed": [(23, 23)], "injured": [(41, 41)]}


@pytest.mark.parametrize("text, killed, injured", [
    ("استشهد شقيقان وأصيب والدهما في قصف على منزل العائلة.", 2, 1),
    ("قتل جنديان وجرح عدد من المارة في انفجار عبوة بالسوق.", 2, None),
    ("قتل جنديان وأصيب آخرون في هجوم على الموقع.", 2, None),
])
def test_a_person_before_a_joined_casualty_verb_is_the_first_verbs(pipeline, text, killed, injured):
    got = counts_of(pipeline, text)
    assert got["killed"] == [(killed, killed)]
    assert got.get("injured") == (None if injured is None else [(injured, injured)])


@pytest.mark.parametrize("text", [
    "أكدت العائلة استشهاد نجلها في الغارة على المخيم.",
    "استشهد والد الصحفي في قصف على الحي.",
])
def test_a_kin_noun_after_a_casualty_word_counts_one(pipeline, text):
    assert counts_of(pipeline, text)["killed"] == [(1, 1)]


def test_a_dual_subject_right_before_its_verb_still_counts_two(pipeline):
    assert counts_of(pipeline, "جنديين قتلا في انفجار عبوة بالسوق.")["killed"] == [(2, 2)]


@pytest.mark.parametrize("trigger, toll", [
    ("عدد الشهداء", True), ("حصيلة ضحايا العدوان", True), ("وعدد القتلى", True),
    ("مقتل", False), ("العدوان", False), ("عددا", False),
])
def test_a_toll_phrase_opens_with_a_toll_head(trigger, toll):
    assert opens_toll_phrase(trigger) is toll


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الصحة ارتفاع عدد الشهداء إلى 7400 منذ بداية الحرب على المدن.",
    "أعلنت وزارة الصحة في المدينة ارتفاع حصيلة القتلى إلى 5120 منذ مطلع العام.",
])
def test_who_announces_a_toll_is_not_its_attacker(pipeline, text):
    events = _assaults(pipeline, text)
    tolls = [e for e in events if e.killed is not None]
    assert tolls, events
    assert all(not e.actor for e in tolls)
