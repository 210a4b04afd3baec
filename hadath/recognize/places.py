"""Place recognition: gazetteer lookup, common-word filters, country disambiguation.

The gazetteer (``hadath/data/gazetteer.json.gz``, built by ``scripts/build_gazetteer.py``
from GeoNames, CLDR country names and curated additions) maps Arabic names to places.
Names that are also ordinary words (``place_stopwords.json``) are dropped outright or
accepted only in a locative context.  A name shared by several places (رفح EG/PS,
طرابلس LB/LY) is resolved by the countries the sentence and the document mention, else by
the place's prior and population.  After "ولاية/محافظة/إقليم" a country's name is a
subdivision of that name, never the country ("ولاية النيجر" lies in Nigeria).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..records import ActorMention, PlaceMention
from ..resources import DataError, load_json, require
from ..text import (
    LexiconMatcher,
    Match,
    TextLayer,
    longest_nonoverlapping,
    normalize_key,
    normalize_string,
)
from ..text.layer import Token
from ..text.matcher import is_word_char
from ..words import function_words
from .organisations import RULE as UNNAMED_BODY_RULE
from .organisations import body_words

GAZETTEER_FILE = "gazetteer.json.gz"
STOPWORDS_FILE = "place_stopwords.json"
PRECISIONS = ("country", "admin1", "city", "neighbourhood", "region")
# Most specific first: how choose_location ranks places inside one sentence.
SPECIFICITY = {"neighbourhood": 4, "city": 3, "admin1": 2, "region": 1, "country": 0}
# A country named in the same sentence weighs this many document-level mentions.
SENTENCE_CONTEXT_WEIGHT = 3
LOCATIVE_PROCLITIC = "ب"
# كـ ("like") before a place name is rare, and letting it through turns words such as
# وكالات into و+ك+الات (a GeoNames town).
REFUSED_PROCLITIC = "ك"
GEONAMES_PREFIX = "gn:"
EARTH_RADIUS_KM = 6371.0
CONJUNCTIONS = ("و", "ف")
# What may follow a dateline place: "غزة - ", "بيروت (وكالات)", "دمشق: ", "صنعاء، ".
_DATELINE_TAIL = re.compile(r"\s*(?:[-–—:،,]|\()")
# How far into the body a dateline may start (after a bullet, a quote mark ...).
DATELINE_MAX_LEAD = 3
# After a subdivision noun, a town of a country the document never names is a homonym of an
# unknown subdivision; our curated places and cities this large are kept (محافظة القاهرة).
MAJOR_CITY_POPULATION = 500_000
# A report's own country needs at least this many of its place mentions (and a majority).
HOME_MIN_MENTIONS = 2
# Places by construction: the id prefix, prepositions fused to a place noun (ببلدة، لمخيم),
# and how many tokens after the name its anchor place may start.
CONSTRUCTED_PREFIX = "construct:"
COUNTRY_PREFIX = "iso:"        # the gazetteer's id of a whole country: iso:TUN
NOUN_PREPOSITIONS = ("ب", "ل")
ANCHOR_REACH = 5
MAX_NAME_WORDS = 3
ANCHOR_PUNCTUATION = frozenset({"،", ","})
# Quotation marks that open / close a name (Arabic texts also open with ” and close with “),
# and the direction marks that may stand inside them ("‏ميشار").
OPENING_QUOTES = "\"“”«"
CLOSING_QUOTES = "\"”“»"
_DIRECTION_MARKS = "\u200e\u200f"
# A quoted name is delimited by its marks, so it may be longer than a bare one.
MAX_QUOTED_NAME_WORDS = 3
REPEAT_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب"})
# A repeated name of several words may also take ل ("لكفر دان"): no word reading to fear.
LONG_REPEAT_PREFIXES = REPEAT_PREFIXES | {"ل", "ول", "فل"}
# A town or district after a place noun whose anchor place ("حي X شرق رفح") lies farther
# than this from it is a homonym of a local district, not that town.
HOMONYM_ANCHOR_KM = 50.0
# Readings a local anchor may overrule: a foreign town or district, never a country or region.
ANCHORED_PRECISIONS = frozenset({"city", "neighbourhood"})


# The word classes of function_words.json (subdivision_nouns, locative_repeat_words,
# destination_origin_prepositions) are read when first needed, not at import:
# ``hadath kb check`` imports this module before it validates that file.
@lru_cache(maxsize=1)
def _subdivision_nouns() -> frozenset[str]:
    """Heads of a subdivision's name: after one, a country's name is a province or state of
    the same name ("ولاية النيجر" in Nigeria), never the country."""
    return frozenset(normalize_key(w) for w in function_words().subdivision_nouns)


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    country: str | None
    lat: float
    lon: float
    precision: str
    population: int = 0
    prior: int = 0
    party: bool = True      # False: only where an event happened, never its target or origin


@dataclass(frozen=True, slots=True)
class ConstructRule:
    """Places named by construction: a place noun and an unknown name (بلدة X، مخيم X)."""
    nouns: dict[str, str]                  # normalised noun -> precision of what it names
    needs_anchor: frozenset[str]           # nouns whose country must come from a place after
    name_heads: frozenset[str]             # first words of two-word names (كفر X، بيت X)
    links: frozenset[str]                  # words between the name and its anchor place
    not_names: frozenset[str]              # common words that follow place nouns


@dataclass(frozen=True, slots=True)
class TerritoryTownRule:
    """Towns that give their name to the territory around them (غزة and قطاع غزة): a bare
    name means the territory unless a cue makes it the town (``territory_readings``)."""
    territories: dict[str, str]            # normalised town name -> the territory's name
    town_heads: frozenset[str]             # مدينتي، محافظتي، أحياء، بلدية ... before the name
    town_tails: frozenset[str]             # وشمالها ... after it
    district_km: float                     # a district this near the town locates the town
    territory_km: float                    # a place this near the territory's point lies in it


@dataclass(frozen=True, slots=True)
class FacilityNameRule:
    """A place right after one of ``heads`` (مستشفى، مدرسة، شارع ...) names the facility when
    a place elsewhere (another country, or more than ``far_km`` away) follows it within
    ``locator_words`` words in its clause (place_stopwords.json: facility_names)."""
    heads: frozenset[str]
    far_km: float
    locator_words: int


@dataclass(frozen=True, slots=True)
class PlaceStopwords:
    never: frozenset[str]
    needs_locative: frozenset[str]
    needs_place_noun: frozenset[str]
    locative_triggers: frozenset[str]
    place_nouns: frozenset[str]
    following_directions: frozenset[str]
    minor_city_population: int
    near_km: float
    site_nouns: frozenset[str]
    not_places: frozenset[str]
    org_suffixes: frozenset[str]
    org_heads: frozenset[str]
    construct: ConstructRule
    city_first: frozenset[str]
    capital_heads: frozenset[str]
    given_names: frozenset[str] = frozenset()
    given_name_breaks: frozenset[str] = frozenset()
    given_name_heads: frozenset[str] = frozenset()
    no_fused_locative: frozenset[str] = frozenset()
    demonym_place_nouns: frozenset[str] = frozenset()
    demonym_place_nouns_indefinite: frozenset[str] = frozenset()
    no_country_name_heads: frozenset[str] = frozenset()
    far_town_population: int = 0           # 0: no far towns (see ``far_towns``)
    news_countries: frozenset[str] = frozenset()
    territory_towns: TerritoryTownRule | None = None
    facility_names: FacilityNameRule | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Places by id, candidate place ids by normalised name, context words by country.
    ``demonyms`` (الجورجية، التشادي ...) only tell whether a far-away town is plausible;
    they do not choose between namesakes, which the curated ``context`` does."""
    places: dict[str, Place]
    names: dict[str, tuple[str, ...]]
    context: dict[str, str]
    stopwords: PlaceStopwords
    header: dict[str, Any]
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)     # country -> its capital's place id
    # every context word and demonym -> its country, also those spelt like a place (السويدية)
    nisba_countries: dict[str, str] = field(default_factory=dict)
    # a town's place id -> the id of the territory named after it (``TerritoryTownRule``)
    territories: dict[str, str] = field(default_factory=dict)

    def candidates(self, name: str) -> list[Place]:
        return [self.places[i] for i in self.names.get(normalize_string(" ".join(name.split())), ())]


