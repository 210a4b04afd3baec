"""Protesters and addressees, fifteenth session: collective addressees (blocs of states,
peoples) as knowledge-base entries, a feminine demonym that is also a foreign town, and a
crowd count right before في and the protest it joins. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, events_of, texts_of


@pytest.mark.parametrize("text, trigger, addressee, country, sector", [
    ("دعت وزارة الخارجية القطرية الدول العربية إلى موقف موحد.", "دعت", "الدول العربية", "IGO", "GOV"),
    ("طالب وزير الخارجية التركي دول العالم بوقف تصدير السلاح.", "طالب", "دول العالم", "IGO", "GOV"),
    ("حث الرئيس الفلسطيني زعماء العالم على زيارة المدينة.", "حث", "زعماء العالم", "IGO", "GOV"),
    ("اتهمت روسيا الدول الغربية بفرض قيود على صحفييها.", "اتهمت", "الدول الغربية", "IGO", "GOV"),
    ("دعت حركة حماس شعوب العالم إلى التظاهر يوم الجمعة.", "دعت", "شعوب العالم", "IGO", "CVL"),
    ("طالبت حركة حماس الأمة الإسلامية باتخاذ موقف.", "طالبت", "الأمة الإسلامية", "IGO", "CVL"),
    ("طالبت إسبانيا دول الاتحاد بتعليق الاتفاقية.", "طالبت", "دول الاتحاد", "EUR", "GOV"),
])
def test_a_collective_addressee_is_the_recipient(text, trigger, addressee, country, sector):
    e = event_on(text, "REQUEST" if trigger != "اتهمت" else "ACCUSE", trigger)
    match = [r for r in e.recipient if r.text == addressee]
    assert match, texts_of(e.recipient)
    assert (match[0].country, match[0].sector) == (country, sector)


def test_the_arab_league_keeps_its_own_name():
    e = event_on("اجتمع وزراء خارجية جامعة الدول العربية في القاهرة.", "CONSULT", "اجتمع")
    assert texts_of(e.actor) == ["جامعة الدول العربية"]


def test_the_african_union_states_are_not_the_european_union():
    e = event_on("دعا رئيس كينيا دول الاتحاد الأفريقي إلى الهدوء.", "REQUEST", "دعا")
    assert "EUR" not in countries_of(e.recipient)


def test_a_swedish_activist_is_no_turkish_town():
    e = event_on("اعتقلت الشرطة الدنماركية الناشطة السويدية خلال تظاهرة في كوبنهاغن.",
                 "COERCE", "اعتقلت")
    assert "TUR" not in countries_of(e.recipient)
    assert "TUR" not in countries_of(e.actor)


def test_the_swedish_village_of_rafah_stays_a_place():
    events = events_of("استهدف القصف منزلا بالقرية السويدية غربي رفح فقتل ثلاثة.", "ASSAULT")
    assert any(e.location is not None and e.location.country == "PSE" for e in events)


@pytest.mark.parametrize("text, crowd", [
    ("شارك المئات في مظاهرة بمدينة مدريد.", "المئات"),
    ("شارك عشرات الآلاف في مسيرة وسط مدينة لندن ضد الحرب.", "عشرات الآلاف"),
])
def test_a_crowd_joining_a_protest_is_its_protesters(text, crowd):
    (e,) = events_of(text, "PROTEST")
    assert texts_of(e.actor) == [crowd]
    assert e.actor[0].sector == "CVL"


def test_a_crowd_killed_at_a_protest_makes_no_protesters_of_the_killing():
    events = events_of("قتل العشرات في مظاهرة بمدينة الخرطوم.", "ASSAULT")
    assert all("العشرات" not in texts_of(e.actor) for e in events)


def test_named_people_after_the_count_are_left_to_the_other_readings():
    (e,) = events_of("نظم عشرات الطلاب وقفة احتجاجية أمام الجامعة في عمان.", "PROTEST")
    assert "عشرات" not in texts_of(e.actor)


def test_a_burnt_flag_stays_a_target_beside_the_bloc_asked_to_act():
    (e,) = events_of("مزق محتجون أعلام إسرائيل في احتجاجات واسعة بالبصرة يوم الجمعة، مطالبين "
                     "الدول العربية بقطع العلاقات.", "PROTEST")
    assert {"ISR", "IGO"} <= set(countries_of(e.recipient))


def test_without_a_burnt_flag_the_bloc_asked_is_the_only_target():
    (e,) = events_of("خرجت احتجاجات في البصرة يوم الجمعة، مطالبين الدول العربية بقطع العلاقات.",
                     "PROTEST")
    assert countries_of(e.recipient) == ["IGO"]
