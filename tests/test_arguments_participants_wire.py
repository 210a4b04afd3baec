"""Participants (seventh session): the target genitive of an attack verbal noun spelled like
a past verb, and the genitive of a condemned or refused act. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of


def test_a_building_after_an_attack_verbal_noun_is_its_target():
    e = next(e for e in events_of("نجا طفل من قصف مستشفى في مدينة حلب فجر أمس.", "ASSAULT")
             if e.trigger.text == "قصف")
    assert [a.text for a in e.actor] == []
    assert [r.country for r in e.recipient] == ["SYR"]
    assert e.rule.split("/")[2].startswith("vso+noun-object")


def test_own_fighters_before_the_target_name_the_attacker():
    actors, recipients = coded("نشرت كتائب القسام صورا من قصف مقاتليها قوات الاحتلال قرب رفح.",
                               "ASSAULT")
    assert actors == ["PSE"] and recipients == ["ISR"]


def test_a_country_after_an_attack_verbal_noun_stays_its_agent():
    e = next(e for e in events_of("قتل ثلاثة صيادين في قصف إسرائيل قاربا قبالة صور.",
                                  "ASSAULT") if e.trigger.text == "قصف")
    assert [a.country for a in e.actor] == ["ISR"]
    assert "ISR" not in [r.country for r in e.recipient]


@pytest.mark.parametrize("text, recipient", [
    ("دانت وزارة خارجيتها خطاب الرئيس الروسي فلاديمير بوتين أمام البرلمان.", "RUS"),
    ("وندد المحتجون بدعم الحكومة البريطانية للحرب.", "GBR"),
])
def test_the_genitive_of_a_condemned_act_is_the_accused(text, recipient):
    actors, recipients = coded(text, "ACCUSE")
    assert recipients == [recipient] and recipient not in actors


def test_a_pronoun_subject_condemning_an_act_is_the_earlier_subject():
    e = events_of("قال الوزير القطري إن بلاده تدين تصريحات الوزير الإسرائيلي.", "ACCUSE")[0]
    assert [a.country for a in e.actor] == ["QAT"]
    assert [r.country for r in e.recipient] == ["ISR"]


def test_the_genitive_of_a_refused_proposal_is_the_recipient():
    actors, recipients = coded("رفضت الفصائل المسلحة شروط الحكومة السودانية للتهدئة.",
                               "REJECT")
    assert recipients == ["SDN"] and "SDN" not in actors


def test_a_named_subject_keeps_its_reading():
    actors, recipients = coded("دانت قطر تصريحات الوزير الإسرائيلي.", "ACCUSE")
    assert actors == ["QAT"] and recipients == ["ISR"]


def test_the_agent_of_a_relative_clause_on_the_condemned_noun_is_the_accused():
    e = events_of("رحبت حركة حماس بالقرار، وأدانت الدعوة التي أطلقها وزير الخارجية الإسرائيلي "
                  "لضم الضفة.", "ACCUSE")[0]
    assert [a.country for a in e.actor] == ["PSE"]
    assert [r.country for r in e.recipient] == ["ISR"]
    assert "relative-agent-object" in e.rule
