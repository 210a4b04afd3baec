"""Place recognition: gazetteer data, common-word filters, disambiguation, offsets."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.recognize.places import (
    DocumentPlaces, choose_location, find_document_places, find_places, load_gazetteer,
    load_place_stopwords, validate_gazetteer, validate_place_stopwords,
)
from hadath.resources import DataError, load_json
from hadath.text import TextLayer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def places_in(text: str):
    mentions = find_places(TextLayer(text))
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return mentions


def only_place(text: str):
    mentions = places_in(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


# ---------------------------------------------------------------- data files

def test_shipped_data_files_validate():
    validate_gazetteer(load_json("gazetteer.json.gz"))
    validate_place_stopwords(load_json("place_stopwords.json"))


def test_gazetteer_header_attributes_geonames():
    header = load_gazetteer().header
    assert "GeoNames" in header["attribution"] and "CC-BY 4.0" in header["attribution"]


def test_validator_rejects_bad_precision():
    data = {"header": {"attribution": "x"}, "places": [
        {"id": "a", "name": "A", "country": "PSE", "lat": 1.0, "lon": 2.0, "precision": "town",
         "names": ["اسم"]}]}
    with pytest.raises(DataError):
        validate_gazetteer(data)


def test_stopword_validator_rejects_a_word_in_two_filter_lists():
    data = json.loads(json.dumps(load_json("place_stopwords.json")))
    data["needs_locative"].append(data["never"][0])
    with pytest.raises(DataError):
        validate_place_stopwords(data)


def test_stopword_validator_rejects_a_no_fused_locative_name_outside_needs_locative():
    data = json.loads(json.dumps(load_json("place_stopwords.json")))
    data["no_fused_locative"].append("القاهرة")
    with pytest.raises(DataError):
        validate_place_stopwords(data)


@pytest.mark.parametrize("text, names", [
    ("هدمت الجرافات منزلين بحجة البناء دون ترخيص.", []),       # بحجة = on the pretext
    ("وانتشرت على المواقع منشورات بصور الجنود المصابين.", []),   # بصور = with pictures
    ("شنت الطائرات غارات على مواقع في حجة شمالي اليمن.", ["Hajjah"]),
    ("قصفت الطائرات أطراف مدينة صور فجرا.", ["Tyre"]),
])
def test_a_fused_preposition_that_makes_a_common_phrase_is_no_locative(text, names):
    found = [m.name for m in places_in(text)]
    assert [n for n in found if n in ("Hajjah", "Tyre")] == names


def test_every_place_has_country_code_coordinates_and_precision():
    for place in load_gazetteer().places.values():
        assert place.country is None or len(place.country) == 3
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
        assert place.precision in {"country", "admin1", "city", "neighbourhood", "region"}


# ---------------------------------------------------------------- recognition

def test_khan_yunis_is_a_palestinian_city():
    m = only_place("قصف على خان يونس")
    assert (m.text, m.name, m.country, m.precision) == ("خان يونس", "Khan Yunis", "PSE", "city")


def test_ceasefire_wording_is_not_a_place():
    assert places_in("وقف إطلاق النار") == []


def test_tyre_needs_a_locative_context():
    assert places_in("نشرت الوكالة صور الدمار") == []
    mentions = places_in("في مدينة صور جنوب لبنان")
    assert mentions[0].text == "صور" and mentions[0].country == "LBN"
    assert mentions[1].text == "جنوب لبنان" and mentions[1].precision == "region"


def test_bi_proclitic_makes_a_locative_and_offsets_skip_it():
    text = "عقد الاجتماع بالقاهرة"
    m = only_place(text)
    assert m.name == "Cairo" and m.country == "EGY"
    assert text[m.start:m.end] == "القاهرة"


def test_rafah_follows_the_country_context():
    egypt = places_in("وصلت الشاحنات إلى رفح على الحدود المصرية مع مصر")
    gaza = places_in("قصف الاحتلال رفح جنوبي قطاع غزة")
    assert egypt[0].text == "رفح" and egypt[0].country == "EGY"
    assert gaza[0].text == "رفح" and gaza[0].country == "PSE"


def test_tripoli_follows_the_country_context():
    lebanon = places_in("اشتباكات في طرابلس شمال لبنان اليوم.")
    libya = places_in("اشتباكات في طرابلس الليبية اليوم.")
    assert lebanon[0].country == "LBN"
    assert libya[0].country == "LBY"


def test_longest_match_wins():
    m = only_place("تقدمت الدبابات في مخيم جباليا")
    assert m.text == "مخيم جباليا" and m.precision == "neighbourhood"


def test_country_name_is_a_country_place():
    m = only_place("زار الوزير لبنان أمس")
    assert m.precision == "country" and m.country == "LBN"


def test_names_of_newspapers_and_units_are_not_places():
    assert places_in("قالت صحيفة واشنطن بوست إن الاتفاق قريب") == []
    assert places_in("أعلنت سرايا القدس مسؤوليتها") == []


def test_conjunction_and_preposition_prefixes():
    text = "وصل الوفد إلى بيروت ولدمشق"
    assert [m.name for m in places_in(text)] == ["Beirut", "Damascus"]


def test_diacritics_and_hamza_variants_match():
    m = only_place("غارة على غزّة")
    assert m.text == "غزّة" and m.country == "PSE"


def test_kaf_proclitic_does_not_glue_words_into_towns():
    assert all(m.text != "الات" for m in places_in("نقلت وكالات الأنباء الخبر."))


# ---------------------------------------------------------------- document level

def test_dateline_is_found_and_used_as_fallback():
    text = "عنوان قصير للخبر\nبيروت - أعلن مسؤول أن الاجتماع انتهى. وقال إن النتائج إيجابية."
    layer = TextLayer(text)
    doc = find_document_places(layer)
    assert doc.dateline is not None and doc.dateline.name == "Beirut"
    last = layer.sentences[-1]
    assert choose_location(doc.mentions, last.start, last.end, doc) == doc.dateline


def test_choose_location_prefers_the_most_specific_place_in_the_sentence():
    text = "استشهد شاب في حي الشجاعية في قطاع غزة."
    layer = TextLayer(text)
    doc = find_document_places(layer)
    chosen = choose_location(doc.mentions, 0, len(text), doc)
    assert chosen is not None and chosen.precision == "neighbourhood"


def test_choose_location_falls_back_to_the_most_frequent_place():
    text = "غزة تحت القصف. وفي غزة دمار واسع. وزار الوفد القاهرة. ثم انتهى اليوم."
    layer = TextLayer(text)
    mentions = find_places(layer)
    last = layer.sentences[-1]
    chosen = choose_location(mentions, last.start, last.end, mentions)
    assert chosen is not None and chosen.text == "غزة"
    assert choose_location([], 0, 1, DocumentPlaces([], None)) is None


def test_stopwords_are_loaded_normalised():
    sw = load_place_stopwords()
    assert "صور" in sw.needs_locative and "في" in sw.locative_triggers


# ---------------------------------------------------------------- shared corpus

@pytest.mark.shared
def test_dev_articles_offsets_are_exact():
    path = SHARED / "corpus" / "almayadeen_2024" / "articles_dev.jsonl"
    if not path.exists():
        pytest.skip("shared corpus absent")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(next(fh)) for _ in range(20)]
    total = 0
    for row in rows:
        for m in find_places(TextLayer(row["text"])):
            assert row["text"][m.start:m.end] == m.text
            total += 1
    assert total > 0


def test_default_finder_is_shared():
    from hadath.recognize.places import PlaceFinder
    assert PlaceFinder.default() is PlaceFinder.default()
    assert [m.name for m in PlaceFinder.default().find(TextLayer("في صنعاء"))] == ["Sanaa"]


def test_a_common_word_read_as_a_town_needs_a_place_noun():
    from hadath.recognize.places import find_places
    from hadath.text import TextLayer
    assert find_places(TextLayer("وأشادت الوزارة بحركة الإصلاح")) == []
    found = find_places(TextLayer("في بلدة بحركة شمال أربيل"))
    assert [p.country for p in found] == ["IRQ", "IRQ"]


def test_a_country_name_after_a_subdivision_noun_is_not_the_country():
    text = "قتل مسلحون رعاة في ولاية النيجر بوسط نيجيريا."
    assert [m.country for m in places_in(text)] == ["NGA"]
    assert places_in("اعتقلت الشرطة رجلا في إقليم جورجيا.") == []
    # with و fused to the noun, and a name with a non-country reading kept at that reading
    assert "NER" not in [p.country for p in places_in("نزح سكان من كادونا وولاية النيجر.")]
    algiers = places_in("انفجرت قنبلة في محافظة الجزائر.")
    assert [(m.country, m.precision) for m in algiers] == [("DZA", "city")]


def test_boycott_of_a_country_still_names_the_country():
    assert [m.country for m in places_in("دعا الناشطون إلى مقاطعة إسرائيل.")] == ["ISR"]


def test_a_foreign_town_after_a_subdivision_noun_needs_its_country_in_the_document():
    # a subdivision the gazetteer lacks, homonym of a town in a country the text never names
    text = "أغلقت سلطات ولاية يوبي المدارس بسبب الفيضانات في نيجيريا، وقال حاكم ولاية يوبي إن الأمطار ستستمر."
    assert [p.country for p in places_in(text)] == ["NGA"]
    assert "EGY" in [p.country for p in places_in("افتتح الوزير مدرسة في محافظة القاهرة.")]


def test_regions_named_with_bilad_are_no_town_and_no_country():
    assert places_in("نشط التنظيم في بلاد المغرب وبلاد الشام.") == []
