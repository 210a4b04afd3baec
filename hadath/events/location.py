"""The event's location: the place among its sentence's (and those the sentence refers back
to) where it happened, not a launch site, a prison, the place of another fact or clause, of
an act answered or of what a protest is about."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..recognize.places import distance_km, load_place_stopwords
from ..records import Event, PlaceMention, Span
from ..text.matcher import Match
from ..text.normalize import normalize_key, normalize_string
from ..words import CONJUNCTIONS, alternation, function_words, without_proclitics
from .counts import opens_another_fact
from .lexicon import TriggerSense
from .protest_places import protest_purpose_start, stance_place, supported_place
from .setting import MEETING_MODES, is_own_venue, visit_destination
from .structure import (
    CLAUSE_BREAK,
    QUOTES,
    attached_prefix,
    clause_bounds,
    written_word_start,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()


_PRECISION_RANK = {"neighbourhood": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
# Types whose actor's own country, named as a party, is not where the act took place.
_GIVER_TYPES = frozenset({"ASSAULT", "AID"})
VERBAL_QUADS = (1, 3)
# A decision imposed from afar (sanctions, bans, boycotts, severed ties) happens where it is
# taken, which reports seldom name: the places a sentence gives are the target's ("على
# مستوطنين في الضفة"), what is banned ("حظر عملها في إسرائيل"), the cause or the decider's
# country.  A court's sentence (convict) is passed where the court sits and stays material.
_DECISION_TYPES = frozenset({"SANCTION"})
_MATERIAL_DECISION_MODES = frozenset({"convict"})


def _read_as_statement(event: Event) -> bool:
    """Verbal events and decisions only have a place named as their venue."""
    return event.quad in VERBAL_QUADS or (event.event in _DECISION_TYPES
                                          and event.mode not in _MATERIAL_DECISION_MODES)


# "شهدت المدينة مظاهرة": the subject of a verb of witnessing is where the event happened.
_WITNESS_VERB = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.witness_verbs)}(?!\w)")


def _witnessing_place(event: Event, places: list[PlaceMention], text: str,
                      t_start: int) -> PlaceMention | None:
    if "+support/" not in event.rule:
        return None     # the support verb was found within reach (asides skipped) by the matcher
    verbs = list(_WITNESS_VERB.finditer(text, event.sentence.start, t_start))
    if not verbs:
        return None
    verb = verbs[-1]
    between = [p for p in places if verb.end() <= p.start and p.end <= t_start]
    return min(between, key=lambda p: _PRECISION_RANK.get(p.precision, 5)) if between else None


def _pretext_openers() -> str:
    """An alternation of the pretext openers that lets a shadda follow ظل ("في ظلّ")."""
    return "(?:" + "|".join(re.escape(w).replace("ظل", "ظلّ?") for w in _WORDS.pretext_openers) + ")"


# "قصفت موقعا في الجليل ردا على الاعتداء على بلدة ..."، "فرضا حصارا على خلفية اغتيال القائد
# في X"، "في ظل تصعيد الحملة في X": the places of the act answered, or of the background or
# pretext, are not where this one happened.
_CAUSE_CLAUSE = re.compile(rf"(?<!\w)[وف]?(?:{alternation(_WORDS.retaliation_nouns)}[اًّ]*\s+(?:على|ل)(?!\w)"
                           rf"|{_pretext_openers()}(?!\w))")
# What a protest is against ("احتجاجا على"، "تنديدا بـ"، "وسط غضب متزايد من قرار X"): a place
# named there is what the protest is about, never where it is held.
_PROTEST_CAUSE = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.protest_cause_nouns)}[اًّ]*(?:\s+\w+)?"
                            rf"(?:\s+{alternation(_WORDS.protest_cause_prepositions)}(?!\w)|\s+[بل])")


def _victims_country(event: Event) -> PlaceMention | None:
    """The country of the first victim named with one that is not the attacker's."""
    attackers = {a.country for a in event.actor}
    victim = next((r for r in event.recipient if r.country and r.country not in attackers), None)
    if victim is None:
        return None
    return PlaceMention(victim.start, victim.end, victim.text, victim.country, victim.country,
                        None, None, "country", f"iso:{victim.country}")


