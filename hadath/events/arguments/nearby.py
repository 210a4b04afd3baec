"""Finding the participant groups around a position: the first after, the last before,
chains of coordinated groups, subjects before a verb and objects or targets after it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ...records import Sentence
from ...words import function_words
from ..counts import opens_another_fact
from ..structure import (
    CLAUSE_BREAK,
    COMMA,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    group_gender,
    has_break,
    word_text,
    words_between,
    words_of,
)
from .vocabulary import (
    ADJUNCT_WORDS,
    AGENTIVE_MARKERS,
    COMPLEMENT_WORDS,
    DIRECTIONS,
    LIGHT_VERBS,
    LOCATIVE_WORDS,
    OBJECT_GAP_WORDS,
    PARTIES_MARKER,
    PARTITIVE_WORD,
    PROCLITIC_WORDS,
    RESUMED_BY_LIGHT_VERB,
    TARGET_PREPOSITIONS,
)
from .word_shapes import _is_number, _plural_noun, _proclitic, _segment_start

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

ADJUNCT_REACH_WORDS = 4      # more words a subject may stand back over a prepositional phrase

ARRIVAL_WORDS = _WORDS.arrival_words
DESTINATION_PREPOSITIONS = frozenset({"إلى", "الى"})

AGENT_MARKERS = _WORDS.agent_markers

ASIDE_WORDS = 4              # a comma aside ("، قبل شهرين،") this short does not end a clause


def _first_after(text: str, groups: list[Group], pos: int, limit: int, max_words: int,
                 *, allow_demonym: bool = True) -> int | None:
    for i, g in enumerate(groups):
        if g.start < pos:
            continue
        if g.start >= limit or has_break(text, pos, g.start):
            return None
        if len(words_between(text, pos, g.start)) > max_words:
            return None
        if g.is_demonym_only and not allow_demonym:
            continue
        return i
    return None


def _governed(text: str, g: Group, pos: int) -> bool:
    """The group stands after a preposition (separate or proclitic) and so is no subject."""
    before = words_between(text, max(pos, g.start - 20), g.start)
    if before and before[-1] in DIRECTIONS:
        before = before[:-1]
    return bool(before and before[-1] in TARGET_PREPOSITIONS) \
        or _proclitic(text, g).lstrip("وف").startswith(("ل", "ب"))


def _after_preposition(text: str, g: Group, pos: int) -> bool:
    """The group stands after a separate preposition (على، ضد ...) or a proclitic ب; a
    proclitic ل after a noun is mostly its possessor ("اقتحامات للجيش"), so not counted."""
    before = words_between(text, max(pos, g.start - 20), g.start)
    if before and before[-1] in DIRECTIONS:
        before = before[:-1]
    return bool(before and before[-1] in TARGET_PREPOSITIONS) \
        or _proclitic(text, g).lstrip("وف").startswith("ب")


def _aside_start(text: str, groups: list[Group], c_start: int) -> int | None:
    """Where a short comma aside ending at ``c_start`` opens ("أجرت، قبل شهرين، مناورة"):
    the clause before it goes on after it."""
    if c_start < 1 or text[c_start - 1] not in "،,":
        return None
    opening = max(text.rfind("،", 0, c_start - 1), text.rfind(",", 0, c_start - 1))
    if opening < 0:
        return None
    inner = text[opening + 1:c_start - 1]
    if has_break(text, opening + 1, c_start - 1) or len(VOWELLED_WORD.findall(inner)) > ASIDE_WORDS \
            or any(opening < g.start < c_start for g in groups):
        return None
    return opening


# A comma aside of time, channel, source or manner between a verb's subject and its object
# ("طالبت الوزارة، في بيان، الحكومة بـ") leaves the verb's clause open; one of a clause's own
# ("، في حين ...") does not.
OBJECT_ASIDE_OPENERS = _WORDS.object_aside_openers
OBJECT_ASIDE_BREAKERS = _WORDS.object_aside_breakers
OBJECT_ASIDE_WORDS = 6      # "في بيان نشرته على موقعها" is about as long as such an aside gets
_ASIDE_OPENING = re.compile(r"\s*[،,]")


def _opens_object_aside(words: list[str]) -> bool:
    """The aside's first word (or two) is a time, channel, source or manner opener."""
    first = words[0]
    bare = first[1:] if first.startswith("و") and first[1:] in OBJECT_ASIDE_OPENERS else first
    return bare in OBJECT_ASIDE_OPENERS or " ".join(words[:2]) in OBJECT_ASIDE_OPENERS


