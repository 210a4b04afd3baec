"""Cross-document deduplication: link event mentions that report the same happening.

The rule is conservative and explainable.  Two mentions may belong to one canonical event
only when nothing contradicts it:

* same PLOVER type, and modes equal or one unknown;
* dates: both dated (day precision) and at most one day apart, or one undated and its
  document's day equal to the other's day;
* location countries equal or one unknown; places the same (same normalised name, or
  coordinates within ``SAME_PLACE_KM``), or one of them only country/region level;
* participants: per role the countries intersect or one side is empty (an unordered set
  for symmetric types); named actors (entity ids) of a role may not be disjoint when
  their country:sector pairs are disjoint too;
* counts of the same kind (killed, injured, arrested, both running totals or both not)
  overlap or are within a factor ``COUNT_TOLERANCE`` of each other;
* never two mentions from the same document.

* for material types, a daily round-up or running tally (a cumulative count, or a phrase
  of ``roundup_markers`` in ``hadath/data/dedup.json``) is never one happening with the
  report of a single incident;

and at least one thing positively corroborates it: for material types (attacks, arrests,
protests ...) the same specific place (city or finer, not one of the ``broad_places`` such
as "Gaza", named in both sentences) with the same known mode, one of the two dated by its
own text, and the two agree on the target (a recipient entity, country or sector) or on
the actor's country; the same exact count, stated in both sentences, on the same day (not
a vague "dozens", not an estimate, not a running total) of at least ``CORROBORATING_COUNT``,
when each is anchored by its own day or a place finer than a country and the two agree
where both give one (same day; same or nearby place, or one at region level in the other's
country); or, for
verbal and cooperative types, the same named actor and the same named recipient (a bare
country is not a named participant); or the very same sentence (republished copy).  A new mention joins the canonical event
whose every member it is compatible with (complete linkage, so removing a member never
breaks a group) and that has the most corroborating members; otherwise it founds its own.
"""
from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from ..records import COUNT_KINDS, DAY_PRECISIONS, SYMMETRIC_TYPES
from ..resources import load_json, require
from ..text.normalize import normalize_string

DEDUP_FILE = "dedup.json"

SAME_PLACE_KM = 2.0
COUNT_TOLERANCE = 2.0
CORROBORATING_COUNT = 3
MAX_DAY_GAP = 1
# Types whose same-day mentions are many distinct happenings (strikes, raids, protests):
# only a place or a count can tie two reports of them together.
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID"})
SPECIFIC_PRECISIONS = frozenset({"city", "neighbourhood"})
SAME_SENTENCE = "same sentence (republished text)"
PRECISION_RANK = {"country": 0, "region": 1, "admin1": 2, "city": 3, "neighbourhood": 4}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """``hadath/data/dedup.json``: place keys too broad to corroborate, round-up phrases."""
    broad_place_keys: frozenset[str]
    roundup_markers: tuple[str, ...]
    anchor_words: frozenset[str]


def validate_lexicon(data: Any) -> None:
    where = DEDUP_FILE
    require(isinstance(data, dict), where, "top level must be an object")
    places = data.get("broad_places")
    require(isinstance(places, list), where, "'broad_places' must be a list")
    for i, place in enumerate(places):
        require(isinstance(place, dict) and isinstance(place.get("name"), str)
                and isinstance(place.get("country"), str), f"{where} broad_places[{i}]",
                "needs 'country' and 'name' strings")
    markers = data.get("roundup_markers")
    require(isinstance(markers, list) and markers, where, "'roundup_markers' must be a list")
    for i, marker in enumerate(markers):
        require(isinstance(marker, str) and marker.strip()
                and normalize_string(marker) == marker, f"{where} roundup_markers[{i}]",
                "a non-empty phrase written in normalised form (normalize_string)")
    words = data.get("anchor_words")
    require(isinstance(words, list) and words, where, "'anchor_words' must be a list")
    for i, word in enumerate(words):
        require(isinstance(word, str) and word.strip() and " " not in word.strip()
                and normalize_string(word) == word, f"{where} anchor_words[{i}]",
                "a single word written in normalised form (normalize_string)")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_json(DEDUP_FILE)
    validate_lexicon(data)
    return Lexicon(
        broad_place_keys=frozenset(place_key(p) or "" for p in data["broad_places"]),
        roundup_markers=tuple(data["roundup_markers"]),
        anchor_words=frozenset(data["anchor_words"]))


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    stated: bool = True       # named in the event's own sentence (or no spans to tell)
    # The place named only as a landmark for somewhere else ("a village south of Nablus",
    # "the Nablus governorate"): the word before the direction, "" when there is none.
    anchor: str | None = None

    @property
    def broad(self) -> bool:
        return self.key in lexicon().broad_place_keys

    @property
    def level(self) -> str | None:
        """The precision dedup uses: a broad place counts as a region."""
        return "region" if self.broad else self.precision

    @property
    def specific(self) -> bool:
        return self.level in SPECIFIC_PRECISIONS


