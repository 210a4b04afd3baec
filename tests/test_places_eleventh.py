"""Eleventh session, event locations: the place of the trigger's own clause before a more
specific one of another clause, places named by a noun and a demonym ("العاصمة
الهولندية"، "مدن سويدية"), and a direction with ب before a name ("بجنوب نابلس").  The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.recognize.places import find_places, load_gazetteer
from hadath.text import TextLayer


def places(text: str) -> list[tuple[str, str | None, str]]:
    found = find_places(TextLayer(text))
    for m in found:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.country, m.precision) for m in found]


def location(text: str, event: str) -> tuple[str, str | None] | None:
    found = events_of(text, event)
    assert found, f"no {event} in {text}"
    loc = found[0].location
    return (loc.text, loc.country) if loc else None


def test_capital_named_by_its_demonym_is_the_capital_city() -> None:
    found = find_places(TextLayer("تظاهر آلاف الطلاب أمس في العاصمة الهولندية دعما للعمال."))
    assert [(m.text, m.country, m.precision, m.name) for m in found] == \
        [("العاصمة الهولندية", "NLD", "city", "Amsterdam")]


def test_capital_with_its_name_after_keeps_the_name() -> None:
    assert places("خرج المحتجون في العاصمة الأردنية عمان.") == [("عمان", "JOR", "city")]


@pytest.mark.parametrize("text, span, country", [
    ("نظمت نقابات وقفات في مدن سويدية عدة.", "مدن سويدية", "SWE"),     # not the Turkish town سويدية
    ("خرجت مسيرات في 12 مدينة كندية.", "مدينة كندية", "CAN"),
    ("سقطت صواريخ على المدن الإسرائيلية ليلا.", "المدن الإسرائيلية", "ISR"),
])
def test_plural_or_indefinite_place_noun_with_demonym_is_the_country(text: str, span: str,
                                                                      country: str) -> None:
    assert places(text) == [(span, country, "country")]


def test_definite_singular_place_noun_with_demonym_refers_back() -> None:
    assert places("وصلت الشاحنات إلى المدينة الإيطالية صباحا.") == []


def test_direction_with_fused_preposition_introduces_a_place() -> None:
    assert ("الخليل", "PSE", "city") in places("سقطت قذائف على قرية بشمال الخليل.")


def test_gazetteer_names_capitals() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.places[gazetteer.capitals["TUN"]].name == "Tunis"
    assert all(gazetteer.places[i].country == c for c, i in gazetteer.capitals.items())


def test_town_of_the_trigger_clause_beats_a_camp_of_another_clause() -> None:
    text = "نقل الجيش الإسرائيلي تعزيزات عسكرية إلى بلدة عزون، بينما تدور مواجهات في مخيم الفارعة."
    assert location(text, "MOBILIZE") == ("عزون", "PSE")


def test_place_of_another_clause_in_another_country_comes_last() -> None:
    text = "واصلت الطائرات الإسرائيلية قصف مناطق في قطاع غزة، بالتزامن مع محادثات في العاصمة القطرية."
    assert location(text, "ASSAULT") == ("قطاع غزة", "PSE")


def test_town_after_the_comma_still_beats_the_region_of_the_trigger_clause() -> None:
    text = "قصفت الطائرات الإسرائيلية قطاع غزة، واستهدفت منزلا في خان يونس."
    assert location(text, "ASSAULT") == ("خان يونس", "PSE")


@pytest.mark.parametrize("text, country", [
    ("خرج مئات المحتجين في مظاهرة بالعاصمة النرويجية مساء الجمعة.", "NOR"),
    ("نظم متظاهرون مسيرات في مدن كندية عدة.", "CAN"),
])
def test_protest_is_located_by_a_demonym_place(text: str, country: str) -> None:
    loc = location(text, "PROTEST")
    assert loc is not None and loc[1] == country
