"""Places read in the wrong country: far-away GeoNames namesakes, site names, and
neighbourhoods of the cities where the news happens.  All sentences are written for
these tests."""
import json

import pytest

from hadath.recognize.places import distance_km, find_places, validate_place_stopwords
from hadath.resources import DataError, load_json
from hadath.text import TextLayer


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_places(TextLayer(text))]


def countries_of(text: str, name: str) -> list[str | None]:
    return [country for surface, country in places(text) if surface == name]


def test_far_minor_town_is_not_taken_when_the_document_names_places_elsewhere():
    # كونين is also a Polish town in GeoNames; the report is about south Lebanon
    text = "قصفت الطائرات أطراف كونين في جنوب لبنان."
    assert countries_of(text, "كونين") == []
    assert ("جنوب لبنان", "LBN") in places(text)


def test_refused_town_after_a_place_noun_is_named_by_construction():
    text = "استهدفت الغارة أطراف بلدة كونين في جنوب لبنان."
    assert countries_of(text, "كونين") == ["LBN"]


def test_minor_town_is_kept_when_the_document_names_no_place():
    assert countries_of("وصل الوفد في كونين صباح اليوم.", "كونين") == ["POL"]


def test_a_demonym_supports_a_minor_town_of_its_country():
    text = "قال وزير الخارجية البولندي في بيروت إنه سيعود في كونين."
    assert countries_of(text, "كونين") == ["POL"]
    assert countries_of(text, "بيروت") == ["LBN"]


def test_demonyms_do_not_pull_a_name_to_a_small_namesake():
    # GeoNames also has a small Geneva in the USA; an American delegation does not move the city
    assert countries_of("عقد المجلس دورته في جنيف بحضور الوفد الأمريكي.", "جنيف") == ["CHE"]


def test_geonames_town_named_as_a_military_site_needs_its_country_in_the_document():
    assert countries_of("قصفت المقاومة ثكنة أضنة في الجليل شمال إسرائيل.", "أضنة") == []
    assert countries_of("قالت السلطات التركية إن الطائرات أقلعت من قاعدة أضنة.", "أضنة") == ["TUR"]


@pytest.mark.parametrize("text, name", [
    ("انفجرت عبوة ناسفة في حي الأعظمية ببغداد.", "حي الأعظمية"),
    ("قتل شخصان في انفجار في العامرية.", "العامرية"),
    ("أغلقت الشرطة جسرا في الكرادة صباح اليوم.", "الكرادة"),
    ("زار المسؤول ضريحا في الكاظمية.", "الكاظمية"),
])
def test_baghdad_districts_are_iraqi(text, name):
    assert countries_of(text, name) == ["IRQ"]


@pytest.mark.parametrize("text, name, country", [
    ("اجتمع النواب في منزل في فردان.", "فردان", "LBN"),
    ("سقطت قذيفة على مبنى في حارة حريك.", "حارة حريك", "LBN"),
    ("هدمت الجرافات منزلين في حي البستان.", "حي البستان", "PSE"),
    ("دخلت الدبابات الروسية مدينة غوري.", "غوري", "GEO"),
    ("حاصرت السفن ميناء بوتي.", "بوتي", "GEO"),
])
def test_neighbourhoods_and_towns_missing_under_their_arabic_names(text, name, country):
    assert countries_of(text, name) == [country]


@pytest.mark.parametrize("word", ["قنوات", "الوجه", "مفرق"])
def test_common_words_are_not_foreign_towns(word):
    text = f"تحدث الخبراء على {word} كثيرة في غزة."
    assert countries_of(text, word) == []


def test_a_possessed_noun_is_not_haditha():
    assert countries_of("قال الوزير في حديثه للصحافيين في بغداد إن الوضع هادئ.", "حديثه") == []


def test_distance_is_symmetric_and_plausible():
    beirut, damascus = (33.89, 35.50), (33.51, 36.29)
    d = distance_km(*beirut, *damascus)
    assert 70 < d < 100
    assert distance_km(*damascus, *beirut) == pytest.approx(d)
    assert distance_km(*beirut, *beirut) == 0


def test_near_km_must_be_positive():
    data = json.loads(json.dumps(load_json("place_stopwords.json")))
    data["near_km"] = 0
    with pytest.raises(DataError):
        validate_place_stopwords(data)