def _after_another_trigger(event: Event, hits: list[Match[TriggerSense]], place_start: int) -> bool:
    """"أدانت الوزارة قصف مدرسة في غزة"، "التقى الوزير نظيره لبحث الأوضاع في غزة": another
    event word of the sentence stands between the trigger and the place, whose clause the
    place belongs to.  A statement keeps the place of the meeting it was made at ("طالب
    البيان الختامي للقمة التي عقدت في الرياض")."""
    return any(event.trigger.end <= h.start and h.end <= place_start
               and h.value.form != "blocker"
               and not (event.event != "CONSULT" and h.value.event == "CONSULT"
                        and h.value.mode in MEETING_MODES)
               for h in hits)


MEETING_VENUE_WORDS = 5     # "للقمة العربية الإسلامية التي عقدت في X"


def _named_with_meeting(event: Event, hits: list[Match[TriggerSense]], text: str,
                        place: PlaceMention) -> bool:
    """"طالب البيان الختامي للاجتماع الطارئ في عمّان": a place a few words after a meeting
    word of the statement's sentence is the meeting's venue, where the statement was made
    (not a topic)."""
    if event.event == "CONSULT":
        return False    # its own venue is read by ``is_own_venue`` ("محادثات ... في غزة" is a topic)
    meetings = [h for h in hits if h.value.event == "CONSULT" and h.value.mode in MEETING_MODES
                and event.sentence.start <= h.start and h.end <= place.start]
    if not meetings:
        return False
    last = max(m.end for m in meetings)
    between = text[last:place.start]
    return len(between.split()) <= MEETING_VENUE_WORDS and not CLAUSE_BREAK.search(between)


# "شهدت مناطق أخرى في الضفة اعتقالات"، "في حين شهدت مدن أوروبية أخرى مظاهرات": the event's
# clause says it happened elsewhere than the places named before.
_OTHER_PLACES = re.compile(rf"(?<!\w)[وف]?(?:في\s+|[بل])?{alternation(_WORDS.other_place_nouns)}"
                           rf"(?:\s+\w+)?\s+{alternation(_WORDS.other_place_adjectives)}(?!\w)")


def _without_places_left_behind(event: Event, places: list[PlaceMention],
                                text: str) -> list[PlaceMention]:
    """The places but those of an earlier clause when the trigger's clause speaks of other
    places ("اندلعت اشتباكات في جنين، وشهدت مناطق أخرى في الضفة اعتقالات")."""
    c_start, c_end = clause_bounds(text, event.sentence, event.trigger.start)
    other = _OTHER_PLACES.search(text, c_start, c_end)
    if other is None:
        return places
    return [p for p in places if not (p.end <= other.start()
                                      and _in_another_clause(p, text, event.trigger))]


_FRONTED_CUE = re.compile(r"[\s\"“«'(]*[وف]{0,2}في\s+(?:(?:ال)?(?:عاصمة|مدينة)\s+(?:ال\w+\s+)?)?")


# في/ب and directions: the words that may stand beside places that only locate one further
_PLACE_FILLER = re.compile(rf"[وفب]?(?:في|{alternation(_WORDS.directions)})")


def _only_places(places: list[PlaceMention], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only locates a place further ("جنوبي الضفة الغربية"):
    places, directions and في/ب, no verb that would make a clause of its own."""
    rest = text[start:end]
    for p in sorted((p for p in places if start <= p.start and p.end <= end), key=lambda p: -p.start):
        rest = rest[:p.start - start] + " " + rest[p.end - start:]
    return all(_PLACE_FILLER.fullmatch(w) for w in rest.split())


def _fronted_setting(event: Event, places: list[PlaceMention], text: str) -> PlaceMention | None:
    """"ففي البرازيل، حظر القاضي ..."، "وفي عمّان، قال الوزير ...": a place fronted at the head
    of the sentence before a comma is the setting of the whole sentence, so the venue of
    a statement or decision told after it (unless another fact opens in between)."""
    s = event.sentence
    for p in places:
        if not (s.start <= p.start and p.end <= event.trigger.start) or p.country is None:
            continue
        if _FRONTED_CUE.fullmatch(text, s.start, p.start) is None:
            continue
        comma = CLAUSE_BREAK.search(text, p.end, event.trigger.start)
        if comma is None or text[comma.start()] not in "،," \
                or not _only_places(places, text, p.end, comma.start()):
            return None
        if opens_another_fact(text, comma.end(), event.trigger.start):
            return None
        return p
    return None


def _outside_later_facts(places: list[PlaceMention], text: str, t_end: int) -> list[PlaceMention]:
    """"استشهد 22 فلسطينيا في غارات على رفح، في حين أفادت الإذاعة باعتقال 600 من مخيم جباليا":
    a place after a clause that opens another fact (في حين، فيما، كما ...) is that fact's,
    when the event's own stretch after its trigger names one.  (With only places before the
    trigger left, the old choice stays: the target country of an attack with no named sides
    is read from a place after the trigger.)"""
    kept = [p for p in places if p.start < t_end or not opens_another_fact(text, t_end, p.start)]
    return kept or places


def _vowelled(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` that lets harakat stand between their letters ("أُطلقت")."""
    return "(?:" + "|".join("[\u064B-\u0652]*".join(re.escape(c) for c in w) for w in words) + ")"