def _past_object_aside(text: str, groups: list[Group], pos: int, limit: int) -> int:
    """Where a verb's object may start after ``pos`` (the end of its subject or of the
    verb): past a comma aside of time, channel, source or manner that opens right there
    ("اتهمت روسيا، الخميس، السلطات بـ"، "دعا الرئيس، خلال كلمته، المجتمع الدولي إلى");
    ``pos`` itself when there is none, when the aside holds a clause of its own, or when a
    joined verb follows it ("هاجمت الطائرات، فجر اليوم، وقصفت ...")."""
    opening = _ASIDE_OPENING.match(text, pos, limit)
    if opening is None:
        return pos
    closing = COMMA.search(text, opening.end(), limit)
    if closing is None:
        return pos
    inner = text[opening.end():closing.start()]
    words = words_of(inner)
    if not words or len(words) > OBJECT_ASIDE_WORDS or CLAUSE_BREAK.search(inner) \
            or not _opens_object_aside(words) \
            or any(w in OBJECT_ASIDE_BREAKERS for w in words):
        return pos
    following = VOWELLED_WORD.search(text, closing.end(), limit)
    if following is None:
        return pos
    if word_text(following).startswith(("و", "ف")) \
            and not any(g.start == following.start() for g in groups):
        return pos
    return closing.end()


def _subject_before(text: str, groups: list[Group], t_start: int, c_start: int,
                    max_words: int, *, over_prepositions: bool = False) -> list[Group]:
    """The participant ending the stretch before ``t_start``, across a short comma aside.
    ``over_prepositions`` (a verb's subject): a participant after a preposition is no subject
    ("واصل الجيش في اليوم العاشر من حربه على المدينة قصف ..."), the search goes on before
    it.  A noun's agent may stand there ("الضغوط على الحكومة لتأمين اتفاق")."""
    before = _last_before(text, groups, t_start, c_start - 1, max_words)
    while over_prepositions and before is not None \
            and _after_preposition(text, groups[before], c_start):
        # the prepositional phrase is an adjunct: it does not count against the reach; with
        # nothing before it, the nearest participant stays ("على الرئيس أن يوقف ...")
        earlier = _last_before(text, groups, t_start, c_start - 1,
                               max_words + ADJUNCT_REACH_WORDS, below=before)
        if earlier is None:
            break
        before = earlier
    if before is None and all(w in PROCLITIC_WORDS for w in words_between(text, c_start, t_start)):
        opening = _aside_start(text, groups, c_start)
        if opening is not None:
            before = _last_before(text, groups, opening, _segment_start(text, opening) - 1,
                                  max_words)
    return _chain_back(text, groups, before) if before is not None else []


def _nearest_over_aside(text: str, groups: list[Group], lo: int, end: int, max_words: int,
                        strip_asides: Callable[[str], str]) -> list[Group]:
    """The participant nearest before ``end`` (not before ``lo``) with, once
    ``strip_asides`` has removed the asides between them, no clause break and at most
    ``max_words`` words left between."""
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > end or g.start < lo:
            continue
        between = strip_asides(text[g.end:end])
        if CLAUSE_BREAK.search(between) or len(VOWELLED_WORD.findall(between)) > max_words:
            return []
        return _chain_back(text, groups, i)
    return []


def _last_before(text: str, groups: list[Group], pos: int, limit: int, max_words: int,
                 below: int | None = None) -> int | None:
    """The last participant ending before ``pos`` (among those before index ``below``)."""
    for i in range((len(groups) if below is None else below) - 1, -1, -1):
        g = groups[i]
        if g.end > pos:
            continue
        if g.end <= limit or has_break(text, g.end, pos):
            return None
        if len(words_between(text, g.end, pos)) > max_words:
            return None
        # the start of a chain: walk back over coordinated groups
        return i
    return None


