"""Eighteenth session: Gaza, the Strip or the City.  A town that gives its name to the
territory around it (غزة and قطاع غزة) named bare means the territory (the war on it, its
ministries, its people), unless a cue makes it the town: a town head (مدينتي، محافظتي،
أحياء، بلدية), a direction word or a district of the town right before it, a tail word
(وشمالها) after it, or another place of the territory joined to it in a list.  All
sentences are written for these tests."""
from __future__ import annotations

import json

import pytest
from conftest import events_of

from hadath.recognize.places import (
    find_places,
    load_gazetteer,
    validate_place_stopwords,
)
from hadath.resources import DataError, load_json
from hadath.text import TextLayer

STRIP = "Gaza Strip"
CITY = "Gaza City"


def gaza_reading(text: str) -> tuple[str, str, str | None]:
    """(name, precision, country) of the first bare mention of the town."""
    found = [m for m in find_places(TextLayer(text)) if m.text in ("غزة", "غزّة")]
    assert found, f"no bare Gaza in {text}"
    return found[0].name, found[0].precision, found[0].country


# ---------------------------------------------------------------- the territory by default

@pytest.mark.parametrize("text", [
    "دخل القصف على غزة شهره الرابع دون توقف.",                        # a campaign on it
    "نشرت وزارة الصحة بغزة حصيلة جديدة للضحايا مساء اليوم.",          # its ministry, fused ب
    "يعاني أهالي غزة من نقص حاد في مياه الشرب.",                       # its people
    "قال مسؤول أممي إن المجاعة في غزة تتسع يوما بعد يوم.",             # a condition of it
    "في اليوم المئة من الحرب على غزة، قصف الجيش مدرسة للنازحين.",      # the day-count header
    "طالب الوزراء بوقف الحرب في غزة ولبنان فورا.",                     # joined to a country
    "اتهمت المنظمة الاحتلال بعرقلة التعليم في غزة والضفة الغربية.",    # joined to a far region
    "قتلت غارة خمسة نازحين في المواصي بغزة ليلة أمس.",                 # a district far from the town
])
def test_a_bare_gaza_is_the_strip(text: str) -> None:
    assert gaza_reading(text) == (STRIP, "region", "PSE")


def test_the_strip_reading_keeps_the_span_and_the_strips_point() -> None:
    text = "عاد الهدوء الحذر إلى غزة صباح اليوم."
    mention = next(m for m in find_places(TextLayer(text)) if m.text == "غزة")
    strip = next(p for p in load_gazetteer().candidates("قطاع غزة") if p.precision == "region")
    assert text[mention.start:mention.end] == "غزة"
    assert (mention.id, mention.lat, mention.lon) == (strip.id, strip.lat, strip.lon)


# ---------------------------------------------------------------- the city by its cues

@pytest.mark.parametrize("text", [
    "تدور اشتباكات عنيفة بمدينتي غزة ورفح منذ الفجر.",                 # a dual town head
    "أجلت الوزارة التطعيم في محافظتي غزة والشمال بسبب القصف.",        # governorates
    "هدمت الجرافات أحياء غزة القديمة واحدا بعد آخر.",                  # its quarters
    "أعلنت بلدية غزة توقف آبار المياه عن العمل.",                      # its municipality
    "استهدفت غارة منزلا في حي الرمال شرقي غزة فجرا.",                  # a direction before it
    "قصفت المدفعية مدرسة في حي الدرج بغزة بعد الظهر.",                 # a quarter of the town
    "وزعت جمعية أهلية الخبز على العائلات في حي الزيتون في غزة.",        # a quarter, في
    "قتل ثلاثة شبان في خان يونس وغزة خلال الليل.",                     # joined to a Strip town
    "تقدمت الدبابات نحو غزة وشمال غزة تحت غطاء ناري.",                 # joined to a governorate
    "يعيش نصف مليون إنسان في غزة وشمالها بلا مستشفى عامل.",            # "and its north"
])
def test_a_cue_makes_gaza_the_city(text: str) -> None:
    assert gaza_reading(text) == (CITY, "city", "PSE")


def test_a_town_named_later_in_another_clause_is_no_cue() -> None:
    # the comma and the new clause: خان يونس is not listed with غزة
    assert gaza_reading("استمر القصف على غزة طوال الليل، ثم توغلت الدبابات في خان يونس.")[0] == STRIP


def test_the_city_by_its_full_name_is_the_city_and_its_governorate_stays() -> None:
    mention = find_places(TextLayer("دخلت القوات مدينة غزة من محورين."))[0]
    assert (mention.text, mention.name, mention.precision) == ("مدينة غزة", CITY, "city")
    mention = find_places(TextLayer("انقطعت المياه عن محافظة غزة كلها."))[0]
    assert (mention.text, mention.precision) == ("محافظة غزة", "admin1")


