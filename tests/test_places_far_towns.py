"""Eighteenth session: far towns.  GeoNames towns abroad between the minor size and a
million people (not capitals, not in the countries where the news happens) are often spelt
like Arabic words or given names (ألم Ulm, هالة Halle, سار Sarh).  They give no country
evidence and are taken only with their country named, a named place near them, or an
introduction as a place.  All sentences are written for these tests."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry
import pytest
from conftest import events_of

from hadath.recognize.places import (
    far_towns,
    find_places,
    load_gazetteer,
    validate_place_stopwords,
)
from hadath.resources import DataError, load_json
from hadath.text import TextLayer

ULM = "gn:2820256"


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_places(TextLayer(text))]


def names(text: str) -> list[str]:
    return [surface for surface, _ in places(text)]


# ---------------------------------------------------------------- which towns are far

def test_a_mid_size_town_abroad_is_far_but_capitals_and_news_countries_are_not() -> None:
    gazetteer = load_gazetteer()
    far = far_towns(gazetteer)
    netanya = next(p.id for p in gazetteer.candidates("نتانيا"))
    assert ULM in far
    assert gazetteer.capitals["QAT"] not in far
    assert netanya not in far


# ---------------------------------------------------------------- words and names

@pytest.mark.parametrize("text, word", [
    ("خرج الناجون من القصف في غزة بحسرة وألم كبيرين.", "ألم"),       # "and pain"
    ("تحدث الطبيب بألم عن حال الجرحى في خان يونس.", "ألم"),          # a fused ب alone
    ("قالت الأسيرة المحررة هالة إن السجانين ضربوها.", "هالة"),        # a given name
    ("قال الضابط إن الجيش سار عكس الخطة على حدود لبنان.", "سار"),      # "walked"
])
def test_a_word_spelt_like_a_far_town_is_no_place(text: str, word: str) -> None:
    assert word not in names(text)


def test_the_news_agency_is_no_town_even_in_a_report_on_its_country() -> None:
    # ف + رانس would be Reims, and France is named, so only the agency's name blocks it
    assert names("قال مسؤول فرنسي لوكالة فرانس برس إن الوضع في باريس هادئ.") == ["باريس"]


def test_the_minor_namesake_left_needs_a_locative_word() -> None:
    # هالة is also a small Belgian town: refusing the German city must not hand the name to it
    assert names("تحدثت الناشطة هالة عن ظروف الاعتقال.") == []
    assert ("هالة", "DEU") in places("وصل الوفد إلى مدينة هالة.")


# ---------------------------------------------------------------- real far towns stay

def test_a_far_town_after_a_locative_word_stays() -> None:
    assert ("ألم", "DEU") in places("تظاهر المئات في ألم دعما لغزة.")


def test_a_far_town_stays_when_the_document_names_its_country() -> None:
    assert ("ألم", "DEU") in places("أعلنت ألمانيا أن ألم ستستضيف المؤتمر المقبل.")


def test_a_far_town_stays_near_a_place_the_document_names() -> None:
    # Reims lies some 230 km from Brussels; France is not named
    assert ("رانس", "FRA") in places("اجتمع الوزراء في بروكسل بحضور رئيس بلدية رانس.")


def test_a_far_town_stays_after_a_head_that_owns_a_place() -> None:
    assert ("بوسطن", "USA") in places("فضت شرطة بوسطن اعتصام الطلاب أمس.")


def test_capitals_and_towns_of_the_news_countries_need_no_evidence() -> None:
    assert ("الدوحة", "QAT") in places("أعلنت الدوحة أن المحادثات بشأن غزة مستمرة.")
    assert ("نتانيا", "ISR") in places("قالت واشنطن إن نتانيا تعرضت لهجوم.")


# ---------------------------------------------------------------- event locations

def test_an_attack_is_not_placed_in_a_word_read_as_a_far_town() -> None:
    # the only place after the trigger is the word "pain", which was read as Ulm
    text = "ارتكب الجيش مجزرة في بيت لاهيا بقصف منزل لعائلة، وسط حسرة وألم لمن نجا."
    event = next(e for e in events_of(text, "ASSAULT") if e.trigger.text == "قصف")
    assert (event.location.text, event.location.country) == ("بيت لاهيا", "PSE")
    assert {r.country for r in event.recipient} == {"PSE"}


# ---------------------------------------------------------------- data file

def test_validator_rejects_a_far_town_size_below_the_minor_size() -> None:
    data = json.loads(json.dumps(load_json("place_stopwords.json")))
    data["far_town_population"] = data["minor_city_population"] - 1
    with pytest.raises(DataError):
        validate_place_stopwords(data)


def test_validator_rejects_a_news_country_that_is_no_alpha3_code() -> None:
    data = json.loads(json.dumps(load_json("place_stopwords.json")))
    data["news_countries"] = ["PS"]
    with pytest.raises(DataError):
        validate_place_stopwords(data)


def test_news_countries_are_the_gazetteer_builds_core_countries() -> None:
    """The towns of the build's CORE_COUNTRIES are kept down to 5,000 people, which is why
    they are never far: the two lists must name the same countries."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    core = re.search(r"CORE_COUNTRIES = frozenset\(\{([^}]*)\}\)", script.read_text(encoding="utf-8"))
    assert core is not None
    alpha2 = re.findall(r'"([A-Z]{2})"', core.group(1))
    assert alpha2
    expected = {pycountry.countries.get(alpha_2=code).alpha_3 for code in alpha2}
    assert load_gazetteer().stopwords.news_countries == expected
