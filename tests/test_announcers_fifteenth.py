"""Announcers are not victims, fifteenth session: a reporting body announcing a toll or
an attack ("أعلنت وزارة الصحة استشهاد ..."، "قال الدفاع المدني إن الهجوم ...") is the
report's source, not among the ones hit, unless the sentence names its own staff; a body
announcing an attack noun with its pronoun ("استهدافها موقع ...") is the attack's actor.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, body", [
    ("أعلنت وزارة الصحة في رفح استشهاد 12 مواطنا في 3 مجازر خلال الليلة الماضية.",
     "استشهاد", "وزارة الصحة في رفح"),
    ("أعلنت وزارة الصحة في غزة مقتل 12 مواطنا في 3 مجازر منذ مساء الجمعة.",
     "مقتل", "وزارة الصحة في غزة"),
    ("قال الدفاع المدني في رفح إن الهجوم على المخيم أوقع عشرات الضحايا.",
     "هجوم", "الدفاع المدني في رفح"),
])
def test_a_reporting_body_is_not_among_the_ones_hit(text, trigger, body):
    e = event_on(text, "ASSAULT", trigger)
    assert body not in texts_of(e.recipient)
    assert "+reporter-source" in e.rule


def test_the_toll_keeps_its_dead_when_the_reporter_is_dropped():
    e = event_on("أعلنت وزارة الصحة في رفح استشهاد 12 مواطنا في 3 مجازر خلال الليلة الماضية.",
                 "ASSAULT", "استشهاد")
    assert texts_of(e.recipient) == ["مواطنا"]
    assert e.killed.min == 12


def test_a_body_whose_own_staff_were_killed_stays_hit():
    e = event_on("قالت الأونروا إن ثلاثة من موظفيها قتلوا في غارة على مدرسة.",
                 "ASSAULT", "قتلوا")
    assert "الأونروا" in texts_of(e.recipient)
    assert "+reporter-source" not in e.rule


def test_a_ministry_after_the_attack_verb_is_still_its_target():
    e = event_on("قصفت الطائرات الإسرائيلية مبنى وزارة الصحة في غزة.", "ASSAULT", "قصفت")
    assert "وزارة الصحة في غزة" in texts_of(e.recipient)
    assert "الطائرات الإسرائيلية" in texts_of(e.actor)


def test_an_announcer_of_its_own_possessed_attack_is_its_actor():
    e = event_on("أعلنت الجماعة الإسلامية في لبنان استهدافها مجددا موقع المالكية شمالي فلسطين المحتلة.",
                 "ASSAULT", "استهدافها")
    assert "الجماعة الإسلامية" in texts_of(e.actor)
    assert "الجماعة الإسلامية" not in texts_of(e.recipient)
    assert "المالكية" in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger", [
    ("أعلنت الجماعة الإسلامية استهدافها بغارة إسرائيلية.", "استهدافها"),
    ("قالت الحركة إن استهدافها من قبل الجيش لن يمر.", "استهدافها"),
])
def test_a_possessed_attack_noun_with_an_agent_after_it_is_not_a_claim(text, trigger):
    e = event_on(text, "ASSAULT", trigger)
    assert "+claimed-by-possessor" not in e.rule
