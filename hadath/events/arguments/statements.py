"""Statement types: documents and their issuers, criticism drawn by an act, accusations,
circumstantial participles and informants.
"""
from __future__ import annotations

import re

from ...records import ActorMention, Sentence
from ...text.normalize import normalize_string
from ...words import function_words, normalised
from ..counts import opens_another_fact
from ..lexicon import TriggerSense, without_adjunct_asides
from ..structure import (
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    has_break,
    office_chain,
    unvowelled,
    word_text,
    words_between,
)
from .attacks import verbal_noun_lead
from .demands import (
    DEFINITE_PARTITIVE_HEADS,
    statement_author_resumed,
    with_statement_author,
)
from .nearby import (
    _agent_after_marker,
    _chain_back,
    _earlier_subject,
    _first_after,
    _last_before,
    _nearest_over_aside,
    _object_or_target,
    _subject_before,
    stands_as_subject,
)
from .nouns import _agrees_as_possessor, _noun_arguments
from .parties import _informant, _town_group
from .relatives import _lam_author_before
from .result import Arguments
from .verbs import (
    PREPOSITIONAL_ACT_NOUNS,
    _after_adjunct_preposition,
    _verb_arguments,
    _without_verbal_noun_bodies,
)
from .vocabulary import (
    ADJUNCT_WORDS,
    ATTACK_TARGET_PREPOSITIONS,
    CLAUSE_OPENERS,
    COMPLEMENT_WORDS,
    COMPLEMENTIZERS,
    LOCATIVE_WORDS,
    PARTITIVE_WORD,
    POSSESSIVE_SUFFIXES,
    PRONOUN_PREPOSITION,
    QUANTIFIER_SUBJECT_HEADS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    REPORT_RESUMPTIVES,
    TARGET_PREPOSITIONS,
    TIME_WORDS,
    VICTIM_SECTORS,
)
from .word_shapes import (
    PRONOUN_PERSONS,
    _locative,
    _object_pronoun_on,
    _possessed,
    _proclitic,
    _pronoun_subject,
    _segment_start,
    agrees_with_object_pronoun,
    object_pronoun_person,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

DOCUMENT_ADJECTIVE_WORDS = 2    # "رسالة واضحة تدعو"، "قرارا أمميا جديدا يطالب"
DOCUMENT_NOUNS = REPORT_NOUNS | _WORDS.resolution_nouns

DOCUMENT_GOVERNORS = _WORDS.document_governors
ISSUER_GAP_WORDS = 2    # "الجمعية العامة، الأربعاء، لصالح قرار"

# "دان الوزير السياسات الغربية، وخصوصا سياسة X"، "، ولا سيما X": after a comma these
# words single out part of the object named before them.
SPECIFIERS = _WORDS.specifiers
SPECIFIER_LEADS = ([], *([w] for w in _WORDS.specifier_negations))
SPECIFIER_REACH_WORDS = 12   # the subject's apposition and the object stand between
SPECIFIED_GAP_WORDS = 2      # "وخصوصا سياسة X"، "ولا سيما على X"

INFORMANT_SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
INFORMANT_SPEECH_FORMS = frozenset({"past", "present", "reported"})


# "أبلغت الحركة القاهرة رفضها"، "وتجدد الوزارة رفضها": a statement noun with a possessive
# pronoun, object of one of these verbs, whose subject is the author of the statement.
STANCE_SUPPORT_VERBS = _WORDS.stance_support_verbs
STANCE_TELLING_VERBS = _WORDS.stance_telling_verbs
STANCE_NOUN_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST"})
TOWN_SUPPORTED_TYPES = frozenset({"SUPPORT"})
STANCE_REACH_WORDS = 10      # the verb, its subject with an aside, the one told
STANCE_OBJECT_WORDS = 3     # "رفضها أي وجود للقوات"
STANCE_LINK_WORDS = frozenset({"عن"})   # "عبرت عن رفضها"، "أعربت عن دعمها"
COMMA_ASIDE = re.compile(r"[،,][^،,.]*[،,]")


def possessed_stance_arguments(text: str, sentence: Sentence, groups: list[Group],
                               sense: TriggerSense, t_start: int, t_end: int) -> Arguments | None:
    """"أبلغت الحركة القاهرة رفضها أي وجود ..."، "عبرت الحكومة عن رفضها ..."، "مصر تجدد
    رفضها ...": a single-word trigger read as a past verb with an object pronoun is the
    verbal noun with its possessive, object of a verb of telling or expressing: the
    possessor is that verb's subject (named right after it, or right before it), a
    participant between subject and noun is only told, and what follows the noun is its
    object.  None when no such verb or subject stands there."""
    words = text[t_start:t_end].split()
    if sense.event not in STANCE_NOUN_TYPES or sense.form != "past" or len(words) != 1 \
            or words[0].startswith(("و", "ف")) or not _possessed(text, t_start, t_end):
        return None
    verb = _stance_verb_before(text, sentence, groups, t_start)
    if verb is None:
        return None
    v_start, v_end = verb
    fronted = [g for g in groups if sentence.start <= g.start and g.end <= v_start
               and not words_between(text, g.end, v_start) and not has_break(text, g.end, v_start)
               and not text[v_start:v_end].startswith(("و", "ف"))][-1:]
    between = [g for g in groups if v_end <= g.start and g.end <= t_start]
    telling = normalize_string(text[v_start:v_end]).lstrip("وف") in STANCE_TELLING_VERBS
    actors = fronted or (between[:1] if len(between) > 1 or not telling else [])
    if not actors:
        return None
    after = [g for g in groups if g.start >= t_end]
    noun = _noun_arguments(text, sentence, after, sense, t_start, t_end, t_start, sentence.end, [])
    recipients = [g for g in noun.recipients if g not in actors]
    if not recipients:
        # "رفضها أي وجود للقوات": what is rejected, a few words on
        first = _first_after(text, groups, t_end, sentence.end, STANCE_OBJECT_WORDS)
        recipients = chain_from(text, groups, first) if first is not None else []
    return Arguments(list(actors), recipients, "possessed-stance")


# Statement and measure types whose verbal noun is spelled like a past verb ("رفض"، "دعم"،
# "حظر"، "حشد") or carries a possessive that also spells a verb's object ("رفضها"، "حظرها").
NOUN_SPELLED_TYPES = frozenset({"REJECT", "SUPPORT", "SANCTION", "MOBILIZE", "AGREE", "AID",
                                "CONCEDE", "RETREAT", "THREATEN"})
JOINED_NOUN_WORDS = 6       # "دعمهم للمقاومة الفلسطينية ورفضهم"
NOUN_ADJUNCT_WORDS = frozenset((*LOCATIVE_WORDS, *TARGET_PREPOSITIONS, *ADJUNCT_WORDS,
                                *TIME_WORDS))


def spelled_noun_arguments(text: str, sentence: Sentence, groups: list[Group],
                           all_groups: list[Group], sense: TriggerSense, t_start: int,
                           t_end: int, c_start: int, c_end: int,
                           speaker: list[Group]) -> Arguments | None:
    """A one-word trigger read as a past verb that stands where no verb can is its verbal
    noun: right after a preposition or a noun no verb follows ("احتجاجا على رفض اللجنة
    السماح"، "بعد رفضهم التخلي"، "بسبب عرقلتها الصفقة"), or joined by و to an earlier noun
    with the same possessive ("جدد الطلاب دعمهم للمقاومة ورفضهم للتطبيع").  Its genitive
    or possessive names the doer, also a state after a preposition ("تعريضه بمصر بسبب
    رفضها"), which ``all_groups`` keeps; what it rejects or bans may stand a few words on.
    None when it may be the verb."""
    if sense.event not in NOUN_SPELLED_TYPES or sense.form != "past" \
            or len(text[t_start:t_end].split()) != 1:
        return None
    if verbal_noun_lead(text, c_start, t_start):
        args = _noun_arguments(text, sentence, groups, sense, t_start, t_end, c_start, c_end,
                               speaker)
        phrase_start, how = t_start, "+after-lead"
    elif (joined := _joined_possessed_noun(text, sentence, groups, t_start, t_end)) is not None:
        # the possessor stands before the first noun: what follows that noun is its own
        args = _noun_arguments(text, sentence, groups, sense, t_start, t_end, t_start, c_end, [])
        phrase_start, how = joined, "+joined-noun"
    else:
        return None
    args = _with_agreeing_possessor(text, sentence, all_groups, sense, t_start, t_end,
                                    c_start, phrase_start, args)
    if not args.recipients:
        args = _with_object_a_few_words_on(text, sentence, groups, t_end, args)
    args.how += how
    return args


def _joined_possessed_noun(text: str, sentence: Sentence, groups: list[Group],
                           t_start: int, t_end: int) -> int | None:
    """Where the earlier noun starts that a trigger joined by و and carrying the same
    possessive follows within a few words of its phrase; None without one."""
    person = object_pronoun_person(text[t_start:t_end])
    word = text[t_start:t_end].strip()
    if person is None or not attached_prefix(text, t_start).startswith("و"):
        return None
    ending = next(e for e, p in PRONOUN_PERSONS.items() if p == person and word.endswith(e))
    lead_start = max(sentence.start, t_start - 120)
    for m in reversed(list(VOWELLED_WORD.finditer(text, lead_start, t_start))[-JOINED_NOUN_WORDS:]):
        if has_break(text, m.end(), t_start):
            return None
        before = word_text(m)
        if before.endswith(ending) and len(before) > len(ending) + 2 \
                and not any(g.start <= m.start() < g.end for g in groups):
            return m.start()
    return None


def _with_agreeing_possessor(text: str, sentence: Sentence, groups: list[Group],
                             sense: TriggerSense, t_start: int, t_end: int, c_start: int,
                             phrase_start: int, args: Arguments) -> Arguments:
    """The possessive on the noun names its doer: the nearest participant before the noun's
    phrase that agrees with the pronoun (هم people in the plural, ها a feminine or a state,
    ه a masculine) and is no town or district, which cannot act.  A ban or boycott noun with
    no object after it ("الوكالة بعد حظرها،") names what it bans instead."""
    person = object_pronoun_person(text[t_start:t_end])
    if person is None:
        return args
    asides = [m.span() for m in COMMA_ASIDE.finditer(text, sentence.start, phrase_start)
              if m.group()[1:].split()[:1] and m.group()[1:].split()[0] in RELATIVE_PRONOUNS]
    for g in reversed(groups):
        if g.end > phrase_start or g.start < sentence.start:
            continue
        if any(a <= g.start < b for a, b in asides):
            continue    # "عبرت الدولة، التي ساءت علاقاتها بجارتها، عن رفضها": a relative aside
        if _town_group(g) \
                or not _agrees_as_possessor(text, g, person, c_start):
            continue
        if sense.event in SANCTIONED_TYPES and not _object_follows(text, t_end, sentence.end):
            return Arguments([a for a in args.actors if a is not g], [g],
                             args.how + "+sanctioned-possessor")
        return Arguments([g], [r for r in args.recipients if r is not g],
                         args.how + "+agreeing-possessor")
    return args


def _object_follows(text: str, t_end: int, limit: int) -> bool:
    """A word the noun may govern comes next: no break, preposition or ب/ل-word first."""
    nxt = VOWELLED_WORD.search(text, t_end, limit)
    if nxt is None or has_break(text, t_end, nxt.start()):
        return False
    word = word_text(nxt)
    return word not in NOUN_ADJUNCT_WORDS and not word.startswith(("ب", "ل"))


def _with_object_a_few_words_on(text: str, sentence: Sentence, groups: list[Group],
                                t_end: int, args: Arguments) -> Arguments:
    """"رفض الولايات المتحدة بناء قاعدة إسرائيلية"، "بعد حظرها عمل وكالة الأمم المتحدة":
    what the noun rejects or bans, a few words after the noun and its doer; a place after a
    locative word is where, not what."""
    start = max([t_end] + [a.end for a in args.actors if a.start >= t_end])
    first = _first_after(text, groups, start, sentence.end, STANCE_OBJECT_WORDS)
    if first is None or groups[first] in args.actors \
            or _locative(words_between(text, start, groups[first].start)):
        return args
    return Arguments(args.actors, chain_from(text, groups, first), args.how + "+object-on")


def _stance_verb_before(text: str, sentence: Sentence, groups: list[Group],
                        t_start: int) -> tuple[int, int] | None:
    """Span of the verb of telling or expressing that carries the noun at ``t_start``: only
    participants, a comma aside, time words and عن stand between them."""
    lead_start = max(sentence.start, t_start - 200)
    stretch = COMMA_ASIDE.sub(lambda m: " " * len(m.group()), text[lead_start:t_start])
    matches = list(VOWELLED_WORD.finditer(stretch))[-STANCE_REACH_WORDS:]
    for m in reversed(matches):
        start, end = lead_start + m.start(), lead_start + m.end()
        if any(g.start <= start < g.end for g in groups):
            continue
        word = word_text(m)
        if normalize_string(word).lstrip("وف") in STANCE_SUPPORT_VERBS:
            return start, end
        if word not in STANCE_LINK_WORDS and word not in TIME_WORDS:
            return None
    return None


# "تضامن اليمن مع غزة"، "الوقوف إلى جانب جنين": the word before a town that is given support
TOWN_SUPPORT_LINKS = _WORDS.town_support_links
TOWN_SUPPORT_REACH_WORDS = 3    # "تضامن بلاده الكامل مع غزة"


def without_town_recipients(text: str, sense: TriggerSense, t_end: int,
                            args: Arguments) -> Arguments:
    """A town, camp or region (no country, no capital) is not accused, refused or asked
    anything: named near a statement it is the place of the act the statement is about
    ("دعا إلى احتلال قطاع غزة"، "رفض الإجلاء من غزة"، "وقف الحرب على غزة").  Only a support
    may be given to a town, when the town is the trigger's own object: right after it, with
    ل written on it, or after مع ("ودعم غزة"، "دعمها لغزة"، "التضامن مع جنين").  A town
    actor is left as read: it mostly names its municipality ("طالبت بلدية غزة")."""
    recipients = [g for g in args.recipients
                  if not _town_group(g) or _supported_town(text, sense, t_end, g)]
    if recipients == args.recipients:
        return args
    return Arguments(args.actors, recipients, args.how + "+town-recipient", args.passive)


def _supported_town(text: str, sense: TriggerSense, t_end: int, g: Group) -> bool:
    """Right after the support trigger, or a few words on (over the supporter's genitive)
    with ل written on it or after مع or جانب ("دعم اليمن لغزة"، "تضامن الجزائر مع جنين")."""
    if sense.event not in TOWN_SUPPORTED_TYPES or g.start < t_end \
            or has_break(text, t_end, g.start):
        return False
    prefix = attached_prefix(text, g.start)
    between = words_between(text, t_end, g.start - len(prefix))
    if not between:
        return True
    return len(between) <= TOWN_SUPPORT_REACH_WORDS and (
        prefix.lstrip("وف") in ("ل", "لل") or between[-1] in TOWN_SUPPORT_LINKS)


def _without_informants(text: str, sense: TriggerSense, args: Arguments) -> Arguments:
    """Drop unnamed informants from the parties; one stays the actor of its own speech verb."""
    own_speech = sense.event in INFORMANT_SPEECH_TYPES and sense.form in INFORMANT_SPEECH_FORMS
    actors = [g for g in args.actors if own_speech or not _informant(text, g)]
    recipients = [g for g in args.recipients if not _informant(text, g)]
    if len(actors) == len(args.actors) and len(recipients) == len(args.recipients):
        return args
    return Arguments(actors, recipients, args.how + "+no-informant", args.passive)


DRAWING_VERBS = normalised(_WORDS.drawing_verbs)
DRAWING_REACH_WORDS = 5     # "أثار خطاب الرئيس البرازيلي انتقادات"، "أثار موجة واسعة من الانتقادات"
DRAWN_SOURCE_GAP_WORDS = 3  # "تهديدات مباشرة من قبل"
FUTURE_PREFIX = "س"         # "ستواجه الحكومة انتقادات"، "ستلقى إسرائيل الرد"
DRAWER_GAP_WORDS = 1        # "الحكومة البريطانية أمس تلقت": one word between subject and verb


def _drawn_by_frame(text: str, c_start: int, t_start: int) -> bool:
    """A verb of drawing or facing stands a few words before the noun in its clause, its
    object: "يثير انتقادات"، "واجهت موجة إدانات"."""
    prefix = attached_prefix(text, t_start)
    lead = words_between(text, c_start, t_start - len(prefix))[-DRAWING_REACH_WORDS:]
    definite = prefix.endswith("ال") or text.startswith("ال", t_start)
    if definite and lead and _drawing_verb(lead[-1]):
        return False    # "أثار الوعيد ردود فعل": the noun right after the verb is its subject
    return any(_drawing_verb(w) for w in lead)


def _drawing_verb(word: str) -> bool:
    bare = normalize_string(word.lstrip("وف"))
    if bare.startswith(FUTURE_PREFIX) and bare[1:] in DRAWING_VERBS:
        return True
    return bare in DRAWING_VERBS or normalize_string(word) in DRAWING_VERBS


def _drawing_verb_word(text: str, c_start: int, t_start: int) -> re.Match[str] | None:
    """The last verb of drawing or facing in the words before the noun (see _drawn_by_frame)."""
    prefix = attached_prefix(text, t_start)
    lead = list(VOWELLED_WORD.finditer(text, c_start, t_start - len(prefix)))
    return next((m for m in reversed(lead[-DRAWING_REACH_WORDS:]) if _drawing_verb(word_text(m))),
                None)


def _drawn_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                     t_end: int, c_start: int, c_end: int, args: Arguments,
                     speaker: list[Group]) -> Arguments:
    """Who draws or faces the criticism or threat is its recipient; the actor is only the
    party named behind a marker after the noun ("تلقى تهديدات من ضباط الجيش").  A drawer
    written as a pronoun the sentence names no one for ("كشف الصحفي عن تلقيه تهديدات"،
    "قال إنه تلقى تهديدات") is the speaker who tells of it."""
    source = next((i for i, g in enumerate(groups) if t_end <= g.start < c_end
                   and len(words_between(text, t_end, g.start)) <= DRAWN_SOURCE_GAP_WORDS
                   and words_between(text, t_end, g.start)[-1:] in (["من"], ["قبل"])), None)
    agents = chain_from(text, groups, source) if source is not None else []
    recipients = [g for g in args.actors + args.recipients if g not in agents]
    if not recipients:
        recipients = [g for g in _drawing_verb_subject(text, sentence, groups, c_start, t_start)
                      if g not in agents]
    if not recipients and _pronoun_drawer(text, c_start, t_start):
        recipients = [g for g in speaker if g not in agents]
    return Arguments(agents, recipients, args.how + "+drawn")


