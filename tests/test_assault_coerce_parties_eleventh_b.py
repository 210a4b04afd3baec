"""ASSAULT parties, eleventh session (second round): soldiers named without a country beside
people hit of one foreign country; an attacker named after a verb that resumes the attack
noun ("نفذها"); the sides of a clash after a later بين or after an aside on the first side,
and the subject of a fight verb joined to the clause before; the people hit named before a
comma that only a circumstance preposition follows. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of


def _country_of(mentions, word):
    return next(m.country for m in mentions if word in m.text)


def test_soldiers_take_the_country_of_the_people_hit_beside_them():
    e = event_on("أسر مقاتلو الحركة جنودا ومستوطنين إسرائيليين خلال الهجوم.", "ASSAULT", "أسر")
    assert _country_of(e.recipient, "جنود") == "ISR"


def test_soldiers_keep_no_country_beside_a_town_only():
    # a town says where they were hit, not whose they are
    e = event_on("قصف مسلحون جنودا في بلدة قرب الحدود ليلا.", "ASSAULT", "قصف")
    assert all(m.country is None for m in e.recipient if "جنود" in m.text)


@pytest.mark.parametrize("text, trigger, attacker, country", [
    ("أصيب مستوطنان بجروح في عملية دهس نفذها شاب فلسطيني قرب مفترق طرق في الضفة.",
     "عملية دهس", "شاب", "PSE"),
    ("أصيب ثلاثة أشخاص في عملية طعن نفذها رجل أردني عند معبر حدودي.", "عملية طعن", "أردني", "JOR"),
])
def test_the_subject_after_a_resuming_verb_is_the_attacker(text, trigger, attacker, country):
    e = event_on(text, "ASSAULT", trigger)
    assert any(attacker in t for t in texts_of(e.actor))
    assert country in countries_of(e.actor)
    assert not any(attacker in t for t in texts_of(e.recipient))


def test_a_target_after_the_resuming_verbs_subject_stays():
    e = event_on("تضرر منزل في غارات شنها الطيران الإسرائيلي ليلا على مدينة رفح.", "ASSAULT", "غارات")
    assert "ISR" in countries_of(e.actor)
    assert "رفح" in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger", [
    # a later بين, over a time and a place
    ("اندلعت مواجهات مساء أمس في مدينة الخليل بين شبان فلسطينيين وقوات الاحتلال.", "مواجهات"),
    # the second side after an aside in dashes on the first
    ("دارت معارك عنيفة بين حزب الله -الذي يتحصن مقاتلوه في الجنوب- والقوات الإسرائيلية قرب الحدود.",
     "معارك"),
    # the subject of the clause a fight verb is joined to
    ("دخلت قوات الاحتلال مدينة قلقيلية صباح اليوم، وخاضت اشتباكات مع مسلحين في حي النقار.",
     "اشتباكات"),
])
def test_both_sides_of_a_clash_are_actors(text, trigger):
    e = event_on(text, "ASSAULT", trigger)
    assert e.mutual
    assert "ISR" in countries_of(e.actor)
    assert len(e.actor) >= 2


def test_a_place_after_a_later_between_is_no_side():
    # "بين المدينتين" names places, not sides
    e = event_on("وقعت اشتباكات عنيفة في المنطقة الواقعة بين رفح وخان يونس.", "ASSAULT", "اشتباكات")
    assert not any(t in ("رفح", "خان يونس") for t in texts_of(e.actor))


def test_people_before_a_comma_then_a_circumstance_preposition_are_hit():
    e = event_on("أصيب رجل وثلاثة أطفال، في قصف إسرائيلي على منزل في دير البلح.",
                 "ASSAULT", "قصف")
    assert any("أطفال" in t for t in texts_of(e.recipient))
    assert "ISR" in countries_of(e.actor)


def test_a_reporter_before_the_comma_is_not_hit():
    e = event_on("أفاد مراسل القناة بسقوط جرحى، إثر قصف إسرائيلي على منزل في دير البلح.",
                 "ASSAULT", "قصف")
    assert not any("مراسل" in t for t in texts_of(e.recipient))
