"""Places referred back to by a definite place noun.

Wire reports name a town once ("اقتحمت القوات مدينة X") and then say "المدينة"، "البلدة"،
"المخيم" or "القطاع".  Such a noun, with no name or other definite word after it (other
than a describing adjective of ``anaphor_adjectives``), refers to the last place of its kind
named before it: a town noun to a town or village named in the same sentence or the three
before, a camp noun to a camp there, "القطاع" to a Strip named anywhere earlier in the
document (by its name or its town's; with neither, by a region called after its town,
"غلاف غزة", unless the document speaks of another sector, "قطاع الطاقة").  When two
different places of that kind are named in that window, a town noun takes the one town its
own sentence or the one before names with the same noun ("مدينة X ... المدينة"); otherwise
it is left unresolved.  A building noun ("المدرسة"، "المستشفى") refers
back to the one building of that noun named in the same window ("مدرسة X في بلدة Y") and
stands for the place named right after it in its clause, where the building is.

A resolved noun becomes a ``PlaceMention`` whose span is the noun's own words (the evidence
in the event's sentence, as an actor's span is "الاحتلال" for the army) and whose name,
country, coordinates and precision are the antecedent's.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..recognize.places import Gazetteer
from ..records import PlaceMention, Sentence
from ..words import alternation, function_words
from .structure import CLAUSE_BREAK, VOWELLED_WORD, word_text

_WORDS = function_words()

# sentences before the anaphor's own searched for a town or camp; a Strip is searched for in
# the whole document before it
TOWN_WINDOW_SENTENCES = 3
# the noun of the Strip's own name ("قطاع غزة")
STRIP_NOUN = "قطاع"


@dataclass(frozen=True, slots=True)
class PlaceAnaphor:
    start: int
    end: int
    kind: str           # "town" | "camp" | "strip" | "building"
    noun: str           # the noun without its article: "مدينة"


def _stems(words: frozenset[str]) -> list[str]:
    """"المدينة" -> "مدينة": the noun after its article, longest first."""
    return sorted((w[2:] for w in words if w.startswith("ال")), key=len, reverse=True)


_KIND_OF_STEM = {stem: kind for kind, words in (("town", _WORDS.town_anaphors),
                                                ("camp", _WORDS.camp_anaphors),
                                                ("strip", _WORDS.strip_anaphors),
                                                ("building", _WORDS.building_anaphors))
                 for stem in _stems(words)}
# the conjunction and one preposition before the article are left out of the span; "لل"
# (ل + the article with its alef dropped) keeps the second lam
_ANAPHOR = re.compile(r"(?<!\w)[وف]?(?:[بكل](?=ال)|ل(?=ل))?"
                      rf"(?P<noun>(?:ال|(?<=ل)ل)({alternation(sorted(_KIND_OF_STEM, key=len, reverse=True))}))(?!\w)")
_SPACES = re.compile(r"[ \t]+")


def _names_or_describes_other(text: str, end: int) -> bool:
    """A definite word right after the noun that is no describing adjective nor a time
    word: a name ("المدينة المنورة") or another thing ("القطاع الخاص"، "البلدة القديمة")."""
    gap = _SPACES.match(text, end)
    nxt = VOWELLED_WORD.match(text, gap.end()) if gap else None
    if nxt is None:
        return False
    word = word_text(nxt)
    return word.startswith("ال") and word not in _WORDS.anaphor_adjectives \
        and word not in _WORDS.time_words


def _inside_place(start: int, end: int, places: Sequence[PlaceMention]) -> bool:
    return any(p.start < end and start < p.end for p in places)


def find_place_anaphors(text: str, start: int, end: int,
                        places: Sequence[PlaceMention]) -> list[PlaceAnaphor]:
    """The definite place nouns of ``text[start:end]`` that refer back (none inside a
    place name the recogniser found)."""
    out: list[PlaceAnaphor] = []
    for m in _ANAPHOR.finditer(text, start, end):
        if _names_or_describes_other(text, m.end()) or _inside_place(m.start(), m.end(), places):
            continue
        out.append(PlaceAnaphor(m.start("noun"), m.end("noun"), _KIND_OF_STEM[m.group(2)], m.group(2)))
    return out


def _is_camp(place: PlaceMention) -> bool:
    return place.text.startswith("مخيم") or (place.name or "").lower().endswith("camp")


def _is_strip(place: PlaceMention) -> bool:
    return place.precision == "region" and place.text.startswith(STRIP_NOUN)


def _of_kind(place: PlaceMention, kind: str) -> bool:
    if kind == "camp":
        return _is_camp(place)
    if kind == "strip":
        return _is_strip(place)
    return place.precision == "city" and not _is_camp(place)


def _window_start(anaphor: PlaceAnaphor, sentences: Sequence[Sentence]) -> int:
    """Where the search for the anaphor's antecedent begins."""
    if anaphor.kind == "strip":
        return 0
    own = _own_sentence_index(anaphor.start, sentences)
    return sentences[max(0, own - TOWN_WINDOW_SENTENCES)].start if sentences else 0


