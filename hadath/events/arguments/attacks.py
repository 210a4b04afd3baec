"""ASSAULT agents: a ل attacker after an attack noun, continued campaigns, the possessor of
an attack, an armed speaker's own operation.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ...records import Sentence
from ...text.normalize import normalize_string
from ...words import (
    CONJUNCTIONS,
    alternation,
    function_words,
    normalised,
    without_conjunction,
    without_proclitics,
)
from ..counts import opens_toll_phrase
from ..lexicon import light_verb_words, without_asides
from ..structure import (
    CLAUSE_BREAK,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    has_break,
    unvowelled,
    word_text,
    words_between,
    written_word_start,
)
from .coercion import (
    coordinated_object_phrase,
    demonyms_closing_object,
    with_demonyms_as_recipients,
)
from .nearby import (
    _agent_after_marker,
    _chain_back,
    _earlier_subject,
    _first_after,
    _governed,
    _object_or_target,
    _subject_before,
)
from .parties import (
    _agent_like,
    _armed_antecedent,
    _armed_body_or_state,
    _place_group,
    _press,
    _reporting_outlet,
    _town_group,
    took_in_wing_parent,
)
from .relatives import UNMARKED_RELATIVE_VERB
from .result import Arguments
from .victims import RESULT_VERBS, _undergo_frame
from .vocabulary import (
    ARMED_SECTORS,
    ATTACK_NOUNS,
    ATTACK_TARGET_PREPOSITIONS,
    BODY_KINDS,
    CASUALTY_NOUN_WORDS,
    CIRCUMSTANCE_WORDS,
    COMPLEMENTIZERS,
    LOCATIVE_WORDS,
    NOUN_SUBJECT_WORDS,
    OWN_FORCES,
    PARTITIVE_WORD,
    POSSESSIVE_SUFFIXES,
    PROCLITIC_WORDS,
    STATE_FORCE_SECTORS,
    SUBJECT_GAP_WORDS,
    SUPPORT_NOUN_STEMS,
    TARGET_WORDS,
    TIME_WORDS,
    VICTIM_FRAMES,
    VICTIM_SECTORS,
)
from .word_shapes import (
    _bare_word_after,
    _casualty_noun,
    _circumstance_noun,
    _construct_head,
    _in_class,
    _is_number,
    _locative,
    _possessed,
    _proclitic,
    fired_by_owner,
    possessed_form_in,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

ANNOUNCED_GAP_WORDS = 4      # "أعلنت الكتائب، اليوم الاثنين، مواصلتها استهداف"
# A gloss on a name between dashes or brackets ("الألوية -الذراع العسكرية للحزب-"، "(فرع
# الشمال)"): the same party described, so it does not part the speaker from what it announces.
GLOSS_ASIDE = re.compile(r"\s[-–(][^-–()\n]{1,80}[-–)]")
# A unit of the speaker after a dash, closed by a comma ("سرايا X - كتيبة جنين، ..."), and the
# marks that close a wing's apposition the speaker took in ("كتائب X، الجناح العسكري لحركة Y، ...")
UNIT_GLOSS = re.compile(rf"\s*[-–—]\s*(?:{VOWELLED_WORD.pattern}\s*){{1,3}}(?=[،,])")
APPOSITION_CLOSING = re.compile(r"[\s)\-–—]*")

# "في قصف"، "آثار قصف": no past verb follows them, so the attack word is a verbal noun.
MASDAR_LEADS = _WORDS.masdar_leads
# "قصف من طائرة مسيرة"، "بقذائف المدفعية": what an attack is fired from or with
FIRE_PLATFORMS = normalised(_WORDS.fire_platform_nouns)


def verbal_noun_lead(text: str, c_start: int, t_start: int) -> bool:
    """A preposition or noun of ``masdar_leads`` stands right before the attack word ("في
    قصف"، "جراء قصف"): the word spelled like a past verb is its verbal noun."""
    lead = words_between(text, c_start, t_start)
    return bool(lead) and lead[-1] in MASDAR_LEADS \
        and not attached_prefix(text, t_start).startswith(("و", "ف"))


def _acted_upon_genitive(g: Group) -> bool:
    """A town, district or building, or people acted upon: the genitive of an attack noun
    that names them is its target.  A country or capital may be the attacker ("قصف إسرائيل
    للمدينة") and keeps the agent reading."""
    return g.head.kind in ("place", "city") or g.head.sector in VICTIM_SECTORS


def _verbal_noun_object(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                        t_end: int, c_start: int, args: Arguments) -> Arguments:
    """The verb-first reading of an attack verbal noun ("في قصف الاحتلال مدرسة") takes its
    genitive as the agent.  The genitive is the target instead when it names a place or
    people acted upon ("في قصف مدينة حلب"، "إلى جانب قصف مدرسة تؤوي عائلات"), or when the
    noun's own agent is a pronoun noun of forces before it ("من قصف مقاتليها قوات
    الاحتلال"); the agent is then behind a marker, else the subject before the noun."""
    if not args.actors:
        return args
    first = args.actors[0]
    gap = words_between(text, t_end, first.start)
    own_forces = any(OWN_FORCES.match(w) for w in gap)
    if not own_forces and not _acted_upon_genitive(first):
        return args
    targets = args.actors + [g for g in args.recipients if g not in args.actors]
    if own_forces:
        # the pronoun on the forces names the subject before (the group showing its attack)
        agents = _earlier_subject(text, sentence, groups, t_start)
    else:
        # "استمر الجيش في قصف المدينة": the subject of the verb before; not the victims of
        # "استشهد 16 فلسطينيا في قصف"
        agents = _agent_after_marker(text, groups, t_end, sentence.end) or [
            g for g in _subject_before(text, groups, t_start, c_start, 6, over_prepositions=True)
            if not g.is_demonym_only and not _acted_upon_genitive(g)]
    agents = [g for g in agents if g not in targets]
    return Arguments(agents, targets, "vso+noun-object")


EVALUATING_VERBS = normalised(_WORDS.act_evaluating_verbs)


def _evaluating_speaker(text: str, speaker: list[Group], t_start: int) -> bool:
    """The speaker's verb praises or condemns the act ("أشادت الفصائل باستهداف ..."، "حماس
    تدين المجزرة"): the word right before the speaker or a word between it and the noun."""
    before = words_between(text, max(0, speaker[0].start - 30), speaker[0].start)[-1:]
    between = words_between(text, speaker[-1].end, t_start)
    return any(normalize_string(without_conjunction(w)) in EVALUATING_VERBS for w in before + between)


def _announced_own_operation(text: str, groups: list[Group], speaker: list[Group],
                             t_start: int, t_end: int) -> bool:
    """The attack noun is the object of an armed speaker's statement ("أعلنت سرايا القدس،
    اليوم، استهداف ..."، "تبنت الحركة تفجير ..."): close after it, with no clause of its
    own between, not a casualty noun (either side reports deaths), not praised or condemned
    by the speaker, and with no ل object after its genitive ("استهداف الجيش لموقع" reports
    the army's attack)."""
    if not speaker or speaker[-1].end > t_start or _casualty_noun(text[t_start:t_end]) \
            or speaker[0].head.sector not in ARMED_SECTORS or _evaluating_speaker(text, speaker, t_start):
        return False
    start = _speaker_description_end(text, speaker[-1])
    glosses = [m.span() for m in GLOSS_ASIDE.finditer(text, start, t_start)]

    def in_gloss(pos: int) -> bool:
        return any(a <= pos < b for a, b in glosses)

    gap = [word_text(w) for w in VOWELLED_WORD.finditer(text, start, t_start) if not in_gloss(w.start())]
    # "ترد على اعتداءات ..." answers the other side's attacks; "أصيبت مجندة في عملية" is
    # hit in one; a comma left outside short asides ends the speaker's clause
    if gap[-1:] and gap[-1] in ATTACK_TARGET_PREPOSITIONS \
            or _circumstance_noun(text, start, t_start) \
            or re.search(r"[،,]", _after_closing_comma(text, start, t_start, speaker[-1])) is not None:
        return False
    if len(gap) > ANNOUNCED_GAP_WORDS or any(w.lstrip("وف") in COMPLEMENTIZERS for w in gap) \
            or any(start <= g.start and g.end <= t_start and not in_gloss(g.start)
                   for g in groups):
        return False
    nxt = _first_after(text, groups, t_end, len(text), 1)
    if nxt is None:
        return True
    following = words_between(text, chain_from(text, groups, nxt)[-1].end,
                              min(len(text), groups[nxt].end + 60))[:1]
    return not (following and following[0].startswith("ل") and not following[0].startswith(("لا", "ال")))


def same_party(g: Group, speaker: list[Group]) -> bool:
    """``g`` is one of the speaker's groups or another name of the same knowledge-base actor
    ("حزب الله" and "المقاومة الإسلامية")."""
    # with the country: an institution's id ("inst-army") is shared by every state's
    keys = {(m.id, m.country) for s in speaker for m in s.mentions if m.id}
    return g in speaker or any((m.id, m.country) in keys for m in g.mentions)


def names_other_doer(text: str, speaker: list[Group], t_end: int, args: Arguments) -> bool:
    """The attack noun names its own doer, not the speaker, so an armed speaker reporting it
    does not claim it: the agent of a relative clause on the noun ("المجزرة التي ارتكبها
    الاحتلال"), or an armed group right after the noun as its genitive with the noun's object
    right after it ("استهداف جماعة X مدينة ..."; not "استهداف جنود الاحتلال وآلياته")."""
    doers = [g for g in args.actors if not same_party(g, speaker)]
    if not doers or not args.how.startswith(("noun+relative-agent", "noun+agent")):
        return False
    if args.how.startswith("noun+relative-agent"):
        return True
    agent = doers[0]
    if agent.head.sector != "REB" or words_between(text, t_end, agent.start):
        return False
    nxt = _BARE_WORD_AFTER_AGENT.match(text, agent.end)
    return nxt is not None and nxt.group(1) not in NOT_AN_OBJECT


# the next word, right after a space: without an article (an adjective of the agent) or a
# conjunction or preposition written on it
_BARE_WORD_AFTER_AGENT = re.compile(r" +(?!ال|و|ف|ب|ل|ك)([\u0621-\u064A]+)")
NOT_AN_OBJECT = TIME_WORDS | LOCATIVE_WORDS | frozenset(ATTACK_TARGET_PREPOSITIONS) \
    | _WORDS.other_prepositions


def claimed_by_possessor(text: str, speaker: list[Group], t_start: int, t_end: int,
                         args: Arguments) -> Arguments:
    """"أعلنت الحركة استهدافها موقعا"، "أعلنت قوات X (الجماعة) قصفها مستوطنة": the pronoun
    on an attack noun its announcer names is the announcer, the attack's agent, so the
    announcer read as its recipient becomes its actor.  Not when the noun is followed by an
    agent marker or ب ("استهدافه بقصف"، "استهدافها من قبل"), where the pronoun is the one
    hit, nor across a complementizer ("قالت الحركة إن استهدافها ...")."""
    claimants = [g for g in speaker if g.end <= t_start and g in args.recipients]
    if not claimants or not _possessed(text, t_start, t_end):
        return args
    if any(w.lstrip("وف") in COMPLEMENTIZERS for w in words_between(text, claimants[-1].end, t_start)):
        return args
    after = [w for w in words_between(text, t_end, len(text))[:4] if w not in TIME_WORDS]
    if not after or after[0].startswith("ب") or any(w in _WORDS.agent_markers for w in after[:2]):
        return args
    others = [g for g in args.recipients + args.actors if g not in claimants]
    return Arguments(list(claimants), others, args.how + "+claimed-by-possessor", args.passive)


def _speaker_description_end(text: str, speaker: Group) -> int:
    """Where the speaker's own description ends: a unit named after a dash ("سرايا القدس -
    كتيبة جنين،") or the closing marks of the wing's apposition it took in, up to the comma
    that closes it; else the speaker's end."""
    unit = UNIT_GLOSS.match(text, speaker.end)
    if unit is not None:
        return unit.end()
    if took_in_wing_parent(text, speaker):
        return APPOSITION_CLOSING.match(text, speaker.end).end()
    return speaker.end


def _after_closing_comma(text: str, start: int, t_start: int, speaker: Group) -> str:
    """The words between the speaker's description and the attack noun, short asides left out;
    a comma that closes the description ("كتائب X، الجناح العسكري لحركة Y، استهداف") does not
    end the speaker's clause, and may open a short aside ("...، اليوم الاثنين، استهداف")."""
    between = without_asides(text[start:t_start])
    if start != speaker.end or took_in_wing_parent(text, speaker):
        between = between.lstrip()
        between = between[1:] if between[:1] in ("،", ",") else between
    return between


AMBUSH_NOUNS = normalised(_WORDS.ambush_nouns)
AMBUSH_LURING_WORDS = normalised(_WORDS.ambush_luring_words)
LURE_WINDOW = 12    # the force lured may be named at length: "أوقعت كتيبة مدرعة تابعة للواء ... في كمين"


def _bare_stem(word: str) -> str:
    """The word without one conjunction, one preposition and the article (وبالاستهداف →
    استهداف), keeping at least three letters."""
    return without_proclitics(word, (CONJUNCTIONS, ("ب", "ل"), ("ال",)))


def with_ambush_setter(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                       t_end: int, c_start: int, args: Arguments) -> Arguments:
    """"أعلنت الكتائب أنها أوقعت قوة في كمين"، "استدراج قوة إلى كمين": an ambush noun with no
    attacker (or a place or the force lured read as one) and a word of luring a force into it
    shortly before in its clause was set by the one who lured: the participant right before
    the luring word (over places and victims), when it is armed ("المقاومة") or a state.  The
    force lured, after the luring word, is the target."""
    words = text[t_start:t_end].split()
    if not words or _bare_stem(normalize_string(words[0])) not in AMBUSH_NOUNS:
        return args
    lead = list(VOWELLED_WORD.finditer(text, c_start, t_start))[-LURE_WINDOW:]
    lure = next((w for w in reversed(lead)
                 if _bare_stem(normalize_string(word_text(w))) in AMBUSH_LURING_WORDS), None)
    if lure is None:
        return args
    # the force lured stands after the luring word, read as the target or as the attacker
    # ("استدراج قوة إسرائيلية إلى كمين"); a place read as the attacker gives way.  Only a
    # force so read is taken: with a place alone as the target the rescorer drops real claimed
    # ambushes once they have an attacker.
    lured = [g for g in args.actors + args.recipients if lure.end() <= g.start and not _place_group(g)]
    if not lured or not all(_place_group(g) or g in lured for g in args.actors):
        return args
    before = [g for g in groups if sentence.start <= g.start and g.end <= lure.start()
              and not (g.is_demonym_only or _place_group(g) or g.head.sector in VICTIM_SECTORS)]
    if not before or not (_armed_body_or_state(before[-1]) or before[-1].head.sector in ARMED_SECTORS):
        return args
    # "أعلنت الكتائب إيقاع قوة في كمين": read as hit before a noun of circumstance, it lured
    recipients = lured + [g for g in args.recipients if g is not before[-1] and g not in lured]
    return Arguments([before[-1]], recipients, args.how + "+ambush-setter", args.passive)


def _possessed_casualty_noun(trigger_text: str) -> bool:
    """"إصابته"، "استشهاده"، "مقتلها": the pronoun on a noun of being hit is the victim."""
    words = trigger_text.split()
    return possessed_form_in(words[0].lstrip("وفبل") if words else "", CASUALTY_NOUN_WORDS)


def _with_possessor_of_attack(text: str, sentence: Sentence, groups: list[Group],
                              t_start: int, t_end: int, args: Arguments) -> Arguments:
    """"أوقعت غاراته 30 شهيدا"، "بعد تدميره حيا سكنيا"، "بثت الكتائب مشاهد لاستهدافها دبابة":
    an attack noun left without an attacker, carrying a pronoun and a bare object word after
    it (even one no recogniser names), is done by the army, armed group or state the
    pronoun refers back to."""
    if not _possessed(text, t_start, t_end) or _possessed_casualty_noun(text[t_start:t_end]) \
            or not _bare_word_after(text, t_end):
        return args
    agents = _armed_antecedent(groups, sentence, t_start)
    if not agents:
        return args
    return Arguments(agents, [g for g in args.recipients if g not in agents],
                     args.how + "+possessor-object", args.passive)


def _attack_noun_stem(word: str) -> bool:
    """The word is an attack noun with a possessive pronoun ("اعتداءاتها"، "غاراته")."""
    stem = word.split()[0] if word.split() else ""
    for suffix in POSSESSIVE_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[:-len(suffix)]
            break
    return stem.lstrip("وفبل") in ATTACK_NOUNS or (stem.endswith("ت") and stem[:-1] + "ة" in ATTACK_NOUNS)


def _agent_of_pronoun(groups: list[Group], sentence: Sentence, t_start: int) -> list[Group]:
    """Like ``_possessor``, but a country may be the antecedent ("واصلت إسرائيل ...،
    وراح ضحية اعتداءاتها"): only named places and people acted upon are passed over."""
    for g in reversed(groups):
        if g.end > t_start or g.start < sentence.start:
            continue
        if g.is_demonym_only or g.head.kind in ("place", "city") \
                or g.head.sector in VICTIM_SECTORS:
            continue
        return [g]
    return []


CAMPAIGN_NOUNS = _WORDS.campaign_nouns
LAM_AGENT_ATTACK_NOUNS = _WORDS.lam_agent_attack_nouns
ATTACK_MANNER_ADJECTIVES = _WORDS.attack_manner_adjectives
DIRECTING_SUPPORT_VERBS = _WORDS.directing_support_verbs
LAM_AGENT_GAP_WORDS = 2     # adjectives between the attack noun and its ل-attacker
DIRECTING_VERB_REACH = 3    # words back from the attack noun to a verb of directing a blow


def _after_campaign_noun(text: str, c_start: int, t_start: int) -> bool:
    """The trigger, bare or with the article, is the genitive of a campaign noun ("عملية
    قنص"، "بحملة قصف"، "عمليات القنص"): a verbal noun, not a past verb."""
    if attached_prefix(text, t_start) not in ("", "ال"):
        return False
    lead = words_between(text, c_start, t_start)
    return bool(lead) and lead[-1].lstrip("وفبل") in CAMPAIGN_NOUNS


def _lam_agent(text: str, groups: list[Group], t_start: int, t_end: int, c_start: int,
               c_end: int) -> int | None:
    """Index of the participant written with ل right after an indefinite attack noun or its
    manner adjectives ("في قصف للجيش على ..."، "غارات جديدة للطيران"، "هجوم لمستوطنين"):
    it names the attacker. Not after a verb of directing a blow ("وجهت ضربات للقوات")."""
    words = text[t_start:t_end].split()
    if not words or words[0] not in LAM_AGENT_ATTACK_NOUNS \
            or not all(w in ATTACK_MANNER_ADJECTIVES for w in words[1:]) \
            or attached_prefix(text, t_start).endswith("ال"):
        return None
    lead = words_between(text, c_start, t_start)[-DIRECTING_VERB_REACH:]
    if any(w.lstrip("وف") in DIRECTING_SUPPORT_VERBS for w in lead):
        return None
    i = _first_after(text, groups, t_end, c_end, LAM_AGENT_GAP_WORDS)
    if i is None or has_break(text, t_end, groups[i].start):
        return None
    gap = words_between(text, t_end, groups[i].start - len(attached_prefix(text, groups[i].start)))
    if not all(w in ATTACK_MANNER_ADJECTIVES for w in gap):
        return None
    if not _proclitic(text, groups[i]).lstrip("وف").startswith("ل"):
        return None
    chain = chain_from(text, groups, i)
    target_after = words_between(text, chain[-1].end, c_end)[:1] in TARGET_WORDS
    # civilians behind ل are the target ("قصف للمدنيين") unless a target follows them
    # ("هجوم لمستوطنين على القرية")
    if not (_agent_like(groups[i]) or (target_after and not _place_group(groups[i]))):
        return None
    return i


def _lam_agent_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                         t_end: int, c_start: int, c_end: int) -> Arguments | None:
    """An attack noun with its attacker behind ل: the target follows the attacker (its object
    or a prepositional target), or is the subject of تعرض before the noun ("تعرضت البلدة
    لقصف عنيف للجيش")."""
    i = _lam_agent(text, groups, t_start, t_end, c_start, c_end)
    if i is None:
        return None
    actors = chain_from(text, groups, i)
    frame = _undergo_frame(text, sentence, t_start)
    if frame is not None:
        victims_i = _first_after(text, groups, frame, t_start, SUBJECT_GAP_WORDS)
        targets = chain_from(text, groups, victims_i) if victims_i is not None else []
    else:
        targets = _object_or_target(text, groups, actors[-1].end, sentence.end)
    if not targets and _circumstance_noun(text, c_start, t_start):
        # "استشهد 20 فلسطينيا في غارات للجيش": who fell stands before the noun
        targets = [g for g in _subject_before(text, groups, t_start, c_start, NOUN_SUBJECT_WORDS)
                   if g.head.sector in VICTIM_SECTORS or g.country]
    return Arguments(actors, [g for g in targets if g not in actors], "noun+lam-agent")


