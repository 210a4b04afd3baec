"""COERCE readings: raids and raided sites, support verbs joined to a coercion noun,
places that witness the act, decisions behind it.
"""
from __future__ import annotations

from collections.abc import Callable

from ...records import Sentence
from ...words import function_words
from ..lexicon import TriggerSense
from ..structure import (
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    has_break,
    unvowelled,
    word_text,
    words_between,
)
from .clauses import _support_subject, _support_verb_subject
from .nearby import _chain_back, _earlier_subject, _first_after, _subject_before
from .parties import (
    _agent_like,
    _attacking_civilians,
    _coercing,
    _coercing_civilians,
    _deciding_body,
    _named_party,
    _place_group,
    _possessor,
    _site_group,
    _town_group,
)
from .result import Arguments
from .vocabulary import (
    _NEXT_WORD,
    ADJUNCT_WORDS,
    ARMED_SECTORS,
    ATTACK_PHRASE_NOUNS,
    ATTACK_TARGET_PREPOSITIONS,
    BODY_KINDS,
    CIRCUMSTANCE_WORDS,
    CLAUSE_OPENERS,
    ENTRY_SENSES,
    FIRED_NOUNS,
    LOCATIVE_WORDS,
    NOUN_SUBJECT_WORDS,
    OBJECT_PRONOUN,
    OTHER_PREPOSITIONS,
    PLACE_KINDS,
    PRONOUN_PREPOSITION,
    QUANTIFIER_SUBJECT_HEADS,
    RELATIVE_PRONOUNS,
    TARGET_PREPOSITIONS,
    TIME_LAM_WORDS,
    TIME_WORDS,
    VICTIM_SECTORS,
)
from .word_shapes import (
    _bare_word_after,
    _in_class,
    _is_nisba,
    _is_number,
    _object_pronoun_on,
    _possessed,
    _pronoun_on_release_marker,
    _segment_start,
    name_like,
    spelled_plural,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

IMPERSONAL_PASSIVE_AUXILIARIES = _WORDS.impersonal_passive_auxiliaries

WITNESSING_VERBS = _WORDS.witnessing_verbs

WITNESS_REACH_WORDS = 5     # "شهدت قرية بيت أمر شمال الخليل اقتحامات"
WITNESS_AGENT_WORDS = 3     # "قصفا عنيفا من الجيش"
FROM_WORD = "من"

AGENT_HEAD_NOUNS = _WORDS.agent_head_nouns


def _without_town_coercers(args: Arguments, t_end: int) -> Arguments:
    """"بعد توسيعها نابلس ودهمها قرى مجاورة" (Nablus read as the raids' possessor)، "حصار
    مخيم جباليا"، "اعتقالهم من غزة": a town, camp or region never arrests, raids, besieges
    or closes; read as a coercion's actor it is no actor (a capital may stand for its
    government and stays).
    After the trigger, with nobody else acted upon, it is what the act is done to."""
    towns = [g for g in args.actors if _town_group(g)]
    if not towns:
        return args
    actors = [g for g in args.actors if g not in towns]
    recipients = args.recipients or [g for g in towns if g.start >= t_end][:1]
    return Arguments(actors, recipients, args.how + "+no-town-coercer", args.passive)


ARREST_SENSE = "coerce.arrest"


def _without_victim_arresters(args: Arguments, sense: TriggerSense) -> Arguments:
    """"تعتقل العشرات"، "اعتقلت شابا مصابا"، "جثامين شهداء احتجزتها": people of a sector
    acted upon (civilians, prisoners, medics, a university) never arrest or detain; read as
    the arrest's agent they are whom it takes."""
    if sense.id.split("+")[0] != ARREST_SENSE:
        return args
    taken = [g for g in args.actors if g.head.sector in VICTIM_SECTORS]
    if not taken:
        return args
    return Arguments([g for g in args.actors if g not in taken],
                     taken + [g for g in args.recipients if g not in taken],
                     args.how + "+victim-not-arrester", args.passive)


# A hospital or its medics, the displaced, reporters: they never raid, besiege, close or
# demolish, even right after the verb ("في حين يحاصر منذ أيام مستشفيات المدينة").
NEVER_COERCING_SECTORS = frozenset({"MED", "REF", "JRN"})
ACTED_UPON_MARK = "+acted-upon"


def _without_acted_upon_agents(text: str, sentence: Sentence, sense: TriggerSense,
                               t_start: int, t_end: int, args: Arguments) -> Arguments:
    """"اقتحمت قواته ساحة مستشفى الأمل"، "عمليات هدم بحق المنشآت الفلسطينية"، "يعيش سكان
    المخيم حصارا": people acted upon (civilians, medics, the displaced ...) or a demonym
    alone, read as a coercion's agent where they cannot be its written subject, are what
    it is done to (in the trigger's clause; beyond it they belong to another act).
    Settlers stay agents, and so do civilians written as the verb's subject right after it
    ("أغلق طلاب الجامعة مبنى الإدارة")."""
    c_start, c_end = clause_bounds(text, sentence, t_start)
    joined = sense.form in ("past", "present") and _joined_by_conjunction(text, t_start)
    moved = [g for g in args.actors if _acted_upon_party(g)
             and _not_own_agent(text, g, t_start, t_end, args.how, joined)]
    if not moved:
        return args
    kept = [g for g in moved if c_start <= g.start and g.end <= c_end]
    return Arguments([g for g in args.actors if g not in moved],
                     args.recipients + [g for g in kept if g not in args.recipients],
                     args.how + ACTED_UPON_MARK, args.passive)


def _acted_upon_party(g: Group) -> bool:
    """People of a sector acted upon or a demonym alone: no coercer, settlers aside."""
    return g.is_demonym_only \
        or (g.head.sector in VICTIM_SECTORS and not _attacking_civilians(g))


def _not_own_agent(text: str, g: Group, t_start: int, t_end: int, how: str,
                   joined: bool) -> bool:
    """Where the party stands shows it is not the one coercing: after the trigger, not
    as its written subject or genitive (a demonym: after a preposition, qualifying a noun
    of the object); before a noun trigger, as the subject the noun reading borrowed from
    its clause ("يعيش سكان جباليا حصارا"، "قتل الفلسطينيين وتهجيرهم": no subject is
    written in the oblique case).  After a verb joined by و/ف (``joined``) the coder
    reads the participant after it as the object when the verb shares an earlier subject."""
    if g.end <= t_start:
        return how.startswith("noun") and "subject" in how.split("+") \
            and (not g.is_demonym_only or _demonym_ending(text, g) == OBLIQUE_PLURAL)
    if joined:
        return False
    between = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
    if g.is_demonym_only:
        return _demonym_ending(text, g) != NOMINATIVE_PLURAL \
            and any(_object_evidence(w) for w in between)
    if has_break(text, t_end, g.start) or not all(_subject_lead(w) for w in between[:-1]):
        return True
    if between and not _subject_lead(between[-1]):
        # "اقتحم مدير مستشفى المدينة مكتب المحافظ": a bare noun right before the party
        # heads it in a construct, the verb's subject
        return not _construct_head(between[-1])
    return g.head.sector in NEVER_COERCING_SECTORS


def _construct_head(word: str) -> bool:
    bare = unvowelled(word)
    return len(bare) > 2 and not bare.startswith(("ال", "و", "ف", "ب", "ل")) \
        and bare not in TARGET_PREPOSITIONS and bare not in OTHER_PREPOSITIONS \
        and bare not in LOCATIVE_WORDS and OBJECT_PRONOUN.search(bare) is None


def _joined_by_conjunction(text: str, t_start: int) -> bool:
    return t_start > 0 and text[t_start - 1] in "وف" \
        and (t_start == 1 or not text[t_start - 2].isalpha())


# A demonym's sound plural names people: in the nominative the subject ("حاصر خلاله
# الإسرائيليون"), in the oblique case no subject ("قتل الفلسطينيين وتهجيرهم"); its singular
# before the trigger may qualify either side ("الاستنفار الإسرائيلي وفرضه حصارا").
NOMINATIVE_PLURAL = "ون"
OBLIQUE_PLURAL = "ين"


def _demonym_ending(text: str, g: Group) -> str:
    last = unvowelled(text[g.start:g.end].split()[-1])
    return next((e for e in (NOMINATIVE_PLURAL, OBLIQUE_PLURAL) if last.endswith(e)), "")


def _subject_lead(word: str) -> bool:
    """A word that may stand between a verb and its written subject: a time word, a
    quantifier and its من, a number ("أغلق صباح اليوم عشرات الطلاب")."""
    return word in TIME_WORDS or word.removeprefix("ال") in TIME_WORDS \
        or word in QUANTIFIER_SUBJECT_HEADS or word == FROM_WORD or _is_number(word)


def _object_evidence(word: str) -> bool:
    """A word after which a demonym can no longer be the trigger's adjective: a preposition
    ("هدم بحق المنشآت الفلسطينية"، "في القرى الفلسطينية") or a word governed by ب/ل, not
    a nisba ("حصار بحري إسرائيلي")."""
    bare = unvowelled(word)
    if bare in TARGET_PREPOSITIONS or bare in OTHER_PREPOSITIONS or bare in LOCATIVE_WORDS:
        return True
    return bare.startswith(("ب", "ل")) and not bare.startswith("ال") and not _nisba_word(bare)


def _with_support_verb_subject(text: str, sentence: Sentence, groups: list[Group],
                               sense: TriggerSense, t_start: int, args: Arguments) -> Arguments:
    """"ألمانيا تشن حملة اعتقالات تطال الطلاب المتضامنين مع غزة": the noun reader took the
    students for the arrest's agent because their phrase goes on, and
    ``_without_victim_arresters`` moved them to the recipients; the arrest noun after a
    support verb then has the agent the noun reader seeks when no genitive follows: the
    subject before the support verb, which may coerce and is none of those taken."""
    if args.actors or not args.how.endswith(("+victim-not-arrester", ACTED_UPON_MARK)) \
            or not sense.id.endswith("+support"):
        return args
    c_start = clause_bounds(text, sentence, t_start)[0]
    subject = _subject_before(text, groups, t_start, c_start, NOUN_SUBJECT_WORDS) \
        or _support_subject(text, sentence, groups, t_start, c_start) \
        or _support_verb_subject(text, groups, t_start, c_start)
    actors = [g for g in subject if g not in args.recipients]
    if not actors or not all(_coercing(g) for g in actors):
        return args
    return Arguments(actors, args.recipients, args.how + "+support-verb-subject", args.passive)


def _released_before(args: Arguments, t_start: int) -> Arguments:
    """"قال معتقلون أفرج عنهم أمس": the pronoun on the release marker refers back to
    the participant before the verb, the one set free; only one after it may release."""
    released = [g for g in args.actors if g.end <= t_start]
    if not released:
        return args
    return Arguments([g for g in args.actors if g not in released],
                     released + [g for g in args.recipients if g not in released],
                     args.how + "+released-before", args.passive)


WITHDRAW_SENSE = "retreat.withdraw"


def _withdrawn_from(text: str, g: Group) -> bool:
    """The town, region or building a withdrawal leaves ("انسحبت من مخيم جنين"، "من
    المستشفى"): a place, or what stands right after من and is no body (an organisation
    left, "انسحبت من المجموعة الاقتصادية", stays a party)."""
    if all(m.kind in PLACE_KINDS for m in g.mentions):
        return True
    before = words_between(text, _segment_start(text, g.start), g.start)[-1:]
    return before == [FROM_WORD] and g.head.kind not in BODY_KINDS


def _withdrawal(sense: TriggerSense) -> bool:
    return sense.id.split("+")[0] == WITHDRAW_SENSE


def _withdrawal_parties(text: str, args: Arguments) -> Arguments:
    """A withdrawal has the side withdrawing and no recipient for the ground it leaves:
    the places left are dropped; with nobody read as withdrawing, the armed body or
    demonym read as its object ("انسحاب جزئي للآليات العسكرية"، "انسحاب الآليات
    الإسرائيلية") is the one withdrawing; a demonym of the withdrawing side's own country
    ("الانسحاب الأميركي") is no other party."""
    left = [g for g in args.recipients if not _withdrawn_from(text, g)]
    actors = list(args.actors)
    if not actors:
        actors = [g for g in left if g.head.sector in ARMED_SECTORS or g.is_demonym_only]
    own = {g.country for g in actors if g.country is not None}
    recipients = [g for g in left if g not in actors
                  and not (g.is_demonym_only and g.country in own)]
    if actors == args.actors and recipients == args.recipients:
        return args
    return Arguments(actors, recipients, args.how + "+withdrawal", args.passive)


def _witnessing_place(text: str, sentence: Sentence, g: Group, t_start: int) -> bool:
    """A place or country that is the subject of a verb of witnessing standing before it in
    its clause, the trigger after it ("تشهد خان يونس قصفا")."""
    if g.end > t_start or not all(m.kind in PLACE_KINDS for m in g.mentions):
        return False
    lead = words_between(text, max(sentence.start, _segment_start(text, g.start)),
                         g.start)[-WITNESS_REACH_WORDS:]
    return any(w in WITNESSING_VERBS or (w[:1] in ("و", "ف") and w[1:] in WITNESSING_VERBS)
               for w in lead) and not has_break(text, g.end, t_start)


def _without_witnessing_places(text: str, sentence: Sentence, groups: list[Group],
                               args: Arguments, t_start: int, t_end: int) -> Arguments:
    """"يشهد المخيم عمليات هدم": the place that witnesses an attack or raid is what it hits;
    its agent, if any, is named after the noun ("قصفا عنيفا من الجيش")."""
    places = [g for g in args.actors if _witnessing_place(text, sentence, g, t_start)]
    if not places:
        return args
    actors = [g for g in args.actors if g not in places]
    recipients = places + [g for g in args.recipients if g not in places]
    if not actors:
        actors = [g for g in _agent_with_min(text, groups, t_end, sentence.end)
                  if g not in recipients]
    return Arguments(actors, recipients, args.how + "+witnessing-place", args.passive)


def _agent_with_min(text: str, groups: list[Group], t_end: int, limit: int) -> list[Group]:
    """"قصفا عنيفا من الجيش": a party that can act, behind من a few words after the
    noun a place witnesses."""
    nxt = _first_after(text, groups, t_end, limit, WITNESS_AGENT_WORDS)
    if nxt is None or words_between(text, t_end, groups[nxt].start)[-1:] != [FROM_WORD] \
            or not _agent_like(groups[nxt]):
        return []
    return chain_from(text, groups, nxt)


RAIDED_PLACE_B_NOUNS = _WORDS.raided_place_b_nouns

JOINED_VERB_REACH_WORDS = 3     # "ونفذت عدة اعتقالات"، "وشنت حملات دهم واعتقالات"
JOINED_OPENERS = _WORDS.joined_openers


def _joined_support_verb(text: str, groups: list[Group], t_start: int, s_start: int,
                         noun: bool) -> int | None:
    """The start of a verb joined to the clause before: the trigger itself ("وشنت حملة
    اعتقالات"، "حيث اعتقل") or, for a noun, its support verb a few words before it ("...
    ونفذت عدة اعتقالات"), with و/ف written on it or after an opener and no participant
    between.  "فيما"، "فيه" are no joined verbs."""
    words = [w for w in VOWELLED_WORD.finditer(text, s_start, t_start) if len(word_text(w)) > 1]
    if not noun:
        # (a noun's own و joins it to the noun before: "عملية واسعة وحصارا")
        if t_start > s_start and text[t_start - 1] in "وف" \
                and (t_start - 1 == s_start or not text[t_start - 2].isalnum()):
            return t_start - 1      # "وشنت حملة اعتقالات"
        if words and word_text(words[-1]) in JOINED_OPENERS \
                and not text[words[-1].end():t_start].strip():
            return t_start
        return None
    for k in range(len(words) - 1, max(-1, len(words) - 1 - JOINED_VERB_REACH_WORDS), -1):
        w = words[k]
        joined = word_text(w)[0] in "وف" and len(word_text(w)) > 2 and word_text(w) not in CLAUSE_OPENERS \
            and PRONOUN_PREPOSITION.match(word_text(w)) is None
        after_opener = k > 0 and word_text(words[k - 1]) in JOINED_OPENERS
        if joined or after_opener:
            if any(w.start() <= g.start < t_start for g in groups):
                return None
            return w.start()
    return None


def _joined_support_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                              args: Arguments, noun: bool) -> Arguments:
    """"اقتحمت قوات الاحتلال بلدات في الضفة الغربية ونفذت اعتقالات": a coercion noun after a
    support verb joined to the clause before shares that clause's subject (never a town or
    camp, which is entered, not acting), and with nobody named as acted upon, the town or
    region that clause names between its subject and the verb: those arrested are its people."""
    verb = _joined_support_verb(text, groups, t_start, sentence.start, noun)
    if verb is None:
        return args
    actors = _earlier_subject(text, sentence, [g for g in groups if not _site_group(g)], verb)
    if not actors or not _coercing(actors[0]):
        return args
    recipients = args.recipients
    c_end = clause_bounds(text, sentence, t_start)[1]
    if not recipients and not any(t_start <= g.start < c_end and _site_group(g) for g in groups):
        # (a place of its own after the trigger is the coder's to read)
        sites = [g for g in groups if actors[-1].end <= g.start and g.end <= verb and _site_group(g)]
        recipients = sites[-1:]
    return Arguments(actors, [g for g in recipients if g not in actors],
                     args.how + "+joined-support", args.passive)


