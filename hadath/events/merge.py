"""Document-local merging: several mentions of one happening become one event."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..recognize.places import distance_km
from ..records import COUNT_KINDS, SYMMETRIC_TYPES, ActorMention, Event, PlaceMention
from ..text.normalize import normalize_string
from ..words import alternation, function_words, normalised, without_proclitics
from .arguments import ARMED_SECTORS, PLACE_KINDS
from .arguments.vocabulary import TOPIC_VERBS
from .arguments.word_shapes import possessed_form_in
from .classifier import has_running_total, parse_rule
from .counts import opens_another_fact
from .dating import MATERIAL_CONFLICT, in_period
from .structure import CLAUSE_BREAK, QUOTES

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

# Modes that different words of one happening may carry (a meeting reported as بحث then
# استقبل; a strike reported as غارة then قصف).
MODE_FAMILIES: tuple[frozenset[str | None], ...] = (
    frozenset({"meet", "visit", None}),
    frozenset({"aerial", "drone", "heavy-weapons", "explosives", "firearms", "destroy", None}),
)
# Modes of a one-sided attack that may be a side's fire in the clash told beside it.
CLASH_MODES = frozenset({None, "firearms"})
# Types whose mode-less words name an act of their own, not the type in general: a COERCE
# raid ("اقتحام") beside an arrest ("الاقتحامات والاعتقالات") is another act.  Elsewhere a
# mode-less word is generic ("هجوم" may be the غارة told again) and fits any mode.
SPECIFIC_UNMODED_TYPES = frozenset({"COERCE"})
MAX_SENTENCE_DISTANCE = 6
# The sector of civilians, who may themselves attack (settlers).
CIVILIAN_SECTOR = "CVL"
# Happenings that reports list one after another (strikes, raids, protests in several towns).
INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Happenings told of one place and one time (an attack, a protest); a coercion such as a
# siege or a closure lasts and spreads ("الحصار" of a country told again of its city).
PLACED_TYPES = frozenset({"ASSAULT", "PROTEST"})
# Places below a country that may be an event's target.
TARGET_PLACE_KINDS = frozenset({"place", "city"})
# Statements one side makes (a demand, an accusation, a refusal, a threat, backing), whose
# actor is the speaker; meetings and agreements have parties on both sides instead.
STATEMENT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
PERSON_KIND = "person"


# A call and the talks verb telling what was discussed in it ("تلقى اتصالا من نظيره بحثا
# خلاله ..."): one happening, told as a call.
CALL_MODE = "phone"
MEETING_MODE = "meet"
VERB_FORMS = frozenset({"past", "present"})
PRONOUN_SUBJECT_ENDINGS = _WORDS.pronoun_subject_endings     # "بحثا": they two discussed


def _talks_of_call(a: Event, b: Event) -> tuple[Event, Event] | None:
    """"تلقى الوزير اتصالا من نظيره بحثا خلاله الأوضاع"، "بحث الأمير في اتصالين مع
    الرئيسين ...": a talks verb in the sentence of a call tells what the call discussed,
    when its subject is a pronoun ending (the call's two sides) or it names no party the
    call does not.  The call and the talks verb, else None."""
    if a.event != "CONSULT" or a.sentence.index != b.sentence.index \
            or {a.mode, b.mode} != {CALL_MODE, MEETING_MODE}:
        return None
    call, talks = (a, b) if a.mode == CALL_MODE else (b, a)
    if parse_rule(talks.rule)[1] not in VERB_FORMS or TOPIC_VERBS.match(talks.trigger.text) is None:
        return None
    named = _countries(talks.actor) | _countries(talks.recipient)
    if _pronoun_subject(talks) or named <= _countries(call.actor) | _countries(call.recipient):
        return call, talks
    return None


def _modes_compatible(event: str, a: str | None, b: str | None) -> bool:
    if a == b or ((a is None or b is None) and event not in SPECIFIC_UNMODED_TYPES):
        return True
    return any(a in f and b in f for f in MODE_FAMILIES)


def _countries(entities) -> set[str]:
    return {e.country for e in entities if e.country}


def _participants_compatible(a: Event, b: Event, group_roots: Mapping[str, str]) -> bool:
    pa, pb = _countries(a.actor) | _countries(a.recipient), _countries(b.actor) | _countries(b.recipient)
    return (not pa or not pb or bool(pa & pb)) and not _roles_cross(a, b) \
        and not _armed_groups_differ(a, b, group_roots)


def _armed_groups(e: Event, group_roots: Mapping[str, str]) -> set[str]:
    """The armed groups (by their top group) among the event's actors."""
    return {group_roots[m.id] for m in e.actor if m.id in group_roots and m.sector in ARMED_SECTORS}


def _armed_groups_differ(a: Event, b: Event, group_roots: Mapping[str, str]) -> bool:
    """"أعلن حزب الله استهداف موقع ... وأعلنت قوات الفجر قصف موقع ...": two armed groups of
    one country that are not one another's wings each tell their own attack.  A clash, where
    the groups may be sides of one fight, is not judged; nor are statements, where a
    collective ("الفصائل") may sum up what one of its groups says."""
    if a.event != "ASSAULT" or a.mutual or b.mutual:
        return False
    ga, gb = _armed_groups(a, group_roots), _armed_groups(b, group_roots)
    return bool(ga and gb) and not ga & gb


def _one_sided_beside_clash(a: Event, b: Event) -> bool:
    """"أصيب طفلان برصاص الجيش خلال مواجهات": an attack whose attacker is no named side of
    the clash it happened in is another happening, and so is one told in another sentence;
    a casualty with no attacker named ("قتل ثلاثة مسلحين في اشتباك مع الشرطة"), or one side
    firing ("مواجهات بين الشبان والقوات التي أطلقت الرصاص"), is the clash; air strikes and
    shelling "وسط اشتباكات" are not."""
    if a.mutual == b.mutual:
        return False
    clash, one_sided = (a, b) if a.mutual else (b, a)
    if a.sentence.index != b.sentence.index:
        return True
    sides = _countries(clash.actor)
    attackers = _countries(one_sided.actor)
    # "قتلت الكتائب جنودا في عمليات وسط معارك": victims the clash does not name (here it
    # names only the group that tells of it) make the attack a claim of its own
    victims = _countries(one_sided.recipient) - attackers
    fighting = one_sided.mode in CLASH_MODES and bool(sides and attackers and attackers <= sides) \
        and victims <= sides | _countries(clash.recipient)
    return bool(one_sided.actor) and not fighting


def _roles_cross(a: Event, b: Event) -> bool:
    """"كمن المسلحون لدورية للجيش، في حين قتل الجيش ثلاثة منهم في غارة": who attacks in
    one mention is attacked in the other, or the two attackers differ — two happenings.
    Two-sided mentions (clashes) are not judged."""
    if a.event in SYMMETRIC_TYPES or a.mutual or b.mutual:
        return False
    a_act, a_rec = _countries(a.actor), _countries(a.recipient)
    b_act, b_rec = _countries(b.actor), _countries(b.recipient)
    # A country on both sides of one mention tells no direction (often a victim read as
    # actor); the others still do, in a merged event that took a town of its attacker's
    # country too.
    a_by, a_on = a_act - a_rec, a_rec - a_act
    b_by, b_on = b_act - b_rec, b_rec - b_act
    return bool(a_by & b_on or a_on & b_by) or bool(a_by and b_by and not a_act & b_act) \
        or _civilians_beside_forces(a, b)


def _sectors(entities) -> set[str]:
    return {e.sector for e in entities if e.sector}


def _civilians_beside_forces(a: Event, b: Event) -> bool:
    """"برصاص الجيش ... في هجوم للمستوطنين": of one country, armed forces attack in one
    mention and civilians (settlers) in the other — two attackers, two happenings."""
    if a.event != "ASSAULT":
        return False
    a_sectors, b_sectors = _sectors(a.actor), _sectors(b.actor)
    return bool(a_sectors and b_sectors) and not a_sectors & b_sectors \
        and CIVILIAN_SECTOR in a_sectors | b_sectors \
        and bool((a_sectors | b_sectors) & ARMED_SECTORS)


def _counts_compatible(a: Event, b: Event) -> bool:
    for kind in COUNT_KINDS:
        ca, cb = getattr(a, kind), getattr(b, kind)
        if ca and cb and (ca.min, ca.max) != (cb.min, cb.max):
            return False
    return True


# Places precise enough that two different ones are two happenings (strikes on two towns).
LOCAL_PRECISIONS = frozenset({"city", "neighbourhood"})


# Places wider than a town: a region or a governorate, which the gazetteer gives as a point
# with no extent.
WIDE_PRECISIONS = frozenset({"region", "admin1"})
# How far from its point a region still reaches: the widest curated region in Palestine and
# Israel, the West Bank, reaches Jenin at about 57 km from its point, while Gaza lies 89 km
# from it and the north of occupied Palestine 180 km from Gaza.  Governorates get no reach:
# the curated ones run from Gaza's, a few km across, to al-Anbar and the Darfur states,
# hundreds of km across.
REACH_KM = {"region": 75.0}


def _places_compatible(a: Event, b: Event, text: str) -> bool:
    if not a.location or not b.location or a.quad in (1, 3):
        return True
    if a.location.precision in LOCAL_PRECISIONS and b.location.precision in LOCAL_PRECISIONS \
            and a.location.name != b.location.name:
        return False
    return a.location.country == b.location.country and not _settings_differ(a, b, text)


def _settings_differ(a: Event, b: Event, text: str) -> bool:
    """A region (or governorate) and a place of the same country are one setting only when
    the place lies within the region's reach and nothing else tells the two mentions apart:
    "قصف مستوطنة شمالي فلسطين المحتلة بصواريخ الكاتيوشا ... استهداف كريات شمونة بمسيرة"
    names two means.  Within one sentence a mention often takes the place of a neighbouring
    phrase ("قتل ... وأصاب ... من طلاب غزة والضفة"), so there distance alone does not part
    them."""
    if not {a.location.precision, b.location.precision} & WIDE_PRECISIONS:
        return False
    # "استشهد ثلاثة في القصف" may resume the other mention by a wider word
    means_differ = None not in (a.mode, b.mode) and a.mode != b.mode \
        and not any(_resumes_by_noun(e, text) for e in (a, b))
    if means_differ and {a.location.precision, b.location.precision} & LOCAL_PRECISIONS:
        return True
    far = not _within_reach(a.location, b.location)
    return far and (a.sentence.index != b.sentence.index or means_differ)


def _town_act_after_region(region_event: Event, town_event: Event) -> bool:
    """"تتواصل الاشتباكات في غزة، في ظل قصف مكثف على جباليا": a mention set in a town or
    district, told after one set only in a region of its country, is an act of its own when
    it names a targeted place the region's mention does not and the region's mention gives
    no toll; the region's mention (a headline, the war's day count) then sums up many such
    acts.  A toll of the region's mention may be the town's act's, the victims or toll of
    the town's mention may be the region's act's ("وقتل ثلاثة فلسطينيين في نابلس"), and a
    region's mention told after a town's resumes it ("وأعلنت الوزارة استشهاد 21 في القصف")."""
    wide, local = region_event.location, town_event.location
    if wide is None or local is None or wide.precision != "region" \
            or local.precision not in LOCAL_PRECISIONS or wide.country != local.country:
        return False
    if any(getattr(region_event, k) is not None for k in COUNT_KINDS):
        # the town's act may be the one the region's toll was told of ("تعلن مقتل موظف في
        # جنوب لبنان ... . الغارة على سيارة في بلدة X")
        return False
    named = {_identity(m, "recipient") for m in region_event.recipient}
    return any(_identity(m, "recipient") not in named for m in town_event.recipient
               if m.kind in TARGET_PLACE_KINDS)


def _resumes_by_noun(e: Event, text: str) -> bool:
    """A definite noun naming no doer ("في القصف"); with a doer it tells an act of its own
    ("أطلقت القوات النار")."""
    return parse_rule(e.rule)[1] == NOUN_FORM and not e.actor and _is_definite(text, e.trigger.start)


def _within_reach(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether a place lies within a region's reach (two regions: within the wider reach)."""
    reach = max(REACH_KM.get(a.precision, 0.0), REACH_KM.get(b.precision, 0.0))
    if not reach or a.name == b.name or None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= reach


_TOKEN = re.compile(r"\S+")
_PLACE_PREPOSITIONS = normalised(_WORDS.venue_prepositions)


def _venue(e: Event, text: str) -> PlaceMention | None:
    """The meeting's place, unless it only qualifies a topic ("بحث الأوضاع في غزة"): a
    definite word before its في that is neither the trigger nor a participant."""
    place = e.location
    if place is None or not place.country or not e.sentence.start <= place.start <= e.sentence.end:
        return place
    words = list(_TOKEN.finditer(text, e.sentence.start, place.start))
    if words and words[-1].end() == place.start:
        words.pop()             # the ب fused to the place ("بالدوحة")
    if words and normalize_string(words[-1].group()).removeprefix("و") in _PLACE_PREPOSITIONS:
        words.pop()
    if not words:
        return place
    previous = words[-1]
    told = e.trigger.start <= previous.start() < e.trigger.end or any(
        m.start <= previous.start() < m.end for m in e.actor + e.recipient)
    topic = normalize_string(previous.group()).lstrip("وف").startswith("ال") and not told
    return None if topic else place


def _venue_countries(e: Event, text: str) -> set[str]:
    """Where a meeting is held, as countries: where a visit goes, else its place."""
    if e.mode == "visit" and "/nouns/" not in e.rule:
        # "زار القاهرة": a visit verb's place object (a noun's is often not: "ساهمت الزيارة
        # في إرجاء الولايات المتحدة ...")
        destinations = {r.country for r in e.recipient if r.kind in PLACE_KINDS and r.country}
        if destinations:
            return destinations
    venue = _venue(e, text)
    return {venue.country} if venue is not None and venue.country else set()


# Connectors that set a happening beside another one going on at the same time.
_SIMULTANEOUS = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.simultaneity_connectors)}(?!\w)")