def _pronoun_drawer(text: str, c_start: int, t_start: int) -> bool:
    """The verb of drawing or facing carries its subject as a pronoun: on a verbal noun
    ("عن تلقيه تهديدات") or on the complementizer right before the verb ("إنه تلقى
    تهديدات").  Not a bare pronoun ("وهو ما أثار الاستنكار": هو resumes a fact)."""
    verb = _drawing_verb_word(text, c_start, t_start)
    if verb is None:
        return False
    before = words_between(text, c_start, verb.start())[-1:]
    return _carries_pronoun(word_text(verb)) \
        or bool(before) and _complementizer_pronoun(before[0])


def _complementizer_pronoun(word: str) -> bool:
    """"إنه"، "أنها"، "وإنهم": a complementizer with the subject's pronoun written onto it."""
    bare = word.lstrip("وف")
    return any(bare == c + suffix for c in COMPLEMENTIZERS for suffix in POSSESSIVE_SUFFIXES)


def _drawing_verb_subject(text: str, sentence: Sentence, groups: list[Group], c_start: int,
                          t_start: int) -> list[Group]:
    """The subject of the verb of drawing or facing, when the noun's own reading named
    only who it comes from: the participant between the verb and the noun ("تلقت الوزارة
    تهديدات من ...")، the one right before the verb ("الحكومة تلقت انتقادات من ...")، or,
    when the verb is a verbal noun with a pronoun ("كشف المراسل عن تلقيه تهديدات"), the
    subject that pronoun refers to."""
    verb = _drawing_verb_word(text, c_start, t_start)
    if verb is None:
        return []
    between = next((i for i, g in enumerate(groups)
                    if verb.end() <= g.start and g.end <= t_start), None)
    if between is not None:
        return chain_from(text, groups, between)
    if _carries_pronoun(word_text(verb)):
        return _earlier_subject(text, sentence, groups, verb.start())
    before = _last_before(text, groups, verb.start(), c_start - 1, DRAWER_GAP_WORDS)
    if before is None or has_break(text, groups[before].end, verb.start()):
        return []
    return _chain_back(text, groups, before) if stands_as_subject(text, groups[before],
                                                                   sentence.start) else []