@dataclass(frozen=True, slots=True)
class CountryEvidence:
    """What a document says plainly about where it is: the countries it names (context
    words and demonyms, places of one country other than minor towns), whether it names any
    such place, and the points near which a minor town is plausible."""
    countries: frozenset[str]
    names_places: bool
    points: tuple[tuple[float, float], ...]


class _NamesExcept:
    """Gazetteer names minus some keys: a name refused as a far-away town may still be
    named by construction ("بلدة X")."""

    def __init__(self, names: Container[str], freed: frozenset[str]) -> None:
        self._names = names
        self._freed = freed

    def __contains__(self, key: object) -> bool:
        return key not in self._freed and key in self._names


@dataclass(frozen=True, slots=True)
class _Lookup:
    """Matcher value: a place name (its candidate ids), a context word (its country), or a
    phrase that names something else and blocks the places inside it."""
    place_ids: tuple[str, ...] = ()
    context_country: str | None = None
    blocked: bool = False
    evidence_only: bool = False      # a demonym: evidence for far towns, not for namesakes


@dataclass(frozen=True)
class DocumentPlaces:
    """Every place of a document, plus its dateline place when the body opens with one."""
    mentions: list[PlaceMention]
    dateline: PlaceMention | None

    def most_frequent(self) -> PlaceMention | None:
        return most_frequent_place(self.mentions)

    def fallback(self) -> PlaceMention | None:
        return self.dateline or self.most_frequent()


# ---------------------------------------------------------------- data files

def validate_gazetteer(data: Any) -> None:
    where = GAZETTEER_FILE
    require(isinstance(data, dict), where, "must be an object")
    require(isinstance(data.get("header"), dict) and "attribution" in data["header"], where,
            "needs a header with the GeoNames attribution")
    require(isinstance(data.get("places"), list) and data["places"], where, "needs a places list")
    for key in ("country_context", "demonym_context"):
        table = data.get(key, {})
        require(isinstance(table, dict) and all(
            isinstance(words, list) and all(isinstance(w, str) for w in words) for words in table.values()),
            where, f"{key} must map countries to lists of words")
    capitals = data.get("capitals", {})
    require(isinstance(capitals, dict) and all(isinstance(v, str) for v in capitals.values()),
            where, "capitals must map countries to place ids")
    seen: set[str] = set()
    for i, p in enumerate(data["places"]):
        at = f"{where} places[{i}]"
        require(isinstance(p, dict), at, "must be an object")
        require(isinstance(p.get("id"), str) and p["id"] not in seen, at, "id missing or duplicate")
        seen.add(p["id"])
        require(p.get("precision") in PRECISIONS, at, f"precision must be one of {PRECISIONS}")
        country = p.get("country")
        require(country is None or (isinstance(country, str) and len(country) == 3 and country.isupper()),
                at, "country must be ISO alpha-3 or null")
        require(isinstance(p.get("lat"), (int, float)) and -90 <= p["lat"] <= 90, at, "bad lat")
        require(isinstance(p.get("lon"), (int, float)) and -180 <= p["lon"] <= 180, at, "bad lon")
        require(isinstance(p.get("party", True), bool), at, "party must be true or false")
        names = p.get("names")
        require(isinstance(names, list) and names and all(isinstance(n, str) and n.strip() for n in names),
                at, "names must be a non-empty list of strings")
    unknown = set(capitals.values()) - seen
    require(not unknown, where, f"capitals name unknown places: {sorted(unknown)[:5]}")


def validate_place_stopwords(data: Any) -> None:
    where = STOPWORDS_FILE
    require(isinstance(data, dict), where, "must be an object")
    lists = ("never", "needs_locative", "no_fused_locative", "needs_place_noun", "locative_triggers", "place_nouns",
             "following_directions", "not_places", "org_suffixes", "org_heads", "no_country_name_heads", "city_first",
             "capital_heads", "site_nouns", "given_names", "given_name_breaks", "given_name_heads",
             "demonym_place_nouns", "demonym_place_nouns_indefinite")
    for key in lists:
        require(isinstance(data.get(key), list) and all(isinstance(w, str) and w.strip() for w in data[key]),
                where, f"{key} must be a list of non-empty strings")
    require(isinstance(data.get("minor_city_population"), int) and data["minor_city_population"] >= 0,
            where, "minor_city_population must be a non-negative integer")
    require(isinstance(data.get("near_km"), (int, float)) and data["near_km"] > 0,
            where, "near_km must be a positive number")
    require(isinstance(data.get("far_town_population"), int)
            and data["far_town_population"] >= data["minor_city_population"],
            where, "far_town_population must be an integer no smaller than minor_city_population")
    require(isinstance(data.get("news_countries"), list) and all(
        isinstance(c, str) and len(c) == 3 and c.isupper() for c in data["news_countries"]),
        where, "news_countries must be a list of ISO alpha-3 codes")
    filters = [set(map(normalize_string, data[k])) for k in ("never", "needs_locative", "needs_place_noun")]
    overlap = (filters[0] & filters[1]) | (filters[0] & filters[2]) | (filters[1] & filters[2])
    require(not overlap, where, f"words in more than one filter list: {sorted(overlap)}")
    stray = set(map(normalize_string, data["no_fused_locative"])) - filters[1]
    require(not stray, where, f"no_fused_locative names not in needs_locative: {sorted(stray)}")
    _validate_construct(data.get("construct"), f"{where} construct")
    _validate_territory_towns(data.get("territory_towns"), f"{where} territory_towns")
    _validate_facility_names(data.get("facility_names"), f"{where} facility_names")


def _validate_facility_names(data: Any, where: str) -> None:
    require(isinstance(data, dict), where, "must be an object")
    require(isinstance(data.get("heads"), list) and data["heads"]
            and all(isinstance(w, str) and w.strip() for w in data["heads"]),
            where, "heads must be a non-empty list of non-empty strings")
    require(isinstance(data.get("far_km"), (int, float)) and data["far_km"] > 0, where, "far_km must be a positive number")
    require(isinstance(data.get("locator_words"), int) and data["locator_words"] > 0,
            where, "locator_words must be a positive integer")


def _validate_territory_towns(data: Any, where: str) -> None:
    require(isinstance(data, dict), where, "must be an object")
    towns = data.get("towns")
    require(isinstance(towns, dict) and towns and all(
        isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip() for k, v in towns.items()),
        where, "towns must map town names to territory names")
    for key in ("town_heads", "town_tails"):
        require(isinstance(data.get(key), list) and all(isinstance(w, str) and w.strip() for w in data[key]),
                where, f"{key} must be a list of non-empty strings")
    for key in ("district_km", "territory_km"):
        require(isinstance(data.get(key), (int, float)) and data[key] > 0, where, f"{key} must be a positive number")


def _validate_construct(data: Any, where: str) -> None:
    require(isinstance(data, dict), where, "must be an object")
    nouns = data.get("nouns")
    require(isinstance(nouns, dict) and nouns and all(
        isinstance(k, str) and k.strip() and v in PRECISIONS for k, v in nouns.items()),
        where, f"nouns must map place nouns to one of {PRECISIONS}")
    for key in ("needs_anchor", "name_heads", "links", "not_names"):
        require(isinstance(data.get(key), list) and all(isinstance(w, str) and w.strip() for w in data[key]),
                where, f"{key} must be a list of non-empty strings")
    unknown = set(data["needs_anchor"]) - set(nouns)
    require(not unknown, where, f"needs_anchor names nouns not in nouns: {sorted(unknown)}")


def _normalized_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


