"""Places and countries as parties: people named without a country take the country of
the event's place or of the state the report is about; a place attacked or acted on, the
building or person acted on before a town, the country soldiers and armed groups belong to,
and the country a weapon was launched from as the attacker."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..kb import Entry, default_kb
from ..recognize.actors import (
    LOCATED_FORCE_SECTORS,
    SUPRANATIONAL_RULE,
    WHERE_RULE,
    dominant_state,
)
from ..records import INTERNATIONAL_CODES, ActorMention, Event, PlaceMention
from ..resources import load_json
from ..text.layer import TextLayer
from ..text.normalize import normalize_string
from ..words import alternation, function_words, normalised
from .arguments import (
    ARMED_SECTORS,
    PLACE_KINDS,
    PROTEST_SUPPORT_CUES,
    PROTEST_TARGET_CUES,
    STATE_FORCE_SECTORS,
    TOWN_KINDS,
    possessed_form_in,
)
from .arguments.coercion import follows_pursued_participle
from .arguments.vocabulary import VICTIM_SECTORS
from .arguments.word_shapes import _object_pronoun_on
from .counts import opens_another_fact
from .location import launch_site
from .protest_places import stance_place, supported_place
from .structure import (
    CLAUSE_BREAK,
    NISBA_ENDING,
    VOWELLED_WORD,
    attached_prefix,
    word_text,
    words_between,
    written_word_start,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

# What a protest is for or against: a place after them is the topic, not the venue.
_PURPOSE_WORDS = frozenset(normalize_string(w) for w in PROTEST_TARGET_CUES | PROTEST_SUPPORT_CUES)


def place_country_of_people(event: Event, text: str, t_end: int) -> str | None:
    """The event's place, unless it belongs to what the event is about ("تظاهر الطلاب
    احتجاجا على الحرب في غزة" happens elsewhere)."""
    loc = event.location
    if loc is None:
        return None
    if any(r.kind == "country" and r.start <= loc.start < r.end for r in event.recipient):
        return None     # "هتفوا «الموت لأمريكا»": the country is the target, not the people's
    if loc.start > t_end and any(normalize_string(w) in _PURPOSE_WORDS
                                 for w in words_between(text, t_end, loc.start)):
        return None
    if event.event == "PROTEST" and loc.start > t_end and supported_place(loc.start, text, event):
        return None     # "وقفة تضامنية مع غزة": whom the protesters stand with, not theirs
    return loc.country


def localised(mentions: list[ActorMention], country: str | None,
               local_sectors: frozenset[str], outsiders: frozenset[str]) -> list[ActorMention]:
    """"تظاهر المواطنون أمام مبنى المحافظة في البصرة"، "طالبت الحكومة": people and bodies
    named without a country (citizens, students, the government, parliament) are those of
    the place the event happens in, else of the report's country.  Armies, armed groups,
    refugees and outsiders (mediators, foreigners: kb "outsider") are not assumed local."""
    if country is None:
        return mentions
    return [with_country(m, country)
            if m.country is None and m.kind in ("agent", "institution") and m.sector in local_sectors
            and m.id not in outsiders else m for m in mentions]


def with_country(m: ActorMention, country: str) -> ActorMention:
    """The mention with the country its context gives it; people named as of no single
    state ("الصحفيين الأجانب"، "الشباب العربي") take none."""
    if SUPRANATIONAL_RULE in m.rule:
        return m
    return ActorMention(m.start, m.end, m.text, m.name, country, m.sector, m.id, m.kind,
                        m.rule + "+context-country")


# Sectors of the people a report names bare ("المتظاهرون"، "العمال"، "الجرحى"، "المعارضة")
# that are those of the state the report is clearly about when no place gives a country.
# Companies, courts, leaders and officials are left out: beside that state a report names
# foreign and international ones bare as often (world companies, the ICC prosecutor; wire
# texts, in sample).
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "MED", "OPP", "JRN", "AGR", "REL"})


def dominant_state_of(actors: list[ActorMention]) -> str | None:
    """The state a report is clearly about by the parties it names (the standard bare office
    titles take it by: 5+ mentions, half of those naming a state)."""
    return dominant_state(a.country for a in actors)


# Sectors of the people a short report's setting gives a country (``short_report_setting``):
# those of ``PEOPLE_SECTORS`` but analysts, experts, universities and students (EDU), who
# in a lede speak about the place or rally for it from abroad (wire ledes, in sample).
SETTING_SECTORS = PEOPLE_SECTORS - {"EDU"}
# A report this short (sentences besides its headline) is set where all its places are,
# even when it names them once: the wire's ledes name their town once and say "القطاع" or
# nothing after it (``home_country`` asks for two mentions).
SHORT_REPORT_SENTENCES = 3


def short_report_setting(layer: TextLayer, places: list[PlaceMention]) -> str | None:
    """The one country every place of a short report lies in, when it names a town or a
    region there; None for places of two countries, for countries named whole only (in a
    lede they are parties: "قتلت إسرائيل"، "لبنان تلقى"), or for a longer report.  A second
    country named whole is enough to say nothing: "متظاهرون في بريطانيا ... غزة" are not
    Gaza's."""
    body = [s for s in layer.sentences if not s.is_headline]
    if len(body) > SHORT_REPORT_SENTENCES:
        return None
    settings = [p for p in places if p.country and not _named_as_cause(p, layer)]
    countries = {p.country for p in settings}
    towns = [p for p in settings if p.precision != "country"]
    return next(iter(countries)) if len(countries) == 1 and towns else None


# Words that make a place right after them what people stand with or against, not where
# they are ("مسيرات تضامنية مع غزة"، "دعما لغزة"، "احتجاجا ضد ...").
_CAUSE_WORDS = _PURPOSE_WORDS | normalised(_WORDS.protest_support_words)
CAUSE_WORDS_BEFORE = 3


def _named_as_cause(place: PlaceMention, layer: TextLayer) -> bool:
    """A cause word among the ``CAUSE_WORDS_BEFORE`` words before the place, in its sentence."""
    sentence = layer.sentence_at(place.start)
    floor = sentence.start if sentence is not None else place.start
    before = [normalize_string(w) for w in words_between(layer.text, floor, place.start)]
    return any(w in _CAUSE_WORDS for w in before[-CAUSE_WORDS_BEFORE:])


def stands_for_party(place: PlaceMention) -> bool:
    """Whether a place may stand for the party of its country.  A gazetteer entry marked
    ``party: false`` only says where ("شمالي فلسطين المحتلة" is northern Israel, but the
    region is no target: "تهجير المستوطنين من شمال فلسطين المحتلة" acts on the settlers)."""
    return place.party


# Types whose victims are the people of the place they happen in (not protests, which
# have no target there, nor deployments).
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
TARGET_PLACE_PRECISIONS = ("neighbourhood", "city", "admin1", "region")