def _carries_pronoun(word: str) -> bool:
    """"تلقيه"، "تلقيها": a form of the list with a possessive pronoun on it (a verb such
    as "واجه" ends in ه of its own)."""
    bare = normalize_string(word.lstrip("وف"))
    return any(bare.endswith(suffix) and bare[:-len(suffix)] in DRAWING_VERBS
               for suffix in POSSESSIVE_SUFFIXES)


def _specified_object(text: str, sentence: Sentence, groups: list[Group], t_end: int,
                      actors: list[Group]) -> list[Group]:
    """"دان الوزير، فلان، السياسات الغربية، وخصوصا سياسة X": an object named without a
    participant, then singled out after a comma by وخصوصا/ولا سيما/تحديدا; the participant
    right after the specifier is the recipient.  Only when nothing but the subject (and its
    apposition) stands between, and no other fact opens before the specifier."""
    for w in VOWELLED_WORD.finditer(text, t_end, sentence.end):
        if len(words_between(text, t_end, w.start())) > SPECIFIER_REACH_WORDS:
            return []
        if word_text(w) not in SPECIFIERS:
            continue
        segment = _segment_start(text, w.start())
        if words_between(text, segment, w.start()) not in SPECIFIER_LEADS \
                or segment <= t_end or text[segment - 1] not in "،," \
                or opens_another_fact(text, t_end, w.start()) \
                or any(t_end <= g.start < w.start() and g not in actors for g in groups):
            return []
        i = _first_after(text, groups, w.end(), sentence.end, SPECIFIED_GAP_WORDS)
        return chain_from(text, groups, i) if i is not None else []
    return []