CONTINUATION_WORDS = _WORDS.continuation_words
# What may stand between the agent after a continuation word and the attack noun: "في"
# and the support nouns ("مع استمرار القوات في شن غارات").
CONTINUED_BRIDGE = frozenset({"في"}) | SUPPORT_NOUN_STEMS | {"ب" + w for w in SUPPORT_NOUN_STEMS}


def _continuation_word(word: str) -> bool:
    return _in_class(word, CONTINUATION_WORDS)


def _continued_bridge(bridge: list[str]) -> bool:
    return len(bridge) <= 2 and all(w in CONTINUED_BRIDGE for w in bridge)


def _own_campaign_noun(word: str) -> bool:
    """A campaign noun with a possessive pronoun: "حملته"، "عملياتها"، "حملاتهم"."""
    return possessed_form_in(word, CAMPAIGN_NOUNS)


def _own_campaign_bridge(bridge: list[str]) -> bool:
    """"يواصل الجيش حملته العسكرية باقتحام البلدات": the subject's own campaign, with at
    most one adjective, and the act noun after ب."""
    return 1 <= len(bridge) <= 2 and _own_campaign_noun(bridge[0]) \
        and all(w.startswith("ال") for w in bridge[1:])


def _continued_by(text: str, groups: list[Group], c_start: int, t_start: int) -> list[Group]:
    """"واصل الجيش قصف الأحياء"، "وسط تكثيف الاحتلال استهداف ..."، "مع استمرار القوات في
    شن غارات": the participant between a word of continuing (its subject or genitive) and
    the attack noun is the attack's agent."""
    before = [i for i, g in enumerate(groups) if c_start <= g.start and g.end <= t_start]
    if not before:
        return []
    last = before[-1]
    bridge = words_between(text, groups[last].end, t_start)
    if has_break(text, groups[last].end, t_start) \
            or not (_continued_bridge(bridge)
                    or (attached_prefix(text, t_start) == "ب"
                        and _own_campaign_bridge(bridge[:-1]))):
        return []
    chain = _chain_back(text, groups, last)
    lead = words_between(text, max(c_start, chain[0].start - 40), chain[0].start)
    if len(lead) >= 2 and _construct_head(lead[-1]) and not _continuation_word(lead[-1]):
        lead = lead[:-1]    # "عاودت مقاتلات الاحتلال": the unit noun heads the agent's construct
    return chain if lead and _continuation_word(lead[-1]) else []