def _strip_named_after(place: PlaceMention, gazetteer: Gazetteer) -> PlaceMention | None:
    """"غزة" -> the Strip called after it ("قطاع غزة"), when the gazetteer has one."""
    if place.precision not in ("city", "region"):
        return None
    strip = next((p for p in gazetteer.candidates(f"{STRIP_NOUN} {place.text}")
                  if p.precision == "region" and p.country == place.country), None)
    if strip is None:
        return None
    return replace(place, name=strip.name, lat=strip.lat, lon=strip.lon, precision=strip.precision,
                   id=strip.id)


def _candidates(anaphor: PlaceAnaphor, places: Sequence[PlaceMention],
                gazetteer: Gazetteer) -> list[PlaceMention]:
    if anaphor.kind != "strip":
        return [p for p in places if _of_kind(p, anaphor.kind)]
    out = []
    for p in places:
        strip = p if _is_strip(p) else _strip_named_after(p, gazetteer)
        if strip is not None:
            out.append(strip)
    return out


def _strip_in_compound_name(place: PlaceMention, gazetteer: Gazetteer) -> PlaceMention | None:
    """"غلاف غزة" -> the Strip its last word names ("قطاع غزة"): a region or town named
    after the Strip's town, which may lie in another country (the land around the Strip)."""
    words = place.text.split()
    if len(words) < 2:
        return None
    strip = next((p for p in gazetteer.candidates(f"{STRIP_NOUN} {words[-1]}") if p.precision == "region"),
                 None)
    if strip is None:
        return None
    return replace(place, name=strip.name, country=strip.country, lat=strip.lat, lon=strip.lon,
                   precision=strip.precision, id=strip.id)


# "قطاع" before a word: a sector of the economy or of society ("قطاع الطاقة"), or a Strip
_STRIP_NOUN_PHRASE = re.compile(rf"(?<!\w)[وبلف]?{STRIP_NOUN}(?=\s)")


def _names_another_sector(text: str, end: int, places: Sequence[PlaceMention]) -> bool:
    """"قطاع الطاقة" before the anaphor: the document speaks of sectors, so a bare
    "القطاع" may be one of them."""
    return any(not _inside_place(m.start(), m.end(), places) for m in _STRIP_NOUN_PHRASE.finditer(text, 0, end))


def _own_sentence_index(position: int, sentences: Sequence[Sentence]) -> int:
    return next((i for i, s in enumerate(sentences) if s.start <= position < s.end), 0)


def _introduced_by(place: PlaceMention, noun: str, text: str) -> bool:
    """The place is named with ``noun`` before it ("مدينة قلقيلية"، "بمدينة X") or in it."""
    if place.text.startswith(noun + " "):
        return True
    before = text[max(0, place.start - 20):place.start].split()
    return bool(before) and re.fullmatch(rf"[وف]?[بل]?{noun}", before[-1]) is not None


