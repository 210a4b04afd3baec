"""Arguments of a verbal noun trigger: its genitive, adjective and marked agent, its target."""
from __future__ import annotations

import re

from ...records import PLOVER_QUADS, Sentence
from ...text.normalize import normalize_string
from ...words import alternation, function_words, normalised, without_conjunction
from ..counts import opens_toll_phrase, toll_cause_end, toll_reaches_figure
from ..lexicon import TriggerSense
from ..structure import (
    STATE_KINDS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    group_gender,
    has_break,
    word_text,
    words_between,
)
from .attacks import (
    _agent_of_pronoun,
    _attack_noun_stem,
    _bare_stem,
    _state_forces_before,
    doer_of_governing_attack,
    governed_attack_agent,
    governed_by_control_verb,
    own_forces_governing,
    with_ambush_setter,
)
from .clauses import _counted_right_after, _support_subject, _support_verb_subject
from .coercion import (
    _after_impersonal_passive,
    _circumstance_coercer,
    _raided_object_after,
    _raider_before_place,
)
from .demands import _inside_demanded_action, _patient_genitive
from .meetings import _met_party
from .nearby import (
    _agent_after_marker,
    _aside_start,
    _first_after,
    _governed,
    _prepositional_target,
    _subject_before,
    _word_after,
    stands_as_subject,
)
from .parties import (
    _acted_on_only,
    _attacking_civilians,
    _coercing_civilians,
    _moved_place,
    _possessor,
    _press,
    _report_word,
    _town_group,
)
from .relatives import (
    UNMARKED_RELATIVE_VERB,
    _relative_agent,
    _relative_own_forces,
    _unmarked_relative_agent,
)
from .result import Arguments
from .vocabulary import (
    ACTED_UPON_TYPES,
    AGENTIVE_MARKERS,
    ARMED_SECTORS,
    ATTACK_NOUNS,
    CIRCUMSTANCE_WORDS,
    COMPLEMENTIZERS,
    CONTENT_TYPES,
    INSTRUMENT_NOUNS,
    LIGHT_VERBS,
    NOUN_SUBJECT_WORDS,
    OTHER_PREPOSITIONS,
    PARTIES_MARKER,
    PARTITIVE_WORD,
    PLACE_KINDS,
    POSSESSIVE_SUFFIXES,
    PROCLITIC_WORDS,
    SUBJECT_GAP_WORDS,
    SUPPORT_NOUN_STEMS,
    TARGET_PREPOSITIONS,
    TARGET_WORDS,
    TIME_LAM_WORDS,
    TIME_WORDS,
    VERB_PARTICLES,
    VICTIM_SECTORS,
)
from .word_shapes import (
    _casualty_noun,
    _circumstance_noun,
    _construct_head,
    _definite,
    _is_number,
    _locative,
    _plural_noun,
    _possessed,
    _proclitic,
    _segment_start,
    agrees_with_object_pronoun,
    fired_by_owner,
    object_pronoun_person,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()
# two-sided fighting: whoever the clause before names may be either side
CLASH_WORDS = _WORDS.clash_words

COUNT_REACH_CHARS = 40        # enough characters before a participant for its number word

RELEASE_MODE = "release"     # الإفراج عن، إطلاق سراح: set free, the object marker in the trigger

COPULAR_VERBS = _WORDS.copular_verbs
COPULA_GAP_WORDS = 3      # "المستشفيات الثلاثة ظلت محاصرة"
PARTICIPLE_PREFIX = "م"   # محاصر، مستهدف: the shape of a participle

# Types whose verbal noun's genitive or condemned act names the one acted against (the
# accused), not the agent.
ACCUSED_AFTER_NOUN_TYPES = frozenset({"ACCUSE"})
# statements against or to a party: a ل-party after their noun is addressed, not the speaker
ADDRESSED_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# "استهداف دبابة"، "تدمير آليات": a ground vehicle after a targeting noun is hit
VEHICLE_TARGET_NOUNS = _WORDS.vehicle_target_nouns
GROUND_VEHICLE_WORDS = _WORDS.ground_vehicle_words
INDIVIDUAL_PATIENT_NOUNS = _WORDS.individual_patient_nouns
# "، متوعدةً الجيش بالرد": the participant after the participle is the one threatened
THREAT_PARTICIPLES = normalised(_WORDS.threat_participles)
THREAT_TYPES = frozenset({"THREATEN"})
# "مقاطعة إسرائيل"، "حظر الوكالة": the genitive of a boycott or ban noun is its target
TARGET_GENITIVE_SANCTION_NOUNS = _WORDS.target_genitive_sanction_nouns
SANCTION_TYPES = frozenset({"SANCTION"})
# "جدد المحتجون دعم المقاومة": the genitive of a support noun is the one supported
TARGET_GENITIVE_SUPPORT_NOUNS = normalised(_WORDS.target_genitive_support_nouns)
PLEDGE_WORDS = normalised(_WORDS.pledge_words)
PLEDGE_REACH_WORDS = 3     # "تعهدت الحكومة الجديدة بدعم": the pledge, its subject between
SUPPORT_TYPES = frozenset({"SUPPORT"})
# "دعم نضال الشعب": what a supported party strives for, the party its genitive
SUPPORTED_CAUSE_NOUNS = normalised(_WORDS.supported_cause_nouns)
SOLIDARITY_NOUN = normalize_string("تضامن")
# Mention kinds that name people rather than a body: a soldier, an officer, a named person.
PEOPLE_KINDS = frozenset({"agent", "person"})
# buildings and premises, normalised ("منزل"، "مدرسة"): what a raid or strike hits in a town
BUILDING_NOUNS = normalised(_WORDS.acted_on_building_nouns)
LAM_PRONOUN = re.compile(r"^ل(?:ه|ها|هم|هما|هن|ي|نا|ك|كم)$")
# "وواصلت استهداف المواقع"، "مواصلتها قصف المستوطنات": the attack noun's genitive is its target
TRANSITIVE_CONTINUING_VERBS = _WORDS.transitive_continuing_verbs
CONTINUING_VERBAL_NOUNS = _WORDS.continuing_verbal_nouns
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
INSTRUMENT_TARGET_NOUNS = normalised(_WORDS.instrument_target_nouns)
# the endings of a nisba adjective (مدفعي، صاروخية، جويا): such a word describes the attack
ADJECTIVE_ENDINGS = ("ي", "ية", "يا")

# Verbs that carry an action noun governed by ب as their object ("دفعت الوزارة بتعزيزات"،
# "قامت القوة بمداهمة"، "أمرت بانسحاب"): their subject is the noun's agent.
BI_SUPPORT_VERBS = re.compile(rf"^(?:و|ف)?{alternation(_WORDS.bi_support_verbs)}$")


def _possessed_support_noun_before(text: str, c_start: int, t_start: int) -> bool:
    """"أعلنت الحركة إطلاقها رشقة صاروخية"، "أكد الجيش تنفيذه غارات": a verbal noun with a
    possessive pronoun carries the trigger as its object."""
    lead = words_between(text, c_start, t_start)
    if not lead:
        return False
    word = lead[-1].lstrip("و")
    return any(word.endswith(suffix) and word[:-len(suffix)] in SUPPORT_NOUN_STEMS
               for suffix in POSSESSIVE_SUFFIXES)


def toll_dead(text: str, groups: list[Group], t_start: int, t_end: int) -> list[Group]:
    """"حصيلة الشهداء"، "عدد الجنود القتلى": the people a toll phrase names inside its
    trigger, the dead it counts (the trigger's own words are read as no participant else).
    A casualty word right after a person noun describes it ("الجنود القتلى")."""
    named = [g for g in groups if t_start < g.start < t_end and g.head.kind == "agent"]
    return [g for i, g in enumerate(named)
            if i == 0 or text[named[i - 1].end:g.start].strip() or attached_prefix(text, g.start)]


def with_toll_parties(text: str, sentence: Sentence, groups: list[Group], dead: list[Group],
                      t_end: int, args: Arguments) -> Arguments:
    """A toll ("حصيلة الشهداء"، "عدد ضحايا حرب الإبادة الإسرائيلية"): its ``dead`` are its
    recipients when no other people are and it tells its figure (their country comes from
    the toll's place later, as for any victims named without one); the party named right
    after the war or attack it counts the dead of is its attacker.  The dead are never the
    attacker."""
    actors = [g for g in args.actors if g not in dead and not _counted_dead(g, sentence, t_end)]
    if not actors:
        actors = _toll_attacker(text, groups, t_end, sentence.end)
    recipients = [g for g in args.recipients if g not in actors]
    if dead and all(g.head.kind in PLACE_KINDS for g in recipients) \
            and toll_reaches_figure(text, t_end, sentence.end):
        recipients = dead + recipients
    how = args.how + ("+toll-attacker" if actors and not args.actors else "") \
        + ("+toll-dead" if any(g in dead for g in recipients) else "")
    return Arguments(actors, recipients, how)


def _counted_dead(g: Group, sentence: Sentence, t_end: int) -> bool:
    """"ارتفعت حصيلة ضحايا العملية التي نفذها إلى 7 شهداء": the people the toll's number
    counts, after the phrase, are its dead, not who killed them."""
    return g.start >= t_end and g.head.kind == "agent" and g.head.sector in VICTIM_SECTORS


def _toll_attacker(text: str, groups: list[Group], t_end: int, limit: int) -> list[Group]:
    """"حصيلة ضحايا حرب الإبادة الإسرائيلية"، "عدد الشهداء جراء عدوان الاحتلال"، "عدد ضحايا
    الاقتحامات المتكررة للقوات الإسرائيلية": the party right after the war or attack the
    toll counts (over one adjective, with an agent's ل) is who killed them.  A place after
    it (على غزة) is where."""
    cause_end = toll_cause_end(text, t_end, limit)
    if cause_end is None:
        return []
    # one more word: a proclitic ل read apart from its participant
    i = _first_after(text, groups, cause_end, limit, TOLL_CAUSE_ADJECTIVES + 1)
    if i is None:
        return []
    g = groups[i]
    between = words_between(text, cause_end, g.start - len(attached_prefix(text, g.start)))
    if len(between) > TOLL_CAUSE_ADJECTIVES or not all(w.startswith("ال") for w in between) \
            or _proclitic(text, g).lstrip("و") not in ("", "ل") \
            or g.head.kind in PLACE_KINDS or g.head.sector in VICTIM_SECTORS:
        return []
    return chain_from(text, groups, i)


# Withdrawal and support are done by a body or a person, never by a town or region.
TOWNLESS_AGENT_TYPES = frozenset({"RETREAT", "SUPPORT"})
# "ودعم غزة": a town right after a noun of support is who is supported
TOWN_RECEIVING_TYPES = frozenset({"SUPPORT"})


def _noun_arguments(text, sentence, groups, sense, t_start, t_end, c_start, c_end,
                    speaker: list[Group]) -> Arguments:
    args = _noun_readings(text, sentence, groups, sense, t_start, t_end, c_start, c_end, speaker)
    if sense.event in TOWNLESS_AGENT_TYPES:
        return _without_town_agents(text, sense, t_end, args)
    return args


def _without_town_agents(text: str, sense: TriggerSense, t_end: int, args: Arguments) -> Arguments:
    """"قبل انسحابها من المنطقة" read with a region before it, "ودعم غزة": a town, camp or
    region is no agent of a withdrawal or a support; right after a noun of support it is
    the one supported, else it is left to the location."""
    towns = [g for g in args.actors if _town_group(g)]
    if not towns:
        return args
    received = [g for g in towns if sense.event in TOWN_RECEIVING_TYPES and g.start >= t_end
                and not words_between(text, t_end, g.start) and g not in args.recipients]
    return Arguments([g for g in args.actors if g not in towns], received + args.recipients,
                     args.how + "+town-agent", args.passive)


def _noun_readings(text, sentence, groups, sense, t_start, t_end, c_start, c_end,
                   speaker: list[Group]) -> Arguments:
    actors: list[Group] = []
    recipients: list[Group] = []
    how = "noun"
    nxt = _first_after(text, groups, t_end, sentence.end, 1)
    if nxt is not None and _locative(words_between(text, t_end, groups[nxt].start)):
        nxt = None
    cooperative = PLOVER_QUADS[sense.event] in (1, 2)
    if nxt is not None and sense.event in CONTENT_TYPES \
            and _inside_demanded_action(text, groups[nxt], t_start, t_end):
        # "ضرورة انسحاب القوات"، "المطالبة بطرد السفراء": the participant belongs to the
        # action demanded, so it is who the demand concerns; the demander stands before.
        # What the action is done to ("ضرورة حماية المدنيين") is not asked anything.
        content = _acted_on_only(groups[nxt]) \
            and _patient_genitive(text, groups[nxt], _word_after(text, t_end))
        recipients = [] if content else chain_from(text, groups, nxt)
        nxt = None
        how = "noun+content" if content else "noun+demanded"
    if nxt is not None and _release_noun(sense):
        # "الإفراج عن المعتقلين"، "إطلاق سراح الأسرى": the noun carries its object marker, so
        # the participant after it is the one set free; the releaser stands before
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+released"
    if nxt is not None and sense.event in THREAT_TYPES \
            and _threatened_after_participle(text, groups[nxt], t_start, t_end):
        # "، متوعدةً الجيش برد قاس": the one threatened; who threatens is the
        # subject of the clause the participle comments on, or the speaker
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+threatened"
    if nxt is not None and sense.event in SANCTION_TYPES \
            and _sanction_target_genitive(text, groups, groups[nxt], t_start, t_end):
        # "مقاطعة إسرائيل"، "بحظر المنظمة الدولية": what is boycotted or banned; who
        # boycotts stands before the noun or is left unnamed
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+sanctioned"
    if nxt is not None and sense.event in SUPPORT_TYPES \
            and _supported_genitive(text, groups, groups[nxt], t_start, t_end, c_start):
        # "جدد المحتجون دعم المقاومة": who is supported; the supporter is the subject of
        # the verb carrying the noun, or left unnamed
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+supported"
    if nxt is not None and (_supported_over_cause(text, groups[nxt], t_start, t_end)
                            or _after_support_purpose(text, groups[nxt], t_end)):
        # "أعلن الاتحاد دعم نضال الشعب"، "وقفة لنصرة أهل غزة": the party is what the support
        # is for, never its doer; the one supported of a support noun, else no party here
        recipients = chain_from(text, groups, nxt) if sense.event in SUPPORT_TYPES else []
        nxt = None
        how = "noun+support-purpose"
    if nxt is not None and words_between(text, t_end, groups[nxt].start)[-1:] == [PARTIES_MARKER]:
        # "وساطة بين إسرائيل وحماس": the parties are the recipients, the mediator the subject
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+between"
    if nxt is not None and sense.event in MEETING_TYPES and _met_party(text, groups[nxt], t_end):
        # "الاجتماع بممثلي الفصائل"، "اتصالات بوزراء الخارجية": whom the meeting noun's ب
        # names are met; the one meeting is the support verb's subject or the speaker
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+met"
    if sense.event in ACTED_UPON_TYPES and _possessed(text, t_start, t_end) \
            and (_direct_object(text, groups, nxt, t_end)
                 or words_between(text, t_end, sentence.end)[:1] in TARGET_WORDS):
        # "خلال اقتحامه مدينة جنين"، "واعتداءاتها على المسجد": an attack noun with a pronoun
        # and an object or target after it; the pronoun is its agent, named before
        recipients = chain_from(text, groups, nxt) if nxt is not None else \
            _prepositional_target(text, groups, t_end, sentence.end)
        # after a support verb ("يواصل المستوطنون اعتداءاتهم") its subject is the possessor
        support_subject = _subject_before(text, groups, t_start, c_start, 6,
                                          over_prepositions=True) \
            if sense.id.endswith("+support") else []
        actors = support_subject or _possessor(groups, sentence, t_start)
        return Arguments(actors, [g for g in recipients if g not in actors], "noun+possessor-agent")
    possessed = _possessed(text, t_start, t_end) and sense.event not in ACTED_UPON_TYPES
    if nxt is not None and (possessed or words_between(text, t_end, groups[nxt].start)[-1:]
                            and _governed(text, groups[nxt], t_end)):
        # "شكوى ضد وزارة"، "خلال لقائه نظيره": the group is the other party
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+possessed" if possessed else "noun+target"
    if nxt is not None and sense.event in ACCUSED_AFTER_NOUN_TYPES \
            and _accused_after_noun(text, groups, groups[nxt], t_start, t_end):
        # "التنديد بالجرائم الإسرائيلية"، "تحميل الاحتلال المسؤولية": who the noun blames
        # stands after it; the accuser is the subject before it or the speaker
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+accused"
    if nxt is not None and _adjective_of_genitive(text, groups[nxt], t_start, t_end):
        # "رفض الوجود الإسرائيلي": the demonym qualifies the noun's object, so it names the
        # recipient's country; the agent is the subject of the support verb before the noun
        recipients = chain_from(text, groups, nxt)
        nxt = None
        how = "noun+object-adjective"
    if nxt is not None and not actors and _after_unmarked_relative_verb(text, groups[nxt], t_end):
        # "عملية طعن نفذها شاب": the group is the subject of a relative clause on the noun,
        # its agent, not its object; a target may follow it ("غارات شنها الطيران على ...")
        actors = _unmarked_relative_agent(text, groups, t_end, c_end)
        if actors:
            how += "+unmarked-relative-agent"
        nxt = None
    if nxt is not None:
        prefix = _proclitic(text, groups[nxt])
        if prefix.endswith(("ل", "لل")) and (cooperative or sense.event in ADDRESSED_TYPES):
            # "زيارة للصين"، "نداء للمجتمع الدولي"، "انتقادات للحكومة"، "رافضة للاحتلال": the
            # party after ل is whom a statement addresses or targets, not its author
            recipients = chain_from(text, groups, nxt)
            how = "noun+li-recipient"
        elif _counted_object_after_noun(text, groups[nxt], t_end, sense):
            recipients = chain_from(text, groups, nxt)
            how = "noun+counted-object"
        elif _is_object_genitive(text, groups, groups[nxt], t_start, sense):
            recipients = chain_from(text, groups, nxt)
            how = "noun+object"
        elif sense.event in ACTED_UPON_TYPES \
                and _indefinite_object(text, groups, groups[nxt], t_start, t_end):
            # "استهداف دورية إسرائيلية"، "استهداف قوة إسرائيلية": an indefinite genitive (or
            # the demonym of one) is the target
            recipients = chain_from(text, groups, nxt)
            how = "noun+indefinite-object"
        elif sense.event in ACTED_UPON_TYPES \
                and _genitive_right_after(text, groups[nxt], t_end) \
                and (_after_transitive_continuing_word(text, c_start, t_start)
                     or _target_before_instrument(text, groups[nxt], t_start, t_end)):
            # "وواصلت استهداف الجيش"، "استهداف المدينة بطائرة مسيرة": the genitive is
            # what the attack hits; the agent is the carried subject or the speaker
            recipients = chain_from(text, groups, nxt)
            how = "noun+genitive-target"
        elif not prefix.endswith(("ب",)) or not cooperative:
            actors = chain_from(text, groups, nxt)
            how = "noun+agent"
    start_after = actors[-1].end if actors else t_end
    if not recipients:
        recipients = _prepositional_target(text, groups, start_after, sentence.end)
    if not recipients and how == "noun+agent" and sense.event in ACTED_UPON_TYPES:
        recipients = _object_after_genitive_agent(text, groups, actors[-1])
        how += "+object-after-agent" if recipients else ""
    # "ونددت الأمم المتحدة بتهجير ...": a noun governed by a preposition is the object of
    # another predicate, whose subject is not the noun's agent
    if not actors and possessed:
        # "أنهت القوات انسحابها": the possessor is the subject of the verb before the noun,
        # else the speaker, unless the speaker is the party after the noun ("أعلن الحزب
        # تأييده للمرشح" with الحزب no recognised group): that one is never the possessor
        before = [g for g in _subject_before(text, groups, t_start, c_start, NOUN_SUBJECT_WORDS)
                  if g not in recipients]
        actors = before or [g for g in speaker if g not in recipients]
        recipients = [g for g in recipients if g not in actors]
        if sense.event in STATEMENT_TYPES:
            actors = _agreeing_possessor(text, sentence, groups, t_start, t_end, c_start, actors,
                                         spoken=not before)
            charged = [g for g in actors if g not in speaker
                       and not _complementizer_between(text, g.end, t_start)]
            if charged and _charged_possessor(text, sense, t_end, sentence.end):
                # "بعد اتهامه بالتحريض"، "وتحميلها المسؤولية": the pronoun is the one
                # charged; who charges is not named on the noun
                return Arguments([], charged, how + "+charged-possessor")
    if not actors:
        actors = [g for g in _relative_agent(text, groups, t_end, c_end) if g not in recipients]
        if actors:
            how += "+relative-agent"
    if not actors:
        actors = [g for g in _unmarked_relative_agent(text, groups, t_end, c_end) if g not in recipients]
        if actors:
            how += "+unmarked-relative-agent"
    if not actors and _relative_own_forces(text, t_end, c_end):
        actors = [g for g in _agent_of_pronoun(groups, sentence, t_start) if g not in recipients]
        if actors:
            how += "+relative-own-forces"
    if not actors and _possessed_support_noun_before(text, c_start, t_start):
        # the pronoun names the subject before the verbal noun, else the speaker
        actors = [g for g in _subject_before(text, groups, t_start, c_start, NOUN_SUBJECT_WORDS)
                  if g not in recipients] or [g for g in speaker if g not in recipients]
        if actors:
            how += "+possessed-support"
    if not actors and sense.event == "ASSAULT":
        actors = [g for g in doer_of_governing_attack(text, sentence, groups, c_start, t_start)
                  if g not in recipients]
        how += "+governing-attack-doer" if actors else ""
    if sense.event in ACTED_UPON_TYPES and _circumstance_noun(text, c_start, t_start) \
            and not (sense.event == "ASSAULT" and governed_by_control_verb(text, c_start, t_start)):
        # "جرح الوزير في تفجير"، "مقتل جندي إثر انفجار": the participant before the noun
        # is who the attack hit
        victims = [g for g in _subject_before(text, groups, t_start, c_start, NOUN_SUBJECT_WORDS)
                   or _victims_before_comma(text, sentence, groups, sense, c_start, t_start, t_end)
                   if g not in actors and g not in recipients]
        if sense.event == "COERCE" and not actors:
            actors = [g for g in _circumstance_coercer(text, sentence, groups, sense, t_start,
                                                       t_end, victims) if g not in recipients]
            if not actors and not _agent_marker_after(text, t_end, c_end):
                actors = [g for g in _state_forces_before(groups, sentence, t_start)
                          if g not in recipients]
                how += "+forces-before" if actors else ""
            victims = [g for g in victims if g not in actors]
        if _raided_object_after(text, groups, actors, sense, t_start, t_end, c_end):
            victims = []
        if recipients:
            # besides a target of its own ("هجوم على دورية"), only victims named with their
            # own country: unnamed ones ("جنديان") may belong to the target
            victims = [g for g in victims if g.country]
        args = _with_marked_agent(text, groups, t_end, c_end,
                                  Arguments(actors, recipients + victims, how + "+circumstance"))
        return with_ambush_setter(text, sentence, groups, t_start, t_end, c_start, args)
    # "أعلنت الوزارة استشهاد ..."، "أكدت الكتائب مقتل ..."، "أعلنت الوزارة ارتفاع عدد
    # الشهداء": who reports a death or a toll may be either side, so the subject before a
    # casualty noun or a toll phrase is not taken as its agent
    if not actors and not _casualty_noun(text[t_start:t_end]) \
            and not opens_toll_phrase(text[t_start:t_end]) \
            and (not _preposition_prefix(text, t_start)
                 or _light_verb_before(text, c_start, t_start, groups)):
        if sense.event == "ASSAULT" and own_forces_governing(text, c_start, t_start):
            # "أعلنت الكتائب أن مقاتليها تمكنوا من تفجير ...": the forces' owner
            actors = [g for g in _agent_of_pronoun(groups, sentence, t_start)
                      if g not in recipients]
            how += "+own-forces-governing" if actors else ""
        if not actors:
            actors = [g for g in _subject_before(text, groups, t_start, c_start, NOUN_SUBJECT_WORDS)
                      if sense.event not in ACTED_UPON_TYPES
                      or not _across_complementizer(text, g.end, t_start)]
        if not actors and sense.id.endswith("+support"):
            actors = _support_subject(text, sentence, groups, t_start, c_start)
        if not actors and (sense.id.endswith("+support")
                           or _light_verb_before(text, c_start, t_start, groups)):
            actors = [g for g in _support_verb_subject(text, groups, t_start, c_start)
                      if g not in recipients]
        if actors and all(_moved_place(text, g) for g in actors):
            actors = []     # "توجه إلى برلين لإجراء مباحثات": where the speaker goes
        if actors and sense.event in ACTED_UPON_TYPES \
                and _after_impersonal_passive(text, c_start, t_start):
            # "حاكم المصرف تم توقيفه": who stands before an impersonal passive is acted
            # upon; its agent is named only with من قبل or على يد
            recipients = recipients or actors
            actors = []
            how += "+impersonal-passive"
        if actors and sense.event in ACTED_UPON_TYPES \
                and _judging_subject(text, actors, c_start, t_start):
            # "أدانت النقابة اعتقال الصحفي"، "وصفت صحيفة إغلاق المكتب": who judges or reports
            # the act is neither its agent nor its victim
            actors = []
            how += "+judging-subject"
        if actors and sense.event in ACTED_UPON_TYPES \
                and all(g.head.sector in VICTIM_SECTORS or _counted_unarmed(text, g) for g in actors) \
                and not (sense.event == "COERCE" and any(_coercing_civilians(g, sense) for g in actors)) \
                and not (sense.event == "ASSAULT"
                         and governed_attack_agent(text, actors, t_start)):
            # "راح ضحية الاعتداء مدنيون"، "مقتل شخص في انفجار سيارة مفخخة": people acted
            # upon standing before an attack noun are its victims, not its agents; before a
            # raid noun with a place of its own they belong to the clause before
            own_object = _raided_object_after(text, groups, [], sense, t_start, t_end, c_end)
            recipients = recipients or ([] if own_object else actors)
            actors = []
            if _possessed(text, t_start, t_end) and _attack_noun_stem(text[t_start:t_end]):
                # "واصلت إسرائيل أعمال القتل، وراح ضحية اعتداءاتها 7 فلسطينيين": the pronoun
                # on an attack noun is its agent, the subject before it (on a verbal noun
                # such as اعتقالهم it is the one acted upon)
                actors = _agent_of_pronoun(groups, sentence, t_start)
            elif own_object and _possessed(text, t_start, t_end):
                actors = _possessor(groups, sentence, t_start)  # "أثناء اقتحامهم للبلدات"
            how = "noun+victim-before" if how == "noun" else how + "+victim-before"
        if actors and not recipients and sense.event in ACTED_UPON_TYPES \
                and _describing_participle(text, actors[-1], t_start, t_end):
            # "ظلت المستشفيات محاصرة"، "المدينة المحاصرة": the participle says what the participant
            # before it undergoes
            recipients = actors + [g for g in recipients if g not in actors]
            actors = []
            how += "+participle"
        if actors:
            how = "noun+subject" if how == "noun" else how + "+subject"
    if sense.event in ACTED_UPON_TYPES:
        args = _with_marked_agent(text, groups, t_end, c_end, Arguments(actors, recipients, how))
        return with_ambush_setter(text, sentence, groups, t_start, t_end, c_start, args)
    if sense.event in RECEIVED_TYPES and not _possessed(text, t_start, t_end) \
            and not attached_prefix(text, t_start).lstrip("وف").startswith("ب"):
        # "مساعداتها"، "بدعمها": the pronoun is the giver, or the noun is another's object
        frame = _receiving_frame(text, c_start, t_start)
        if frame is not None:
            return _received_arguments(text, groups, t_start, t_end, frame,
                                       Arguments(actors, recipients, how))
    return Arguments(actors, recipients, how)


# Statements whose verbal noun's possessive names its doer by agreement ("رغم تهديده").
STATEMENT_TYPES = frozenset({"THREATEN", "SUPPORT", "ACCUSE", "REJECT", "REQUEST"})
# Charging nouns (اتهام، تحميل) whose possessive is their first object when the charge
# follows: a ب-phrase, or the sense's complement (المسؤولية).
CHARGING_SENSES = frozenset({"accuse.allege", "accuse.blame"})
CHARGE_PREPOSITION = "ب"
CHARGE_WORD_LETTERS = 4     # "بالتحريض"، "بدعم": ب and a noun; not "به"، "بها"
CHARGE_REACH_WORDS = 6      # "في بعض وسائل الإعلام بمعاداة": a short adjunct, then the charge
CHARGE_ADJUNCT_PREPOSITIONS = frozenset({"في", "عبر", "أمام", "امام", "خلال"})


def _agreeing_possessor(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                        t_end: int, c_start: int, doers: list[Group], *,
                        spoken: bool) -> list[Group]:
    """The participant the possessive on a statement noun refers to. ``doers`` (the
    participant before the noun, or the speaker when ``spoken``) stay when the first is a
    subject that stands before the noun ("أعلنت 4 دول أوروبية دعمها": a plural of things
    takes ها) or agrees with the pronoun; else the nearest participant before the noun that
    agrees and stands as a subject, after the speaker ("يؤكد ميدفيديف أن ترامب لن يرفع
    العقوبات عن روسيا رغم تهديده": ترامب, neither روسيا nor the speaker). ``doers`` stay
    when none does."""
    person = object_pronoun_person(text[t_start:t_end])
    if person is None:
        return doers
    if doers and not spoken and (stands_as_subject(text, doers[0], sentence.start)
                                 or _agrees_as_possessor(text, doers[0], person, c_start)):
        return doers
    floor = max((g.end for g in doers), default=sentence.start) if spoken else sentence.start
    for g in reversed(groups):
        if g.end > t_start or g.start < floor:
            continue
        if not _town_group(g) and stands_as_subject(text, g, sentence.start) \
                and not _complementizer_between(text, g.end, t_start) \
                and _agrees_as_possessor(text, g, person, c_start):
            return [g]
    return doers


def _agrees_as_possessor(text: str, g: Group, person: str, c_start: int) -> bool:
    """A plural demonym names people ("الفلسطينيين"), so هم may refer to it; a state is
    never هم, whatever its spelling ends with ("فلسطين").  A name does not spell its
    gender: most persons named are men, and ها takes one only inside its own clause."""
    if g.is_demonym_only:
        return person == "plural" and _plural_noun(text, g)
    if person == "plural" and g.head.kind in STATE_KINDS:
        return False
    if g.head.kind == "person" and person != "plural":
        return person == "masc" or g.start >= c_start
    if person == "masc" and g.head.kind == "agent":
        # a singular noun of people ("الوزير") owns ه, though as a verb's object the pronoun
        # is kept from such nouns for their unmarked broken plurals
        return not _plural_noun(text, g) and group_gender(text, g) != "fem"
    return agrees_with_object_pronoun(text, g, person)


def _charged_possessor(text: str, sense: TriggerSense, t_end: int, limit: int) -> bool:
    """A charging noun not carried by a support verb ("أكدت الحكومة اتهامها ..." names the
    government's own charge) followed by its charge: the sense's complement right after it
    ("تحميلها المسؤولية") or, for a sense without one, a ب-phrase, right after it or after
    a short adjunct opened by a preposition ("اتهامه بالتحريض"، "واتهامهم في وسائل الإعلام
    بمعاداة السامية")."""
    if sense.id.split("+")[0] not in CHARGING_SENSES or sense.id.endswith("+support"):
        return False
    words = [m for m in VOWELLED_WORD.finditer(text, t_end, limit)][:CHARGE_REACH_WORDS]
    if not words or has_break(text, t_end, words[0].start()):
        return False
    first = word_text(words[0])
    if sense.complements:
        return normalize_string(first) in sense.complements
    if _charge_word(first):
        return True
    if first not in CHARGE_ADJUNCT_PREPOSITIONS:
        return False
    for m in words[1:]:
        if has_break(text, t_end, m.start()):
            return False
        if _charge_word(word_text(m)):
            return True
    return False


def _complementizer_between(text: str, start: int, end: int) -> bool:
    """"أكد النادي أن نقله جاء منذ اتهامه": a participant before an أن/إن opening the
    noun's clause is that clause's speaker; whom the pronoun inside stands for is open."""
    return any(w.lstrip("وف") in COMPLEMENTIZERS for w in words_between(text, start, end))


def _charge_word(word: str) -> bool:
    return word.startswith(CHARGE_PREPOSITION) and len(word) >= CHARGE_WORD_LETTERS


# Aid, support and sanctions have a giver: after a verb of receiving or undergoing the
# verb's subject is the one they reach
RECEIVED_TYPES = frozenset({"AID", "SUPPORT", "SANCTION"})
RECEIVING_VERBS = normalised(_WORDS.receiving_verbs)
RECEIVING_ON_VERBS = normalised(_WORDS.receiving_on_verbs)
RECEIVING_REACH_WORDS = 6     # "تلقت الحكومة اللبنانية أمس شحنة من المساعدات"
ON_WORD = "على"
# في is left out: a time adjunct may stand between ("تلقت في الأسابيع الأخيرة مساعدات")
RECEIVING_BREAKS = CIRCUMSTANCE_WORDS - {"في"}


def _object_after_genitive_agent(text: str, groups: list[Group], agent: Group) -> list[Group]:
    """"استهداف الجيش الصحفيين في المخيم"، "اعتقال الشرطة 20 شابا": a verbal noun takes its
    agent as genitive and its object, in the accusative, right after it.  A participant
    with no preposition after the agent (only a count or time words between, no comma) is
    what was acted on; the place after في then only says where.  Not a demonym (an
    adjective of the agent), a participant joined by و, nor a building: a named school or
    hospital is read later as the object hit, with its town's country
    (party_places._acted_on_before), where a town in its name ("مدرسة القاهرة") would give
    the wrong country."""
    after = next((i for i, g in enumerate(groups) if g.start >= agent.end), None)
    if after is None:
        return []
    g = groups[after]
    if g.start == agent.end or has_break(text, agent.end, g.start) or g.is_demonym_only \
            or _proclitic(text, g) or _building_head(text, g) \
            or not all(_is_number(w) or w in TIME_WORDS for w in words_between(text, agent.end, g.start)):
        return []
    return chain_from(text, groups, after)


def _building_head(text: str, g: Group) -> bool:
    """The participant's first word is a building noun ("مدرسة"، "المستشفى")."""
    first = words_between(text, g.start, g.end)[:1]
    return bool(first) and normalize_string(first[0]).removeprefix("ال") in BUILDING_NOUNS


def _receiving_verb(word: str, classes: frozenset[str]) -> bool:
    key = normalize_string(word)
    return key in classes or without_conjunction(key) in classes


def _receiving_frame(text: str, c_start: int, t_start: int) -> int | None:
    """End of a verb of receiving or undergoing a few words before the noun in its clause
    ("تلقت الحكومة دعما"، "حصلت الوزارة على مساعدات"، "تواجه الشركة مقاطعة")."""
    lead = list(VOWELLED_WORD.finditer(text, c_start, t_start))[-RECEIVING_REACH_WORDS:]
    for i in range(len(lead) - 1, -1, -1):
        word = word_text(lead[i])
        after = [word_text(w) for w in lead[i + 1:]]
        if any(w in RECEIVING_BREAKS for w in after):
            return None     # "نالت إشادة بسبب مساعداتها": the noun is a circumstance
        if _receiving_verb(word, RECEIVING_VERBS) \
                or (_receiving_verb(word, RECEIVING_ON_VERBS) and ON_WORD in after):
            return lead[i].end()
    return None


def _received_arguments(text: str, groups: list[Group], t_start: int, t_end: int, frame: int,
                        args: Arguments) -> Arguments:
    """The one receiving or undergoing is the recipient; the giver is only a party named
    after the noun (its adjective of origin, من X), never the verb's subject."""
    givers = [g for g in args.actors if g.start >= t_end] or _giver_after(text, groups, t_end)
    receivers = [g for g in args.actors + args.recipients if g not in givers]
    if not any(g.end <= t_start for g in receivers):
        i = _first_after(text, groups, frame, t_start, SUBJECT_GAP_WORDS)
        receivers = (chain_from(text, groups, i) if i is not None else []) + receivers
    return Arguments(givers, receivers, args.how + "+received")


GIVER_GAP_WORDS = 3     # "دعما عسكريا مباشرا من قبل"
GIVER_MARKERS = (["من"], ["قبل"])


def _giver_after(text: str, groups: list[Group], t_end: int) -> list[Group]:
    """The party a few words after the noun behind من / من قبل ("دعما عسكريا من ألمانيا")."""
    i = _first_after(text, groups, t_end, len(text), GIVER_GAP_WORDS)
    if i is None or words_between(text, t_end, groups[i].start)[-1:] not in GIVER_MARKERS:
        return []
    return chain_from(text, groups, i)


MEETING_TYPES = frozenset({"CONSULT"})
TOLL_CAUSE_ADJECTIVES = 1   # "الاقتحامات المتكررة للقوات الإسرائيلية"
ACT_JUDGING_VERBS = _WORDS.act_judging_verbs


def _judging_subject(text: str, actors: list[Group], c_start: int, t_start: int) -> bool:
    """The participants before the noun are the subject of the verb right before them, a verb
    of condemning, describing or recording (or of reporting, for the press), and at most a
    time word or one ب-noun ("بوقوع") stands between them and the noun."""
    before = words_between(text, c_start, actors[0].start)[-1:]
    between = [w for w in words_between(text, actors[-1].end, t_start) if w not in TIME_WORDS]
    if not before or len(between) > 1 or (between and not between[0].startswith("ب")):
        return False
    verb = before[0][1:] if before[0][:1] in ("و", "ف") and len(before[0]) > 3 else before[0]
    return verb in ACT_JUDGING_VERBS or before[0] in ACT_JUDGING_VERBS \
        or (_report_word(before[0]) and all(_press(g) for g in actors))


def _genitive_right_after(text: str, g: Group, t_end: int) -> bool:
    """The participant stands right after the noun, with no word or proclitic between."""
    return not words_between(text, t_end, g.start) and not _proclitic(text, g) \
        and not g.is_demonym_only


def _after_transitive_continuing_word(text: str, c_start: int, t_start: int) -> bool:
    """The word right before the noun is a verb of going on with an action that takes an
    object ("وواصلت"، "يواصل"), or such a verbal noun with its pronoun ("مواصلتها")."""
    lead = words_between(text, c_start, t_start)
    if not lead:
        return False
    word = normalize_string(lead[-1])
    for form in (word, word[1:] if word[:1] in "وف" else ""):
        if form in TRANSITIVE_CONTINUING_VERBS:
            return True
        for pronoun in OBJECT_PRONOUNS:
            stem = form[:-len(pronoun)] if form.endswith(pronoun) else ""
            if stem.endswith("ت") and stem[:-1] + "ة" in CONTINUING_VERBAL_NOUNS \
                    or stem and stem in CONTINUING_VERBAL_NOUNS:
                return True
    return False


def _target_before_instrument(text: str, g: Group, t_start: int, t_end: int) -> bool:
    """An attack noun taking a direct object, without article or pronoun, its genitive, then
    an indefinite weapon after ب ("قصف المدينة بصواريخ"، "استهداف القوات بعبوة ناسفة"): the genitive is the
    target.  With the article the weapon may be a manner of the agent's attack ("استهداف
    الجيش بالقصف المدفعي")."""
    noun = normalize_string(text[t_start:t_end])
    if noun not in INSTRUMENT_TARGET_NOUNS or "ال" in attached_prefix(text, t_start):
        return False
    word = VOWELLED_WORD.search(text, g.end)
    if word is None or has_break(text, g.end, word.start()):
        return False
    weapon = normalize_string(word_text(word))
    return weapon.startswith("ب") and not weapon.startswith("بال") \
        and weapon[1:] in INSTRUMENT_NOUNS


def _indefinite_object(text: str, groups: list[Group], g: Group, t_start: int,
                       t_end: int) -> bool:
    """An attack noun taking a direct object, without article, and an indefinite genitive
    (no word of it definite): what it hits ("استهداف دورية إسرائيلية"), also when only the
    demonym after an indefinite noun was read ("استهداف قوة إسرائيلية": the demonym agrees
    with the object).  Not a demonym right after the noun or after an adjective of manner
    ("قصف مدفعي إسرائيلي"), nor a weapon ("استهداف مسيرة إسرائيلية مجموعة": the agent), nor a
    genitive followed by a ل-object of its own ("استهداف قوة لمنزل")."""
    noun = normalize_string(text[t_start:t_end])
    if noun not in INSTRUMENT_TARGET_NOUNS or "ال" in attached_prefix(text, t_start) \
            or attached_prefix(text, g.start) or has_break(text, t_end, g.start):
        return False
    gap = list(VOWELLED_WORD.finditer(text, t_end, g.start))
    opening = gap[0] if gap else VOWELLED_WORD.match(text, g.start)
    if opening is None:
        return False
    first = normalize_string(word_text(opening))
    if g.is_demonym_only:
        if len(gap) != 1:
            return False
    elif gap or g.head.kind == "person":
        return False
    words = [normalize_string(w) for w in text[opening.start():g.end].split()]
    if any(w.startswith("ال") for w in words) or first.startswith(("ب", "ل", "و", "ف")) \
            or first.endswith(ADJECTIVE_ENDINGS) or first in INSTRUMENT_NOUNS:
        return False
    after = VOWELLED_WORD.search(text, g.end)
    return after is None or has_break(text, g.end, after.start()) \
        or not word_text(after).startswith("ل")


def _threatened_after_participle(text: str, g: Group, t_start: int, t_end: int) -> bool:
    """The trigger is an accusative participle of threatening ("متوعدة"، "مهددا") and the
    participant stands right after it with no preposition: its object."""
    words = text[t_start:t_end].split()
    if len(words) != 1 or normalize_string(words[0]).lstrip("وف") not in THREAT_PARTICIPLES:
        return False
    return not words_between(text, t_end, g.start) and not _proclitic(text, g).lstrip("وف")


def _sanction_target_genitive(text: str, groups: list[Group], g: Group, t_start: int,
                              t_end: int) -> bool:
    """After a noun of boycotting or banning ("مقاطعة"، "حظر"), the genitive right after it,
    or a demonym after one noun ("مقاطعة منتجات إسرائيلية"), is what is boycotted. Not
    when the act's own object follows the genitive, marked by ل ("حظر إسرائيل للوكالة") or
    bare ("حظر الكنيست أنشطة الوكالة"): then the genitive is the agent."""
    words = text[t_start:t_end].split()
    if len(words) != 1 or _bare_stem(words[0]) not in TARGET_GENITIVE_SANCTION_NOUNS:
        return False
    return _genitive_without_own_object(text, groups, g, t_end)


def _supported_genitive(text: str, groups: list[Group], g: Group, t_start: int, t_end: int,
                        c_start: int) -> bool:
    """After an indefinite noun of supporting ("دعم"، "مساندة"), the genitive right after it
    is the one supported ("جدد المحتجون دعم المقاومة").  Not a demonym ("دعم أمريكي": the
    supporter's origin), not after ب ("بدعم الولايات المتحدة": with its support) unless a
    pledge carries it ("تعهد الحوثيون بدعم غزة"), nor after a verb of
    receiving ("تلقى الجيش دعم الحلفاء"), and not when the support's own object follows the
    genitive ("دعم واشنطن لإسرائيل").  The noun with the article heads no genitive."""
    lead, stem = _support_noun_parts(text, t_start, t_end)
    if stem not in TARGET_GENITIVE_SUPPORT_NOUNS or "ال" in lead \
            or ("ب" in lead and not _after_pledge_word(text, c_start, t_start)) \
            or g.is_demonym_only or words_between(text, t_end, g.start) \
            or _receiving_frame(text, c_start, t_start) is not None:
        return False
    return _genitive_without_own_object(text, groups, g, t_end)


def _support_noun_parts(text: str, t_start: int, t_end: int) -> tuple[str, str]:
    """The trigger's proclitics (و/ف، ب/ل and the article) and its bare noun, normalised."""
    words = text[t_start:t_end].split()
    if len(words) == 1:
        word = normalize_string(attached_prefix(text, t_start) + words[0])
        stem = _bare_stem(word)
        return word[:len(word) - len(stem)], stem
    # "الوقوف إلى جانب الشعب": the phrase ends in a noun whose genitive is the supported
    return normalize_string(attached_prefix(text, t_start)), normalize_string(words[-1])


def _supported_over_cause(text: str, g: Group, t_start: int, t_end: int) -> bool:
    """"دعم نضال الشعب"، "مساندة حقوق الفلسطينيين": a noun of supporting with no article,
    then one noun of what a party strives for, then the party: its genitive, so what the
    support is for.  A demonym alone only with the article ("دعم نضال الفلسطينيين"; not
    "دعم عسكري أمريكي": the supporter's origin)."""
    lead, stem = _support_noun_parts(text, t_start, t_end)
    gap = words_between(text, t_end, g.start)
    indefinite_demonym = g.is_demonym_only and not normalize_string(g.mentions[0].text).startswith("ال")
    return stem in TARGET_GENITIVE_SUPPORT_NOUNS and "ال" not in lead and len(gap) == 1 \
        and not indefinite_demonym and not _proclitic(text, g).lstrip("وف") \
        and normalize_string(without_conjunction(gap[0])) in SUPPORTED_CAUSE_NOUNS


def _after_support_purpose(text: str, g: Group, t_end: int) -> bool:
    """"مسيرة لدعم الشعب السوداني"، "وقفة لنصرة أهل غزة": a noun of supporting with ل
    between the noun and the party states what the act is for; the party is its genitive."""
    gap = words_between(text, t_end, g.start)
    if len(gap) != 1:
        return False
    word = normalize_string(without_conjunction(gap[0]))
    stem = _bare_stem(word)
    return word.startswith("ل") and (stem in TARGET_GENITIVE_SUPPORT_NOUNS or stem == SOLIDARITY_NOUN)


def _after_pledge_word(text: str, c_start: int, t_start: int) -> bool:
    """"تعهد الحوثيون بدعم غزة"، "التزامها بمساندة الجيش": ب carries the noun as what a
    pledge promises, so it is not "with the support of": a verb or noun of pledging stands
    within ``PLEDGE_REACH_WORDS`` words before the noun."""
    lead = words_between(text, c_start, t_start - len(attached_prefix(text, t_start)))
    return any(normalize_string(without_conjunction(w)) in PLEDGE_WORDS for w in lead[-PLEDGE_REACH_WORDS:])


def _genitive_without_own_object(text: str, groups: list[Group], g: Group, t_end: int) -> bool:
    """The genitive of an act noun bears no proclitic, stands right after the noun (or a
    demonym after one noun: "مقاطعة منتجات إسرائيلية") and no object of the act follows it."""
    if _proclitic(text, g).lstrip("وف"):
        return False
    gap = words_between(text, t_end, g.start)
    if gap and not (len(gap) == 1 and g.is_demonym_only):
        return False
    if _lam_party_after(text, groups, g):
        return False
    nxt = next((i for i, o in enumerate(groups) if o.start >= g.end), None)
    if nxt is not None and len(words_between(text, g.end, groups[nxt].start)) <= 1 \
            and _direct_object(text, groups, nxt, g.end):
        return False
    return not _object_noun_after(text, g.end)


def _object_noun_after(text: str, pos: int) -> bool:
    """A construct of a bare noun and a definite one follows at ``pos`` in the same clause
    ("أنشطة الوكالة"، "عمل المنظمة"): an object of its own after a genitive."""
    after = VOWELLED_WORD.search(text, pos)
    if after is None or has_break(text, pos, after.start()):
        return False
    head = word_text(after)
    then = VOWELLED_WORD.search(text, after.end())
    return _construct_head(head) and then is not None \
        and not has_break(text, after.end(), then.start()) and word_text(then).startswith("ال")


def _describing_participle(text: str, g: Group, t_start: int, t_end: int) -> bool:
    """The trigger, shaped like a participle, is an adjective right after the participant
    ("المدينة المحاصرة") or the predicate of a verb of being after it ("ظلت محاصرة")."""
    prefix = attached_prefix(text, t_start)
    if not text[t_start:t_end].startswith(PARTICIPLE_PREFIX):
        return False
    gap = words_between(text, g.end, t_start - len(prefix))
    if prefix.endswith("ال"):
        return not gap and not has_break(text, g.end, t_start)
    while gap and gap[-1] in VERB_PARTICLES and gap[-1] not in COPULAR_VERBS:
        gap.pop()
    return not prefix and bool(gap) and len(gap) <= COPULA_GAP_WORDS \
        and gap[-1] in COPULAR_VERBS and not has_break(text, g.end, t_start)


def _release_noun(sense: TriggerSense) -> bool:
    return sense.event == "RETREAT" and sense.mode == RELEASE_MODE and sense.form == "nouns"


def _with_marked_agent(text: str, groups: list[Group], t_end: int, c_end: int,
                       args: Arguments) -> Arguments:
    """"مقتل ثلاثة بنيران الجيش"، "غارات شنها الطيران": an attack noun with no agent takes
    the one behind a marker word in its clause."""
    if args.actors:
        return args
    agents = [g for g in _agent_after_marker(text, groups, t_end, c_end, agentive_only=True)
              if g not in args.recipients and g not in args.actors]
    if agents:
        args.actors = agents
        args.how += "+marked-agent"
    return args


def _accused_after_noun(text: str, groups: list[Group], g: Group, t_start: int,
                        t_end: int) -> bool:
    """After a noun of blame, the participant names the one blamed: as its genitive
    ("إدانة الاحتلال") or as the owner of the act it condemns ("التنديد بالعدوان الإسرائيلي"،
    "انتقادات حادة للحكومة"). Not a demonym agreeing with the noun itself ("الانتقادات
    المصرية": who criticises), not after a preposition such as من ("إدانة من الأمم
    المتحدة"), and not a genitive followed by the party ل marks ("اتهام إسرائيل لحماس")."""
    gap = words_between(text, t_end, g.start)
    if not gap:
        trigger_words = text[t_start:t_end].split()
        if _definite(text, t_start, trigger_words[-1] if trigger_words else ""):
            return False    # "الانتقادات الداخلية": a noun with the article heads no genitive
        if g.is_demonym_only and not attached_prefix(text, g.start):
            return False
        return not _lam_party_after(text, groups, g)
    return len(gap) == 1 and gap[0] not in OTHER_PREPOSITIONS \
        and gap[0] not in TARGET_PREPOSITIONS


def _lam_party_after(text: str, groups: list[Group], g: Group) -> bool:
    """The word after ``g`` is ل with a pronoun ("انتقاد الوزير له"), or the next participant,
    at most one word on, carries ل ("لحماس")."""
    if LAM_PRONOUN.match(" ".join(words_between(text, g.end, min(len(text), g.end + 12))[:1])):
        return True
    nxt = next((o for o in groups if o.start >= g.end), None)
    return nxt is not None and len(words_between(text, g.end, nxt.start)) <= 1 \
        and _proclitic(text, nxt).lstrip("وف").startswith("ل")


def _direct_object(text: str, groups: list[Group], nxt: int | None, t_end: int) -> bool:
    """The participant after an action noun is its object: right after it, after one bare
    noun ("مدينة جنين"), or with the ل of the object ("للأحياء"); not behind ب (an
    instrument: "استهدافه بقصف إسرائيلي") nor another preposition ("لدى الجيش")."""
    if nxt is None:
        return False
    g = groups[nxt]
    gap = words_between(text, t_end, g.start)
    prefix = _proclitic(text, g).lstrip("وف")
    if prefix.startswith("ب") or any(w.startswith("ب") for w in gap):
        return False
    return not gap or (len(gap) == 1 and _construct_head(gap[0])
                       and gap[0] not in OTHER_PREPOSITIONS)


def _preposition_prefix(text: str, pos: int) -> bool:
    """The word at ``pos`` carries the preposition ب or ل ("بالقصف"، "للهجوم"، "لهجوم"); the
    article alone ("الهجوم") is no preposition."""
    prefix = attached_prefix(text, pos)
    if prefix.endswith("ال") and not prefix.endswith("لال"):
        prefix = prefix[:-2]
    elif prefix.endswith("لل"):
        prefix = prefix[:-1]
    return prefix.lstrip("وف").endswith(("ب", "ل"))


def _across_complementizer(text: str, g_end: int, t_start: int) -> bool:
    """"قال مصدر إن هجوما ...": a participant before the إن/أن that the attack noun follows
    is the speaker of the clause the noun opens, not its agent (a speaker may well be the
    agent of a policy noun: "قال الوزير إن بلاده تؤيد فرض عقوبات")."""
    between = words_between(text, g_end, t_start)
    return bool(between) and between[-1].lstrip("وف") in COMPLEMENTIZERS


def _light_verb_before(text: str, c_start: int, t_start: int, groups: list[Group]) -> bool:
    """"قامت القوة بمداهمة"، "قام مسلحون باختطاف": the verb قام before a ب-noun carries the
    noun's agent as its subject.  The verb may stand before a short comma
    aside that ends right before the noun ("دفعت الوزارة، اليوم، بتعزيزات")."""
    lead = [w for w in words_between(text, c_start, t_start) if w not in PROCLITIC_WORDS]
    if not lead:
        opening = _aside_start(text, groups, c_start)
        if opening is not None:
            lead = words_between(text, _segment_start(text, opening), opening)
    return any(w.lstrip("وف") in LIGHT_VERBS or BI_SUPPORT_VERBS.match(w) for w in lead[-6:])


AGENT_MARKER_REACH_WORDS = 3     # "اعتقاله من قبل السلطات"، "حصارها على يد ..."


def _agent_marker_after(text: str, t_end: int, c_end: int) -> bool:
    """An agent marker word (قبل، يد، برصاص ...) follows the noun closely: its agent is
    named there, even when no recogniser found it ("من قبل السلطات المحلية")."""
    return any(w in AGENTIVE_MARKERS
               for w in words_between(text, t_end, c_end)[:AGENT_MARKER_REACH_WORDS])


def _adjective_of_genitive(text: str, g: Group, t_start: int, t_end: int) -> bool:
    """Construct state: an indefinite action noun, a definite noun after it and a definite
    demonym after that ("رفض الوجود الإسرائيلي"، "قصف المواقع السورية"): the demonym agrees
    with the genitive noun, not with the action noun ("غارات جوية إسرائيلية"، "القصف الجوي
    الإسرائيلي" keep it as the agent)."""
    if not g.is_demonym_only:
        return False
    gap = list(VOWELLED_WORD.finditer(text, t_end, g.start))
    trigger_words = text[t_start:t_end].split()
    if len(gap) != 1 or not trigger_words or attached_prefix(text, g.start):
        return False
    return not _definite(text, t_start, trigger_words[-1]) \
        and _definite(text, gap[0].start(), word_text(gap[0])) and g.head.text.startswith("ال")


def _vehicle_target_genitive(text: str, g: Group, noun: str) -> bool:
    """A ground military vehicle (دبابة، آليات، جرافة) as the genitive of a noun of targeting
    or wrecking ("استهداف دبابة"، "تدمير آليات الاحتلال") is what is hit: armed, yet no
    agent there, unlike the genitive of a firing noun ("قصف الدبابات")."""
    first = g.head.text.split()[:1] or text[g.start:g.end].split()[:1]
    return _bare_stem(noun) in VEHICLE_TARGET_NOUNS \
        and bool(first) and _bare_stem(first[0]) in GROUND_VEHICLE_WORDS


def _joined_number(word: str) -> bool:
    """"و3 جنود": a number joined by و adds a second party, it is no object of the first."""
    return word.startswith("و") and word[1:2].isdigit()


def _individual_patient_genitive(g: Group, noun: str) -> bool:
    """People, not a body, as the genitive of a noun of an act done by hand to a few
    ("طعن ضابط"، "قنص جنود"، "توقيف المرشح") are its patients, even when they bear arms: the
    agent of such an act is named as a body or after ل ("اعتقال الشرطة لضابط")."""
    return _bare_stem(noun) in INDIVIDUAL_PATIENT_NOUNS and g.head.kind in PEOPLE_KINDS


def _party_opens_after(text: str, groups: list[Group], g: Group) -> bool:
    """The next participant after ``g`` opens on the word right after it."""
    nxt = next((o for o in groups if o.start >= g.end), None)
    return nxt is not None and not words_between(text, g.end, nxt.start)


def _counted_unarmed(text: str, g: Group) -> bool:
    """An unarmed group counted by a number or a quantity ("قتل 140 فلسطينيا"، "اعتقلت عددا
    من الفلسطينيين") is the object of the act before it, so never the agent of an attack or
    coercion noun after it ("... واعتقال 600")."""
    before = words_between(text, max(0, g.start - COUNT_REACH_CHARS), g.start)[-2:]
    if before[-1:] == [PARTITIVE_WORD]:
        before = before[:-1]
    return bool(before) and _is_number(before[-1]) and g.head.sector not in ARMED_SECTORS


def _counted_object_after_noun(text: str, g: Group, t_end: int, sense: TriggerSense) -> bool:
    """"اعتقال 35 فلسطينيا"، "احتجاز عشرات المواطنين": a counted group right after an attack
    or coercion noun is the one acted upon, as after the verb; settlers counted after a raid
    noun still raid ("اقتحام مئات المستوطنين")."""
    return sense.event in ACTED_UPON_TYPES \
        and _counted_right_after(words_between(text, t_end, g.start)) \
        and not _coercing_civilians(g, sense)


def _victims_before_comma(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
                          c_start: int, t_start: int, t_end: int) -> list[Group]:
    """"قتل جنديان وأصيب ثلاثة أشخاص، في هجوم ...": with only the preposition that makes an
    attack noun a circumstance between a comma and the noun, the people ending the clause
    before the comma are who the attack hit.  Not places (where, not whom), not the press
    (who reports it), not for two-sided fighting (they may be a side)."""
    lead = words_between(text, c_start, t_start)
    if sense.event != "ASSAULT" or c_start <= sentence.start or text[c_start - 1] not in "،," \
            or not lead or any(w not in CIRCUMSTANCE_WORDS for w in lead) \
            or any(w.removeprefix("ال") in CLASH_WORDS for w in words_between(text, t_start, t_end)[:1]):
        return []
    comma = c_start - 1
    before = _subject_before(text, groups, comma, clause_bounds(text, sentence, comma)[0], 6)
    return [g for g in before if g.head.kind == "agent" and not _press(g)]


def _after_unmarked_relative_verb(text: str, g: Group, t_end: int) -> bool:
    """The word right before the group after the noun is a verb resuming the noun as its
    object ("نفذها"، "ارتكبه"، "شنتها")."""
    between = words_between(text, t_end, g.start)
    return bool(between) and UNMARKED_RELATIVE_VERB.match(between[-1]) is not None


def _is_object_genitive(text: str, groups: list[Group], g: Group, t_start: int,
                        sense: TriggerSense) -> bool:
    """After an action noun of an attack or coercion, a genitive names the victim when it is a
    noun of people ("تهجير الفلسطينيين"، "اعتقال صحفيين") rather than an adjective
    ("قصف إسرائيلي"، "القصف الإسرائيلي") or an armed agent ("هجوم حماس")."""
    first_word = VOWELLED_WORD.match(text, t_start)
    if sense.event not in ACTED_UPON_TYPES \
            or (first_word is not None and fired_by_owner(word_text(first_word))):
        return False
    if first_word is not None and _casualty_noun(word_text(first_word)):
        return True     # "مقتل جنديين إسرائيليين": whoever it names died, armed or not
    if first_word is not None and _vehicle_target_genitive(text, g, word_text(first_word)):
        return True     # "استهداف دبابة إسرائيلية": the tank is hit
    following = [w for w in words_between(text, g.end, min(len(text), g.end + 40))[:3]
                 if not w.startswith("ال")][:1]
    noun_words = words_between(text, t_start, g.start)
    if following and following[0].startswith("ل") and not following[0].startswith("لا") \
            and following[0] not in TIME_LAM_WORDS \
            and not (noun_words and _bare_stem(noun_words[-1]) in INDIVIDUAL_PATIENT_NOUNS
                     and not _party_opens_after(text, groups, g)):
        # "اقتحام أنصار الحزب لمقر": ل marks the object, the genitive acts; after a
        # hand-act noun only a party after ل is its object ("اعتقال الشرطة لضابط"), other
        # words belong to the genitive ("توقيف المرشح للرئاسة")
        return False
    if _raider_before_place(text, g, t_start, sense):
        return False
    nxt = next((i for i, o in enumerate(groups) if o.start >= g.end), None)
    object_follows = nxt is not None \
        and not any(c in text[g.end:groups[nxt].start] for c in "()\"«»“”") \
        and not attached_prefix(text, groups[nxt].start).startswith("و") \
        and len(words_between(text, g.end, groups[nxt].start)) == 1 \
        and not _joined_number(words_between(text, g.end, groups[nxt].start)[0]) \
        and _direct_object(text, groups, nxt, g.end)
    if object_follows and g.head.kind == "person":
        # "اقتحام الوزير منطقة الأغوار": a person's object follows the genitive (a name
        # in brackets after it is the same party)
        return False
    if noun_words and not object_follows \
            and _individual_patient_genitive(g, noun_words[-1]):
        return True     # "قنص جندي"، "اعتقال ضباط": the soldier is hit, not the sniper
    head = g.head
    if g.is_demonym_only:
        # a definite demonym after an indefinite noun is a genitive noun, not an adjective;
        # a construct trigger is as definite as its last word ("حصيلة العدوان الإسرائيلي")
        trigger_words = words_between(text, t_start, g.start)
        return head.text.startswith("ال") and text[t_start:t_start + 2] != "ال" \
            and not attached_prefix(text, t_start).endswith("ال") \
            and not (len(trigger_words) > 1 and trigger_words[-1].startswith("ال"))
    if _coercing_civilians(g, sense):
        return False    # "اقتحام مئات المستوطنين باحات المسجد": the settlers raid
    if first_word is not None and _attacking_civilians(g) \
            and word_text(first_word).lstrip("وفبل").removeprefix("ال") in ATTACK_NOUNS:
        return False    # "في اعتداء مستوطنين على قرية": the attack is the settlers'
    if head.sector in VICTIM_SECTORS:
        return True
    # a named party that bears no arms ("حصار وفد حكومي"، "اغتيال الوزير") is acted upon;
    # a country, an armed group or a force is the agent ("هجوم حماس"، "قصف الجيش")
    return head.kind in ("person", "agent", "institution", "organization") \
        and head.sector is not None and head.sector not in ARMED_SECTORS
