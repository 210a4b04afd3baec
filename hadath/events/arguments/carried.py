"""Subjects carried over to a verb that names none: from the clause that opens its own
sentence, or from an earlier sentence."""
from __future__ import annotations

import re

from ...records import ActorMention, Sentence
from ..structure import (
    VOWELLED_WORD,
    Group,
    build_groups,
    chain_from,
    group_gender,
    word_text,
    words_between,
    written_word_start,
)
from .clauses import joined_clause_start, joined_clause_subject
from .nearby import _governed
from .vocabulary import (
    CARRY_OPENERS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    PLACE_KINDS,
    QUANTIFIER_SUBJECT_HEADS,
    TIME_WORDS,
)
from .word_shapes import _plain_verb_form, _spelled_gender, verb_person

# Carried subjects: "أدانت الكويت الهجوم. وطالبت مجلس الأمن بالتحرك" — a verb that opens its
# sentence with و/ف or after كما/ثم and names no subject continues the subject of the verb
# that opens an earlier sentence of the paragraph, when the two verbs agree in gender.
CARRY_BACK_SENTENCES = 2          # sentences a carried subject is sought through

LEAD_PHRASE_WORDS = 4             # "وفي السياق نفسه،": a lead phrase closed by a comma

QUOTE_MARKS = frozenset('"«»“”')
# The attachment readings that leave a verb without a subject of its own.
SUBJECTLESS_READINGS = frozenset({"v", "v+pronoun-subject", "v+target", "v+noun-complement",
                                  "v+object-by-agreement", "v+people-object", "v+act-genitive",
                                  "v+relative-agent-object"})
# Besides those, a raid verb read with only the place it entered ("كما اقتحمت البلدة") names
# no subject either; kept out of the readings a joined clause's subject is given to.
CARRIED_READINGS = SUBJECTLESS_READINGS | {"v+entered-place"}


