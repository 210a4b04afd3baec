"""The attach cascade: which reading applies to a trigger, and the corrections made after."""
from __future__ import annotations

import re

from ...records import PLOVER_QUADS, SYMMETRIC_TYPES, Sentence
from ..counts import opens_toll_phrase
from ..lexicon import TriggerSense
from ..structure import (
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    has_break,
    without_office_phrases,
    words_between,
)
from .attacks import (
    _after_campaign_noun,
    _announced_own_operation,
    _continued_by,
    _lam_agent_arguments,
    _state_forces_before,
    _verbal_noun_object,
    _with_possessor_of_attack,
    claimed_by_possessor,
    names_other_doer,
    same_party,
    verbal_noun_lead,
    with_named_attacker,
    with_weapon_agents,
)
from .clauses import _addressed_subject, _opens_own_clause
from .coercion import (
    _decided_by,
    _entered_sites,
    _joined_support_arguments,
    _released_before,
    _with_support_verb_subject,
    _withdrawal,
    _withdrawal_parties,
    _without_acted_upon_agents,
    _without_object_demonym,
    _without_town_coercers,
    _without_victim_arresters,
    _without_witnessing_places,
    pronoun_disagrees_before,
    with_fronted_object,
    with_pronoun_object_antecedent,
    without_pursuers,
)
from .demands import (
    _after_complement_opener,
    _circumstantial_demand_participle,
    _demand_content,
    _modal_arguments,
    _obligation_modal,
    _with_addressee_read_from_pronouns,
)
from .meetings import (
    _dual_subject,
    _parties_after,
    _parties_between_later,
    _talks_taking_place,
    _topic_verb_arguments,
    _two_parties,
    _with_counterpart_object,
    agreement_parties,
    talks_parties,
)
from .nearby import _agent_after_marker, _confronted, _earlier_subject, _first_after
from .nouns import _noun_arguments, _with_marked_agent, toll_dead, with_toll_parties
from .parties import (
    _capital_cued,
    _instrument,
    _place_group,
    _place_reading,
    _press,
    _reporting_outlet,
    _site_group,
    settlements_acted_upon,
)
from .protest import _escort_before, _host_government, _protest_roles
from .relatives import (
    _relative_clause_arguments,
    _relative_object_subject,
    _relative_on_attack_noun,
    _with_relative_imposer,
    _with_resumed_object,
)
from .result import Arguments
from .statements import (
    SANCTIONED_TYPES,
    STANCE_NOUN_TYPES,
    THREATENED_ACT_TYPES,
    _accused_arguments,
    _accused_participle,
    _after_complementizer,
    _document_arguments,
    _drawn_arguments,
    _drawn_by_frame,
    _participle_arguments,
    _specified_object,
    _without_informants,
    possessed_stance_arguments,
    spelled_noun_arguments,
    with_author_of_blamed_act,
    with_quantified_sanctioned,
    with_threatened_act_target,
    without_harmed_by_condemned_act,
    without_town_recipients,
)
from .verbs import _verb_arguments
from .victims import (
    _hidden_passive_arguments,
    _own_forces_agent_arguments,
    _own_forces_subject,
    _own_member_victims,
    _own_victims,
    _passive_patients,
    _undergo_frame,
    _victim_arguments,
    _with_claim,
    _with_partitive_victims,
    _with_reporting_army_soldiers,
    _with_result_victims,
    _without_condemned_victims,
    _without_reporting_speaker,
    object_after_own_forces,
)
from .vocabulary import (
    ACTED_UPON_TYPES,
    ARMED_SECTORS,
    BODY_KINDS,
    CONTENT_TYPES,
    ENTRY_SENSES,
    OBJECT_GAP_WORDS,
    OBJECT_PRONOUN,
    RELATIVE_PRONOUNS,
    SUBJECT_GAP_WORDS,
    TIME_WORDS,
    TOPIC_VERBS,
    VICTIM_FRAMES,
)
from .word_shapes import (
    _object_pronoun_on,
    _possessed,
    _pronoun_on_release_marker,
    _pronoun_subject,
    _word_before_verb,
    marked_passive_verb,
)

