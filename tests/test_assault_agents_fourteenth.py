"""ASSAULT agents read as victims or lost, fourteenth session: the subject of a support verb
of attacks (شن، نفذ، ارتكب) or of a verb of managing to (تمكن من، نجح في، أقدم على) that
governs the attack noun carries it out, whatever its sector (settlers, a young man); a noun
of forces with its owner's pronoun as that subject ("أن مقاتليها تمكنوا من") gives the owner
named before.  People before the noun that no such verb links to it stay its victims.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of

from hadath.events.arguments.attacks import (
    governed_by_control_verb,
    own_forces_governing,
)


@pytest.mark.parametrize("text, trigger, agent", [
    ("نفذ مستوطنون هجوما على قرية قرب نابلس مساء اليوم.", "هجوم", "مستوطنون"),
    ("شن مستوطنون، فجر الأحد، هجوما على بلدة في جنوب الخليل.", "هجوم", "مستوطنون"),
    ("أقدم مستوطنون على إحراق مركبة فلسطينية في بلدة شمال رام الله.", "إحراق", "مستوطنون"),
    ("نجح مستوطنون في إحراق مسجد القرية فجر اليوم.", "إحراق", "مستوطنون"),
    ("نفذت مجموعة من الشبان عملية طعن في البلدة القديمة.", "عملية", "الشبان"),
])
def test_civilians_subject_of_a_governing_verb_carry_out_the_attack(text, trigger, agent):
    e = event_on(text, "ASSAULT", trigger)
    assert agent in texts_of(e.actor)
    assert agent not in texts_of(e.recipient)
    assert "victim-before" not in e.rule


@pytest.mark.parametrize("text, trigger, owner", [
    ("أعلنت سرايا القدس أن مقاتليها تمكنوا فجر اليوم من تفجير عبوة ناسفة بدبابة إسرائيلية.",
     "تفجير", "سرايا القدس"),
    ("أعلن الجيش أن جنوده نجحوا في تفجير نفق للحركة شمال القطاع.", "تفجير", "الجيش"),
    ("قالت كتائب القسام إن مقاتليها نفذوا صباح اليوم عمليات ضد قوات الاحتلال في رفح.",
     "عمليات", "كتائب القسام"),
])
def test_possessed_forces_as_subject_give_their_owner(text, trigger, owner):
    e = event_on(text, "ASSAULT", trigger)
    assert texts_of(e.actor) == [owner]
    assert "+own-forces-governing" in e.rule


@pytest.mark.parametrize("text, trigger, victim", [
    # a casualty before a circumstance noun: no verb governs the noun
    ("أصيب مدنيون في هجوم على قرية جنوب المدينة.", "هجوم", "مدنيون"),
    # a verb of falling takes the dead as subject, and في makes the noun a circumstance
    ("سقط ثلاثة شهداء في قصف على منزل في المخيم.", "قصف", "شهداء"),
    # a joined verb goes on with the clause before: the people are not its subject
    ("اعتقلت إسرائيل العشرات من سكان المخيم وكثفت قصفها المدفعي لمناطق عدة.", "قصف", "سكان"),
])
def test_people_no_governing_verb_links_to_the_noun_are_not_its_agents(text, trigger, victim):
    e = event_on(text, "ASSAULT", trigger)
    assert not any(victim in a for a in texts_of(e.actor))


@pytest.mark.parametrize("text, governed", [
    ("أعلنت الكتائب أن مقاتليها تمكنوا من تفجير", True),
    ("نفذ عناصره هجوما", True),
    ("قالت الحركة إن مقاتليها عادوا بعد تفجير", False),
    ("أعلن الجيش مقتل جنوده في تفجير", False),
])
def test_own_forces_governing(text, governed):
    t_start = text.rindex(" ") + 1
    assert own_forces_governing(text, 0, t_start) is governed


@pytest.mark.parametrize("text, governed", [
    ("تمكن المسلحون من تفجير", True),
    ("نجحت الوحدة في قصف", True),
    ("أصيب جنديان في تفجير", False),
    ("خرج المسلحون من تفجير", False),
])
def test_a_control_verb_makes_the_noun_no_circumstance(text, governed):
    t_start = text.rindex(" ") + 1
    assert governed_by_control_verb(text, 0, t_start) is governed