def _entered_sites(args: Arguments, t_end: int) -> list[Group]:
    """The actors that name only a town, camp or city and stand after the trigger."""
    return [g for g in args.actors if g.start >= t_end and _site_group(g)]


def _after_impersonal_passive(text: str, c_start: int, t_start: int) -> bool:
    """The verbal noun follows تم، يتم، جرى ...: an impersonal passive ("المدن التي تم
    اقتحامها")."""
    lead = words_between(text, c_start, t_start - len(attached_prefix(text, t_start)))[-1:]
    return bool(lead) and lead[0].lstrip("وف") in IMPERSONAL_PASSIVE_AUXILIARIES


def _circumstance_coercer(text: str, sentence: Sentence, groups: list[Group],
                          sense: TriggerSense, t_start: int, t_end: int,
                          before: list[Group]) -> list[Group]:
    """Who carries out a raid or an arrest named as the circumstance of another predicate.
    A pronoun on the noun with an object after it ("برصاص الجيش خلال اقتحامه البلدة") is
    the agent, named before it, also after a preposition; without one, the subject before
    it ("انسحب الجيش بعد اعتقال شبان") when it is a party that can act, not a victim."""
    if _possessed(text, t_start, t_end) and _object_word_after(text, t_end, sentence.end):
        return [g for g in _possessor(groups, sentence, t_start) if _named_party(g)]
    return [g for g in before
            if _named_party(g) and (_agent_like(g) or _coercing_civilians(g, sense))]