@lru_cache(maxsize=1)
def load_place_stopwords() -> PlaceStopwords:
    data = load_json(STOPWORDS_FILE)
    validate_place_stopwords(data)
    return PlaceStopwords(
        never=_normalized_set(data["never"]),
        needs_locative=_normalized_set(data["needs_locative"]),
        no_fused_locative=_normalized_set(data["no_fused_locative"]),
        needs_place_noun=_normalized_set(data["needs_place_noun"]),
        locative_triggers=_normalized_set(data["locative_triggers"]),
        place_nouns=_normalized_set(data["place_nouns"]),
        following_directions=_normalized_set(data["following_directions"]),
        minor_city_population=int(data["minor_city_population"]),
        near_km=float(data["near_km"]),
        site_nouns=_normalized_set(data["site_nouns"]),
        not_places=_normalized_set(data["not_places"]),
        org_suffixes=_normalized_set(data["org_suffixes"]),
        org_heads=_normalized_set(data["org_heads"]),
        no_country_name_heads=_normalized_set(data["no_country_name_heads"]),
        construct=_construct_rule(data["construct"]),
        city_first=_normalized_set(data["city_first"]),
        capital_heads=_normalized_set(data["capital_heads"]),
        given_names=_normalized_set(data["given_names"]),
        given_name_breaks=_normalized_set(data["given_name_breaks"]),
        given_name_heads=_normalized_set(data["given_name_heads"]),
        demonym_place_nouns=_normalized_set(data["demonym_place_nouns"]),
        demonym_place_nouns_indefinite=_normalized_set(data["demonym_place_nouns_indefinite"]),
        far_town_population=int(data["far_town_population"]),
        news_countries=frozenset(data["news_countries"]),
        territory_towns=_territory_town_rule(data["territory_towns"]),
        facility_names=FacilityNameRule(heads=_normalized_set(data["facility_names"]["heads"]),
                                        far_km=float(data["facility_names"]["far_km"]),
                                        locator_words=int(data["facility_names"]["locator_words"])),
    )


def _territory_town_rule(data: dict[str, Any]) -> TerritoryTownRule:
    return TerritoryTownRule(
        territories={normalize_key(k): v for k, v in data["towns"].items()},
        town_heads=_normalized_set(data["town_heads"]),
        town_tails=_normalized_set(data["town_tails"]),
        district_km=float(data["district_km"]),
        territory_km=float(data["territory_km"]),
    )


def _construct_rule(data: dict[str, Any]) -> ConstructRule:
    return ConstructRule(
        nouns={normalize_key(k): v for k, v in data["nouns"].items()},
        needs_anchor=_normalized_set(data["needs_anchor"]),
        name_heads=_normalized_set(data["name_heads"]),
        links=_normalized_set(data["links"]),
        not_names=_normalized_set(data["not_names"]),
    )


def _place_from_record(p: dict[str, Any]) -> Place:
    return Place(id=p["id"], name=p["name"], country=p.get("country"), lat=float(p["lat"]),
                 lon=float(p["lon"]), precision=p["precision"],
                 population=int(p.get("population", 0)), prior=int(p.get("prior", 0)),
                 party=p.get("party", True))


def _default_order(place: Place) -> tuple[int, int, str]:
    return (-place.prior, -place.population, place.id)


def gazetteer_from_data(data: dict[str, Any], stopwords: PlaceStopwords) -> Gazetteer:
    """Index validated gazetteer data: each normalised name to its candidates, the default
    choice (highest prior, then population) first."""
    validate_gazetteer(data)
    places = {p["id"]: _place_from_record(p) for p in data["places"]}
    by_name: dict[str, set[str]] = {}
    for p in data["places"]:
        for name in p["names"]:
            key = normalize_key(name)
            if key and key not in stopwords.never:
                by_name.setdefault(key, set()).add(p["id"])
    names = {k: tuple(sorted(ids, key=lambda i: _default_order(places[i]))) for k, ids in by_name.items()}
    context = _context_words(data.get("country_context", {}), names)
    demonyms = {k: c for k, c in _context_words(data.get("demonym_context", {}), names).items()
                if k not in context}
    nisbas = {**_context_words(data.get("demonym_context", {}), ()),
              **_context_words(data.get("country_context", {}), ())}
    return Gazetteer(places, names, context, stopwords, data["header"], demonyms,
                     dict(data.get("capitals", {})), nisbas, _territories(places, names, stopwords))


def _territories(places: dict[str, Place], names: dict[str, tuple[str, ...]],
                 stopwords: PlaceStopwords) -> dict[str, str]:
    """Town id -> the id of the territory named after it, for the ``territory_towns`` of
    the stopwords: the town's reading of city precision and the territory's of region or
    governorate precision in the same country, both required."""
    rule = stopwords.territory_towns
    out: dict[str, str] = {}
    for town_name, territory_name in (rule.territories.items() if rule else ()):
        town = next((i for i in names.get(town_name, ()) if places[i].precision == "city"), None)
        territory = next((i for i in names.get(normalize_key(territory_name), ())
                          if town is not None and places[i].precision in ("region", "admin1")
                          and places[i].country == places[town].country), None)
        if town is None or territory is None:
            raise DataError(f"{STOPWORDS_FILE} territory_towns: {town_name} / {territory_name} "
                            "needs a town and a territory of its country in the gazetteer")
        out[town] = territory
    return out


def _context_words(table: dict[str, list[str]], names: Container[str]) -> dict[str, str]:
    """Normalised context word -> its country; a word that is also a place name is the place."""
    out = {}
    for country, words in table.items():
        for word in words:
            key = normalize_key(word)
            if key not in names:
                out[key] = country
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    data = load_json(GAZETTEER_FILE)
    if not isinstance(data, dict):
        raise DataError(f"{GAZETTEER_FILE}: must be an object")
    return gazetteer_from_data(data, load_place_stopwords())


# ---------------------------------------------------------------- finding