# Sectors of a state's own forces that raid and arrest (no armed group, no gang).
RAIDING_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def _state_forces_before(groups: list[Group], sentence: Sentence, t_start: int) -> list[Group]:
    """The raider of a raid or arrest noun that is the circumstance of another predicate
    and names no agent of its own: the army, police or security service named before it in
    the sentence, when it is the nearest participant that is no place and no people acted
    upon ("اعتقل الجيش 20 شابا من مدن الضفة خلال حملة اقتحامات"، "استشهد شاب برصاص
    الشرطة، خلال اقتحام البلدة").  An armed group, a state or a ministry there is no raider."""
    return [g for g in _armed_antecedent(groups, sentence, t_start)
            if g.head.kind in BODY_KINDS and g.head.sector in RAIDING_FORCE_SECTORS]


def with_weapon_agents(text: str, t_end: int, c_end: int, args: Arguments) -> Arguments:
    """"جراء قصف من طائرة مسيرة إسرائيلية"، "استهدافهما بطائرة مسيرة"، "موقع ... بقذائف
    المدفعية": aircraft, guns and vehicles of an army after من right after the attack word, or
    after ب (written on them or on a noun of fire before them), are what the attack came from
    or was made with: its agent, never its target.  With no actor named, they are the actor."""
    used = weapon_agents(text, t_end, c_end, args.recipients)
    if not used:
        return args
    recipients = [g for g in args.recipients if g not in used]
    actors = args.actors or used
    return Arguments(actors, recipients, args.how + "+weapon-agent", args.passive)