def _document_before(text: str, groups: list[Group], c_start: int,
                     t_start: int) -> tuple[int, list[Group], bool] | None:
    """The present verb at ``t_start`` describes a document noun right before it: indefinite
    ("قرارا يطالب"، "رسالة تدعو"، "بيان للوزارة يدعو") or with the article before a relative
    pronoun ("البيان الذي يدعو").  The noun's start, the author named with ل between noun and
    verb, and whether a preposition governs the noun ("رحبت بقرار يدعو": not its issuer
    before it); None when no such noun stands there."""
    author, end = _lam_author_before(text, groups, t_start)
    if not author:
        author, end = _drafter_before(text, groups, c_start, t_start)
    lead = [m for m in VOWELLED_WORD.finditer(text, c_start, end)]
    relative = bool(lead) and not author and word_text(lead[-1]) in RELATIVE_PRONOUNS
    if not relative:
        lead = lead[:len(lead) - _document_adjectives(lead)]
    if relative:
        genitive = _document_genitive(text, groups, lead.pop().start())
        if genitive is not None:
            return genitive
    if not lead:
        return None
    word = word_text(lead[-1])
    before = word_text(lead[-2]) if len(lead) > 1 else ""
    # "في بيان يدعو"، "صوتت على قرار": the clause's subject issues or adopts it
    after_preposition = before in DOCUMENT_GOVERNORS
    for clitic, bare in (("", word), (word[:1], word[1:])):
        if relative and not bare.startswith("ال"):
            continue
        if (bare[2:] if relative else bare) in DOCUMENT_NOUNS:
            return lead[-1].start(), author, after_preposition or clitic in ("ب", "ل")
    return None


def _document_adjectives(lead: list[re.Match[str]]) -> int:
    """How many indefinite words describing a document noun end ``lead`` ("رسالة واضحة"،
    "قرارا جديدا"، "بيانا مشتركا"): at most ``DOCUMENT_ADJECTIVE_WORDS`` words with no
    article that are no function word, right after a document noun; 0 when there is none."""
    for size in range(1, DOCUMENT_ADJECTIVE_WORDS + 1):
        if len(lead) <= size:
            return 0
        word = word_text(lead[-size])
        if word.startswith("ال") or len(word) < 4 or word in TIME_WORDS or word in DOCUMENT_NOUNS \
                or word in COMPLEMENT_WORDS or word in CLAUSE_OPENERS or word in RELATIVE_PRONOUNS:
            return 0
        noun = word_text(lead[-size - 1])
        if noun in DOCUMENT_NOUNS or (noun[:1] in ("ب", "ل", "و", "ف") and noun[1:] in DOCUMENT_NOUNS):
            return size
    return 0


def _drafter_before(text: str, groups: list[Group], c_start: int,
                    t_start: int) -> tuple[list[Group], int]:
    """"مشروع قرار صاغته السلطة يطالب": the participant right before ``t_start`` is the
    subject of a verb with an object pronoun written right after a document noun, so it
    drafted the document; with where the document noun ends.  ([], t_start) otherwise."""
    last = next((i for i in range(len(groups) - 1, -1, -1)
                 if groups[i].end <= t_start and not text[groups[i].end:t_start].strip()), None)
    if last is None:
        return [], t_start
    chain = _chain_back(text, groups, last)
    lead = list(VOWELLED_WORD.finditer(text, c_start, chain[0].start))
    if len(lead) < 2 or text[lead[-1].end():chain[0].start].strip() \
            or not _object_pronoun_on(word_text(lead[-1])):
        return [], t_start
    noun = word_text(lead[-2])
    if noun in DOCUMENT_NOUNS or (noun[:1] in ("ب", "ل", "و", "ف") and noun[1:] in DOCUMENT_NOUNS):
        return chain, lead[-1].start()
    return [], t_start


def _document_genitive(text: str, groups: list[Group],
                       pronoun: int) -> tuple[int, list[Group], bool] | None:
    """"بقرار الجمعية العامة، الذي يدعو": the relative pronoun after a comma describes the
    document noun whose genitive the participant before the comma is; that participant
    issued it."""
    last = next((i for i in range(len(groups) - 1, -1, -1) if groups[i].end <= pronoun), None)
    if last is None or text[groups[last].end:pronoun].strip(" ،,"):
        return None
    chain = _chain_back(text, groups, last)
    noun = None
    for noun in VOWELLED_WORD.finditer(text, max(0, chain[0].start - 20), chain[0].start):
        pass
    if noun is None or text[noun.end():chain[0].start].strip():
        return None
    word = word_text(noun)
    if word in DOCUMENT_NOUNS or (word[:1] in ("ب", "ل", "و") and word[1:] in DOCUMENT_NOUNS):
        return noun.start(), chain, False
    return None


def _issuer_over_aside(text: str, sentence: Sentence, groups: list[Group],
                       noun_start: int) -> list[Group]:
    """"تصويت الجمعية العامة، الأربعاء، لصالح قرار": the participant before the document
    noun across a short comma aside and at most ``ISSUER_GAP_WORDS`` words."""
    return _nearest_over_aside(text, groups, sentence.start, noun_start, ISSUER_GAP_WORDS,
                               without_adjunct_asides)


def _document_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                        t_end: int, c_start: int, c_end: int,
                        sense: TriggerSense) -> Arguments | None:
    """"أصدر المجلس قرارا يطالب إسرائيل بالانسحاب": a present verb on a document noun has the
    document's issuer as its speaker (the author after the noun, else the participant before
    the noun), and the participant after the verb, which the plain reading takes as subject,
    as the one addressed.  None when the verb follows no document noun."""
    resumptive = VOWELLED_WORD.search(text, t_end)
    if resumptive is not None and word_text(resumptive) in REPORT_RESUMPTIVES:
        return None     # "رسالة يطالبهم فيها": _report_relative_arguments reads it
    document = _document_before(text, groups, c_start, t_start)
    if document is None:
        return None
    noun_start, author, governed = document
    issuer = author or ([] if governed else
                        _subject_before(text, groups, noun_start, c_start, 8,
                                        over_prepositions=True)
                        or _issuer_over_aside(text, sentence, groups, noun_start))
    # "وأصدرت بيانا يدعو": the speaker issued it, unless the document is another's ("رحبت
    # ببيان يدعو") or a new group no lexicon names issued it ("أصدرت عدة جهات بيانات")
    unnamed = not issuer and (governed or any(w in QUANTIFIER_SUBJECT_HEADS for w in
                                              words_between(text, c_start, noun_start)))
    plain = _verb_arguments(text, sentence, groups, t_start, t_end, t_start, c_end, [],
                            form=sense.form, sense=sense)
    after = [g for g in plain.actors if g.start >= t_end] \
        or [g for g in plain.recipients if g.start >= t_end]
    how = "v+document+unnamed-subject" if unnamed else "v+document"
    return Arguments(issuer, [g for g in after if g not in issuer], how)