def _object_word_after(text: str, t_end: int, limit: int) -> bool:
    """The word right after an action noun, in its clause, may be its object: a noun, not a
    preposition, a time word, an adjunct or a number ("اقتحامها مخيم"، not "اعتقاله من")."""
    if has_break(text, t_end, min(limit, t_end + 2)):
        return False
    nxt = words_between(text, t_end, limit)[:1]
    if not nxt:
        return False
    word = nxt[0]
    bare = word.removeprefix("ال")
    return word not in TIME_WORDS and bare not in TIME_WORDS and word not in ADJUNCT_WORDS \
        and word not in LOCATIVE_WORDS and word not in TARGET_PREPOSITIONS \
        and word not in OTHER_PREPOSITIONS and word not in CIRCUMSTANCE_WORDS \
        and not _is_number(word) and not word.startswith(("ب", "ل", "ك")) \
        and not word.startswith(("و", "ف"))


AGENT_GAP_WORDS = 1     # "اقتحام للجيش": the ل read apart from the agent's group


def _raided_object_after(text: str, groups: list[Group], actors: list[Group],
                         sense: TriggerSense, t_start: int, t_end: int, c_end: int) -> bool:
    """"أثناء اقتحامها مخيم الفوار"، "خلال اقتحام الاحتلال لقلقيلية"، "خلال اقتحام قوات الاحتلال
    بلدة يعبد": a raid noun names the place raided after itself (and after its agent named
    there), so people named before it belong to the predicate it is the circumstance of,
    not to it.  Time words are skipped, and one article word after a definite noun (an
    adjective: "الاقتحام المستمر لجنين").  The place is a bare noun, a raided-place ب-noun,
    or a ل-noun that opens no armed party's group ("اقتحامات للجيش" names the raider).
    Only raids: after an arrest, demolition or displacement noun the people before are
    mostly those it was done to, the object a pronoun's or theirs ("اعتقال آخرين"،
    "هدم منازلها")."""
    if sense.id.split("+")[0] not in ENTRY_SENSES:
        return False
    agent = next((g for g in actors if g.start >= t_end
                  and len(words_between(text, t_end, g.start)) <= AGENT_GAP_WORDS), None)
    pos = agent.end if agent is not None else t_end
    definite = agent is None and attached_prefix(text, t_start).endswith("ال") \
        and not _possessed(text, t_start, t_end)
    for m in VOWELLED_WORD.finditer(text, pos, c_end):
        word = word_text(m)
        if word in TIME_WORDS or word.removeprefix("ال") in TIME_WORDS:
            continue
        if word in RELATIVE_PRONOUNS:
            return False    # "الاقتحام الذي استمر ساعات"
        if definite and word.startswith("ال"):
            definite = False
            continue
        if word.startswith("ل") and not word.startswith("ال"):
            return word not in TIME_LAM_WORDS and word not in OTHER_PREPOSITIONS \
                and not any(g.start <= m.start() < g.end and g.head.sector in ARMED_SECTORS
                            for g in groups)
        return _object_word_after(text, m.start() - 1, c_end) \
            or unvowelled(word) in RAIDED_PLACE_B_NOUNS
    return False