def _opening_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first word from ``start`` past time words and clause openers (و، كما، قد ...)."""
    words = (w for w in VOWELLED_WORD.finditer(text, start, end) if word_text(w) not in TIME_WORDS)
    return next((w for w in words if word_text(w) not in CLAUSE_OPENERS
                  and word_text(w) not in CARRY_OPENERS), None)


def _opening_verb_subject(text: str, sentence: Sentence, groups: list[Group]) -> tuple[list[Group], str] | None:
    """The subject of the verb that opens the sentence (after و/ف، كما، قد and the like,
    time words, and a short lead phrase closed by a comma) with the verb's gender: "وقال
    وزير الخارجية ..." → (وزير الخارجية, masc).  None when the sentence opens otherwise or
    the participant after the verb cannot be its subject."""
    if text[sentence.start:sentence.start + 1] in QUOTE_MARKS:
        return None
    lead = text[sentence.start:sentence.end].split("،", 1)
    verb = None
    if len(lead) == 2 and len(VOWELLED_WORD.findall(lead[0])) <= LEAD_PHRASE_WORDS:
        verb = _opening_word(text, sentence.start + len(lead[0]) + 1, sentence.end)
    if verb is None or not _plain_verb_form(word_text(verb), "past"):
        # no lead phrase, or a short clause before the comma ("واقتحمت القوات البلدة،")
        verb = _opening_word(text, sentence.start, sentence.end)
    if verb is None:
        return None
    if any(g.start <= verb.start() < g.end for g in groups) or not _plain_verb_form(word_text(verb), "past"):
        return None
    gender = _spelled_gender(word_text(verb), "")
    after = next((i for i, g in enumerate(groups) if g.start >= verb.end()), None)
    if gender is None or after is None \
            or any(w not in TIME_WORDS for w in words_between(text, verb.end(), groups[after].start)):
        return None
    g = groups[after]
    if _governed(text, g, verb.end()) or group_gender(text, g) not in (None, gender):
        return None
    return chain_from(text, groups, after), gender


def unknown_subject_after(text: str, spans: list[tuple[int, int]], t_end: int,
                          limit: int) -> bool:
    """"وطالب أغلبية المتحدثين المجلس بالتحرك": the verb has a written subject the recogniser
    does not know, a noun of quantity right after it (past time words), which names a new
    group.  A definite noun there ("وطالبت المنظمة") mostly refers back to the subject
    already named, so it does not count."""
    for w in VOWELLED_WORD.finditer(text, t_end, limit):
        word = word_text(w)
        if word in TIME_WORDS:
            continue
        return word in QUANTIFIER_SUBJECT_HEADS \
            and not any(start <= w.start() < end for start, end in spans)
    return False


def _mid_sentence_link(text: str, sentence: Sentence, t_start: int, word_start: int,
                       prefix: str, lead: list[str]) -> int | None:
    """Where a verb inside its sentence is joined to the clause before it: its own و/ف or
    a link word (``joined_clause_start``), or كما/ثم right before it after a comma ("حذر
    المدير من كارثة، كما طالب بالتدخل").  None for a verb that opens its sentence."""
    if not lead:
        return None
    link = joined_clause_start(text, sentence, t_start, prefix)
    if link is not None:
        return link
    if lead[-1] not in CARRY_OPENERS:
        return None
    words = list(VOWELLED_WORD.finditer(text, sentence.start, word_start))
    return words[-1].start() if len(words) > 1 else None


# "حذر الخبير القانوني الإسرائيلي من ...، ودعا إلى": nouns no lexicon names between the
# opening verb and the participant that describes them (an adjective of origin, a name).
DESCRIBED_SUBJECT_WORDS = 3
SUBJECT_ROLE_KINDS = frozenset({"agent"})


def _described_opening_subject(text: str, sentence: Sentence, groups: list[Group], link: int,
                               person: str, form: str) -> list[Group]:
    """"حذر الخبير القانوني الإسرائيلي من العواقب، ودعا إلى": a verb joined after a comma
    to the clause that opens the sentence goes on with that clause's subject when the
    subject is a noun no lexicon names, written right after the opening verb, that the
    first participant only describes (an adjective of origin or a name in apposition).
    The opening verb agrees with the joined one; no reported clause (أن، إن) stands
    between.  [] otherwise."""
    if text[:link].rstrip()[-1:] not in "،,":
        return []
    words = [w for w in VOWELLED_WORD.finditer(text, sentence.start, link)
             if word_text(w) not in TIME_WORDS]
    if not words or any(g.start <= words[0].start() < g.end for g in groups):
        return []
    verb = word_text(words[0])
    if not _plain_verb_form(verb, form) or verb_person(verb, form) != person:
        return []
    subject = _described_subject(text, [g for g in groups if words[0].end() <= g.start and g.end <= link],
                                 words[0].end(), person)
    if not subject:
        return []
    g = subject[-1]
    if any(w.lstrip("وف") in COMPLEMENTIZERS for w in words_between(text, g.end, link)):
        return []
    return subject


def _described_subject(text: str, after: list[Group], verb_end: int, person: str) -> list[Group]:
    """The subject right after a verb: the participant written right after it, or a noun
    no lexicon names (or a bare role such as خبير with no country) followed within a few
    definite words by what describes it, an adjective of origin or a name.  [] otherwise."""
    if not after:
        return []
    first = after[0]
    if first.country is not None and first.head.kind not in PLACE_KINDS \
            and all(w == "ال" for w in words_between(text, verb_end, first.start)) \
            and not _governed(text, first, verb_end) \
            and group_gender(text, first) in (None, person if person != "plural" else None):
        return [first]      # "انتقد الكاتب الفرنسي السياسة، ثم طالب": the subject itself
    if first.head.country is None and first.head.kind in SUBJECT_ROLE_KINDS and len(after) > 1 \
            and all(w == "ال" for w in words_between(text, verb_end, first.start)):
        lead, described = [first], after[1]
        nouns = words_between(text, first.end, described.start)
    else:
        lead, described = [], first
        nouns = words_between(text, verb_end, described.start)
        if not nouns:
            return []
    if len(nouns) > DESCRIBED_SUBJECT_WORDS or not all(w.startswith("ال") for w in nouns) \
            or _governed(text, described, verb_end):
        return []
    if not (described.is_demonym_only or described.head.kind == "person") \
            or group_gender(text, described) not in (None, person if person != "plural" else None):
        return []
    return lead + [described]


def carried_subject(text: str, sentences: list[Sentence], sentence: Sentence,
                    mentions: list[ActorMention], t_start: int, t_end: int, form: str,
                    prefix: str, how: str) -> list[Group]:
    """The subject an unwritten subject continues.  A verb inside its sentence joined to the
    clause before it goes on with that clause's subject (``joined_clause_subject``, else
    ``_described_opening_subject``).  A singular verb that
    opens its sentence joined by و/ف or after كما/ثم, read with no subject of its own: the
    nearest earlier sentence of the paragraph whose opening verb agrees with it in gender
    gives its subject.  The search stops at a paragraph break, a quotation, or a sentence
    whose opening subject is unclear.  [] when there is none."""
    if form not in ("past", "present") or how.split("/")[0] not in CARRIED_READINGS:
        return []
    word_start = written_word_start(text, t_start)
    lead = words_between(text, sentence.start, word_start)
    link = _mid_sentence_link(text, sentence, t_start, word_start, prefix, lead)
    if link is not None:
        if unknown_subject_after(text, [(m.start, m.end) for m in mentions], t_end, sentence.end):
            return []
        groups = build_groups(text, [m for m in mentions
                                     if sentence.start <= m.start and m.end <= sentence.end])
        person = verb_person(text[t_start:t_end], form)
        return joined_clause_subject(text, sentence, groups, link, person, form) \
            or _described_opening_subject(text, sentence, groups, link, person, form)
    if not ((not lead and prefix.startswith(("و", "ف"))) or (len(lead) == 1 and lead[0] in CARRY_OPENERS)):
        return []
    gender = _spelled_gender(word_text(VOWELLED_WORD.match(text, t_start)) if VOWELLED_WORD.match(text, t_start) else "", form)
    if gender is None or any(c in QUOTE_MARKS for c in text[sentence.start:t_start]):
        return []
    if unknown_subject_after(text, [(m.start, m.end) for m in mentions], t_end, sentence.end):
        return []
    earlier = [s for s in sentences if s.end <= sentence.start and not s.is_headline]
    for s in reversed(earlier[-CARRY_BACK_SENTENCES:]):
        if "\n" in text[s.start:sentence.start]:
            return []
        groups = build_groups(text, [m for m in mentions if s.start <= m.start and m.end <= s.end])
        opening = _opening_verb_subject(text, s, groups)
        if opening is None:
            return []
        subject, its_gender = opening
        if its_gender == gender:
            return subject
    return []