ACCUSED_PARTICIPLES = _WORDS.accused_participles


def _accused_participle(text: str, groups: list[Group], t_start: int, t_end: int) -> bool:
    """"إسرائيل متهمة بارتكاب ..."، "كان متهما بدعم ...": a participle of accusation followed
    right away by a ب-phrase is passive (accused of), not a circumstantial "accusing", which
    names its object first ("، متهمة الحكومة بـ"، "متهمة بريطانيا بـ")."""
    words = text[t_start:t_end].split()
    following = VOWELLED_WORD.search(text, t_end)
    return len(words) == 1 and words[0].lstrip("وف") in ACCUSED_PARTICIPLES \
        and following is not None and not text[t_end:following.start()].strip() \
        and word_text(following).startswith("ب") and len(word_text(following)) > 3 \
        and not any(g.start <= following.start() < g.end for g in groups)


def _accused_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                       t_end: int, c_start: int) -> Arguments:
    """The passive participle: the participant right before it is the accused; the accuser
    only when named behind an agent marker ("من قبل ...")."""
    before = _last_before(text, groups, t_start, c_start - 1, 1)
    accused = _chain_back(text, groups, before) if before is not None else []
    accusers = [g for g in _agent_after_marker(text, groups, t_end, sentence.end)
                if g not in accused]
    return Arguments(accusers, accused, "accused-participle")


def _participle_arguments(text, sentence, groups, t_start, t_end, c_end, speaker) -> Arguments:
    """"وندد الوزير بالقصف، مطالبا مجلس الأمن بالتحرك": a circumstantial participle
    shares the subject of the main clause and takes its own object.  An unnamed informant
    who reports the clause ("قال مصدر إن مصر لن تقبل") is no party of it: the first
    participant after him in the trigger's own clause is the subject (a participle after a
    comma, "مطالبا ...", still goes with the informant and is left without one)."""
    teller = speaker or groups[:1]
    if teller and all(_informant(text, g) for g in teller):
        told = max(g.end for g in teller)
        actors = [g for g in groups if told <= g.start and g.end <= t_start
                  and not has_break(text, g.end, t_start)][:1]
    else:
        actors = speaker or _main_clause_subject(text, sentence, groups, t_start)
    antecedent = _separate_pronoun_antecedent(text, sentence, groups, t_start, t_end, speaker)
    if antecedent:
        # "وقال إن فلانا ...، داعيا إياه إلى": the one asked, never the one who asks
        return Arguments([g for g in actors if g not in antecedent], antecedent,
                         "participle+separate-pronoun")
    recipients = _object_or_target(text, groups, t_end, c_end)
    return Arguments(actors, [g for g in recipients if g not in actors], "participle")


def _main_clause_subject(text: str, sentence: Sentence, groups: list[Group],
                         t_start: int) -> list[Group]:
    """Whom a circumstantial participle shares as subject when no speaker was found: the
    sentence's first participant before it, unless that one cannot be a verb's subject (a
    genitive or a participant after a preposition: "امتلأت ساحات المدينة ...، محملين"،
    "قال إن القانون يلزم بحماية المدنيين، داعيا"); then nobody rather than a guess.  A
    pronoun subject ("لكنها لا تدعم") may refer back to a participant in any position."""
    first = [g for g in groups[:1] if g.end <= t_start]
    if _pronoun_subject(text, sentence.start, t_start):
        return first
    return [g for g in first if stands_as_subject(text, g, sentence.start)
            or _counted_people(text, g, sentence.start)]


QUANTIFIER_HEADS = normalised(QUANTIFIER_SUBJECT_HEADS, DEFINITE_PARTITIVE_HEADS)


def _counted_people(text: str, g: Group, s_start: int) -> bool:
    """The participant is counted by a noun of quantity right before it ("آلاف المحتجين"،
    "عشرات من الطلاب"، "العديد من الناشطين"): the quantity heads the subject it names."""
    before = [normalize_string(w)
              for w in words_between(text, max(s_start, g.start - 30), g.start)]
    if before and before[-1] == PARTITIVE_WORD:
        before = before[:-1]
    return bool(before) and before[-1] in QUANTIFIER_HEADS


SEPARATE_OBJECT_PRONOUN = "إيا"     # إياه، إياها، إياهم: the object pronoun written apart


def _separate_pronoun_antecedent(text: str, sentence: Sentence, groups: list[Group],
                                 t_start: int, t_end: int, speaker: list[Group]) -> list[Group]:
    """The one a separate object pronoun right after the participle refers to ("داعيا
    إياه"، "مطالبا إياهم"): the nearest participant before it in the sentence that agrees
    with it, is not the statement's speaker and stands after no adjunct preposition; [] with
    no such pronoun or participant."""
    nxt = VOWELLED_WORD.search(text, t_end)
    word = word_text(nxt) if nxt is not None and not text[t_end:nxt.start()].strip() else ""
    person = PRONOUN_PERSONS.get(word[len(SEPARATE_OBJECT_PRONOUN):]) \
        if word.startswith(SEPARATE_OBJECT_PRONOUN) else None
    if person is None:
        return []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > t_start or g.start < sentence.start \
                or g in speaker and not _after_complementizer(text, g, sentence.start) \
                or _after_adjunct_preposition(text, g, sentence.start):
            continue
        if agrees_with_object_pronoun(text, g, person):
            return chain_from(text, groups, i)
    return []


def _after_complementizer(text: str, g: Group, s_start: int) -> bool:
    """The group opens the clause of إنّ/أنّ ("قال إن فلانا ..."): the reported clause's
    subject, which the speaker step may have taken for the one who speaks."""
    lead = words_between(text, max(s_start, g.start - 12), g.start)[-1:]
    return bool(lead) and lead[0].lstrip("وف") in COMPLEMENTIZERS


CORRESPONDENT_NOUNS = normalised(_WORDS.correspondent_nouns)
CORRESPONDENT_REPORT_VERBS = normalised(_WORDS.correspondent_report_verbs)
_LAST_WORD = re.compile(r"(\S+)\s*$")


def _bare_word(word: str, prefixes: str) -> str:
    """The word normalised, one of the given one-letter prefixes dropped when the rest is
    still a word of two letters or more."""
    word = normalize_string(word.strip("\"'«»“”:،,"))
    if len(word) > 3 and word[0] in prefixes:
        return word[1:]
    return word


def reporting_correspondent(text: str, mention: ActorMention, trigger_start: int) -> bool:
    """"أفاد مراسل القناة بوقوع اشتباكات"، "وقال مراسلنا إن الغارات استهدفت": a correspondent
    named right after a verb of telling, before the act he or she tells of, reports it and
    is none of its sides. One named after the trigger ("اعتقال الجيش لمراسل القناة") is."""
    if mention.end > trigger_start:
        return False
    first = mention.text.split()[0] if mention.text.split() else ""
    if _bare_word(first, "ول") not in CORRESPONDENT_NOUNS:
        return False
    before = _LAST_WORD.search(text[max(0, mention.start - 40):mention.start])
    return before is not None and _bare_word(before.group(1), "وف") in CORRESPONDENT_REPORT_VERBS