ACT_OBJECT_TYPES = frozenset({"ACCUSE", "REJECT"})

# Types whose participants are the crowd itself: a counted group after the verb ("تجمع مئات
# الطلاب") is its subject, not an object.
CROWD_TYPES = frozenset({"PROTEST", "MOBILIZE"})
# Verbs of speech: a counted group of people right after one is its subject ("طالب 100
# نائب الحكومة")، not a counted object as after an attack verb.
COUNTED_SUBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONSULT"})

# Trigger forms the press only reports on ("ركزت وسائل الإعلام على المحادثات"، "قالت الصحيفة
# إن الاجتماع ..."): the press as speaker, or named before such a noun or participle, is no
# party of it (after the noun it may be its object: "إغلاق مكتب القناة").
REPORTED_FORMS = frozenset({"nouns", "participles"})
# Acts the press itself suffers or does (an office raided, a reporter struck, a vigil held,
# a commentator's criticism): before their noun it stays a party.
PRESS_OWN_ACT_TYPES = ACTED_UPON_TYPES | {"PROTEST", "ACCUSE"}

# "بأن"، "أن"، "إن"، "لأن"، also with a pronoun ("بأنها"): the complementiser opens a clause
# (not after a vowel mark: "عمّان" is no "ان")
CLAUSE_OPENER = re.compile(r"(?<![\w\u064B-\u0652])[وف]?[بل]?[أإا]نّ?(?:ه|ها|هم|هما|نا|ني)?(?!\w)")
# Types whose verb addresses the subject of the clause it opens ("طالبت مصر بأن تنسحب
# إسرائيل"، "هدد الحزب بأن إسرائيل ستدفع الثمن"): that subject is the recipient.
ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE"})

# Types whose verb or noun condemns an act named after it ("ندد باغتيال ..."، "رفض تهجير ...").
CONDEMNING_TYPES = frozenset({"ACCUSE", "REJECT"})


def attach(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
           t_start: int, t_end: int, speaker: list[Group], *,
           hidden_passive: bool = False) -> Arguments:
    """Actor and recipient chains for one trigger.  ``hidden_passive``: the trigger is a past
    verb whose vowelless spelling is also its passive (قتل/قُتل، اعتقل/اعتُقل)."""
    args = _attach_all(text, sentence, groups, sense, t_start, t_end, speaker,
                       hidden_passive=hidden_passive)
    args = settlements_acted_upon(args)
    args = without_pursuers(text, with_fronted_object(text, groups, sense, t_start, t_end, args))
    if _withdrawal(sense):
        args = _withdrawal_parties(text, args)
        if sense.form == "nouns" and _definite_genitive_after(text, t_end, sentence.end):
            # "انسحاب المنفذين": the noun names its own agent, known to the recognisers or not
            return args
        return _with_raiding_forces_before(text, args, groups, sentence, sense, t_start, t_end)
    if sense.event != "COERCE":
        return args
    if sense.form == "past" and not pronoun_disagrees_before(text, groups, t_start, t_end):
        args = _with_resumed_object(text, sentence, groups, t_start, t_end, args)
    if sense.form == "nouns" and not args.actors:
        args = _with_relative_imposer(text, groups, t_end, sentence.end, args)
    args = _without_victim_arresters(_without_town_coercers(args, t_end), sense)
    args = _without_acted_upon_agents(text, sentence, sense, t_start, t_end, args)
    args = _with_support_verb_subject(text, sentence, groups, sense, t_start, args)
    args = _with_raiding_forces_before(text, args, groups, sentence, sense, t_start, t_end)
    return with_pronoun_object_antecedent(text, sentence, groups, sense, t_start, t_end, args)


# Acts of the forces holding the ground: an armed group of the other side named before them
# ("اشتبك مقاومون مع قوات الاحتلال خلال اقتحامها ...") is mostly the one resisting them.
HOLDING_FORCE_SENSES = frozenset({"coerce.raid", "coerce.arrest", "coerce.restrict"})
# "من قبل الشرطة"، "على يد الجيش": the agent is named after the trigger
AGENT_PHRASES = (("من", "قبل"), ("على", "يد"), ("على", "أيدي"))
AGENT_PHRASE_REACH_WORDS = 4


