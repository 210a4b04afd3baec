"""Eighteenth session: a place named right after another across a direction word, في, قرب
or a fused ب ("بلدة X جنوبي Y"، "X بمدينة Y") only says where the first lies; it is no
candidate for the event's location beside it, though it stands nearer the trigger.  The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.location import _locators
from hadath.recognize.places import find_places
from hadath.text import TextLayer


def location(text: str, event: str, trigger: str) -> tuple[str, str | None] | None:
    found = [e for e in events_of(text, event) if e.trigger.text == trigger]
    assert found, f"no {event} «{trigger}» in {text}"
    loc = found[0].location
    return (loc.text, loc.country) if loc else None


@pytest.mark.parametrize("text, event, trigger, place", [
    # the arrest is told after the village and the town that locates it, in the next clause
    ("اندلعت مواجهات في بلدة يعبد، غربي مدينة جنين، واعتقلت القوات ثلاثة شبان.",
     "COERCE", "اعتقلت", ("يعبد", "PSE")),
    # a fused ب before the town
    ("استشهد شاب في بلدة عزون بقلقيلية خلال اشتباكات مع القوات.",
     "ASSAULT", "اشتباكات", ("عزون", "PSE")),
])
def test_the_located_place_wins_over_its_locator(text, event, trigger, place) -> None:
    assert location(text, event, trigger) == place


@pytest.mark.parametrize("text", [
    "اقتحمت القوات بلدة يعبد ومدينة جنين ثم اعتقلت شابا.",          # joined by و: two places
    "اقتحمت القوات بلدة يعبد، ثم داهمت مدينة جنين واعتقلت شابا.",   # another clause's town
])
def test_places_that_do_not_locate_one_another_keep_their_order(text) -> None:
    assert location(text, "COERCE", "اعتقلت") == ("جنين", "PSE")


@pytest.mark.parametrize("text, locator", [
    ("وقع الحادث في بلدة يعبد جنوب غربي جنين.", "جنين"),
    ("وقع الحادث في بلدة يعبد جنوب جنين.", "جنين"),
    ("وقع الحادث في بلدة يعبد، غربي مدينة جنين.", "جنين"),
    ("وقع الحادث في بلدة يعبد بمدينة جنين.", "جنين"),
    ("وقع الحادث في بلدة يعبد قرب جنين.", "جنين"),
    ("وقع الحادث في بلدة يعبد وجنين.", None),
])
def test_locator_links(text: str, locator: str | None) -> None:
    places = find_places(TextLayer(text))
    found = [p.text for p in places if id(p) in _locators(places, text)]
    assert found == ([locator] if locator else [])


def test_a_coarser_place_before_does_not_make_a_town_its_locator() -> None:
    # the West Bank does not lie in Jenin: the town stays a candidate
    text = "تواصل القوات عملياتها في الضفة الغربية في جنين."
    places = find_places(TextLayer(text))
    assert _locators(places, text) == set()