def _town_named_with_same_noun(anaphor: PlaceAnaphor, candidates: Sequence[PlaceMention],
                               text: str, sentences: Sequence[Sentence]) -> PlaceMention | None:
    """"اقتحمت القوات مدينة جنين ... وأطلقت النار في مدينة قلقيلية. وأغلق المستوطنون دوارا
    شرقي المدينة": with several towns in the window, the one town the anaphor's sentence or
    the one before names with the anaphor's own noun (a village named there is no antecedent
    of "المدينة")."""
    if not sentences:
        return None
    own = _own_sentence_index(anaphor.start, sentences)
    lo = sentences[max(0, own - 1)].start
    near = [p for p in candidates if p.start >= lo]
    same = [p for p in near if _introduced_by(p, anaphor.noun, text)]
    if not same or len({p.id or p.name for p in near}) > 1:
        return None
    return max(same, key=lambda p: p.start)


# words from a building's noun to the place that says where it is: "مدرسة X التي كانت تؤوي
# آلاف النازحين في مشروع Y"
BUILDING_LOCATOR_WORDS = 12
_OPENING_MARK = "[\"“«']"


def _building_place(anaphor: PlaceAnaphor, text: str, places: Sequence[PlaceMention],
                    sentences: Sequence[Sentence]) -> PlaceMention | None:
    """"استهدفت غارة مدرسة X في دير البلح. وقال إن الطائرات قصفت المدرسة": the place named
    right after the one building of the anaphor's noun named in its window (not the
    building's own name, "مستشفى القدس"), in that building's clause.  Two buildings of the
    noun with different names leave it unresolved."""
    lo = _window_start(anaphor, sentences)
    named = re.compile(rf"(?<!\w)[وف]?[بل]?{anaphor.noun}\s+{_OPENING_MARK}?(?P<name>\w+)")
    mentions = list(named.finditer(text[:anaphor.start], lo))
    if not mentions or len({m.group("name") for m in mentions}) > 1:
        return None
    for mention in reversed(mentions):
        located = [p for p in places if mention.start("name") < p.start < anaphor.start
                   and len(text[mention.end():p.start].split()) <= BUILDING_LOCATOR_WORDS
                   and not CLAUSE_BREAK.search(text, mention.end(), p.start)]
        if located:
            return min(located, key=lambda p: p.start)
    return None


def antecedent(anaphor: PlaceAnaphor, text: str, places: Sequence[PlaceMention],
               sentences: Sequence[Sentence], gazetteer: Gazetteer) -> PlaceMention | None:
    """The last place of the anaphor's kind named before it in its window, when all the
    places of that kind there are one place.  A Strip may be named by its town alone
    ("الحرب على غزة ... القطاع") or, with neither named, by a region called after its town
    ("غلاف غزة ... القطاع"), when the document names no other sector before it.  A
    building stands for its town (``_building_place``)."""
    if anaphor.kind == "building":
        return _building_place(anaphor, text, places, sentences)
    lo = _window_start(anaphor, sentences)
    before = [p for p in places if lo <= p.start and p.end <= anaphor.start]
    candidates = _candidates(anaphor, before, gazetteer)
    if not candidates and anaphor.kind == "strip" and not _names_another_sector(text, anaphor.start, places):
        candidates = [s for s in (_strip_in_compound_name(p, gazetteer) for p in before) if s is not None]
    if candidates and anaphor.kind == "town" and len({p.id or p.name for p in candidates}) > 1:
        return _town_named_with_same_noun(anaphor, candidates, text, sentences)
    if not candidates or len({p.id or p.name for p in candidates}) > 1:
        return None
    return max(candidates, key=lambda p: p.start)


def referred_places(text: str, sentence: Sentence, sentences: Sequence[Sentence],
                    places: Sequence[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The places the sentence refers back to, each spanning the anaphor's own words
    (``gazetteer`` names the Strip a town gives its name to)."""
    out: list[PlaceMention] = []
    for anaphor in find_place_anaphors(text, sentence.start, sentence.end, places):
        place = antecedent(anaphor, text, places, sentences, gazetteer)
        if place is not None:
            out.append(replace(place, start=anaphor.start, end=anaphor.end,
                               text=text[anaphor.start:anaphor.end]))
    return out