@dataclass(frozen=True, slots=True)
class CountRange:
    low: int
    high: int | None          # None = open-ended
    cumulative: bool
    approx: bool = False

    @property
    def exact(self) -> bool:
        """A precise figure ("12"), not a vague one ("عشرات" = 10+) or an estimate."""
        return self.high == self.low and not self.approx and not self.cumulative

    @property
    def upper(self) -> int:
        return self.high if self.high is not None else self.low


@dataclass(frozen=True, slots=True)
class Features:
    """What dedup looks at in one event mention."""
    event_id: str
    doc_id: str
    outlet: str | None
    event_type: str
    mode: str | None
    day: date | None          # the event's own day, when dated to the day
    period_dated: bool        # dated by its text to a month or year only (a monthly report)
    doc_day: date | None      # the publication day of its document
    place: Place | None
    country: str | None
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    actor_ids: frozenset[str]
    recipient_ids: frozenset[str]
    actor_roles: frozenset[str]       # "ISR:MIL" pairs
    recipient_roles: frozenset[str]
    counts: Mapping[str, CountRange] = field(default_factory=dict)
    sentence: str | None = None       # normalised sentence text, to spot republished copy
    stated_counts: frozenset[str] = frozenset(COUNT_KINDS)   # counts found in the sentence
    roundup: bool = False             # a daily round-up or running tally, not one incident
    speaker: str | None = None        # normalised attribution ("the ministry said ...")
    general: bool = False             # undated and named by a plural noun ("اقتحامات"):
                                      # a statement about a practice, not one incident
    recipient_sectors: frozenset[str] = frozenset()

    @property
    def anchor(self) -> date | None:
        """The event's day, or its report's day when the text gives no date at all (a
        text dated only to a month or year is about that period, not the report's day)."""
        if self.period_dated:
            return None
        return self.day or self.doc_day


@dataclass(frozen=True, slots=True)
class Comparison:
    conflicts: tuple[str, ...]
    support: tuple[str, ...]

    @property
    def compatible(self) -> bool:
        return not self.conflicts


@dataclass(frozen=True, slots=True)
class Link:
    """Where a new mention goes and why: ``canonical_id`` None means it founds its own."""
    canonical_id: str | None
    why: dict[str, Any]


# ---------------------------------------------------------------- features

def parse_day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def place_key(location: Mapping[str, Any] | None) -> str | None:
    if not location:
        return None
    name = location.get("name") or location.get("text") or ""
    return f"{location.get('country') or '-'}:{normalize_string(name).strip()}"


def place_of(location: Mapping[str, Any] | None,
             sentence: Mapping[str, Any] | None = None,
             sentence_text: str | None = None) -> Place | None:
    key = place_key(location)
    if key is None or location is None:
        return None
    return Place(key=key, name=location.get("name"), country=location.get("country"),
                 lat=location.get("lat"), lon=location.get("lon"),
                 precision=location.get("precision"), stated=within(location, sentence),
                 anchor=place_anchor(location, sentence, sentence_text))


# Generic words between a direction and the place name ("south of the city of X").
_FILLERS = frozenset({"مدينه", "بلده", "قريه"})
# Words that can stand before an anchor word but name no locality ("in the south of X").
_NOT_LOCALITIES = frozenset({"في", "من", "الي", "علي", "عن", "الى", "على", "داخل", "نحو"})