def without_reporting_correspondents(text: str, mentions: list[ActorMention],
                                     trigger_start: int) -> list[ActorMention]:
    return [m for m in mentions if not reporting_correspondent(text, m, trigger_start)]


# "هدد الجيش بشن عملية برية في لبنان"، "التهديدات بالتصعيد ضد الحزب": the threatened act,
# a ب-phrase after the trigger, names whom it would hit.
THREATENED_ACT_TYPES = frozenset({"THREATEN"})
THREATENED_ACT_PREPOSITIONS = _WORDS.threatened_act_prepositions
THREATENED_ACT_ENDS = _WORDS.threatened_act_ends
DIRECTION_WORDS = frozenset(_WORDS.directions)
THREAT_ACT_REACH_WORDS = 8      # the subject with its apposition before the ب-phrase
THREAT_TARGET_REACH_WORDS = 5   # "بشن عملية عسكرية برية واسعة في"
THREATENED_PLACE_NOUN_WORDS = 1  # "إلى الأراضي اللبنانية": a noun before its demonym
ACT_PREPOSITION = "ب"
ACT_WORD_LETTERS = 3            # "بشن": ب and a verbal noun of two letters at least
THREATENED_AREA_NOUN_WORDS = 1  # "في مناطق بشمالي القطاع": one area noun before a direction


def with_threatened_act_target(text: str, sentence: Sentence, groups: list[Group],
                               t_end: int, args: Arguments) -> Arguments:
    """A threat no reading gave a recipient: the participant its threatened act would hit,
    named inside the ب-phrase after the trigger, as that act's object ("بقصف بيروت") or
    after a preposition of its target or place ("بشن عملية في لبنان"، "بالتصعيد ضد الحزب").
    A place named before the ب-phrase (where the threat was uttered) is never read, nor
    the threatener himself."""
    if args.recipients:
        return args
    # "توعد بالقضاء على قادة الحركة": the body spelled like the act noun opens the act
    groups = _without_verbal_noun_bodies(text, groups)
    act_end = _threatened_act_opening(text, sentence, groups, t_end)
    if act_end is None:
        return args
    target = [g for g in _threatened_act_target(text, sentence, groups, act_end, args.actors)
              if g not in args.actors]
    if not target:
        return args
    return Arguments(args.actors, target, args.how + "+threatened-act", args.passive)


def _threatened_act_opening(text: str, sentence: Sentence, groups: list[Group],
                            t_end: int) -> int | None:
    """End of the ب-word that opens the threatened act after the trigger and its subject
    (participants, time words and a comma aside may stand between); None when a clause
    opener, a sentence break or another word comes first."""
    seen = 0
    for m in VOWELLED_WORD.finditer(text, t_end, sentence.end):
        if _inside_group(m, groups):
            continue
        if re.search(r"[.:؟!]", text[t_end:m.start()]):
            return None
        word = word_text(m).lstrip("وف") if len(word_text(m)) > 3 else word_text(m)
        if word in COMPLEMENTIZERS or word.startswith(("بأن", "بان")) \
                or word in THREATENED_ACT_ENDS:
            return None
        if _act_opening_word(word):
            return m.end()
        seen += 1
        if seen > THREAT_ACT_REACH_WORDS:
            return None
    return None


def _act_opening_word(word: str) -> bool:
    """A ب-word that opens the threatened act: a verbal noun with its ب, three letters
    at least ("بشن"، "بقصف"), not ب carrying a pronoun ("بها"، "بهم")."""
    return word.startswith(ACT_PREPOSITION) and len(word) >= ACT_WORD_LETTERS \
        and PRONOUN_PREPOSITION.match(word) is None


def _threatened_act_target(text: str, sentence: Sentence, groups: list[Group], act_end: int,
                           actors: list[Group]) -> list[Group]:
    """The first participant inside the threatened act that begins at ``act_end``: right
    after the act noun (its object) or after a preposition of target or place, with at
    most one noun before a demonym ("إلى الأراضي اللبنانية"); a demonym of the threatener
    and the threatener himself are passed over.  [] when the act ends first."""
    words = [m for m in VOWELLED_WORD.finditer(text, act_end, sentence.end)
             if not _inside_group(m, groups)]
    for i, g in enumerate(groups):
        if g.start < act_end:
            continue
        lead = [m for m in words if m.start() < g.start]
        if len(lead) > THREAT_TARGET_REACH_WORDS or has_break(text, act_end, g.start) \
                or any(_act_ends_at(word_text(m)) for m in lead):
            return []
        if g in actors or g.is_demonym_only and not lead:
            continue
        if not lead or _target_preposition(text, g, lead):
            return office_chain(text, groups, i, act_end)
        if not g.is_demonym_only:
            return []
    return []


def _inside_group(m: re.Match[str], groups: list[Group]) -> bool:
    """The word is part of a participant (a proclitic written onto one included)."""
    return any(g.start < m.end() and m.start() < g.end for g in groups)


def _act_ends_at(word: str) -> bool:
    bare = word.lstrip("وف") if len(word) > 3 else word
    return word in THREATENED_ACT_ENDS or bare in THREATENED_ACT_ENDS or bare in COMPLEMENTIZERS


def _target_preposition(text: str, g: Group, lead: list[re.Match[str]]) -> bool:
    """A preposition of target or place right before the participant, or before one noun
    that a demonym participant describes."""
    if attached_prefix(text, g.start).lstrip("وف") in ("ل", "لل"):
        return False    # "بالرد على اغتيال إسرائيل لقائدها": the ل names an owner
    last = [word_text(m) for m in lead]
    if last[-1:] and last[-1] in THREATENED_ACT_PREPOSITIONS:
        return True
    if _preposition_over_direction(last):
        return True
    gap = last[-1 - THREATENED_PLACE_NOUN_WORDS:-THREATENED_PLACE_NOUN_WORDS]
    return g.is_demonym_only and bool(gap) and gap[0] in THREATENED_ACT_PREPOSITIONS


def _preposition_over_direction(last: list[str]) -> bool:
    """"في شمال"، "في مناطق بشمالي"، "إلى جنوبي": a preposition of target or place, at
    most one area noun, then direction words right before the participant: the place is
    still the one the act would hit."""
    directions = 0
    while directions < len(last) and _direction_word(last[-1 - directions]):
        directions += 1
    if not directions:
        return False
    rest = last[:-directions]
    return any(w in THREATENED_ACT_PREPOSITIONS
               for w in rest[-1 - THREATENED_AREA_NOUN_WORDS:])


def _direction_word(word: str) -> bool:
    """"شمال"، "بشمالي"، "وجنوب": a direction noun, with or without its ب."""
    bare = word.lstrip("وف") if len(word) > 4 else word
    return bare in DIRECTION_WORDS or bare[:1] == "ب" and bare[1:] in DIRECTION_WORDS


# "عقوبات على عدد من قادة الحزب": a quantifier between the preposition and
# the sanctioned group.
SANCTIONED_TYPES = frozenset({"SANCTION"})
SANCTIONED_PREPOSITIONS = frozenset({"على", "ضد", "بحق"})
SANCTION_TARGET_REACH_WORDS = 2     # "عقوبات مالية جديدة على"


