"""Attackers named after the attack noun: behind ل after an indefinite attack noun ("قصف
مكثف للجيش على ..."), as the subject of a relative clause on it ("المجزرة التي ارتكبتها
الميليشيا"، "كمين نفذه المسلحون"), or as a pronoun on the forces of the group named
before.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, events_of, texts_of


def _countries(members) -> list:
    return [m.country for m in members]


def _event_on(text: str, trigger: str):
    """The ASSAULT event whose trigger starts with ``trigger`` (else the first one)."""
    events = events_of(text, "ASSAULT")
    return next((e for e in events if e.trigger.text.startswith(trigger)), events[0])


def test_lam_phrase_after_attack_noun_is_the_attacker():
    e = _event_on("قتل أربعة مدنيين في قصف للجيش الروسي على ضواحي خاركيف.", "قصف")
    assert "RUS" in _countries(e.actor)
    assert "RUS" not in _countries(e.recipient)


def test_lam_attacker_over_manner_adjectives():
    e = _event_on("نزحت عشرات العائلات وسط قصف عنيف للجيش السوداني على أحياء نيالا.", "قصف")
    assert _countries(e.actor) == ["SDN"]


def test_lam_phrase_after_directed_blow_is_the_target():
    e = _event_on("وجهت القوات الأوكرانية ضربات موجعة للجيش الروسي قرب باخموت.", "ضربات")
    assert "RUS" not in _countries(e.actor)
    assert "RUS" in _countries(e.recipient)


def test_civilians_behind_lam_are_attackers_only_before_a_target():
    e = _event_on("أصيب راعيان في هجوم لمستوطنين على قرية قرب الخليل.", "هجوم")
    assert [a.text for a in e.actor] == ["مستوطنين"]


def test_feminine_relative_verb_names_the_attacker():
    e = _event_on("قتل تسعة أشخاص في الغارة التي شنتها الطائرات الروسية على إدلب.", "غارة")
    assert "RUS" in _countries(e.actor)


def test_massacre_committed_by_names_the_attacker_of_the_deaths():
    e = _event_on("قتل عشرون قرويا في مجزرة جديدة ارتكبتها قوات الدعم السريع في دارفور.",
                  "قتل")
    assert e.actor and all(a.country == "SDN" for a in e.actor)
    assert "قرويا" not in [a.text for a in e.actor]


def test_campaign_genitive_keeps_its_object_and_takes_the_marked_agent():
    e = _event_on("عرضت الحركة صورا من عملية قنص جندي هندي نفذها مقاتلو الحركة قرب الحدود.",
                  "قنص")
    assert "IND" in _countries(e.recipient)
    assert "IND" not in _countries(e.actor)


# Sixteenth session: an armed group that praises or condemns an attack is not its claimant,
# nor is a group whose attack noun names another doer.

@pytest.mark.parametrize("text, trigger, speaker", [
    ("أشادت حركة الجهاد الإسلامي باستهداف جماعة أنصار الله مدينة إيلات بطائرة مسيرة.",
     "استهداف", "حركة الجهاد الإسلامي"),
    ("رحبت كتائب القسام بقصف الحوثيين ميناء إيلات بالصواريخ.", "قصف", "كتائب القسام"),
    ("وباركت حركة حماس قصف جماعة أنصار الله ميناء إيلات بالطائرات المسيرة.", "قصف",
     "حركة حماس"),
    ("دانت حركة حماس المجزرة التي ارتكبها الجيش الإسرائيلي في مخيم جباليا.", "مجزرة",
     "حركة حماس"),
])
def test_a_praised_or_condemned_attack_is_not_the_speakers_claim(text, trigger, speaker):
    e = event_on(text, "ASSAULT", trigger)
    assert speaker not in texts_of(e.actor)
    assert "+announced" not in e.rule


def test_a_condemned_massacre_keeps_its_named_doer():
    e = event_on("دانت حركة حماس المجزرة التي ارتكبها الجيش الإسرائيلي في مخيم جباليا.",
                 "ASSAULT", "مجزرة")
    assert texts_of(e.actor) == ["الجيش الإسرائيلي"]
    assert "الجيش الإسرائيلي" not in texts_of(e.recipient)


def test_an_attack_noun_with_another_groups_agent_and_object_is_that_groups():
    e = event_on("بثت كتائب القسام مشاهد من استهداف سرايا القدس دبابة إسرائيلية في رفح.",
                 "ASSAULT", "استهداف")
    assert texts_of(e.actor) == ["سرايا القدس"]
    assert "كتائب القسام" not in texts_of(e.recipient)


@pytest.mark.parametrize("text, speaker, target", [
    ("أعلنت سرايا القدس استهداف دبابة إسرائيلية في خان يونس.", "سرايا القدس", "دبابة إسرائيلية"),
    ("أعلنت كتائب القسام استهداف مقاتليها جنودا إسرائيليين في رفح.", "كتائب القسام",
     "جنودا إسرائيليين"),
    ("أعلنت كتائب القسام استهداف جنود الاحتلال وآلياته في رفح.", "كتائب القسام", "جنود الاحتلال"),
])
def test_an_announced_attack_stays_the_speakers_claim(text, speaker, target):
    e = event_on(text, "ASSAULT", "استهداف")
    assert texts_of(e.actor) == [speaker]
    assert target in texts_of(e.recipient)
    assert "+announced" in e.rule


def test_the_speakers_other_name_is_not_the_target_of_its_claim():
    e = event_on("وعرض حزب الله فيديو عن استهداف المقاومة الإسلامية ثكنة زرعيت بالصواريخ.",
                 "ASSAULT", "استهداف")
    assert texts_of(e.actor) == ["حزب الله"]
    assert "المقاومة الإسلامية" not in texts_of(e.recipient)