def weapon_agents(text: str, t_end: int, c_end: int, groups: list[Group]) -> list[Group]:
    """The groups among ``groups`` that name an army's weapon the attack came from or was
    made with (see ``with_weapon_agents``)."""
    return [g for g in groups if g.head.sector in STATE_FORCE_SECTORS
            and t_end <= g.start < c_end and _fire_platform(text, g)
            and _instrument_or_source(text, t_end, g)]


def _fire_platform(text: str, g: Group) -> bool:
    first = VOWELLED_WORD.search(text, g.start)
    return first is not None and normalize_string(word_text(first).removeprefix("ال")) in FIRE_PLATFORMS


def _instrument_or_source(text: str, t_end: int, g: Group) -> bool:
    """``g`` stands after ب on itself or on a noun of fire ("بقذائف المدفعية"), or after من
    that follows the attack word with at most one word between ("قصف مدفعي من دبابة")."""
    if attached_prefix(text, g.start).startswith(("ب", "وب")):
        return True
    before = words_between(text, t_end, g.start)
    if not before:
        return False
    last = before[-1]
    if last.startswith("ب") and fired_by_owner(last):
        return True
    return last == "من" and len(before) <= 2 and not any(_is_number(w) for w in before[:-1])


CONTROL_VERBS = normalised(_WORDS.control_verbs)
CONTROL_PREPOSITIONS = _WORDS.control_prepositions
# "نفذ عملية طعن"، "شن سلسلة غارات": a campaign or attack noun heading the trigger
OPERATION_NOUNS = normalised(CAMPAIGN_NOUNS, ATTACK_NOUNS)
VERB_REACH_CHARS = 20     # enough for the verb with its proclitics right before its subject
COUNT_REACH_CHARS = 20    # and for a number or a quantity with من between them


def _control_verb(word: str) -> bool:
    """A verb of managing or venturing to (تمكن، نجح، أقدم), also with و/ف."""
    return without_conjunction(normalize_string(word)) in CONTROL_VERBS


def _governing_verb(word: str) -> bool:
    """A support verb of attacks (شن، نفذ) or a verb of managing to, also with و/ف."""
    return _control_verb(word) or without_conjunction(normalize_string(word)) in light_verb_words("ASSAULT")


def _governing_bridge(verb: str, words: list[str]) -> bool:
    """What may stand between a governing verb (and its subject) and the attack noun: a
    verb of managing to's preposition ("تمكنوا من"; after a support verb a preposition
    makes the noun a circumstance: "سقط شهداء في قصف"), then one operation noun ("نفذ
    عملية طعن")."""
    rest = list(words)
    if rest and rest[0] in CONTROL_PREPOSITIONS and _control_verb(verb):
        rest = rest[1:]
    if rest and normalize_string(rest[0]).removeprefix("ال") in OPERATION_NOUNS:
        rest = rest[1:]
    return not rest


def _plain_words(text: str, start: int, end: int) -> list[str]:
    """The words from ``start`` to ``end`` without comma asides and time words."""
    return [w for w in (word_text(m) for m in VOWELLED_WORD.finditer(without_asides(text[start:end])))
            if w not in TIME_WORDS]


def governed_attack_agent(text: str, actors: list[Group], t_start: int) -> bool:
    """"نفذ مستوطنون هجوما"، "شاب نفذ عملية طعن"، "تمكن مسلحون من تفجير": the participants
    before the attack noun are the subject of a support verb of attacks or of a verb of
    managing to that governs the noun, so they carry it out, whatever their sector."""
    gap = _plain_words(text, actors[-1].end, t_start)
    if gap and not gap[0].startswith(("و", "ف")) and _governing_verb(gap[0]) \
            and _governing_bridge(gap[0], gap[1:]):
        # a verb joined by و/ف goes on with the clause before, not with who precedes it
        # ("أسرت إسرائيل العشرات وكثفت قصفها")
        return True
    # the verb right before its subject, also when a comma aside follows the subject and
    # opens the noun's clause ("شن مستوطنون، فجر اليوم، هجوما")
    start = actors[0].start - len(attached_prefix(text, actors[0].start))
    lead = [m for m in VOWELLED_WORD.finditer(text, max(0, start - VERB_REACH_CHARS - COUNT_REACH_CHARS),
                                              start)
            if word_text(m) not in PROCLITIC_WORDS]
    if lead and word_text(lead[-1]) == PARTITIVE_WORD:
        lead = lead[:-2]    # "نفذ عدد من الشبان"، "تمكن اثنان من المسلحين"
    elif lead and _is_number(word_text(lead[-1])):
        lead = lead[:-1]    # "نفذ 3 مستوطنين"
    return bool(lead) and not has_break(text, lead[-1].end(), start) \
        and _governing_verb(word_text(lead[-1])) and _governing_bridge(word_text(lead[-1]), gap)


def own_forces_governing(text: str, c_start: int, t_start: int) -> bool:
    """"أن مقاتليها تمكنوا من تفجير"، "نفذ عناصره هجوما"، "تمكن مقاتليها من إحراق": a noun of
    forces with its owner's pronoun is the subject of a verb governing the attack noun."""
    words = _plain_words(text, c_start, t_start)
    for k in range(len(words) - 1, -1, -1):
        if OWN_FORCES.match(words[k]) is None:
            continue
        rest = words[k + 1:]
        return bool(rest) and _governing_verb(rest[0]) and _governing_bridge(rest[0], rest[1:]) \
            or k > 0 and _governing_verb(words[k - 1]) and _governing_bridge(words[k - 1], rest)
    return False


CONTROL_SUBJECT_WORDS = 4   # "تمكن مقاتلو الكتيبة فجر اليوم من"


def governed_by_control_verb(text: str, c_start: int, t_start: int) -> bool:
    """"نجحوا في تفجير"، "تمكن المسلحون من إحراق": the preposition before the attack noun is
    that of a verb of managing to a few words back, so the noun is no circumstance."""
    words = _plain_words(text, c_start, t_start)
    if not words or words[-1] not in CONTROL_PREPOSITIONS:
        return False
    reach = words[-CONTROL_SUBJECT_WORDS - 2:-1]
    return any(_control_verb(w) for w in reach)


# Words that open a clause of their own: an attack named before one of them governs
# nothing after it ("ارتكب الجيش مجزرة، فيما قتل جنديان في انفجار").
OWN_CLAUSE_WORDS = _WORDS.own_clause_connectives | COMPLEMENTIZERS
CAMPAIGN_NOUN_KEYS = normalised(CAMPAIGN_NOUNS)
HOW_LINK_WORDS = 14     # "ارتكبت القوات مجزرة جديدة راح ضحيتها ... ونساء، إثر قصف"
# Object pronouns a support verb carries in a relative clause on its attack ("مجزرة ارتكبها")
RELATIVE_OBJECT_PRONOUNS = ("ها", "هما")


def doer_of_governing_attack(text: str, sentence: Sentence, groups: list[Group], c_start: int,
                             t_start: int) -> list[Group]:
    """"ارتكب الجيش مجزرة في المدينة بقصف منزل"، "ارتكبت القوات مجزرة إثر غارة على
    مدرسة"، "مجزرة ارتكبها الجيش جراء قصف": an attack noun after ب or a circumstance word
    tells how an attack named a few words before it (a massacre, an operation) was done,
    so its doer is the subject of the support verb governing that attack."""
    if not (_how_prefix(text, t_start) or _circumstance_noun(text, c_start, t_start)):
        return []
    words = list(VOWELLED_WORD.finditer(text, sentence.start, written_word_start(text, t_start)))
    if words and normalize_string(word_text(words[-1])) in CAMPAIGN_NOUN_KEYS:
        words = words[:-1]      # "إثر سلسلة غارات": the noun's own head governs nothing
    for m in reversed(words[-HOW_LINK_WORDS:]):
        word = normalize_string(word_text(m))
        if without_conjunction(word) in OWN_CLAUSE_WORDS:
            return []
        if _governable_attack_noun(word):
            return subject_of_governing_verb(text, groups, sentence.start, m.start(), m.end())
    return []


