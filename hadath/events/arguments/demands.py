"""Demands: who is asked to act, read from the content of the demand and from modals of
obligation.
"""
from __future__ import annotations

from ...records import Sentence
from ...text.normalize import normalize_string
from ...words import function_words, normalised, without_conjunction
from ..structure import (
    CLAUSE_BREAK,
    QUOTES,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    has_break,
    unvowelled,
    word_text,
    words_between,
)
from .nearby import _chain_back, _last_before, _object_or_target
from .parties import _acted_on_only, _place_group
from .result import Arguments
from .vocabulary import (
    ADJUNCT_WORDS,
    COMPLEMENTIZERS,
    LOCATIVE_WORDS,
    OTHER_PREPOSITIONS,
    QUANTIFIER_SUBJECT_HEADS,
    RELATIVE_PRONOUNS,
    REPORT_RESUMPTIVES,
    TARGET_PREPOSITIONS,
    TIME_LAM_WORDS,
    TIME_WORDS,
    VERB_PARTICLES,
)
from .word_shapes import _object_pronoun_on, _proclitic

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

NECESSITY_NOUNS = _WORDS.necessity_nouns
DEMAND_PARTICIPLES = normalised(_WORDS.demand_participles)
ACCUSATIVE_TANWEEN = "\u064b"
CLAUSE_COMMAS = ("،", ",")

CONTENT_NOUN_LETTERS = 3     # a verbal noun after its ب or ل has at least this many letters


AGENT_GENITIVE_NOUNS = _WORDS.agent_genitive_nouns
DEMAND_LOOKALIKE_NOUNS = _WORDS.demand_lookalike_nouns


def _demanded_verbal_noun(word: str) -> bool:
    """"بطرد"، "لنصرة"، "وبمحاكمة": a verbal noun governed by ب or ل, the action a demand
    asks for; a preposition of its own ("بشأن"، "لدى") is not one."""
    bare = word[1:] if word[:1] in ("و", "ف") else word
    return bare[:1] in ("ب", "ل") and not bare.startswith("لل") \
        and not bare.startswith(DEMAND_LOOKALIKE_NOUNS) \
        and bare not in TARGET_PREPOSITIONS and bare not in OTHER_PREPOSITIONS \
        and bare not in TIME_LAM_WORDS and bare not in ADJUNCT_WORDS \
        and len(bare) - 1 >= CONTENT_NOUN_LETTERS


CONTENT_GENITIVE_WORDS = 2     # "بوقف اعتداءات المستوطنين": the noun and one noun in construct


