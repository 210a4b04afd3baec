"""The people an outcome word names before an attack noun ("قتل ثلاثة مزارعين في قصف ...")
are its victims, never its attackers, even where the attack word is spelled like a past verb
and its verb reading took them as the subject before it.  Sentences written for these tests."""
from __future__ import annotations

from conftest import event_on, texts_of


def test_victims_before_a_verbal_noun_with_no_agent_are_recipients():
    e = event_on("استشهد ثلاثة مزارعين وأصيب خمسة آخرون في قصف على أطراف بلدة الشيخ مسكين.",
                 "ASSAULT", "قصف")
    assert e.actor == []
    assert "مزارعين" in texts_of(e.recipient)


def test_victims_are_no_agents_when_a_relative_verb_names_the_target():
    e = event_on("ارتقى أربعة شهداء في قصف استهدف تجمعا للنازحين قرب مدرسة الفاخورة.",
                 "ASSAULT", "قصف")
    assert "شهداء" not in texts_of(e.actor)


def test_victims_are_no_agents_of_an_attack_after_jarra():
    e = event_on("استشهد طفلان جراء قصف على منزل عائلتهما في بلدة عبسان.", "ASSAULT", "قصف")
    assert "طفلان" not in texts_of(e.actor)


def test_a_named_attacker_after_the_noun_stays_the_actor():
    e = event_on("قتل ثلاثة مزارعين في قصف للجيش السوداني على أطراف مدينة الفاشر.", "ASSAULT", "قتل")
    assert [a.country for a in e.actor] == ["SDN"]
    assert "مزارعين" in texts_of(e.recipient)


def test_a_subject_that_carries_out_the_attack_is_still_its_actor():
    e = event_on("واصلت المدفعية الإسرائيلية قصف أطراف بلدة الخيام منذ الصباح.", "ASSAULT", "قصف")
    assert [a.country for a in e.actor] == ["ISR"]
