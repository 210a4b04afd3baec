"""Protesters, not their city, sixteenth session: people named as the subject of a verb of
holding, starting or leading a protest, and a crowd count after a verb of taking part, are
the protesters even when a place stands between them and the protest noun; the place stays
the location. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, events_of, texts_of


def _protest(text: str):
    events = events_of(text, "PROTEST")
    assert len(events) == 1, [e.trigger.text for e in events]
    return events[0]


@pytest.mark.parametrize("text, protesters, country, place", [
    ("نظم طلبة كلية باريس للفنون في فرنسا وقفة احتجاجية داخل الحرم.", "طلبة", "FRA", "باريس"),
    ("بدأ طلاب في جامعة أوتريخت وسط هولندا اعتصاما مفتوحا في ساحة الكلية.", "طلاب", "NLD", "هولندا"),
    ("يقود خمسة نشطاء، بينهم طالبة سودانية، الاحتجاجات في مدينة أوساكا ضد الغلاء.", "نشطاء", "JPN", "أوساكا"),
])
def test_people_holding_the_protest_are_its_protesters(text, protesters, country, place):
    e = _protest(text)
    assert texts_of(e.actor) == [protesters]
    assert countries_of(e.actor) == [country]
    assert e.location is not None and e.location.text == place


def test_a_genitive_after_the_holders_is_not_a_second_holder():
    e = _protest("نظمت عائلات القتلى، مساء أمس، احتجاجات في مدينة حيفا.")
    assert texts_of(e.actor) == ["عائلات"]


@pytest.mark.parametrize("text, crowd, country", [
    ("شارك عشرات الآلاف في العاصمة روما في مسيرة ضد الحرب.", "عشرات الآلاف", "ITA"),
    ("نظم المئات في ساحة المدينة ببرشلونة وقفة صامتة.", "المئات", "ESP"),
])
def test_a_crowd_after_a_verb_of_taking_part_is_the_protesters(text, crowd, country):
    e = _protest(text)
    assert texts_of(e.actor) == [crowd]
    assert countries_of(e.actor) == [country]


def test_the_subject_of_another_verb_before_a_protest_verb_is_no_protester():
    e = _protest("شارك نشطاء في مؤتمر بمدينة برلين وخرجت مظاهرة في المدينة.")
    assert "نشطاء" not in texts_of(e.actor)


def test_a_purpose_between_the_holders_and_the_noun_stops_the_reading():
    e = _protest("شارك المئات في العاصمة روما للمطالبة بوقف الحرب في مسيرة.")
    assert "المئات" not in texts_of(e.actor)


def test_without_named_protesters_the_venue_still_lends_its_country():
    e = _protest("خرجت مظاهرة في مدينة ميلانو للمطالبة بوقف الحرب.")
    assert countries_of(e.actor) == ["ITA"]


@pytest.mark.parametrize("text", [
    "تظاهر آلاف من مؤيدي الشعب الفلسطيني في مدينة ليون الفرنسية.",
    "تظاهر مئات من مؤيدي الحكومة في مدينة ليون الفرنسية.",
    "تظاهر مؤيدون للشعب الفلسطيني في مدينة ليون الفرنسية.",
])
def test_those_supported_by_the_protesters_are_no_protesters(text):
    e = _protest(text)
    assert e.actor and not any("الشعب" in a.text or "الحكومة" in a.text for a in e.actor), \
        texts_of(e.actor)
    assert "PSE" not in countries_of(e.actor) + countries_of(e.recipient)