class PlaceFinder:
    """Finds place mentions: non-overlapping, longest match, in text order."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._matcher: LexiconMatcher[_Lookup] = LexiconMatcher()
        for key, ids in sorted(gazetteer.names.items()):
            self._matcher.add(key, _Lookup(place_ids=ids))
        for key, country in sorted(gazetteer.context.items()):
            self._matcher.add(key, _Lookup(context_country=country))
        for key, country in sorted(gazetteer.demonyms.items()):
            self._matcher.add(key, _Lookup(context_country=country, evidence_only=True))
        self._territory = _territory_points(gazetteer)
        self._far_towns = far_towns(gazetteer)
        for key in sorted(gazetteer.stopwords.not_places):
            self._matcher.add(key, _Lookup(blocked=True))

    @classmethod
    def default(cls) -> PlaceFinder:
        """The finder over the shipped gazetteer (built once, then shared)."""
        return default_finder()

    def find(self, layer: TextLayer) -> list[PlaceMention]:
        matches = self._accepted_matches(layer)
        doc_counts, sentence_counts = self._country_context(layer, matches)
        evidence = self._country_evidence(layer, matches)
        mentions = []
        refused: set[str] = set()
        for k, m in enumerate(matches):
            ids = self._reading_order(layer, matches, k, self._subdivision_ids(layer, m, doc_counts))
            ids = self._plausible_ids(layer, m, ids, evidence)
            if not ids:
                if m.value.place_ids:
                    refused.add(m.key)
                continue
            sentence = layer.sentence_at(m.start)
            local = sentence_counts.get(sentence.index if sentence else -1, Counter())
            place = self._resolve(ids, local, doc_counts)
            mentions.append(_mention(layer.text, m, place))
        names: Container[str] = _NamesExcept(self.gazetteer.names, frozenset(refused)) if refused \
            else self.gazetteer.names
        mentions = anchored_homonyms(layer, mentions, self.gazetteer.stopwords.construct)
        mentions = territory_readings(layer, mentions, self.gazetteer)
        named = demonym_places(layer, mentions, self.gazetteer)
        if named:
            mentions = sorted([m for m in mentions if not _overlaps(m.start, m.end, named)] + named,
                              key=lambda p: p.start)
        constructed = constructed_places(layer, mentions, self.gazetteer.stopwords.construct,
                                         home_country(layer, mentions), names)
        mentions = [m for m in mentions if not _after_cause_phrase(layer, m)]
        return sorted(mentions + constructed, key=lambda p: p.start) if constructed else mentions

    def _plausible_ids(self, layer: TextLayer, m: Match[_Lookup], ids: tuple[str, ...],
                       evidence: CountryEvidence) -> tuple[str, ...]:
        """Drop far-away homonyms: a minor GeoNames town (or any GeoNames town named as a
        military site, "ثكنة X") in a country the document does not name, and (for minor
        towns) farther than ``near_km`` from every place it names and from the main cities
        of every country it names.  A document naming no place keeps every candidate (a
        lone demonym, as in "Chinese companies in Abyei", says nothing about where), but a
        far town (``far_towns``) even then needs its country named, a named place near it,
        or a locative word before it: "وألم" (and pain) is no German town."""
        places = self.gazetteer.places
        if not evidence.names_places:
            return self._minor_left_in_context(layer, m, ids, tuple(
                i for i in ids if i not in self._far_towns or self._far_town_plausible(layer, m, places[i], evidence)))
        after_site = self._after_site_noun(layer, m)

        def plausible(place_id: str) -> bool:
            place = places[place_id]
            if place.country in evidence.countries:
                return True
            if after_site and place_id.startswith(GEONAMES_PREFIX):
                return False
            if place_id in self._far_towns:
                return self._far_town_plausible(layer, m, place, evidence)
            return not self._is_minor_town(place_id) or self._near(place, evidence)

        return self._minor_left_in_context(layer, m, ids, tuple(i for i in ids if plausible(i)))

    def _minor_left_in_context(self, layer: TextLayer, m: Match[_Lookup], ids: tuple[str, ...],
                               kept: tuple[str, ...]) -> tuple[str, ...]:
        """With a far town refused, the minor towns left of the same name need the context a
        minor town always needs (``_context_allows`` did not ask it of a larger namesake)."""
        if len(kept) == len(ids) or not all(self._is_minor_town(i) for i in kept) \
                or after_locative_word(layer, m, self.gazetteer.stopwords) or _fused_long_name(m):
            return kept
        return ()

    def _far_town_plausible(self, layer: TextLayer, m: Match[_Lookup], place: Place,
                            evidence: CountryEvidence) -> bool:
        """A far town stays with its country named, near a place the document names, or
        introduced as a place: by a locative word or place noun (في، قرب، مدينة ...; a fused ب
        alone is not enough: "بألم") or as the genitive of a head that owns a place ("شرطة
        X"، "سكان X": the ``given_name_heads``)."""
        sw = self.gazetteer.stopwords
        return place.country in evidence.countries or self._near(place, evidence) \
            or after_locative_word(layer, m, sw) \
            or _without_conjunction(previous_word(layer, m.word_start)) in sw.given_name_heads

    def _near(self, place: Place, evidence: CountryEvidence) -> bool:
        limit = self.gazetteer.stopwords.near_km
        return any(distance_km(place.lat, place.lon, lat, lon) <= limit for lat, lon in evidence.points)

    def _names_a_site(self, layer: TextLayer, m: Match[_Lookup]) -> bool:
        """A GeoNames name after a site noun is what the evidence must judge, not part of it."""
        return any(i.startswith(GEONAMES_PREFIX) for i in m.value.place_ids) and self._after_site_noun(layer, m)

    def _after_site_noun(self, layer: TextLayer, m: Match[_Lookup]) -> bool:
        """The name follows a military-site noun: "ثكنة X"، "موقع «X»" (quotes are not in
        the normalised text)."""
        return _without_conjunction(previous_word(layer, m.word_start)) in self.gazetteer.stopwords.site_nouns

    def _country_evidence(self, layer: TextLayer, matches: list[Match[_Lookup]]) -> CountryEvidence:
        """Countries and points the document names plainly, minor towns left out (they are
        what the evidence must judge)."""
        places = self.gazetteer.places
        countries: set[str] = set()
        points: list[tuple[float, float]] = []
        names_places = False
        for m in matches:
            ids = m.value.place_ids
            country = m.value.context_country or self._single_country(ids)
            if country is None or (ids and all(self._needs_evidence(i) for i in ids)) \
                    or self._after_subdivision_noun(layer, m) or self._names_a_site(layer, m):
                continue
            if country not in countries:
                points.extend(self._territory.get(country, ()))
            countries.add(country)
            names_places = names_places or bool(ids)
            points.extend((places[i].lat, places[i].lon) for i in ids)
        return CountryEvidence(frozenset(countries), names_places, tuple(points))

    def _subdivision_ids(self, layer: TextLayer, m: Match[_Lookup], doc: Counter[str]) -> tuple[str, ...]:
        """The candidates a name may be: after "ولاية/محافظة/إقليم" neither a country nor a
        town of a country the document never names ("ولاية يوبي" in a report on Nigeria is
        no Japanese town).  A subdivision the gazetteer does not hold gives no mention: the
        sentence's country, if it names one, is the better location."""
        ids = m.value.place_ids
        if not self._after_subdivision_noun(layer, m):
            return ids
        places = self.gazetteer.places

        def plausible(p: Place) -> bool:
            well_known = not p.id.startswith(GEONAMES_PREFIX) or p.population >= MAJOR_CITY_POPULATION
            return p.precision != "city" or well_known or not +doc or doc[p.country] > 0

        return tuple(i for i in ids if places[i].precision != "country" and plausible(places[i]))

    def _reading_order(self, layer: TextLayer, matches: list[Match[_Lookup]], k: int,
                       ids: tuple[str, ...]) -> tuple[str, ...]:
        """A name both a country's and a city's (عمان: Oman, Amman): after "العاصمة" it is
        the city; joined to another country by و or a comma it is the country ("قطر وعمان");
        else a ``city_first`` name reads as the city unless the context supports the country."""
        places = self.gazetteer.places
        countries = tuple(i for i in ids if places[i].precision == "country")
        cities = tuple(i for i in ids if places[i].precision != "country")
        if not countries or not cities:
            return ids
        if self._after_capital_head(layer, matches[k]):
            return cities
        if self._coordinated_with_country(layer, matches, k):
            return countries
        return cities + countries if matches[k].key in self.gazetteer.stopwords.city_first else ids

    def _after_capital_head(self, layer: TextLayer, m: Match[_Lookup]) -> bool:
        """"العاصمة عمان"، "بالعاصمة الأردنية عمان": a capital is a city (one adjective may
        stand between)."""
        heads = self.gazetteer.stopwords.capital_heads
        before = previous_word(layer, m.word_start)
        if _bare(before) in heads:
            return True
        start = normalized_position(layer, m.word_start) - len(before) - 1
        return before.startswith("ال") and _bare(_word_before(layer.norm, start)) in heads

    def _coordinated_with_country(self, layer: TextLayer, matches: list[Match[_Lookup]], k: int) -> bool:
        places = self.gazetteer.places

        def is_country(j: int) -> bool:
            ids = matches[j].value.place_ids if 0 <= j < len(matches) else ()
            return bool(ids) and all(places[i].precision == "country" for i in ids)

        def joined(a: Match[_Lookup], b: Match[_Lookup]) -> bool:
            return layer.text[a.end:b.word_start].strip() in ("", "،", ",") \
                and (b.prefix.startswith("و") or layer.text[a.end:b.word_start].strip() in ("،", ","))

        before = is_country(k - 1) and joined(matches[k - 1], matches[k])
        after = is_country(k + 1) and joined(matches[k], matches[k + 1])
        return before or after

    @staticmethod
    def _after_subdivision_noun(layer: TextLayer, m: Match[_Lookup]) -> bool:
        before = previous_word(layer, m.word_start)
        return bool({before, _without_conjunction(before)} & _subdivision_nouns())    # ولاية, وولاية

    def find_document(self, layer: TextLayer) -> DocumentPlaces:
        mentions = self.find(layer)
        return DocumentPlaces(mentions, find_dateline(layer, mentions))

    def _accepted_matches(self, layer: TextLayer) -> list[Match[_Lookup]]:
        view = layer.view
        kept = [m for m in self._matcher.find(view) if self._context_allows(layer, m)]
        return [m for m in longest_nonoverlapping(kept)
                if not m.value.blocked and not self._inside_a_name(layer, m)]

    def _inside_a_name(self, layer: TextLayer, m: Match[_Lookup]) -> bool:
        """سرايا القدس، مصرف لبنان، واشنطن بوست: the place word belongs to another name."""
        if not m.value.place_ids:
            return False
        sw = self.gazetteer.stopwords
        before = _without_conjunction(previous_word(layer, m.word_start))
        if before in sw.org_heads and before in sw.site_nouns and self._curated_locality(m.value.place_ids):
            return False    # "موقع المالكية" is an army post; "موقع أكسيوس" a news site
        return before in sw.org_heads or next_word(layer, m.end) in sw.org_suffixes

    def _curated_locality(self, place_ids: tuple[str, ...]) -> bool:
        """A reading is a hand-listed town or site (not a country, region or GeoNames city)."""
        places = self.gazetteer.places
        return any(not i.startswith(GEONAMES_PREFIX) and places[i].precision in ("city", "neighbourhood")
                   for i in place_ids)

    def _context_allows(self, layer: TextLayer, m: Match[_Lookup]) -> bool:
        if not m.value.place_ids:
            return True
        if REFUSED_PROCLITIC in m.prefix:
            return False
        sw = self.gazetteer.stopwords
        if m.key in sw.needs_place_noun:
            return after_place_noun(layer, m, sw)
        if m.key in sw.needs_locative:
            return is_locative(layer, m, sw)
        if all(self._is_minor_town(i) for i in m.value.place_ids):
            return after_locative_word(layer, m, sw) or _fused_long_name(m)
        return not self._is_given_name(layer, m)

    def _is_given_name(self, layer: TextLayer, m: Match[_Lookup]) -> bool:
        """"نانسي بيلوسي"، "فيكتوريا نولاند": a place name that is also a given name, with a
        surname after it and nothing making it a place (في/ب/إلى before it, a head such as
        رئيس or عاصمة whose genitive it is)."""
        sw = self.gazetteer.stopwords
        if m.key not in sw.given_names or LOCATIVE_PROCLITIC in m.prefix or m.prefix.endswith("ل") \
                or is_locative(layer, m, sw):
            return False
        before = _without_conjunction(previous_word(layer, m.word_start))
        if before in sw.given_name_heads \
                or before in function_words().destination_origin_prepositions:    # إلى، من
            return False
        return self._is_surname_like(next_word(layer, m.end))

    def _is_surname_like(self, word: str) -> bool:
        """An indefinite word with no proclitic before an article ("بالتزامن"، "للمشاركة"),
        no و/ف, that is neither a place, a function or time word, nor a present-tense verb
        ("جورجيا تعلن": the country speaks).  A ب or ل may begin a surname ("بيلوسي")."""
        sw = self.gazetteer.stopwords
        return len(word) > 2 and not word.startswith(("ال", "بال", "لل", "و", "ف", "ت", "ي")) \
            and not word.isdigit() and word not in sw.given_name_breaks \
            and word not in self.gazetteer.names and word not in sw.following_directions

    def _needs_evidence(self, place_id: str) -> bool:
        """A minor or far town: what the country evidence judges, never part of it."""
        return place_id in self._far_towns or self._is_minor_town(place_id)

    def _is_minor_town(self, place_id: str) -> bool:
        place = self.gazetteer.places[place_id]
        return (place_id.startswith(GEONAMES_PREFIX) and place.precision == "city"
                and place.population < self.gazetteer.stopwords.minor_city_population)

    def _country_context(self, layer: TextLayer, matches: list[Match[_Lookup]]
                         ) -> tuple[Counter[str], dict[int, Counter[str]]]:
        """Countries the document states plainly: context words and unambiguous places."""
        doc: Counter[str] = Counter()
        by_sentence: dict[int, Counter[str]] = {}
        for m in matches:
            if m.value.evidence_only:
                continue
            country = m.value.context_country or self._single_country(m.value.place_ids)
            if country is None or self._after_subdivision_noun(layer, m):
                continue    # "ولاية X" is what the context must decide, not part of it
            doc[country] += 1
            sentence = layer.sentence_at(m.start)
            by_sentence.setdefault(sentence.index if sentence else -1, Counter())[country] += 1
        return doc, by_sentence

    def _single_country(self, ids: tuple[str, ...]) -> str | None:
        countries = {self.gazetteer.places[i].country for i in ids}
        return countries.pop() if len(countries) == 1 else None

    def _resolve(self, ids: tuple[str, ...], local: Counter[str], doc: Counter[str]) -> Place:
        candidates = [self.gazetteer.places[i] for i in ids]
        if len({p.country for p in candidates}) == 1:
            return candidates[0]

        def support(p: Place) -> int:
            if p.country is None:
                return 0
            if self._is_minor_town(p.id):    # a small namesake needs its country in the sentence
                return SENTENCE_CONTEXT_WEIGHT * local[p.country]
            return SENTENCE_CONTEXT_WEIGHT * local[p.country] + doc[p.country]

        # ids are in default order already; max keeps the first among equals
        return max(candidates, key=support)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _territory_points(gazetteer: Gazetteer) -> dict[str, tuple[tuple[float, float], ...]]:
    """Per country, the points that stand for its territory: its own point and its places
    other than minor GeoNames towns (a capital alone is far from a border town: Melilla lies
    by Nador, 400 km from Rabat)."""
    minor = gazetteer.stopwords.minor_city_population
    out: dict[str, list[tuple[float, float]]] = {}
    for place in gazetteer.places.values():
        small_town = place.id.startswith(GEONAMES_PREFIX) and place.precision == "city" \
            and place.population < minor
        if place.country and not small_town:
            out.setdefault(place.country, []).append((place.lat, place.lon))
    return {country: tuple(points) for country, points in out.items()}


def far_towns(gazetteer: Gazetteer) -> frozenset[str]:
    """GeoNames towns abroad that are too large to be minor but not famous: from
    ``minor_city_population`` up to ``far_town_population``, in none of the
    ``news_countries`` (where the gazetteer is dense and the news happens) and no capital.
    Many carry Arabic names that are common words or given names (ألم Ulm, سار Sarh, الزاوية
    Zawiya, هالة Halle), so, like minor towns, they vouch for no country and need one."""
    sw = gazetteer.stopwords
    capitals = set(gazetteer.capitals.values())
    return frozenset(p.id for p in gazetteer.places.values()
                     if p.id.startswith(GEONAMES_PREFIX) and p.precision == "city"
                     and sw.minor_city_population <= p.population < sw.far_town_population
                     and p.country not in sw.news_countries and p.id not in capitals)


def normalized_position(layer: TextLayer, offset: int) -> int:
    """Index in the normalised view of the first kept character at or after ``offset``."""
    # Normalized.to_normalized would do, but its cached index cannot live on a slots class.
    return bisect_left(layer.view.origin, offset)


CAUSE_PHRASE_REACH = 60   # characters before a place: room for its two-word cause phrase


def _after_cause_phrase(layer: TextLayer, place: PlaceMention) -> bool:
    """"من أجل فلسطين"، "نصرة لغزة": the place is what someone acts for, not where."""
    end = normalized_position(layer, place.start)
    start = max(0, end - CAUSE_PHRASE_REACH)
    before = layer.norm[start:end].split()[1 if start else 0:]     # the first may be cut
    last_two = " ".join(before[-2:])
    return any(last_two == phrase or last_two.endswith(" " + phrase) or _bare_proclitic_of(before, phrase)
               for phrase in _cause_place_phrases())


def _bare_proclitic_of(before: list[str], phrase: str) -> bool:
    """"نصرة ل" + place: the proclitic ل stands alone when the place starts after it."""
    return len(before) >= 2 and before[-1] == "ل" and before[-2] == phrase


@lru_cache(maxsize=1)
def _cause_place_phrases() -> frozenset[str]:
    return frozenset(normalize_string(w) for w in function_words().cause_place_phrases)


def previous_word(layer: TextLayer, word_start: int) -> str:
    """The normalised word before ``word_start`` (punctuation in between breaks it)."""
    return _word_before(layer.norm, normalized_position(layer, word_start))


def next_word(layer: TextLayer, end: int) -> str:
    norm = layer.norm
    start = normalized_position(layer, end)
    while start < len(norm) and norm[start] == " ":
        start += 1
    stop = start
    while stop < len(norm) and is_word_char(norm[stop]):
        stop += 1
    return norm[start:stop]


def _word_before(norm: str, end: int) -> str:
    """The word of the normalised text ending at or before ``end``."""
    while end > 0 and norm[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and is_word_char(norm[start - 1]):
        start -= 1
    return norm[start:end]


def _bare(word: str) -> str:
    """A word without a leading و/ف and then ب: "وبالعاصمة" -> "العاصمة"."""
    return _without_proclitics(word, (LOCATIVE_PROCLITIC,))


def _without_conjunction(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in CONJUNCTIONS else word


def is_locative(layer: TextLayer, m: Match[Any], sw: PlaceStopwords) -> bool:
    """A name that is also a word is a place after في / مدينة / جنوب ... or a site noun
    (موقع، ثكنة), with ب fused to it (unless ب makes it a common phrase: بحجة), or when a
    direction word follows (صور جنوب لبنان)."""
    fused = LOCATIVE_PROCLITIC in m.prefix and m.key not in sw.no_fused_locative
    if fused or after_locative_word(layer, m, sw):
        return True
    if _without_conjunction(previous_word(layer, m.word_start)) in sw.site_nouns:
        return True     # "موقع المالكية"، "ثكنة X": an army post is a place
    return next_word(layer, m.end) in sw.following_directions


def _fused_long_name(m: Match[Any]) -> bool:
    """A name of several words with ب or ل written onto it ("بأم الفحم"، "للقدس القديمة"):
    the preposition introduces a place as a locative word would, and a run of words is
    seldom a common phrase."""
    return " " in m.key and m.prefix.lstrip("".join(CONJUNCTIONS)) in NOUN_PREPOSITIONS


def after_locative_word(layer: TextLayer, m: Match[Any], sw: PlaceStopwords) -> bool:
    """The word before the name is a locative trigger or a place noun (في، قرب، بلدة ...),
    also a direction with ب written onto it ("بجنوب الخليل" as "جنوب الخليل")."""
    before = previous_word(layer, m.word_start)
    words = {before, _without_conjunction(before), _bare(before)}
    return bool(words & sw.locative_triggers) or after_place_noun(layer, m, sw)


def after_place_noun(layer: TextLayer, m: Match[Any], sw: PlaceStopwords) -> bool:
    """The word before the name is a place noun, also with و/ف and a fused ب/ل
    ("بمدينة الخليل"، "ولبلدة ...")."""
    word = _without_conjunction(previous_word(layer, m.word_start))
    forms = {word}
    if len(word) > 3 and word[0] in NOUN_PREPOSITIONS:
        forms.add(word[1:])
    return bool(forms & sw.place_nouns)


def _mention(text: str, m: Match[_Lookup], place: Place) -> PlaceMention:
    return PlaceMention(start=m.start, end=m.end, text=text[m.start:m.end], name=place.name,
                        country=place.country, lat=place.lat, lon=place.lon,
                        precision=place.precision, id=place.id, party=place.party)


# ---------------------------------------------------------------- places by construction

def constructed_places(layer: TextLayer, known: Sequence[PlaceMention], rule: ConstructRule,
                       home: str | None, gazetteer_names: Container[str] = ()) -> list[PlaceMention]:
    """Places the gazetteer does not hold, named after a place noun: "بلدة X جنوب نابلس",
    "مخيم X".  The country is that of a known place right after the name, else the
    report's own country (not for nouns that need the anchor); without one, no mention.
    A gazetteer name the filters refused here stays refused."""
    tokens = layer.tokens
    out: list[PlaceMention] = []
    i = 0
    while i < len(tokens) - 1:
        noun = _place_noun(tokens[i].norm, rule)
        span = _unknown_name(layer, tokens, i + 1, rule, known, gazetteer_names) if noun else None
        if noun is None or span is None:
            i += 1
            continue
        first, last = span
        anchor = _anchor_after(tokens, last + 1, rule, known)
        country = anchor.country if anchor else (None if noun in rule.needs_anchor else home)
        if country is not None:
            start, end = tokens[first].start, tokens[last].end
            surface = layer.text[start:end]
            out.append(PlaceMention(start=start, end=end, text=surface, name=surface, country=country,
                                    lat=None, lon=None, precision=rule.nouns[noun],
                                    id=CONSTRUCTED_PREFIX + " ".join(t.norm for t in tokens[first:last + 1])))
        i = last + 1
    repeated = _repeated_names(layer, known, out, rule)
    return out + repeated + _repeated_long_names(layer, list(known) + repeated, out)


def anchored_homonyms(layer: TextLayer, mentions: Sequence[PlaceMention],
                      rule: ConstructRule) -> list[PlaceMention]:
    """A town or district read after a place noun and anchored by a place of another country
    far from it is the anchor's local namesake: "حي الجنينة شرق مدينة رفح" is a Rafah
    district, not El Geneina in Sudan; "منطقة الزرقاء شمال غزة" is not Zarqa in Jordan.
    Such a mention becomes a place by construction in the anchor's country."""
    tokens = layer.tokens
    starts = {t.start: j for j, t in enumerate(tokens)}
    ends = {t.end: j for j, t in enumerate(tokens)}
    out: list[PlaceMention] = []
    for m in mentions:
        first, last = starts.get(m.start), ends.get(m.end)
        noun = _place_noun(tokens[first - 1].norm, rule) if first and last is not None else None
        anchor = _anchor_after(tokens, last + 1, rule, mentions) \
            if noun is not None and last is not None and _joined(layer, tokens, first) else None
        if noun is None or anchor is None or not _foreign_namesake(m, anchor):
            out.append(m)
            continue
        out.append(PlaceMention(start=m.start, end=m.end, text=m.text, name=m.text,
                                country=anchor.country, lat=None, lon=None,
                                precision=rule.nouns[noun],
                                id=CONSTRUCTED_PREFIX + " ".join(t.norm for t in tokens[first:last + 1])))
    return out


# between a district and the town it lies in: nothing, في or a fused ب ("حي الدرج في غزة")
_DISTRICT_LINK = re.compile(r"[\s،,]*(?:في\s+|ب)?")
# between two places of one list: a comma or و ("خان يونس وغزة"، "غزة، رفح")
_LIST_LINK = re.compile(r"\s*(?:[،,]\s*و?|و)")


def territory_readings(layer: TextLayer, mentions: Sequence[PlaceMention],
                       gazetteer: Gazetteer) -> list[PlaceMention]:
    """A town named bare that gives its name to the territory around it is that territory
    ("العدوان على غزة"، "وزارة الصحة بغزة"، "أهالي غزة" mean the Gaza Strip), unless a cue
    makes it the town (``_names_the_town``).  The mention keeps its span."""
    rule = gazetteer.stopwords.territory_towns
    if not gazetteer.territories or rule is None:
        return list(mentions)
    out: list[PlaceMention] = []
    for k, m in enumerate(mentions):
        territory_id = gazetteer.territories.get(m.id or "")
        bare = normalize_key(m.text) in rule.territories        # not "مدينة غزة"
        if territory_id is None or not bare or _names_the_town(layer, mentions, k, gazetteer):
            out.append(m)
            continue
        t = gazetteer.places[territory_id]
        out.append(PlaceMention(start=m.start, end=m.end, text=m.text, name=t.name, country=t.country,
                                lat=t.lat, lon=t.lon, precision=t.precision, id=t.id, party=t.party))
    return out


def _names_the_town(layer: TextLayer, mentions: Sequence[PlaceMention], k: int,
                    gazetteer: Gazetteer) -> bool:
    """The cues of ``TerritoryTownRule`` (``place_stopwords.json`` says each): a town head
    or direction right before the name, a district of the town right before it, a tail
    word right after it, or a place of the territory joined to it in a list."""
    sw = gazetteer.stopwords
    rule = sw.territory_towns
    assert rule is not None     # gazetteer.territories is only filled with a rule
    m = mentions[k]
    before = previous_word(layer, _word_start(layer, m.start))
    forms = {_without_conjunction(before), _without_proclitics(before)}     # "بلدية", "بمدينتي"
    if forms & rule.town_heads or _bare(before) in sw.following_directions:
        return True
    if next_word(layer, m.end) in rule.town_tails:
        return True
    town = gazetteer.places[m.id or ""]
    territory = gazetteer.places[gazetteer.territories[town.id]]
    text = layer.text
    if k > 0 and _near(mentions[k - 1], town, rule.district_km) and mentions[k - 1].precision == "neighbourhood" \
            and _DISTRICT_LINK.fullmatch(text, mentions[k - 1].end, m.start):
        return True
    neighbours = ([(mentions[k - 1], mentions[k - 1].end, m.start)] if k > 0 else []) \
        + ([(mentions[k + 1], m.end, mentions[k + 1].start)] if k + 1 < len(mentions) else [])
    return any(_LIST_LINK.fullmatch(text, gap_start, gap_end) is not None
               and p.country == territory.country and p.precision in ("city", "neighbourhood", "admin1")
               and p.id not in (town.id, territory.id) and _near(p, territory, rule.territory_km)
               for p, gap_start, gap_end in neighbours)


def _word_start(layer: TextLayer, offset: int) -> int:
    """Where the word holding ``offset`` begins, its proclitics included ("بغزة")."""
    return next((t.start for t in layer.tokens if t.start <= offset < t.end), offset)


def _near(mention: PlaceMention, place: Place, km: float) -> bool:
    return mention.lat is not None and mention.lon is not None \
        and distance_km(mention.lat, mention.lon, place.lat, place.lon) <= km


def _foreign_namesake(mention: PlaceMention, anchor: PlaceMention) -> bool:
    """The mention is a town or district of another country than its anchor (a town, region
    or governorate, not a whole country) and far from it."""
    if mention.precision not in ANCHORED_PRECISIONS or anchor.precision == "country" \
            or anchor.country is None or anchor.country == mention.country:
        return False
    if None in (mention.lat, mention.lon, anchor.lat, anchor.lon):
        return False
    return distance_km(mention.lat, mention.lon, anchor.lat, anchor.lon) > HOMONYM_ANCHOR_KM   # type: ignore[arg-type]


def _repeated_names(layer: TextLayer, known: Sequence[PlaceMention],
                    constructed: Sequence[PlaceMention], rule: ConstructRule) -> list[PlaceMention]:
    """A one-word name the document introduced with its place noun is the same place when it
    comes back bare after a locative word or with ب ("في قريوت"، "بقريوت"), or after a
    place noun where nothing anchors it (a settlement's country is known from the one
    mention with a place after it: "مستوطنة "شامير"، شمالي فلسطين المحتلة")."""
    by_name = {m.id[len(CONSTRUCTED_PREFIX):]: m for m in constructed if m.id and " " not in m.id}
    taken = list(known) + list(constructed)
    out: list[PlaceMention] = []
    tokens = layer.tokens
    locative = function_words().locative_repeat_words
    for j, t in enumerate(tokens):
        found = next(((p, t.norm[:len(t.norm) - len(n)]) for n, p in by_name.items()
                      if t.norm.endswith(n) and t.norm[:len(t.norm) - len(n)] in REPEAT_PREFIXES), None)
        if found is None or _overlaps(t.start, t.end, taken):
            continue
        place, prefix = found
        surface = place.text
        before = _without_conjunction(tokens[j - 1].norm) if j > 0 else ""
        if not t.text.endswith(surface) or (LOCATIVE_PROCLITIC not in prefix and before not in locative
                                            and (prefix or _place_noun(before, rule) is None)):
            continue
        start = t.end - len(surface)
        out.append(PlaceMention(start=start, end=t.end, text=surface, name=place.name,
                                country=place.country, lat=None, lon=None,
                                precision=place.precision, id=place.id, party=place.party))
    return out


def _repeated_long_names(layer: TextLayer, known: Sequence[PlaceMention],
                         constructed: Sequence[PlaceMention]) -> list[PlaceMention]:
    """A name of several words the document introduced with its place noun ("بلدة كفر
    دان") is the same place wherever it comes back, bare or with a proclitic written onto
    its first word ("بكفر دان"، "ولكفر دان"): two or more words seldom spell a place by
    chance."""
    by_words = {tuple(m.id[len(CONSTRUCTED_PREFIX):].split()): m for m in constructed
                if m.id and " " in m.id}
    if not by_words:
        return []
    taken = list(known) + list(constructed)
    tokens = layer.tokens
    out: list[PlaceMention] = []
    for j, t in enumerate(tokens):
        for words, place in by_words.items():
            last = j + len(words) - 1
            if last >= len(tokens) or not t.norm.endswith(words[0]) \
                    or t.norm[:len(t.norm) - len(words[0])] not in LONG_REPEAT_PREFIXES \
                    or any(tokens[j + k].norm != w for k, w in enumerate(words[1:], 1)) \
                    or not all(_joined(layer, tokens, k) for k in range(j + 1, last + 1)):
                continue
            start = t.end - len(place.text.split()[0])
            if not t.text.endswith(place.text.split()[0]) \
                    or _overlaps(start, tokens[last].end, taken + out):
                continue
            out.append(PlaceMention(start=start, end=tokens[last].end,
                                    text=layer.text[start:tokens[last].end], name=place.name,
                                    country=place.country, lat=None, lon=None,
                                    precision=place.precision, id=place.id, party=place.party))
    return out


def _place_noun(word: str, rule: ConstructRule) -> str | None:
    """The place noun a word is, through و/ف and ب/ل: "وبلدة" -> "بلده"."""
    forms = [word]
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        forms.append(word[1:])
    forms += [f[1:] for f in list(forms) if len(f) > 3 and f[0] in NOUN_PREPOSITIONS]
    return next((f for f in forms if f in rule.nouns), None)


def demonym_places(layer: TextLayer, known: Sequence[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Places named by a noun and a demonym, with no name after them ("العاصمة الأردنية
    عمان" names its city): "العاصمة التونسية" is the capital of Tunisia; "مدن مغربية"، "المدن
    الفرنسية" (a noun of ``demonym_place_nouns`` and a demonym that agrees with it) and "20
    مدينة بريطانية" (``demonym_place_nouns_indefinite``, indefinite only: "المدينة الإيطالية"
    refers back to a city already named) are somewhere in that country.  A town spelt like
    the demonym ("سويدية") gives way to that reading."""
    tokens = layer.tokens
    sw = gazetteer.stopwords
    out: list[PlaceMention] = []
    for j in range(len(tokens) - 1):
        head, word = tokens[j], tokens[j + 1]
        noun = _without_proclitics(head.norm)
        if not _heads_demonym_place(noun, sw):
            continue
        definite = noun.startswith("ال")
        if layer.text[head.end:word.start].strip() or _overlaps(head.start, head.end, known) \
                or any(m.start < word.end and word.start < m.end and (m.start, m.end) != (word.start, word.end)
                       for m in known) \
                or (j + 2 < len(tokens) and any(m.start == tokens[j + 2].start for m in known)):
            continue
        place: Place | None = None
        if noun in sw.capital_heads and word.norm.startswith("ال"):
            country = _demonym_country(word.norm, gazetteer)
            place = gazetteer.places.get(gazetteer.capitals.get(country, "")) if country else None
        elif word.norm.startswith("ال") == definite and (noun.removeprefix("ال") in sw.demonym_place_nouns
                                                         or noun in sw.demonym_place_nouns_indefinite):
            country = _demonym_country(word.norm if definite else "ال" + word.norm, gazetteer)
            place = gazetteer.places.get(f"{COUNTRY_PREFIX}{country}") if country else None
        if place is None:
            continue
        start = head.start + len(head.norm) - len(noun)
        out.append(PlaceMention(start=start, end=word.end, text=layer.text[start:word.end], name=place.name,
                                country=place.country, lat=place.lat, lon=place.lon,
                                precision=place.precision, id=place.id, party=place.party))
    return out


def _heads_demonym_place(noun: str, sw: PlaceStopwords) -> bool:
    """Could a demonym after ``noun`` name a place (the tests of ``demonym_places``, cheapest first)?"""
    return noun in sw.capital_heads or noun.removeprefix("ال") in sw.demonym_place_nouns \
        or noun in sw.demonym_place_nouns_indefinite


def _without_proclitics(word: str, prepositions: tuple[str, ...] = NOUN_PREPOSITIONS) -> str:
    """"وبالعاصمة" -> "العاصمة", "بمدن" -> "مدن": a leading و/ف, then one of ``prepositions``."""
    word = _without_conjunction(word)
    return word[1:] if len(word) > 3 and word[0] in prepositions else word


def _demonym_country(word: str, gazetteer: Gazetteer) -> str | None:
    return gazetteer.nisba_countries.get(normalize_key(word))


def _overlaps(start: int, end: int, mentions: Sequence[PlaceMention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _unknown_name(layer: TextLayer, tokens: Sequence[Token], j: int, rule: ConstructRule,
                  known: Sequence[PlaceMention], gazetteer_names: Container[str]) -> tuple[int, int] | None:
    """The token span of the name after a place noun at ``j - 1``: one word, or more after
    name heads (كفر قدوم، دوار أبو علي), or the words between quotation marks (مستوطنة
    "كرمي تسور"); None for a known place or a common word."""
    if j < len(tokens) and _opens_quote(layer, tokens, j):
        return _quoted_name(layer, tokens, j, rule, known, gazetteer_names)
    last = j
    while True:
        if last >= len(tokens) or not _joined(layer, tokens, last) \
                or _overlaps(tokens[last].start, tokens[last].end, known) \
                or not _could_be_name(tokens[last].norm, rule) or last - j >= MAX_NAME_WORDS:
            return None
        if tokens[last].norm not in rule.name_heads:
            break
        last += 1
    name = " ".join(t.norm for t in tokens[j:last + 1])
    return None if name in gazetteer_names else (j, last)


def _opens_quote(layer: TextLayer, tokens: Sequence[Token], j: int) -> bool:
    """Only spaces and one opening quotation mark stand between token ``j`` and the one before."""
    between = layer.text[tokens[j - 1].end:tokens[j].start].strip(" \t" + _DIRECTION_MARKS)
    return len(between) == 1 and between in OPENING_QUOTES and tokens[j].norm[:1].isalpha()


def _closes_quote(layer: TextLayer, end: int) -> bool:
    rest = layer.text[end:end + 3].lstrip(_DIRECTION_MARKS)
    return bool(rest) and rest[0] in CLOSING_QUOTES


def _quoted_name(layer: TextLayer, tokens: Sequence[Token], j: int, rule: ConstructRule,
                 known: Sequence[PlaceMention], gazetteer_names: Container[str]) -> tuple[int, int] | None:
    """The words between the quotation marks right after a place noun: a name, whatever its
    shape ("كرمي تسور"، "إيلون موريه": the marks, not an adjective's shape, say it is a
    name), when no word is a common word of place nouns or a known place and the first is
    no link or place noun."""
    first = tokens[j].norm
    if len(first) < 2 or first in rule.links or first in rule.nouns:
        return None
    for last in range(j, min(j + MAX_QUOTED_NAME_WORDS, len(tokens))):
        t = tokens[last]
        if (last > j and not _joined(layer, tokens, last)) or not t.norm.isalpha() \
                or t.norm in rule.not_names or _overlaps(t.start, t.end, known):
            return None
        if _closes_quote(layer, t.end):
            name = " ".join(x.norm for x in tokens[j:last + 1])
            return None if name in gazetteer_names else (j, last)
    return None


def _joined(layer: TextLayer, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` is a word on the same line as the token before it, with only a space between."""
    between = layer.text[tokens[j - 1].end:tokens[j].start]
    return tokens[j].norm[:1].isalpha() and "\n" not in between and between.strip() == ""


def _could_be_name(word: str, rule: ConstructRule) -> bool:
    """Not a common word after a place noun: listed words, links, prepositional forms
    (للنازحين، بجنوب), conjoined words (ومخيم) and indefinite adjectives (سكنية، مجاورة)."""
    if len(word) < 2 or not word.isalpha() or word in rule.not_names or word in rule.links \
            or word in rule.nouns or word.startswith("لل"):
        return False
    if word[0] in NOUN_PREPOSITIONS and (word[1:] in rule.links or word[1:] in rule.nouns):
        return False
    if word[0] in CONJUNCTIONS and word not in rule.name_heads:
        return False
    if word.startswith("ال") or len(word) < 4:
        return True
    nisba = word.endswith(("يه", "ي"))
    participle = word.startswith("م") and word.endswith("ه") and len(word) >= 5
    with_pronoun = word.endswith(("هم", "هما", "هن")) and len(word) >= 5
    return not (nisba or participle or with_pronoun)


def _anchor_after(tokens: Sequence[Token], k: int, rule: ConstructRule,
                  known: Sequence[PlaceMention]) -> PlaceMention | None:
    """A known place right after a name, across direction words, prepositions and a comma:
    "X جنوب نابلس"، "X، في الضفة الغربية"، "X بريف حلب"."""
    for t in tokens[k:k + ANCHOR_REACH]:
        place = next((m for m in known if t.start <= m.start < t.end), None)
        if place is not None:
            return place if place.country else None
        word = _without_conjunction(t.norm)
        if t.norm in ANCHOR_PUNCTUATION or t.norm in rule.links or word in rule.links \
                or (word[:1] in NOUN_PREPOSITIONS and word[1:] in rule.links):
            continue
        return None
    return None


# ---------------------------------------------------------------- document level

def find_dateline(layer: TextLayer, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place a body opens with, as in "غزة - " or "بيروت (وكالات)"."""
    body = next((s for s in layer.sentences if not s.is_headline), None)
    if body is None:
        return None
    for m in mentions:
        if m.start < body.start:
            continue
        lead = layer.text[body.start:m.start]
        if len(lead.strip()) > DATELINE_MAX_LEAD or any(ch.isalnum() for ch in lead):
            return None
        return m if _DATELINE_TAIL.match(layer.text, m.end) else None
    return None


def without_person_names(places: Sequence[PlaceMention],
                         actors: Sequence[ActorMention]) -> list[PlaceMention]:
    """"إسرائيل كاتس"، "جورجيا ميلوني": a place name inside a person the actor recogniser
    knows is part of the name.  A place right before a person stays ("رئيس وزراء بريطانيا
    كير ستارمر": the country is a genitive).  A place in the cause of a body the knowledge
    base lacks is no place either (``_cause_of_body``)."""
    persons = [a for a in actors if a.kind == "person"]
    causes = [a for a in actors if a.rule.startswith(UNNAMED_BODY_RULE)]
    return [p for p in places
            if not any(a.start <= p.start and p.end <= a.end for a in persons)
            and not any(_cause_of_body(p, body) for body in causes)]


def _cause_of_body(place: PlaceMention, body: ActorMention) -> bool:
    """"التحالف الطلابي من أجل فلسطين": a place after a cause word (من أجل، لنصرة، لدعم)
    inside the name of a body the knowledge base does not know, of another country than the
    body's, is what the body works for; the event is not there ("الجمعية المصرية في لندن"
    and "نقابة عمال جنوب لبنان" keep their places)."""
    if not (body.start <= place.start and place.end <= body.end) or place.country == body.country:
        return False
    before = body.text[:place.start - body.start].split()
    return any(normalize_string(w) in body_words().cause_openers for w in before)


def home_country(layer: TextLayer, mentions: Sequence[PlaceMention]) -> str | None:
    """The country a report is from: its dateline's, else the one a majority (and at least
    ``HOME_MIN_MENTIONS``) of its place mentions are in."""
    dateline = find_dateline(layer, mentions)
    if dateline is not None and dateline.country:
        return dateline.country
    sites = load_place_stopwords().site_nouns
    # "استهدفت المقاومة ثكنة X": a military post named as a target says how far the fighting
    # reaches, not where the report is from
    counts = Counter(p.country for p in mentions
                     if p.country and _without_conjunction(previous_word(layer, p.start)) not in sites)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= HOME_MIN_MENTIONS and 2 * n > sum(counts.values()) else None


def most_frequent_place(mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place named most often (by id); ties go to the one named first."""
    if not mentions:
        return None
    counts = Counter(m.id or m.name for m in mentions)
    best = max(counts.values())
    return next(m for m in mentions if counts[m.id or m.name] == best)


def choose_location(places: Sequence[PlaceMention], sentence_start: int, sentence_end: int,
                    doc_places: DocumentPlaces | Sequence[PlaceMention] | None) -> PlaceMention | None:
    """The event's location: the most specific place inside its sentence (ties: the first),
    else the document's dateline place, else its most frequent place."""
    inside = [p for p in places if sentence_start <= p.start and p.end <= sentence_end]
    if inside:
        return max(inside, key=lambda p: (SPECIFICITY.get(p.precision, 0), -p.start))
    if isinstance(doc_places, DocumentPlaces):
        return doc_places.fallback()
    return most_frequent_place(doc_places or [])


@lru_cache(maxsize=1)
def default_finder() -> PlaceFinder:
    return PlaceFinder(load_gazetteer())


def find_places(layer: TextLayer) -> list[PlaceMention]:
    return default_finder().find(layer)


def find_document_places(layer: TextLayer) -> DocumentPlaces:
    return default_finder().find_document(layer)