# Nouns of a decision or plan whose genitive decides the act named after it.
DECISION_NOUNS = _WORDS.decision_nouns

DECIDED_BRIDGE_WORDS = 3    # "قرار إسرائيل، الاثنين، حظر ...": time words in an aside


def _decided_by(text: str, sentence: Sentence, groups: list[Group], t_start: int) -> list[Group]:
    """"قرار إسرائيل حظر الوكالة"، "خطة الحكومة إغلاق المعابر"، "القرار الإسرائيلي حظر ...":
    the body named as the genitive (or adjective) of a decision or plan noun right before
    the act noun decided the act, so it is its agent.  Only time words in an aside may
    stand between the body and the act noun."""
    before = [i for i, g in enumerate(groups) if sentence.start <= g.start and g.end <= t_start]
    if not before:
        return []
    last = before[-1]
    bridge = words_between(text, groups[last].end, t_start)
    if len(bridge) > DECIDED_BRIDGE_WORDS \
            or not all(w in TIME_WORDS or w.removeprefix("ال") in TIME_WORDS for w in bridge):
        return []
    chain = _chain_back(text, groups, last)
    lead = words_between(text, max(sentence.start, chain[0].start - 40), chain[0].start)
    if not lead or not _in_class(lead[-1], DECISION_NOUNS) or has_break(text, chain[0].start - 2,
                                                              chain[0].start):
        return []
    return chain if all(_deciding_body(g) for g in chain) else []