_LAUNCH_WORD = re.compile(rf"(?<!\w)[وفبل]?{_vowelled(_WORDS.launch_words)}(?!\w)")
# what may stand between the launch word and the place: its subject and object, then من and
# an optional direction ("أطلق حزب الله صاروخين من جنوب لبنان")
_LAUNCH_TAIL = re.compile(rf"((?:\s+[^\s،,؛;.:]+){{0,4}}?)\s+من\s+[\"“«']?"
                          rf"(?:{alternation(_WORDS.directions)}\s+)?$")
# words from the weapon (or the attack it made) to the launch word after it:
# "استهدافه بطائرة من دون طيار، أطلقت من لبنان"
LAUNCHED_WEAPON_WORDS = 6


def launch_site(event: Event, place: PlaceMention, text: str) -> bool:
    """"أطلقت المقاومة صواريخ من شمال القطاع"، "اعترض صاروخا أطلق من اليمن": the place right
    after من closing a launch phrase is where the weapon left from, when the event's trigger
    is the launch, its weapon, or the attack the weapon made a few words before it."""
    for launch in _LAUNCH_WORD.finditer(text, event.sentence.start, place.start):
        tail = _LAUNCH_TAIL.fullmatch(text, launch.end(), place.start)
        if tail is None or any(w.startswith(_WORDS.release_objects) for w in tail.group(1).split()):
            continue
        t = event.trigger
        if launch.start() <= t.start < place.start:
            return True
        between = text[t.end:launch.start()]
        if t.end <= launch.start() and len(between.split()) <= LAUNCHED_WEAPON_WORDS \
                and not opens_another_fact(text, t.end, launch.start()):
            return True
    return False


_DETENTION_NOUN = re.compile(rf"(?<!\w)[وفبل]?(?:ال|ل)?{alternation(_WORDS.detention_nouns)}"
                             rf"\s*[\"“«']?\s*$")
DETENTION_REACH = 30    # characters before the place: "مركز احتجاز “X”"


def _detention_place(place: PlaceMention, text: str) -> bool:
    """"سجن عوفر"، "معتقل X": a place named right after a detention noun is where people are
    held.  After من it is where they came from ("أفرج عنهم من سجن X") and stays."""
    start = max(0, place.start - DETENTION_REACH)
    noun = _DETENTION_NOUN.search(text, start, place.start)
    return noun is not None and not text[start:noun.start()].rstrip().endswith("من")


# words from a detention place to a place locating it: "معتقل X العسكري بصحراء النقب"
DETENTION_SETTING_WORDS = 4


def _held_places(places: list[PlaceMention], text: str, t_end: int) -> list[PlaceMention]:
    """The detention places named after an arrest trigger, with the places that locate
    them right after, in their clause ("نقلوا إلى معتقل X في النقب")."""
    held = [p for p in places if p.start >= t_end and _detention_place(p, text)]
    return [p for p in places if p in held
            or any(h.end <= p.start and len(text[h.end:p.start].split()) <= DETENTION_SETTING_WORDS
                   and not CLAUSE_BREAK.search(text, h.end, p.start) for h in held)]


# "إلى مستشفى X"، "الى مجمّع X الطبي"، "إلى “X”": the treatment noun may open the place's own
# name (a hospital in the gazetteer) or stand right before it
_TO_TREATMENT = re.compile(rf"(?<!\w)(?:إلى|الى)\s+(?:(?:ال)?{_vowelled(_WORDS.treatment_nouns)}\s+)?[\"“«']?$")
_TREATMENT_NAME = re.compile(rf"[\"“«']?(?:ال)?{_vowelled(_WORDS.treatment_nouns)}(?!\w)")
TREATMENT_REACH = 30    # characters before the place: "إلى مجمّع “X”"