def _visitors_differ(a: Event, b: Event) -> bool:
    """"أول زيارة لوزير كويتي إلى بغداد ... وسبقتها زيارة وزير عراقي للكويت": visits by
    people of different countries are different visits (its actor is the one who travels)."""
    if a.mode != "visit" or b.mode != "visit":
        return False
    va = {m.country for m in a.actor if m.country and m.kind not in PLACE_KINDS}
    vb = {m.country for m in b.actor if m.country and m.kind not in PLACE_KINDS}
    return bool(va and vb and not va & vb)


def _meetings_compatible(a: Event, b: Event, text: str) -> bool:
    """"يزور الوزير تركيا بالتوازي مع محادثات في الدوحة"، a past visit to Cairo recalled in a
    report of talks in Ankara: meetings held in two different places, or on two different
    known days, are two meetings."""
    if a.event != "CONSULT":
        return True
    if _visitors_differ(a, b):
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    va, vb = _venue(a, text), _venue(b, text)
    if va is not None and vb is not None and va.precision in LOCAL_PRECISIONS \
            and vb.precision in LOCAL_PRECISIONS and va.name != vb.name:
        return False
    ca, cb = _venue_countries(a, text), _venue_countries(b, text)
    return not ca or not cb or bool(ca & cb)


def _speakers_differ(a: Event, b: Event) -> bool:
    """"دعا لابيد إلى ... . وحثّ سموتريتش على ...": two statements by speakers of different
    countries, or by two different named persons, are two statements (a person and the
    office or country he speaks for may be one speaker)."""
    if a.event not in STATEMENT_TYPES:
        return False
    ca, cb = _countries(a.actor), _countries(b.actor)
    if ca and cb and not ca & cb:
        return True
    pa = {m.id for m in a.actor if m.kind == PERSON_KIND and m.id}
    pb = {m.id for m in b.actor if m.kind == PERSON_KIND and m.id}
    return bool(pa and pb) and not pa & pb


