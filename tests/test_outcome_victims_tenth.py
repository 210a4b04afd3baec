"""The victims of an attack noun told right after an outcome word ("استشهد شاب برصاص
الاحتلال"): the outcome word is absorbed by the attack, and its subject is the attack's
recipient instead of the place the attack happened in. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of


@pytest.mark.parametrize("text, trigger, victims, country", [
    ("استشهد شاب فلسطيني برصاص قوات الاحتلال في بلدة عقربا صباح اليوم.", "برصاص", ["شاب فلسطيني"], "PSE"),
    ("أصيب ثلاثة مزارعين برصاص المستوطنين قرب قرية المغير.", "برصاص", ["مزارعين"], None),
    ("أفادت مصادر طبية باستشهاد 12 مدنيا بقصف مدفعي على بلدة بيت لاهيا.", "قصف", ["مدنيا"], None),
])
def test_the_outcome_subject_is_the_attacks_recipient(text, trigger, victims, country):
    e = event_on(text, "ASSAULT", trigger)
    assert [t for t in texts_of(e.recipient) if t in victims] == victims
    assert "+outcome-victims" in e.rule
    if country is not None:
        assert country in countries_of(e.recipient)


def test_no_victims_taken_across_another_fact():
    e = event_on("استشهد شاب برصاص الجيش في نابلس، في حين اندلعت اشتباكات بين مسلحين وقوات "
                 "الجيش في جنين.", "ASSAULT", "اشتباكات")
    assert "+outcome-victims" not in e.rule
    assert not any("شاب" in t for t in texts_of(e.recipient))


def test_a_subject_before_the_outcome_word_is_not_taken():
    # the doctors announce the death; they are no victims of the shooting
    e = event_on("أعلن الأطباء في المستشفى استشهادها متأثرة بإصابتها برصاص الجنود قبل أيام.",
                 "ASSAULT", "إصابت")
    assert not any("الأطباء" in t for t in texts_of(e.recipient))