def _treatment_destination(place: PlaceMention, text: str) -> bool:
    """"وصل الجرحى إلى مستشفى X"، "نقلوا إلى مجمع X الطبي": a hospital named right after إلى
    is where an attack's victims were brought, not where the attack was."""
    before = _TO_TREATMENT.search(text, max(0, place.start - TREATMENT_REACH), place.start)
    if before is None:
        return False
    return _TREATMENT_NAME.match(text, place.start) is not None \
        or _TREATMENT_NAME.search(before.group(0)) is not None


def _without_launch_and_detention_places(event: Event, places: list[PlaceMention],
                                         text: str) -> list[PlaceMention]:
    """An attack did not happen where its rocket was launched from, nor at the hospital its
    victims were taken to; an arrest did not happen in the prison the arrested were taken
    to, named after the trigger."""
    if event.event == "ASSAULT":
        places = [p for p in places
                  if not launch_site(event, p, text) and not _treatment_destination(p, text)]
    if event.event == "COERCE" and event.mode == "arrest":
        held = _held_places(places, text, event.trigger.end)
        places = [p for p in places if p not in held]
    return places


def location(event: Event, places: list[PlaceMention], text: str, t_start: int,
              hits: list[Match[TriggerSense]], read_purpose: bool = False,
              referred: Sequence[PlaceMention] = ()) -> PlaceMention | None:
    """The event's place among the sentence's (``_sentence_location``).  ``referred``: the
    places the sentence refers back to ("اقتحمت القوات المدينة", ``anaphora``); they are
    candidates only when the sentence's own places give none below country level, and are
    taken only when the same choice among all of them picks one.  Over a country the
    sentence names (often a party's: "تواصل إسرائيل قصف القطاع") only one of the trigger's
    own clause counts: the Strip of a later sentence-like clause is no better than the
    country ("خطف المسلحون رهائن من بلدة إسرائيلية. ثم بدأ الجيش هجومه على القطاع")."""
    found = _sentence_location(event, places, text, t_start, hits, read_purpose)
    if not referred or (found is not None and found.precision != "country"
                        and not _of_earlier_fact(found, text, event.trigger)):
        return found
    if any(found is p for p in places):
        referred = [r for r in referred if not _in_another_clause(r, text, event.trigger)]
        if not referred:
            return found
    everything = sorted([*places, *referred], key=lambda p: p.start)
    chosen = _sentence_location(event, everything, text, t_start, hits, read_purpose)
    return chosen if chosen is not None and any(chosen is r for r in referred) else found


_FACILITY_RULE = load_place_stopwords().facility_names
_COARSE = frozenset({"region", "country"})
FACILITY_PREPOSITIONS = ("ب", "ل")


def _after_facility_head(place: PlaceMention, text: str) -> bool:
    """The word before the place is a facility head, with و/ف and then ب/ل written onto it
    or not ("ومستشفى"، "بمدرسة"، "شارع")."""
    if _FACILITY_RULE is None:
        return False
    start = written_word_start(text, place.start)
    before = text[max(0, start - 40):start].split()
    if not before:
        return False
    key = without_proclitics(normalize_key(before[-1].strip(QUOTES)), (CONJUNCTIONS,))
    return key in _FACILITY_RULE.heads \
        or without_proclitics(key, (FACILITY_PREPOSITIONS,)) in _FACILITY_RULE.heads


def _lies_elsewhere(name: PlaceMention, other: PlaceMention, far_km: float) -> bool:
    """``other`` is in another country than ``name``, or (both below region level) farther
    than ``far_km`` from it; a region or country of the same one may contain it."""
    if name.country is None or other.country is None or other is name:
        return False
    if name.country != other.country:
        return True
    if name.precision in _COARSE or other.precision in _COARSE \
            or None in (name.lat, name.lon, other.lat, other.lon):
        return False
    return distance_km(name.lat, name.lon, other.lat, other.lon) > far_km


def facility_names(places: list[PlaceMention], text: str) -> set[int]:
    """The places (by id) that only name a facility after another place: "قصفت مستشفى
    القدس بمدينة غزة"، "مدرسة القاهرة في شارع الوحدة بغزة"، "شارع نابلس وبلدة اليامون".
    The place named after the facility head is a name when a place elsewhere follows it
    closely in its clause (place_stopwords.json: facility_names); that one says where the
    facility is."""
    rule = _FACILITY_RULE
    if rule is None:
        return set()
    names = set()
    for p in places:
        if not _after_facility_head(p, text):
            continue
        if any(p.end <= q.start and len(text[p.end:q.start].split()) <= rule.locator_words
               and not CLAUSE_BREAK.search(text, p.end, q.start) and _lies_elsewhere(p, q, rule.far_km)
               for q in places):
            names.add(id(p))
    return names


