"""Participants that stand outside the trigger's own clause: an object singled out after a
comma, the agent of a relative clause, the owner of a verbal noun, and the border of
another fact of the sentence.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # the object named without a participant, then singled out after a comma
    ("وانتقد وزير الخارجية الأردني، أيمن الصفدي، المواقف الأوروبية، وخصوصاً موقف الحكومة "
     "الفرنسية، من الحرب.", "ACCUSE", ["JOR", "JOR"], ["FRA"]),
    ("ودان رئيس الوزراء العراقي، محمد شياع السوداني، الضربات الجوية، ولا سيما الغارات "
     "الأميركية على بغداد.", "ACCUSE", ["IRQ", "IRQ"], ["USA"]),
    # the subject of a relative clause resuming the action noun is its agent; the place
    # visited is the host
    ("وجاءت الزيارة التي قام بها الرئيس التركي إلى القاهرة بعد سنوات من القطيعة.",
     "CONSULT", ["TUR"], ["EGY"]),
    ("وأشاد المتحدث بنتائج الزيارة التي أجراها وزير الخارجية المصري إلى أنقرة.",
     "CONSULT", ["EGY"], ["TUR"]),
    # a verbal noun with a possessive pronoun before the attack noun: the announcer
    ("وأعلن حزب الله، في بيان، إطلاقه رشقة صاروخية على مستوطنة كريات شمونة.",
     "ASSAULT", ["LBN"], ["ISR"]),
])
def test_participants_outside_the_clause(sentence, event, actors, recipients):
    got_actors, got_recipients = coded(sentence, event)
    assert got_actors == actors
    assert got_recipients == recipients


def test_a_specifier_after_another_participant_adds_nothing():
    # the object already has a participant of its own: the specifier refines it
    _, recipients = coded("وانتقدت مصر إسرائيل، وخصوصاً حكومتها اليمينية، في بيان.", "ACCUSE")
    assert recipients == ["ISR"]


def test_a_target_does_not_cross_into_another_fact():
    # "فيما" after a comma opens another fact: its target is not the first verb's
    events = events_of("أطلقت قوات الاحتلال النار، فيما اعتدى مستوطنون على مزارعين فلسطينيين.",
                       "ASSAULT")
    fire = next(e for e in events if "النار" in e.trigger.text)
    assert [r.country for r in fire.recipient] == []
    assert [a.country for a in fire.actor] == ["ISR"]


def test_an_agent_marker_in_another_fact_names_no_agent():
    events = events_of("وتعرض المنزل لهجوم، فيما أصيب شاب برصاص الجيش الإسرائيلي في بلدة أخرى.",
                       "ASSAULT")
    attack = next(e for e in events if "هجوم" in e.trigger.text)
    assert [a.country for a in attack.actor] == []


def test_an_indefinite_salvo_in_a_later_sentence_is_its_own_attack():
    text = ("استهدفت المقاومة الإسلامية موقعا للجيش الإسرائيلي في مزارع شبعا صباح اليوم. "
            "وأعلن حزب الله، في بيان، إطلاقه رشقة صاروخية على مستوطنة كريات شمونة.")
    events = events_of(text, "ASSAULT")
    assert len(events) == 2
    assert {e.trigger.text for e in events} == {"استهدفت", "رشقة صاروخية"}