# nisba endings _is_nisba does not read: the accusative "يا" and the oblique dual "يتين"
NISBA_CASE_ENDINGS = ("يا", "يتين")


def _nisba_word(word: str) -> bool:
    """A nisba adjective as written, with its case endings ("إسرائيليا"، "جوية")."""
    return _is_nisba(word) or word.endswith(NISBA_CASE_ENDINGS)


def _object_noun(word: str) -> bool:
    """A noun that may be the object of an attack or coercion word written right after it:
    no agent head (forces, aircraft, the attack itself), no adjective, no word joined by a
    conjunction or a preposition, no verb or preposition carrying a pronoun."""
    bare = unvowelled(word)
    if len(bare) < 3 or not bare.isalpha() or bare.startswith(("و", "ف", "ب", "ل", "ك")) \
            or _nisba_word(bare) or OBJECT_PRONOUN.search(bare):
        return False
    stem = bare.removeprefix("ال")
    return stem not in AGENT_HEAD_NOUNS and stem not in ATTACK_PHRASE_NOUNS \
        and stem not in FIRED_NOUNS


OBJECT_ADJECTIVES = 2     # "منشآت تجارية فلسطينية": adjectives between the noun and the demonym


def _object_phrase(words: list[str]) -> bool:
    """An object noun, then at most a few nisba adjectives ("جوية" is one, so the words of
    "غارات جوية" never reach here as an object)."""
    return 1 <= len(words) <= 1 + OBJECT_ADJECTIVES and _object_noun(words[0]) \
        and all(_nisba_word(unvowelled(w)) and w[:1] not in "وفبل" for w in words[1:])


COORDINATED_OBJECT_WORDS = 5     # "مواقع وتجمعات عسكرية ومخازن أسلحة إسرائيلية" is as far as it goes


def coordinated_object_phrase(words: list[str]) -> bool:
    """Object nouns joined by و, each with nisba adjectives at most."""
    if not 2 <= len(words) <= COORDINATED_OBJECT_WORDS or not _object_noun(words[0]):
        return False
    joined = [w for w in words[1:] if w.startswith("و") and _object_noun(w[1:])]
    return bool(joined) and all(w in joined or (_nisba_word(unvowelled(w)) and w[:1] not in "وفبل")
                                for w in words[1:])


def demonyms_closing_object(text: str, t_end: int, args: Arguments,
                            phrase: Callable[[list[str]], bool]) -> list[Group]:
    """The demonyms read as agents that close an object's phrase (``phrase`` tests the words
    between the trigger and the demonym) after the trigger, with no clause break between."""
    return [g for g in args.actors if g.is_demonym_only and g.start > t_end
            and not has_break(text, t_end, g.start)
            and phrase(words_between(text, t_end, g.start))]


def with_demonyms_as_recipients(args: Arguments, moved: list[Group], passive: bool) -> Arguments:
    if not moved:
        return args
    return Arguments([g for g in args.actors if g not in moved],
                     args.recipients + [g for g in moved if g not in args.recipients],
                     args.how + "+object-demonym", passive)


def _without_object_demonym(text: str, t_end: int, args: Arguments) -> Arguments:
    """"هدم المنازل الفلسطينية"، "قصف مواقع إسرائيلية": a demonym taken as the agent that
    stands one noun (and its adjectives) after the attack or coercion word qualifies that
    noun, the object, so it names the side acted upon.  After an agent head ("قصفت طائرات إسرائيلية"، "منع السلطات
    السورية") it stays the agent."""
    return with_demonyms_as_recipients(
        args, demonyms_closing_object(text, t_end, args, _object_phrase), passive=False)


def _raider_before_place(text: str, g: Group, t_start: int, sense: TriggerSense) -> bool:
    """"اقتحام نتنياهو الأغوار"، "اقتحام وزير الأمن القومي إيتمار بن غفير المسجد": a party
    that bears no victim's sector, named right after a raid noun and followed by a bare word
    (the place raided), is the one who raids; "اقتحام مقر الحكومة" names the place first."""
    head = g.head
    return sense.id.split("+")[0] in ENTRY_SENSES and not g.is_demonym_only \
        and head.kind not in ("place", "city") and head.sector not in VICTIM_SECTORS \
        and len(words_between(text, t_start, g.start)) == 1 \
        and (_bare_word_after(text, g.end) or _raided_place_b_noun_after(text, g.end))


def _raided_place_b_noun_after(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return m is not None and unvowelled(m.group(1)) in RAIDED_PLACE_B_NOUNS


# Acts whose object a clause may front and take up with a pronoun on the verb or on the
# preposition that introduces the released ("الأسير فلان اعتقله الجيش"، "أفرجت عنه السلطات").
FRONTED_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})
FRONTED_NAME_WORDS = 3      # "فلان بن فلان" between the fronted party and the verb
PURSUED_PARTICIPLES = _WORDS.pursued_participles
HEADLESS_RELATIVES = _WORDS.headless_relatives


def _resuming_pronoun(trigger_text: str) -> str:
    """The object pronoun that takes up a fronted participant: on the verb ("اعتقله") or on
    the release marker after it ("أفرج عنهم"، "أطلق سراحهما"); "" when there is none or
    the verb is joined by و/ف to one before it (its pronoun then refers back across it)."""
    words = trigger_text.split()
    if not words or words[0][:1] in ("و", "ف"):
        return ""
    if _object_pronoun_on(words[0]):
        return OBJECT_PRONOUN.search(words[0]).group()
    if _pronoun_on_release_marker(trigger_text):
        return OBJECT_PRONOUN.search(words[-1]).group()
    return ""


def _agrees_with_pronoun(text: str, g: Group, pronoun: str) -> bool:
    """The participant may be what the pronoun stands for: a sound masculine plural or dual
    ("المعتقلين"، "شقيقين") is no ه; a singular feminine ("الطالبة") is no هم."""
    head = unvowelled(text[g.start:g.end].split()[0])
    if pronoun == "ه":
        return not spelled_plural(head)
    if pronoun in ("هم", "هما"):
        return not head.endswith("ة")
    return True