def _sentence_location(event: Event, places: list[PlaceMention], text: str, t_start: int,
                       hits: list[Match[TriggerSense]], read_purpose: bool = False) -> PlaceMention | None:
    """Material events happen where the sentence says; a visit where it goes; a statement
    or meeting only has a place when one is introduced by في/ب in the trigger's own clause
    (a topic such as "مفاوضات ... في قطاع غزة" is not where the talks were held).  A
    meeting's venue named elsewhere, and the place of statements made at it, come later
    (``setting``).  ``read_purpose``: a protest's place is read before what the protest is
    for or against in the wider sense (``protest_purpose_start``); the rescorer learnt the
    narrower reading, so the coder asks for it only once the event is scored."""
    # "اعتقلت الشرطة طلبة مناهضين للحرب على X": a place describing a participant or the cause
    places = [p for p in places if not stance_place(p.start, text, event)]
    names = facility_names(places, text)
    places = [p for p in places if id(p) not in names]
    if not places:
        return None
    witnessed = _witnessing_place(event, places, text, t_start)
    if witnessed is not None:
        return witnessed
    if event.event in _GIVER_TYPES:
        # "قصفت إسرائيل ..."، "هاجمت إسرائيل لبنان"، "تلقت القوات شحنات من الإمارات": a
        # country named as the attacker or giver is not where the act was; with no other
        # place, an attack's victims' country is
        unnamed = [p for p in places if not (p.precision == "country"
                                             and any(a.start == p.start and p.end == a.end
                                                     for a in event.actor))]
        if not unnamed:
            return _victims_country(event) if event.event == "ASSAULT" else None
        places = unnamed
    destination = visit_destination(event, places, text)
    if destination is not None:
        return destination
    if _read_as_statement(event):
        everything = places
        c_start, c_end = clause_bounds(text, event.sentence, t_start)
        places = [p for p in places if c_start <= p.start < c_end and p.start > t_start
                  and p.precision in ("city", "neighbourhood")
                  and not _after_another_trigger(event, hits, p.start)
                  and ((attached_prefix(text, p.start).endswith("ب")
                        or text[max(0, p.start - 4):p.start].strip().endswith("في"))
                       and (event.mode == "visit" or is_own_venue(event, p, text)
                            or _named_with_meeting(event, hits, text, p))
                       # a visit takes place where the visitor goes ("زيارته إلى طهران")
                       or (event.mode == "visit"
                           and text[max(0, p.start - 4):p.start].strip().endswith(("إلى", "الى"))))]
        if not places:
            return _fronted_setting(event, everything, text)
    else:
        own = _without_launch_and_detention_places(event, places, text)
        if len(own) < len(places):
            # with the launch site or prison gone, a place of another fact is no fallback
            own = [p for p in own if p.start < event.trigger.end
                   or not opens_another_fact(text, event.trigger.end, p.start)]
            if not own:
                return _victims_country(event) if event.event == "ASSAULT" else None
            places = own
        else:
            places = _outside_later_facts(places, text, event.trigger.end)
        places = _without_places_left_behind(event, places, text)
        if not places:
            return None
    cause = _CAUSE_CLAUSE.search(text, t_start, event.sentence.end)
    if event.event == "PROTEST":
        against = _PROTEST_CAUSE.search(text, event.sentence.start, event.sentence.end)
        cut = against.start() if against else None
        if read_purpose:
            cut = min((x for x in (cut, protest_purpose_start(event, text)) if x is not None), default=None)
        if cut is not None:
            places = [p for p in places if p.start < cut]
        if read_purpose:
            places = [p for p in places if not supported_place(p.start, text, event)]
        if (cut is not None or read_purpose) and not places:
            return None
    before_cause = [p for p in places if p.start < cause.start()] if cause else places
    after = [p for p in before_cause if p.start >= t_start] or before_cause or places
    return _best_place(after, text, event.trigger)