def subject_of_governing_verb(text: str, groups: list[Group], s_start: int, n_start: int,
                              n_end: int) -> list[Group]:
    """The subject of the support verb of attacks governing the noun at ``n_start``: after
    the verb ("ارتكب الاحتلال 4 مجازر")، before it ("الجيش ارتكب، أمس، مجزرة") or after it
    in a relative clause on the noun ("مجزرة ارتكبها الجيش"); numbers, time words and
    comma asides may stand between.  [] when no such verb governs the noun."""
    after = _relative_support_subject(text, groups, n_end)
    if after:
        return after
    i = next((k for k in range(len(groups) - 1, -1, -1) if groups[k].end <= n_start), None)
    if i is None or groups[i].start < s_start:
        return []
    chain = _chain_back(text, groups, i)
    gap = [w for w in _plain_words(text, chain[-1].end, n_start) if not _is_number(w)]
    if len(gap) == 1 and not gap[0].startswith(("و", "ف")) and _support_verb_of_attacks(gap[0]):
        return chain    # SVO
    if gap:
        return []
    start = chain[0].start - len(attached_prefix(text, chain[0].start))
    lead = [w for w in _plain_words(text, s_start, start) if w not in PROCLITIC_WORDS]
    return chain if lead and _support_verb_of_attacks(lead[-1]) \
        and not has_break(text, text.rfind(lead[-1], s_start, start), start) else []


def _relative_support_subject(text: str, groups: list[Group], n_end: int) -> list[Group]:
    """"مجزرة ارتكبها الجيش"، "المجزرة التي ارتكبها الاحتلال": the subject of a support verb
    carrying the attack as its object pronoun right after the noun."""
    after = list(VOWELLED_WORD.finditer(text, n_end, min(len(text), n_end + 80)))
    words = [word_text(m) for m in after]
    k = 1 if words[:1] and words[0] in _WORDS.relative_pronouns else 0
    if len(words) <= k or has_break(text, n_end, after[k].start()):
        return []
    verb = normalize_string(words[k])
    pronoun = next((p for p in RELATIVE_OBJECT_PRONOUNS if verb.endswith(p)), None)
    if pronoun is None or not _support_verb_of_attacks(verb[:-len(pronoun)]):
        return []
    i = next((n for n, g in enumerate(groups) if g.start >= after[k].end()), None)
    if i is None or has_break(text, after[k].end(), groups[i].start) \
            or any(w not in TIME_WORDS for w in words_between(text, after[k].end(), groups[i].start)):
        return []
    return chain_from(text, groups, i)


def _support_verb_of_attacks(word: str) -> bool:
    """A support verb of attacks (شن، نفذ، ارتكب ...), also when written with its last
    radical as the verb with a pronoun spells it (ارتكبها → ارتكب)."""
    return normalize_string(word) in light_verb_words("ASSAULT")


def _governable_attack_noun(word: str) -> bool:
    """An attack or massacre noun a support verb takes as object: "مجزرة"، "مجازر"،
    "مجزرتين"، "هجوما"، "عملية" (an operation noun heading the attack counts too)."""
    stem = word.removeprefix("ال")
    for form in (stem, stem[:-1] if stem.endswith("ا") else stem,
                 normalize_string(stem[:-3] + "ة") if stem.endswith(("تين", "تان")) else stem):
        if form in OPERATION_NOUNS:
            return True
    return False


def _how_prefix(text: str, t_start: int) -> bool:
    """The attack noun carries the preposition ب of means ("بقصف"، "باستهداف")."""
    return attached_prefix(text, t_start).lstrip("وف") == "ب"


# Attack nouns a demonym or a من-phrase may follow to name who attacked: "عدوان"، "غارات"،
# "اقتحام"، "سلسلة" (a campaign noun heading them)
DOER_BEARING_NOUNS = OPERATION_NOUNS | normalised(LAM_AGENT_ATTACK_NOUNS)
ATTACK_NOUN_REACH_WORDS = 4     # "استشهد 8 فلسطينيين أمس في العدوان الإسرائيلي"


def _attack_noun_word(word: str) -> bool:
    """An attack noun with its proclitics and article ("العدوان"، "بغارات"، "لقصف")."""
    return _bare_stem(normalize_string(word)) in DOER_BEARING_NOUNS


def _manner_adjective(word: str) -> bool:
    """"المكثف"، "وجوي"، "الجديدة": an adjective of an attack's manner, not of its side."""
    return normalize_string(without_conjunction(word)).removeprefix("ال") in ATTACK_MANNER_ADJECTIVES


def _attack_noun_before(text: str, pos: int) -> re.Match[str] | None:
    """The attack noun ending right before ``pos``, over adjectives of its manner ("قصف
    مدفعي وجوي"، "العدوان ... الجديد"), in the same clause."""
    words = list(VOWELLED_WORD.finditer(text, max(0, pos - 80), pos))
    while words and _manner_adjective(word_text(words[-1])):
        words.pop()
    if not words or has_break(text, words[-1].end(), pos) or not _attack_noun_word(word_text(words[-1])):
        return None
    return words[-1]


def _noun_of_this_attack(text: str, noun: re.Match[str], t_start: int, t_end: int) -> bool:
    """The attack noun is the trigger's own last word, or tells how the trigger's act came
    about, close after it ("استشهد 8 في العدوان"، "أصيب جنديان جراء قصف"، "قتل 3 بغارات")."""
    if written_word_start(text, t_start) <= noun.start() < t_end:
        return True
    if noun.start() < t_end or has_break(text, t_end, noun.start()):
        return False
    lead = words_between(text, t_end, written_word_start(text, noun.start()))
    return len(lead) <= ATTACK_NOUN_REACH_WORDS \
        and (_how_prefix(text, noun.start()) or _circumstance_noun(text, t_end, noun.start()))


def _demonym_of_attack(text: str, g: Group, t_start: int, t_end: int) -> bool:
    """``g`` is a demonym alone qualifying the trigger's attack noun or the attack noun that
    tells how the trigger's act came about ("لقصف إسرائيلي"، "في العدوان الإسرائيلي
    الجديد"، "الغارات الجوية الإسرائيلية"): it names the attacker's side, never the one hit.
    Not a demonym after another noun ("قصف مواقع إسرائيلية": the target's side)."""
    noun = _qualified_attack_noun(text, g)
    return noun is not None and _noun_of_this_attack(text, noun, t_start, t_end)


def _qualified_attack_noun(text: str, g: Group) -> re.Match[str] | None:
    """The attack noun ``g`` qualifies as a demonym adjective, with nothing written on it."""
    if not g.is_demonym_only or _proclitic(text, g):
        return None
    return _attack_noun_before(text, g.start)


def _doer_after_min(text: str, groups: list[Group], t_start: int, t_end: int,
                    c_end: int) -> list[Group]:
    """"قصف مكثف من حزب الله"، "هجمات من المستوطنين"، "لقصف من طائرات مسيرة": who or what
    the attack came from, after من right after the attack noun (over adjectives of its
    manner): an armed body or people who may attack, or an army's weapon.  A state or place
    there is only where it came from ("قصف من لبنان")."""
    noun = _attack_noun_before(text, t_end)
    if noun is None or noun.start() < written_word_start(text, t_start):
        return []   # the trigger is no attack noun
    for i, g in enumerate(groups):
        if g.start < t_end or g.start >= c_end:
            continue
        gap = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
        if has_break(text, t_end, g.start) or gap[-1:] != ["من"] \
                or not all(_manner_adjective(w) for w in gap[:-1]):
            return []
        if g.head.kind in ("country", "capital") or not _agent_like(g):
            return []
        return chain_from(text, groups, i)
    return []


RESULT_PREPOSITIONS = frozenset(_WORDS.result_prepositions)
# "مما أدى"، "والتي أسفرت": what joins a result verb to the clause whose act it follows up
# (a headless ما or a relative on the attack noun)
RESULT_JOINERS = frozenset({"مما", "ما"}) | frozenset(_WORDS.relative_pronouns)


def _result_verb_before(text: str, sentence: Sentence, t_start: int,
                        t_end: int) -> re.Match[str] | None:
    """The result verb the trigger completes: "أسفرتا عن استشهاد"، "مما أدى لتدمير"، "خلفت
    مقتل" (its preposition written apart, on the trigger or left out; a dual ending too)."""
    words = list(VOWELLED_WORD.finditer(text, max(sentence.start, t_start - 60),
                                        written_word_start(text, t_start)))
    if words and word_text(words[-1]) in RESULT_PREPOSITIONS:
        words.pop()
    elif attached_prefix(text, t_start).lstrip("وف") not in RESULT_PREPOSITIONS \
            and not _casualty_noun(text[t_start:t_end]):
        return None     # "أسفر القصف عن ...": the attack is the verb's subject, not its result
    if not words:
        return None
    verb = word_text(words[-1]).lstrip("وف")
    return words[-1] if re.fullmatch(rf"{RESULT_VERBS}ا?", verb) else None


