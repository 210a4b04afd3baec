"""Where talk happens: a meeting's venue, and the statements reported from it.

A statement or a meeting has a place only when the text says where it was.  Beyond a
place introduced in the trigger's own clause (``location.location``), a meeting takes:

1. a venue named elsewhere in its sentence, introduced as a venue ("وفي القاهرة، التقى ..."،
   "... الثلاثاء، بموسكو"، "بالعاصمة أنقرة") right after an argument, a date, a comma or the
   sentence start -- not after a content noun, where a place is the topic ("بحث الأوضاع في
   غزة");
2. for a reception ("استقبل X Y"، "التقى ... في مقره"), the host's seat, only when the
   document names the capital of the host's country (every location points to a mention).

A visit takes place where it goes ("زيارته إلى طهران"، "زيارة الوزير لمصر"), which
``location.location`` asks ``visit_destination``.

After merging, the statements, supports and agreements that follow a meeting held at such
a venue (within a few sentences of one of its mentions, made by its sides or impersonally,
"تم التوافق", and not after "وفي سياق متصل") inherit its place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import ActorMention, Event, PlaceMention, Sentence, TimeMention
from ..text.layer import TextLayer
from ..text.normalize import normalize_string
from ..words import alternation, function_words
from .structure import CLAUSE_BREAK, attached_prefix

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

MEETING_MODES = frozenset({"meet", "visit", "multilateral"})
# Verbal types that may be reported from a meeting (a meeting itself is located on its own).
REPORTED_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                            "THREATEN"})
# Sentences after a meeting's last mention whose statements are still told from it.
SETTING_WINDOW = 3
# Mentions that name a side of a meeting in person (an agent such as "الأسرى" is what is
# talked about as often: "بحث ملف الأسرى في غزة").
_SIDE_KINDS = frozenset({"person", "institution", "organization"})
_TOWN_PRECISIONS = frozenset({"city", "neighbourhood"})
_CAPITAL_CUE = re.compile(r"(?:ال)?عاصمة")
# Hosts that receive delegations (not a school or a hospital receiving people).
_HOST_SECTORS = frozenset({"GOV", "LEG", "MIL", "SPY", "PTY", "REB", "OPP", "JUD", "ELI"})
_HOST_KINDS = frozenset({"country", "capital"})

# "في القاهرة"، "بموسكو"، "بالعاصمة الأردنية عمان"، "في مدينة جدة": a place so introduced
# is where something is, not whom it concerns.
_VENUE_CUE = re.compile(r"(?<!\w)[وف]?(?:في\s+|ب)(?:(?:ال)?(?:عاصمة|مدينة)\s+(?:ال\w+\s+)?)?$")
_CUE_REACH = 40                 # characters before a place searched for its cue
# "زيارته إلى X"، "لمصر"، "للعاصمة الفرنسية باريس"، "يزور الوزير العاصمة ..."؛ "زيارته
# أنقرة" (the place right after).
_DESTINATION_CUE = re.compile(r"(?:(?<!\w)(?:إلى|الى)\s+(?:العاصمة\s+(?:ال\w+\s+)?)?"
                              r"|(?<!\w)[وف]?ل(?:لعاصمة\s+(?:ال\w+\s+)?)?"
                              r"|(?<!من\s)(?<!\w)العاصمة\s+(?:ال\w+\s+)?)$")
_RIGHT_AFTER = re.compile(r"\s*(?:العاصمة\s+(?:ال\w+\s+)?)?")
_DESTINATION_WORDS = 6           # words between a visit and its destination's cue
# Every form starts with one of the stems استقبل / يستقبل / تستقبل, which are forms too.
_RECEPTION_VERBS = tuple(normalize_string(w) for w in _WORDS.reception_verbs)
# "التقى ... في مقره"، "بمكتبه"، "في قصر ...": a meeting at one side's seat.
_SEAT_WORDS = re.compile(rf"(?<!\w)(?:في|ب)\s*{alternation(_WORDS.seat_nouns)}(?:ه|ها|هم)?(?!\w)")
_SKIPPED_BEFORE_CUE = " \t\n\"'«»“”()"
# "خلال لقائه ..."، "على هامش القمة": a statement before such a meeting mention in its
# sentence was made during the meeting.
_DURING = re.compile(rf"(?<!\w){alternation(_WORDS.during_words)}\s*$")
# A sentence that turns to another matter ("وفي سياق متصل، ..."، "من جهة أخرى").
_SUBJECT_CHANGE = re.compile(rf"\s*[وف]?{alternation(_WORDS.topic_turn_prepositions)}"
                             rf"\s*{alternation(_WORDS.topic_turn_nouns)}"
                             rf"(?:\s+{alternation(_WORDS.topic_turn_qualifiers)})?")
_TALKS_OCCUR = re.compile(rf"\s+(?:التي\s+|الذي\s+)?{alternation(_WORDS.talks_occur_verbs)}(?!\w)")
# An impersonal report ("تم التوافق"، "جرى الاتفاق") speaks for the meeting's sides.
_IMPERSONAL = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.impersonal_verbs)}\s*$")


def is_meeting(event: Event) -> bool:
    return event.event == "CONSULT" and event.mode in MEETING_MODES


def venue_cue_start(text: str, place: PlaceMention) -> int | None:
    """Where the في / ب (with العاصمة / مدينة and one adjective) introducing ``place``
    starts, or None when it is not so introduced."""
    reach = max(0, place.start - _CUE_REACH)
    m = _VENUE_CUE.search(text, reach, place.start)
    return m.start() if m else None


def _anchor_before(text: str, sentence: Sentence, pos: int,
                   anchors: dict[int, str]) -> str | None:
    """What closes right before ``pos``: "start" (of the sentence), "comma", or the kind
    of the anchor (keyed by its end) that ends there; None for anything else (a content
    noun, whose place is its topic: "بحث الأوضاع في غزة")."""
    end = pos
    while end > sentence.start and text[end - 1] in _SKIPPED_BEFORE_CUE:
        end -= 1
    if end <= sentence.start:
        return "start"
    if CLAUSE_BREAK.match(text, end - 1):
        return "comma"
    return anchors.get(end)


def _venue_anchors(event: Event, times: list[TimeMention]) -> dict[int, str]:
    """Ends of what a venue may follow: the trigger, a date, a side named in person."""
    s = event.sentence
    return _anchors_with_dates(event, [t.end for t in times if s.start <= t.start < s.end])


def _anchors_with_dates(event: Event, date_ends: list[int]) -> dict[int, str]:
    s = event.sentence
    anchors = {end: "date" for end in date_ends}
    anchors.update({a.end: "side" for a in event.actor + event.recipient
                    if a.kind in _SIDE_KINDS and s.start <= a.start < s.end})
    anchors[event.trigger.end] = "trigger"
    return anchors


def is_venue(event: Event, place: PlaceMention, times: list[TimeMention], text: str) -> bool:
    """Whether ``place``, in the event's sentence, is introduced as where it happened: by
    في / ب right after the trigger or a date (any place but a region), or right after a
    side, a comma or the sentence start (a town; "في العاصمة ..." is one)."""
    return _introduced_as_venue(event, place, text, _venue_anchors(event, times))


def is_own_venue(event: Event, place: PlaceMention, text: str) -> bool:
    """``is_venue`` with the event's own date as the only date: where a statement or a
    meeting was made, not a place its content names ("دعا إلى وقف إطلاق النار في غزة")."""
    dates = [event.date_span.end] if event.date_span is not None else []
    anchors = _anchors_with_dates(event, dates)
    if is_meeting(event):
        # "التقى الوزير نظيره التركي في أنقرة": any side of a meeting, not only one named in person
        anchors.update({m.end: "side" for m in event.actor + event.recipient
                        if event.sentence.start <= m.start < event.sentence.end})
    occurring = _TALKS_OCCUR.match(text, event.trigger.end)
    if occurring is not None:
        # "محادثات تجري في الدوحة": the verb of the talks taking place is part of the trigger
        anchors[occurring.end()] = "trigger"
    return _introduced_as_venue(event, place, text, anchors)


def _introduced_as_venue(event: Event, place: PlaceMention, text: str,
                         anchors: dict[int, str]) -> bool:
    s = event.sentence
    if not (s.start <= place.start < s.end) or place.country is None \
            or place.precision == "region":
        return False
    cue = venue_cue_start(text, place)
    if cue is None:
        return False
    anchor = _anchor_before(text, s, cue, anchors)
    if anchor in ("trigger", "date"):
        return True
    return anchor is not None and (place.precision in _TOWN_PRECISIONS
                                   or _CAPITAL_CUE.search(text, cue, place.start) is not None)


def _told_of_another(event: Event, place: PlaceMention, others: list[Event]) -> bool:
    """Another event's trigger stands between the meeting's and the place ("مفاوضات ...
    على أساس المحادثات التي عقدت في 2022 بمدينة X")."""
    low, high = sorted((event.trigger.end, place.start))
    return any(o is not event and low <= o.trigger.start < high for o in others)


def sentence_venue(event: Event, places: list[PlaceMention], times: list[TimeMention],
                   text: str, others: list[Event]) -> PlaceMention | None:
    """The venue the meeting's sentence names, nearest the trigger and not told of
    another event of ``others``."""
    found = [p for p in places if is_venue(event, p, times, text)
             and not _told_of_another(event, p, others)]
    return min(found, key=lambda p: abs(p.start - event.trigger.start)) if found else None


def is_reception(event: Event, text: str) -> bool:
    """"استقبل X Y"، "التقى X Y في مقره": one side hosts the other."""
    if not is_meeting(event) or "/nouns/" in event.rule:
        return False
    word = normalize_string(event.trigger.text).lstrip("وف")
    if word in _RECEPTION_VERBS:
        return True
    return _SEAT_WORDS.search(text, event.trigger.end, event.sentence.end) is not None


def visit_destination(event: Event, places: list[PlaceMention], text: str) -> PlaceMention | None:
    """Where a visit goes: a place a few words after "زيارة" / "زار" introduced by إلى or ل
    ("زيارته إلى طهران"، "زيارة الوزير الجارية لمصر"، "للعاصمة الفرنسية باريس") or right
    after it ("أثناء زيارته أنقرة"), in the trigger's clause."""
    word = normalize_string(event.trigger.text).lstrip("وف")
    if event.event != "CONSULT" or event.mode != "visit" or word.startswith(_RECEPTION_VERBS):
        return None
    after_subject = _object_after_subject(event, places, text)
    if after_subject is not None:
        return after_subject
    for p in places:
        if p.start < event.trigger.end or p.country is None:
            continue
        before = text[event.trigger.end:p.start]
        if CLAUSE_BREAK.search(before) or len(before.split()) > _DESTINATION_WORDS:
            return None
        if _RIGHT_AFTER.fullmatch(before) or _DESTINATION_CUE.search(before) \
                or p.text.startswith("لل"):     # "للسعودية": the ل is inside the span
            return p
    return None


def _subject_end(event: Event, text: str) -> int | None:
    """Where the subject named right after a visit verb ends ("يزور وزير الداخلية الكويتي
    فلان الفلاني ..."): its mentions follow the trigger, each after nothing but spaces."""
    pos, found = event.trigger.end, False
    for a in sorted(event.actor, key=lambda a: a.start):
        if a.start < pos:
            continue
        if text[pos:a.start].strip():
            break
        pos, found = a.end, True
    return pos if found else None


def _object_after_subject(event: Event, places: list[PlaceMention],
                          text: str) -> PlaceMention | None:
    """"يزور وزير الداخلية الكويتي الأردن"، "زار الرئيس العاصمة الأردنية عمان": a visit
    verb's place object right after its subject, without a preposition."""
    if "/nouns/" in event.rule:
        return None
    end = _subject_end(event, text)
    if end is None:
        return None
    for p in places:
        if p.start < end or p.country is None:
            continue
        fused = attached_prefix(text, p.start).lstrip("و")
        return p if _RIGHT_AFTER.fullmatch(text[end:p.start]) and not fused \
            and not p.text.startswith("لل") else None
    return None


def _host(event: Event) -> ActorMention | None:
    """The side that receives: the reception's first actor, a government body or person of
    a country (or the country itself)."""
    first = next((a for a in event.actor if a.country), None)
    if first is None or not (first.kind in _HOST_KINDS or first.sector in _HOST_SECTORS):
        return None
    return first


def host_seat(event: Event, places: list[PlaceMention], actors: list[ActorMention],
              text: str) -> PlaceMention | None:
    """The capital of the host's country, where the document names it; the mention
    nearest the reception."""
    host = _host(event) if is_reception(event, text) else None
    if host is None:
        return None
    capitals = {(a.start, a.end) for a in actors if a.kind == "capital" and a.country == host.country}
    named = [p for p in places if p.country == host.country and (p.start, p.end) in capitals]
    return min(named, key=lambda p: abs(p.start - event.trigger.start)) if named else None


@dataclass(frozen=True, slots=True)
class Venue:
    """Where one meeting mention was held, and the date told with it."""
    place: PlaceMention
    date: str | None


def meeting_venues(events: list[Event], places: list[PlaceMention], actors: list[ActorMention],
                   times: list[TimeMention], text: str) -> dict[int, Venue]:
    """Before merging (a reception's host is its own actor): the venue of each meeting
    mention, by trigger start -- the place of its clause when that is introduced as a
    venue, else the venue its sentence names, else its host's seat."""
    venues: dict[int, Venue] = {}
    for e in events:
        if not is_meeting(e):
            continue
        if e.location is not None:
            if is_venue(e, e.location, times, text) \
                    or e.location == visit_destination(e, places, text):
                venues[e.trigger.start] = Venue(e.location, e.date)
            continue
        found = sentence_venue(e, places, times, text, events) \
            or host_seat(e, places, actors, text)
        if found is not None:
            venues[e.trigger.start] = Venue(found, e.date)
    return venues


def locate_meetings(events: list[Event], venues: dict[int, Venue], layer: TextLayer) -> None:
    """After merging: a meeting with no place takes the venue of its first mention that
    has one -- its own, or one told in another sentence with the same date (two meetings
    are sometimes merged: "يزور X تركيا في موازاة انعقاد محادثات في قطر")."""
    for e in events:
        if e.location is not None or not is_meeting(e):
            continue
        own = e.sentence.index
        found = next((venues[m.start] for m in [e.trigger, *e.mentions] if m.start in venues
                      and (m is e.trigger or (_sentence_index(layer, m.start) != own
                                              and venues[m.start].date == e.date))), None)
        e.location = found.place if found else None


def _sentence_index(layer: TextLayer, pos: int) -> int:
    sentence = layer.sentence_at(pos)
    return sentence.index if sentence is not None else -1


def _is_side(actor: ActorMention, meeting: Event) -> bool:
    """A side of the meeting: a person or body of a side's country and sector ("الرئيس
    التونسي" after a meeting of the president named), or that country named as such
    ("وأعرب عن دعم مصر" after a meeting of Egypt's president) -- not another party of the
    same country (a movement after a meeting of the government)."""
    sides = [m for m in meeting.actor + meeting.recipient if m.kind in _SIDE_KINDS and m.country]
    if actor.kind in _SIDE_KINDS:
        return any(m.country == actor.country and m.sector == actor.sector for m in sides)
    return actor.kind == "country" and any(m.country == actor.country for m in sides)


def _spoken_from(event: Event, meeting: Event, text: str) -> bool:
    """The event's actors are the meeting's sides, or the report is impersonal
    ("وتم التوافق على ...")."""
    if not event.actor:
        return _IMPERSONAL.search(text, event.sentence.start, event.trigger.start) is not None \
            or normalize_string(event.trigger.text).lstrip("وف").startswith(("تم ", "جرى "))
    return all(_is_side(a, meeting) for a in event.actor)


def _changes_subject(text: str, sentence: Sentence) -> bool:
    """"وفي سياق متصل، قال ..."، "من جهة أخرى": the report turns to another matter."""
    return _SUBJECT_CHANGE.match(text, sentence.start) is not None


def inherit_meeting_setting(events: list[Event], layer: TextLayer, venues: dict[int, Venue]) -> None:
    """A statement with no place of its own, told during or just after a meeting held at
    a known venue, by its sides, was made there (after merging: a meeting's mentions are
    all known)."""
    text = layer.text
    mentions = sorted(((m.start, _sentence_index(layer, m.start), e)
                       for e in events if is_meeting(e) and e.factual
                       for m in [e.trigger, *e.mentions]), key=lambda x: x[0])
    venue_spans = {(v.place.start, v.place.end) for v in venues.values()}
    if not mentions or not venue_spans:
        return
    for e in events:
        if e.location is not None or e.event not in REPORTED_TYPES \
                or _changes_subject(text, e.sentence):
            continue
        before = [(index, m) for pos, index, m in mentions
                  if pos < e.trigger.start
                  or (index == e.sentence.index and _DURING.search(text, e.sentence.start, pos))]
        if not before:
            continue
        index, meeting = before[-1]
        where = meeting.location
        if where is None or (where.start, where.end) not in venue_spans \
                or not 0 <= e.sentence.index - index <= SETTING_WINDOW:
            continue
        if e.date is not None and e.date != meeting.date:
            continue
        if _spoken_from(e, meeting, text):
            e.location = where
