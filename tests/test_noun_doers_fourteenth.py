"""ASSAULT nouns claimed by an armed speaker, fourteenth session: the speaker's own
description between it and the attack noun — the wing's apposition closed by a comma
("كتائب X، الجناح العسكري لحركة Y، استهداف ...") or a unit named after a dash ("سرايا X -
كتيبة جنين، ...") — does not part the speaker from the operation it announces.  A ministry
or a medium announcing someone else's strike stays no attacker.  Sentences written for
these tests.

An ambush a force was lured into (أوقع، إيقاع، استدرج ... في كمين) was set by the armed
party or state right before the luring word, when the force lured was read as the target;
a force that fell into one (وقعت في كمين) names no setter."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, speaker, target", [
    ("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، استهداف ناقلة جند إسرائيلية في خان يونس.",
     "استهداف", "كتائب القسام", "ناقلة جند إسرائيلية"),
    ("أعلنت سرايا القدس - كتيبة طولكرم، مساء الأحد، مواصلتها استهداف قوات الاحتلال في المخيم.",
     "استهداف", "سرايا القدس", "قوات الاحتلال"),
    ("أعلنت سرايا القدس - كتيبة نابلس، استهداف دبابة إسرائيلية عند مدخل المدينة.",
     "استهداف", "سرايا القدس", "دبابة إسرائيلية"),
])
def test_a_described_armed_speaker_claims_the_announced_attack(text, trigger, speaker, target):
    e = event_on(text, "ASSAULT", trigger)
    assert speaker in texts_of(e.actor)
    assert target in texts_of(e.recipient)
    assert "+announced" in e.rule


@pytest.mark.parametrize("text, trigger", [
    ("أعلنت وزارة الصحة، في بيان لها مساء اليوم، استهداف مستشفى في غزة.", "استهداف"),
    ("بثت قناة الجزيرة مشاهد من استهداف مدرسة في غزة.", "استهداف"),
])
def test_a_ministry_or_medium_is_no_attacker(text, trigger):
    e = event_on(text, "ASSAULT", trigger)
    assert "+announced" not in e.rule
    assert not ({"وزارة الصحة", "قناة الجزيرة"} & set(texts_of(e.actor)))


def test_a_wing_reporting_the_other_sides_attack_does_not_claim_it():
    # "إن" gives the reported attack a subject of its own
    e = event_on("قالت كتائب القسام، الجناح العسكري لحركة حماس، إن الاحتلال واصل قصف المنازل "
                 "في رفح.", "ASSAULT", "قصف")
    assert "كتائب القسام" not in texts_of(e.actor)
    assert "الاحتلال" in texts_of(e.actor)


@pytest.mark.parametrize("text, setter", [
    ("أعلنت كتائب القسام أنها أوقعت قوة إسرائيلية في كمين شرق رفح.", "كتائب القسام"),
    ("أما سرايا القدس، فأوقعت قوة راجلة إسرائيلية في كمين بمخيم جنين.", "سرايا القدس"),
    ("أعلنت سرايا القدس استدراج قوة إسرائيلية إلى كمين في حي الشجاعية.", "سرايا القدس"),
    ("أعلنت كتائب القسام إيقاع قوة إسرائيلية في كمين شرق جباليا.", "كتائب القسام"),
])
def test_the_one_who_lured_a_force_set_the_ambush(text, setter):
    e = event_on(text, "ASSAULT", "كمين")
    assert texts_of(e.actor) == [setter]
    assert setter not in texts_of(e.recipient)
    assert "+ambush-setter" in e.rule


@pytest.mark.parametrize("text", [
    "أعلن الجيش الإسرائيلي مقتل جنديين بعد وقوع قوة في كمين قرب رفح.",
    "قال الجيش الإسرائيلي إن قوة من جنوده وقعت في كمين في بيت لاهيا.",
])
def test_a_force_that_fell_into_an_ambush_names_no_setter(text):
    e = event_on(text, "ASSAULT", "كمين")
    assert "+ambush-setter" not in e.rule
    assert "الجيش الإسرائيلي" not in texts_of(e.actor)