def _genitive_body_after(text: str, groups: list[Group], n_end: int,
                         may_act: Callable[[Group], bool] = _armed_body_or_state) -> list[Group]:
    """"غارات جيش الاحتلال": an army, armed group or state (or what else ``may_act``
    admits) right after an attack noun, with nothing written on it, is the noun's genitive,
    its doer."""
    i = next((k for k, g in enumerate(groups) if g.start >= n_end), None)
    if i is None or words_between(text, n_end, groups[i].start) or _proclitic(text, groups[i]) \
            or has_break(text, n_end, groups[i].start) or not may_act(groups[i]):
        return []
    return chain_from(text, groups, i)


def _doer_of_resulting_attack(text: str, sentence: Sentence, groups: list[Group],
                             t_start: int, t_end: int) -> list[Group]:
    """"ارتكبت القوات مجزرتين في المدينة، أسفرتا عن استشهاد العشرات"، "العدوان الإسرائيلي
    على البلدة، والذي أسفر عن مقتل"، "تعرض الحي لغارات جيش الاحتلال، مما أدى إلى تدمير":
    the trigger completes a result verb whose subject is the attack named last before it (a
    pronoun or a relative on it), so it was done by that attack's doer: the subject of the
    support verb governing it, the demonym on it or its genitive body.  Not across a word
    opening another clause ("، في حين أدى ...")."""
    verb = _result_verb_before(text, sentence, t_start, t_end)
    if verb is None:
        return []
    before = list(VOWELLED_WORD.finditer(text, sentence.start, verb.start()))
    while before and without_conjunction(word_text(before[-1])) in RESULT_JOINERS:
        before.pop()
    for m in reversed(before[-HOW_LINK_WORDS:]):
        word = normalize_string(word_text(m))
        if without_conjunction(word) in OWN_CLAUSE_WORDS:
            return []
        if not (_governable_attack_noun(_bare_stem(word)) or _attack_noun_word(word)):
            continue
        side = [g for g in groups if (noun := _qualified_attack_noun(text, g)) is not None
                and noun.start() == m.start()]
        return subject_of_governing_verb(text, groups, sentence.start, m.start(), m.end()) \
            or side[:1] or _genitive_body_after(text, groups, m.end())
    return []


# "أصيب شاب خلال اقتحام القوات البلدة": the prepositions that set a casualty in a raid, and
# how many words after the trigger such a setting may stand ("استشهد 12 وأصيب العشرات خلال")
RAID_SETTING_WORDS = CIRCUMSTANCE_WORDS | _WORDS.clash_setting_words
RAID_NOUN_KEYS = normalised(_WORDS.raid_nouns)
RAID_SETTING_REACH_WORDS = 10


def _raider_of_setting(text: str, sentence: Sentence, groups: list[Group], t_end: int,
                       args: Arguments) -> list[Group]:
    """"استشهد فلسطيني وأصيب آخرون خلال اقتحام قوات الاحتلال المخيم"، "أصيب شاب أثناء
    اقتحام الجيش البلدة": a death or wound set in a raid whose doer is named as the raid
    noun's genitive (an army, armed group or state) was dealt by the raiders.  Not past a
    punctuation mark or a word opening a clause of its own, and not when the raiders are
    the side of the one hit ("أصيب جندي خلال اقتحام الجيش المدينة": no attacker named).
    Raiders read as the one hit ("وأصيب آخرون خلال اقتحام القوات") are taken out of them."""
    words = list(VOWELLED_WORD.finditer(text, t_end, sentence.end))[:RAID_SETTING_REACH_WORDS]
    for setting, noun in zip(words, words[1:]):
        word = without_conjunction(word_text(setting))
        if word in OWN_CLAUSE_WORDS or has_break(text, t_end, setting.start()):
            return []
        if word not in RAID_SETTING_WORDS or normalize_string(word_text(noun)) not in RAID_NOUN_KEYS \
                or text[setting.end():noun.start()].strip():
            continue
        raiders = _genitive_body_after(text, groups, noun.end(), _raider)
        hit = [r for r in args.recipients if not same_party(r, raiders)]
        if any(g.country == r.country for g in raiders for r in hit if r.country):
            return []
        return raiders
    return []


def _raider(g: Group) -> bool:
    """An army, armed group or state, or people who may attack ("اقتحام المستوطنين القرية")."""
    return _armed_body_or_state(g) or _agent_like(g)


def _joined_verb_first(text: str, form: str, t_start: int, args: Arguments) -> bool:
    """"أعلنت المقاومة أنها قتلت جنودا وقصفت مواقع بغلاف غزة": a joined verb read verb-first;
    the coder gives it the first verb's subject and makes the one read after it its object."""
    return form in ("past", "present") and args.how.startswith("vso") \
        and attached_prefix(text, t_start).startswith(("و", "ف"))


def _without_town_attacker(text: str, args: Arguments) -> Arguments:
    """A town, camp or region read as the only attacker ("قصفت الطائرات منزلا في رفح"،
    "غارة استهدفت دير البلح") is no attacker: it is what was hit when nothing else is, and
    else only where.  Kept after من, where it says where the fire came from ("صواريخ
    أطلقت من شمالي القطاع")."""
    if not args.actors or not all(_town_group(g) for g in args.actors):
        return args
    if any(words_between(text, max(0, g.start - 20), written_word_start(text, g.start))[-1:] == ["من"]
           for g in args.actors):
        return args
    recipients = args.recipients or args.actors
    return Arguments([], recipients, args.how, args.passive)


def with_named_attacker(text: str, sentence: Sentence, groups: list[Group], form: str,
                        t_start: int, t_end: int, speaker: list[Group], args: Arguments) -> Arguments:
    """An attack the readings left without an attacker though its sentence names one (see
    ``_named_attackers``, tried in order): the first found is the actor, and no longer a
    recipient.  A town read as the only attacker is dropped first (``_without_town_attacker``),
    except on a joined verb, whose subject the coder takes from the verb before.  Before
    that, the subject of a verb of responding takes the attack it governs with ب
    (``with_responder``); after it, the armed bodies of a phrase of joint action join the
    actors (``with_co_agents``)."""
    if opens_toll_phrase(text[t_start:t_end]):
        return args     # a toll's attacker is the cause named in its phrase (``with_toll_parties``)
    args = with_responder(text, sentence, groups, t_start, t_end, args)
    args = _without_coordinated_object_demonym(text, t_end, args)
    if not _joined_verb_first(text, form, t_start, args):
        args = _without_town_attacker(text, args)
    if not args.actors:
        args = _first_named_attacker(text, sentence, groups, form, t_start, t_end, speaker, args)
    return with_co_agents(text, sentence, groups, t_start, t_end, speaker, args)


NOMINATIVE_PLURAL_ENDING = "ون"   # "هاجم مستوطنون ومتطرفون إسرائيليون": the subject, not the object


def _without_coordinated_object_demonym(text: str, t_end: int, args: Arguments) -> Arguments:
    """"استهدفت مواقع وتجمعات عسكرية إسرائيلية"، "قصف منازل ومحال تجارية فلسطينية": a
    demonym read as the attacker that closes the object's phrase, with nouns joined by و
    in it, names the side hit, as after one noun (``coercion._without_object_demonym``)."""
    hit = [g for g in demonyms_closing_object(text, t_end, args, coordinated_object_phrase)
           if not unvowelled(text[g.start:g.end]).endswith(NOMINATIVE_PLURAL_ENDING)]
    return with_demonyms_as_recipients(args, hit, args.passive)


def _first_named_attacker(text: str, sentence: Sentence, groups: list[Group], form: str,
                          t_start: int, t_end: int, speaker: list[Group],
                          args: Arguments) -> Arguments:
    rest = [g for g in groups if not (g.start < t_end and t_start < g.end)]
    if args.passive:
        form = "passive"    # a past verb read as its unvowelled passive ("قتل شاب برصاصة")
    for tag, agents in _named_attackers(text, sentence, rest, form, t_start, t_end, speaker, args):
        if agents:
            return Arguments(agents, [g for g in args.recipients if not same_party(g, agents)],
                             f"{args.how}+{tag}", args.passive)
    return args