def place_anchor(location: Mapping[str, Any], sentence: Mapping[str, Any] | None,
                 sentence_text: str | None) -> str | None:
    """None when the sentence names the place as where it happened; otherwise the place
    is a reference point ("شمالي X", "محيط X", "ريف X") and the result is the locality
    named before the direction word ("" when none), which is what two reports must share."""
    if not sentence or not sentence_text:
        return None
    start, low = location.get("start"), sentence.get("start")
    if not isinstance(start, int) or not isinstance(low, int) or not low <= start:
        return None
    before = [w for w in (_bare(t) for t in sentence_text[:start - low].split()) if w]
    anchors = lexicon().anchor_words
    while before and before[-1] in _FILLERS:
        before.pop()
    if not before or before[-1] not in anchors:
        return None
    while before and (before[-1] in anchors or before[-1] in _FILLERS):
        before.pop()
    return before[-1] if before and before[-1] not in _NOT_LOCALITIES else ""


def _bare(token: str) -> str:
    """A token in normalised form without punctuation or a leading conjunction/preposition
    glued to a direction word ("وجنوب", "بمحيط")."""
    word = "".join(ch for ch in _normalized(token) if ch.isalnum())
    if len(word) > 3 and word[0] in "وب" and word[1:] in lexicon().anchor_words:
        return word[1:]
    return word


def within(span: Mapping[str, Any] | None, sentence: Mapping[str, Any] | None) -> bool:
    """Whether ``span`` lies inside ``sentence``; True when either has no offsets (records
    from elsewhere may carry none), so only a span known to be elsewhere counts as not."""
    if not span or not sentence:
        return True
    bounds = (span.get("start"), span.get("end"), sentence.get("start"), sentence.get("end"))
    if not all(isinstance(b, int) for b in bounds):
        return True
    start, end, low, high = bounds
    return low <= start and end <= high


def is_roundup(counts: Mapping[str, CountRange], sentence: str | None) -> bool:
    if any(r.cumulative for r in counts.values()):
        return True
    if not sentence:
        return False
    text = _normalized(sentence)
    return any(marker in text for marker in lexicon().roundup_markers)


@lru_cache(maxsize=8192)
def _normalized(text: str) -> str:
    """``normalize_string``, remembered: a document's events share their sentences and
    words, and normalising character by character is most of the cost of ``features``."""
    return normalize_string(text)


def entity_key(entity: Mapping[str, Any]) -> str:
    if entity.get("id"):
        return str(entity["id"])
    name = entity.get("name") or normalize_string(entity.get("text") or "")
    return f"{entity.get('country') or '-'}:{entity.get('sector') or '-'}:{name}"


def count_range(count: Mapping[str, Any] | None) -> CountRange | None:
    if not count or count.get("min") is None:
        return None
    return CountRange(low=int(count["min"]),
                      high=None if count.get("max") is None else int(count["max"]),
                      cumulative=bool(count.get("cumulative")),
                      approx=bool(count.get("approx")))


def features(record: Mapping[str, Any], published: str | None, outlet: str | None,
             sentence: str | None = None) -> Features:
    """Dedup features of one event record (docs/event-record.md) from a document;
    ``sentence`` is the text of the sentence that states it, when known."""
    actors, recipients = record.get("actor") or [], record.get("recipient") or []
    day = parse_day(record.get("date")) if record.get("date_precision") in DAY_PRECISIONS else None
    location, span = record.get("location"), record.get("sentence")
    counts = {kind: rng for kind in COUNT_KINDS
              if (rng := count_range(record.get(kind))) is not None}
    return Features(
        event_id=record["id"], doc_id=record["doc_id"], outlet=outlet,
        event_type=record["event"], mode=record.get("mode"),
        day=day, doc_day=parse_day(published),
        period_dated=bool(record.get("date")) and day is None,
        place=place_of(location, span, sentence), country=(location or {}).get("country"),
        actor_countries=_countries(actors), recipient_countries=_countries(recipients),
        actor_ids=_ids(actors), recipient_ids=_ids(recipients),
        actor_roles=_roles(actors), recipient_roles=_roles(recipients),
        counts=counts,
        # Republished copy is byte-identical up to spacing; full normalisation costs more.
        sentence=" ".join(sentence.split()) if sentence else None,
        stated_counts=frozenset(kind for kind in counts if within(record.get(kind), span)),
        roundup=is_roundup(counts, sentence),
        speaker=_speaker(record.get("attributed_to"), [*actors, *recipients]),
        general=day is None and _plural_noun((record.get("trigger") or {}).get("text")),
        recipient_sectors=frozenset(e["sector"] for e in recipients if e.get("sector")),
    )


