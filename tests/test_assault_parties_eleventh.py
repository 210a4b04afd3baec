"""ASSAULT parties, eleventh session: the victims an outcome word names reach the attack
noun across joined outcomes and commas around time adverbs, and through an attack word
spelled like a past verb after a preposition; an armed group named without a country
fighting in a place where no other party belongs is that place's. Sentences written for
these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of


@pytest.mark.parametrize("text, trigger, victim", [
    # the wounded are unnamed ("اثنان آخران"): the dead before them are the victims
    ("استشهد رجل فلسطيني وجرح اثنان آخران برصاص الجيش الإسرائيلي في قرية قرب نابلس.",
     "برصاص", "فلسطيني"),
    ("أعلنت الوزارة استشهاد فتى وإصابة 4 آخرين، برصاص المستوطنين في بلدة قرب الخليل.",
     "برصاص", "فتى"),
    ("استشهد ثلاثة شبان فلسطينيين، صباح اليوم، بقصف إسرائيلي على مخيم جنين.", "قصف", "شبان"),
    ("استشهد فلسطينيان جراء قصف الطائرات الإسرائيلية بلدة بيت حانون.", "قصف", "فلسطينيان"),
])
def test_outcome_victims_are_the_attacks_recipient(text, trigger, victim):
    e = event_on(text, "ASSAULT", trigger)
    assert any(victim in t for t in texts_of(e.recipient))
    assert "+outcome-victims" in e.rule
    assert "ISR" in countries_of(e.actor)


def test_a_comma_before_a_new_clause_keeps_the_victims_apart():
    # after the comma a clause of its own begins (a new subject and verb), not a time adverb
    e = event_on("استشهد شاب في مخيم بلاطة، ونفذت الطائرات الإسرائيلية غارة على بلدة طمون.",
                 "ASSAULT", "غارة")
    assert "+outcome-victims" not in e.rule
    assert not any("شاب" in t for t in texts_of(e.recipient))


def test_a_past_verb_keeps_its_own_object():
    # "وقصف" is the verb of a joined clause, no verbal noun after a preposition
    e = event_on("استشهد شاب في المدينة وقصف الجيش الإسرائيلي بلدة بيت حانون.", "ASSAULT", "قصف")
    assert "+outcome-victims" not in e.rule
    assert not any("شاب" in t for t in texts_of(e.recipient))


@pytest.mark.parametrize("text, country", [
    ("اشتبكت المقاومة مع قوات الاحتلال في مخيم جنين فجر اليوم.", "PSE"),
    ("استهدفت المقاومة آليات الجيش الإسرائيلي في خان يونس.", "PSE"),
])
def test_an_armed_group_without_a_country_is_the_places(text, country):
    e = event_on(text, "ASSAULT", text.split()[0])
    resistance = [m for m in e.actor if m.text == "المقاومة"]
    assert resistance and resistance[0].country == country


def test_an_armed_group_fighting_a_party_of_the_place_keeps_no_country():
    # the place's own party is named: the group may come from elsewhere
    e = event_on("هاجمت الفصائل مواقع الجيش اللبناني في بلدة عرسال اللبنانية.", "ASSAULT", "هاجمت")
    assert all(m.country is None for m in e.actor if m.text == "الفصائل")