def _with_raiding_forces_before(text: str, args: Arguments, groups: list[Group],
                                sentence: Sentence, sense: TriggerSense, t_start: int,
                                t_end: int) -> Arguments:
    """A raid, arrest, siege, closure or withdrawal no reading gave an agent is carried out
    by the army, police or security service of a known state named before it in the sentence when
    that force is the nearest party there ("انسحبت قوات الجيش بعد حملة اعتقالات"، "شنت
    الشرطة، فجر اليوم، مداهمات").  Not when an agent phrase follows the trigger, nor, for
    a seizure or displacement, when an armed body of another side stands before it in the
    sentence, which may be the one acting ("واصلت الفصائل عملياتها ضد الجيش، ومنها
    الاستيلاء على ...")."""
    if args.actors or _agent_phrase_after(text, t_end, sentence.end) \
            or (_withdrawal(sense) and _unread_withdrawer_after(text, t_end, sentence.end)):
        return args
    forces = [g for g in _state_forces_before(groups, sentence, t_start)
              if g.country is not None and g not in args.recipients]
    if not forces:
        return args
    if sense.id.split("+")[0] not in HOLDING_FORCE_SENSES \
            and _other_side_armed_before(groups, sentence, t_start, forces[0]):
        return args
    return Arguments(forces, args.recipients, args.how + "+forces-before-in-sentence",
                     args.passive)


def _unread_withdrawer_after(text: str, t_end: int, limit: int) -> bool:
    """"انسحب منفذو العملية"، "انسحاب المنفذين": a noun no lexicon names, right after a
    withdrawal (its subject or genitive: definite, or a plural in construct), is who
    withdrew."""
    after = [w for w in words_between(text, t_end, limit)[:3] if w not in TIME_WORDS][:1]
    return bool(after) and not has_break(text, t_end, t_end + 2) \
        and (after[0].startswith("ال") or after[0].endswith("و"))


def _definite_genitive_after(text: str, t_end: int, limit: int) -> bool:
    after = words_between(text, t_end, limit)[:1]
    return bool(after) and after[0].startswith("ال") and not has_break(text, t_end, t_end + 2)


def _agent_phrase_after(text: str, t_end: int, limit: int) -> bool:
    words = [w.lstrip("و") for w in words_between(text, t_end, limit)[:AGENT_PHRASE_REACH_WORDS]]
    return any(tuple(words[i:i + 2]) in AGENT_PHRASES for i in range(len(words) - 1))


def _other_side_armed_before(groups: list[Group], sentence: Sentence, t_start: int,
                             force: Group) -> bool:
    """An armed body of another country than the force, before the trigger in its
    sentence."""
    return any(sentence.start <= g.start and g.end <= t_start and g is not force
               and g.head.kind in BODY_KINDS and g.head.sector in ARMED_SECTORS
               and g.country != force.country for g in groups)


