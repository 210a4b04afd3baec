"""Trigger hits read against each other and the sentence's names: a trigger inside a name
names no event, a people noun spelled like a verb trigger names nobody, an outcome word told
with an attack noun is that attack's, and the weapon named after an attack is its mode."""
from __future__ import annotations

import re

from ..records import ActorMention, PlaceMention, Sentence
from ..text.matcher import Match
from ..text.normalize import normalize_string
from ..words import function_words, normalised
from .arguments import PLACE_KINDS, anchor_after_verb, verbal_noun_lead
from .counts import opens_another_fact
from .lexicon import TriggerSense
from .mutual import is_clash
from .structure import (
    CLAUSE_BREAK,
    COMMA,
    VOWELLED_WORD,
    Group,
    clause_bounds,
    words_between,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()


VERB_FORMS = ("past", "present", "passive")


def people_among(groups: list[Group]) -> bool:
    """Some participant is no place."""
    return any(g.head.kind not in PLACE_KINDS for g in groups)


# words allowed between an attack noun and the relative verb that tells what it hit ("غارة
# جوية إسرائيلية استهدفت منزلا")
RELATIVE_VERB_WORDS = 4


def attack_noun_of_relative(text: str, hits: list[Match[TriggerSense]], verb: Match[TriggerSense],
                            how: str) -> Match[TriggerSense] | None:
    """"استشهد خمسة إثر غارة إسرائيلية استهدفت منزلا": the attack noun a verb read as its
    relative clause describes; the outcome words before that noun name the verb's victims."""
    if "relative-on-noun" not in how and "relative-subject" not in how:
        return None
    before = [h for h in hits if h.end <= verb.start and h.value.event == "ASSAULT"]
    if not before or before[-1].value.form != "nouns" \
            or len(words_between(text, before[-1].end, verb.start)) > RELATIVE_VERB_WORDS:
        return None
    return before[-1]


# words allowed between two outcome words of a chain, or the last and the attack noun, when
# commas set off what the victims include ("استشهد عشرة، بينهم طفلان، وأصيب آخرون في غارة")
OUTCOME_ASIDE_WORDS = 8
_SENTENCE_STOP = re.compile(r"[.!?؟;؛:]")
_TOLL_SENSE = "assault.toll"
_ASIDE_OPENERS = normalised(_WORDS.victim_aside_openers, _WORDS.time_words, _WORDS.masdar_leads)


def outcomes_across_asides(text: str, hits: list[Match[TriggerSense]],
                           attack: Match[TriggerSense]) -> list[Match[TriggerSense]]:
    """The outcome words right before an attack noun, nearest first, read across the commas
    of a partitive aside or a joined outcome: each within a few words of the next, with no
    other trigger, sentence stop or other fact's opener (، في حين ...) between."""
    if is_clash(attack.key) or attack.value.id.startswith(_TOLL_SENSE):
        # a running toll ("يرتفع عدد الشهداء إلى ...") counts more than the victims named
        return []
    chain: list[Match[TriggerSense]] = []
    end = attack.word_start
    for h in reversed([h for h in hits if h.end <= attack.start]):
        if not h.value.outcome or opens_another_fact(text, h.end, end) \
                or _SENTENCE_STOP.search(text, h.end, end) \
                or len(words_between(text, h.end, end)) > OUTCOME_ASIDE_WORDS \
                or not all(_aside_comma(text, c.end(), end) for c in COMMA.finditer(text, h.end, end)):
            break
        chain.append(h)
        end = h.start
    return chain


def _aside_comma(text: str, after: int, end: int) -> bool:
    """A comma within an outcome chain opens an aside on the victims ("، بينهم طفلان"), a
    time adverb or the attack noun's preposition ("، في غارة"), or comes right before the
    joined outcome ("، وأصيب"); not a clause of its own ("، ونفذت الطائرات غارة")."""
    words = VOWELLED_WORD.findall(text, after, end)
    if not words or words in (["و"], ["ف"]):
        return True
    first = normalize_string(words[0])
    return first in _ASIDE_OPENERS or \
        (len(first) > 2 and first[0] in "وف" and first[1:] in _ASIDE_OPENERS)


def outcomes_before(text: str, hits: list[Match[TriggerSense]],
                     attack: Match[TriggerSense]) -> list[Match[TriggerSense]]:
    """The outcome words told right before an attack noun of its clause, nearest first: the
    last one ("استشهد شاب برصاص الاحتلال"، "أصيب ثلاثة في غارة") and those joined before it
    ("استشهد شاب وأصيب آخرون برصاص": the wounded unnamed, the dead are the victims named).
    No other fact's opener and no other attack between; commas only around time adverbs
    ("استشهد شاب، فجر اليوم، برصاص"). Not before two-sided fighting, whose sides are all
    actors."""
    if is_clash(attack.key):
        return []
    chain: list[Match[TriggerSense]] = []
    end = attack.word_start
    for h in reversed([h for h in hits if h.end <= attack.start]):
        if not h.value.outcome or opens_another_fact(text, h.end, end) \
                or not _adverbial_breaks_only(text, h.end, end):
            break
        chain.append(h)
        end = h.start
    return chain


def attack_beside(text: str, outcome: Match[TriggerSense], attacks: list[Match[TriggerSense]]) -> bool:
    """An attack trigger of the outcome's sentence that no other fact's opener (، في حين،
    ، كما ...) separates from it: the outcome is that attack's."""
    return any(not opens_another_fact(text, min(outcome.end, a.end), max(outcome.start, a.start))
               for a in attacks)


def outside_names(hits: list[Match[TriggerSense]], places: list[PlaceMention],
                   actors: list[ActorMention]) -> list[Match[TriggerSense]]:
    """"اقتحمت القوات بلدة كفر دان"، "قالت منظمة العفو الدولية": a trigger word that is part
    of a place name, or of an organisation's name after its first word, names no event."""
    return [h for h in hits if not _inside_place(h, places) and not _inside_organization(h, actors)]


def _inside_place(hit: Match[TriggerSense], places: list[PlaceMention]) -> bool:
    """The hit starts within a place mention (wholly inside it, or running out of it)."""
    return any(p.start <= hit.start < p.end for p in places)


def _inside_organization(hit: Match[TriggerSense], actors: list[ActorMention]) -> bool:
    """The hit lies within an organisation's name, after its start.  A name that begins with
    the trigger is a verb the recogniser took in ("طالب الأمين العام"); a noun read as the
    object of a support verb outside the name is the event ("سحب القوات الإسرائيلية")."""
    if hit.value.id.endswith("+support"):
        return False
    return any(m.kind == "organization" and m.start < hit.start and hit.end <= m.end
               for m in actors)


def _is_verb_trigger(mention: ActorMention, hits: list[Match[TriggerSense]]) -> bool:
    """"طالب الوزير ..." read as a verb is no student: a people noun spelled like a verb
    trigger (the counted reading, "ثلاثة طلاب", drops the trigger instead) names nobody."""
    return mention.kind == "agent" and any(
        h.start <= mention.start and mention.end <= h.end
        and h.value.form in VERB_FORMS for h in hits)


def beside_verb_triggers(text: str, mentions: list[ActorMention],
                          hits: list[Match[TriggerSense]]) -> list[ActorMention]:
    """The participants once the verb triggers are read as verbs: a mention inside a verb
    names nobody, one the recogniser fused with the country after the verb ("طالب روسيا"
    read as "students (Russia)") is that country, a participant of every verb of the
    sentence ("أدان الرئيس الهجوم وطالب روسيا بوقفه": Russia is the one condemned too)."""
    out: list[ActorMention] = []
    for m in mentions:
        if _is_verb_trigger(m, hits):
            continue
        out.append(next((a for h in hits if h.value.form in VERB_FORMS
                         and (a := anchor_after_verb(text, m, h.start, h.end)) is not None), m))
    return out


def instrument_after(text: str, t_end: int, instruments: list[Match[str]],
                      window: int) -> Match[str] | None:
    """"قصفت طائرات الاحتلال"، "استهدفت مسيرة إسرائيلية سيارة": the weapon named after an
    attack trigger, in its clause; its value is the attack's mode."""
    for m in instruments:
        if m.start < t_end:
            continue
        between = text[t_end:m.word_start]
        if CLAUSE_BREAK.search(between) or len(words_between(text, t_end, m.word_start)) > window:
            return None
        return m
    return None


# what may follow a comma between an outcome and its attack noun: time adverbs, and the
# preposition that makes a past-spelled attack word a verbal noun ("، اليوم، في قصف")
_ADVERBIAL_AFTER_BREAK = normalised(_WORDS.time_words, _WORDS.masdar_leads)


def _adverbial_breaks_only(text: str, start: int, end: int) -> bool:
    """Every clause break between ``start`` and ``end`` is a comma after which only time
    adverbs (or a verbal noun's preposition) come: the words after the first break do not
    open a clause of their own."""
    breaks = list(CLAUSE_BREAK.finditer(text, start, end))
    if not breaks:
        return True
    if not all(COMMA.fullmatch(b.group()) for b in breaks):
        return False
    return all(normalize_string(w) in _ADVERBIAL_AFTER_BREAK
               for w in VOWELLED_WORD.findall(text, breaks[0].end(), end))


def attack_noun_reading(text: str, sentence: Sentence, hit: Match[TriggerSense],
                         sense: TriggerSense) -> bool:
    """An attack noun, or an attack word spelled like a past verb after a preposition that
    makes it a verbal noun ("استشهد شابان في قصف طائرة")."""
    if sense.form == "nouns":
        return True
    return sense.form == "past" and verbal_noun_lead(text, clause_bounds(text, sentence, hit.start)[0],
                                                      hit.start)