def recipients_with_place(event: Event, t_end: int, text: str,
                           sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """Material conflict in a named place: victims named without a country (جنود، مدنيون)
    are taken to be of the place's country (soldiers only when the fight does not show them
    to be the other side's: ``_soldiers_country``), and with no victim named at all the
    place's country is the target ("غارة على بلدة حولا" → LBN).  A place in a stance
    phrase ("منزل الناشطة المعروفة بتأييدها لـX") is no victim (``stance_place``)."""
    event = replace(event, recipient=[r for r in event.recipient if r.kind not in PLACE_KINDS
                                      or not (stance_place(r.start, text, event) or _origin_place(r, text))])
    event = replace(event, recipient=counted_victims_over_places(event, text, sentence_actors))
    if event.recipient:
        event = replace(event, recipient=_acted_on_for_towns(event, t_end, text, sentence_actors))
        event = replace(event, recipient=people_over_places(event, text, sentence_actors))
        if all(r.kind in PLACE_KINDS for r in event.recipient):
            event = replace(event, recipient=people_reached_by_campaign(event, t_end, text, sentence_actors)
                            or event.recipient)
    loc = event.location
    if loc is None or loc.country is None \
            or not (event.sentence.start <= loc.start < event.sentence.end):
        return event.recipient
    if loc.precision == "country":
        return _attacked_foreign_country(event, t_end)
    if loc.precision not in TARGET_PLACE_PRECISIONS:
        return event.recipient
    if event.recipient:
        soldiers = _soldiers_country(event, loc.country, sentence_actors)
        return [_victim_with_country(r, loc.country, soldiers) for r in event.recipient]
    acted_on = _acted_on_before(event, loc.start, loc.country, t_end, text, sentence_actors) \
        if event.event == "COERCE" else None
    if acted_on is not None:
        return [acted_on]
    if any(a.country == loc.country for a in event.actor) \
            or (loc.start < t_end and not _undergoing_place(event, loc, text)
                and not _attacked_before(event, loc, text)):
        return []
    casualties = _casualties_before(event, text, sentence_actors) \
        or _counted_in_relative_clause(event, text, sentence_actors) \
        or people_reached_by_campaign(event, t_end, text, sentence_actors)
    if casualties:
        soldiers = _soldiers_country(event, loc.country, sentence_actors)
        return [_victim_with_country(v, loc.country, soldiers) for v in casualties]
    # only where the town would be the recipient: the house or car hit in it is
    hit = (_acted_on_before(event, loc.start, loc.country, t_end, text, sentence_actors)
           or _antecedent_of_object_pronoun(event, loc.country, text)) \
        if event.event == "ASSAULT" else None
    if hit is not None:
        return [hit]
    if not stands_for_party(loc):
        return []
    acted_on = _object_before_town(event, loc.start, loc.country, t_end, text, sentence_actors)
    if acted_on is not None:
        return [acted_on]
    return [ActorMention(loc.start, loc.end, loc.text, loc.name, loc.country, None, None,
                         "place", "attacked-place")]


# Mentions that name a side by its state: a country and its adjective ("قاعدة إسرائيلية").
_STATE_KINDS = frozenset({"country", "demonym"})


def sides_hit_over_towns(event: Event, t_end: int, text: str,
                         sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"نفذت المقاومة عملية ضد قوات الاحتلال في رفح"، "شن حزب الله هجوما على قاعدة
    إسرائيلية بالجولان"، "عمليات ضد مواقع الاحتلال دعما لغزة": an attack whose attacker is
    named hits the other side named between the trigger and a town after it, a force or
    an object its state's adjective marks (``_side_hit_before``); the town only says where
    or what the attack is for, and the event's location keeps it.  Run once the attacker is
    known (a sentence's subject carried over names it last)."""
    if event.event != "ASSAULT" or not event.actor:
        return event.recipient
    out: list[ActorMention] = []
    for r in event.recipient:
        side = _side_hit_before(event, r, t_end, text, sentence_actors) \
            if _named_place(r) and r.start >= t_end else None
        out.append(r if side is None else side)
    return _without_overlaps(out)


def _side_hit_before(event: Event, town: ActorMention, t_end: int, text: str,
                     sentence_actors: list[ActorMention]) -> ActorMention | None:
    """The first armed force or state named after the trigger, in its clause, and before
    the town: of a state neither the town's nor any attacker's, no party of the event
    already.  An attacker's own state or forces between ("غارة من مسيرة إسرائيلية") are
    its instrument, not what it hit."""
    attackers = {a.country for a in event.actor}
    for m in sentence_actors:
        if not (t_end <= m.start and m.end <= town.start) or m.country is None \
                or m.country == town.country or m.country in attackers \
                or not (m.sector in ARMED_SECTORS or (m.sector is None and m.kind in _STATE_KINDS)) \
                or any(m.start < p.end and p.start < m.end for p in event.actor + event.recipient):
            continue
        if CLAUSE_BREAK.search(text, t_end, m.start):
            return None
        return m
    return None


# "مسيرة قادمة من اليمن": a participle of coming and من right before a place
_ORIGIN_BEFORE = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.origin_participles)}\s+من\s*$")
ORIGIN_LOOKBACK_CHARS = 20


def _origin_place(place: ActorMention, text: str) -> bool:
    """"قصفت مسيرة قادمة من اليمن مبنى في المدينة": the place a weapon or force came from
    is the attacker's side, not what was hit."""
    return _ORIGIN_BEFORE.search(text, max(0, place.start - ORIGIN_LOOKBACK_CHARS), place.start) is not None


def _named_place(r: ActorMention) -> bool:
    """A town, district or region read as a party (not a building, car or person acted on
    in it, which ``_acted_on_before`` names)."""
    return r.kind in TOWN_KINDS and not r.rule.startswith(("attacked-object", "acted-on"))


COUNTED_VICTIM_SECTORS = VICTIM_SECTORS | ARMED_SECTORS


def counted_victims_over_places(event: Event, text: str,
                                sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"استشهد 3 فلسطينيين في بلدة X بعد اشتباكات مع الجيش"، "ارتكب الجيش مجزرة في بلدة X
    استشهد فيها 40 مواطنا"، "اعتقال نحو 600 شخص من مخيم X": an attack or an arrest whose
    readers found no people or body it hit takes the people the sentence counts as its
    dead, hurt or arrested (``_casualties_before``, ``_counted_in_relative_clause``,
    ``_counted_possessed_victims``, ``_counted_arrested``), of the country the phrase gives
    them or else of the event's place; a town read as the recipient only says where, a
    building hit stays."""
    if any(r.kind not in PLACE_KINDS for r in event.recipient):
        return event.recipient
    if event.event == "ASSAULT":
        counted = _casualties_before(event, text, sentence_actors) \
            or _counted_in_relative_clause(event, text, sentence_actors) \
            or _counted_possessed_victims(event, text, sentence_actors)
    elif event.event == "COERCE" and event.mode in ARREST_MODES:
        counted = _counted_arrested(event, text, sentence_actors)
    else:
        return event.recipient
    # people and forces counted as hit; an office holder reported hurt ("إصابة قائد لواء")
    # is of the side that reports it more often than of the place
    counted = [v for v in counted if v.sector is None or v.sector in COUNTED_VICTIM_SECTORS]
    if not counted:
        return event.recipient
    loc = event.location
    if loc is not None and loc.country is not None:
        soldiers = _soldiers_country(event, loc.country, sentence_actors)
        counted = [_victim_with_country(v, loc.country, soldiers) for v in counted]
    return [r for r in event.recipient if not _named_place(r)] + counted


# "استشهاد 5 من صحفييها"، "مقتل 3 من أفراد عائلته"، "أصيب 38 من عسكرييه": a count, من and
# a role noun of the agent lexicon with a possessive pronoun, which the recognisers do not
# read; at most so many words from the casualty word to من, and from من to the noun
POSSESSED_COUNT_WORDS = 4
POSSESSED_NOUN_WORDS = 2
_PARTITIVE = "من"
_POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
PROCLITIC_LETTERS = ("و", "ف", "ب", "ل")
_CASUALTY_WORDS = normalised(_WORDS.casualty_nouns, _WORDS.casualty_verbs)


@lru_cache(maxsize=1)
def _agent_forms() -> dict[str, Entry]:
    """The agent lexicon's entries by normalised surface form."""
    return {normalize_string(f): e for e in default_kb().by_kind("agent") for f in e.forms}


def _possessed_agent(word: str) -> Entry | None:
    """The agent entry of a role noun written with a possessive pronoun ("صحفييها" →
    journalists, "عائلته" → families, "جنوده" → soldiers)."""
    key = normalize_string(word)
    for suffix in _POSSESSIVE_SUFFIXES:
        stem = key.removesuffix(suffix)
        if stem == key or len(stem) < 3:
            continue
        # a noun in ة writes it ت before the pronoun (عائلته)
        for form in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):
            if form and form in _agent_forms():
                return _agent_forms()[form]
        return None
    return None


def _counted_possessed_victims(event: Event, text: str,
                               sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"استشهد 3 من أفراد عائلته في غارة"، "أقر الجيش بمقتل 8 من جنوده جراء تفجير": the
    people counted by من and a role noun with a pronoun after the casualty word that is the
    trigger, or after one before an attack noun that is the circumstance of the death.
    Soldiers and police take the country of the force the pronoun stands for, named before
    them; other people that of the event's place."""
    leads = [m for m in _CASUALTY_LEAD.finditer(text, event.sentence.start, event.trigger.start)
             if not CLAUSE_BREAK.search(text, m.end(), event.trigger.start)] \
        if _circumstance_of_death(event, text) else []
    starts = [leads[-1].end()] if leads else []
    if _casualty_word(event.trigger.text):
        starts.append(event.trigger.end)
    for start in starts:
        victim = _possessed_after_count(text, start, event.sentence.end)
        if victim is not None:
            return [_with_owner_country(victim, sentence_actors)]
    return []


def _casualty_word(trigger_text: str) -> bool:
    """The trigger is itself a word of killing or wounding ("مقتل"، "بإصابة"، "استشهد")."""
    key = normalize_string(trigger_text)
    return key in _CASUALTY_WORDS or (key[:1] in PROCLITIC_LETTERS and key[1:] in _CASUALTY_WORDS)


def _possessed_after_count(text: str, start: int, end: int) -> ActorMention | None:
    """A count, من and a possessed role noun right after ``start``."""
    words = list(VOWELLED_WORD.finditer(text, start, end))[:POSSESSED_COUNT_WORDS + POSSESSED_NOUN_WORDS + 1]
    keys = [_word_key(w) for w in words]
    if _PARTITIVE not in keys[:POSSESSED_COUNT_WORDS + 1]:
        return None
    of = keys.index(_PARTITIVE)
    count = keys[:of]
    if not count or any(not k.isdigit() and k not in _BEFORE_REACHED for k in count) \
            or CLAUSE_BREAK.search(text, start, words[of].start()):
        return None
    for w in words[of + 1:of + 1 + POSSESSED_NOUN_WORDS]:
        entry = _possessed_agent(word_text(w))
        if entry is not None:
            begin = words[of + 1].start()
            return ActorMention(begin, w.end(), text[begin:w.end()], entry.name, None, entry.sector,
                                entry.id, "agent", "counted-possessed")
        if CLAUSE_BREAK.search(text, w.end(), w.end() + 1):
            return None
    return None


# the modes of COERCE that take people into custody
ARREST_MODES = frozenset({"arrest"})


def _counted_arrested(event: Event, text: str, sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"اعتقال نحو 600 شخص"، "توقيف الشرطة نحو 500 شاب": the people counted right after an
    arrest word, past its agent named right after it, with a count before them."""
    start = event.trigger.end
    agents = [a for a in event.actor if a.start >= start and not words_between(text, start, a.start)]
    if agents:
        start = max(a.end for a in agents)
    after = [m for m in sentence_actors if m.start >= start and m not in event.actor]
    if not after:
        return []
    first = min(after, key=lambda m: m.start)
    count = words_between(text, start, first.start)
    if not count or not any(w.isdigit() or normalize_string(w) in _BEFORE_VICTIM for w in count) \
            or len(count) > REACHED_COUNT_WORDS or CLAUSE_BREAK.search(text, start, first.start) \
            or any(not w.isdigit() and normalize_string(w) not in _BEFORE_REACHED for w in count) \
            or first.kind in PLACE_KINDS or first.kind in ("organization", "institution"):
        return []
    return [first]


def _with_owner_country(victim: ActorMention, sentence_actors: list[ActorMention]) -> ActorMention:
    """Soldiers or police with a pronoun are those of the force named last before them
    ("أقر جيش الاحتلال بمقتل 8 من جنوده")."""
    if victim.sector not in LOCATED_FORCE_SECTORS:
        return victim
    owner = next((m for m in reversed(sentence_actors) if m.end <= victim.start and m.country
                  and m.sector in LOCATED_FORCE_SECTORS and m.kind in ("institution", "organization")),
                 None)
    return victim if owner is None else with_country(victim, owner.country)


def people_over_places(event: Event, text: str, sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"استشهد 20 مواطنا في قصف على قطاع غزة"، "استشهد صحفيان في غارة على مخيم X": when
    the sentence names or counts the people an attack or arrest reached, they are its
    recipients and the town, camp or Strip only says where (the event's location keeps
    it).  The people are those read as recipients beside the place or, for an attack, the
    dead or hurt named before its noun (``_casualties_before``) or counted in a relative
    clause on it (``_counted_in_relative_clause``)."""
    places = [r for r in event.recipient if _named_place(r)]
    if not places:
        return event.recipient
    people = [r for r in event.recipient if r.kind not in PLACE_KINDS]
    if not people:
        people = _casualties_before(event, text, sentence_actors) \
            or _counted_in_relative_clause(event, text, sentence_actors)
    if not people:
        return event.recipient
    return [r for r in event.recipient if r not in places] + [p for p in people if p not in event.recipient]


# "بإصابة عاملين"، "واستشهاد طفلين": a casualty noun (with و or ب) whose genitive names the
# victims of the attack noun a few words after it
_CASUALTY_LEAD = re.compile(rf"(?<!\w)(?:[وب]?{alternation(_WORDS.casualty_nouns)}"
                            rf"|(?P<verb>[وف]?{alternation(_WORDS.casualty_verbs)}))(?!\w)")
_CIRCUMSTANCE_WORDS = normalised(_WORDS.circumstance_words, _WORDS.death_cause_words)
# "30 مواطنا استشهدوا جراء القصف": the verb after the people it counts
_CASUALTY_VERB_AFTER = re.compile(rf"\s*{alternation(_WORDS.casualty_verbs)}(?!\w)")
_BEFORE_VICTIM = normalised(_WORDS.number_words, _WORDS.quantity_words)
# words from the casualty noun to its victims ("استشهاد ما لا يقل عن 25 فلسطينيا"), and
# from the victims to the attack noun ("مقتل عاملين وجرح ثالث في غارة")
CASUALTY_LEAD_WORDS = 5
VICTIM_TO_TRIGGER_WORDS = 4
# when the attack noun is the circumstance of the death ("في"، "جراء"، "إثر"، "ب"), the
# victims may stand further back, past where and when they fell, an aside and the others
# hurt with them ("استشهد 3 فلسطينيين في بلدة X جنوبي مدينة Y بعد اشتباكات"، "استشهاد 9
# مواطنين، وإصابة 41 آخرين خلال 24 ساعة، نتيجة القصف"), up to a word opening another fact
CIRCUMSTANCE_LOOKBACK_CHARS = 160
CIRCUMSTANCE_VICTIM_WORDS = 12
# "بينهم"، "منهم": the part of the victims an aside names ("جرح 5 بينهم سيدة"), from the
# counts' own word list (data/casualty_counts.json, subset_pronouns)
_SUBSET_WORDS = normalised(w for w in load_json("casualty_counts.json")["subset_pronouns"] if " " not in w)


def _casualties_before(event: Event, text: str, sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"ذكر المسعفون إصابة ثلاثة عمال برصاص الجنود عند الحاجز"، "بإصابة جنديين بعملية دهس":
    people named as the genitive of a casualty noun right before the attack noun, in its
    clause, are the attack's victims; the town it happened in only says where.  When the
    attack noun is the circumstance of the death, the stretch may be longer and a joined
    casualty word naming no one ("وإصابة 41 آخرين") is passed over for the one before it."""
    if event.event != "ASSAULT":
        return []
    counted = _counted_before_verb(event, text, sentence_actors)
    if counted:
        return counted
    circumstance = _circumstance_of_death(event, text)
    lookback = CIRCUMSTANCE_LOOKBACK_CHARS if circumstance else 80
    leads = list(_CASUALTY_LEAD.finditer(text, max(event.sentence.start, event.trigger.start - lookback),
                                         event.trigger.start))
    for lead in reversed(leads):
        victim = _genitive_victim(event, text, sentence_actors, lead, circumstance)
        if victim is not None:
            return [victim]
        if not (circumstance and normalize_string(lead.group())[:1] == "و"):
            return []
    return []


def _genitive_victim(event: Event, text: str, sentence_actors: list[ActorMention],
                     lead: re.Match[str], circumstance: bool) -> ActorMention | None:
    """The people counted right after a casualty noun or verb before the attack noun, when
    nothing but a short stretch (or, for a circumstance, one fact) stands between."""
    if CLAUSE_BREAK.search(text, lead.start(), event.trigger.start) \
            and not (circumstance and _one_fact(text, lead.end(), event.trigger.start)):
        return None
    if lead.group("verb") and not circumstance:
        return None
    after_lead = [m for m in sentence_actors if lead.end() < m.start and m.end <= event.trigger.start
                  and m not in event.actor]
    if not after_lead:
        return None
    victim = min(after_lead, key=lambda m: m.start)
    # a count may be written "ما لا يقل عن 25"، "أكثر من 40"; a partitive whole ("أربعة من
    # رجال الشرطة"، "اثنين من قادة الحركة") may be a body or a place, which the partitive
    # readers sort out
    lead_gap = words_between(text, lead.end(), victim.start)
    if victim.kind in PLACE_KINDS or victim.kind == "country" or len(lead_gap) > CASUALTY_LEAD_WORDS \
            or any(not w.isdigit() and normalize_string(w) not in _BEFORE_REACHED for w in lead_gap) \
            or lead_gap[-1:] == [_PARTITIVE] \
            or not _victim_near_trigger(event, text, victim, sentence_actors, circumstance) \
            or any(victim.end <= a.start < event.trigger.start for a in event.actor):
        # an agent named between: the casualty is another clause's ("إصابة جندي وسط تكثيف الاحتلال قصفه")
        return None
    return victim


def _one_fact(text: str, start: int, end: int) -> bool:
    """No word between opens another fact or clause ("حيث"، "فيما"، "في حين"، "إن")."""
    return not any(normalize_string(w) in _REACH_CLAUSE_OPENERS for w in words_between(text, start, end))


def _victim_near_trigger(event: Event, text: str, victim: ActorMention,
                         sentence_actors: list[ActorMention], circumstance: bool) -> bool:
    """The victims stand close enough before the attack noun to be its own: a few words, or,
    when the noun is the circumstance of their death and they are people or forces, a
    longer stretch telling one fact and naming no other participant than the places they
    fell in and a part of themselves."""
    gap = words_between(text, victim.end, event.trigger.start)
    if len(gap) <= VICTIM_TO_TRIGGER_WORDS:
        return True
    # an office noun's long stretch is mostly its title ("قائد لواء شمال الضفة المقدم X")
    return circumstance and len(gap) <= CIRCUMSTANCE_VICTIM_WORDS \
        and (victim.sector is None or victim.sector in COUNTED_VICTIM_SECTORS) \
        and _one_fact(text, victim.end, event.trigger.start) \
        and not any(victim.end <= m.start < event.trigger.start and m.kind not in PLACE_KINDS
                    and not _in_subset_aside(text, victim.end, m.start) for m in sentence_actors)


def _in_subset_aside(text: str, victims_end: int, start: int) -> bool:
    """A participant after the victims is part of them, named in an aside ("بينهم سيدة")."""
    before = words_between(text, victims_end, start)[-3:]
    return any(normalize_string(w) in _SUBSET_WORDS for w in before)


def _circumstance_of_death(event: Event, text: str) -> bool:
    """"استشهد 4 مواطنين في قصف"، "برصاص"، "جراء غارة": the attack noun is the circumstance
    of the verb of dying (not a joined clause's own verb: "استشهد شاب وقصف الجيش بلدة")."""
    if event.trigger.text.startswith("ب") or "ب" in attached_prefix(text, event.trigger.start):
        return True     # "برصاص"، "بقصف": the ب written onto the noun or read apart from it
    # the word before the trigger's written word ("نتيجة القصف": over its article)
    word_start = written_word_start(text, event.trigger.start)
    before = list(VOWELLED_WORD.finditer(text, max(event.sentence.start, word_start - 12), word_start))
    return bool(before) and _word_key(before[-1]) in _CIRCUMSTANCE_WORDS


def _counted_before_verb(event: Event, text: str, sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"قالت المصادر إن 30 مواطنا استشهدوا جراء قصف": people named right before a verb of
    being killed or hurt, a few words before the attack noun in its clause, are its victims."""
    for m in sentence_actors:
        if not (event.sentence.start <= m.start and m.end < event.trigger.start) or m in event.actor \
                or m.kind in PLACE_KINDS:
            continue
        verb = _CASUALTY_VERB_AFTER.match(text, m.end)
        if verb is None or verb.end() > event.trigger.start or not _circumstance_of_death(event, text) \
                or len(words_between(text, verb.end(), event.trigger.start)) > VICTIM_TO_TRIGGER_WORDS \
                or CLAUSE_BREAK.search(text, verb.end(), event.trigger.start) \
                or any(verb.end() <= a.start < event.trigger.start for a in event.actor):
            continue
        return [m]
    return []


_REACH_VERBS = normalised(_WORDS.campaign_reach_verbs)
# words that open another clause between the campaign noun and a reach verb ("، في حين
# استهدفت القسام جنوده": that verb has a subject of its own)
_REACH_CLAUSE_OPENERS = (normalised(_WORDS.clause_openers) - {"و", "ف"}) \
    | normalised(w.split()[-1] for w in _WORDS.contrast_connectives)
# counts before the people reached: number and quantity words, "ما لا يقل عن"، "أكثر من"
_BEFORE_REACHED = normalised(_WORDS.number_words, _WORDS.quantity_words, _WORDS.count_phrase_words)
# words from the campaign noun to its reach verb ("حملة اعتقالات واسعة منذ مساء الأحد في
# الضفة الغربية، طالت") and from the verb to the people (counts: "ما لا يقل عن 50")
REACH_VERB_WORDS = 14
REACHED_COUNT_WORDS = 5


def people_reached_by_campaign(event: Event, t_end: int, text: str,
                               sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"شنت القوات حملة اعتقالات في البلدات طالت عشرات الشبان"، "تركزت الحملة في بلدة X
    وشملت 40 مواطنا": the people a campaign of arrests or raids reached, named after a
    reach verb in its clause, are its recipients; the town or region only says where."""
    if event.event != "COERCE":
        return []
    for verb in VOWELLED_WORD.finditer(text, t_end, event.sentence.end):
        between = words_between(text, t_end, verb.start())
        if len(between) > REACH_VERB_WORDS or any(normalize_string(w) in _REACH_CLAUSE_OPENERS for w in between):
            return []
        if _word_key(verb) not in _REACH_VERBS:
            continue
        if any(t_end <= m.start < verb.start() and m.kind not in PLACE_KINDS and m not in event.actor
               for m in sentence_actors):
            return []   # another participant between: the verb is another clause's
        return _people_counted_after(verb.end(), text, sentence_actors)
    return []


def _people_counted_after(verb_end: int, text: str, sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """The first people named after a verb, with at most a count between ("طالت عشرات
    الشبان"، "استشهد فيها أكثر من 40 مواطنا")."""
    after = [m for m in sentence_actors if m.start >= verb_end and m.kind not in PLACE_KINDS]
    if not after:
        return []
    first = min(after, key=lambda m: m.start)
    count = words_between(text, verb_end, first.start)
    if len(count) > REACHED_COUNT_WORDS or CLAUSE_BREAK.search(text, verb_end, first.start) \
            or any(not w.isdigit() and normalize_string(w) not in _BEFORE_REACHED for w in count):
        return []
    return [first]


# "استشهد فيها"، "قتل خلاله": a verb of dying with the attack noun's pronoun
_CASUALTY_RELATIVE = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.casualty_verbs)}\s+"
                                rf"{alternation(sorted(_WORDS.casualty_resumptives, key=len, reverse=True))}(?!\w)")
# words from the attack noun to that verb ("مجزرة كبيرة في بلدة X استشهد فيها")
RELATIVE_CASUALTY_WORDS = 8


def _counted_in_relative_clause(event: Event, text: str, sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """"ارتكب الجيش مجزرة في بلدة X استشهد فيها أكثر من 40 مواطنا": the people counted
    after a verb of dying that carries the attack noun's pronoun, in its clause, are the
    attack's victims."""
    if event.event != "ASSAULT":
        return []
    # the outcome verb may itself be the trigger, read before its massacre noun takes over
    verb = _CASUALTY_RELATIVE.search(text, event.trigger.start, event.sentence.end)
    if verb is None or CLAUSE_BREAK.search(text, event.trigger.end, verb.start()) \
            or len(words_between(text, event.trigger.end, verb.start())) > RELATIVE_CASUALTY_WORDS:
        return []
    return _people_counted_after(verb.end(), text, sentence_actors)


# What a raid, closure or arrest takes as object before the town it happens in: a building
# or one person named by role (read after one ال); words skipped before that object (counts,
# times) and words ending its phrase (prepositions, directions, place heads, times; not
# على, which normalised is also the name علي).
_ACTED_ON_BUILDINGS = normalised(_WORDS.acted_on_building_nouns)
_ACTED_ON_PERSONS = normalised(_WORDS.acted_on_person_heads)
_BEFORE_OBJECT = normalised(_WORDS.number_words, _WORDS.quantity_words, _WORDS.time_words,
                             _WORDS.quantifier_subject_heads)
_NON_OBJECT_LAM = normalised(_WORDS.non_object_lam_words)
# A relative pronoun or ما ends it too ("مدرسة X التي تؤوي نازحين"، "منزلا ما أدى إلى").
_OBJECT_PHRASE_ENDS = normalised(_WORDS.locative_words, _WORDS.directions, _WORDS.place_heads,
                                  _WORDS.time_words, _WORDS.other_prepositions,
                                  _WORDS.relative_pronouns, _WORDS.non_object_lam_words, ("ما", "مما"))
# What a strike or shelling hits before the town it is in: a building, a civilian vehicle,
# a shelter or a housing block, after targeting verbs, على and the strike's adjectives.
_HIT_OBJECTS = _ACTED_ON_BUILDINGS | normalised(_WORDS.attacked_object_nouns)
_BEFORE_HIT_OBJECT = _BEFORE_OBJECT | normalised(_WORDS.attack_object_leads, _WORDS.attack_target_prepositions)
# at most so many words from the trigger (or its agent) to the town, and in the object's phrase
ACTED_ON_GAP_WORDS = 10
ACTED_ON_PHRASE_WORDS = 5


def _building_word(key: str, buildings: frozenset[str] = _ACTED_ON_BUILDINGS) -> bool:
    """A building noun, bare, with a possessive pronoun ("منزله"، "منزلها") or in the dual
    ("مدرستين"، "مبنيان")."""
    return key in buildings or possessed_form_in(key, buildings) or _dual_in(key, buildings)


# dual endings: of a noun in ة, written ت before them ("مدرستين"), and of any other noun
_FEMININE_DUAL_ENDINGS = ("تين", "تان")
_DUAL_ENDINGS = ("ين", "ان")


def _dual_in(key: str, nouns: frozenset[str]) -> bool:
    """The word is the dual of one of ``nouns`` (normalised, ة read as ه)."""
    if key.endswith(_FEMININE_DUAL_ENDINGS) and key[:-3] + "ه" in nouns:
        return True
    return key.endswith(_DUAL_ENDINGS) and len(key) > 4 and key[:-2] in nouns


def _word_key(m: re.Match[str]) -> str:
    return normalize_string(word_text(m))


def _governed_phrase_end(key: str) -> bool:
    """"بالضفة"، "بمدينة": a word with a fused ب before ال or a phrase-ending word, not a
    word that starts with ب (بلدية)."""
    return key.startswith("ب") and (key[1:].startswith("ال") or key[1:] in _OBJECT_PHRASE_ENDS)


def _object_phrase_end(words: list[re.Match[str]]) -> int:
    """The end of the object's phrase: its head, and the words after it (a genitive, an
    adjective, a name) up to a preposition, a direction, a place head, a conjunction or a
    lone proclitic (the ب of "برام الله", whose town the words stop before)."""
    end = words[0].end()
    for w in words[1:ACTED_ON_PHRASE_WORDS]:
        key = _word_key(w)
        if len(key) < 2 or key in _OBJECT_PHRASE_ENDS or key.startswith("و") or _governed_phrase_end(key):
            break
        end = w.end()
    return end


def _acted_on_for_towns(event: Event, t_end: int, text: str,
                        sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """A town read as a coercion's object ("اقتحمت القوات منزلا في بلدة X" → X) gives way
    to the building or person named before it, to the building the verb's object pronoun
    refers back to ("منزل قصفته الطائرات في بلدة X"), or, when the readers took the town
    after its في or ب for the object ("اعتقلت القوات فلانا في مدينة X"), to the object
    named before that preposition (``_object_before_town``)."""
    out: list[ActorMention] = []
    for r in event.recipient:
        acted_on = (_acted_on_before(event, r.start, r.country, t_end, text, sentence_actors)
                    or _antecedent_of_object_pronoun(event, r.country, text)
                    or _object_before_town(event, r.start, r.country, t_end, text, sentence_actors)) \
            if r.kind in TOWN_KINDS and r.country is not None else None
        out.append(r if acted_on is None else acted_on)
    return _without_overlaps(out)


def _without_overlaps(mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions in order, each dropped when it overlaps one kept before it (one object
    read for two towns, with its phrase cut at each, is one object)."""
    kept: list[ActorMention] = []
    for m in mentions:
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return kept


def _acted_on_before(event: Event, place_start: int, country: str | None, t_end: int,
                     text: str, sentence_actors: list[ActorMention]) -> ActorMention | None:
    """"دهم الجنود ورشتي نجارة في بلدة X"، "أوقفت الشرطة الناشطة فلانة في مدينة Y":
    the first word after the trigger and its agent, in the same clause before the town, is
    a building or one person named by role; that is what was acted on, of the town's
    country, and the town is no recipient in its own right.  An attack ("غارة على منزل في
    مخيم X"، "قصف استهدف سيارة مدنية في بلدة Y") takes a building, vehicle or shelter so."""
    if event.event not in ("COERCE", "ASSAULT") or country is None:
        return None
    attack = event.event == "ASSAULT"
    skipped = _BEFORE_HIT_OBJECT if attack else _BEFORE_OBJECT
    start = max([t_end] + [a.end for a in event.actor if t_end <= a.start < place_start])
    if place_start <= start or CLAUSE_BREAK.search(text, start, place_start):
        return None
    words = list(VOWELLED_WORD.finditer(text, start, place_start))
    if len(words) > ACTED_ON_GAP_WORDS:
        return None
    first = next((i for i, w in enumerate(words)
                  if not w.group().isdigit() and _word_key(w) not in skipped), None)
    if first is None:
        return None
    head = _word_key(words[first])
    head = head[2:] if head.startswith("ال") and len(head) > 3 else head
    if attack:
        if not _building_word(head, _HIT_OBJECTS):
            return None
        kind, rule = "place", "attacked-object"
    elif _building_word(head):
        kind, rule = "place", "acted-on-building"
    elif head in _ACTED_ON_PERSONS:
        kind, rule = "agent", "acted-on-person"
    else:
        return None
    begin, end = words[first].start(), _object_phrase_end(words[first:])
    owner = _owning_force(begin, end, sentence_actors, text)
    if owner is not None:
        # "استهدفت سيارة الشرطة في المدينة": the force's vehicle or post is the force's side
        return _force_owned(owner, begin, end, rule, event, country, text, sentence_actors)
    return ActorMention(begin, end, text[begin:end], None, country, None, None, kind, rule)


def _force_owned(owner: ActorMention, begin: int, end: int, rule: str, event: Event, country: str,
                 text: str, sentence_actors: list[ActorMention]) -> ActorMention:
    """The object from ``begin`` to ``end`` as the party of the army or police owning it."""
    owner_country = owner.country if owner.country and not _force_given_the_place(owner, country) \
        else _soldiers_country(event, country, sentence_actors)
    return ActorMention(begin, end, text[begin:end], owner.name, owner_country, owner.sector,
                        owner.id, owner.kind, rule + ":force-owned")


# Before the في or ب of a town after the act's object: place heads and directions ("في
# بلدة"، "بمدينة"، "في شمال"), read without a fused ب and the article.
_PLACE_LEADS_BARE = frozenset(w.removeprefix("ال") for w in normalised(_WORDS.place_heads, _WORDS.directions))
_LOCATIVE_IN = normalize_string("في")
# Words passed over before the object: counts, times, targeting words and the act's
# adjectives; a partitive من after a count ("مجموعة من البيوت").
_BEFORE_PLACE_OBJECT = _BEFORE_HIT_OBJECT | normalised(_WORDS.attack_manner_adjectives)
# Words after which no object of the act follows before the town: the act's own nouns and
# fire, the instrument, another preposition, an agent marker ("النار"، "بالمدفعية"، "نفذها").
_NO_PLACE_OBJECT = normalised(_WORDS.attack_nouns, _WORDS.campaign_nouns, _WORDS.raid_nouns,
                              _WORDS.clash_words, _WORDS.fired_nouns, _WORDS.instrument_heads,
                              _WORDS.adjunct_words, _WORDS.other_prepositions, _WORDS.locative_words,
                              _WORDS.target_prepositions, _WORDS.agent_markers, _WORDS.light_verbs,
                              _WORDS.impersonal_verbs)
# Parts of the place itself ("قصف مناطق متفرقة في القطاع"، "اقتحام مخيما في الخليل"): the
# place named after them stays what was hit.
_PLACE_PARTS = frozenset(w.removeprefix("ال") for w in normalised(_WORDS.other_place_nouns, _WORDS.place_heads))
_RELATIVES = normalised(_WORDS.relative_pronouns)
# verbs by which an attack noun names what it hit ("غارة استهدفت صالة"، "حملة طالت منازل")
_TARGETING_WORDS = normalised(_WORDS.campaign_reach_verbs) | frozenset(
    w for w in normalised(_WORDS.attack_object_leads) - normalised(_WORDS.attack_manner_adjectives)
    - _RELATIVES if not w.startswith("ال"))
_TIMES = normalised(_WORDS.time_words, _WORDS.attribution_time_words)
_CAMPAIGN_HEADS = normalised(_WORDS.campaign_nouns)
_PRONOUN_PREPOSITIONS = normalised(_WORDS.pronoun_carrying_prepositions)
# the head of an agent no recogniser read, passed over with the word after it
_AGENT_HEADS = normalised(_WORDS.agent_head_nouns)
# sides a mention between stands for, not what was acted on
_SIDE_SECTORS = ARMED_SECTORS | STATE_FORCE_SECTORS
NISBA_STEM_LETTERS = 3
_SCAN_ADVERBS = normalised(_WORDS.object_scan_adverbs)
_DIRECTION_WORDS = normalised(_WORDS.directions)
# verbal nouns whose bare genitive is their object ("استهداف تجهيزات"، "اغتيال مراسلها")
_OBJECT_TAKING_NOUNS = frozenset(w.removeprefix("ال") for w in normalised(_WORDS.object_taking_act_nouns))


def _object_before_town(event: Event, place_start: int, country: str, t_end: int, text: str,
                        sentence_actors: list[ActorMention]) -> ActorMention | None:
    """"جرفت الجرافات مجموعة من البيوت في بلدة X"، "دمرت الآليات البنية التحتية في مخيم Y"،
    "اعتقلت القوات فلانا في مدينة Z": a noun or person named as the act's object between
    the trigger (and its agent) and the في or ب of the town is what was acted on, of the
    town's country, though no word list names it; the town only says where.  Not a town
    right after the trigger ("قصف خان يونس") or after على ("غارة على بلدة X"), nor one after
    only the act's adjectives, a time, the fire or the instrument ("قصف مدفعي صباح اليوم في
    بلدة X"), nor a part of the town itself ("مناطق متفرقة في القطاع")."""
    if place_start <= t_end:
        return None
    start = max([t_end] + [a.end for a in event.actor if t_end <= a.start < place_start])
    if place_start <= start or CLAUSE_BREAK.search(text, start, place_start):
        return None
    words = list(VOWELLED_WORD.finditer(text, start, place_start))
    governor = _locative_governor(words)
    if governor is None or governor > ACTED_ON_GAP_WORDS:
        return None
    after_trigger_adjective = start == t_end and _definite_trigger(event, text)
    verb = any(f in event.rule for f in _VERB_RULE_FORMS) and "/noun" not in event.rule
    # "عمليات هدم"، "نفذ عملية طعن": the word after a campaign noun is the act it names
    last_trigger_word = normalize_string(event.trigger.text.split()[-1]).removeprefix("ال")
    genitive_act = start == t_end and last_trigger_word in _CAMPAIGN_HEADS
    scan = words[:governor]
    licensed, previous = verb or last_trigger_word in _OBJECT_TAKING_NOUNS, ""
    for i, w in enumerate(scan):
        if _in_event_place(event, w.start()):
            previous = ""       # "جنوبي حي X بمدينة Y": the event's own place, named first
            continue
        mention = next((m for m in sentence_actors if m.start <= w.start() < m.end), None)
        if mention is not None:
            if mention in event.actor or mention.sector in _SIDE_SECTORS or mention.kind == "country" \
                    or mention.kind in PLACE_KINDS or _nisba_adjective(_word_key(w).removeprefix("ال")):
                previous = ""
                continue
            return mention if mention.country else with_country(mention, country)
        key, marked = _without_object_lam(_word_key(w), verb)
        if marked and not _word_key(w).startswith("لل") and _skipped_before_object(_word_key(w), "", ""):
            key, marked = _word_key(w), False     # "ليلية": a word that opens with ل (not ل + ال)
        following = _word_key(scan[i + 1]) if i + 1 < len(scan) else ""
        licensed = licensed or marked
        subject_side = i == 0 and _subject_side_word(key, verb, start > t_end, _subject_known(event))
        # a word in ي is no adjective where none can stand: right after a verb ("هاجموا
        # قاطفي زيتون"), after a partitive من ("دونمات من الأراضي") or with an object's ل
        noun_slot = (verb and i == 0 and not key.startswith("ال") and not subject_side) \
            or previous == _PARTITIVE or marked
        if _skipped_before_object(key, previous, following, noun_slot) or w.group().isdigit() \
                or subject_side or (i == 0 and after_trigger_adjective and key.startswith("ال")):
            licensed = licensed or key in _TARGETING_WORDS
            previous = key
            continue
        if previous in _RELATIVES or not licensed or (i == 0 and genitive_act) or _no_object_word(key, verb):
            # "الكمين الذي نصبته المقاومة"، "انفجارات دوت في المدينة"، "إغلاق محكم": after an
            # attack noun only a ل or a targeting verb marks the next word as its object
            return None
        # past the ل (and the ل of the article it swallowed: "للبنية" → "بنية")
        begin = w.start() + (0 if not marked else 2 if _word_key(w).startswith("لل") else 1)
        # a pronoun written ه/ها/هم, not a noun's ة ("عربة" is no possessed "عرب")
        person = _possessed_agent(text[begin:w.end()]) if word_text(w).endswith(_POSSESSIVE_SUFFIXES) else None
        if person is not None and person.sector not in _SIDE_SECTORS:
            # "اغتيال مراسلها"، "استهدفت عائلته": a role noun with a possessive pronoun
            return ActorMention(begin, w.end(), text[begin:w.end()], person.name, country, person.sector,
                                person.id, "agent", "acted-on-person:possessed")
        end = _object_phrase_end(scan[i:])
        owner = _owning_force(begin, end, sentence_actors, text)
        if owner is not None:
            # "اقتحام نقطة عسكرية أقامها الجيش في مخيم X": the force's post is its side
            return _force_owned(owner, begin, end, "acted-on-object", event, country, text, sentence_actors)
        return ActorMention(begin, end, text[begin:end], None, country, None, None, "place", "acted-on-object")
    return None


ACCUSATIVE_ENDING = "ا"
NOMINATIVE_PLURAL_ENDING = "ون"
# readings whose verb has its subject before it or written on it ("غارة استهدفت"، "قصفوا")
_SUBJECT_BEFORE_READINGS = ("relative", "pronoun-subject")
NOMINATIVE_PLURAL_MIN_LETTERS = 5


def _subject_known(event: Event) -> bool:
    """The verb's subject is named, or stands before it or on it, so the word after it is no subject."""
    return bool(event.actor) or any(r in event.rule for r in _SUBJECT_BEFORE_READINGS)


def _subject_side_word(key: str, verb: bool, after_agent: bool, subject_known: bool) -> bool:
    """The first word looked at belongs to the subject, not the object: right after the
    agent, a sound plural in ون, nominative, is its adjective ("أحرق مستوطنون متطرفون
    خيمة"); right after a verb with no actor named, the word is the unnamed subject ("جرفت
    المياه جزءا"، "استولت جمعية على منزل") unless written accusative ("قصفت منزلا")."""
    if after_agent:
        return key.endswith(NOMINATIVE_PLURAL_ENDING) and len(key) >= NOMINATIVE_PLURAL_MIN_LETTERS
    return verb and not subject_known and not key.endswith(ACCUSATIVE_ENDING)


def _in_event_place(event: Event, pos: int) -> bool:
    """The position lies inside the place the event happened in."""
    return event.location is not None and event.location.start <= pos < event.location.end


def _skipped_before_object(key: str, previous: str, following: str, noun_slot: bool = False) -> bool:
    """A word passed over looking for the object: a count (with its partitive من: "مجموعة
    من البيوت"), a time ("ليلة أمس"), an adverb, a direction ("جنوبي حي X"), a targeting
    word, an adjective of the act
    (not a word in ي where no adjective can stand: ``noun_slot``), an agent's head no
    recogniser read and the word after it ("جرافات الاحتلال")."""
    bare = key.removeprefix("ال")
    if _building_word(bare, _HIT_OBJECTS):
        return False
    return key in _BEFORE_PLACE_OBJECT or bare in _BEFORE_PLACE_OBJECT or key in _SCAN_ADVERBS \
        or bare in _DIRECTION_WORDS \
        or possessed_form_in(bare, _BEFORE_PLACE_OBJECT) or (_nisba_adjective(bare) and not noun_slot) \
        or following == _PARTITIVE or (key == _PARTITIVE and previous != "") \
        or following in _TIMES \
        or bare in _AGENT_HEADS or possessed_form_in(bare, _AGENT_HEADS) or previous in _AGENT_HEADS


def _without_object_lam(key: str, verb: bool) -> tuple[str, bool]:
    """The word without the ل by which an attack noun marks its object ("استهداف لمربع
    سكني"، "للمنازل" → "المنازل"), and whether it had one; after a verb ل is a preposition,
    and so is a ل of purpose or time ("لصالح"، "لمدة"), and one before an outcome ("أدت
    لسقوط شهداء")."""
    if verb or not key.startswith("ل") or len(key) < 4 or _lam_of_no_object(key):
        return key, False
    return ("ا" + key[1:] if key.startswith("لل") else key[1:]), True


def _lam_of_no_object(key: str) -> bool:
    """"لصالح"، "لمدة"، "لسقوط": a ل of purpose or time (``non_object_lam_words``), or one
    before an outcome ("أدت لسقوط شهداء"), not the ل of an act's object."""
    return key in _NON_OBJECT_LAM or (key[:1] == "ل" and key[1:] in _CASUALTY_WORDS)


def _no_object_word(key: str, verb: bool) -> bool:
    """A word that names none of an act's objects: the act's own nouns, fire or instrument, a
    preposition (with a pronoun: "عليه"), a conjoined word, a phrase with ب or, after a verb,
    ل ("بمسيرات"، "لهم") that is no building, a ل of no object ("لصالح"), or a part of the
    town itself ("مناطق")."""
    bare = key.removeprefix("ال")
    if key in _NO_PLACE_OBJECT or bare in _NO_PLACE_OBJECT or bare in _PLACE_PARTS or _lam_of_no_object(key) \
            or bare.removesuffix("ا") in _PLACE_PARTS or key.startswith("و") \
            or any(key.startswith(p) and key[len(p):] in _POSSESSIVE_SUFFIXES for p in _PRONOUN_PREPOSITIONS):
        return True
    return key.startswith(("ب", "ل") if verb else ("ب",)) and not _building_word(bare, _HIT_OBJECTS)


def _definite_trigger(event: Event, text: str) -> bool:
    """The trigger is a noun with the article ("الإغلاق"، "القصف"), so a definite word right
    after it is its adjective ("الإغلاق المطول")."""
    written = normalize_string(text[written_word_start(text, event.trigger.start):event.trigger.end])
    return any(written.startswith(p + "ال") for p in ("", "و", "ف", "ب", "وب", "فب"))


def _locative_governor(words: list[re.Match[str]]) -> int | None:
    """The index of the في (or the word with a fused ب) governing the place after ``words``,
    past place heads and directions; None when the place is not so governed."""
    i = len(words)
    while i > 0:
        key = _word_key(words[i - 1])
        if key.removeprefix("ال") in _PLACE_LEADS_BARE:
            i -= 1
            continue
        if key.startswith("ب") and key[1:].removeprefix("ال") in _PLACE_LEADS_BARE:
            return i - 1
        break
    if i == 0:
        return None
    key = _word_key(words[i - 1])
    return i - 1 if key in (_LOCATIVE_IN, "ب") else None


def _nisba_adjective(bare: str) -> bool:
    """"إسرائيلية"، "عسكري": a relational adjective (a stem of three letters or more before
    the ending; "بنية" is a noun)."""
    ending = NISBA_ENDING.search(bare)
    return ending is not None and ending.start() >= NISBA_STEM_LETTERS


# the verb forms that can carry an object pronoun ("استهدفته"، "قصفها"، "دمروهم")
_VERB_RULE_FORMS = ("/past/", "/present/")


def _antecedent_of_object_pronoun(event: Event, country: str | None, text: str) -> ActorMention | None:
    """"انتشلت جثامين من تحت ركام منزل استهدفته الطائرات بمخيم X": a verb carrying an object
    pronoun right after an indefinite building (or, for an attack, a vehicle or shelter)
    noun is a relative clause on that noun, its pronoun the noun: the building is what was
    hit, of the town's country, and the town after the verb only says where."""
    if event.event not in ("COERCE", "ASSAULT") or country is None \
            or not any(f in event.rule for f in _VERB_RULE_FORMS) \
            or not _object_pronoun_on(event.trigger.text):
        return None
    before = list(VOWELLED_WORD.finditer(text, max(event.sentence.start, event.trigger.start - 30),
                                         event.trigger.start))
    if not before or text[before[-1].end():event.trigger.start].strip():
        return None
    noun = before[-1]
    key = _word_key(noun)
    nouns = _HIT_OBJECTS if event.event == "ASSAULT" else _ACTED_ON_BUILDINGS
    if key.startswith("ال") or not (key in nouns or _dual_in(key, nouns)):
        return None
    return ActorMention(noun.start(), noun.end(), text[noun.start():noun.end()], None, country, None,
                        None, "place", "attacked-object:relative")


def _owning_force(begin: int, end: int, sentence_actors: list[ActorMention],
                  text: str) -> ActorMention | None:
    """The army or police named inside an object's phrase ("سيارة الشرطة"، "مقر الجيش"),
    whose object it is; its mention may run on into the town ("الشرطة في المدينة").  Not
    the one after a participle of being wanted ("منزل مطلوب للاحتلال"): it pursues the
    owner."""
    return next((m for m in sentence_actors
                 if begin <= m.start < end and m.sector in LOCATED_FORCE_SECTORS
                 and not follows_pursued_participle(text, m.start)), None)



# attackers whose land the fight may be in without the soldiers they hit being theirs
FIGHTING_SECTORS = frozenset({"MIL", "REB"})


def _victim_with_country(victim: ActorMention, place_country: str,
                         soldiers_country: str | None) -> ActorMention:
    """A victim named without a country takes the place's, or, for soldiers, theirs."""
    if _force_given_the_place(victim, place_country):
        return victim if soldiers_country == place_country else _with_fighting_side(victim, soldiers_country)
    if victim.country is not None or victim.kind != "agent":
        return victim
    country = soldiers_country if victim.sector in STATE_FORCE_SECTORS else place_country
    return victim if country is None else with_country(victim, country)


def _force_given_the_place(victim: ActorMention, place_country: str) -> bool:
    """Soldiers whose only country is that of the place they were hit in ("استهدفت جنودا في
    مخيم X", the recogniser's located force with no other force of the document to name
    their state): the place says where they were, the fight says whose they are."""
    return victim.rule.endswith(WHERE_RULE) and victim.country == place_country \
        and victim.sector in STATE_FORCE_SECTORS


def _with_fighting_side(victim: ActorMention, country: str | None) -> ActorMention:
    """The soldiers with the country of the side the fight shows them on, or none when the
    fight names no other side (rather than the place's, which is the attackers')."""
    if country is not None:
        return with_country(victim, country)
    return replace(victim, country=None, rule=victim.rule + "+side-unknown")


def _soldiers_country(event: Event, place_country: str,
                      sentence_actors: list[ActorMention]) -> str | None:
    """The country of soldiers named without one, hit in a place of ``place_country``.
    "أعلنت الكتائب قتل جنود في جباليا": fighters attacking in their own land (the event's
    attackers, or with none named the sentence's armed groups) hit the other side's
    soldiers: the one state force of another country the sentence names (جيش الاحتلال،
    آليات الاحتلال), else none rather than their own.  With no attacker named (a town read
    as the agent names none) and no army of the place named, a foreign force the sentence
    names owns them ("أصيب 4 جنود في معارك برفح، في حين أعلن جيش الاحتلال"); otherwise
    they are the place's."""
    named = [a for a in event.actor if a.kind not in TOWN_KINDS]
    attackers = {a.country for a in named if a.country}
    forces = {m.country for m in sentence_actors if m.country and m.sector in STATE_FORCE_SECTORS}
    if not named and place_country in forces:
        return place_country
    foreign = forces - attackers - {place_country}
    fighters = named or sentence_actors
    if any(a.country == place_country and a.sector in FIGHTING_SECTORS for a in fighters):
        return next(iter(foreign)) if len(foreign) == 1 else None
    if not named and len(foreign) == 1:
        return next(iter(foreign))
    return place_country


# "تعرضت بلدة X لقصف"، "شهدت مدينة X غارات": the subject of a verb of undergoing or
# witnessing, before the trigger, is the place hit.
_UNDERGO_VERB = re.compile(rf"(?<!\w)[وف]?(?:{alternation(_WORDS.witness_verbs)}"
                           rf"|{alternation(_WORDS.victim_frames)})(?!\w)")
# words from the verb to the trigger: "تعرضت أطراف بلدات X وY وZ، صباح اليوم، لقصف"
UNDERGOER_WORDS = 12


_TARGET_BEFORE = re.compile(rf"(?<!\w){alternation(_WORDS.attack_target_prepositions)}\s*$")


def _attacked_before(event: Event, loc: PlaceMention, text: str) -> bool:
    """"بعد شهر من الحرب على غزة، كثف الجيش غاراته": a place named as what the war or
    attack is on, before the trigger, is the target of the attacks a foreign actor carries
    out after it (not of the defenders' own operations)."""
    return bool(event.actor) and all(a.country and a.country != loc.country for a in event.actor) \
        and _TARGET_BEFORE.search(text, max(0, loc.start - 8), loc.start) is not None


def _undergoing_place(event: Event, loc: PlaceMention, text: str) -> bool:
    """The place stands between a verb of undergoing or witnessing and the trigger, in the
    trigger's clause, a few words before it."""
    verbs = list(_UNDERGO_VERB.finditer(text, event.sentence.start, loc.start))
    if not verbs:
        return False
    verb = verbs[-1]
    between = text[verb.end():event.trigger.start]
    return len(between.split()) <= UNDERGOER_WORDS \
        and not opens_another_fact(text, verb.end(), event.trigger.start)


def _attacked_foreign_country(event: Event, t_end: int) -> list[ActorMention]:
    """"شنت تركيا غارة في العراق": a country's forces acting in another country named after
    the trigger, with no target of their own, act against that country."""
    loc = event.location
    if event.recipient or loc.start < t_end or not event.actor \
            or any(a.country is None or a.country == loc.country for a in event.actor):
        return event.recipient
    return [ActorMention(loc.start, loc.end, loc.text, loc.name, loc.country, None, None,
                         "place", "attacked-country")]


# armed groups named without a country ("المقاومة"، "الفصائل"): not assumed local in general
LOCAL_ARMED_SECTORS = frozenset({"REB"})


def armed_groups_of_place(event: Event) -> tuple[list[ActorMention], list[ActorMention]]:
    """"اشتبكت المقاومة مع قوات الاحتلال في جنين": an armed group named without a country,
    fighting in a place where no other party of the attack belongs, is that place's.  Not
    when a place is the other side ("قصفت المقاومة مواقع بغلاف غزة": the group fires from
    its land into another's)."""
    loc = event.location
    if loc is None or loc.country is None or not stands_for_party(loc):
        return event.actor, event.recipient
    known = [m for m in event.actor + event.recipient if m.country is not None]
    if any(m.country == loc.country or m.kind in PLACE_KINDS for m in known):
        return event.actor, event.recipient

    def of_the_place(mentions: list[ActorMention]) -> list[ActorMention]:
        return [with_country(m, loc.country) if m.country is None and m.sector in LOCAL_ARMED_SECTORS
                else m for m in mentions]
    return of_the_place(event.actor), of_the_place(event.recipient)


def armed_groups_home(home: str | None, actors: list[ActorMention]) -> str | None:
    """The country the armed groups a report names bare ("المقاومة"، "الفصائل") belong to:
    the report's own country (``home_country``), when the report names the army of another
    country (the one the groups fight in their land: "جيش الاحتلال"), no army of its own
    country (then the land is where the groups fight, not theirs; a report of rockets
    falling on its towns names their army or no army at all) and no armed group of another
    country ("دعم الحوثيون المقاومة")."""
    if home is None:
        return None
    armies = {a.country for a in actors if a.country and a.sector in STATE_FORCE_SECTORS}
    if home in armies or not armies - INTERNATIONAL_CODES:
        return None
    if any(a.country not in (None, home) and a.sector in LOCAL_ARMED_SECTORS for a in actors):
        return None
    return home


def armed_groups_of_home(mentions: list[ActorMention], home: str | None,
                         other_side: list[ActorMention]) -> list[ActorMention]:
    """"أعلنت المقاومة أنها قصفت ..." in a report from Gaza: an armed group named without a
    country is the report's (``armed_groups_home``), unless the other side of the event is
    of that country (then the group strikes into it from elsewhere)."""
    if home is None or any(m.country == home for m in other_side):
        return mentions
    return [with_country(m, home) if m.country is None and m.kind == "agent"
            and m.sector in LOCAL_ARMED_SECTORS else m for m in mentions]


def _bare_forces(recipients: list[ActorMention]) -> list[ActorMention]:
    return [r for r in recipients if r.country is None and r.kind == "agent"
            and r.sector in STATE_FORCE_SECTORS]


def _with_forces_country(recipients: list[ActorMention], country: str) -> list[ActorMention]:
    return [with_country(r, country) if r in _bare_forces(recipients) else r for r in recipients]


def soldiers_beside_foreign_target(event: Event) -> list[ActorMention]:
    """"أسرت الكتائب جنوداً ومستوطنين إسرائيليين": soldiers or vehicles named without a
    country beside other people or forces hit, all of one country that no attacker has, are
    of that country.  Places beside them do not count: a town or region says where, not
    whose the soldiers are."""
    if not _bare_forces(event.recipient):
        return event.recipient
    attackers = {a.country for a in event.actor}
    beside = {r.country for r in event.recipient if r.country is not None and r.kind not in PLACE_KINDS}
    if len(beside) != 1 or beside & attackers:
        return event.recipient
    return _with_forces_country(event.recipient, next(iter(beside)))


def soldiers_of_the_other_side(event: Event, document_actors: list[ActorMention]) -> list[ActorMention]:
    """"أعلنت كتائب القسام أنها قتلت 7 جنود في جباليا" in a report of "العدوان الإسرائيلي":
    soldiers named without a country, hit by armed groups or an army of a known country,
    are of the one other state the report names.  Not when the report names an army of the
    attackers' own country (the soldiers may be theirs: a civil war), nor with no attacker
    or an attacker of no country.  Forces whose only country is the place they were hit in
    ("جنود في خان يونس") are no army of the attackers'."""
    if not _bare_forces(event.recipient):
        return event.recipient
    attackers = [a for a in event.actor if a.kind not in PLACE_KINDS]
    if not attackers or any(a.country is None for a in attackers) \
            or not any(a.sector in FIGHTING_SECTORS for a in attackers):
        return event.recipient
    sides = {a.country for a in attackers}
    if any(m.country in sides and m.sector in STATE_FORCE_SECTORS and not m.rule.endswith(WHERE_RULE)
           for m in document_actors):
        return event.recipient
    others = {m.country for m in document_actors if m.country} - sides - INTERNATIONAL_CODES
    if len(others) != 1:
        return event.recipient
    return _with_forces_country(event.recipient, next(iter(others)))


def launching_country(event: Event, places: list[PlaceMention], text: str) -> list[ActorMention]:
    """"أطلقت صواريخ من جنوب لبنان على الجليل": with no shooter named, the country the
    weapon left from stands for the attacker (as a reader takes "rockets from Lebanon"),
    when it is not the country hit: neither the event's place nor a victim's."""
    hit_countries = {r.country for r in event.recipient if r.country}
    if event.location is not None and event.location.country:
        hit_countries.add(event.location.country)
    site = next((p for p in places if p.country and p.country not in hit_countries
                 and stands_for_party(p) and launch_site(event, p, text)), None)
    if site is None:
        return []
    return [ActorMention(site.start, site.end, site.text, site.name, site.country, None, None,
                         "place", "launch-site")]