def with_quantified_sanctioned(text: str, sentence: Sentence, groups: list[Group],
                               t_end: int, args: Arguments) -> Arguments:
    """A sanction no reading gave a recipient, whose target after على/ضد/بحق opens with a
    quantifier ("على عدد من قادة الحركة"، "بحق عشرات المستوطنين"): the quantified group
    is the one sanctioned.  Never the one who imposes it."""
    if args.recipients:
        return args
    words = [m for m in VOWELLED_WORD.finditer(text, t_end, sentence.end)
             if not _inside_group(m, groups)][:SANCTION_TARGET_REACH_WORDS + 3]
    at = next((k for k, m in enumerate(words[:SANCTION_TARGET_REACH_WORDS + 1])
               if word_text(m) in SANCTIONED_PREPOSITIONS), None)
    if at is None or has_break(text, t_end, words[at].start()):
        return args
    rest = [word_text(m) for m in words[at + 1:at + 3]]
    if not rest or rest[0] not in QUANTIFIER_SUBJECT_HEADS:
        return args
    quantifier_end = words[at + 2].end() if rest[1:] == ["من"] else words[at + 1].end()
    i = next((k for k, g in enumerate(groups) if g.start >= quantifier_end), None)
    if i is None or words_between(text, quantifier_end, groups[i].start) \
            or groups[i] in args.actors:
        return args
    return Arguments(args.actors, chain_from(text, groups, i), args.how + "+quantified-target",
                     args.passive)


# "دان الوزير العدوان على البلدة"، "رفض المشاركة في الحرب على القطاع": the على/ضد/بحق
# phrase of an act of harm after a condemnation or refusal names who suffers the act.
HARM_DONE_NOUNS = _WORDS.harm_done_nouns
HARM_TARGET_GAP_WORDS = 3   # "الإبادة الجماعية المستمرة ضد"، "الحرب الإسرائيلية على"
HARM_OBJECT_LEAD_WORDS = 1  # "باستمرار الحرب": one word between the trigger and the act


def without_harmed_by_condemned_act(text: str, sentence: Sentence, groups: list[Group],
                                    t_end: int, args: Arguments) -> Arguments:
    """A condemnation's or refusal's recipient read behind على/ضد/بحق after an act of harm
    ("أدانت الحركة العدوان على سوريا"، "مستنكرا العنف ضد المسعفين") suffered that act and is
    dropped with those coordinated with it.  With no recipient left, the act's demonym or
    genitive before the preposition ("الحرب الإسرائيلية على غزة") is the one condemned, when
    the act is the trigger's own object (at most ``HARM_OBJECT_LEAD_WORDS`` unnamed words
    between them); a noun of the statement itself before the preposition ("الإدانات الدولية
    ضد إسرائيل") is no act of harm, so its party stays."""
    harmed: list[Group] = []
    act: tuple[int, int] | None = None
    for g in args.recipients:
        if g in harmed or g.start < t_end:
            continue
        found = _harm_act_before(text, sentence, groups, t_end, g)
        if found is not None:
            harmed += chain_from(text, groups, groups.index(g)) if g in groups else [g]
            act = act or found
    if not harmed:
        return args
    recipients = [g for g in args.recipients if g not in harmed]
    if not recipients and act is not None and _object_of_trigger(text, groups, t_end, act[0]):
        recipients = [g for g in groups if act[1] <= g.start and g.end <= _next_preposition(
            text, act[1], sentence.end) and g not in args.actors and g not in harmed]
    return Arguments(args.actors, recipients, args.how + "+harmed-by-act", args.passive)


def _harm_act_before(text: str, sentence: Sentence, groups: list[Group], t_end: int,
                     g: Group) -> tuple[int, int] | None:
    """Span of the act-of-harm noun whose على/ضد/بحق phrase ``g`` opens: the preposition
    right before ``g``, the noun at most ``HARM_TARGET_GAP_WORDS`` words before it, after
    the trigger and with no break between; None otherwise."""
    lead = list(VOWELLED_WORD.finditer(text, max(t_end, sentence.start), g.start))
    if not lead or unvowelled(word_text(lead[-1])) not in ATTACK_TARGET_PREPOSITIONS \
            or text[lead[-1].end():g.start].strip():
        return None
    for m in reversed(lead[-2 - HARM_TARGET_GAP_WORDS:-1]):
        if has_break(text, m.end(), g.start):
            return None
        if _harm_noun(word_text(m)):
            return m.start(), m.end()
    return None


def _harm_noun(word: str) -> bool:
    """"العدوان"، "بالحرب"، "وللعنف"، "جرائمها": a noun of ``harm_done_nouns`` with its
    conjunction, preposition, article or possessive pronoun."""
    return bool((_bare_forms(word) | _bare_forms(word, possessed=True)) & HARM_DONE_NOUNS)


def _object_of_trigger(text: str, groups: list[Group], t_end: int, act_start: int) -> bool:
    """The act noun follows the trigger with only participants (its subject) and at most
    ``HARM_OBJECT_LEAD_WORDS`` other words between."""
    words = [m for m in VOWELLED_WORD.finditer(text, t_end, act_start)
             if not any(g.start <= m.start() < g.end for g in groups)]
    return len(words) <= HARM_OBJECT_LEAD_WORDS and not has_break(text, t_end, act_start)


def _next_preposition(text: str, start: int, limit: int) -> int:
    """Start of the first على/ضد/بحق after ``start``."""
    for m in VOWELLED_WORD.finditer(text, start, limit):
        if unvowelled(word_text(m)) in ATTACK_TARGET_PREPOSITIONS:
            return m.start()
    return limit


# "انتقد الوزير تجاهل الحكومة ..."، "أصدرت الوزارة إدانة شديدة لتصريحات الرئيس"، "أدان
# الأمين العام، الهجوم الإسرائيلي": the act criticised names its author after it.
BLAMED_ACT_NOUNS = PREPOSITIONAL_ACT_NOUNS | _WORDS.blamed_conduct_nouns
BLAMING_MODE = "disapprove"
BLAMED_ACT_LEAD_WORDS = 6   # "بيان صادر عن بلدية رفح"، "رئيس اللجنة السابق في الكنيست"
BLAMED_ASIDE_WORDS = 8      # "، في حديث إلى القناة الثانية الإسرائيلية،"
AUTHOR_ADJECTIVE_WORDS = 1  # "العدوان الجوي الإسرائيلي": a definite adjective before the demonym
LAM_PARTY_LEAD_WORDS = 2    # "انتقادات حادة لـ"، "إدانة شديدة اللهجة لـ"
NOT_AUTHOR_KINDS = frozenset({"place", "city"})
SUFFERED_ACT_NOUNS = HARM_DONE_NOUNS | _WORDS.individual_patient_nouns
PARENTHESIS = re.compile(r"\([^()]*\)")
SENTENCE_BREAK = re.compile(r"[.:؛;!?؟]")
SUBJECT_PHRASE_PREPOSITIONS = ADJUNCT_WORDS | LOCATIVE_WORDS