def is_anaphoric(e: Event, text: str) -> bool:
    """A definite verbal noun with no participants ("وتناول اللقاء"، "وأسفر القصف عن")
    refers back to a happening already reported."""
    named = e.actor + [r for r in e.recipient if r.kind != "place"]    # not the attacked place
    return "/nouns/" in e.rule and not named and _is_definite(text, e.trigger.start)


def _incident_told_elsewhere(a: Event, b: Event) -> bool:
    """"ردّ الحزب على الاعتداءات على بلدة X، التي استهدفها بسلسلة من الغارات أمس": a
    definite noun of an attack or a protest told in another sentence resumes no mention
    set in another town or district, or on another known day."""
    if a.event not in PLACED_TYPES or a.sentence.index == b.sentence.index:
        return False
    towns_differ = _named_town(a) and _named_town(b) and not _same_town(a, b)
    return towns_differ or (a.date is not None and b.date is not None and a.date != b.date)


def _is_definite(text: str, start: int) -> bool:
    """The trigger word carries the article, inside its span or among its proclitics."""
    word_start = start
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in QUOTES:
        word_start -= 1
    return normalize_string(text[word_start:start + 2]).lstrip("وفبلك").startswith("ال") or \
        normalize_string(text[word_start:start]).endswith(("ال", "لل"))


