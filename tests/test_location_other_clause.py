"""Sixteenth session: locations from another clause.  A place of a fact told before the
trigger's (after في حين، فيما ...) gives way to a place of the trigger's own clause; a
clause speaking of other places ("مناطق أخرى") does not take the places named before it;
a place fronted at the head of the sentence before a comma is the venue of a statement or
decision told after it.  The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def location(text: str, event: str, trigger: str | None = None) -> str | None:
    found = [e for e in events_of(text, event) if trigger is None or e.trigger.text == trigger]
    assert found, f"no {event} with {trigger} in {text}"
    return found[0].location.text if found[0].location else None


@pytest.mark.parametrize("text,trigger,place", [
    ("قتل جنديان إسرائيليان في مخيم جباليا شمالي قطاع غزة، في حين استشهد 40 فلسطينيا "
     "بغارات إسرائيلية على مناطق متفرقة من القطاع.", "غارات", "القطاع"),
    ("قتل جنديان إسرائيليان في مخيم جباليا، في حين استشهد 40 فلسطينيا بغارات إسرائيلية "
     "على مدينة خان يونس.", "غارات", "خان يونس"),
])
def test_the_place_of_an_earlier_fact_gives_way_to_the_own_clause(text: str, trigger: str,
                                                                  place: str) -> None:
    assert location(text, "ASSAULT", trigger) == place


def test_the_earlier_fact_keeps_its_own_place() -> None:
    text = ("قتل جنديان إسرائيليان في مخيم جباليا، في حين استشهد 40 فلسطينيا بغارات إسرائيلية "
            "على مدينة خان يونس.")
    assert location(text, "ASSAULT", "قتل") == "مخيم جباليا"


def test_an_earlier_fact_place_stays_when_the_own_clause_names_none() -> None:
    # nothing else to go by: the wounding is read in the town of the deaths
    text = "استشهد 3 فلسطينيين في مدينة جنين، فيما أصيب 5 آخرون برصاص الاحتلال."
    assert location(text, "ASSAULT", "برصاص") == "جنين"


def test_a_fronted_town_is_not_an_earlier_fact() -> None:
    text = "وفي الخليل، اعتقلت قوات الاحتلال 4 شبان، فيما قصفت الطائرات منزلا في بلدة بيت حانون."
    assert location(text, "COERCE", "اعتقلت") == "الخليل"
    assert location(text, "ASSAULT", "قصفت") == "بيت حانون"


def test_a_clause_of_other_places_leaves_the_earlier_town() -> None:
    text = ("اندلعت مواجهات عنيفة صباح اليوم في مدينة نابلس خلال اقتحام الجيش الإسرائيلي لها، "
            "وشهدت بلدات أخرى في الضفة الغربية اعتقالات واسعة.")
    assert location(text, "COERCE", "اعتقالات") == "الضفة الغربية"
    assert location(text, "ASSAULT", "مواجهات") == "نابلس"


def test_other_places_in_the_same_clause_keep_the_town() -> None:
    # the town and the other places are one campaign's
    text = "اعتقلت قوات الاحتلال 5 شبان في مدينة جنين ومناطق أخرى من الضفة الغربية."
    assert location(text, "COERCE", "اعتقلت") == "جنين"


@pytest.mark.parametrize("text,event,place", [
    ("ففي البرازيل، حظر القاضي الفدرالي دخول الجندي إلى البلاد.", "SANCTION", "البرازيل"),
    ("وفي عمّان، طالب وزير الخارجية الأردني بوقف فوري لإطلاق النار.", "REQUEST", "عمّان"),
    ("وفي الخليل جنوبي الضفة الغربية، طالب المحافظ بوقف الاقتحامات.", "REQUEST", "الخليل"),
])
def test_a_fronted_place_is_the_venue_of_a_statement_or_decision(text: str, event: str,
                                                                 place: str) -> None:
    assert location(text, event) == place


@pytest.mark.parametrize("text,event", [
    # the place is the topic, not fronted
    ("طالب وزير الخارجية الأردني بوقف فوري لإطلاق النار في غزة.", "REQUEST"),
    # a fronted place with a verb before its comma is a clause of its own
    ("في عمّان تظاهر الآلاف أمس، وطالب وزير الخارجية الأردني بوقف فوري لإطلاق النار.", "REQUEST"),
    # another fact opened after the fronted place's clause
    ("وفي عمّان، تظاهر الآلاف أمس، في حين طالب وزير الخارجية المصري بوقف إطلاق النار.", "REQUEST"),
])
def test_no_fronted_venue_for_a_statement(text: str, event: str) -> None:
    assert location(text, event) is None