def _attach_all(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
                t_start: int, t_end: int, speaker: list[Group], *,
                hidden_passive: bool = False) -> Arguments:
    args = _attach(text, sentence, groups, sense, t_start, t_end, speaker,
                   hidden_passive=hidden_passive)
    if sense.form == "past" and sense.event not in ACTED_UPON_TYPES | SYMMETRIC_TYPES \
            and marked_passive_verb(text[t_start:t_end]):
        # "اتُّهم الوزير بـ"; the parties of a pact or talks ("أُبرم بين") keep their roles,
        # and attacks and arrests have their own passive reading
        args = _passive_patients(text, args, t_end, speaker)
    args = _without_informants(text, sense, args)
    if sense.event == "AGREE":
        args = agreement_parties(text, sentence, groups, t_start, t_end, speaker, args)
    if sense.event in ("CONSULT", "AGREE"):
        args = talks_parties(text, sentence, groups, sense, t_start, t_end, speaker, args)
    if sense.event == "ASSAULT" and sense.form == "nouns" and not args.actors:
        args = _with_possessor_of_attack(text, sentence, groups, t_start, t_end, args)
    if sense.event == "ASSAULT":
        args = _with_reporting_army_soldiers(args, speaker)
        args = with_named_attacker(text, sentence, groups, sense.form, t_start, t_end, speaker, args)
    if sense.event in CONTENT_TYPES and sense.form in ("past", "present"):
        c_start = clause_bounds(text, sentence, t_start)[0]
        args = _with_addressee_read_from_pronouns(text, c_start, t_start, t_end, args)
    if sense.event == "COERCE" and (sense.id.endswith("+support") or sense.form == "past") \
            and all(_site_group(g) for g in args.actors):
        args = _joined_support_arguments(text, sentence, groups, t_start, args,
                                         noun=sense.form == "nouns")
    if sense.event in ACTED_UPON_TYPES:
        args = _without_witnessing_places(text, sentence, groups, args, t_start, t_end)
        args = _without_reporting_speaker(text, sentence, speaker, t_start, args)
    if sense.event == "ASSAULT" and sense.form == "nouns":
        args = claimed_by_possessor(text, speaker, t_start, t_end, args)
    if sense.event in CONDEMNING_TYPES:
        args = _without_condemned_victims(text, sentence, groups, args, t_end)
        args = without_harmed_by_condemned_act(text, sentence, groups, t_end, args)
        args = with_author_of_blamed_act(text, sentence, groups, sense, t_end, args)
    if sense.form != "nouns" and _pronoun_on_release_marker(text[t_start:t_end]):
        # before a release noun ("بعد الإفراج عنه") the participant is mostly the releaser
        args = _released_before(args, t_start)
    if sense.event in STANCE_NOUN_TYPES:
        args = without_town_recipients(text, sense, t_end, args)
    if sense.event in THREATENED_ACT_TYPES:
        args = with_threatened_act_target(text, sentence, groups, t_end, args)
    if sense.event in SANCTIONED_TYPES:
        args = with_quantified_sanctioned(text, sentence, groups, t_end, args)
    if sense.id.split("+")[0] not in ENTRY_SENSES:
        return args
    sites = _entered_sites(args, t_end)
    if not sites:
        return args
    # "اقتحمت رام الله"، "اقتحام مدينة طولكرم": a town or camp after a verb or noun of
    # entering by force is the place entered; the subject is sought without it
    rest = [g for g in groups if g not in sites]
    again = _attach(text, sentence, rest, sense, t_start, t_end,
                    [g for g in speaker if g not in sites], hidden_passive=hidden_passive)
    more = _entered_sites(again, t_end)
    actors = [g for g in again.actors if g not in more]
    entered = sites + [g for g in more if g not in sites]
    others = [g for g in again.recipients if g not in entered and g not in actors]
    return Arguments(actors, entered + others, again.how + "+entered-place", again.passive)


