"""Raids and the places they enter, coercion nouns after a support verb joined to the raid,
several-word place names with a fused preposition, and detention facilities that are no
arrests.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.lexicon import default_trigger_matcher
from hadath.recognize.places import find_places
from hadath.text.layer import analyze


def _raid(sentence: str, trigger: str):
    return next(e for e in events_of(sentence, "COERCE") if e.trigger.text == trigger)


@pytest.mark.parametrize("sentence, trigger, entered", [
    ("وفي المساء، اقتحمت رام الله بعد منتصف الليل.", "اقتحمت", "رام الله"),
    ("وكانت وحدات الجيش الإسرائيلي قد داهمت جنين ومخيمها.", "داهمت", "جنين"),
    ("عاودت قوات الاحتلال اقتحام مخيم طولكرم ليلة أمس.", "اقتحام", "طولكرم"),
])
def test_a_town_after_a_raid_word_is_entered_not_the_raider(sentence, trigger, entered):
    event = _raid(sentence, trigger)
    assert all(a.text != entered for a in event.actor)
    assert [r.text for r in event.recipient][:1] == [entered]
    assert event.recipient[0].country == "PSE"


def test_the_raider_is_found_once_the_town_is_set_aside():
    event = _raid("عاودت قوات الاحتلال اقتحام مخيم طولكرم ليلة أمس.", "اقتحام")
    assert [a.country for a in event.actor] == ["ISR"]


def test_a_country_after_a_raid_verb_stays_its_subject():
    event = _raid("داهمت إسرائيل مدينة نابلس فجرا.", "داهمت")
    assert [a.country for a in event.actor] == ["ISR"]
    assert [r.country for r in event.recipient] == ["PSE"]


@pytest.mark.parametrize("sentence, trigger", [
    ("دخلت قوات الاحتلال صباح اليوم قرى عدة في الضفة الغربية ونفذت اعتقالات.", "اعتقالات"),
    ("اقتحم الجيش الإسرائيلي مدينة الخليل، ثم شن حملة اعتقالات طالت العشرات.",
     "شن حملة اعتقالات"),
])
def test_an_arrest_joined_to_the_raid_shares_its_subject_and_place(sentence, trigger):
    event = next(e for e in events_of(sentence, "COERCE") if e.trigger.text == trigger)
    assert [a.country for a in event.actor] == ["ISR"]
    assert [r.country for r in event.recipient] == ["PSE"]


def test_a_joined_arrest_does_not_take_a_hospital_as_its_arrester():
    # the group before the joined verb is the object of the clause, not who coerces
    events = events_of("قصفت الطائرات المستشفيات ثم اعتقلت.", "COERCE")
    assert all(a.sector != "MED" for e in events for a in e.actor)


@pytest.mark.parametrize("text, name", [
    ("خرج المئات في مسيرة بأم الفحم مساء السبت.", "أم الفحم"),
    ("عاد الوفد لبيت لحم بعد الزيارة.", "بيت لحم"),
    ("سقطت قذيفة ببيت حانون صباحا.", "بيت حانون"),
])
def test_a_name_of_several_words_after_a_fused_preposition_is_a_place(text, name):
    assert name in [p.text for p in find_places(analyze(text))]


def test_a_constructed_name_comes_back_with_a_fused_preposition():
    text = ("دخلت القوات بلدة كفر دان غرب جنين. وأصيب فتى بكفر دان ظهرا. "
            "ووصلت سيارات الإسعاف لكفر دان.")
    found = [p for p in find_places(analyze(text)) if p.text == "كفر دان"]
    assert len(found) == 3
    assert {p.country for p in found} == {"PSE"}
    assert all(text[p.start:p.end] == "كفر دان" for p in found)


@pytest.mark.parametrize("text", [
    "نقل الأسرى إلى معسكر الاعتقال في الصحراء.",
    "كشف التقرير عن معسكرات اعتقال سرية في الشمال.",
    "تظاهر الأهالي أمام مراكز الاعتقال مطالبين بزيارة أبنائهم.",
    "أغلقت السلطات مركز احتجاز للمهاجرين قرب الحدود.",
])
def test_a_detention_facility_is_no_arrest(text):
    layer = analyze(text)
    hits = default_trigger_matcher().longest(layer.view)
    assert not [h for h in hits if h.value.id.startswith("coerce.arrest")]
