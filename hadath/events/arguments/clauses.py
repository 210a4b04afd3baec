"""Clause structure around a verb: fronted, joined and carried-over subjects, subjects and
objects after the verb, addressees after a joined verb.
"""
from __future__ import annotations

import re

from ...records import ActorMention, Sentence
from ...words import function_words
from ..lexicon import TriggerSense, without_asides
from ..structure import (
    CLAUSE_BREAK,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    clause_start_over_asides,
    group_gender,
    has_break,
    is_office_phrase,
    word_text,
    words_between,
    written_word_start,
)
from .nearby import _chain_back, _nearest_over_aside, stands_as_subject
from .result import Arguments
from .vocabulary import (
    ADJUNCT_WORDS,
    CARRY_OPENERS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    CONTENT_TYPES,
    DUAL_PARTIES,
    OBJECT_GAP_WORDS,
    PARTITIVE_WORD,
    PLACE_KINDS,
    PROCLITIC_WORDS,
    PRONOUN_PREPOSITION,
    RELATIVE_PRONOUNS,
    SUBJECT_GAP_WORDS,
    TIME_WORDS,
    VERB_PARTICLES,
)
from .word_shapes import (
    _is_nisba,
    _is_number,
    _nominative_plural,
    _plain_verb_form,
    _plural_noun,
    _prepositional_verbal_noun,
    _proclitic,
    _segment_start,
    _spelled_gender,
    verb_person,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

# Words joining a verb with no written subject to the clause whose subject it goes on with.
JOINED_CLAUSE_LINKS = _WORDS.joined_clause_links
# "شن الجيش غارات ...، في حين استهدف": a doubled-root past written with two letters
GEMINATE_PAST_VERBS = _WORDS.geminate_past_verbs
# "دعت السكان إلى"، "حثت الأهالي على": words opening what the one asked is asked to do
ADDRESSED_COMPLEMENT_OPENERS = _WORDS.addressed_complement_openers
ADDRESSED_COMPLEMENT_WORDS = 4

# The auxiliary of the pluperfect "وكان X قد فعل": its subject stands before قد.
PAST_AUXILIARIES = _WORDS.past_auxiliaries
PERFECT_PARTICLE = "قد"

QUOTES = " \t\"'«»“”"

# The anchors a role noun may be read with ("طالب إسرائيل": students of Israel) that stand
# as participants of their own when the role noun is read as a verb.
VERB_SPLIT_ANCHORS = frozenset({"country"})
# An agent noun fused with the organisation after it ("طالب المرصد ...": a student of the
# observatory): read with the verb, the organisation is the participant, with its own entry.
AGENT_ORGANIZATION_RULE = "agent+organization"


def anchor_after_verb(text: str, mention: ActorMention, t_start: int,
                      t_end: int) -> ActorMention | None:
    """"وطالب إسرائيل بوقف ..."، "طالب المرصد ... بفتح تحقيق" read with the verb: the
    recogniser fused a role noun spelled like the verb (طالب: students) with the country or
    the organisation after it; that name alone is the participant after the verb.  None when
    the mention is no such fusion."""
    if not t_start <= mention.start < t_end < mention.end:
        return None
    word = VOWELLED_WORD.search(text, t_end, mention.end)
    if word is None:
        return None
    span = text[word.start():mention.end]
    if mention.rule == AGENT_ORGANIZATION_RULE:
        return ActorMention(word.start(), mention.end, span, mention.name, mention.country,
                            mention.sector, mention.id, mention.kind, "organization+after-verb")
    role_kind, _, anchor_kind = mention.rule.partition("+")
    if role_kind != mention.kind or anchor_kind not in VERB_SPLIT_ANCHORS or mention.country is None:
        return None
    name = mention.name.rpartition(" (")[2].removesuffix(")") if mention.name else None
    return ActorMention(word.start(), mention.end, span, name,
                        mention.country, None, mention.country, anchor_kind,
                        f"{anchor_kind}+after-verb")


# A present or future verb before the embedded subject ("بأن تنسحب إسرائيل")
EMBEDDED_VERB = re.compile(r"^س?[يت]\w{2,}$")


def _opens_own_clause(text: str, t_end: int, opener: re.Match[str]) -> bool:
    """The complementiser opens the verb's own clause ("طلب الوفد من المحكمة أن"), not
    that of a later one ("دعا ... ، مشيرا إلى أن")."""
    return not has_break(text, t_end, opener.start()) \
        and len(words_between(text, t_end, opener.start())) <= OBJECT_GAP_WORDS


def _addressed_subject(text: str, groups: list[Group], c_open: int, limit: int) -> list[Group]:
    """The subject of the clause opened at ``c_open``: the participant right after the
    complementiser, or after its verb; not a genitive deeper in the clause ("بأن دماء
    الشهداء": the martyrs are not addressed)."""
    i = next((n for n, g in enumerate(groups) if c_open <= g.start < limit), None)
    if i is None or has_break(text, c_open, groups[i].start):
        return []
    gap = words_between(text, c_open, groups[i].start - len(attached_prefix(text, groups[i].start)))
    if len(gap) > 1 or (gap and EMBEDDED_VERB.match(gap[0]) is None):
        return []
    return chain_from(text, groups, i)


def _support_subject(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                     c_start: int) -> list[Group]:
    """"نفذت القوات المسلحة الأردنية، اليوم الثلاثاء، إنزالات": the support verb's subject
    stands before a short aside that does not end its clause."""
    start = clause_start_over_asides(text, sentence, c_start)
    if start == c_start:
        return []
    return _nearest_over_aside(text, groups, start, t_start, SUBJECT_GAP_WORDS, without_asides)


def _counted(gap_words: list[str]) -> bool:
    return any(_is_number(w) for w in gap_words) or gap_words[-1:] == ["من"]


def _counted_right_after(gap_words: list[str]) -> bool:
    """Only a number or a quantity (with its partitive من) stands between the verb and the
    participant: "دعا 40 خبيرا"، "طالب عشرات النواب"، "انتقد عدد من الوزراء"."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if words[-1:] == [PARTITIVE_WORD]:
        words = words[:-1]
    return bool(words) and all(_is_number(w) for w in words)


def _fronted_subject(text: str, groups: list[Group], t_start: int, c_start: int) -> int | None:
    """SVO: a participant standing right before the verb at the head of its clause
    ("إيران تدعم سوريا"، "وقالت إن حماس رفضت ...")."""
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > t_start:
            continue
        if g.end < c_start or text[g.end:t_start].strip(QUOTES) or g.is_demonym_only:
            return None
        lead = words_between(text, c_start, g.start)
        if lead and _joined_subject_before_verb(text, groups, i, t_start):
            # "انسحب الجيش من المدينة وحماس تدعو السكان": a joined subject right before its
            # verb opens a clause of its own
            return i
        cut = max((k for k, w in enumerate(lead) if w in COMPLEMENTIZERS), default=-1)
        return i if all(w in CLAUSE_OPENERS for w in lead[cut + 1:]) else None
    return None


def _joined_subject_before_verb(text: str, groups: list[Group], i: int, t_start: int) -> bool:
    """The participant at ``i`` carries و/ف, opens no coordination with an earlier one, is
    no adjective, and only a space parts it from the word at ``t_start``."""
    g = groups[i]
    first = VOWELLED_WORD.match(text, g.start)
    return _proclitic(text, g) in ("و", "ف") and _chain_back(text, groups, i)[0] is g \
        and text[g.end:t_start].isspace() and VOWELLED_WORD.match(text, t_start) is not None \
        and first is not None and not _is_nisba(word_text(first))


def _subject_before_comma(text: str, groups: list[Group], t_start: int,
                          c_start: int) -> list[Group]:
    """"إن إسرائيل، ترفض ..."، "الوزير، فلان، يرفض ...": a verb opening its clause right
    after a comma takes as subject the participant heading the clause before it, with the
    participants in apposition to it."""
    if words_between(text, c_start, t_start) or c_start < 1 or text[c_start - 1] not in "،,":
        return []
    chain: list[Group] = []
    end = c_start - 1
    while True:
        seg_start = _segment_start(text, end)
        fronted = _fronted_subject(text, groups, end, seg_start)
        if fronted is None and not chain and _descriptive_aside(text, seg_start, end):
            # "إن تركيا، الواقعة بين قارتين، تقدمت": the aside describes the subject before it
            end = seg_start - 1
            seg_start = _segment_start(text, end)
            fronted = _fronted_subject(text, groups, end, seg_start)
        if fronted is None:
            return chain
        chain.insert(0, groups[fronted])
        if words_between(text, seg_start, groups[fronted].start) or seg_start < 1 \
                or text[seg_start - 1] not in "،,":
            return chain
        end = seg_start - 1


# Words opening a comma aside that describes the participant before it: a relative
# pronoun, a pronoun of apposition, or an adjunct ("، التي تسعى ..."، "، وهو ..."، "، بعد ...").
DESCRIPTIVE_OPENERS = RELATIVE_PRONOUNS | ADJUNCT_WORDS | _WORDS.descriptive_opener_words
DESCRIPTIVE_ASIDE_WORDS = 8


def _descriptive_aside(text: str, start: int, end: int) -> bool:
    """The stretch ``start``-``end`` is a short aside between two commas opening with a
    relative, an adjunct or a definite word in apposition ("، الدولة العضو في الحلف،"),
    and holding no clause of its own (no إن/أن)."""
    if start < 1 or text[start - 1] not in "،," or end >= len(text) or text[end] not in "،,":
        return False
    words = words_between(text, start, end)
    if not words or len(words) > DESCRIPTIVE_ASIDE_WORDS \
            or any(w.lstrip("وف") in COMPLEMENTIZERS for w in words):
        return False
    return words[0] in DESCRIPTIVE_OPENERS or words[0].startswith("ال")


def _support_verb_subject(text: str, groups: list[Group], t_start: int,
                          c_start: int) -> list[Group]:
    """"إن الجيش، بعد أيام من القتال، شن هجمات"، "تركيا، الواقعة بين قارتين، تقدمت بطلب":
    the support verb alone opens the noun's clause right after a comma; its subject is found
    as a verb's fronted subject is, heading the clause before the comma."""
    lead = [w for w in VOWELLED_WORD.finditer(text, c_start, t_start) if word_text(w) not in TIME_WORDS
            and word_text(w) not in VERB_PARTICLES and word_text(w) not in PROCLITIC_WORDS]
    if len(lead) != 1 or word_text(lead[0]).lstrip("وف") in CLAUSE_OPENERS \
            or word_text(lead[0]) in ADJUNCT_WORDS:
        return []
    first = VOWELLED_WORD.search(text, c_start, t_start)
    return _subject_before_comma(text, groups, first.start(), c_start) if first else []


def _clause_start_before_comma(text: str, s_start: int, c_start: int) -> int:
    """The start of the clause before the comma that opens the clause at ``c_start``
    (``c_start`` itself when no comma stands right before it)."""
    before = text[s_start:c_start].rstrip()
    if not before.endswith(("،", ",")):
        return c_start
    left = s_start
    for m in CLAUSE_BREAK.finditer(text, s_start, s_start + len(before) - 1):
        left = m.end()
    return left


def _pluperfect_subject(text: str, groups: list[Group], t_start: int, c_start: int,
                        s_start: int) -> int | None:
    """"وكانت واشنطن قد فرضت ..."، "وكان وزير العدل قد اتهم ...": the participant standing
    between كان and قد right before the verb is its subject, also when a comma parts it
    from قد ("وكان الوزير، قد اتهم")."""
    lead = words_between(text, c_start, t_start)
    if lead[-1:] != [PERFECT_PARTICLE]:
        return None
    if lead == [PERFECT_PARTICLE]:
        c_start = _clause_start_before_comma(text, s_start, c_start)
    qad = text.rfind(PERFECT_PARTICLE, c_start, t_start)
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > qad:
            continue
        if g.start < c_start or words_between(text, g.end, qad):
            return None
        first = _chain_back(text, groups, i)[0]
        aux = words_between(text, c_start, first.start)[-1:]
        return i if aux and aux[0].lstrip("وف") in PAST_AUXILIARIES else None
    return None


def _joined_link(text: str, sentence: Sentence, t_start: int) -> int | None:
    """Where the link joining a verb to the clause before it starts: its own و/ف, a word of
    ``JOINED_CLAUSE_LINKS`` or كما right before it ("كما دعت ..."); None when the verb opens
    its sentence."""
    word_start = written_word_start(text, t_start)
    link = joined_clause_start(text, sentence, t_start, text[word_start:t_start])
    if link is not None:
        return link
    words = list(VOWELLED_WORD.finditer(text, sentence.start, word_start))
    if len(words) > 1 and word_text(words[-1]) in CARRY_OPENERS \
            and not text[words[-1].end():word_start].strip():
        return words[-1].start()
    return None


def _complement_follows(text: str, groups: list[Group], chain: list[Group], limit: int) -> bool:
    """What is asked follows the participant ``chain`` within ``ADDRESSED_COMPLEMENT_WORDS``
    words, before any comma: إلى / على, or a verbal noun with ب or ل ("بالنزوح"، "لإخلاء")."""
    end = chain[-1].end
    stop = text.find("،", end, limit)
    words = words_between(text, end, limit if stop < 0 else stop)[:ADDRESSED_COMPLEMENT_WORDS]
    return any(w in ADDRESSED_COMPLEMENT_OPENERS or w.startswith(("بال", "لل", "لإ", "لا"))
               or _prepositional_verbal_noun(w) for w in words)


def _people_noun(text: str, g: Group) -> bool:
    """A definite noun of people no lexicon names as a body ("السكان"، "الأهالي"،
    "المواطنين"), not in the nominative plural (-ون), which names a subject."""
    first = VOWELLED_WORD.match(text, g.start)
    return first is not None and g.head.kind == "agent" and len(g.mentions) == 1 \
        and word_text(first).startswith("ال") and not g.is_demonym_only \
        and not _nominative_plural(text, g) and not is_office_phrase(g)


def _addressed_after_joined_verb(text: str, sentence: Sentence, groups: list[Group], subj: int,
                                 t_start: int, t_end: int, form: str,
                                 sense: TriggerSense | None) -> Arguments | None:
    """"كما دعت السكان إلى مغادرة منازلهم"، "ودعا الإدارة الأميركية إلى": a singular verb of
    demand joined to the clause before it, with the participant right after it (time words
    aside) that cannot be its subject: a feminine noun after a masculine verb, or a definite
    noun of people followed by what is asked when the clause before names a subject the
    verb agrees with.  The participant is the one asked; the caller is the earlier clause's
    subject (else unknown, for a later step to carry).  None otherwise."""
    if sense is None or sense.event not in CONTENT_TYPES or form not in ("past", "present"):
        return None
    person = _spelled_gender(text[t_start:t_end].split()[0] if text[t_start:t_end].split() else "",
                             form)
    g = groups[subj]
    if person is None or any(w not in TIME_WORDS for w in words_between(text, t_end, g.start)):
        return None
    link = _joined_link(text, sentence, t_start)
    if link is None:
        return None
    objects = chain_from(text, groups, subj)
    earlier = joined_clause_subject(text, sentence, groups, link, person, form)
    if person == "masc" and group_gender(text, g) == "fem" and not g.is_demonym_only:
        how = "v+object-by-agreement"
    elif earlier and _people_noun(text, g) and _complement_follows(text, groups, objects,
                                                                   sentence.end):
        how = "v+people-object"
    else:
        return None
    return Arguments([a for a in earlier if a not in objects], objects, how)


def joined_verb_takes_object(text: str, args: Arguments, t_end: int,
                             shared: list[Group]) -> bool:
    """"زار الرئيس بيروت والتقى رئيس الحكومة": a verb joined by و to a verb of its tense
    whose subject is named (``shared``) continues that subject, so the participant after it
    that a verb-first reading took for its subject is its object.  Not when the verb's
    object is a pronoun written after it ("ووافقت عليه الحركة"), nor when the participant
    is a dual of the parties or an adjective alone (a noun subject: "واستهدف القصف
    الإسرائيلي"), nor when it names the shared subject again."""
    if not args.actors or any(g in shared for g in args.actors):
        return False
    after = words_between(text, t_end, args.actors[0].start)
    if any(PRONOUN_PREPOSITION.match(w) or w in DUAL_PARTIES for w in after):
        return False
    return not args.actors[0].is_demonym_only and not _nominative_plural(text, args.actors[0])


def plain_verb_subject(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                       t_end: int, form: str, trigger_starts: frozenset[int]) -> list[Group]:
    """"وصل الوزير إلى القاهرة والتقى الرئيس": a verb joined by و to an earlier verb that names
    no event shares that verb's subject.  The earlier verb opens its clause, agrees with the
    joined verb, stands right before its subject (time words aside), and between that subject
    and the joined verb stands no other possible subject and no reported clause (أن، إن).
    [] when there is no such verb."""
    before = [i for i, g in enumerate(groups) if sentence.start <= g.start and g.end <= t_start
              and g.head.kind not in PLACE_KINDS and stands_as_subject(text, g, sentence.start)]
    if not before:
        return []
    chain = _chain_back(text, groups, before[-1])
    between = words_between(text, chain[-1].end, t_start)
    if any(w.lstrip("وف") in COMPLEMENTIZERS for w in between):
        return []
    lead = _clause_verb_of(text, sentence, chain, t_start)
    if lead is None or lead.start() in trigger_starts:
        return []
    verb = word_text(lead)
    return chain if _plain_verb_form(verb, form) \
        and verb_person(verb, form) == verb_person(text[t_start:t_end], form) else []


def _clause_verb_of(text: str, sentence: Sentence, chain: list[Group], limit: int,
                    reported: bool = False) -> re.Match[str] | None:
    """The one word (time words aside) that opens the clause before the subject ``chain``,
    else, when the subject opens it ("الفصائل تبارك العملية وتدعو الشبان") or, with
    ``reported``, stands right after أن/إن, the word right after the subject: the verb the
    subject belongs to.  With ``reported`` the clause may also open after a link word
    ("أتى ذلك بعدما شن الجيش").  None when more words stand before the subject."""
    lead = [w for w in VOWELLED_WORD.finditer(text, clause_bounds(text, sentence, chain[0].start)[0],
                                     chain[0].start) if word_text(w) not in TIME_WORDS]
    if reported and lead and word_text(lead[-1]).lstrip("وف") in COMPLEMENTIZERS:
        lead = []
    elif reported:
        lead = lead[_after_last_link(lead):]
    if not lead:
        lead = [w for w in VOWELLED_WORD.finditer(text, chain[-1].end, limit)
                if word_text(w) not in TIME_WORDS][:1]
    return lead[0] if len(lead) == 1 else None


def _after_last_link(lead: list[re.Match[str]]) -> int:
    """Where the words after the last link word (``JOINED_CLAUSE_LINKS``) of ``lead`` begin:
    "أتى ذلك بعدما شن الجيش ..." → the clause of شن.  0 when there is none."""
    for k in range(len(lead) - 1, -1, -1):
        one = word_text(lead[k]).lstrip("و")
        two = f"{word_text(lead[k - 1]).lstrip('و')} {word_text(lead[k])}" if k else ""
        if one in JOINED_CLAUSE_LINKS or two in JOINED_CLAUSE_LINKS:
            return k + 1
    return 0


def joined_clause_start(text: str, sentence: Sentence, t_start: int, prefix: str) -> int | None:
    """Where the link joining a verb to the clause before it starts: the verb's own و/ف, or
    a linking word right before it (``JOINED_CLAUSE_LINKS``: "، بعدما قصف"، "حيث اعتقل").
    None when the verb opens its sentence or stands after no such link."""
    word_start = written_word_start(text, t_start)
    if prefix.startswith(("و", "ف")) and text[sentence.start:word_start].strip():
        return word_start
    words = list(VOWELLED_WORD.finditer(text, sentence.start, word_start))
    for size in (2, 1):
        link = words[-size:] if len(words) > size else []
        if link and " ".join(word_text(w).lstrip("و") for w in link) in JOINED_CLAUSE_LINKS \
                and not text[link[-1].end():word_start].strip():
            return link[0].start()
    return None


def _clause_verb_form(verb: str, form: str) -> bool:
    """The word opening a clause may be its verb of the tense ``form``, a two-letter
    doubled-root past among them ("شن"، "وشن")."""
    return _plain_verb_form(verb, form) or (form == "past" and (
        verb in GEMINATE_PAST_VERBS or (verb[:1] in ("و", "ف") and verb[1:] in GEMINATE_PAST_VERBS)))


def joined_clause_subject(text: str, sentence: Sentence, groups: list[Group], link: int,
                          person: str, form: str) -> list[Group]:
    """"ارتكبت القوات مجزرة في البلدة، ونسفت عشرات البيوت"، "... بعدما قصف منزلا": a verb with
    no written subject joined (at ``link``) to the clause before it goes on with that
    clause's subject, when the clause's verb opens it right before (or after) the subject
    and agrees with the joined verb (``person``; a plural verb also after a verb-first
    clause with a plural subject), and the subject's spelling does not ask another gender.
    The clause may be reported ("أفاد المراسل أن القوات أجبرت ...، واستهدفت"); objects of its
    verb between its subject and the link are passed over; a participant of another clause,
    or a reported clause (أن، إن) after the subject, stops the search.  [] when none."""
    before = [i for i, g in enumerate(groups) if sentence.start <= g.start and g.end <= link
              and g.head.kind not in PLACE_KINDS and stands_as_subject(text, g, sentence.start)]
    if not before:
        return []
    clause_start = clause_bounds(text, sentence, groups[before[-1]].start)[0]
    for i in reversed(before):
        chain = _chain_back(text, groups, i)
        if chain[0].start < clause_start \
                or any(w.lstrip("وف") in COMPLEMENTIZERS for w in words_between(text, chain[-1].end, link)):
            return []
        lead = _clause_verb_of(text, sentence, chain, link, reported=True)
        if lead is None:
            continue
        verb = word_text(lead)
        if not _clause_verb_form(verb, form):
            return []
        verb_first = lead.start() < chain[0].start
        agrees = verb_person(verb, form) == person or (
            person == "plural" and verb_first and _plural_noun(text, chain[0]))
        gender = group_gender(text, chain[0]) if person in ("fem", "masc") else None
        # "أجبر الجيش الأطباء والمرضى": an object right after the subject, even one grouped
        # with it, is no part of it, nor what is joined to that object
        first = groups.index(chain[0])
        subject = chain_from(text, groups, first) if len(chain[0].mentions) == 1 else [chain[0]]
        return subject if agrees and gender in (None, person) else []
    return []