def same_happening(a: Event, b: Event, text: str, lead_index: int = -1,
                   group_roots: Mapping[str, str] | None = None) -> bool:
    """``group_roots``: each armed group's top group (``KnowledgeBase.top_groups``), which
    tells two groups apart from two wings of one."""
    if a.event != b.event or a.factual != b.factual:
        return False
    call = _talks_of_call(a, b)
    if call is not None and _pronoun_subject(call[1]):
        # "تلقى اتصالا من نظيره بحثا خلاله": the pronoun names the call's sides, whatever
        # participants the verb was read with
        return True
    if not _modes_compatible(a.event, a.mode, b.mode) and call is None:
        return False
    if _coordinated_nouns(a, b, text):
        return True
    if _one_sided_beside_clash(a, b):
        return False
    if is_anaphoric(b, text):
        # "وتناول اللقاء ..." resumes the meeting; a place it names is its topic
        return _counts_compatible(a, b) and not _incident_told_elsewhere(a, b)
    if not _meetings_compatible(a, b, text):
        return False
    if _told_after_another(text, a, b):
        return False
    if _speakers_differ(a, b):
        return False
    if a.sentence.index == b.sentence.index and \
            in_period(text, a.sentence, a.trigger.start) != in_period(text, b.sentence, b.trigger.start):
        # "ووقع الهجوم مساء الأحد في ولاية تشهد هجمات منذ سنوات": one attack, and a series
        return False
    if a.sentence.index == b.sentence.index and \
            opens_another_fact(text, min(a.trigger.end, b.trigger.end), max(a.trigger.start, b.trigger.start)):
        return False
    if a.sentence.index == b.sentence.index and _SIMULTANEOUS.search(
            text, min(a.trigger.end, b.trigger.end), max(a.trigger.start, b.trigger.start)):
        # "يزور الوزير اليونان بالتزامن مع مشاورات في القاهرة": what goes on alongside is another
        return False
    # The same dated happening may be resumed anywhere in the article; undated mentions
    # only merge nearby.
    if (a.date is None or a.date != b.date) and \
            abs(a.sentence.index - b.sentence.index) > MAX_SENTENCE_DISTANCE:
        return False
    if a.sentence.index != b.sentence.index and \
            _is_background(text, a.sentence.start) != _is_background(text, b.sentence.start):
        return False
    if a.sentence.index != b.sentence.index and has_running_total(a) != has_running_total(b):
        # "استشهدت الطفلة متأثرة بإصابتها ... وباستشهادها يرتفع عدد الشهداء إلى 692": the
        # total counts the incident among many, it is not the incident
        return False
    # Across sentences an undated mention is background, not the dated happening; but the
    # lead sums up, undated, what the body then tells with its date.
    lead_summary = a.sentence.index == lead_index and (a.date is None) != (b.date is None) \
        and not (_going_on(a) or _going_on(b))
    if a.sentence.index != b.sentence.index and a.date != b.date and not lead_summary:
        return False
    if not (_participants_compatible(a, b, group_roots or {}) and _counts_compatible(a, b)
            and _places_compatible(a, b, text)):
        return False
    if _town_act_after_region(a, b):
        return False
    if a.sentence.index != b.sentence.index and _act_beside_summary(a, b, text):
        return False
    return a.sentence.index == b.sentence.index or lead_summary or not _next_incident(a, b, text)