def _unknown_name_gap(text: str, g: Group, words: list[str]) -> bool:
    """Nothing, or a person's name no lexicon knows ("محمد سالم"، "إسلام السرساوي") stands
    between the fronted participant and the verb; the name is in apposition to a definite
    noun ("الأسير"، "الشهيد الفلسطيني"), so an indefinite one ("مشاهد توثق"، "ممن") is no name."""
    if not words:
        return True
    definite = text[g.start:g.end].startswith("ال") or attached_prefix(text, g.start).endswith("ال")
    return definite and len(words) <= FRONTED_NAME_WORDS and name_like(words[0]) \
        and not any(unvowelled(w) in HEADLESS_RELATIVES for w in words) \
        and all(name_like(w) or w.startswith("ال") and not _object_pronoun_on(w)
                for w in words[1:])


def with_fronted_object(text: str, groups: list[Group], sense: TriggerSense, t_start: int,
                        t_end: int, args: Arguments) -> Arguments:
    """"الأسير فلان اعتقله الجيش من المخيم"، "الشهيد فلان قتلته القوات"، "الصحفي فلان أفرجت
    عنه السلطات": a participant (with a name no lexicon knows) right before a verb whose
    pronoun agrees with it, the verb's subject written after it, is the fronted object: the
    recipient.  A place after the verb then only says where from or where."""
    if sense.event not in FRONTED_OBJECT_TYPES or sense.form != "past" or not args.actors \
            or any(g.start < t_end for g in args.actors):
        return args
    pronoun, last = _pronoun_and_group_before(text, groups, t_start, t_end)
    if last is None:
        return args
    before = groups[last]
    if _place_group(before) or has_break(text, before.end, t_start) \
            or not _unknown_name_gap(text, before, words_between(text, before.end, t_start)) \
            or not _agrees_with_pronoun(text, before, pronoun):
        return args
    fronted = _chain_back(text, groups, last)
    if args.recipients[:1] == fronted[:1]:
        return args
    kept = [g for g in args.recipients if g not in fronted
            and not (g.start >= t_end and _place_group(g))]
    return Arguments(args.actors, fronted + kept, args.how + "+fronted-object", args.passive)


def without_pursuers(text: str, args: Arguments) -> Arguments:
    """"منزل مطلوب للاحتلال": the party after a participle of being wanted ل is the one that
    wants him, not what the act is done to."""
    kept = [g for g in args.recipients if not _after_pursued_participle(text, g)]
    if len(kept) == len(args.recipients):
        return args
    return Arguments(args.actors, kept, args.how + "+no-pursuer", args.passive)


def _after_pursued_participle(text: str, g: Group) -> bool:
    """A recogniser may take the participle into the group: its named head is what counts."""
    head = g.head
    return follows_pursued_participle(text, head.start) \
        and (attached_prefix(text, head.start) + text[head.start:head.end]).startswith("ل")


def follows_pursued_participle(text: str, start: int) -> bool:
    """The word before the mention at ``start`` (its proclitics aside) is "مطلوب" or a form
    of it."""
    start -= len(attached_prefix(text, start))
    before = words_between(text, max(0, start - 20), start)
    return bool(before) and unvowelled(before[-1]) in PURSUED_PARTICIPLES


def pronoun_disagrees_before(text: str, groups: list[Group], t_start: int, t_end: int) -> bool:
    """"قوات الاحتلال اعتقلته": the participant right before the verb cannot be what its
    object pronoun stands for, so it is the verb's subject, not a fronted object."""
    pronoun, last = _pronoun_and_group_before(text, groups, t_start, t_end)
    return last is not None and not _agrees_with_pronoun(text, groups[last], pronoun)


def _pronoun_and_group_before(text: str, groups: list[Group], t_start: int,
                              t_end: int) -> tuple[str, int | None]:
    """The pronoun that may take up a fronted participant and the index of the group right
    before the verb; no index when the verb carries no such pronoun."""
    pronoun = _resuming_pronoun(text[t_start:t_end])
    last = next((i for i in range(len(groups) - 1, -1, -1) if groups[i].end <= t_start), None)
    return pronoun, last if pronoun else None


# The pronoun a coercion word carries as its object, and how its antecedent agrees with it.
MASCULINE_SINGULAR = "ه"
FEMININE_OR_THINGS = "ها"
HUMAN_PLURAL = "هم"
DUAL = "هما"
DUAL_ENDINGS = ("ان", "ين", "تين", "تان")
DUAL_STEM_LETTERS = 5       # "مستوطنان"، "شابان"; "سكان"، "شبان" are broken plurals
FEMININE_ENDINGS = ("ة", "ات")
BUILDING_NOUNS = _WORDS.acted_on_building_nouns
# A town or state by its name is feminine ("جنين"، "مصر": هي); a place opened by a
# masculine head noun ("مخيم جنين"، "مستشفى الشفاء") is taken up by ه.
MASCULINE_PLACE_HEADS = BUILDING_NOUNS | frozenset(
    w.removeprefix("ال") for w in _WORDS.place_heads if not w.endswith(("ة", "ه")))
SINGULAR_BODY_HEADS = _WORDS.masculine_singular_heads
NO_PERSON_SECTORS = frozenset({"BUS"})      # a bank or company is never arrested
# Head nouns of a body ("مجمع"، "مركز"، "جيش"), not of a person's office or title
PERSON_HEADS = frozenset(w.removeprefix("ال") for w in
                         _WORDS.office_heads | _WORDS.person_titles | _WORDS.honorific_titles)
BODY_HEADS = frozenset(w.removeprefix("ال") for w in SINGULAR_BODY_HEADS) - PERSON_HEADS


