"""Subjects carried over from an earlier sentence to a verb that names none."""
from __future__ import annotations

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
from .nearby import _governed
from .vocabulary import (
    CARRY_OPENERS,
    CLAUSE_OPENERS,
    QUANTIFIER_SUBJECT_HEADS,
    TIME_WORDS,
)
from .word_shapes import _plain_verb_form, _spelled_gender

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


def _opening_verb_subject(text: str, sentence: Sentence, groups: list[Group]) -> tuple[list[Group], str] | None:
    """The subject of the verb that opens the sentence (after و/ف، كما، قد and the like,
    time words, and a short lead phrase closed by a comma) with the verb's gender: "وقال
    وزير الخارجية ..." → (وزير الخارجية, masc).  None when the sentence opens otherwise or
    the participant after the verb cannot be its subject."""
    if text[sentence.start:sentence.start + 1] in QUOTE_MARKS:
        return None
    start = sentence.start
    lead = text[start:sentence.end].split("،", 1)
    if len(lead) == 2 and len(VOWELLED_WORD.findall(lead[0])) <= LEAD_PHRASE_WORDS:
        start += len(lead[0]) + 1
    words = [w for w in VOWELLED_WORD.finditer(text, start, sentence.end)
             if word_text(w) not in TIME_WORDS]
    while words and (word_text(words[0]) in CLAUSE_OPENERS or word_text(words[0]) in CARRY_OPENERS):
        words.pop(0)
    if not words:
        return None
    verb = words[0]
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


def carried_subject(text: str, sentences: list[Sentence], sentence: Sentence,
                    mentions: list[ActorMention], t_start: int, t_end: int, form: str,
                    prefix: str, how: str) -> list[Group]:
    """The subject an unwritten subject continues: the trigger is a singular verb that
    opens its sentence joined by و/ف or after كما/ثم, read with no subject of its own; the
    nearest earlier sentence of the paragraph whose opening verb agrees with it in gender
    gives its subject.  The search stops at a paragraph break, a quotation, or a sentence
    whose opening subject is unclear.  [] when there is none."""
    if form not in ("past", "present") or how.split("/")[0] not in SUBJECTLESS_READINGS:
        return []
    word_start = written_word_start(text, t_start)
    lead = words_between(text, sentence.start, word_start)
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