_JOINING_WAW = re.compile(r"\s*و\s*")
NOUN_FORM = "nouns"


def _coordinated_nouns(a: Event, b: Event, text: str) -> bool:
    """"استهداف وقنص جنود"، "قصف وتدمير منازل": two action nouns of one type joined by a bare
    و share their genitive and tell one act, even when the genitive was read as the agent of
    one of them; the kept mention's sides stay (``_absorb``)."""
    if a.sentence.index != b.sentence.index or a.mutual != b.mutual \
            or parse_rule(a.rule)[1] != NOUN_FORM or parse_rule(b.rule)[1] != NOUN_FORM:
        return False
    first, second = (a, b) if a.trigger.start < b.trigger.start else (b, a)
    return _JOINING_WAW.fullmatch(text, first.trigger.end, second.trigger.start) is not None


def _act_beside_summary(a: Event, b: Event, text: str) -> bool:
    """"يواصل الجيش عدوانه على القطاع ... . واستهداف الجيش بالقصف أطراف رفح"، "ارتكب الجيش
    ثلاث مجازر في القطاع ... . وقصفت المدفعية حي الزيتون": a mention that sums up many acts
    (a campaign told as going on, or acts told by a plural noun) and, in another sentence, a
    mention placed in one town or district are the tally and one act of it (unless the
    summary is told of that same place: "تواصل القوات اقتحام المخيم"), and so are a summary
    told of no town or district and an act told by an indefinite noun.  Each way of summing
    up is judged alone: a campaign going on and a plural noun that took in the act of its
    own sentence ("تستمر الاعتداءات ... في قصف طال بلدة X") are two records too."""
    return _beside(a, b, _going_on, text) or _beside(a, b, _told_as_many, text)


def _beside(a: Event, b: Event, sums_up: Callable[[Event], bool], text: str) -> bool:
    if sums_up(a) == sums_up(b):
        return False
    summary, single = (a, b) if sums_up(a) else (b, a)
    if _named_town(single):
        return not _same_town(summary, single)
    # "تنفذ المقاومة سلسلة عمليات شمالي فلسطين المحتلة ... . ونفذت المقاومة عملية استهدفت
    # مبنى ...": an act told by an indefinite noun is one act of a tally told of no town; a
    # tally told of a town may be the same strike told twice ("غارات على منزل في المخيم ...
    # غارة استهدفت المنزل")
    return not _named_town(summary) and _told_as_one(single, text)


