"""Verbs joined to what comes before them: a coordinated predicate that shares the previous
verb's subject (and, through a pronoun, its object), a joined verb whose subject is the
first verb's, a sentence-initial verb going on with the last subject, and a verb in a
relative clause on a noun trigger.  Read by the coder after ``cascade.attach``."""
from __future__ import annotations

import re

from ...records import Event, Sentence
from ...text.matcher import Match
from ..lexicon import TriggerSense
from ..structure import CLAUSE_BREAK, Group, words_between
from .carried import SUBJECTLESS_READINGS
from .nearby import stands_as_subject
from .vocabulary import PLACE_KINDS
from .word_shapes import verb_person


def continues_last_subject(hit: Match[TriggerSense], how: str, sentence: Sentence) -> bool:
    """"... . وطالب بالإفراج عن المعتقلين": a sentence-initial verb joined by و/ف with no
    subject of its own continues the last named subject."""
    return hit.prefix.startswith(("و", "ف")) and hit.word_start - sentence.start <= 1 \
        and how.split("/")[0] in ("v", "v+pronoun-subject", "v+noun-complement")


def relative_antecedent(text: str, hit: Match[TriggerSense], sense: TriggerSense,
                         earlier: list[Event]) -> Event | None:
    """A past verb right after an indefinite noun trigger of its type, with at most its
    adjectives between, is a relative clause on that noun ("بقصف إسرائيلي استهدف")."""
    if sense.form != "past" or hit.prefix or not earlier:
        return None
    noun = earlier[-1]
    if noun.event != sense.event or "/nouns/" not in noun.rule or not noun.actor:
        return None
    between = text[noun.trigger.end:hit.word_start]
    if CLAUSE_BREAK.search(between) or len(words_between(text, noun.trigger.end, hit.word_start)) > 2 \
            or any(w.startswith("ال") for w in between.split()) \
            or text[max(0, noun.trigger.start - 2):noun.trigger.start].endswith("ال"):
        return None
    return noun


# Acts whose verb, joined to a clause with no event of its own ("ارتكبت القوات مجزرة،
# ونسفت ..."), goes on with that clause's subject; readings that name no subject, and the
# two that took a counted noun after a joined verb for a new subject or an object with no
# subject before it ("ونسفت عشرات البيوت").
JOINED_SUBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
JOINED_SUBJECT_READINGS = SUBJECTLESS_READINGS | {"v+unnamed-subject", "v+counted-object"}
# Casualties the attack caused ("... مما أدى إلى مقتل 20"), added to any reading, name no
# subject either.
RESULT_VICTIMS_SUFFIX = "+result-victims"


def joins_clause_subject(sense: TriggerSense, how: str) -> bool:
    """An attack or coercion verb read with no subject of its own: it may go on with the
    subject of the clause it is joined to."""
    return sense.event in JOINED_SUBJECT_TYPES and sense.form in ("past", "present") \
        and how.removesuffix(RESULT_VICTIMS_SUFFIX) in JOINED_SUBJECT_READINGS


def coordinated_predicate(hit: Match[TriggerSense], sense: TriggerSense, how: str) -> bool:
    """A verb joined by و/ف, not read verb-first: a second predicate of the verb before it."""
    return sense.form in ("past", "present") and hit.prefix.startswith(("و", "ف")) \
        and not how.startswith("vso")


def joined_verb_first(text: str, hit: Match[TriggerSense], sense: TriggerSense, how: str) -> bool:
    """A verb joined by و/ف, read verb-first with a subject after it, with no object pronoun."""
    return sense.form in ("past", "present") and hit.prefix.startswith(("و", "ف")) \
        and how == "vso" and not has_object_pronoun(text, hit)


def coordinated_verb_first(text: str, hit: Match[TriggerSense], sense: TriggerSense, how: str,
                            groups: list[Group], previous: Event, previous_form: str) -> bool:
    """A verb joined by و/ف to the verb before it, of its tense and agreement, with no
    object pronoun and no other subject between them, read verb-first with a subject after
    it: that subject may well be its object (see ``joined_verb_takes_object``)."""
    return sense.form == previous_form and joined_verb_first(text, hit, sense, how) \
        and verb_person(text[hit.start:hit.end], sense.form) \
        == verb_person(previous.trigger.text, previous_form) \
        and _follows_clause_of(text, previous, groups, hit)


def _follows_clause_of(text: str, previous: Event, groups: list[Group],
                       hit: Match[TriggerSense]) -> bool:
    """Between the previous verb and ``hit`` stands no participant that may be the subject
    of a clause of its own ("... أعلنت الحركة بدء المعركة، فاقتحمت ..."): only the previous
    verb's participants, places, and participants behind a preposition or a noun."""
    own = previous.actor + previous.recipient
    spans = {(m.start, m.end) for m in own}
    ids = {m.id for m in own if m.id}

    def is_own(g: Group) -> bool:
        return g.head.kind in PLACE_KINDS or g.head.id in ids \
            or any((m.start, m.end) in spans for m in g.mentions)

    return not any(not is_own(g) and stands_as_subject(text, g, previous.trigger.end)
                   for g in groups if previous.trigger.end <= g.start and g.end <= hit.start)


def has_object_pronoun(text: str, hit: Match[TriggerSense]) -> bool:
    """The trigger ends in an object pronoun ("وحملها"، "واعتقلهم")."""
    return re.search(r"(ها|هم|ه)(?!\w)", text[hit.start:hit.end]) is not None