def _attach(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
            t_start: int, t_end: int, speaker: list[Group], *,
            hidden_passive: bool = False) -> Arguments:
    c_start, c_end = clause_bounds(text, sentence, t_start)
    if sense.event in ACTED_UPON_TYPES:
        # "اغتيال قائد الوحدة لحزب ...": the attack's genitive reading takes the body alone
        groups, speaker = without_office_phrases(groups), without_office_phrases(speaker)
    all_groups = groups
    embedded: list[Group] = []
    if sense.form in ("past", "present"):
        opener = CLAUSE_OPENER.search(text, t_end, sentence.end)
        if opener is not None:
            embedded = _addressed_subject(text, groups, opener.end(), sentence.end) \
                if sense.event in ADDRESSED_TYPES and _opens_own_clause(text, t_end, opener) \
                else []
            # "توعدت الكتائب بأن دماء ... لن تذهب هدرا": who stands in the new clause is
            # neither subject nor object of the verb before it
            groups = [g for g in groups if g.start < opener.start()]
    groups = [g for i, g in enumerate(groups) if not (g.start < t_end and t_start < g.end)
              and not _place_reading(text, g)
              and not (_capital_cued(text, g) and i > 0
                       and not has_break(text, groups[i - 1].end, g.start))]
    speaker = [g for g in speaker if not (g.start < t_end and t_start < g.end)]
    modal = sense.event in CONTENT_TYPES and _obligation_modal(text[t_start:t_end])
    if sense.event in CONTENT_TYPES and sense.form in ("past", "present", "participles", "nouns"):
        # who is asked stands before what is asked for: no participant is looked for inside
        # the complement ("دعا إلى وقف الحرب على غزة"، "طالب بالإفراج عن الأسرى")
        content = _demand_content(text, groups, t_end, c_end, modal)
        if sense.form in ("past", "present") and _object_pronoun_on(text[t_start:t_end].split()[0]):
            # "دعاهم الوزير إلى زيارة قطر": the pronoun is the one asked, so all after the
            # complement's opening is what is asked for
            content = _after_complement_opener(text, groups, t_end, c_end)
        groups = [g for g in groups if g not in content]
    groups = [g for g in groups if not _reporting_outlet(text, g, sense.event)]
    speaker = [g for g in speaker if not _reporting_outlet(text, g, sense.event)]
    if sense.form in REPORTED_FORMS:
        if sense.event not in PRESS_OWN_ACT_TYPES:
            groups = [g for g in groups if not (_press(g) and g.end <= t_start)]
        speaker = [g for g in speaker if not _press(g)]
    trigger_text = text[t_start:t_end]
    victim_frame = sense.form == "passive" or trigger_text.lstrip("وف").startswith(VICTIM_FRAMES)
    if victim_frame:
        return _victim_arguments(text, sentence, groups, t_start, t_end, c_start)
    if sense.event in ACTED_UPON_TYPES and sense.form in ("past", "present"):
        groups = [g for g in groups if not _instrument(text, g)]
    if sense.event == "ASSAULT" and sense.form == "past":
        # the noun reading alone ("استهداف مقاتليها ...") is left to the noun rules: the
        # rescorer penalises attack nouns with both sides named, and drops many of them
        own_forces = _own_forces_agent_arguments(text, sentence, groups, t_start, t_end, c_end)
        if own_forces is not None:
            return _with_claim(text, sentence, groups, sense, t_end, own_forces)
    if sense.event in ACTED_UPON_TYPES and sense.form in ("past", "nouns"):
        lam_agent = _lam_agent_arguments(text, sentence, groups, t_start, t_end, c_start, c_end)
        if lam_agent is not None:
            return _with_claim(text, sentence, groups, sense, t_end, lam_agent)
    if sense.form == "past" and sense.event in ACTED_UPON_TYPES:
        on_noun = _relative_on_attack_noun(text, sentence, groups, t_start, t_end, c_start)
        if on_noun is not None and _after_campaign_noun(text, c_start, t_start):
            # "عملية قنص جنديين نفذها مقاتلو السرايا": the past form is the campaign noun's
            # genitive, whose agent may follow its object behind a marker
            on_noun = _with_marked_agent(text, groups, t_end, c_end, on_noun)
        if on_noun is not None:
            return on_noun
    if hidden_passive and sense.form == "past" and sense.event in ACTED_UPON_TYPES \
            and not OBJECT_PRONOUN.search(trigger_text):
        passive = _hidden_passive_arguments(text, sentence, groups, t_start, t_end, c_start, c_end)
        if passive is not None:
            passive.passive = True
            return passive
    if sense.form in ("past", "present") \
            and _word_before_verb(text, c_start, t_start) in RELATIVE_PRONOUNS:
        relative = _relative_clause_arguments(text, sentence, groups, t_start, t_end, c_start,
                                              sense.event in ACTED_UPON_TYPES)
        if relative is not None:
            return relative
    frame = _undergo_frame(text, sentence, t_start) if sense.form == "nouns" else None
    if frame is not None:
        # "تعرض لبنان أمس لهجوم": the subject of تعرض is the victim
        victims_i = _first_after(text, groups, frame, t_start, SUBJECT_GAP_WORDS)
        victims = chain_from(text, groups, victims_i) if victims_i is not None else []
        undergoer = VOWELLED_WORD.search(text, frame, t_start)
        if not victims and undergoer is not None \
                and _possessed(text, undergoer.start(), undergoer.end()):
            # "أصيب سفير بولندا عندما تعرضت قافلته لهجوم": what underwent it belongs to
            # the subject before
            victims = _earlier_subject(text, sentence, groups, frame)
        agents = _agent_after_marker(text, groups, t_end, sentence.end)
        return _with_claim(text, sentence, groups, sense, t_end,
                           Arguments(agents, victims, "undergo"))
    if sense.form == "participles" and _accused_participle(text, groups, t_start, t_end):
        accused = _accused_arguments(text, sentence, groups, t_start, t_end, c_start)
        accused.passive = True
        return accused
    if sense.form == "nouns" and sense.event in CONTENT_TYPES \
            and _circumstantial_demand_participle(text, t_start, t_end) \
            and any(g.start >= t_end and not words_between(text, t_end, g.start)
                    and not has_break(text, t_end, g.start) for g in groups):
        # "حذرت المنظمة ...، مطالبة إسرائيل بالسماح": the participle's object, right after
        # it, is the one asked; who asks is the clause's subject or the speaker. With no
        # object ("، داعية إلى") the noun reading stays.
        args = _participle_arguments(text, sentence, groups, t_start, t_end, c_end, speaker)
        # the subject of a clause reported inside the sentence ("رأت المنظمات أن الجيش
        # ينتهك ...، مطالبة الحكومة") is not the one who asks
        args.actors = [g for g in args.actors
                       if not _after_complementizer(text, g, sentence.start)]
        args.how = "circumstantial-" + args.how
        return args
    if sense.form == "participles":
        if _pronoun_subject(text, c_start, t_start):
            # "لكنها لا تدعم ...": the pronoun's antecedent, not the sentence's speaker
            speaker = _earlier_subject(text, sentence, groups, t_start) or speaker
        if modal:
            return _modal_arguments(text, sentence, groups, t_start, t_end, c_start, c_end,
                                    speaker)
        return _participle_arguments(text, sentence, groups, t_start, t_end, c_end, speaker)
    taking_place = _talks_taking_place(text, groups, sense, t_start, t_end, c_start, c_end)
    if taking_place:
        speaker = []    # "زار الوزير قطر، ومحادثات تجري في الدوحة": not the visitor's talks
    document = _document_arguments(text, sentence, groups, t_start, t_end, c_start, c_end,
                                   sense) \
        if sense.form == "present" and sense.event not in ACTED_UPON_TYPES else None
    if document is not None:
        args = document
    elif sense.form == "nouns" or _followed_by_adjective(text, groups, t_end):
        args = _noun_arguments(text, sentence, groups, sense, t_start, t_end, c_start, c_end,
                               speaker)
        if sense.event == "ASSAULT" and opens_toll_phrase(trigger_text):
            args = with_toll_parties(text, sentence, groups, toll_dead(text, all_groups, t_start, t_end),
                                     t_end, args)
        if sense.event in DRAWN_TYPES and _drawn_by_frame(text, c_start, t_start):
            args = _drawn_arguments(text, sentence, groups, t_start, t_end, c_start, c_end, args,
                                   speaker)
        if taking_place:
            args.actors = [g for g in args.actors if g.start >= t_end]
            if not args.actors and not args.recipients:
                # "محادثات جرت بين مصر وقطر": the parties named after the verb
                args.recipients = _parties_after(text, groups, t_end, c_end)
            args.how += "+taking-place"
        if sense.event == "CONSULT" and not args.recipients:
            # "أعلن البيت الأبيض عن اتصال هاتفي هو الأول بين ...": the announcer stays actor
            args.recipients = [g for g in _parties_between_later(text, groups, t_end, c_end)
                               if g not in args.actors]
            args.how += "+between-later" if args.recipients else ""
    elif (stance := possessed_stance_arguments(text, sentence, groups, sense, t_start,
                                               t_end)) is not None:
        args = stance   # "أبلغت الحركة القاهرة رفضها": a possessed noun, not a verb
    elif (spelled := spelled_noun_arguments(text, sentence, groups, all_groups, sense, t_start,
                                            t_end, c_start, c_end, speaker)) is not None:
        args = spelled  # "بعد رفضهم"، "دعمهم للمقاومة ورفضهم": the verbal noun, not a verb
    else:
        args = _verb_arguments(text, sentence, groups, t_start, t_end, c_start, c_end, speaker,
                               form=sense.form,
                               counted_object=sense.event not in CROWD_TYPES,
                               acted_upon=sense.event in ACTED_UPON_TYPES,
                               act_object=sense.event in ACT_OBJECT_TYPES,
                               counted_subject=sense.event in COUNTED_SUBJECT_TYPES,
                               sense=sense)
        if sense.event in ACTED_UPON_TYPES and args.how == "vso" \
                and verbal_noun_lead(text, c_start, t_start):
            args = _verbal_noun_object(text, sentence, groups, t_start, t_end, c_start, args)
        if _word_before_verb(text, c_start, t_start) in RELATIVE_PRONOUNS \
                and _object_pronoun_on(trigger_text.split()[0]):
            args = _relative_object_subject(text, sentence, groups, t_start, c_start,
                                            sense.form, args)
    if sense.event in ACTED_UPON_TYPES:
        args = _without_object_demonym(text, t_end, args)
        args.recipients = [g for g in args.recipients
                           if not _escort_before(text, g, max(c_start, t_end))]
    if sense.event in ACTED_UPON_TYPES and sense.form in ("past", "nouns") \
            and not text[t_start:t_end].startswith(("و", "ف")):
        agents = _continued_by(text, groups, c_start, t_start)
        if agents:
            # a past form after a continuation word and its subject is the verbal noun
            # ("عاودت الطائرات قصف مدرسة"): whom the verb reading took as subject is the target
            args = Arguments(agents, [g for g in args.actors + args.recipients
                                      if g not in agents], args.how + "+continued")
    if sense.event in DECIDED_TYPES and sense.form in ("past", "nouns") \
            and not trigger_text.startswith(("و", "ف")):
        deciders = _decided_by(text, sentence, groups, t_start)
        if deciders:
            # "قرار إسرائيل حظر الوكالة": the decision's genitive is the agent; whom the
            # verb reading took as its subject after the noun is the act's object
            args = Arguments(deciders, [g for g in args.actors + args.recipients
                                        if g not in deciders and g.start >= t_end],
                             args.how + "+decided")
    if sense.event == "CONSULT" and sense.form in ("past", "present"):
        args = _with_counterpart_object(text, sentence, groups, t_start, t_end, c_start, args)
    talks = sense.event == "CONSULT" and sense.form in ("past", "present") \
        and TOPIC_VERBS.match(trigger_text) is not None
    if talks:
        args = _topic_verb_arguments(text, sentence, groups, t_start, t_end, c_end, args)
    if not args.recipients:
        specified = [g for g in _specified_object(text, sentence, groups, t_end, args.actors)
                     if g not in args.actors]
        if specified:
            args.recipients = specified
            args.how += "+specified-object"
    if sense.form in ("past", "present") and _dual_subject(text, c_start, t_start):
        # the dual noun before the verb is its subject: whatever stands before it is not
        args.actors = _two_parties(text, sentence, groups, t_start)
        args.recipients = [g for g in args.recipients if g not in args.actors]
        args.how += "+dual-parties"
    if speaker and _own_forces_subject(text, c_start, t_start) \
            and all(g.start >= t_end for g in args.actors):
        # "وقال الجيش إن جنوده قتلوا ..."، "أعلنت الحركة أن مقاتليها هاجموا ...": the
        # forces belong to the speaker; with the forces as subject before the verb, who
        # stands after it is its object ("أن مقاتليها اشتبكوا مع قوات الجيش")
        args.recipients = [g for g in args.actors + args.recipients if g not in speaker]
        args.actors = list(speaker)
        args.how += "+own-forces"
    if sense.event in ACTED_UPON_TYPES and sense.form in ("past", "nouns") \
            and (own := _own_member_victims(text, speaker, t_start, t_end, c_end, args)):
        return own
    if sense.event in ACTED_UPON_TYPES and speaker \
            and all(_place_group(g) for g in args.recipients) \
            and (not any(g in speaker for g in args.actors)
                 or sense.form == "past" and verbal_noun_lead(text, c_start, t_start)) \
            and _own_victims(text, sentence, groups, t_start, t_end, c_start, c_end):
        # "أعلن الجيش مقتل اثنين من جنوده في هجوم": the victims belong to the speaker; a
        # town read as the recipient ("مقتل اثنين من ضباطه في رفح") is only where they fell
        args.recipients = list(speaker)
        args.actors = [g for g in args.actors if g not in speaker]
        args.how += "+own-victims"
        return args
    if sense.event == "ASSAULT" and sense.form in ("nouns", "past") \
            and _announced_own_operation(text, groups, speaker, t_start, t_end) \
            and not names_other_doer(text, speaker, t_end, args):
        # "أعلنت الكتائب استهداف دبابة إسرائيلية": an armed group announcing an attack
        # claims it; whom its noun names is the target, never the speaker by another name.
        # A past form right after the speaker is the same verbal noun unvowelled ("أعلنت
        # الكتائب قتل جنود")
        args.recipients = [g for g in args.actors + args.recipients if not same_party(g, speaker)
                           and not speaker[-1].end <= g.start < t_start]
        args.actors = list(speaker)
        args.how += "+announced"
        if not args.recipients and sense.form == "nouns":
            # "استهداف مقاتليها بقذائف الهاون جنودا": the target stands past the own forces
            targets = object_after_own_forces(text, groups, t_start, t_end, c_end)
            args.recipients = [g for g in targets if not same_party(g, speaker)]
            args.how += "+own-forces-object" if args.recipients else ""
    if sense.event in ACTED_UPON_TYPES:
        args = _with_partitive_victims(text, groups, sense, t_end, c_end, args)
    args = _with_claim(text, sentence, groups, sense, t_end, args)
    if sense.event == "ASSAULT":
        args = with_weapon_agents(text, t_end, c_end, args)
        args = _with_result_victims(text, sentence, groups, t_start, t_end, args)
        if not args.actors:
            args.actors = [g for g in _confronted(text, sentence, groups, t_end)
                           if g not in args.recipients]
    if not args.actors and speaker and PLOVER_QUADS[sense.event] in (1, 3) \
            and "unnamed-subject" not in args.how and "+drawn" not in args.how \
            and not any(g in args.recipients for g in speaker):
        args.actors = speaker
        args.how += "+speaker"
        if not args.recipients and not args.how.startswith("v+noun-complement"):
            # "شدد السيسي على ضرورة وقف الانتهاكات الإسرائيلية": the object follows
            obj = _first_after(text, groups, t_end, c_end, OBJECT_GAP_WORDS)
            if obj is not None and groups[obj] not in speaker:
                args.recipients = chain_from(text, groups, obj)
    if talks:
        # the speaker's object found above may stand inside the topic
        args = _topic_verb_arguments(text, sentence, groups, t_start, t_end, c_end, args)
    if embedded and not args.recipients:
        args.recipients = [g for g in embedded if g not in args.actors]
        args.how += "+embedded-subject"
    if sense.event in SYMMETRIC_TYPES and args.recipients and not args.actors:
        args.actors, args.recipients = args.recipients, []
    if sense.event == "PROTEST":
        args = _protest_roles(text, sentence, groups, t_start, args)
        args = _host_government(text, sentence, all_groups, t_start, args)
    return args


# Statement nouns a subject can draw or face ("أثار الخطاب انتقادات"، "واجهت الحكومة
# اتهامات"، "تلقى تهديدات من"): the subject is the one criticised or threatened.
DRAWN_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})

DECIDED_TYPES = frozenset({"SANCTION", "COERCE"})


def _followed_by_adjective(text: str, groups: list[Group], t_end: int) -> bool:
    """A word read as a verb but followed directly by a demonym adjective is the verbal noun
    ("قصف إسرائيلي")."""
    nxt = next((g for g in groups if g.start >= t_end), None)
    return nxt is not None and nxt.is_demonym_only and not text[t_end:nxt.start].strip() \
        and not attached_prefix(text, nxt.start)