def _named_attackers(text: str, sentence: Sentence, groups: list[Group], form: str, t_start: int,
                     t_end: int, speaker: list[Group],
                     args: Arguments) -> Iterator[tuple[str, list[Group]]]:
    """The readings of an attacker the sentence names, each with its rule tag:
    - a demonym on the attack noun, or on the attack noun the act came about in ("تعرض
      المنزل لقصف إسرائيلي"، "استشهد 8 في العدوان الإسرائيلي"; read as the one hit before);
    - under تعرض/نجا, the army or state right after the attack noun ("لغارات جيش الاحتلال");
    - the body after من right after the attack noun ("جراء قصف مكثف من حزب الله");
    - the doer of the attack the act resulted from ("مجزرتين ...، أسفرتا عن استشهاد");
    - for a death or wound, the doer of the raid it happened in ("أصيب شاب خلال اقتحام
      القوات البلدة"), else the subject of a relative clause on what caused it ("جراء غاز
      مدمع أطلقه الجيش");
    - the armed speaker showing or announcing its own operation where an earlier reading
      stopped ("بثت الكتائب مشاهد من عملية قنص جندي"); never when it underwent the attack
      ("أعلن الجيش تعرض دورية لإطلاق نار")."""
    clause_end = clause_bounds(text, sentence, t_start)[1]
    yield "attack-demonym", [g for g in groups if t_end <= g.start < clause_end
                             and _demonym_of_attack(text, g, t_start, t_end)][:1]
    undergone = _undergo_frame(text, sentence, t_start) is not None \
        or text[t_start:t_end].lstrip("وف").startswith(VICTIM_FRAMES)
    if undergone:
        yield "genitive-agent", _genitive_body_after(text, groups, t_end)
    yield "from-agent", _doer_after_min(text, groups, t_start, t_end, clause_end)
    # the cause's doer read as hit by its result was misread ("تعرض الحي لغارات الجيش، مما أدى إلى تدمير")
    yield "result-of-attack", _doer_of_resulting_attack(text, sentence, groups, t_start, t_end)
    if form == "passive" or _casualty_noun(text[t_start:t_end]):
        yield "raid-agent", _raider_of_setting(text, sentence, groups, t_end, args)
        yield "cause-relative-agent", _doer_named_in_cause(text, sentence, groups, t_end, args)
    # as the cascade reads the announcer: no outlet or its owner ("إذاعة الجيش") claims what it reports
    speaker = [g for g in speaker if not (_press(g) or _reporting_outlet(text, g, "ASSAULT"))]
    if undergone or form not in ("nouns", "past") or not speaker \
            or any(g in args.recipients for g in speaker):
        return
    if _announced_own_operation(text, groups, speaker, t_start, t_end) \
            and not names_other_doer(text, speaker, t_end, args):
        yield "announced", list(speaker)


# "بالاشتراك مع كتائب X"، "بمشاركة قوات Y": a phrase naming a second doer of the attack
CO_AGENT_LEAD = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.co_agent_leads)}(?!\w)")
# "بثت السرايا مشاهد من قصف مقاتليها موقع X العسكري شرقي ...، بالاشتراك مع": the phrase may
# close a long sentence on the operation
CO_AGENT_REACH_WORDS = 20
# words that answer another act: what follows them is no longer this attack
RETALIATION_STEMS = normalised(_WORDS.retaliation_nouns)
SENTENCE_PARTS = re.compile(r"[;؛:]")


def with_co_agents(text: str, sentence: Sentence, groups: list[Group], t_start: int, t_end: int,
                   speaker: list[Group], args: Arguments) -> Arguments:
    """"قتل جندي في كمين نفذته الكتائب بالاشتراك مع السرايا"، "بثت السرايا مشاهد من قصف
    موقع ...، بالتعاون مع الألوية"، "أعلنت الكتائب، بالاشتراك مع السرايا، تنفيذ العملية": an
    armed body right after a phrase of joint action (``co_agent_leads``) carried the attack
    out beside its doer, so it joins the actors and leaves the recipients.  The phrase follows
    the trigger in its sentence (``_joint_phrase_after``; an armed speaker is the doer of a
    verb with only its object pronoun right before the phrase, "نفذته"), or stands between an
    armed speaker and the trigger, the speaker then being a doer too.  A body of the country of someone hit
    (an ally of the victims) is left out."""
    partners: list[Group] = []
    doers = list(args.actors)
    for lead in CO_AGENT_LEAD.finditer(text, sentence.start, sentence.end):
        partner = _partner_after(text, groups, lead.end())
        if not partner:
            continue
        if lead.start() >= t_end:
            if not _joint_phrase_after(text, t_end, lead.start()):
                continue
            if not doers and _done_by_pronoun_before(text, lead.start()) and _armed_speaker(speaker):
                doers = list(speaker)   # "أكدت الكتائب مقتل جندي في كمين نفذته بالاشتراك مع"
        elif _joint_phrase_of_speaker(text, speaker, lead.start(), partner[-1].end, t_start):
            doers = doers or list(speaker)
        else:
            continue
        partners += [g for g in partner if g not in partners]
    hit = [g for g in args.recipients if g not in partners and not _place_group(g)]
    partners = [g for g in partners if not same_party(g, doers)
                and not any(g.country and g.country == r.country for r in hit)]
    if not partners:
        return args
    return Arguments(doers + partners, [g for g in args.recipients if g not in partners],
                     args.how + "+co-agent", args.passive)


def _partner_after(text: str, groups: list[Group], pos: int) -> list[Group]:
    """The armed body (and those coordinated with it) right after ``pos``, nothing between."""
    i = next((k for k, g in enumerate(groups) if g.start >= pos), None)
    if i is None or text[pos:groups[i].start].strip() or attached_prefix(text, groups[i].start) \
            or groups[i].head.sector not in ARMED_SECTORS:
        return []
    return chain_from(text, groups, i)


def _joint_phrase_after(text: str, t_end: int, lead_start: int) -> bool:
    """The phrase of joint action at ``lead_start`` still belongs to the trigger's act: at
    most ``CO_AGENT_REACH_WORDS`` words after it, with no word opening a clause of its own
    (في حين، إن ...), no act answered (ردا، انتقاما) and no semicolon or colon between."""
    words = [without_conjunction(w) for w in words_between(text, t_end, lead_start)]
    return len(words) <= CO_AGENT_REACH_WORDS \
        and not SENTENCE_PARTS.search(text, t_end, lead_start) \
        and not any(w in OWN_CLAUSE_WORDS or normalize_string(w) in RESPONSE_VERBS
                    or normalize_string(w).removesuffix("ا") in RETALIATION_STEMS for w in words)


def _done_by_pronoun_before(text: str, lead_start: int) -> bool:
    """A verb of doing the attack with its object pronoun and no subject written stands right
    before the phrase ("نفذته بالاشتراك مع"): its subject is the one speaking."""
    before = list(VOWELLED_WORD.finditer(text, max(0, lead_start - 20), lead_start))[-1:]
    return bool(before) and not text[before[0].end():lead_start].strip() \
        and UNMARKED_RELATIVE_VERB.match(word_text(before[0])) is not None


def _armed_speaker(speaker: list[Group]) -> bool:
    return bool(speaker) and speaker[0].head.sector in ARMED_SECTORS


def _joint_phrase_of_speaker(text: str, speaker: list[Group], lead_start: int, partner_end: int,
                             t_start: int) -> bool:
    """"أعلنت الكتائب، بالاشتراك مع السرايا، تنفيذ العملية": the phrase right after an armed
    speaker (a comma between at most), the trigger a few words after the partner."""
    if not _armed_speaker(speaker) or not speaker[-1].end <= lead_start or partner_end > t_start:
        return False
    after = words_between(text, partner_end, t_start)
    return text[speaker[-1].end:lead_start].strip(" ،,") == "" \
        and len(after) <= ANNOUNCED_GAP_WORDS \
        and not any(w.lstrip("وف") in COMPLEMENTIZERS for w in after)


RESPONSE_VERBS = normalised(_WORDS.response_verbs)
LAUNCH_KEYS = normalised(_WORDS.launch_words)
INSTRUMENT_TARGET_KEYS = normalised(_WORDS.instrument_target_nouns)
# "ردت الدولة على هجوم الجماعة ليلة أمس في العاصمة بقصف": from the verb of responding to the
# attack it governs with ب
RESPONSE_REACH_WORDS = 10
MEANS_LEAD_WORDS = 3        # "رد الحزب بإطلاق مزيد من الصواريخ": the launch noun before the trigger
ANSWERED_LEAD_WORDS = 2     # "ردت الدولة على إطلاق الصواريخ": على before the act answered