# The rank of a place (lowest first) by its precision, in the trigger's clause and in
# another clause (punctuation between them): a town of the trigger's clause beats a district
# named in another one ("دفعت بتعزيزات إلى مدينة X، وسط اشتباكات في مخيم Y"), a governorate
# beats a town; a place inside a region still beats the region (a town named after the
# comma usually tells where in it the event was), and a whole country comes last.
_CLAUSE_RANK = {"neighbourhood": (0.0, 1.5), "city": (1.0, 2.5), "admin1": (2.0, 2.75),
                "region": (3.0, 4.5), "country": (5.0, 6.5)}
_UNKNOWN_PRECISION_RANK = (7.0, 8.0)


def _in_another_clause(place: PlaceMention, text: str, trigger: Span) -> bool:
    lo, hi = (trigger.end, place.start) if place.start >= trigger.end else (place.end, trigger.start)
    return hi > lo and CLAUSE_BREAK.search(text, lo, hi) is not None


def _of_earlier_fact(place: PlaceMention, text: str, trigger: Span) -> bool:
    """The place is named before the trigger, with another fact opened in between
    ("قتل جنديان في جباليا، في حين استشهد 40 بغارات على القطاع")."""
    return place.end <= trigger.start and opens_another_fact(text, place.end, trigger.start)


def _normalized_alternation(words: Iterable[str]) -> str:
    return alternation(sorted({normalize_string(w) for w in words}, key=len, reverse=True))


# What stands between a place and one that only says where it lies (normalised text): a
# comma, then one or two directions, في or قرب (a place noun may follow), or a ب fused to
# the noun or the name: "بلدة قباطية جنوبي جنين"، "برقة شمالي غربي نابلس"، "اليامون، غربي
# مدينة جنين"، "جيت قرب مدينة قلقيلية"، "بني سهيلا في مدينة خان يونس"، "مخيم نور شمس بطولكرم".
_PLACE_NOUN = _normalized_alternation(load_place_stopwords().place_nouns)
_LOCATOR_LINK = re.compile(
    rf"\s*[،,]?\s*(?:(?:(?:[وب]?{_normalized_alternation(_WORDS.directions)}\s+){{1,2}}|(?:في|قرب|بالقرب\s+من)\s+)"
    rf"(?:ب?(?:ال)?{_PLACE_NOUN}\s+)?|ب(?:ال)?{_PLACE_NOUN}\s+|ب)")


def _locator_pairs(places: list[PlaceMention], text: str) -> list[tuple[PlaceMention, PlaceMention]]:
    """(place, locator): the places that only locate a place of the same country named
    right before them, which is at least as specific: "استشهد 3 في بلدة قباطية جنوبي جنين
    بعد اشتباكات" happened in Qabatiya, though Jenin is nearer the trigger."""
    def rank(p: PlaceMention) -> int:
        return _PRECISION_RANK.get(p.precision or "", 5)

    return [(x, y) for y in places for x in places
            if x.end <= y.start and x.country is not None and x.country == y.country and rank(x) <= rank(y)
            and _LOCATOR_LINK.fullmatch(normalize_string(text[x.end:y.start]))]


def _locators(places: list[PlaceMention], text: str) -> set[int]:
    """The places (by id) that only locate another (``_locator_pairs``)."""
    return {id(y) for _, y in _locator_pairs(places, text)}


_FINER_THAN_REGION = frozenset({"neighbourhood", "city", "admin1"})


def _foreign_to_own_regions(places: list[PlaceMention], other: set[int]) -> set[int]:
    """The places (by id) finer than a region that lie in another country than every
    region of the trigger's clause (``other``: the places of other clauses).  Such a place
    tells no more precisely where an act in that region was, so it does not outrank it:
    "استهدافه للمدنيين بغزة ... بالشروط التي تبنتها واشنطن" happened in the Strip.  A
    place of the region's own country keeps its rank (the region is often only a topic,
    "منذ بدء العدوان على غزة", beside the town where the act was); seas and other
    regions with no country are no territory a place lies in."""
    countries = {p.country for p in places
                 if p.precision == "region" and p.country is not None and id(p) not in other}
    if not countries:
        return set()
    return {id(p) for p in places if p.precision in _FINER_THAN_REGION and p.country not in countries}


# A place of a region's own country this near the region's point lies in it (the Gaza
# Strip's towns all lie within it of the Strip's point; place_stopwords.json: territory_km).
_TERRITORY_RULE = load_place_stopwords().territory_towns
CONTAINED_KM = _TERRITORY_RULE.territory_km if _TERRITORY_RULE is not None else 0.0


