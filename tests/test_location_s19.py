"""Nineteenth session: a hospital, school or street named after another town is not where it
stands when a place elsewhere follows it closely (place_stopwords.json: facility_names).
The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.location import facility_names
from hadath.recognize.places import STOPWORDS_FILE, validate_place_stopwords
from hadath.records import PlaceMention
from hadath.resources import DataError, load_json


def location(text: str, event: str, trigger: str | None = None) -> tuple[str, str | None] | None:
    found = [e for e in events_of(text, event) if trigger is None or e.trigger.text == trigger]
    assert found, f"no {event} in {text}"
    loc = found[0].location
    return (loc.text, loc.country) if loc else None


@pytest.mark.parametrize(("text", "event", "where"), [
    # a hospital named after a town of the same country, located by a far town
    ("لحقت أضرار كبيرة بمستشفى القدس بمدينة غزة جراء قصف إسرائيلي عنيف.", "ASSAULT", "مدينة غزة"),
    # a school named after a foreign capital, located by the territory after a street
    ("دمرت غارة إسرائيلية فجر اليوم مدرسة دمشق في شارع النصر بغزة.", "ASSAULT", "غزة"),
    # a street named after a town, with the village where it runs
    ("أطلق الجنود النار على شبان في شارع نابلس قرب بلدة اليامون.", "ASSAULT", "اليامون"),
    # the locator after a relative clause
    ("أصابت قذيفة إسرائيلية مدرسة يافا التي لجأت إليها عائلات عدة في بلدة بيت لاهيا.", "ASSAULT",
     "بيت لاهيا"),
])
def test_a_facility_named_after_a_far_place_stands_where_its_locator_says(text: str, event: str,
                                                                          where: str) -> None:
    found = location(text, event)
    assert found is not None and found[0] == where


@pytest.mark.parametrize(("text", "event", "where"), [
    # the region after the hospital contains its town
    ("قصفت قوات الاحتلال مستشفى جنين الحكومي بالضفة الغربية.", "ASSAULT", "جنين"),
    # no locator: a hospital is usually named after its own town
    ("حاصرت قوات الاحتلال مستشفى طولكرم الحكومي منذ ساعات الصباح.", "COERCE", "طولكرم"),
    # the far town is in another clause: another fact's place
    ("اقتحمت قوات الاحتلال مستشفى جنين الحكومي، واعتقلت في نابلس ثلاثة شبان.", "COERCE", "جنين"),
])
def test_a_facility_named_after_its_own_town_keeps_it(text: str, event: str, where: str) -> None:
    found = location(text, event, None)
    assert found is not None and found[0] == where


def _place(text: str, word: str, precision: str, country: str, lat: float, lon: float) -> PlaceMention:
    start = text.index(word)
    return PlaceMention(start, start + len(word), word, word, country, lat, lon, precision)


def test_facility_names_reads_heads_with_clitics_and_quotes() -> None:
    text = 'وأصيب مسعفون في محيط ومستشفى "الخليل" بمدينة رفح.'
    hebron = _place(text, "الخليل", "city", "PSE", 31.53, 35.1)
    rafah = _place(text, "رفح", "city", "PSE", 31.29, 34.25)
    assert facility_names([hebron, rafah], text) == {id(hebron)}


def test_facility_names_leaves_a_place_after_an_ordinary_word() -> None:
    text = "وصلت القافلة إلى الخليل بعد أن غادرت رفح."
    hebron = _place(text, "الخليل", "city", "PSE", 31.53, 35.1)
    rafah = _place(text, "رفح", "city", "PSE", 31.29, 34.25)
    assert facility_names([hebron, rafah], text) == set()


def test_facility_names_leaves_a_town_after_a_plural_head() -> None:
    # the plural names the town's own hospitals, wherever the next place is
    text = "نقل الجرحى من مستشفيات الخليل إلى رفح."
    hebron = _place(text, "الخليل", "city", "PSE", 31.53, 35.1)
    rafah = _place(text, "رفح", "city", "PSE", 31.29, 34.25)
    assert facility_names([hebron, rafah], text) == set()


@pytest.mark.parametrize("broken", [
    {"heads": [], "far_km": 20, "locator_words": 8},
    {"heads": ["مستشفى"], "far_km": 0, "locator_words": 8},
    {"heads": ["مستشفى"], "far_km": 20, "locator_words": "8"},
])
def test_the_loader_refuses_a_broken_facility_rule(broken: dict[str, object]) -> None:
    data = dict(load_json(STOPWORDS_FILE))
    validate_place_stopwords(data)
    data["facility_names"] = broken
    with pytest.raises(DataError):
        validate_place_stopwords(data)