def with_author_of_blamed_act(text: str, sentence: Sentence, groups: list[Group],
                              sense: TriggerSense, t_end: int, args: Arguments) -> Arguments:
    """A criticism or condemnation no reading gave a recipient: its object is an act, a
    statement or a way of acting named after the trigger (over its subject, short comma or
    bracket asides and a few unnamed words: an unknown name, a title, an adjective), and
    that act's genitive or adjective of origin right after it is the one criticised ("انتقد
    النائب، العميد فلان، صمت المجتمع الدولي"، "إدانة شديدة لتصريحات الوزير"). After a noun, a
    party with ل over its adjectives is the one criticised too ("انتقادات لاذعة لحزب العمال").
    A town, a victim and the critic himself are never the one criticised.  A statement's
    author read as the one criticised is first set right (see statement_author_resumed)."""
    trigger = _last_word_before(text, t_end)
    if trigger is not None and statement_author_resumed(text, sentence.start, trigger.start(),
                                                        t_end, args):
        return with_statement_author(args, t_end)
    if args.recipients or sense.mode != BLAMING_MODE:
        return args
    found = _blamed_party_after(text, sentence, groups, t_end, args.actors,
                                noun=sense.form == "nouns")
    if found is None:
        return args
    party, how = found
    blamed = [g for g in chain_from(text, groups, groups.index(party)) if g not in args.actors]
    return Arguments(args.actors, blamed, args.how + how, args.passive) if blamed else args


def _last_word_before(text: str, end: int) -> re.Match[str] | None:
    """The word ending at ``end`` (a one-word verb trigger); None when none ends there."""
    words = list(VOWELLED_WORD.finditer(text, max(0, end - 20), end))
    return words[-1] if words and words[-1].end() == end else None


def _blamed_party_after(text: str, sentence: Sentence, groups: list[Group], t_end: int,
                        actors: list[Group], *, noun: bool) -> tuple[Group, str] | None:
    """The party blamed through the first act after the trigger, with how it was read; None
    when a complementizer, a relative pronoun, a clause opener, a new predicate joined by
    و/ف, a sentence break or a participant the readings left unread comes first, when
    more than ``BLAMED_ACT_LEAD_WORDS`` other words do, or when the first act (or ل-party)
    names no one who may be blamed."""
    asides = _blamed_asides(text, t_end, sentence.end)
    actor_end = t_end
    lead = 0
    passed: list[Group] = []
    for m in VOWELLED_WORD.finditer(text, t_end, sentence.end):
        if any(a <= m.start() < b for a, b in asides):
            continue
        if SENTENCE_BREAK.search(text, t_end, m.start()):
            return None
        g = next((g for g in groups if g.start < m.end() and m.start() < g.end), None)
        if g is not None and g in actors:
            actor_end = g.end
            continue
        if g is not None and g not in passed:
            if noun and lead <= LAM_PARTY_LEAD_WORDS and _lam_party(text, g, t_end):
                return (g, "+lam-party-over-adjectives") if _may_be_blamed(g) else None
            before = words_between(text, t_end, m.start())[-1:]
            if not before or before[0] not in SUBJECT_PHRASE_PREPOSITIONS:
                return None
            passed.append(g)    # "السابق في الكنيست": a place or body inside the subject's phrase
            lead += 1
        if g is not None:
            continue
        word = word_text(m)
        bare = word.lstrip("وف") if len(word) > 3 else word
        if bare in COMPLEMENTIZERS or bare in RELATIVE_PRONOUNS or word in CLAUSE_OPENERS:
            return None
        if bare != word and text[actor_end:m.start()].strip():
            return None     # "وطالب"، "ووصف": a new predicate, not the subject's name going on
        if word in TIME_WORDS:
            continue
        if _blamed_act_noun(word, possessed=True):
            return None     # "لتعامله مع ...": the pronoun names the author, read elsewhere
        if _blamed_act_noun(word):
            author = _author_after_act(text, groups, m.end(), sentence.end, actors)
            return (author, "+blamed-act-author") if author is not None else None
        lead += 1
        if lead > BLAMED_ACT_LEAD_WORDS:
            return None
    return None


def _blamed_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the short asides after ``start``: a bracket, or a stretch between two commas
    of at most ``BLAMED_ASIDE_WORDS`` words with no act noun in it ("، اليوم الأحد،"، "،
    اللواء فلان،")."""
    spans = [(m.start(), m.end()) for m in PARENTHESIS.finditer(text, start, end)]
    for m in COMMA_ASIDE.finditer(text, start, end):
        words = [word_text(w) for w in VOWELLED_WORD.finditer(text, m.start(), m.end())]
        if len(words) <= BLAMED_ASIDE_WORDS and not any(_blamed_act_noun(w) for w in words):
            spans.append((m.start(), m.end()))
    return spans


def _blamed_act_noun(word: str, *, possessed: bool = False) -> bool:
    """"تصريحات"، "لتصريحات"، "بالقرار"، "والسياسة": a noun of an act, a statement or a way of
    acting with its conjunction, preposition or article; with ``possessed``, only one that
    carries a possessive pronoun ("لتعامله"، "بسياستها")."""
    return bool(_bare_forms(word, possessed) & BLAMED_ACT_NOUNS)


def _bare_forms(word: str, possessed: bool = False) -> set[str]:
    """The spellings of ``word`` without its conjunction, preposition and article (or, with
    ``possessed``, only those left once a possessive pronoun is taken off)."""
    forms = {unvowelled(word)}
    forms |= {f[1:] for f in forms if len(f) > 3 and f[0] in "وف"}
    forms |= {f[1:] for f in forms if len(f) > 3 and f[0] in "بل"}
    forms |= {"ال" + f[2:] for f in forms if f.startswith("لل")}
    forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}
    if possessed:
        forms = {f[:-len(s)] for f in forms for s in POSSESSIVE_SUFFIXES
                 if f.endswith(s) and len(f) - len(s) >= 3}
    return forms


def _author_after_act(text: str, groups: list[Group], act_end: int, limit: int,
                      actors: list[Group]) -> Group | None:
    """The participant naming who did the act ending at ``act_end``: its genitive right after
    it (not a town, nor people of the sectors an act is done to), or its adjective of origin
    ("السياسة الأميركية"، "العدوان الجوي الإسرائيلي")."""
    g = next((g for g in groups if g.start >= act_end), None)
    if g is None or g.start >= limit or g in actors or has_break(text, act_end, g.start):
        return None
    gap = words_between(text, act_end, g.start - len(attached_prefix(text, g.start)))
    if g.is_demonym_only:
        adjectives = len(gap) <= AUTHOR_ADJECTIVE_WORDS and all(w.startswith("ال") for w in gap)
        return g if adjectives and not attached_prefix(text, g.start).lstrip("وف") else None
    return g if not gap and not attached_prefix(text, g.start) and _may_be_blamed(g) else None


def _may_be_blamed(g: Group) -> bool:
    """Not a town, nor people of the sectors an act is done to."""
    return g.head.kind not in NOT_AUTHOR_KINDS and g.head.sector not in VICTIM_SECTORS


def _lam_party(text: str, g: Group, t_end: int) -> bool:
    """The participant carries ل ("للحكومة"), or the word before it does as the head of its
    construct ("لحزب العمال"، "لقيادة جيش ..."، "لإحراق الجيش مستشفى"); not an act of harm
    or one done by hand to a person, whose genitive is who suffers it ("لمجزرة مدرسة"،
    "لاغتيال القائد")."""
    if _proclitic(text, g).lstrip("وف").startswith("ل"):
        return True
    before = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
    return bool(before) and before[-1].startswith("ل") and len(before[-1]) > 3 \
        and not _bare_forms(before[-1]) & SUFFERED_ACT_NOUNS