def _plural_noun(trigger: str | None) -> bool:
    """A sound feminine plural trigger ("اقتحامات", "اعتداءات"): habitual, not one act."""
    word = _normalized(trigger or "").strip()
    return " " not in word and len(word) >= 6 and word.endswith("ات")


ID_PREFIX = "id:"


def _speaker(attribution: Mapping[str, Any] | None,
             participants: Sequence[Mapping[str, Any]] = ()) -> str | None:
    """Who the claim is attributed to: the id of a named participant whose span lies in
    the attribution ("id:pse-qassam"), else the attribution's normalised text."""
    text = (attribution or {}).get("text")
    if not text:
        return None
    for entity in participants:
        if entity.get("id") and entity["id"] != entity.get("country") and _inside(entity, attribution):
            return ID_PREFIX + str(entity["id"])
    return _normalized(text).strip() or None


def _inside(span: Mapping[str, Any], outer: Mapping[str, Any] | None) -> bool:
    """Whether ``span`` lies inside ``outer``, both with offsets (False when unknown)."""
    bounds = (span.get("start"), span.get("end"), (outer or {}).get("start"), (outer or {}).get("end"))
    return all(isinstance(x, int) for x in bounds) and bounds[2] <= bounds[0] and bounds[1] <= bounds[3]


