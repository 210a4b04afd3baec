"""A body announcing that its own staff were hit (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import events_of


def _parties(sentence: str):
    e = events_of(sentence, "ASSAULT")[0]
    return [a.text for a in e.actor], [r.text for r in e.recipient]


@pytest.mark.parametrize("sentence, body", [
    # a count and من before staff with the body's pronoun: the body stands for its staff,
    # the town after the attack noun only says where
    ("أعلنت الأونروا مقتل ثلاثة من موظفيها في قصف على رفح.", "الأونروا"),
    ("أعلنت جمعية الهلال الأحمر الفلسطيني استشهاد أحد مسعفيها في قصف على مخيم جباليا.",
     "جمعية الهلال الأحمر الفلسطيني"),
    ("أعلنت وزارة الصحة مقتل اثنين من موظفيها في غارة على خان يونس.", "وزارة الصحة"),
])
def test_own_staff_make_the_body_the_recipient(sentence, body):
    actors, recipients = _parties(sentence)
    assert recipients == [body]
    assert body not in actors


@pytest.mark.parametrize("sentence, victims", [
    # people not owned by the speaker keep their own reading
    ("أعلنت وزارة الصحة مقتل عشرة مواطنين في غارة على خان يونس.", "مواطنين"),
])
def test_other_peoples_victims_stay(sentence, victims):
    _, recipients = _parties(sentence)
    assert recipients == [victims]


@pytest.mark.parametrize("sentence, victims, killers", [
    # a place phrase heading the clause is no subject: the verb is passive, its victims after it
    ("وفي غزة قتل خمسة فلسطينيين في غارة إسرائيلية على منزل.", ["فلسطينيين"], ["إسرائيلية"]),
    ("وفي الخليل قتل شاب في مواجهات مع قوات الاحتلال.", ["شاب"], []),
])
def test_passive_after_fronted_place(sentence, victims, killers):
    e = events_of(sentence, "ASSAULT")[0]
    assert [r.text for r in e.recipient] == victims
    assert [a.text for a in e.actor] == killers


@pytest.mark.parametrize("sentence, killers, victims", [
    # a body or armed people right after the verb stay its subject after a fronted place
    ("وفي رفح قتلت إسرائيل عشرة مدنيين.", ["إسرائيل"], ["مدنيين"]),
    ("في طولكرم قتل مستوطن شابا فلسطينيا.", ["مستوطن"], ["شابا فلسطينيا"]),
    ("وفي جنين قتل مسلحون جنديين إسرائيليين.", ["مسلحون"], ["جنديين إسرائيليين"]),
])
def test_active_verb_after_fronted_place(sentence, killers, victims):
    e = events_of(sentence, "ASSAULT")[0]
    assert [a.text for a in e.actor] == killers
    assert [r.text for r in e.recipient] == victims


def test_arrest_after_fronted_place_keeps_its_agent():
    e = events_of("وفي القدس اعتقلت الشرطة الإسرائيلية ناشطا.", "COERCE")[0]
    assert [a.text for a in e.actor] == ["الشرطة الإسرائيلية"]
    assert [r.text for r in e.recipient] == ["ناشطا"]


def test_unread_object_after_fronted_place_keeps_the_verb_active():
    # "شابا" alone is no participant the readers name; it still is the object
    e = events_of("وفي رفح قتل مستوطن طفلا بسكين.", "ASSAULT")[0]
    assert "مستوطن" not in [r.text for r in e.recipient]