def with_pronoun_object_antecedent(text: str, sentence: Sentence, groups: list[Group],
                                   sense: TriggerSense, t_start: int, t_end: int,
                                   args: Arguments) -> Arguments:
    """"أفرجت الشرطة عن الناشط فلان بعد ساعات من اعتقاله"، "قال أسرى إنهم عذبوا أثناء
    احتجازهم لدى الجيش"، "وصل المتضامنون إلى الساحة قبل أن تعتقلهم الشرطة": a coercion
    word whose pronoun is its object, with nobody read as its recipient (for an arrest:
    only the town or building it took place in, "بعد اعتقاله من المستشفى"), is done to
    the nearest participant before it in the sentence that the pronoun can stand for.
    So is one whose object right after it carries the pronoun ("اعتقلت الشاب فلان بعد
    مداهمة منزله"، "تهجير سكانها"), with no recipient read but a place or that object.
    When that participant is the actor, or a body that coerces, the pronoun is the agent
    ("انسحبت القوات بعد اقتحامها") or the owner of the agent's forces, and nothing
    changes.
    Participants after the trigger that belong to another act are dropped first
    (``_without_other_acts_recipients``)."""
    args = _without_other_acts_recipients(text, sentence, groups, sense, t_start, t_end, args)
    pronoun = _object_pronoun_of(text, sentence, groups, sense, t_start, t_end)
    arrest = bool(pronoun) and sense.id.split("+")[0] == ARREST_SENSE
    if pronoun:
        unread = not any(_arrestable(text, g) for g in args.recipients) if arrest \
            else not args.recipients
    else:
        pronoun = _pronoun_on_object_after(text, sentence, t_end)
        unread = all(_place_group(g) or not _named_party(g) for g in args.recipients)
    if not pronoun or not unread:
        return args
    antecedent = _nearest_fitting(text, sentence, groups, pronoun, t_start, args.actors, arrest)
    if not antecedent or any(g in args.actors or _coercing(g) for g in antecedent):
        return args
    return Arguments([g for g in args.actors if g not in antecedent], antecedent,
                     args.how + "+pronoun-antecedent", args.passive)


# "اشتباكات مع مقاومين"، "التحقيق مع جنود": a party right after مع is a side of a clash or a
# dealing the sentence goes on to, not what a raid or arrest is done to.  A ban on dealings
# ("منع التعامل مع الوكالة") is done to that side, so a restriction keeps it.
WITH_WORD = "مع"
RESTRICT_SENSE = "coerce.restrict"
RELATIVE_READINGS = "relative"      # the hows of readings that took a party from a relative clause


def _without_other_acts_recipients(text: str, sentence: Sentence, groups: list[Group],
                                   sense: TriggerSense, t_start: int, t_end: int,
                                   args: Arguments) -> Arguments:
    """Participants after the trigger that belong to another act are not what the coercion
    is done to: the side named right after مع ("اقتحمت القوات البلدة واشتبكت مع مقاومين"),
    with those joined to it, unless the act is a restriction; one inside a relative clause
    after the trigger ("اقتحمه الجنود الذين نقلوا المرضى إلى الساحة"), unless a reading
    took the party from that clause ("الحصار الذي يفرضه الجيش على المدنيين"); and, after a
    verb whose object is its pronoun, anyone after it ("اعتقلته القوات أثناء اقتحامها
    المستشفى").  A town or region stays: it is where the act took place."""
    pronoun_object = sense.form in ("past", "present") \
        and bool(_object_pronoun_of(text, sentence, groups, sense, t_start, t_end))
    partners = _partners_after_with(text, groups, t_end) \
        if sense.id.split("+")[0] != RESTRICT_SENSE else []
    dropped = [g for g in args.recipients if g.start >= t_end and not _place_group(g)
               and (pronoun_object or g in partners
                    or _in_relative_clause_after(text, g, t_end, args.how))]
    if not dropped:
        return args
    return Arguments(args.actors, [g for g in args.recipients if g not in dropped],
                     args.how + "+other-act-dropped", args.passive)


def _partners_after_with(text: str, groups: list[Group], t_end: int) -> list[Group]:
    """The participants after the trigger standing right after مع, with those joined to
    them by و."""
    partners: list[Group] = []
    for i, g in enumerate(groups):
        if g.start < t_end or g in partners:
            continue
        before = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))[-1:]
        if before and unvowelled(before[0]).removeprefix("و") == WITH_WORD:
            partners += chain_from(text, groups, i)
    return partners


def _in_relative_clause_after(text: str, g: Group, t_end: int, how: str) -> bool:
    between = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
    return RELATIVE_READINGS not in how \
        and any(unvowelled(w).removeprefix("و") in RELATIVE_PRONOUNS for w in between)


def _pronoun_on_object_after(text: str, sentence: Sentence, t_end: int) -> str:
    """The possessive pronoun on the noun right after the trigger, its object ("مداهمة
    منزله"، "هدمت منزلها"، "تهجير سكانها"); not on a preposition, a time or place word,
    or a noun of forces (then the pronoun is the agent's owner: "اقتحمت قواته")."""
    c_end = clause_bounds(text, sentence, t_end)[1]
    nxt = words_between(text, t_end, c_end)[:1]
    if not nxt or has_break(text, t_end, min(c_end, t_end + 2)):
        return ""
    word = unvowelled(nxt[0])
    pronoun = OBJECT_PRONOUN.search(word)
    if pronoun is None or word.startswith(("و", "ف", "ب", "ل", "ك")):
        return ""
    stem = word[: pronoun.start()]
    if len(stem) < 3 or stem in AGENT_HEAD_NOUNS or any(
            stem in words for words in (TARGET_PREPOSITIONS, OTHER_PREPOSITIONS, LOCATIVE_WORDS,
                                        ADJUNCT_WORDS, CIRCUMSTANCE_WORDS, TIME_WORDS)):
        return ""
    return pronoun.group()