def _bare_verbal_noun(word: str) -> str:
    """"وبمحاسبة" -> "محاسبة": the word without its و/ف and its ب or ل."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    return bare[1:] if bare[:1] in ("ب", "ل") and not bare.startswith("ال") else bare


def _patient_genitive(text: str, g: Group, noun_start: int) -> bool:
    """``g`` is the genitive of the demanded action's verbal noun at ``noun_start``, directly
    or behind one more noun in construct, and that noun acts on its genitive ("بإغاثة
    السكان"، "حماية المدنيين"، "بوقف اعتداءات المستوطنين"): what the action is done to,
    not who is asked.  A noun of agent_genitive_nouns ("انسحاب القوات") is done by its
    genitive, and a noun with its article has none."""
    gap = words_between(text, noun_start, g.start)
    if not gap or len(gap) > CONTENT_GENITIVE_WORDS \
            or any(c in text[noun_start:g.start] for c in "،,.:;()"):
        return False
    noun = _bare_verbal_noun(gap[0])
    return not noun.startswith("ال") and noun not in AGENT_GENITIVE_NOUNS \
        and len(noun) >= CONTENT_NOUN_LETTERS \
        and all(not w.lstrip("وف").startswith("ال") and w not in TARGET_PREPOSITIONS
                and w not in OTHER_PREPOSITIONS for w in gap[1:])


def _inside_demanded_action(text: str, g: Group, t_start: int, t_end: int) -> bool:
    """The participant after a noun of demand is a genitive of the action demanded, not the
    one who demands: after a noun that names no demander ("ضرورة انسحاب تركيا"), or after
    a verbal noun with ب or ل ("مطالبة بطرد السفراء"، "دعوة لنصرة غزة")."""
    gap = [w for w in words_between(text, t_end, g.start) if w not in TIME_WORDS]
    if not gap or any(c in text[t_end:g.start] for c in "\"«»“”()"):
        return False
    head = words_between(text, t_start, t_end)[-1:]
    return bool(head and head[0] in NECESSITY_NOUNS) or _demanded_verbal_noun(gap[0])


# Inside the complement of a verb of demand ("دعا إلى وقف العدوان على غزة"، "طالب
# بالإفراج عن الأسرى"), these prepositions put a place, or with عن anyone, in the content.
CONTENT_PLACE_PREPOSITIONS = frozenset({"على", "في", "من", "عن", "إلى", "الى"})
CONTENT_RELEASE_PREPOSITIONS = frozenset({"عن"})
# After these, inside the complement, only a state, government or armed body may be the one
# the demand is aimed at ("بإجراءات ضد الحكومة"); anyone else is content ("تصعيد المواجهة
# ضد المستوطنين"، "بإبرام صفقة مع المقاومة").
CONTENT_PARTNER_PREPOSITIONS = frozenset({"مع", "ضد"})
# After these, inside the complement, anyone is the setting of the content ("إلى الحوار بين
# الحكومة والمعارضة"، "إلى الإضراب وسط خلافات بين ..."), never the one asked.
CONTENT_SETTING_PREPOSITIONS = _WORDS.content_setting_prepositions
# "الإفراج عن جميع الأسرى": the preposition before these governs the group after them.
TOTALITY_WORDS = _WORDS.totality_words


def _complement_opener(text: str, pos: int, limit: int,
                       names: list[Group] | None = None) -> int | None:
    """Where the complement of a verb of demand opens after ``pos``: a separate إلى or a
    verbal noun with ب or ل ("بالإفراج"، "لنصرة"); never a word inside one of ``names``
    ("المتحدث باسم الوزارة")."""
    for m in VOWELLED_WORD.finditer(text, pos, limit):
        w = word_text(m)
        if names and any(g.start <= m.start() < g.end for g in names):
            continue
        bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
        if bare in ("إلى", "الى") or bare.startswith(("بال", "لل")) and len(bare) > 5 \
                or _demanded_verbal_noun(w):
            return m.start()
    return None


def _content_recipient(text: str, g: Group, opener: int | None) -> bool:
    """A participant of the demanded content, not the one asked: inside the complement, a
    place, or people who are no state, government or armed body, after a preposition ("وقف
    العدوان على غزة"، "على المدنيين") or anyone after عن ("الإفراج عن الأسرى الفلسطينيين").
    A demonym stays: it may name the one asked ("بانسحاب إسرائيلي")."""
    if opener is None or g.start <= opener or g.is_demonym_only:
        return False
    if _proclitic_inside_content(text, g, opener):
        return True
    before = words_between(text, max(opener, g.start - 30), g.start)
    while before and before[-1] in TOTALITY_WORDS:
        before.pop()
    if not before:
        return False
    if before[-1] in CONTENT_RELEASE_PREPOSITIONS or before[-1] in CONTENT_SETTING_PREPOSITIONS:
        return True
    if before[-1] in CONTENT_PARTNER_PREPOSITIONS:
        return _acted_on_only(g)
    if before[-1] not in CONTENT_PLACE_PREPOSITIONS:
        return False
    # "بوقف العدوان على المدنيين": those the demanded action reaches, like a place; not
    # whom the opener's own إلى names ("دعوة وجهتها إلى الشعب")
    return _place_group(g) or _acted_on_only(g) and len(words_between(text, opener, g.start)) > 1


def _proclitic_inside_content(text: str, g: Group, opener: int) -> bool:
    """A participant with its own ب or ل past the complement's first word is governed by a
    noun of the content ("بوقف دعمها لأوكرانيا"، "بالاعتراف بالدولة الفلسطينية"، "بإنهاء
    احتلالها للأراضي"): what the demanded action bears on or benefits, not the one asked.
    The opener's own ب or ل ("لمجلس الأمن" read as the opener) is not such a preposition."""
    word_start = g.start - len(attached_prefix(text, g.start))
    return word_start > opener \
        and _proclitic(text, g).lstrip("وف").startswith(("ل", "ب"))


def _content_genitive(text: str, groups: list[Group], i: int, opener: int | None) -> bool:
    """``groups[i]`` is what the demanded action is done to (see _patient_genitive).  Not
    when another participant follows it directly: then the word taken for the complement's
    verbal noun heads the verb's subject ("طالبت بلدية المدينة المنظمات الدولية بـ")."""
    g = groups[i]
    if opener is None or g.start <= opener:
        return False
    noun_start = _inner_verbal_noun_start(text, opener, g.start) \
        or _demanded_noun_start(text, opener, g.start)
    if noun_start is None or i > 0 and groups[i - 1].end > noun_start:
        return False    # another participant stands between the verbal noun and this one
    following = groups[i + 1] if i + 1 < len(groups) else None
    if following is not None and not words_between(text, g.end, following.start) \
            and not any(c in text[g.end:following.start] for c in "،,.:;()"):
        return False
    if g.is_demonym_only:
        return _people_patient(text, g, noun_start)
    return _acted_on_only(g) and _patient_genitive(text, g, noun_start)


def _inner_verbal_noun_start(text: str, opener: int, limit: int) -> int | None:
    """Where a verbal noun with its own ب or ل starts inside the complement, past its first
    word and within the construct before ``limit`` ("إلى تحرك دولي لإنقاذ المدنيين"،
    "بإبرام صفقة لتبادل الأسرى"): the action it names bears on its genitive too."""
    first = VOWELLED_WORD.match(text, opener)
    if first is None:
        return None
    lead = [m for m in VOWELLED_WORD.finditer(text, first.end(), limit)][-CONTENT_GENITIVE_WORDS:]
    return next((m.start() for m in lead if _demanded_verbal_noun(unvowelled(word_text(m)))),
                None)


PEOPLE_NOUNS = _WORDS.people_nouns


def _people_patient(text: str, g: Group, noun_start: int) -> bool:
    """A demonym naming a people, with its article, is the genitive of the demanded action
    directly or after a noun of people ("بحماية الفلسطينيين"، "إلى إغاثة الشعب الفلسطيني"):
    what the action is done to.  An indefinite demonym describes the action ("بانسحاب
    إسرائيلي"), and one after another noun ("وقف العدوان الإسرائيلي") names whose it is."""
    own = words_between(text, g.start, g.end)[:1]
    gap = words_between(text, noun_start, g.start)
    if not own or not own[0].startswith("ال") or not gap \
            or any(c in text[noun_start:g.start] for c in "،,.:;()"):
        return False
    if len(gap) == 2 and gap[1] in PEOPLE_NOUNS:
        gap = gap[:1]
    noun = _bare_verbal_noun(gap[0])
    return len(gap) == 1 and not noun.startswith("ال") and noun not in AGENT_GENITIVE_NOUNS \
        and len(noun) >= CONTENT_NOUN_LETTERS


def _demanded_noun_start(text: str, opener: int, limit: int) -> int | None:
    """Where the verbal noun of the complement opening at ``opener`` starts: the opener
    itself ("بمحاسبة") or the word after its إلى ("إلى حماية"); None after a modal, whose
    content opens with a clause ("يجب أن تتوقف إسرائيل")."""
    first = VOWELLED_WORD.match(text, opener)
    if first is None:
        return None
    if word_text(first).lstrip("و") not in ("إلى", "الى"):
        return opener if _demanded_verbal_noun(word_text(first)) else None
    noun = VOWELLED_WORD.search(text, first.end(), limit)
    return noun.start() if noun is not None else None


def _after_complement_opener(text: str, groups: list[Group], t_end: int,
                             limit: int) -> list[Group]:
    """Every participant after where the complement of the demand verb ending at ``t_end``
    opens, up to ``limit`` ([] when no complement opens)."""
    opener = _complement_opener(text, t_end, limit, groups)
    return [] if opener is None else [g for g in groups if opener < g.start < limit]


CALLED_FOR_RESUMPTIVES = _WORDS.called_for_resumptives
HABITUAL_ADVERBS = _WORDS.habitual_adverbs


def _called_for_before(text: str, t_end: int) -> bool:
    """The word right after the verb resumes what is called for, named before the verb
    ("الإضراب الذي دعت إليه النقابة"، "مسيرة دعا لها الاتحاد")."""
    nxt = VOWELLED_WORD.search(text, t_end)
    return nxt is not None and not text[t_end:nxt.start()].strip() \
        and unvowelled(word_text(nxt)) in CALLED_FOR_RESUMPTIVES


def _relative_before_verb(text: str, c_start: int, t_start: int) -> bool:
    """A relative pronoun stands right before the verb, over particles and adverbs of habit
    ("التي طالما دعا إليها")."""
    lead = words_between(text, c_start, t_start)
    while lead and (lead[-1] in VERB_PARTICLES or lead[-1] in HABITUAL_ADVERBS):
        lead.pop()
    return bool(lead) and lead[-1] in RELATIVE_PRONOUNS


def _message_resumed(text: str, t_start: int, t_end: int) -> bool:
    """The verb carries the one asked as a pronoun and resumes a message with فيه/فيها
    ("منشورات على سكان المدينة تطالبهم فيها"): who stands before it is the one the message
    went to."""
    nxt = VOWELLED_WORD.search(text, t_end)
    return _object_pronoun_on(text[t_start:t_end].split()[0]) and nxt is not None \
        and not text[t_end:nxt.start()].strip() and word_text(nxt) in REPORT_RESUMPTIVES


def _with_addressee_read_from_pronouns(text: str, c_start: int, t_start: int, t_end: int,
                                       args: Arguments) -> Arguments:
    """A demand whose addressee or content is a pronoun on or after the verb.  What is called
    for named before the verb ("الإضراب الذي دعت إليه النقابة") leaves nobody as the one
    asked; after a relative pronoun, who stands before the verb belongs to what is called for
    ("الوحدة التي طالما دعا إليها"), not to the callers.  A verb resuming a message with the
    one asked as its pronoun ("رسالة ... يطالبهم فيها") has no subject before it.  Then the
    one asked behind من (see _with_addressee_after_from)."""
    if _called_for_before(text, t_end):
        actors = [g for g in args.actors if g.start >= t_end] \
            if _relative_before_verb(text, c_start, t_start) else args.actors
        return Arguments(actors, [], args.how + "+called-for-before")
    if _message_resumed(text, t_start, t_end) and any(g.start < t_start for g in args.actors):
        return Arguments([g for g in args.actors if g.start >= t_end], args.recipients,
                         args.how + "+message-addressee")
    if statement_author_resumed(text, c_start, t_start, t_end, args):
        return with_statement_author(args, t_end)
    return _with_addressee_after_from(text, t_start, t_end, args)


REPORT_NOUNS = normalised(_WORDS.report_nouns)


def statement_author_resumed(text: str, c_start: int, t_start: int, t_end: int,
                              args: Arguments) -> bool:
    """"كلمة الوزير التي طالب فيها المجلس بالتحرك"، "تصريحات السفير التي اتهم فيها
    الحكومة": a relative clause resuming a statement noun with فيه/فيها, the statement's
    genitive its author.  The relative reading took that author for the object and the one
    after فيها for the subject; the author speaks and the one after فيها is spoken to or of."""
    if not args.how.endswith("relative-object") or not args.recipients or not args.actors \
            or _object_pronoun_on(text[t_start:t_end].split()[0]) \
            or not _relative_before_verb(text, c_start, t_start):
        return False
    nxt = VOWELLED_WORD.search(text, t_end)
    # a quoted verb ("التي “ادعى” فيها") is resumed over its closing quote mark
    if nxt is None or text[t_end:nxt.start()].strip(QUOTES + " ") \
            or word_text(nxt) not in REPORT_RESUMPTIVES:
        return False
    author = min(g.start for g in args.recipients)
    before = words_between(text, max(0, author - 20), author)[-1:]
    noun = normalize_string(without_conjunction(before[0])) if before else ""
    # "بتصريحات الوزير"، "لكلمة الرئيس": the noun after its preposition
    return noun in REPORT_NOUNS or noun[:1] in ("ب", "ل") and noun[1:] in REPORT_NOUNS


def with_statement_author(args: Arguments, t_end: int) -> Arguments:
    """The roles of statement_author_resumed: the statement's author speaks, to or of the
    participant after the verb; a subject the relative reading carried from before the
    statement noun ("انتقدت الحكومة تصريحات الوزير التي ادعى فيها") is no party of it."""
    return Arguments(args.recipients, [g for g in args.actors
                                       if g.start >= t_end and g not in args.recipients],
                     args.how + "+statement-author", args.passive)


ASKED_FROM_VERBS = normalised(_WORDS.asked_from_verbs)
DEFINITE_PARTITIVE_HEADS = normalised(_WORDS.definite_partitive_heads)
ADDRESSEE_PREPOSITION = "من"
ASKER_WORDS = 3     # "طلبت اللجنة المنظمة المحلية من": the unnamed subject before من


def _with_addressee_after_from(text: str, t_start: int, t_end: int,
                               args: Arguments) -> Arguments:
    """"طلبت الأسرة من الصليب الأحمر التدخل": after a verb of asking, the participant behind
    a separate من is the one asked.  With the subject a noun that no lexicon names or that
    the recogniser joins to what follows as a partitive (a few definite words between the
    verb and من), the verb reading takes the whole as the subject; the part after من
    becomes the recipient and the part before it, if named, the actor.  A partitive of
    quantity ("طالب العديد من النواب") is left alone."""
    verb = without_conjunction(normalize_string(text[t_start:t_end].split()[0]))
    if verb not in ASKED_FROM_VERBS:
        return args
    for g in args.actors:
        split = _asked_after_from(text, t_end, g)
        if split is None:
            continue
        asker, asked = split
        actors = [a for a in args.actors if a.end <= t_start] + asker
        recipients = [asked] + [a for a in args.actors + args.recipients
                                if a.start > g.end and a not in actors]
        return Arguments(actors, recipients, args.how + "+asked-after-from", args.passive)
    return args


def _asked_after_from(text: str, t_end: int, g: Group) -> tuple[list[Group], Group] | None:
    """The participant after the verb cut at its من: the asker (its mentions before من,
    maybe none) and the one asked (those after).  None unless من is the first word after
    the verb or follows up to ASKER_WORDS definite words that are no time word and no noun
    of quantity, the one asked stands right after it, and no break comes between."""
    if g.start < t_end or has_break(text, t_end, g.end):
        return None
    preposition = next((m for m in VOWELLED_WORD.finditer(text, t_end, g.end)
                        if word_text(m) == ADDRESSEE_PREPOSITION), None)
    if preposition is None:
        return None
    asker_words = words_between(text, t_end, preposition.start())
    if len(asker_words) > ASKER_WORDS or not all(
            w.startswith("ال") and w not in TIME_WORDS
            and normalize_string(w) not in DEFINITE_PARTITIVE_HEADS
            and w[2:] not in QUANTIFIER_SUBJECT_HEADS for w in asker_words):
        return None
    asked = [m for m in g.mentions if m.start >= preposition.end()]
    if not asked or words_between(text, preposition.end(), asked[0].start):
        return None
    asker = [m for m in g.mentions if m.end <= preposition.start()]
    return ([Group(tuple(asker))] if asker else []), Group(tuple(asked))


OBLIGATION_MODALS = _WORDS.obligation_modals
MODAL_SUBJECT_GAP_WORDS = 2     # "يجب أن تتوقف إسرائيل"، "لا بد من وقف العدوان الإسرائيلي"
MODAL_FRONTED_GAP_WORDS = 1    # "إن المسؤولين الذين يجب أن"


def _circumstantial_demand_participle(text: str, t_start: int, t_end: int) -> bool:
    """The trigger is a feminine participle of demanding written like its verbal noun
    ("مطالبة"، "داعية") in the place of a circumstantial: after a comma, or with the
    accusative tanween ("، مطالبة الحكومة بالتحرك"، "داعيةً الشباب إلى"). A verbal noun
    after a preposition or a verb ("بعد مطالبة الدول"، "رفض مطالبة الوزير") is not one."""
    words = text[t_start:t_end].split()
    if len(words) != 1:
        return False
    prefix = attached_prefix(text, t_start)
    word = without_conjunction(prefix + words[0])
    if normalize_string(word) not in DEMAND_PARTICIPLES:
        return False
    before = text[:t_start - len(prefix)].rstrip()
    return before.endswith(CLAUSE_COMMAS) or words[0].endswith(ACCUSATIVE_TANWEEN)


def _obligation_modal(trigger_text: str) -> bool:
    """"يجب أن"، "ينبغي على"، "لا بد من": a modal of obligation read as a demand."""
    return any(w in OBLIGATION_MODALS for w in trigger_text.split())


def _demand_content(text: str, groups: list[Group], t_end: int, limit: int,
                    modal: bool) -> list[Group]:
    """The participants inside what a verb, participle or modal of demand asks for: from the
    first participant of the content (see _content_recipient) to ``limit``.  The complement
    opens at its إلى or its verbal noun with ب or ل ("دعا الوزير إلى وقف الحرب على غزة"),
    after a modal right at the modal ("لا بد من وقف العدوان على المدينة").  The one asked
    stands before the content: the verb's object ("طالب الوزير الحكومة بـ"), the party after
    من or the modal's على, or the subject of the modal's clause."""
    opener = t_end if modal else _complement_opener(text, t_end, limit, groups)
    if opener is None and not modal:
        opener, limit = _complement_past_apposition(text, groups, limit) or (None, limit)
    first = next((i for i, g in enumerate(groups)
                  if t_end <= g.start < limit and (_content_recipient(text, g, opener)
                                                   or _content_genitive(text, groups, i, opener))),
                 None)
    return [] if first is None else [g for g in groups[first:] if g.start < limit]


APPOSITION_WORDS = 5     # "، الأمين العام فلان الفلاني،": the aside on the subject


def _complement_past_apposition(text: str, groups: list[Group],
                                limit: int) -> tuple[int, int] | None:
    """(opener, clause end) of a complement that opens right after a short aside closing the
    subject's clause ("دعا الرئيس، فلان الفلاني، إلى التضامن مع ..."): the clause read for
    the content ends at the aside's first comma, but the complement is the verb's.  None
    when no such aside and complement follow."""
    first = CLAUSE_BREAK.match(text, limit)
    if first is None or first.group() not in CLAUSE_COMMAS:
        return None
    closing = CLAUSE_BREAK.search(text, first.end())
    if closing is None or closing.group() not in CLAUSE_COMMAS \
            or not 0 < len(words_between(text, first.end(), closing.start())) <= APPOSITION_WORDS:
        return None
    nxt = VOWELLED_WORD.search(text, closing.end())
    if nxt is None:
        return None
    end = CLAUSE_BREAK.search(text, nxt.end())
    end_pos = end.start() if end is not None else len(text)
    opener = _complement_opener(text, nxt.start(), end_pos, groups)
    return (opener, end_pos) if opener == nxt.start() else None


def _modal_clause_subject(text: str, recipients: list[Group], t_end: int) -> list[Group]:
    """The one a modal asks is the subject of its own clause, right after it or after its
    verb ("يجب أن تتوقف إسرائيل"، "ينبغي على الولايات المتحدة"), not a participant of a
    later clause ("يجب أن يتوقف القصف فورا ويتحرك المجتمع الدولي") nor one governed by a
    preposition ("أن يمثل أمام المحكمة"، "أن تلتزم بالاتفاق")."""
    if not recipients:
        return recipients
    between = text[t_end:recipients[0].start]
    gap = words_between(text, t_end, recipients[0].start)
    if len(gap) > MODAL_SUBJECT_GAP_WORDS or any(c in between for c in "،,.:;\"«»“”()") \
            or any(w == "و" or w.lstrip("وف") in COMPLEMENTIZERS for w in gap) \
            or gap and (gap[-1] in TARGET_PREPOSITIONS or gap[-1] in OTHER_PREPOSITIONS
                        or gap[-1] in LOCATIVE_WORDS) \
            or _proclitic(text, recipients[0]).endswith("ب"):
        return []
    return recipients


OPENING_SUBJECT_WORDS = 4       # "وقبل ذلك، أصرت الحركة"


def _opening_subject(text: str, sentence: Sentence, groups: list[Group],
                     t_start: int) -> list[Group]:
    """The subject of the verb that opens the sentence: the first participant, within a few
    words of the sentence's start, with no quotation and no complementiser before it (after
    them it belongs to the reported clause: "حذر المحلل من أن إسرائيل ...")."""
    first = next((i for i, g in enumerate(groups) if sentence.start <= g.start < t_start), None)
    if first is None:
        return []
    g = groups[first]
    lead = words_between(text, sentence.start, g.start)
    if not lead or len(lead) > OPENING_SUBJECT_WORDS \
            or any(c in text[sentence.start:g.start] for c in "\"«»“”()") \
            or any(w.lstrip("وف") in COMPLEMENTIZERS for w in lead) \
            or g.is_demonym_only or _place_group(g):
        return []
    return chain_from(text, groups, first)


def _modal_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                     t_end: int, c_start: int, c_end: int, speaker: list[Group]) -> Arguments:
    """A modal of obligation: the speaker of the statement demands; the one asked is the
    subject of the modal's clause, after it ("يجب أن تتوقف إسرائيل") or right before it
    after a complementiser ("إن إسرائيل يجب أن ..."، "أن المسؤولين الذين يجب أن يحاكموا").
    The first participant of the sentence is not taken for the demander (before a modal it
    is mostly its subject or a party of the reported clause), only the subject of the verb
    opening the sentence when no statement's speaker is known."""
    asked = _modal_clause_subject(text, _object_or_target(text, groups, t_end, c_end), t_end)
    how = "modal"
    if not asked:
        before = _last_before(text, groups, t_start, c_start - 1, MODAL_FRONTED_GAP_WORDS)
        gap = words_between(text, groups[before].end, t_start) if before is not None else []
        if before is not None and all(w in RELATIVE_PRONOUNS for w in gap):
            chain = _chain_back(text, groups, before)
            lead = words_between(text, max(0, chain[0].start - 20), chain[0].start)[-1:]
            if lead and lead[0].lstrip("وف") in COMPLEMENTIZERS:
                asked = chain
                how = "modal+fronted-subject"
    if not speaker:
        # no statement governs the modal: the subject of the sentence's opening verb
        # ("أصرت الحركة على أن أي اتفاق يجب أن ...") is the one who says it
        speaker = _opening_subject(text, sentence, groups, t_start)
    # a speaker found as the subject of the clause the modal stands in ("قالت ... إن إسرائيل
    # يجب أن") is the one asked, not the one who asks
    return Arguments([g for g in speaker if g not in asked], asked, how)