def _told_as_one(e: Event, text: str) -> bool:
    """A single act told by an indefinite noun ("نفذت المقاومة عملية"، "شن هجوماً"): not a
    campaign going on, not counted ("15 غارة"، "مجزرتين"), and with no doer read as its
    genitive or possessor ("استهداف قوات الاحتلال"، "قصفه"), which makes the noun definite."""
    _, form, how, _ = parse_rule(e.rule)
    if form != NOUN_FORM or _told_as_many(e) or _going_on(e) \
            or any(tag.endswith(OWNED_TAG_ENDINGS) for tag in how.split("+")):
        return False
    word = normalize_string(e.trigger.text.split()[0]) if e.trigger.text.split() else ""
    return not (_is_definite(text, e.trigger.start) or _has_possessive(e.trigger.text)
                or _construct_with_definite(text, e.trigger.end) or word.endswith(DUAL_ENDINGS)
                or _counted(text, e.trigger.start))


# How-tags of a noun whose doer is its genitive or possessor ("agent"، "possessor-agent").
OWNED_TAG_ENDINGS = ("agent", "possessed")
# A feminine act noun in the dual ("غارتين"، "مجزرتين") counts two acts.
DUAL_ENDINGS = ("تين", "تان")
_NUMBER_BEFORE = re.compile(r"\d+\s*$")


def _counted(text: str, start: int) -> bool:
    """"شن الطيران 15 غارة": a number right before the noun counts acts."""
    return _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None


_SUMMARY_NOUNS = normalised(_WORDS.summary_act_nouns)
_CONJUNCTION_SLOTS = (("و", "ف"), ("لل", "بال", "ب", "ل"), ("ال",))


def _told_as_many(e: Event) -> bool:
    """Acts told by a plural noun ("مجازر"، "بالغارات"، "عملياتها")."""
    return parse_rule(e.rule)[1] == NOUN_FORM and _plural_act_noun(e.trigger.text)


def _plural_act_noun(trigger_text: str) -> bool:
    words = trigger_text.split()
    if not words:
        return False
    word = without_proclitics(normalize_string(words[0]), _CONJUNCTION_SLOTS)
    return word in _SUMMARY_NOUNS or possessed_form_in(word, _SUMMARY_NOUNS)


def _sums_up(e: Event) -> bool:
    return _going_on(e) or _told_as_many(e)


def _going_on(e: Event) -> bool:
    """"يواصل الجيش قصفه للمدينة": a campaign told as going on sums up no single strike."""
    return "continued" in parse_rule(e.rule)[3]


# "يذكر أن ..."، "يشار إلى أن ...": what follows recalls earlier events.
_BACKGROUND_OPENING = re.compile(rf"\s*[وف]?{alternation(_WORDS.background_openers)}(?!\w)")


def _is_background(text: str, sentence_start: int) -> bool:
    return _BACKGROUND_OPENING.match(text, sentence_start) is not None


# "وبعد ذلك، استهدفت ..."، "وبعدها ...": a sentence opened by a time relative to what was
# told before tells another fact.
_SEQUENCE_OPENING = re.compile(rf"\s*[وف]?(?:{alternation(_WORDS.relative_time_adverbs)}"
                               rf"|{alternation(_WORDS.relative_time_prepositions)} ذلك"
                               rf"|{alternation(_WORDS.earlier_later_openers)})(?!\w)")


def _told_after_another(text: str, a: Event, b: Event) -> bool:
    """The later of two mentions in two sentences opens its sentence with a relative time
    ("وبعد ذلك"، "وفي وقت سابق")."""
    later = a if a.sentence.index > b.sentence.index else b
    return a.sentence.index != b.sentence.index and \
        _SEQUENCE_OPENING.match(text, later.sentence.start) is not None


def _verb_with_target(e: Event) -> bool:
    return ("/past/" in e.rule or "/present/" in e.rule) and bool(e.recipient)


def _indefinite_noun_with_target(e: Event, text: str) -> bool:
    """"وأعلنت الحركة إطلاقها رشقة صاروخية على X": an indefinite action noun with a target
    of its own, a place included, introduces a new happening (a definite one may resume an
    earlier one)."""
    return "/nouns/" in e.rule and not _is_definite(text, e.trigger.start) \
        and not _has_possessive(e.trigger.text) \
        and not _construct_with_definite(text, e.trigger.end) and bool(e.recipient)


def _construct_with_definite(text: str, t_end: int) -> bool:
    """"برصاص الاحتلال"، "غارة الجيش": a noun before a definite genitive is definite."""
    following = text[t_end:t_end + 30].split()
    return bool(following) and normalize_string(following[0]).lstrip("وف").startswith("ال")


def _has_possessive(trigger_text: str) -> bool:
    """"متأثرة بإصابتها": a noun with a possessive pronoun is definite too."""
    word = trigger_text.split()[0] if trigger_text.split() else ""
    return len(word) > 4 and word.endswith(("ها", "هم", "هما", "ه"))