def _chain_back(text: str, groups: list[Group], last: int) -> list[Group]:
    first = last
    while first > 0:
        gap = text[groups[first - 1].end:groups[first].start].strip()
        if gap in ("", "و") or (gap == "" and attached_prefix(text, groups[first].start).startswith("و")):
            first -= 1
        else:
            break
    return chain_from(text, groups, first)[: last - first + 1]


def _prepositional_target(text: str, groups: list[Group], pos: int, limit: int) -> list[Group]:
    """A participant introduced by على/ضد/... (separate word) or ل/ب (proclitic) after pos."""
    for i, g in enumerate(groups):
        if g.start < pos or g.start >= limit:
            continue
        if len(words_between(text, pos, g.start)) > OBJECT_GAP_WORDS \
                or opens_another_fact(text, pos, g.start):
            break
        before = words_between(text, max(pos, g.start - 20), g.start)
        if before and before[-1] in DIRECTIONS:     # "على جنوب إسرائيل"
            before = before[:-1]
        if _after_arrival(before):
            break
        prefix = _proclitic(text, g)
        if (before and before[-1] in TARGET_PREPOSITIONS) or prefix.endswith(("ل", "ب", "لل")):
            return chain_from(text, groups, i)
    return []


def _after_arrival(before: list[str]) -> bool:
    """"وصل منها إلى المستشفيات"، "نقلهما إلى مستشفى": the participant after إلى is where
    a word of arriving or carrying ends up, not a target."""
    return bool(before) and before[-1] in DESTINATION_PREPOSITIONS \
        and any(w in ARRIVAL_WORDS or (w[:1] in "وف" and w[1:] in ARRIVAL_WORDS)
                for w in before[-4:-1])


# "قتل ... عندما كان يتصدى للقوات"، "استشهد خلال تصديه لاقتحام الجيش": the victim fell
# confronting the attacker.
CONFRONTING = _WORDS.confronting
CONFRONT_REACH_WORDS = 12


def _confronted(text: str, sentence: Sentence, groups: list[Group], pos: int) -> list[Group]:
    """The participant the victims were confronting, introduced by ل right after a verb or
    noun of confronting within a few words after the trigger."""
    words = list(VOWELLED_WORD.finditer(text, pos, sentence.end))[:CONFRONT_REACH_WORDS]
    for w in words:
        if word_text(w).lstrip("و") not in CONFRONTING:
            continue
        i = _first_after(text, groups, w.end(), sentence.end, 2)
        if i is not None and _proclitic(text, groups[i]).lstrip("وف").startswith("ل"):
            return chain_from(text, groups, i)
    return []


def _after_marker_word(text: str, g: Group, pos: int,
                       markers: tuple[str, ...] = AGENT_MARKERS) -> bool:
    """The word before the group (over the proclitics written on it) is an agent marker
    (برصاص، بنيران، على يد، شنها ...): the group names who did it, never whom it was done to."""
    word_start = g.start - len(attached_prefix(text, g.start))
    before = words_between(text, max(pos, g.start - 16), word_start)
    if not before:
        return False
    marker = before[-1][1:] if before[-1][:2] in ("وب", "فب") else before[-1]
    # "عملية قام بها مقاتلو الحركة": قام with the resumptive is an agent marker too
    return marker in markers or (len(before) >= 2 and before[-2] in LIGHT_VERBS
                                 and marker in RESUMED_BY_LIGHT_VERB)