def _object_pronoun_of(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
                       t_start: int, t_end: int) -> str:
    """The object pronoun on a one-word trigger.  On a verb ("اعتقلته"، "تحاصرهم") unless
    it follows a relative with no antecedent ("ممن اعتقلهم": whom it stands for is not
    named) or a bare noun that opens no participant follows it, its subject then being
    no party ("تحاصرهم أصوات الانفجارات").  On a verbal noun ("اعتقاله") only when no object
    of its own follows, else the pronoun is its agent ("خلال اقتحامها المخيم"، "اعتقالها
    5 شبان"، "حصاره على القطاع")."""
    words = text[t_start:t_end].split()
    if len(words) != 1:
        return ""
    word = words[0]
    c_start, c_end = clause_bounds(text, sentence, t_start)
    if sense.form in ("past", "present"):
        lead = words_between(text, c_start, t_start - len(attached_prefix(text, t_start)))[-1:]
        carries = _object_pronoun_on(word) \
            and not (lead and unvowelled(lead[0]) in HEADLESS_RELATIVES) \
            and not (_object_word_after(text, t_end, c_end)
                     and not any(g.start >= t_end and not words_between(text, t_end, g.start)
                                 for g in groups))
    else:
        carries = sense.form == "nouns" and _possessed(text, t_start, t_end) \
            and not _own_object_after(text, t_end, c_end)
    return OBJECT_PRONOUN.search(word).group() if carries else ""


def _own_object_after(text: str, t_end: int, c_end: int) -> bool:
    """A verbal noun's own object stands right after it: a bare noun (a raided-place
    ب-noun among them: "بلدة"), a number, a ل-noun that is no time ("للبلدة"، not
    "لساعات"), or على, ضد, بحق ("حصاره على القطاع")."""
    nxt = words_between(text, t_end, c_end)[:1]
    if not nxt:
        return False
    word = nxt[0]
    bare = unvowelled(word)
    if _is_number(word) or bare in ATTACK_TARGET_PREPOSITIONS or bare in RAIDED_PLACE_B_NOUNS:
        return True
    if word.startswith("ل") and not word.startswith("ال"):
        return word not in TIME_LAM_WORDS and word not in OTHER_PREPOSITIONS
    return _object_word_after(text, t_end, c_end)


def _nearest_fitting(text: str, sentence: Sentence, groups: list[Group], pronoun: str,
                     t_start: int, actors: list[Group], arrest: bool) -> list[Group]:
    """The participant nearest before the trigger in its sentence that the pronoun can
    stand for, with those joined to it by و.  An arrest (``arrest``: the pronoun is whom
    it takes) passes over towns, where it took place, and takes people: when the nearest
    is a building or a body, the pronoun stands for something else and there is none.  A
    body owning a noun is passed over unless it is the actor.  Inside a quotation only
    who is named in it counts (وقال "سنواصل منع تقسيمها"): those before it are the
    speaker and his world."""
    first = _open_quote_before(text, sentence.start, t_start)
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > t_start or g.start < first:
            continue
        if g.is_demonym_only or (arrest and _place_group(g)) \
                or (g not in actors and _body_owning_noun(text, g)):
            continue
        chain = _chain_back(text, groups, i)
        if _pronoun_fits(text, chain, pronoun):
            return chain if not arrest or all(_arrestable(text, m) for m in chain) else []
    return []


OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"
PLAIN_QUOTE = '"'


def _open_quote_before(text: str, start: int, pos: int) -> int:
    """Where the quotation ``pos`` stands in opened (after its mark), or ``start`` when
    ``pos`` stands in none: a plain mark opens and closes in turn."""
    opened = None
    for i in range(start, pos):
        c = text[i]
        if c in OPENING_QUOTES or (c == PLAIN_QUOTE and opened is None):
            opened = i + 1
        elif c in CLOSING_QUOTES or c == PLAIN_QUOTE:
            opened = None
    return start if opened is None else opened


def _body_owning_noun(text: str, g: Group) -> bool:
    """"في سجون الاحتلال"، "مكتب الجزيرة": a body named as the genitive of a bare noun owns
    what that noun names, and the pronoun takes up neither."""
    before = words_between(text, max(0, g.start - 40), g.start - len(attached_prefix(text, g.start)))
    return g.mentions[0].kind in BODY_KINDS and bool(before) and _construct_head(before[-1]) \
        and attached_prefix(text, g.start).removesuffix("ال") == ""


def _first_stem(text: str, g: Group) -> str:
    return unvowelled(text[g.start:g.end].split()[0]).removeprefix("ال")


def _arrestable(text: str, g: Group) -> bool:
    """People, not a town, a building, a company or a body."""
    stem = _first_stem(text, g)
    return not _place_group(g) and g.head.kind not in BODY_KINDS \
        and g.head.sector not in NO_PERSON_SECTORS and stem not in BUILDING_NOUNS \
        and stem not in BODY_HEADS


def _pronoun_fits(text: str, chain: list[Group], pronoun: str) -> bool:
    """A participant (with those joined to it) the pronoun may stand for, by its first
    word: ه no plural, no feminine and no town or state by its name; ها a feminine, a plural
    of things or a place; هم people in the plural, no building and no singular head of a
    body or office ("مجلس"، "وزير"); هما two."""
    first = chain[0]
    stem = _first_stem(text, first)
    if pronoun == DUAL:
        return len(chain) == 2 or (stem.endswith(DUAL_ENDINGS) and len(stem) >= DUAL_STEM_LETTERS)
    if len(chain) > 1:
        return pronoun == HUMAN_PLURAL
    if pronoun == MASCULINE_SINGULAR:
        return not (spelled_plural(stem) or stem.endswith(FEMININE_ENDINGS)) \
            and (not _place_group(first) or stem in MASCULINE_PLACE_HEADS)
    if pronoun == FEMININE_OR_THINGS:
        return stem.endswith(FEMININE_ENDINGS) or _place_group(first)
    return pronoun == HUMAN_PLURAL and not _place_group(first) \
        and not stem.endswith(FEMININE_ENDINGS) and stem not in BUILDING_NOUNS \
        and stem not in SINGULAR_BODY_HEADS
