"""Tenth session, places: local districts that share a name with a town abroad, and
"الأراضي + nisba" as a country (hand-written sentences)."""
from __future__ import annotations

import pytest

from hadath.recognize.places import find_places, load_gazetteer
from hadath.text import TextLayer


def places(text: str) -> list[tuple[str, str | None]]:
    found = find_places(TextLayer(text))
    for m in found:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.country) for m in found]


def country_of(text: str, name: str) -> str | None:
    hits = [c for t, c in places(text) if t.endswith(name)]
    assert hits, places(text)
    return hits[0]


@pytest.mark.parametrize("text, name", [
    # curated Gaza and West Bank districts, named with their noun
    ("دمرت غارة بيتا من طابقين في حي الجنينة صباح الأحد.", "الجنينة"),
    ("نزحت الأسر من مخيم بربرة بعد ليلة من القصف.", "بربرة"),
    ("تقدمت الدبابات نحو مدينة حمد ليلا.", "مدينة حمد"),
    ("انهار مبنى سكني في حي البرازيل بعد القصف.", "البرازيل"),
    ("جرفت الآليات بساتين القرية السويدية على الساحل.", "القرية السويدية"),
    ("اقتحم الجنود حي الجابريات عند الفجر.", "الجابريات"),
    ("أغلق الجنود مدخل تل الرميدة أمام السكان.", "تل الرميدة"),
])
def test_curated_local_districts_are_palestinian(text: str, name: str) -> None:
    assert country_of(text, name) == "PSE"


@pytest.mark.parametrize("text, name", [
    # a place noun, a foreign town's name, then a local anchor far from that town
    ("سقط صاروخ على منطقة الزرقاء شمال غزة دون إصابات.", "الزرقاء"),
    ("تضرر بئر ماء في منطقة الريان شرق مدينة رفح.", "الريان"),
    ("احترقت خيمة في مخيم بربرة وسط رفح.", "بربرة"),
])
def test_local_anchor_overrules_a_far_namesake(text: str, name: str) -> None:
    assert country_of(text, name) == "PSE"


@pytest.mark.parametrize("text, name, country", [
    # the town itself, anchored in its own country or named alone, is left alone
    ("وصلت قافلة إغاثة إلى مدينة الجنينة غرب دارفور.", "الجنينة", "SDN"),
    ("افتتح الوزير مصنعا في مدينة الزرقاء شمال شرق عمان.", "الزرقاء", "JOR"),
    ("زار رئيس الوزراء مدينة حمد في البحرين.", "مدينة حمد", "BHR"),
])
def test_namesake_in_its_own_country_is_kept(text: str, name: str, country: str) -> None:
    assert country_of(text, name) == country


def test_anchor_that_is_a_whole_country_does_not_move_a_town() -> None:
    # only a town, governorate or region anchors a district, never a country's name
    assert country_of("عقد المؤتمر في مدينة الزرقاء في فلسطين.", "الزرقاء") == "JOR"


def test_direction_word_starting_with_waw_is_a_link() -> None:
    # "وسط" is a direction word, not و + سط: the name after a camp noun takes its anchor
    assert country_of("احترقت خيمة في مخيم بربرة وسط رفح.", "بربرة") == "PSE"
    assert country_of("تجمع الناس في مخيم قرطبة وسط الخليل.", "قرطبة") == "PSE"


@pytest.mark.parametrize("text, country", [
    ("انطلقت طائرة مسيرة من الأراضي السورية نحو الجولان.", "SYR"),
    ("سقطت قذيفتان داخل الأراضي اللبنانية صباح اليوم.", "LBN"),
    ("عبر المتسللون إلى الأراضي الأردنية ليلا.", "JOR"),
    ("دخلت الشاحنات الأراضي المصرية عبر المعبر.", "EGY"),
    ("أعلنت الوزارة أن المسيرات اخترقت الأراضي الروسية.", "RUS"),
])
def test_territory_with_nisba_is_a_country(text: str, country: str) -> None:
    found = places(text)
    assert any(t.startswith("الأراضي") and c == country for t, c in found), found


def test_curated_districts_are_in_the_gazetteer_as_palestinian() -> None:
    gaz = load_gazetteer()
    for place_id in ("cur:geneina-rafah", "cur:zarqa-gaza", "cur:hamad-city", "cur:swedish-village",
                     "cur:jabriyat", "cur:tel-rumeida"):
        place = gaz.places[place_id]
        assert place.country == "PSE" and place.precision == "neighbourhood"