def _next_incident(a: Event, b: Event, text: str) -> bool:
    """"استهدفت الكتائب خطوط الإمداد ... . واستهدفت أيضا تجمعات للجنود ...": a report lists
    one attack after another, each told by its own verb (or indefinite noun) and target; the
    later one is the same happening only when it names the same place or the same toll."""
    if a.event not in INCIDENT_TYPES or not (_verb_with_target(b)
                                             or _indefinite_noun_with_target(b, text)):
        return False
    same_place = a.location is not None and b.location is not None and a.location.name == b.location.name
    same_toll = any(getattr(a, k) is not None and getattr(b, k) is not None
                    for k in COUNT_KINDS)
    return not (same_place or same_toll)


def _identity(m: ActorMention, side: str) -> tuple[str | None, ...]:
    """Who a participant is when two mentions of a happening are merged: a targeted town or
    district is itself (two towns of one country are two targets: "قصف رفح ... ونسف منازل في
    خان يونس"); anyone else, a country too, is its country and entry."""
    if side == "recipient" and m.kind in TARGET_PLACE_KINDS:
        return ("place", normalize_string(m.name or m.text))
    return (m.country, m.id)


def _named_people(entities: list[ActorMention]) -> bool:
    """A person, group or body with a country stands on this side (not only places)."""
    return any(m.kind not in PLACE_KINDS and m.country for m in entities)


def _takes_participant(kept: Event, side: str, opposed: set[str], m: ActorMention) -> bool:
    """Whether a participant of an absorbed mention joins the kept one's side: not a place
    beside the people the side already names ("قتل رجلان في قصف طال منزلا في الحي الشرقي": the
    two men were hit, not the district), and, in a one-sided attack or coercion whose side
    already names someone, not one of a country the kept mention told on the other side
    (``opposed``: "اعتداء مستوطنين على المزارعين تحت حراسة الجيش": the escort is no target)."""
    mine = getattr(kept, side)
    if m.kind in PLACE_KINDS and _named_people(mine):
        return False
    directed = kept.quad == MATERIAL_CONFLICT and not kept.mutual and bool(mine)
    return not (directed and m.country in opposed)


def _absorb(kept: Event, other: Event, text: str) -> None:
    across = other.sentence.index != kept.sentence.index
    told = {"actor": _countries(kept.actor), "recipient": _countries(kept.recipient)}
    call = _talks_of_call(kept, other)
    if call is not None:
        # the call's sides are the talks' two sides: the pronoun of "بحثا" names no others
        kept.mode = CALL_MODE
    for side, other_side in (("actor", "recipient"), ("recipient", "actor")):
        if call is not None and other is call[1] and _pronoun_subject(other):
            continue
        mine = getattr(kept, side)
        if across and mine and kept.event not in SYMMETRIC_TYPES:
            # a side told in the kept mention keeps its parties: a report told again
            # further on names far or stale ones ("وانتقد رئيس الحكومة الإضراب في خطاب لاحق"); a
            # meeting's parties are told one by one ("يزور تركيا ... يلتقي إردوغان")
            continue
        have = {_identity(m, side) for m in mine + getattr(kept, other_side)}
        # one mention read with two kinds or two lengths by the two events is still one
        # participant, with its longer reading ("مدينة غزة" and "غزة"، "منزل عائلة X" and "عائلة")
        spans = {(m.start, m.end) for m in mine + getattr(kept, other_side)}
        for m in getattr(other, side):
            if _identity(m, side) not in have and (m.start, m.end) not in spans \
                    and not (m.country is None and m.id is None) \
                    and not any(s <= m.start and m.end <= e for s, e in spans) \
                    and _takes_participant(kept, side, told[other_side], m):
                mine[:] = [k for k in mine if not (m.start <= k.start and k.end <= m.end)] + [m]
                have.add(_identity(m, side))
                spans.add((m.start, m.end))
    for attr in ("date_span", "location", *COUNT_KINDS, "attributed_to"):
        if attr == "location" and kept.event == "CONSULT" and _venue(other, text) is None:
            continue    # "التقى الوزير نظيره لبحث الأوضاع في الخليل": the topic's place
        if getattr(kept, attr) is None and getattr(other, attr) is not None:
            setattr(kept, attr, getattr(other, attr))
            if attr == "date_span":
                kept.date, kept.date_precision = other.date, other.date_precision
    if kept.mode is None:
        kept.mode = other.mode
    kept.mutual = kept.mutual or other.mutual    # "قتل ثلاثة في اشتباك مع الشرطة": one clash
    kept.confidence = max(kept.confidence, other.confidence)
    kept.mentions.append(other.trigger)