def _agent_after_marker(text: str, groups: list[Group], pos: int, limit: int, *,
                        agentive_only: bool = False) -> list[Group]:
    """The first group after ``pos`` behind a marker word, or (unless ``agentive_only``,
    which also leaves out the instruments: برصاص، بطائرة) carrying a ب of its own."""
    markers = AGENTIVE_MARKERS if agentive_only else AGENT_MARKERS
    for i, g in enumerate(groups):
        if g.start < pos or g.start >= limit:
            continue
        if opens_another_fact(text, pos, g.start):
            return []     # "، فيما قتل آخر برصاص X": the agent of another fact
        if _after_marker_word(text, g, pos, markers):
            return chain_from(text, groups, i)
        if agentive_only:
            continue
        before = words_between(text, max(pos, g.start - 16), g.start)
        if attached_prefix(text, g.start).endswith("ب") and before and before[-1].startswith("ب"):
            return chain_from(text, groups, i)
    return []


def _object_or_target(text: str, groups: list[Group], pos: int, limit: int) -> list[Group]:
    """The object after ``pos`` (within OBJECT_GAP_WORDS, past an aside), else a
    prepositional target."""
    pos = _past_object_aside(text, groups, pos, limit)
    obj = _first_after(text, groups, pos, limit, OBJECT_GAP_WORDS)
    return chain_from(text, groups, obj) if obj is not None else \
        _prepositional_target(text, groups, pos, limit)


# "قوة من الشرطة"، "دورية من الجيش": a unit of a body stands for the body.
UNIT_NOUNS = _WORDS.unit_nouns


def stands_as_subject(text: str, g: Group, limit: int) -> bool:
    """The participant may be a verb's subject: it stands after no preposition, is no
    genitive or adjective of a noun before it ("حماية المدنيين"), and is no bare demonym.
    ``limit``: where the words looked at before it may start."""
    before = words_between(text, max(limit, g.start - 20), g.start)
    # "عدد من المستوطنين": the partitive of a counted set is the set itself
    counted = len(before) >= 2 and before[-1] == PARTITIVE_WORD \
        and (_is_number(before[-2]) or before[-2] in UNIT_NOUNS)
    if before and not counted and (before[-1] in COMPLEMENT_WORDS
                                   or before[-1] in TARGET_PREPOSITIONS
                                   or before[-1] in LOCATIVE_WORDS
                                   or before[-1] in ADJUNCT_WORDS):
        return False
    if _proclitic(text, g).lstrip("وف").startswith(("ل", "ب")) or g.is_demonym_only:
        return False
    return not (before and (before[-1].endswith("ة") or before[-1].startswith("ال"))
                and g.head.kind != "person")


def _earlier_subject(text: str, sentence: Sentence, groups: list[Group],
                     t_start: int, *, plural: bool = False, gender: str = "") -> list[Group]:
    """The antecedent of an unwritten or pronoun subject: the nearest participant before
    ``t_start`` in the sentence that stands after no preposition ("رحبت الحكومة بالإفراج
    عن المحتجزين، لكنها طالبت ..." → الحكومة).  With ``gender`` ("fem", "masc"), one whose
    spelling asks a verb of another gender is passed over."""
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > t_start or g.start < sentence.start:
            continue
        if not stands_as_subject(text, g, sentence.start):
            continue
        if plural and not _plural_noun(text, g):
            continue    # a plural verb's pronoun refers to people in the plural
        if gender in ("fem", "masc") and group_gender(text, g) not in (None, gender):
            continue
        return _chain_back(text, groups, i)
    return []


def _word_after(text: str, pos: int) -> int:
    """Where the first word after ``pos`` starts (``pos`` when there is none)."""
    m = VOWELLED_WORD.search(text, pos)
    return m.start() if m is not None else pos


def later_between(text: str, groups: list[Group], t_end: int, c_end: int, reach_words: int,
                  passed: Callable[[Group], bool]) -> re.Match[str] | None:
    """The first بين within ``reach_words`` words after a trigger ("محادثات ... في جنيف بين"،
    "اشتباكات عنيفة في نابلس بين"), when every participant before it is one ``passed`` allows
    (places, the trigger's own subject); a participant of the trigger's own stands there
    otherwise and the بين is another noun's."""
    for k, w in enumerate(VOWELLED_WORD.finditer(text, t_end, c_end)):
        if k > reach_words:
            return None
        if word_text(w) != PARTIES_MARKER:
            continue
        if any(t_end <= g.start < w.start() and not passed(g) for g in groups):
            return None
        return w
    return None