def _countries(entities: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    return frozenset(e["country"] for e in entities if e.get("country"))


def _ids(entities: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    """Ids of named participants; a bare country ("PSE" for "the Palestinians") names
    no one in particular."""
    return frozenset(e["id"] for e in entities if e.get("id") and e["id"] != e.get("country"))


def _roles(entities: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    return frozenset(f"{e.get('country')}:{e.get('sector')}" for e in entities
                     if e.get("country") and e.get("sector"))


# ---------------------------------------------------------------- pairwise rule

def compare(a: Features, b: Features, sentences: bool = True) -> Comparison:
    """All reasons two mentions cannot be one happening, and all that says they are;
    without ``sentences``, less the "same sentence" support (the only thing the sentence
    text decides, see ``Group.same_sentence``)."""
    conflicts: list[str] = []
    support: list[str] = []
    if a.doc_id == b.doc_id:
        conflicts.append("same document")
    if a.event_type != b.event_type:
        conflicts.append(f"type {a.event_type} vs {b.event_type}")
    if a.mode and b.mode and a.mode != b.mode:
        conflicts.append(f"mode {a.mode} vs {b.mode}")
    conflicts += _date_conflicts(a, b)
    if a.event_type in MATERIAL_TYPES and a.roundup != b.roundup:
        conflicts.append("daily round-up vs single incident")
    place_conflicts, place_support = _compare_places(a, b)
    conflicts += place_conflicts
    support += place_support
    conflicts += _participant_conflicts(a, b)
    count_conflicts, count_support = _compare_counts(a, b)
    conflicts += count_conflicts
    support += count_support
    if a.event_type not in MATERIAL_TYPES:
        support += _named_participants_support(a, b)
    if sentences and a.sentence and a.sentence == b.sentence:
        support.append(SAME_SENTENCE)
    return Comparison(tuple(conflicts), tuple(support))


def _date_conflicts(a: Features, b: Features) -> list[str]:
    if a.day and b.day:
        gap = abs((a.day - b.day).days)
        return [] if gap <= MAX_DAY_GAP else [f"dates {gap} days apart"]
    if a.anchor is None or b.anchor is None:
        return ["no date to compare"]
    if a.anchor != b.anchor:
        return [f"undated mention of another day ({a.anchor} vs {b.anchor})"]
    return []


def _compare_places(a: Features, b: Features) -> tuple[list[str], list[str]]:
    if a.country and b.country and a.country != b.country:
        return [f"countries {a.country} vs {b.country}"], []
    if a.place is None or b.place is None:
        return [], []
    if a.place.key == b.place.key or _near(a.place, b.place):
        # A town sees many happenings a day: the place alone ties two reports only when
        # both sentences name the very same place and they agree on how (same known
        # mode) and one of them dates it itself.  Nearby places are only compatible.
        corroborates = (a.place.key == b.place.key
                        and a.place.specific and b.place.specific
                        and a.place.stated and b.place.stated
                        and a.place.anchor == b.place.anchor != ""
                        and not (a.general or b.general)
                        and not _different_speakers(a, b)
                        and a.anchor == b.anchor
                        and a.event_type in MATERIAL_TYPES
                        and a.mode is not None and a.mode == b.mode
                        and (a.day is not None or b.day is not None)
                        and same_target_or_actor_country(a, b))
        return [], [f"same place {a.place.name or a.place.key}"] if corroborates else []
    if a.place.specific and b.place.specific:
        return [f"places {a.place.name} vs {b.place.name}"], []
    if a.place.level == b.place.level and PRECISION_RANK.get(a.place.level or "", 0) > 0:
        return [f"places {a.place.name} vs {b.place.name}"], []
    return [], []


def same_target_or_actor_country(a: Features, b: Features) -> bool:
    """Whether two mentions at one place also agree on who was acted on (a named
    recipient, a recipient country or sector) or on the actor's country: a town sees
    many acts a day (a road closure and a shrine closure, a raid and an arrest at a
    protest), and the place alone does not make them one."""
    return bool(a.recipient_ids & b.recipient_ids
                or a.recipient_countries & b.recipient_countries
                or a.recipient_sectors & b.recipient_sectors
                or a.actor_countries & b.actor_countries)


def _different_speakers(a: Features, b: Features) -> bool:
    """Two claims by two different sources about one place are often two statements on a
    topic (a deal, a siege), not two reports of one incident: the place is not enough."""
    return a.speaker is not None and b.speaker is not None and not same_speaker(a.speaker, b.speaker)


def same_speaker(a: str, b: str) -> bool:
    """One claimant: the same entity id or normalised name, or one name the other with
    more words after it ("the X Brigades" and "the X Brigades in town T")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return not short.startswith(ID_PREFIX) and long_.startswith(short + " ")


def _near(a: Place, b: Place) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return _km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _participant_conflicts(a: Features, b: Features) -> list[str]:
    if a.event_type in SYMMETRIC_TYPES:
        sides = [("participants", a.actor_countries | a.recipient_countries,
                  b.actor_countries | b.recipient_countries, a.actor_ids | a.recipient_ids,
                  b.actor_ids | b.recipient_ids, a.actor_roles | a.recipient_roles,
                  b.actor_roles | b.recipient_roles)]
    else:
        sides = [("actor", a.actor_countries, b.actor_countries, a.actor_ids, b.actor_ids,
                  a.actor_roles, b.actor_roles),
                 ("recipient", a.recipient_countries, b.recipient_countries,
                  a.recipient_ids, b.recipient_ids, a.recipient_roles, b.recipient_roles)]
    conflicts = []
    for role, ca, cb, ia, ib, ra, rb in sides:
        if ca and cb and not ca & cb:
            conflicts.append(f"{role} countries {'/'.join(sorted(ca))} vs {'/'.join(sorted(cb))}")
        elif ia and ib and not ia & ib and ra and rb and not ra & rb:
            conflicts.append(f"{role} {'/'.join(sorted(ia))} vs {'/'.join(sorted(ib))}")
    return conflicts


def _compare_counts(a: Features, b: Features) -> tuple[list[str], list[str]]:
    conflicts, support = [], []
    for kind in COUNT_KINDS:
        ra, rb = a.counts.get(kind), b.counts.get(kind)
        if ra is None or rb is None or ra.cumulative != rb.cumulative:
            continue
        if not counts_consistent(ra, rb):
            conflicts.append(f"{kind} {_show(ra)} vs {_show(rb)}")
        elif (ra.exact and rb.exact and ra.low == rb.low >= CORROBORATING_COUNT
              and a.anchor == b.anchor
              and kind in a.stated_counts and kind in b.stated_counts
              and placed_or_dated_alike(a, b)):
            support.append(f"same {kind} count {ra.low}")
    return conflicts, support


def placed_or_dated_alike(a: Features, b: Features) -> bool:
    """What an equal count needs beside it: each mention anchored by a day its own text
    gives or by a place finer than a country, and the two agreeing where both give one
    (the same day; the same or a nearby place, or one of them only at region level in
    the other's country).  Small equal counts are common on a busy day: "4 killed" with
    neither place nor date is no evidence of being "4 killed near hospital B"."""
    if not (anchored(a) and anchored(b)):
        return False
    if a.day is not None and b.day is not None and a.day != b.day:
        return False
    if not (locatable(a) and locatable(b)):
        return True
    pa, pb = a.place, b.place
    assert pa is not None and pb is not None
    if pa.key == pb.key or _near(pa, pb):
        return True
    return pa.country == pb.country and not (pa.specific and pb.specific)


def anchored(f: Features) -> bool:
    """Dated to the day by its own text, or placed more finely than a country."""
    return f.day is not None or locatable(f)


def locatable(f: Features) -> bool:
    """Placed more finely than a country (a region, a governorate, a town)."""
    return f.place is not None and PRECISION_RANK.get(f.place.level or "", 0) > 0


def counts_consistent(a: CountRange, b: CountRange) -> bool:
    """Overlapping ranges, or the larger lower bound within COUNT_TOLERANCE of the other."""
    low, high = (a, b) if a.low <= b.low else (b, a)
    if high.low <= low.upper or low.high is None:
        return True
    return high.low <= COUNT_TOLERANCE * low.upper + 1


def _show(r: CountRange) -> str:
    return str(r.low) if r.high == r.low else f"{r.low}-{r.high if r.high is not None else ''}"


def _named_participants_support(a: Features, b: Features) -> list[str]:
    if a.event_type in SYMMETRIC_TYPES:
        shared = (a.actor_ids | a.recipient_ids) & (b.actor_ids | b.recipient_ids)
        return [f"same participants {'/'.join(sorted(shared))}"] if len(shared) >= 2 else []
    # An entity coded as acting on itself is a parsing slip, not a named counterpart.
    actors = a.actor_ids & b.actor_ids
    recipients = (a.recipient_ids & b.recipient_ids) - a.actor_ids - b.actor_ids
    if actors and recipients:
        return [f"same actor {'/'.join(sorted(actors))} and recipient "
                f"{'/'.join(sorted(recipients))}"]
    return []


# ---------------------------------------------------------------- linking

@dataclass(frozen=True, slots=True)
class Kind:
    """Members of a canonical event alike in everything ``compare`` reads (one
    ``signature``): ``first`` is the member listed first, ``n`` how many there are,
    ``member_ids`` the first ``MAX_LISTED`` of their event ids, in member order, and
    ``sig`` their ``signature_key``."""
    first: Features
    n: int
    member_ids: tuple[str, ...]
    sig: str


@dataclass(frozen=True, slots=True)
class Group:
    """What linking needs of one canonical event, whatever its size: its kinds of member
    (in order of their first member), the first member from the new mention's own
    document, if any (a mention never joins a group holding its own document), and per
    kind (``Kind.sig``) its members whose sentence is the new mention's: how many and the
    first ``MAX_LISTED`` event ids (the sentence is no part of a kind: republished copies
    are told apart by it, while everything else about them is alike)."""
    kinds: tuple[Kind, ...]
    same_document: str | None = None
    same_sentence: Mapping[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return sum(kind.n for kind in self.kinds)


def group_of(members: Sequence[Features], doc_id: str | None = None,
             sentence: str | None = None) -> Group:
    """The ``Group`` of an explicit member list (in order), seen from a new mention of
    document ``doc_id`` stated in ``sentence``."""
    kinds: dict[str, list[Features]] = {}
    for member in members:
        kinds.setdefault(signature_key(member), []).append(member)
    same = next((m.event_id for m in members if m.doc_id == doc_id), None)
    same_sentence = {}
    for sig, alike in kinds.items():
        copies = [m.event_id for m in alike if sentence and m.sentence == sentence]
        if copies:
            same_sentence[sig] = (len(copies), tuple(copies[:MAX_LISTED]))
    return Group(tuple(Kind(alike[0], len(alike), tuple(m.event_id for m in alike[:MAX_LISTED]),
                            sig) for sig, alike in kinds.items()), same, same_sentence)


def with_member(group: Group | None, new: Features, sig: str) -> Group:
    """``group`` (None: a group yet to found) once ``new``, whose ``signature_key`` is
    ``sig``, has joined it: the same kinds, in the same order, as reading the grown group
    again would give (kinds by their first member id, ``member_ids`` the first listed)."""
    kinds = list(group.kinds) if group is not None else []
    for i, kind in enumerate(kinds):
        if kind.sig == sig:
            ids = tuple(sorted((*kind.member_ids, new.event_id)))[:MAX_LISTED]
            first = new if new.event_id < kind.member_ids[0] else kind.first
            kinds[i] = Kind(first, kind.n + 1, ids, sig)
            break
    else:
        kinds.append(Kind(new, 1, (new.event_id,), sig))
    kinds.sort(key=lambda kind: kind.member_ids[0])
    return Group(tuple(kinds))


def choose(new: Features, groups: Mapping[str, Sequence[Features] | Group]) -> Link:
    """Pick the canonical event the new mention joins, or none; always say why.  A group
    is given by its members or, as a store does, by its ``Group`` of member kinds."""
    best: tuple[int, str] | None = None
    best_why: dict[str, Any] = {}
    rejected: dict[str, str] = {}
    for canonical_id in sorted(groups):
        group = groups[canonical_id]
        if not isinstance(group, Group):
            group = group_of(group, new.doc_id, new.sentence)
        verdict = _against_group(new, group)
        if isinstance(verdict, str):
            rejected[canonical_id] = verdict
            continue
        score, why = verdict
        if best is None or score > best[0]:
            best, best_why = (score, canonical_id), why
    if best is None:
        return Link(None, {"merged": False, "candidates": len(groups),
                           "rejected": dict(list(rejected.items())[:5])})
    return Link(best[1], {"merged": True, **best_why})


MAX_LISTED = 20   # corroborating members named in a merge's ``why`` (the rest are counted)


def _against_group(new: Features, group: Group) -> tuple[int, dict] | str:
    """Complete linkage: compatible with every member, corroborated by at least one.

    Members alike in everything ``compare`` looks at (republished copies) are compared
    once per kind (``signature``), so a join costs the number of kinds, not of members."""
    if group.same_document is not None:
        return f"{group.same_document}: same document"
    support: dict[str, list[str]] = {}
    n_support = 0
    for kind in group.kinds:
        comparison = compare(new, kind.first, sentences=False)
        if not comparison.compatible:
            return f"{kind.first.event_id}: {comparison.conflicts[0]}"
        copies, copy_ids = group.same_sentence.get(kind.sig, (0, ()))
        if comparison.support:
            n_support += kind.n
            for event_id in kind.member_ids:
                if len(support) < MAX_LISTED:
                    support[event_id] = list(comparison.support) + (
                        [SAME_SENTENCE] if event_id in copy_ids else [])
        elif copies:
            n_support += copies
            for event_id in copy_ids:
                if len(support) < MAX_LISTED:
                    support[event_id] = [SAME_SENTENCE]
    if not n_support:
        return "nothing corroborates (no shared specific place, count or named participants)"
    return n_support, {"corroborated_by": support, "n_corroborating": n_support,
                       "compatible_with": group.size}


def signature(f: Features) -> tuple:
    """Everything ``compare`` reads of a mention except its document and its sentence:
    two mentions with one signature get the same verdict against any third one from
    another document, but for the "same sentence" support (``Group.same_sentence``)."""
    return (f.event_type, f.mode, f.day, f.period_dated, f.doc_day, f.place, f.country,
            f.actor_countries, f.recipient_countries, f.actor_ids, f.recipient_ids,
            f.actor_roles, f.recipient_roles, tuple(sorted(f.counts.items())),
            f.stated_counts, f.roundup, f.speaker, f.general, f.recipient_sectors)


def sentence_key(f: Features) -> str | None:
    """A digest of the mention's sentence (its blocking key and stored ``mentions.sent``)."""
    return hashlib.sha1(f.sentence.encode("utf-8")).hexdigest()[:20] if f.sentence else None


def signature_key(f: Features) -> str:
    """``signature`` as a stable string (the same in every process), stored per mention
    so a store reads a group as its kinds of member."""
    text = json.dumps(_plain(signature(f)), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:24]


def _plain(value: Any) -> Any:
    """JSON-ready form of a signature part: sets sorted, days and records spelled out."""
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (Place, CountRange)):
        return [_plain(getattr(value, name)) for name in value.__slots__]
    return value


# ---------------------------------------------------------------- blocking

# Bump whenever ``block_keys``, ``signature`` or the support rules in ``compare`` change
# (or the tables that hold keys do: 3 added ``group_keys``): stores then rebuild their key
# tables and mention signatures when opened (``Store``), so stored keys never go stale.
BLOCKING_VERSION = 4


def block_keys(f: Features) -> frozenset[str]:
    """Keys that any mention ``f`` can be corroborated by must share with it.

    A merge needs at least one corroborating member (``compare(...).support``), and every
    kind of support requires the same type and one shared key below: the same specific
    place with the same mode and landmark, the same stated exact count, the same named
    (actor, recipient) pair or participant pair, or the same sentence.  Compatible mentions
    are also at most ``MAX_DAY_GAP`` days apart (by ``anchor``), so a store retrieves the
    candidate groups of a new mention through (key, anchor day ± gap) instead of comparing
    it with every event of the day.  Empty when nothing could ever corroborate ``f``.
    """
    if f.anchor is None:          # no date to compare: compatible with nothing
        return frozenset()
    kind = f.event_type
    keys: set[str] = set()
    place = f.place
    if (kind in MATERIAL_TYPES and f.mode is not None and not f.general
            and place is not None and place.specific and place.stated and place.anchor != ""):
        landmark = "-" if place.anchor is None else f"@{place.anchor}"
        keys.add(f"{kind}|place|{f.mode}|{place.key}|{landmark}")
    for what in COUNT_KINDS:
        rng = f.counts.get(what)
        if (rng is not None and anchored(f) and rng.exact and rng.low >= CORROBORATING_COUNT
                and what in f.stated_counts):
            keys.add(f"{kind}|count|{what}|{rng.low}")
    if kind in SYMMETRIC_TYPES:
        ids = sorted(f.actor_ids | f.recipient_ids)
        keys.update(f"{kind}|pair|{x}|{y}" for i, x in enumerate(ids) for y in ids[i + 1:])
    elif kind not in MATERIAL_TYPES:
        keys.update(f"{kind}|named|{a}|{r}" for a in sorted(f.actor_ids)
                    for r in sorted(f.recipient_ids - f.actor_ids))
    if (digest := sentence_key(f)) is not None:
        keys.add(f"{kind}|sentence|{digest}")
    return frozenset(keys)


# ---------------------------------------------------------------- canonical summary

def summarize(members: Sequence[Features]) -> dict[str, Any]:
    """The canonical event's columns from its members: counts as the range over sources."""
    return summarize_kinds([(m, 1) for m in members], n_documents=len({m.doc_id for m in members}),
                           n_sources=len({m.outlet or m.doc_id for m in members}))


def summarize_kinds(kinds: Sequence[tuple[Features, int]], n_documents: int,
                    n_sources: int) -> dict[str, Any]:
    """``summarize`` from (member, how many members share its ``signature``) pairs: every
    column but the document and source counts depends on the signature only."""
    days = sorted(d for m, _ in kinds if (d := m.day) is not None)
    anchors = sorted(a for m, _ in kinds if (a := m.anchor) is not None)
    summary: dict[str, Any] = {
        "event_type": kinds[0][0].event_type,
        "mode": _most_common((m.mode, n) for m, n in kinds),
        "date_min": days[0].isoformat() if days else None,
        "date_max": days[-1].isoformat() if days else None,
        "anchor_day": anchors[0].isoformat() if anchors else None,
        "country": _most_common((m.country, n) for m, n in kinds),
        "place_key": _most_specific_place([m for m, _ in kinds]),
        "n_mentions": sum(n for _, n in kinds),
        "n_documents": n_documents,
        "n_sources": n_sources,
    }
    for kind in COUNT_KINDS:
        ranges = [r for m, _ in kinds if (r := m.counts.get(kind)) and not r.cumulative]
        summary[f"{kind}_min"] = min((r.low for r in ranges), default=None)
        summary[f"{kind}_max"] = max((r.upper for r in ranges), default=None)
    return summary


def _most_common(weighted) -> Any:
    """The most frequent truthy value of (value, weight) pairs; ties go to the smallest."""
    counted: Counter = Counter()
    for value, weight in weighted:
        if value:
            counted[value] += weight
    return sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counted else None


def _most_specific_place(members: Sequence[Features]) -> str | None:
    places = [m.place for m in members if m.place is not None]
    if not places:
        return None
    return max(places, key=lambda p: (PRECISION_RANK.get(p.precision or "", 0), p.key)).key