def test_the_city_noun_refers_back_to_the_city_by_its_full_name() -> None:
    # "المدينة" is a town noun: its antecedent is the city named with مدينة (a governorate
    # was none), not the quarter named before it
    text = "اشتبك المقاومون مع القوات في حي التفاح شرقي مدينة غزة، بينما قصفت الطائرات المدينة بعنف."
    event = next(e for e in events_of(text, "ASSAULT") if e.trigger.text == "قصفت")
    assert (event.location.text, event.location.name) == ("المدينة", CITY)


# ---------------------------------------------------------------- events and the Strip

def test_an_attack_told_on_gaza_is_placed_in_the_strip() -> None:
    event = next(e for e in events_of("قتل عشرون فلسطينيا في غارات إسرائيلية على غزة منذ الفجر.",
                                      "ASSAULT") if e.trigger.text == "قتل")
    assert (event.location.text, event.location.name, event.location.precision) == ("غزة", STRIP, "region")


def test_an_attack_in_a_quarter_of_the_city_stays_in_the_quarter() -> None:
    event = next(e for e in events_of("قصفت الطائرات منزلا في حي الشجاعية بغزة فجر اليوم.",
                                      "ASSAULT") if e.trigger.text == "قصفت")
    assert event.location.text == "حي الشجاعية"


def test_the_strip_noun_still_refers_back_to_a_bare_gaza() -> None:
    text = "تواصل الحرب على غزة لليوم العاشر. وقصفت الطائرات منازل في القطاع مساء."
    event = next(e for e in events_of(text, "ASSAULT") if e.trigger.text == "قصفت")
    assert (event.location.text, event.location.name) == ("القطاع", STRIP)


# ---------------------------------------------------------------- data file

def test_every_territory_town_has_its_town_and_territory_in_the_gazetteer() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.territories
    for town, territory in gazetteer.territories.items():
        assert gazetteer.places[town].precision == "city"
        assert gazetteer.places[territory].country == gazetteer.places[town].country


@pytest.mark.parametrize("key, value", [
    ("towns", {}),
    ("town_heads", "مدينتي"),
    ("district_km", 0),
    ("territory_km", "30"),
])
def test_validator_rejects_a_malformed_territory_towns_entry(key: str, value: object) -> None:
    data = json.loads(json.dumps(load_json("place_stopwords.json")))
    data["territory_towns"][key] = value
    with pytest.raises(DataError):
        validate_place_stopwords(data)


# ---------------------------------------------------------------- a town abroad beside a region

def location_of(text: str, event: str, trigger: str) -> tuple[str, str | None]:
    found = next(e for e in events_of(text, event) if e.trigger.text == trigger)
    assert found.location is not None
    return found.location.text, found.location.country


def test_a_town_of_another_country_does_not_outrank_the_region_of_the_clause() -> None:
    # the strikes are on the Strip; Cairo is where the talks that the clause mentions were
    text = "صعد الجيش غاراته على قطاع غزة بالتزامن مع محادثات القاهرة الأخيرة."
    assert location_of(text, "ASSAULT", "غاراته") == ("قطاع غزة", "PSE")


def test_a_town_inside_the_regions_country_still_outranks_the_region() -> None:
    # the region is the topic; the demolitions were in the town of its own country
    text = "هدمت الجرافات ثلاثة منازل في سلوان منذ بدء الحرب على غزة."
    assert location_of(text, "COERCE", "هدمت") == ("سلوان", "PSE")


def test_a_town_keeps_its_rank_beside_the_region_that_locates_it() -> None:
    # the envelope only locates Sderot (and is dropped as its locator), yet it is the
    # region of Sderot's country in the clause: Rafah of the next fact does not win
    text = "قصفت الفصائل مدينة سديروت في غلاف غزة ومواقع للجيش في محور نتساريم، في حين داهمت القوات منازل في رفح."
    assert location_of(text, "ASSAULT", "قصفت") == ("سديروت", "ISR")


def test_a_site_abroad_beside_a_region_that_only_locates_a_governorate_keeps_its_rank() -> None:
    # the Strip only locates the governorate (it is dropped as its locator), so no region of
    # the clause makes the Israeli site rank as one
    text = "قصفت الفصائل موقع كيسوفيم العسكري شرقي المحافظة الوسطى بقطاع غزة بالصواريخ."
    assert location_of(text, "ASSAULT", "قصفت")[0] == "كيسوفيم"
