"""Northern and southern Israel named by a direction and an occupied-Palestine name
("شمال فلسطين المحتلة"، "جنوب الأراضي المحتلة"): curated regions of Israel marked
``party: false`` in the gazetteer, so they give the event its place and never stand for a
party (target, origin of a launch, or the country of an armed group)."""
from __future__ import annotations

import copy

import pytest
from conftest import events_of

from hadath.recognize.places import (
    GAZETTEER_FILE,
    gazetteer_from_data,
    load_gazetteer,
    load_place_stopwords,
)
from hadath.resources import DataError, load_json
from hadath.text.normalize import normalize_key

NORTH, SOUTH = "cur:north-israel", "cur:south-israel"


def _place_ids(name: str) -> tuple[str, ...]:
    return load_gazetteer().names.get(normalize_key(name), ())


@pytest.mark.parametrize("text, region", [
    ("قصفت المقاومة الإسلامية في لبنان يوم الاثنين ثكنة عسكرية في شمال فلسطين المحتلة بالصواريخ.", NORTH),
    ("أعلنت القوات المسلحة اليمنية يوم الثلاثاء استهداف مواقع عسكرية في جنوب فلسطين المحتلة بطائرات مسيرة.",
     SOUTH),
    ("قصفت المقاومة يوم الأحد مواقع في شمالي الأراضي المحتلة.", NORTH),
])
def test_attack_on_the_occupied_north_or_south_is_located_in_israel(text, region):
    (event,) = events_of(text, "ASSAULT")
    assert event.location is not None and event.location.id == region
    assert event.location.country == "ISR"


def test_the_region_is_not_the_target_of_an_attack_without_one():
    (event,) = events_of("قصفت المقاومة الإسلامية في لبنان يوم الاثنين ثكنة عسكرية في شمال فلسطين "
                         "المحتلة بالصواريخ.", "ASSAULT")
    loc = event.location
    assert all((r.start, r.end) != (loc.start, loc.end) for r in event.recipient)


def test_an_armed_group_fighting_there_does_not_take_its_country():
    (event,) = events_of("قصفت المقاومة يوم الأحد مواقع في شمالي الأراضي المحتلة.", "ASSAULT")
    assert [a.country for a in event.actor] == [None]


def test_the_displaced_are_the_target_not_the_region_they_left():
    events = events_of("أدى القصف إلى تهجير آلاف المستوطنين من شمال فلسطين المحتلة يوم الجمعة.", "COERCE")
    assert [[r.text for r in e.recipient] for e in events] == [["المستوطنين"]]
    assert events[0].location.id == NORTH


def test_a_closure_in_the_region_has_no_place_target():
    (event,) = events_of("أغلقت السلطات يوم الخميس مصنعا كبيرا في شمالي فلسطين المحتلة.", "COERCE")
    assert event.location.id == NORTH
    assert event.recipient == []


def test_a_launch_from_the_region_names_no_attacker():
    events = events_of("سقطت صواريخ أطلقت من شمال فلسطين المحتلة على بلدة في جنوب لبنان يوم السبت.",
                       "ASSAULT")
    assert events and all(e.location.country == "LBN" for e in events)
    assert all(a.country != "ISR" for e in events for a in e.actor)


@pytest.mark.parametrize("text, place, country", [
    ("اقتحمت قوات الاحتلال يوم الثلاثاء بلدات في الضفة الغربية.", "الضفة الغربية", "PSE"),
    ("شنت طائرات الاحتلال يوم الاثنين غارات على بلدة حولا.", "حولا", "LBN"),
])
def test_other_regions_and_towns_still_stand_for_their_country(text, place, country):
    events = events_of(text, "COERCE" if "اقتحمت" in text else "ASSAULT")
    assert any(r.text == place and r.country == country for e in events for r in e.recipient)


def test_only_the_occupied_names_are_the_regions():
    assert NORTH in _place_ids("شمال فلسطين")
    assert SOUTH in _place_ids("جنوب الأراضي المحتلة")
    # the south is named only with المحتلة; a bare "جنوب فلسطين" stays unmatched as a region
    assert SOUTH not in _place_ids("جنوب فلسطين")
    assert not load_gazetteer().places[NORTH].party
    assert load_gazetteer().places["cur:west-bank"].party


def test_the_party_field_must_be_true_or_false():
    data = copy.deepcopy(load_json(GAZETTEER_FILE))
    entry = next(p for p in data["places"] if p["id"] == NORTH)
    entry["party"] = "no"
    with pytest.raises(DataError):
        gazetteer_from_data(data, load_place_stopwords())