def with_responder(text: str, sentence: Sentence, groups: list[Group], t_start: int, t_end: int,
                   args: Arguments) -> Arguments:
    """"ردت إسرائيل بقصف ميناء الحديدة"، "رد الحزب على الاغتيال باستهداف قاعدة"، "رد حزب الله
    بإطلاق صواريخ": the attack written with ب under a verb of responding (``response_verbs``)
    is done by the verb's subject, which replaces whatever was read as its doer.  The act
    after على in "ردت إسرائيل على الهجوم بقصف" is the earlier one answered: the responder is
    not its doer."""
    means = _means_word(text, sentence, t_start, t_end)
    responder = _responder_before(text, sentence, groups, means) if means is not None else []
    if responder:
        return Arguments(responder, [g for g in args.recipients if not same_party(g, responder)],
                         args.how + "+responder", args.passive)
    answering = _responder_of_answered(text, sentence, groups, t_start)
    if not any(g in answering for g in args.actors):
        return args
    return Arguments([g for g in args.actors if g not in answering],
                     [g for g in args.recipients if g not in answering],
                     args.how + "+answered", args.passive)


def _means_noun(word: str) -> bool:
    """An attack or launch noun written with ب ("بقصف"، "باستهداف"، "بإطلاق")."""
    word = normalize_string(without_conjunction(word))
    return word.startswith("ب") and (_attack_noun_word(word)
                                     or word[1:] in LAUNCH_KEYS or word[1:] in INSTRUMENT_TARGET_KEYS)


def _means_word(text: str, sentence: Sentence, t_start: int, t_end: int) -> re.Match[str] | None:
    """The ب-noun of means that holds the trigger, or stands at most ``MEANS_LEAD_WORDS``
    words before it in its clause ("بإطلاق مزيد من الصواريخ")."""
    own = VOWELLED_WORD.match(text, written_word_start(text, t_start))
    if own is not None and _means_noun(word_text(own)):
        return own
    before = list(VOWELLED_WORD.finditer(text, max(sentence.start, t_start - 60),
                                         written_word_start(text, t_start)))[-MEANS_LEAD_WORDS:]
    for m in reversed(before):
        if has_break(text, m.end(), t_start):
            return None
        if _means_noun(word_text(m)):
            return m
    return None


def _responder_before(text: str, sentence: Sentence, groups: list[Group],
                      means: re.Match[str]) -> list[Group]:
    """The subject of a verb of responding a few words before the ب-noun ``means``, in its
    clause (short asides aside): after the verb ("ردت إسرائيل على ... بقصف") or right
    before it ("إسرائيل ترد بقصف"); an army, armed group, state or people who may attack."""
    words = list(VOWELLED_WORD.finditer(text, sentence.start, means.start()))[-RESPONSE_REACH_WORDS:]
    for m in reversed(words):
        word = without_conjunction(normalize_string(word_text(m)))
        if word in OWN_CLAUSE_WORDS \
                or CLAUSE_BREAK.search(without_asides(text[m.end():means.start()])) is not None:
            return []
        if word not in RESPONSE_VERBS:
            continue
        subject = _subject_of_response(text, groups, m)
        return subject if subject and _raider(subject[0]) else []
    return []


def _subject_of_response(text: str, groups: list[Group], verb: re.Match[str]) -> list[Group]:
    """The group right after the verb (time words between at most), else right before it."""
    i = next((k for k, g in enumerate(groups) if g.start >= verb.end()), None)
    if i is not None and not attached_prefix(text, groups[i].start) \
            and all(w in TIME_WORDS for w in words_between(text, verb.end(), groups[i].start)) \
            and not has_break(text, verb.end(), groups[i].start):
        return chain_from(text, groups, i)
    start = written_word_start(text, verb.start())
    j = next((k for k in range(len(groups) - 1, -1, -1) if groups[k].end <= start), None)
    if j is None or text[groups[j].end:start].strip() \
            or attached_prefix(text, groups[j].start) not in ("", "و", "ف"):
        return []
    return _chain_back(text, groups, j)


def _responder_of_answered(text: str, sentence: Sentence, groups: list[Group],
                           t_start: int) -> list[Group]:
    """"ردت إسرائيل على الهجوم"، "رد الحزب على اغتيال القيادي": the subject of a verb of
    responding right before على, the trigger at most ``ANSWERED_LEAD_WORDS`` words after
    it."""
    start = written_word_start(text, t_start)
    lead = list(VOWELLED_WORD.finditer(text, max(sentence.start, start - 80), start))
    for k in range(len(lead) - 1, max(-1, len(lead) - 2 - ANSWERED_LEAD_WORDS), -1):
        if has_break(text, lead[k].end(), start):
            return []
        if word_text(lead[k]) != "على":
            continue
        j = next((n for n in range(len(groups) - 1, -1, -1) if groups[n].end <= lead[k].start()), None)
        if j is None or words_between(text, groups[j].end, lead[k].start()):
            return []
        chain = _chain_back(text, groups, j)
        verb = list(VOWELLED_WORD.finditer(text, max(sentence.start, chain[0].start - 20),
                                           written_word_start(text, chain[0].start)))[-1:]
        if verb and without_conjunction(normalize_string(word_text(verb[0]))) in RESPONSE_VERBS:
            return chain
        return []
    return []


# "استشهد 7 وأصيب آخرون في البلدة أثناء عملية عسكرية موسعة شنها الجيش": from the
# trigger to the verb of a relative clause on what caused the death or wound
CAUSE_RELATIVE_REACH_WORDS = 14
# "، اليوم الجمعة،": a short aside between commas (as ``without_asides`` reads one)
SHORT_ASIDE = re.compile(rf"[،,]\s*(?:{VOWELLED_WORD.pattern}\s*){{1,3}}[،,]")
# a comma before one of them goes on with the same fact ("قتل 3، في عملية نفذها ...")
CAUSE_GOING_ON_WORDS = CIRCUMSTANCE_WORDS | LOCATIVE_WORDS


def _doer_named_in_cause(text: str, sentence: Sentence, groups: list[Group], t_end: int,
                         args: Arguments) -> list[Group]:
    """"أصيب العشرات بالاختناق جراء غاز مدمع أطلقه الجيش"، "استشهد 7 خلال العملية العسكرية
    التي أطلقها الجيش"، "قتل 3، في عملية نفذها مسلح": a death or wound with no attacker,
    followed in its stretch (``_cause_stretch``) by a verb that resumes the weapon or
    operation as its object (``relative_agent_verbs``, ``thrown_weapon_verbs``, with or
    without a relative pronoun): its subject dealt the blow.  Not a subject of the country
    of one hit (a soldier killed in his own army's operation), nor one no attack is told of
    (a place, people acted upon)."""
    for w in _cause_stretch(text, sentence, t_end):
        word = word_text(w)
        if without_conjunction(word) in OWN_CLAUSE_WORDS:
            return []
        if not UNMARKED_RELATIVE_VERB.match(word):
            continue
        i = _first_after(text, groups, w.end(), sentence.end, SUBJECT_GAP_WORDS)
        if i is None or _governed(text, groups[i], w.end()) or has_break(text, w.end(), groups[i].start) \
                or _locative(words_between(text, w.end(), groups[i].start)):
            return []
        doers = chain_from(text, groups, i)
        hit = [r for r in args.recipients if not same_party(r, doers)]
        if not _raider(doers[0]) or any(g.country and g.country == r.country for g in doers for r in hit):
            return []
        return doers
    return []


def _cause_stretch(text: str, sentence: Sentence, t_end: int) -> list[re.Match[str]]:
    """The words after the trigger that may still tell its cause: at most
    ``CAUSE_RELATIVE_REACH_WORDS``, words in short comma asides left out, up to a
    punctuation mark other than a comma before a word of circumstance or place."""
    asides = [m.span() for m in SHORT_ASIDE.finditer(text, t_end, sentence.end)]
    words: list[re.Match[str]] = []
    pos = t_end
    for w in VOWELLED_WORD.finditer(text, t_end, sentence.end):
        if any(a <= w.start() < b for a, b in asides):
            continue
        gap = text[pos:w.start()]
        if not any(a < w.start() and pos < b for a, b in asides) and CLAUSE_BREAK.search(gap) \
                and not (gap.strip() in ("،", ",") and without_conjunction(word_text(w)) in CAUSE_GOING_ON_WORDS):
            break
        words.append(w)
        pos = w.end()
        if len(words) > CAUSE_RELATIVE_REACH_WORDS:
            break
    return words