def _locative(place: PlaceMention, text: str) -> bool:
    """The place follows في or a fused ب: where something is, not what it is done to."""
    return attached_prefix(text, place.start).endswith("ب") \
        or text[max(0, place.start - 4):place.start].strip().endswith("في")


def _inside_own_regions(places: list[PlaceMention], other: set[int], text: str) -> set[int]:
    """The places (by id) of other clauses, finer than a region, that lie in a region the
    trigger's clause locates its act in with في or ب (the region's country, within
    ``CONTAINED_KM`` of its point).  They tell of another act in that region, not where in
    it this one was: "قتل جنديان في غزة خلال اليوم، وقال الجيش إنه وسع عملياته في رفح"
    happened in the Strip.  A region the act is aimed at ("شن غارات على القطاع، واستهدف
    منزلا في X") is often made precise by the town that follows."""
    regions = [p for p in places if p.precision == "region" and id(p) not in other
               and p.country is not None and p.lat is not None and p.lon is not None
               and _locative(p, text)]
    return {id(p) for p in places if id(p) in other and p.precision in _FINER_THAN_REGION
            and p.lat is not None and p.lon is not None and _tells_its_own_act(p, text)
            and any(r.country == p.country and distance_km(r.lat, r.lon, p.lat, p.lon) <= CONTAINED_KM
                    for r in regions)}


# words of its own a place's clause needs before it to tell another act ("وقال إنه وسع
# عملياته في X"); fewer only say where in the region the act was ("، خاصة في X"، "، منها X")
OWN_ACT_WORDS = 2
OWN_ACT_REACH = 200     # characters looked back for the clause's start


def _tells_its_own_act(place: PlaceMention, text: str) -> bool:
    reach = max(0, place.start - OWN_ACT_REACH)
    breaks = list(CLAUSE_BREAK.finditer(text, reach, place.start))
    start = breaks[-1].end() if breaks else reach
    words = [w for w in text[start:place.start].split() if not _PLACE_FILLER.fullmatch(w)]
    return len(words) >= OWN_ACT_WORDS


def _best_place(places: list[PlaceMention], text: str, trigger: Span) -> PlaceMention:
    """The most specific place, those of the trigger's clause first (``_CLAUSE_RANK``), then
    the nearest.  A place that only locates the one named before it ("X جنوبي Y") is no
    candidate beside it (``_locators``).  A place of another clause in a country none of
    the trigger's clause's places below country level lies in comes after all of them:
    "استمر القصف على القطاع، بينما تستضيف العاصمة المصرية جولة محادثات" happened in the
    Strip.  (A country of the trigger's clause is often the actor's, "المقاومة في لبنان",
    so it does not count.)  A town of another country than the regions of the trigger's
    clause ranks as a region beside them (``_foreign_to_own_regions``), unless a region of
    its own country locates it; so does a place of another clause inside a region of the
    trigger's clause (``_inside_own_regions``)."""
    pairs = _locator_pairs(places, text)
    locators = {id(y) for _, y in pairs}
    in_a_region = {id(x) for x, y in pairs if y.precision == "region"}     # "عسقلان في غلاف غزة"
    places = [p for p in places if id(p) not in locators] or places
    other = {id(p) for p in places if _in_another_clause(p, text, trigger)}
    own_countries = {p.country for p in places if id(p) not in other and p.precision != "country"}
    # "قتل جنديان في جباليا، في حين استشهد 115 بغارات على مناطق من القطاع": a place of a
    # fact told before the trigger's, when the trigger's own clause names one
    earlier_fact = {id(p) for p in places if own_countries and _of_earlier_fact(p, text, trigger)}
    outside = (_foreign_to_own_regions(places, other) - in_a_region) | _inside_own_regions(places, other, text)

    def rank(p: PlaceMention) -> tuple[bool, float, int]:
        precision = "region" if id(p) in outside else p.precision or ""
        own_rank, other_rank = _CLAUSE_RANK.get(precision, _UNKNOWN_PRECISION_RANK)
        if id(p) in earlier_fact:
            return (True, other_rank, abs(p.start - trigger.start))
        if id(p) not in other:
            return (False, own_rank, abs(p.start - trigger.start))
        return (bool(own_countries) and p.country not in own_countries, other_rank, abs(p.start - trigger.start))

    return min(places, key=rank)