def _pronoun_subject(talks: Event) -> bool:
    """The talks verb's ending is its subject ("بحثا"، "ناقشوا")."""
    verb = TOPIC_VERBS.match(talks.trigger.text)
    return verb is not None and verb.group("ending") in PRONOUN_SUBJECT_ENDINGS


# "إضافة إلى"، "فضلا عن": connectives that add one more thing to what was told before.
_ADDITIVE = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.additive_connectives)}(?!\w)")
# Modes that name an attack of its own kind; destruction after an additive connective is
# mostly what the strike before it did ("قصف ... فضلا عن تدمير المنازل").
_OWN_ATTACK_MODES = frozenset({"aerial", "drone", "heavy-weapons", "explosives", "firearms"})


def _additive_breaks(events: list[Event], text: str) -> list[tuple[int, Event, Event]]:
    """"أطلقت الآليات النار على المخيم، إضافة إلى قصف مدفعي": where an additive connective
    opens a clause whose first attack has a mode of its own that differs from the mode of
    the attack told right before it, what follows is another happening (the offsets of
    such connectives, each with the attack it opens and the one before it).  Counts read
    the connective as one fact ("استشهاد 3 إضافة إلى إصابة 5"), so only merging reads it,
    and only between attacks of two kinds."""
    breaks = []
    incidents = [e for e in events if e.event in INCIDENT_TYPES]
    for index in sorted({e.sentence.index for e in incidents}):
        told = sorted((e for e in incidents if e.sentence.index == index), key=lambda e: e.trigger.start)
        sentence = told[0].sentence
        for m in _ADDITIVE.finditer(text, sentence.start, sentence.end):
            before = [e for e in told if e.trigger.end <= m.start()]
            clause_end = _clause_end(text, m.end(), sentence.end)
            opened = [e for e in told if m.end() <= e.trigger.start < clause_end
                      and e.mode in _OWN_ATTACK_MODES]
            if before and opened and before[-1].mode in _OWN_ATTACK_MODES \
                    and before[-1].event == opened[0].event and before[-1].mode != opened[0].mode:
                breaks.append((m.start(), opened[0], before[-1]))
    return breaks


def _take_attacker_and_setting(added: Event, before: Event) -> None:
    """"أطلقت الآليات النار على المخيم أمس، إضافة إلى قصف مدفعي": the attack a connective
    adds, naming no attacker, day or place of its own, has those of the one before it."""
    if not added.actor:
        added.actor = list(before.actor)
    if added.date_span is None and before.date_span is not None:
        added.date_span, added.date, added.date_precision = before.date_span, before.date, before.date_precision
    if added.location is None:
        added.location = before.location


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    found = CLAUSE_BREAK.search(text, start, sentence_end)
    return found.start() if found is not None else sentence_end


def _split_by(breaks: list[int], a: Event, b: Event) -> bool:
    """One sentence tells the two mentions on two sides of an additive break."""
    if a.sentence.index != b.sentence.index:
        return False
    low, high = sorted((a.trigger.start, b.trigger.start))
    return any(low < p < high for p in breaks)


def _named_town(e: Event) -> bool:
    return e.location is not None and e.location.precision in LOCAL_PRECISIONS


def _same_town(a: Event, b: Event) -> bool:
    return a.location is not None and b.location is not None and a.location.name == b.location.name


def merge_events(events: list[Event], text: str, lead_index: int = -1,
                 group_roots: Mapping[str, str] | None = None) -> list[Event]:
    """``lead_index``: the index of the document's first body sentence (its lead);
    ``group_roots``: as for ``same_happening``."""
    additions = _additive_breaks(events, text)
    for _, added, before in additions:
        _take_attacker_and_setting(added, before)
    breaks = [at for at, _, _ in additions]
    merged: list[Event] = []
    for e in events:
        # "وأسفر القصف عن": a mention that resumes a happening resumes the last one told
        candidates = reversed(merged) if is_anaphoric(e, text) else iter(merged)
        compatible = (k for k in candidates if not _split_by(breaks, k, e)
                      and same_happening(k, e, text, lead_index, group_roots))
        kept = next(compatible, None)
        if kept is not None and kept.sentence.index != e.sentence.index and _sums_up(kept):
            # "تنفذ المقاومة عمليات ... . ونفذت عملية استهدفت فيها مبنى": a mention joins the
            # act its own sentence tells rather than a tally told before it
            kept = next((k for k in compatible if k.sentence.index == e.sentence.index), kept)
        if kept is not None and _named_town(e) and not _same_town(kept, e):
            # "استهداف مستوطنة كريات شمونة": a mention told of a town joins the event
            # told of that town rather than an earlier one set only in its region
            kept = next((k for k in compatible if _same_town(k, e)), kept)
        if kept is None:
            merged.append(e)
        else:
            _absorb(kept, e, text)
    return merged
