"""Who did it to whom: actor and recipient chains for a trigger, from sentence structure.

Arabic news is mostly verb-subject-object: the subject follows the verb, the object or a
prepositional phrase follows the subject.  Verbal nouns take their agent as an adjective or
genitive ("قصف إسرائيلي"، "هجوم حماس") and their target after على/ضد.  Victim verbs
(استشهد، أصيب، تعرض لـ) have the victims as subject and the agent after برصاص/على يد/من قبل.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from itertools import islice

from ..records import PLOVER_QUADS, SYMMETRIC_TYPES, ActorMention, Sentence
from ..text.normalize import normalize_string
from ..words import alternation, function_words
from .counts import opens_another_fact
from .lexicon import TriggerSense, without_adjunct_asides, without_asides
from .structure import (
    CLAUSE_BREAK,
    NISBA_ENDING,
    STATE_KINDS,
    TITLE_WORDS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    build_groups,
    chain_from,
    clause_bounds,
    clause_start_over_asides,
    group_gender,
    has_break,
    is_office_phrase,
    office_holder,
    titled_person,
    unvowelled,
    without_office_phrases,
    word_text,
    words_between,
    words_of,
    written_word_start,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

SUBJECT_GAP_WORDS = 4        # words allowed between a verb and its subject (time adverbs ...)
OBJECT_GAP_WORDS = 6
ALLEGIANCE_GAP_WORDS = 3     # "المتشددين من الموالين لـ"
PARTITIVE_WORD = "من"
ADJUNCT_REACH_WORDS = 4      # more words a subject may stand back over a prepositional phrase
COUNT_REACH_CHARS = 40        # enough characters before a participant for its number word
DIRECTIONS = _WORDS.directions
PARTIES_MARKER = "بين"
# "قام ب" + action noun: the subject of قام is the agent of the noun.
LIGHT_VERBS = _WORDS.light_verbs
# Words that put the next participant in a place reading ("ضربة في سورية"، "غارات داخل
# الصومال"): it is where the action happened, not the genitive agent of the action noun.
LOCATIVE_WORDS = _WORDS.locative_words | frozenset(DIRECTIONS)
# Types whose action noun takes its victim as genitive (اعتقال صحفيين); a protest's or a
# sanction's genitive is its agent (مظاهرات الطلاب).
ACTED_UPON_TYPES = frozenset({"ASSAULT", "COERCE"})
RELEASE_MODE = "release"     # الإفراج عن، إطلاق سراح: set free, the object marker in the trigger
COERCING_CIVILIAN_STEMS = _WORDS.coercing_civilian_stems
IMPERSONAL_PASSIVE_AUXILIARIES = _WORDS.impersonal_passive_auxiliaries
RELEASE_OBJECT_MARKERS = _WORDS.release_object_markers
WITNESSING_VERBS = _WORDS.witnessing_verbs
COPULAR_VERBS = _WORDS.copular_verbs
COPULA_GAP_WORDS = 3      # "المستشفيات الثلاثة ظلت محاصرة"
PARTICIPLE_PREFIX = "م"   # محاصر، مستهدف: the shape of a participle
WITNESS_REACH_WORDS = 5     # "شهدت قرية بيت أمر شمال الخليل اقتحامات"
WITNESS_AGENT_WORDS = 3     # "قصفا عنيفا من الجيش"
FROM_WORD = "من"
# What such civilians do themselves: raid and seize (they are arrested and displaced too).
COERCING_CIVILIAN_ACTS = ("coerce.raid", "coerce.seize")
# Endings of a person noun after its stem (مستوطن، مستوطنون، مستوطني، مستوطنا), not of a
# place noun made from it (مستوطنة، مستوطنات).
PERSON_NOUN_ENDINGS = ("", "ون", "ين", "ي", "و", "ا", "ان")
# Sectors of people who are acted upon rather than acting, when named after an action noun.
VICTIM_SECTORS = frozenset({"CVL", "REF", "JRN", "MED", "EDU", "REL", "LAB", "AGR"})
TARGET_PREPOSITIONS = _WORDS.target_prepositions
ARRIVAL_WORDS = _WORDS.arrival_words
DESTINATION_PREPOSITIONS = frozenset({"إلى", "الى"})
ATTACK_TARGET_PREPOSITIONS = _WORDS.attack_target_prepositions
TARGET_WORDS = tuple([w] for w in ATTACK_TARGET_PREPOSITIONS)   # a target follows them
# ل-phrases of time after an action noun's genitive ("إغلاق المكتب للمرة الثالثة")
TIME_LAM_WORDS = _WORDS.time_lam_words
OTHER_PREPOSITIONS = _WORDS.other_prepositions
AGENT_MARKERS = _WORDS.agent_markers
FIRED_NOUNS = _WORDS.fired_nouns
AGENT_HEAD_NOUNS = _WORDS.agent_head_nouns
ESCORT_NOUNS = _WORDS.escort_nouns
ESCORT_LEADS = _WORDS.escort_leads
# markers whose next words name the doer (the fire is the shooter's: "برصاص الجيش"); after
# the other weapon markers the weapon's own words may follow ("بطائرة انتحارية")
AGENTIVE_MARKERS = _WORDS.agentive_markers
VICTIM_FRAMES = _WORDS.victim_frames
# Verbs whose subject survived the action noun they govern by من ("نجا الوزير من هجوم").
SURVIVE_FRAMES = _WORDS.survive_frames
# "تعرض لمحاولة اغتيال"، "نجا من محاولة اغتيال": the attempt noun stands between the frame
# verb and the action noun and carries the preposition.
ATTEMPT_WORDS = _WORDS.attempt_words
FRAME_REACH_WORDS = 12       # words allowed between a frame verb and its action noun
# "أعلنت X مسؤوليتها"، "تبناه X"، "نسب إلى X": who claimed or was credited with an attack.
CLAIM_VERBS = _WORDS.claim_verbs
CLAIM_NOUNS = _WORDS.claim_nouns
CLAIM_GAP_WORDS = 3
ANNOUNCED_GAP_WORDS = 4      # "أعلنت الكتائب، اليوم الاثنين، مواصلتها استهداف"
# A gloss on a name between dashes or brackets ("الألوية -الذراع العسكرية للحزب-"، "(فرع
# الشمال)"): the same party described, so it does not part the speaker from what it announces.
GLOSS_ASIDE = re.compile(r"\s[-–(][^-–()\n]{1,80}[-–)]")
# Types whose verbal noun's genitive or condemned act names the one acted against (the
# accused), not the agent.
ACCUSED_AFTER_NOUN_TYPES = frozenset({"ACCUSE"})
LAM_PRONOUN = re.compile(r"^ل(?:ه|ها|هم|هما|هن|ي|نا|ك|كم)$")
# Partitive or construct victims owned by the speaker ("مقتل اثنين من جنوده"، "أحد جنوده").
OWN_VICTIM_LEADS = _WORDS.own_victim_leads
OWN_VICTIM_REACH_WORDS = 8
# "بيانا اتهمت فيه"، "تغريدة لوزير ... انتقد فيها": the verb of a relative clause on a
# statement noun; its subject is the statement's author.
REPORT_NOUNS = _WORDS.report_nouns
REPORT_RESUMPTIVES = _WORDS.report_resumptives
REPORT_NOUN_REACH_WORDS = 2     # "بيانا رسميا"، "مؤتمرا صحفيا" before the verb
DOCUMENT_ADJECTIVE_WORDS = 2    # "رسالة واضحة تدعو"، "قرارا أمميا جديدا يطالب"
DOCUMENT_NOUNS = REPORT_NOUNS | _WORDS.resolution_nouns
QUANTIFIER_SUBJECT_HEADS = _WORDS.quantifier_subject_heads
DOCUMENT_GOVERNORS = _WORDS.document_governors
ISSUER_GAP_WORDS = 2    # "الجمعية العامة، الأربعاء، لصالح قرار"
EACH_OF = tuple(tuple(p.split()) for p in _WORDS.each_of)
# Prepositions that make an action noun the circumstance of the predicate before it.
CIRCUMSTANCE_WORDS = _WORDS.circumstance_words
# "في قصف"، "آثار قصف": no past verb follows them, so the attack word is a verbal noun.
MASDAR_LEADS = _WORDS.masdar_leads
# "دانت الوزارة خطاب الرئيس": an act noun whose genitive is the one blamed or refused.
ACT_OBJECT_NOUNS = _WORDS.act_object_nouns | _WORDS.condemned_violence_nouns
ACT_OBJECT_TYPES = frozenset({"ACCUSE", "REJECT"})
ACT_OBJECT_GAP_WORDS = 4
# "هجوم أسفر عن مقتل X"، "أدى القصف إلى إصابة X": the casualties an attack caused are its
# victims.  A result verb, up to two words, its preposition, then a casualty noun.
RESULT_VERBS = alternation(_WORDS.result_verbs)
CASUALTY_NOUNS = alternation(_WORDS.casualty_nouns)
CASUALTY_NOUN_WORDS = frozenset(_WORDS.casualty_nouns)
RESULT_PREPOSITIONS = alternation(_WORDS.result_prepositions)
RESULT_CASUALTIES = re.compile(rf"(?<!\w)[وف]?{RESULT_VERBS}(?:\s+\S+){{0,2}}?\s+"
                               rf"{RESULT_PREPOSITIONS}?\s*{CASUALTY_NOUNS}(?!\w)")
RESULT_REACH_WORDS = 10      # words allowed between an attack noun and its result verb
# "انفجرت عبوة لدى مرور دورية للجيش": the passing patrol or convoy was the target.
PASSING_TARGET = re.compile(rf"(?<!\w){alternation(_WORDS.passing_openers)}\s+مرور(?!\w)")
PASSING_GAP_WORDS = 3        # "مرور دورية تابعة للجيش"
# after an attack noun governed by a result verb before it: "(أدى القصف) المدفعي إلى مقتل"
RESULT_TAIL = re.compile(rf"(?:\s*\S+){{0,2}}?\s*{RESULT_PREPOSITIONS}\s*{CASUALTY_NOUNS}(?!\w)")
OWN_FORCES = re.compile(rf"^{alternation(_WORDS.own_force_nouns)}(?:ه|ها|هم)$")
OWN_FORCE_LEADS = _WORDS.own_force_leads
PERSON_ENDINGS = ("", *_WORDS.person_endings)
# Words that open an adjunct after a verb (time, place, circumstance), never its object.
ADJUNCT_WORDS = _WORDS.adjunct_words
TIME_WORDS = _WORDS.time_words
# a pronoun object written onto a verb ("اعتقله"، "قتلهم"): the verb is active
OBJECT_PRONOUN = re.compile(r"(?:ها|هم|هما|ه)$")
QUANTITY_WORDS = _WORDS.quantity_words
OTHER_PEOPLE_WORDS = _WORDS.other_people_words
# Cardinal number words as written before a counted noun (خمسة مسلحين، ثلاث نساء).
NUMBER_WORDS = _WORDS.number_words
COMPLEMENTIZERS = _WORDS.complementizers
# Words joining a verb with no written subject to the clause whose subject it goes on with.
JOINED_CLAUSE_LINKS = _WORDS.joined_clause_links
# "دعت السكان إلى"، "حثت الأهالي على": words opening what the one asked is asked to do
ADDRESSED_COMPLEMENT_OPENERS = _WORDS.addressed_complement_openers
ADDRESSED_COMPLEMENT_WORDS = 4
# Words that may open a clause before a fronted subject.
CLAUSE_OPENERS = _WORDS.clause_openers
# Types whose participants are the crowd itself: a counted group after the verb ("تجمع مئات
# الطلاب") is its subject, not an object.
CROWD_TYPES = frozenset({"PROTEST", "MOBILIZE"})
# Verbs of speech: a counted group of people right after one is its subject ("طالب 100
# نائب الحكومة")، not a counted object as after an attack verb.
COUNTED_SUBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONSULT"})
# Circumstantial nouns and participles naming what a protest is against ("احتجاجا على"،
# "ضد"، "منددين ب"): the participant after them is the protest's recipient ...
PROTEST_TARGET_CUES = _WORDS.protest_target_cues
# The embassy a protest gathers at stands for its country ("أمام سفارة الدنمارك"); the
# embassy is often read as one participant with its country, starting at the cue word.
EMBASSY_CUES = _WORDS.embassy_cues
# Chants against someone ("«الموت لـ ...»"، "«يسقط ...»"): the participant after them is
# the recipient.
CHANT_CUES = _WORDS.chant_cues
# A flag burnt or trampled ("أحرق متظاهرون أعلام إسرائيل"): its country is what the protest
# is against.
FLAG_WORDS = _WORDS.flag_words
DESECRATING_WORDS = _WORDS.desecrating_words
# ... and those naming whom it supports ("تضامنا مع"، "دعما ل"): neither actor nor recipient.
PROTEST_SUPPORT_CUES = _WORDS.protest_support_cues
PROTEST_SUPPORT_ADJECTIVES = _WORDS.protest_support_adjectives
CUE_GAP_WORDS = 4            # words allowed between a cue and the participant it names
# The auxiliary of the pluperfect "وكان X قد فعل": its subject stands before قد.
PAST_AUXILIARIES = _WORDS.past_auxiliaries
PERFECT_PARTICLE = "قد"
# A particle carrying the subject pronoun ("إنها ترفض"، "لكنه يدعم") or a bare pronoun: the
# verb after it has that pronoun as subject, so a group after the verb is its object.
PRONOUN_SUBJECT = re.compile(rf"^[وف]?(?:{alternation(_WORDS.pronoun_subject_particles)}"
                             rf"(?:ه|ها|هم|هما|هن|نا|ني)|{alternation(_WORDS.subject_pronouns)})$")
# Particles allowed between that pronoun and its verb.
VERB_PARTICLES = _WORDS.verb_particles
QUOTES = " \t\"'«»“”"
SEGMENT_MARKS = "،,;؛:.!?؟"
ASIDE_WORDS = 4              # a comma aside ("، قبل شهرين،") this short does not end a clause
# Relative pronouns: a verb after one describes the participant before it, named within
# RELATIVE_REACH_WORDS (its adjectives, "مستشفى كذا الميداني الذي").
RELATIVE_REACH_WORDS = 2
# Prepositions with the pronoun of a relative's antecedent ("الأماكن التي انسحب منها الجيش").
RESUMPTIVE_PREPOSITIONS = tuple([w] for w in _WORDS.resumptive_prepositions)
RELATIVE_PRONOUNS = _WORDS.relative_pronouns
# Sectors of armed or coercive agents: after an attack or coercion noun such a genitive is
# the agent ("هجوم حماس"، "اعتقال الشرطة"); any other named party is acted upon ("حصار وفد
# حكومي"، "اعتقال الوزير").
ARMED_SECTORS = frozenset({"MIL", "REB", "SPY", "UAF", "COP", "CRM"})
# Mention kinds that name a body (army, party, state, capital) rather than people.
BODY_KINDS = frozenset({"organization", "institution", "country", "capital"})
# The first letters of derived verbal nouns after the proclitic (بمعاقبة، بتسليم، بإرسال،
# لاعتقال، باستئناف); a bare three-letter stem is a simple verbal noun (بوقف، بمنع، لفرض).
DERIVED_NOUN_STARTS = _WORDS.derived_noun_starts
# "دان الوزير السياسات الغربية، وخصوصا سياسة X"، "، ولا سيما X": after a comma these
# words single out part of the object named before them.
SPECIFIERS = _WORDS.specifiers
SPECIFIER_LEADS = ([], *([w] for w in _WORDS.specifier_negations))
SPECIFIER_REACH_WORDS = 12   # the subject's apposition and the object stand between
SPECIFIED_GAP_WORDS = 2      # "وخصوصا سياسة X"، "ولا سيما على X"
# Verbs of a relative clause after an action noun that resume it as their object ("الزيارة
# التي أجراها الوزير"، "الهجمات التي نفذها التنظيم"): their subject is the noun's agent.
RELATIVE_AGENT_VERB = re.compile(rf"^{alternation(_WORDS.relative_agent_verbs)}(?:ه|ها|هم)$")
RESUMED_BY_LIGHT_VERB = _WORDS.resumed_by_light_verb     # "التي قام بها الوزير"
# "بقنبلة ألقاها الجنود"، "رشقة أطلقتها الكتائب": the same verbs and those throwing a weapon,
# resuming an indefinite noun without a relative pronoun
UNMARKED_RELATIVE_VERB = re.compile(
    rf"^{alternation(_WORDS.relative_agent_verbs + _WORDS.thrown_weapon_verbs)}(?:ه|ها|هم)$")
RELATIVE_AFTER_NOUN_WORDS = 2     # adjectives between the noun and the pronoun ("الأخيرة")
# Verbal nouns that carry an attack noun as object ("أعلنت الحركة إطلاقها رشقة صاروخية"):
# their possessive pronoun names the attack's agent.
SUPPORT_NOUN_STEMS = _WORDS.support_noun_stems
POSSESSIVE_SUFFIXES = _WORDS.possessive_suffixes


@dataclass(slots=True)
class Arguments:
    actors: list[Group]
    recipients: list[Group]
    how: str
    passive: bool = False       # a hidden passive was read: the verb's subject is the victim


# Proclitics the trigger span leaves behind ("بتعزيزات" matched from its noun).
PROCLITIC_WORDS = _WORDS.proclitic_words
PLACE_KINDS = frozenset({"country", "capital", "place", "city"})
# Indefinite attack nouns a relative verb may describe ("في هجوم قتل ..."), the prepositions
# that govern them, and how far into its clause the main clause's subject may stand.
ATTACK_NOUNS = _WORDS.attack_nouns
ATTACK_NOUN_PREPOSITIONS = _WORDS.attack_noun_prepositions
MAIN_SUBJECT_WORDS = 2
UNNAMED_SUBJECT_WORDS = 3    # "المنظمة الحقوقية الدولية"
# "العاصمة الألمانية برلين": a capital named after this word is the city, not its government.
CAPITAL_WORD = "العاصمة"
# Prepositions that make a place the destination or origin of a movement ("توجه إلى
# برلين"، "عاد من بروكسل"): no participant of an action noun standing after it.
MOVEMENT_PREPOSITIONS = _WORDS.movement_prepositions
# Groups that name the two parties of a reported agreement or meeting by a dual noun.
DUAL_PARTIES = _WORDS.dual_parties
# Verbs of talks whose object is the topic ("بحث الجانبان التوقيع على اتفاق"): the partner
# comes after مع, and the participants named inside the topic take no part in the talks.
TOPIC_VERBS = re.compile(rf"^[وف]?(?:س?[يت])?{alternation(_WORDS.topic_verb_stems)}"
                         r"(?P<ending>ت|ا|وا|ان|ون)?$")
PRONOUN_SUBJECT_ENDINGS = _WORDS.pronoun_subject_endings    # "بحثا": "they two discussed"
TOPIC_ADVERBS = _WORDS.topic_adverbs
TOPIC_ADJUNCTS = _WORDS.topic_adjuncts
PARTNER_WORD = "مع"
PHRASE_STOPS = TOPIC_ADJUNCTS | {PARTNER_WORD} | _WORDS.phrase_stop_words
MAX_CONSTRUCT_WORDS = 3
COUNTERPART_NOUNS = _WORDS.counterpart_nouns
ORDINAL_DIGITS = re.compile(r"^(?:ال)?ـ*\d+$")     # "الدورة الـ162"
# Verbs that carry an action noun governed by ب as their object ("دفعت الوزارة بتعزيزات"،
# "قامت القوة بمداهمة"، "أمرت بانسحاب"): their subject is the noun's agent.
BI_SUPPORT_VERBS = re.compile(rf"^(?:و|ف)?{alternation(_WORDS.bi_support_verbs)}$")


def _place_group(g: Group) -> bool:
    """The group names a place only ("برلين"، "العاصمة البلجيكية بروكسل")."""
    return not g.is_demonym_only and all(m.kind in PLACE_KINDS or m.kind == "demonym"
                                         for m in g.mentions)


def _place_reading(text: str, g: Group) -> bool:
    """A country or capital after a locative word ("في برلين"، "داخل سوريا"، "ببغداد")
    names where something happens, not who acts: no participant.  After على،
    ضد or إلى a place stays a possible target ("غارة على غزة"، "مساعدات إلى لبنان")."""
    if not _place_group(g):
        return False
    before = words_between(text, max(0, g.start - 40), g.start)
    while before and before[-1] in DIRECTIONS:
        before = before[:-1]
    if before and before[-1] in LOCATIVE_WORDS:
        return True
    prefix = _proclitic(text, g).lstrip("وف")
    return prefix in ("ب", "بال")


def _capital_cued(text: str, g: Group) -> bool:
    """A place named after العاصمة ("العاصمة البلجيكية بروكسل"): after another participant
    of its clause it is the place visited or reached ("يزور الوزير العاصمة ..."); heading
    its clause it may be a subject ("شهدت العاصمة برلين مظاهرة")."""
    before = words_between(text, max(0, g.start - 20), g.start)
    return _place_group(g) and before[-1:] == [CAPITAL_WORD]


# A news outlet after a word of reporting is the source of the report or the one spoken to
# ("نقلت رويترز عن مسؤولين"، "قال لـ أكسيوس"): no party to what it reports.
OUTLET_REPORT_WORDS = _WORDS.outlet_report_words
OUTLET_HEADS = _WORDS.outlet_heads
OUTLET_REPORT_CLITICS = _WORDS.outlet_report_clitics
OUTLET_KINDS = frozenset({"organization", "institution"})
OUTLET_SECTOR = "JRN"
NON_STATE = "NGO"       # journalists' unions and press-freedom bodies speak for themselves
OUTLET_LOOKBACK_CHARS = 60


def is_news_outlet(m: ActorMention) -> bool:
    """The mention names a news outlet (a paper, a channel, an agency), not a body of
    journalists that speaks for itself ("مراسلون بلا حدود")."""
    return m.sector == OUTLET_SECTOR and m.kind in OUTLET_KINDS and m.country != NON_STATE


def _news_outlet(g: Group) -> bool:
    return any(is_news_outlet(m) for m in g.mentions)


# Trigger forms the press only reports on ("ركزت وسائل الإعلام على المحادثات"، "قالت الصحيفة
# إن الاجتماع ..."): the press as speaker, or named before such a noun or participle, is no
# party of it (after the noun it may be its object: "إغلاق مكتب القناة").
REPORTED_FORMS = frozenset({"nouns", "participles"})
# Acts the press itself suffers or does (an office raided, a reporter struck, a vigil held,
# a commentator's criticism): before their noun it stays a party.
PRESS_OWN_ACT_TYPES = ACTED_UPON_TYPES | {"PROTEST", "ACCUSE"}


def _press(g: Group) -> bool:
    """The group names the press: an outlet, the media or their reporters (sector JRN), not
    a body of journalists that speaks for itself."""
    return any(m.sector == OUTLET_SECTOR and m.country != NON_STATE for m in g.mentions)


def _report_word(word: str) -> bool:
    """A word of outlet_report_words, with at most two proclitics written on it."""
    for _ in range(3):
        if word in OUTLET_REPORT_WORDS:
            return True
        if not word or word[0] not in OUTLET_REPORT_CLITICS:
            return False
        word = word[1:]
    return False


def _reporting_outlet(text: str, g: Group, event: str) -> bool:
    """A news outlet named as the source of a report or as the one spoken to: after a verb
    or noun of reporting (over the outlet's head noun: "ذكرت صحيفة «هآرتس»"), or after ل
    ("قال مسؤول لـ رويترز") unless the event acts on things (an office of the outlet
    closed or struck: "إغلاق مكتب لقناة ...")."""
    if not _news_outlet(g):
        return False
    cut = written_word_start(text, g.start)
    before = list(VOWELLED_WORD.finditer(text, max(0, cut - OUTLET_LOOKBACK_CHARS), cut))
    lam = _proclitic(text, g).lstrip("وف").startswith("ل")
    if before and word_text(before[-1]) in ("ل", "لـ"):
        lam = True      # "لـ «رويترز»" with the ل written apart
        before.pop()
    while before and word_text(before[-1]) in OUTLET_HEADS:
        before.pop()
    last = before[-1] if before and not has_break(text, before[-1].end(), cut) else None
    if lam and event not in ACTED_UPON_TYPES and not _outlet_possessor(before, last):
        return True
    return last is not None and _report_word(word_text(last))


def _outlet_possessor(before: list[re.Match[str]], last: re.Match[str] | None) -> bool:
    """A definite noun right before the ل of an outlet, itself no prepositional object,
    owns it ("المعلق العسكري لصحيفة ..."): he is the outlet's, not someone it spoke to
    ("مطلع على المحادثات لوكالة ..." is)."""
    if last is None or not word_text(last).startswith("ال"):
        return False
    words = [word_text(m) for m in before]
    while len(words) > 1 and words[-2].startswith("ال") and not words[-1] in OTHER_PREPOSITIONS:
        words.pop()     # the noun's definite adjectives ("المعلق العسكري")
    preceding = words[-2] if len(words) > 1 else ""
    return preceding not in COMPLEMENT_WORDS and preceding not in TARGET_PREPOSITIONS \
        and preceding not in OTHER_PREPOSITIONS


def _moved_place(text: str, g: Group) -> bool:
    """A place after إلى or من: the destination or origin of a movement."""
    before = words_between(text, max(0, g.start - 20), g.start)
    return _place_group(g) and bool(before) and before[-1] in MOVEMENT_PREPOSITIONS


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


# "بأن"، "أن"، "إن"، "لأن"، also with a pronoun ("بأنها"): the complementiser opens a clause
# (not after a vowel mark: "عمّان" is no "ان")
CLAUSE_OPENER = re.compile(r"(?<![\w\u064B-\u0652])[وف]?[بل]?[أإا]نّ?(?:ه|ها|هم|هما|نا|ني)?(?!\w)")
# Types whose verb addresses the subject of the clause it opens ("طالبت مصر بأن تنسحب
# إسرائيل"، "هدد الحزب بأن إسرائيل ستدفع الثمن"): that subject is the recipient.
ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE"})
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


def _after_another_verb(text: str, g: Group, t_end: int) -> bool:
    """The group was cut from a verb the recogniser read as a role noun ("وطالب إسرائيل"),
    and that verb is not the one ending at ``t_end``."""
    return g.mentions[0].rule.endswith("+after-verb") and bool(words_between(text, t_end, g.start))


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


def _proclitic(text: str, g: Group) -> str:
    """The proclitics on a participant's first word, also when the mention was read with its
    preposition ("للجيش" matched whole): ل before the article is never part of a name.
    "استهدف دورية للجيش" then reads the army as the owner of the target, not the subject."""
    prefix = attached_prefix(text, g.start)
    return prefix + "ل" if g.mentions[0].text.startswith("لل") else prefix


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


def _word_before_verb(text: str, c_start: int, t_start: int) -> str:
    """The word of the clause before the verb at ``t_start``, over particles (لا، قد ...)."""
    lead = words_between(text, c_start, t_start)
    while lead and lead[-1] in VERB_PARTICLES:
        lead.pop()
    return lead[-1] if lead else ""


def _pronoun_subject(text: str, c_start: int, t_start: int) -> bool:
    """"إنها ترفض ..."، "لكنه لا يدعم ...": the verb's subject is a pronoun."""
    word = _word_before_verb(text, c_start, t_start)
    return bool(word) and PRONOUN_SUBJECT.match(word) is not None


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
_ASIDE_CLOSING = re.compile(r"[،,]")


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
    closing = _ASIDE_CLOSING.search(text, opening.end(), limit)
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


def _segment_start(text: str, end: int) -> int:
    """Just after the last punctuation mark before ``end`` (0 when there is none)."""
    i = end
    while i > 0 and text[i - 1] not in SEGMENT_MARKS:
        i -= 1
    return i


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


def _support_subject(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                     c_start: int) -> list[Group]:
    """"نفذت القوات المسلحة الأردنية، اليوم الثلاثاء، إنزالات": the support verb's subject
    stands before a short aside that does not end its clause."""
    start = clause_start_over_asides(text, sentence, c_start)
    if start == c_start:
        return []
    return _nearest_over_aside(text, groups, start, t_start, SUBJECT_GAP_WORDS, without_asides)


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


def _possessed(text: str, t_start: int, t_end: int) -> bool:
    """The action noun carries a possessive pronoun ("لقائه"، "زيارتها"): the pronoun is
    its agent."""
    words = text[t_start:t_end].split()
    word = words[0] if words else ""
    if word.endswith(("ها", "هم", "هما")):
        return len(word) > 4
    return word.endswith("ه") and len(word) > 3 and word[-2] not in "يا"


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


# Types whose verb or noun condemns an act named after it ("ندد باغتيال ..."، "رفض تهجير ...").
CONDEMNING_TYPES = frozenset({"ACCUSE", "REJECT"})
CONDEMNED_VICTIM_ACTS = _WORDS.condemned_victim_acts
# The written word right before a position, with nothing but spaces after it.
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _condemned_act_word(word: str) -> bool:
    """"باغتيال"، "وتهجير"، "لاعتقال"، "مقتل": a noun of ``condemned_victim_acts`` with its
    و/ف and ب/ل but no article, so the word after it is its genitive."""
    forms = [unvowelled(word)]
    if forms[0][:1] in ("و", "ف"):
        forms.append(forms[0][1:])
    forms += [f[1:] for f in forms if f[:1] in ("ب", "ل")]
    return any(f in CONDEMNED_VICTIM_ACTS for f in forms)


def _acting_body(g: Group) -> bool:
    """A state, an army, an armed group or a government named as a body: as the genitive of
    a condemned act ("اغتيال إسرائيل القائد"، "اعتقال السلطات الصحفيين") it is the agent."""
    return g.head.kind in BODY_KINDS and g.head.sector not in VICTIM_SECTORS


def _condemned_victim(text: str, g: Group, t_end: int) -> bool:
    """``g`` is the direct genitive of a condemned act of harm named after the condemning
    word ("ندد الوزير باغتيال القائد"، "منددة بمقتل الناشطة"، "بتجويع وتهجير السكان"): the
    one who suffers it, not the one condemned."""
    if g.start <= t_end or _proclitic(text, g).lstrip("وف"):
        return False
    m = _WORD_BEFORE.search(text, max(t_end, g.start - 30), g.start)
    return m is not None and m.start() >= t_end and _condemned_act_word(m.group(1)) \
        and not _acting_body(g)


def _without_condemned_victims(text: str, sentence: Sentence, groups: list[Group],
                               args: Arguments, t_end: int) -> Arguments:
    """A condemnation's recipient is the agent of the act it condemns; the act's victim read
    there is dropped, and the agent is then one named behind a marker (على يد، من قبل)."""
    victims: list[Group] = []
    for g in args.recipients:
        if g not in victims and _condemned_victim(text, g, t_end):
            victims += chain_from(text, groups, groups.index(g)) if g in groups else [g]
    if not victims:
        return args
    recipients = [g for g in args.recipients if g not in victims]
    if not recipients:
        last = max(g.end for g in victims)
        recipients = [g for g in _agent_after_marker(text, groups, last, sentence.end,
                                                     agentive_only=True)
                      if g not in args.actors]
    return Arguments(args.actors, recipients, args.how + "+condemned-victim", args.passive)


# Towns, camps and regions (not capitals, which may stand for their government).
TOWN_KINDS = frozenset({"place", "city"})


def _town_group(g: Group) -> bool:
    return all(m.kind in TOWN_KINDS for m in g.mentions)


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


def attach(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
           t_start: int, t_end: int, speaker: list[Group], *,
           hidden_passive: bool = False) -> Arguments:
    """Actor and recipient chains for one trigger.  ``hidden_passive``: the trigger is a past
    verb whose vowelless spelling is also its passive (قتل/قُتل، اعتقل/اعتُقل)."""
    args = _attach_all(text, sentence, groups, sense, t_start, t_end, speaker,
                       hidden_passive=hidden_passive)
    return _without_town_coercers(args, t_end) if sense.event == "COERCE" else args


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
    if sense.event == "ASSAULT" and sense.form == "nouns" and not args.actors:
        args = _with_possessor_of_attack(text, sentence, groups, t_start, t_end, args)
    if sense.event == "ASSAULT":
        args = _with_reporting_army_soldiers(args, speaker)
    if sense.event in CONTENT_TYPES and sense.form in ("past", "present"):
        c_start = clause_bounds(text, sentence, t_start)[0]
        args = _with_addressee_read_from_pronouns(text, c_start, t_start, t_end, args)
    if sense.event == "COERCE" and (sense.id.endswith("+support") or sense.form == "past") \
            and all(_site_group(g) for g in args.actors):
        args = _joined_support_arguments(text, sentence, groups, t_start, args,
                                         noun=sense.form == "nouns")
    if sense.event in ACTED_UPON_TYPES:
        args = _without_witnessing_places(text, sentence, groups, args, t_start, t_end)
    if sense.event in CONDEMNING_TYPES:
        args = _without_condemned_victims(text, sentence, groups, args, t_end)
    if sense.form != "nouns" and _pronoun_on_release_marker(text[t_start:t_end]):
        # before a release noun ("بعد الإفراج عنه") the participant is mostly the releaser
        args = _released_before(args, t_start)
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


# The passive's damma on one of a past verb's first three letters: فُعل، أُفعل، افتُعل، استُفعل.
PASSIVE_DAMMA = re.compile(r"^(?:[^\W\d_][\u064b-\u065f\u0670]*){0,2}[^\W\d_]\u0651?\u064f")


def marked_passive_verb(trigger_text: str) -> bool:
    """"اتُّهم"، "أُغلق"، "طُلب": a past verb written with the passive's vowel (an active past
    verb has a damma only in its endings)."""
    word = trigger_text.split()[0] if trigger_text.split() else ""
    if word[:1] in ("و", "ف") and len(word) > 4:
        word = word[1:]
    return PASSIVE_DAMMA.match(word) is not None


def _passive_patients(text: str, args: Arguments, t_end: int, speaker: list[Group]) -> Arguments:
    """A marked passive's grammatical subject is the one acted upon, never its actor; a
    participant after a preposition ("من سجون الاحتلال"، "من جانب صحافيين") keeps its role,
    and a speaker taken for the actor ("بحسب منصة إسرائيلية"), who only tells it, is no party."""
    told_by = [g for g in speaker if g in args.actors] if "+speaker" in args.how else []
    patients = [g for g in args.actors if g not in told_by and not _governed(text, g, t_end)
                and not _genitive_behind_preposition(text, g, t_end)]
    if not patients and not told_by:
        return args
    actors = [g for g in args.actors if g not in patients and g not in told_by]
    recipients = patients + [g for g in args.recipients if g not in patients]
    return Arguments(actors, recipients, args.how + "+marked-passive", True)


def _genitive_behind_preposition(text: str, g: Group, pos: int) -> bool:
    """"من سجون الاحتلال": the group is the genitive of a noun governed by a preposition."""
    before = words_between(text, max(pos, g.start - 30), g.start)
    return len(before) >= 2 \
        and (before[-2] in TARGET_PREPOSITIONS or before[-2] in OTHER_PREPOSITIONS) \
        and _construct_head(before[-1])


# An unnamed informant ("مصدر مطلع"، "مصادر طبية"، "شهود عيان") tells of an event; it is the
# event's source, never a party of it, unless the trigger is the informant's own verb of
# blame, refusal, demand or threat ("اتهم مصدر في الوفد الحكومة").
INFORMANT_ENTITY = "agent-sources"
INFORMANT_HEADS = frozenset(normalize_string(w) for w in _WORDS.informant_heads)
INFORMANT_SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
INFORMANT_SPEECH_FORMS = frozenset({"past", "present", "reported"})


def _informant(text: str, g: Group) -> bool:
    if any(m.id == INFORMANT_ENTITY for m in g.mentions):
        return True
    first = VOWELLED_WORD.match(text, g.start)
    return first is not None and normalize_string(word_text(first)) in INFORMANT_HEADS


def _without_informants(text: str, sense: TriggerSense, args: Arguments) -> Arguments:
    """Drop unnamed informants from the parties; one stays the actor of its own speech verb."""
    own_speech = sense.event in INFORMANT_SPEECH_TYPES and sense.form in INFORMANT_SPEECH_FORMS
    actors = [g for g in args.actors if own_speech or not _informant(text, g)]
    recipients = [g for g in args.recipients if not _informant(text, g)]
    if len(actors) == len(args.actors) and len(recipients) == len(args.recipients):
        return args
    return Arguments(actors, recipients, args.how + "+no-informant", args.passive)


# Who may report its own soldiers' losses: a state's army or the state itself.
STATE_FORCE_SECTORS = frozenset({"MIL"})


def _state_speaker_country(speaker: list[Group]) -> str | None:
    """The country of a speaker that is a state or its army ("أعلن الجيش الإسرائيلي"،
    "اعترفت إسرائيل"); not an armed group, which reports the enemy's losses."""
    if not speaker:
        return None
    head = speaker[0].head
    if head.sector in STATE_FORCE_SECTORS or head.kind in STATE_KINDS:
        return speaker[0].country
    return None


def _bare_soldiers(g: Group) -> bool:
    return g.country is None and g.head.kind == "agent" and g.head.sector in STATE_FORCE_SECTORS


def _with_country_group(g: Group, country: str) -> Group:
    return Group(tuple(ActorMention(m.start, m.end, m.text, m.name, country, m.sector, m.id,
                                    m.kind, m.rule + "+reporting-army")
                       if m.country is None else m for m in g.mentions))


def _with_reporting_army_soldiers(args: Arguments, speaker: list[Group]) -> Arguments:
    """"أعلن الجيش الإسرائيلي مقتل ضابط وجندي في معارك"، "أقر الاحتلال بمقتل جنديين": the
    soldiers a state's army (or the state) reports hit, named without a country, are its
    own, not those of the place the fighting is in.  Not when the speaker or its country
    is the attacker."""
    country = _state_speaker_country(speaker)
    if country is None or any(g in speaker or g.country == country for g in args.actors):
        return args
    if not any(_bare_soldiers(g) for g in args.recipients):
        return args
    return Arguments(args.actors,
                     [_with_country_group(g, country) if _bare_soldiers(g) else g
                      for g in args.recipients],
                     args.how + "+reporting-army", args.passive)


def _released_before(args: Arguments, t_start: int) -> Arguments:
    """"قال معتقلون أفرج عنهم أمس": the pronoun on the release marker refers back to
    the participant before the verb, the one set free; only one after it may release."""
    released = [g for g in args.actors if g.end <= t_start]
    if not released:
        return args
    return Arguments([g for g in args.actors if g not in released],
                     released + [g for g in args.recipients if g not in released],
                     args.how + "+released-before", args.passive)


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


# Senses of entering a place by force (اقتحم، داهم، اقتحام): the place named after them is
# what they act on.
ENTRY_SENSES = frozenset({"coerce.raid"})
RAIDED_PLACE_B_NOUNS = _WORDS.raided_place_b_nouns
# Mention kinds of a town, camp or city; a country after the verb may be its subject
# ("داهمت إسرائيل ...") and stays one.
SITE_KINDS = frozenset({"place", "city", "capital"})


JOINED_VERB_REACH_WORDS = 3     # "ونفذت عدة اعتقالات"، "وشنت حملات دهم واعتقالات"
JOINED_OPENERS = _WORDS.joined_openers
# Who coerces: armed bodies, governments and states.
COERCING_SECTORS = ARMED_SECTORS | {"GOV"}


def _site_group(g: Group) -> bool:
    return all(m.kind in SITE_KINDS for m in g.mentions)


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


def _coercing(g: Group) -> bool:
    """The group may carry out arrests, raids or closures: an armed body, a government or a
    state (not the hospitals, families or reporters a clause also names)."""
    return g.head.kind == "country" or g.head.sector in COERCING_SECTORS


def _entered_sites(args: Arguments, t_end: int) -> list[Group]:
    """The actors that name only a town, camp or city and stand after the trigger."""
    return [g for g in args.actors if g.start >= t_end and _site_group(g)]


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
        if sense.event in DRAWN_TYPES and _drawn_by_frame(text, c_start, t_start):
            args = _drawn_arguments(text, groups, t_end, c_end, args)
        if taking_place:
            args.actors = [g for g in args.actors if g.start >= t_end]
            if not args.actors and not args.recipients:
                # "محادثات جرت بين مصر وقطر": the parties named after the verb
                args.recipients = _parties_after(text, groups, t_end, c_end)
            args.how += "+taking-place"
    else:
        args = _verb_arguments(text, sentence, groups, t_start, t_end, c_start, c_end, speaker,
                               form=sense.form,
                               counted_object=sense.event not in CROWD_TYPES,
                               acted_upon=sense.event in ACTED_UPON_TYPES,
                               act_object=sense.event in ACT_OBJECT_TYPES,
                               counted_subject=sense.event in COUNTED_SUBJECT_TYPES,
                               sense=sense)
        if sense.event in ACTED_UPON_TYPES and args.how == "vso" \
                and _verbal_noun_lead(text, c_start, t_start):
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
    if sense.event in ACTED_UPON_TYPES and speaker and not args.recipients \
            and not any(g in speaker for g in args.actors) \
            and _own_victims(text, sentence, groups, t_start, t_end, c_start, c_end):
        # "أعلن الجيش مقتل اثنين من جنوده في هجوم": the victims belong to the speaker
        args.recipients = list(speaker)
        args.actors = [g for g in args.actors if g not in speaker]
        args.how += "+own-victims"
        return args
    if sense.event == "ASSAULT" and sense.form in ("nouns", "past") \
            and _announced_own_operation(text, groups, speaker, t_start, t_end):
        # "أعلنت الكتائب استهداف دبابة إسرائيلية": an armed group announcing an attack
        # claims it; whom its noun names is the target.  A past form right after the
        # speaker is the same verbal noun unvowelled ("أعلنت الكتائب قتل جنود")
        args.recipients = [g for g in args.actors + args.recipients if g not in speaker
                           and not speaker[-1].end <= g.start < t_start]
        args.actors = list(speaker)
        args.how += "+announced"
    args = _with_claim(text, sentence, groups, sense, t_end, args)
    if sense.event == "ASSAULT":
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
DRAWING_VERBS = frozenset(normalize_string(w) for w in _WORDS.drawing_verbs)
DRAWING_REACH_WORDS = 5     # "أثار خطاب الرئيس البرازيلي انتقادات"، "أثار موجة واسعة من الانتقادات"
DRAWN_SOURCE_GAP_WORDS = 3  # "تهديدات مباشرة من قبل"


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
    return normalize_string(word.lstrip("وف")) in DRAWING_VERBS \
        or normalize_string(word) in DRAWING_VERBS


def _drawn_arguments(text: str, groups: list[Group], t_end: int, c_end: int,
                     args: Arguments) -> Arguments:
    """Who draws or faces the criticism or threat is its recipient; the actor is only the
    party named behind a marker after the noun ("تلقى تهديدات من ضباط الجيش")."""
    source = next((i for i, g in enumerate(groups) if t_end <= g.start < c_end
                   and len(words_between(text, t_end, g.start)) <= DRAWN_SOURCE_GAP_WORDS
                   and words_between(text, t_end, g.start)[-1:] in (["من"], ["قبل"])), None)
    agents = chain_from(text, groups, source) if source is not None else []
    recipients = [g for g in args.actors + args.recipients if g not in agents]
    return Arguments(agents, recipients, args.how + "+drawn")


def _verbal_noun_lead(text: str, c_start: int, t_start: int) -> bool:
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


def _announced_own_operation(text: str, groups: list[Group], speaker: list[Group],
                             t_start: int, t_end: int) -> bool:
    """The attack noun is the object of an armed speaker's statement ("أعلنت سرايا القدس،
    اليوم، استهداف ..."، "تبنت الحركة تفجير ..."): close after it, with no clause of its
    own between, not a casualty noun (either side reports deaths), and with no ل object
    after its genitive ("استهداف الجيش لموقع" reports the army's attack)."""
    if not speaker or speaker[-1].end > t_start or _casualty_noun(text[t_start:t_end]) \
            or speaker[0].head.sector not in ARMED_SECTORS:
        return False
    start = speaker[-1].end
    glosses = [m.span() for m in GLOSS_ASIDE.finditer(text, start, t_start)]

    def in_gloss(pos: int) -> bool:
        return any(a <= pos < b for a, b in glosses)

    gap = [word_text(w) for w in VOWELLED_WORD.finditer(text, start, t_start) if not in_gloss(w.start())]
    # "ترد على اعتداءات ..." answers the other side's attacks; "أصيبت مجندة في عملية" is
    # hit in one; a comma left outside short asides ends the speaker's clause
    if gap[-1:] and gap[-1] in ATTACK_TARGET_PREPOSITIONS \
            or _circumstance_noun(text, start, t_start) \
            or re.search(r"[،,]", without_asides(text[start:t_start])) is not None:
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


def _is_nisba(word: str) -> bool:
    return NISBA_ENDING.search(word.replace("ة", "ه")) is not None


def _phrase_end(text: str, groups: list[Group], words: list[re.Match[str]], i: int) -> int:
    """Index of the first word after the noun phrase opening at ``words[i]``: a construct
    chain ending in a definite genitive ("وزراء خارجية دول الخليج"), then adjectives that
    agree in definiteness ("الوفد الأمني"، "اتصال هاتفي"); a participant chain counts as
    one word, whatever it holds."""
    def skip(j: int) -> int:
        k = next((n for n, g in enumerate(groups) if g.start <= words[j].start() < g.end), None)
        if k is None:
            return j + 1
        end = chain_from(text, groups, k)[-1].end
        while j < len(words) and words[j].start() < end:
            j += 1
        return j

    def definite(j: int) -> bool:
        return word_text(words[j]).startswith("ال")

    head_definite = definite(i)
    j = skip(i)
    chained = 0
    while not head_definite and j < len(words) and chained < MAX_CONSTRUCT_WORDS:
        word = word_text(words[j])
        if word in PHRASE_STOPS or (not definite(j) and _is_nisba(word)):
            break
        j, chained = skip(j), chained + 1
        if definite(j - 1) or j - i > MAX_CONSTRUCT_WORDS:
            head_definite = True    # a definite genitive ends the construct chain
            break
    while j < len(words) and (definite(j) == head_definite and _is_nisba(word_text(words[j]))
                              or ORDINAL_DIGITS.match(word_text(words[j]))):
        j = skip(j)
    if j < len(words) and word_text(words[j]).startswith("ل") \
            and not word_text(words[j]).startswith("ال") and word_text(words[j]) not in TIME_LAM_WORDS:
        # "اجتماع الدورة العادية لمجلس الجامعة": the owner, named with ل, is in the phrase
        return _phrase_end(text, groups, words, j)
    return j


@dataclass(slots=True)
class Topic:
    """The topic of a verb of talks: where it starts, and whether the subject before it is a
    definite noun no lexicon names ("وتناقش الجلسة ...")."""
    start: int
    unnamed_subject: bool


def _adjunct_with_pronoun(word: str) -> bool:
    """في، خلال and the like carrying a pronoun ("خلاله"، "فيها"): an adjunct on its own."""
    return any(word.endswith(suffix) and word[:-len(suffix)] in TOPIC_ADJUNCTS
               for suffix in POSSESSIVE_SUFFIXES)


def _topic_start(text: str, groups: list[Group], t_end: int, limit: int,
                 subject_on_verb: bool) -> Topic | None:
    """Where the topic of a verb of talks begins: after its subject (unless the verb's
    ending is its subject), time words and adverbs, adjuncts (في/خلال + a noun phrase,
    "خلاله") and the partner after مع."""
    words = list(VOWELLED_WORD.finditer(text, t_end, limit))
    i = 0
    subject: str | None = "" if subject_on_verb else None
    in_group = False
    while i < len(words):
        word = word_text(words[i])
        if word in TIME_WORDS or word in TOPIC_ADVERBS or ORDINAL_DIGITS.match(word):
            i += 1
        elif word in TOPIC_ADJUNCTS or word == PARTNER_WORD:
            i = _phrase_end(text, groups, words, i + 1) if i + 1 < len(words) else i + 1
        elif _adjunct_with_pronoun(word):
            i += 1
        elif subject is None:
            subject = word
            in_group = any(g.start <= words[i].start() < g.end for g in groups)
            i = _phrase_end(text, groups, words, i)
        else:
            unnamed = subject.startswith("ال") and not in_group and subject not in DUAL_PARTIES
            return Topic(words[i].start(), unnamed)
    return None


def _counterpart_after(text: str, groups: list[Group], topic: int, c_end: int) -> list[Group]:
    """"بحث الوزير العلاقات الثنائية مع نظيره التركي": after the topic, a مع naming a
    counterpart or, right after it, a person is still the partner (a country or a body
    there belongs to the topic: "الأزمة مع إيران"، "التعاون مع الأمم المتحدة")."""
    partner_word = next((m for m in VOWELLED_WORD.finditer(text, topic, c_end)
                         if word_text(m) == PARTNER_WORD), None)
    if partner_word is None:
        return []
    i = _first_after(text, groups, partner_word.end(), c_end, 2)
    if i is None:
        return []
    g = groups[i]
    lead = words_between(text, partner_word.end(), g.start - len(attached_prefix(text, g.start)))
    counterpart = bool(lead) and lead[0].startswith(COUNTERPART_NOUNS)
    return chain_from(text, groups, i) if counterpart or (not lead and g.head.kind == "person") \
        else []


def _counterpart_object(text: str, groups: list[Group], t_end: int, c_end: int) -> int | None:
    """"ويلتقي نظيره الكويتي"، "التقت نظيرتها": a counterpart noun with a pronoun right after
    a meeting verb is its object; the group it names (or qualifies) is the other side."""
    first = VOWELLED_WORD.search(text, t_end, c_end)
    if first is None or first.start() > t_end + 1:
        return None
    word = word_text(first).lstrip("و")
    if not (word.startswith(COUNTERPART_NOUNS) and word.endswith(POSSESSIVE_SUFFIXES)):
        return None
    return _first_after(text, groups, t_end, c_end, 1)


def _with_counterpart_object(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                             t_end: int, c_start: int, args: Arguments) -> Arguments:
    """"حط رئيس الحكومة في بغداد ثم يلتقي نظيره العراقي": the counterpart is the recipient, the
    subject the visitor named before (the pronoun of نظيره refers to him)."""
    obj = _counterpart_object(text, groups, t_end, sentence.end)
    if obj is None:
        return args
    recipients = chain_from(text, groups, obj)
    before = _subject_before(text, groups, t_start, c_start, 8, over_prepositions=True)
    if before and _after_preposition(text, before[0], c_start):
        before = []     # "توجه إلى بغداد ويلتقي ...": where the visitor went
    actors = [g for g in before or _earlier_subject(text, sentence, groups, t_start)
              if g not in recipients]
    return Arguments(actors, recipients, args.how + "+counterpart-object")


def _topic_verb_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                          t_end: int, c_end: int, args: Arguments) -> Arguments:
    """Talks named by a verb of talks: no participant inside their topic takes part, and a
    dual subject ("بحث الجانبان") names the two parties of the sentence before it.  Safe
    to apply twice."""
    verb = TOPIC_VERBS.match(text[t_start:t_end])
    subject_on_verb = verb is not None and verb.group("ending") in PRONOUN_SUBJECT_ENDINGS
    topic = _topic_start(text, groups, t_end, sentence.end, subject_on_verb)
    if topic is not None:
        partner = _counterpart_after(text, groups, topic.start, c_end)
        args.actors = [g for g in args.actors if g.start < topic.start]
        args.recipients = [g for g in args.recipients if g.start < topic.start or g in partner]
        args.recipients += [g for g in partner if g not in args.actors and g not in args.recipients]
        if topic.unnamed_subject and "unnamed-subject" not in args.how:
            args.how += "+unnamed-subject"
    first = VOWELLED_WORD.search(text, t_end, sentence.end)
    if not args.actors and first is not None and word_text(first) in DUAL_PARTIES:
        args.actors = [g for g in _two_parties(text, sentence, groups, t_start)
                       if g not in args.recipients]
    return args


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


def _relative_agent(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """"الزيارة التي أجراها الوزير إلى أنقرة"، "الهجمات التي نفذها التنظيم"، "الزيارة التي
    قام بها الرئيس": a relative clause whose verb resumes the action noun as its object names
    the noun's agent as its subject."""
    words = list(VOWELLED_WORD.finditer(text, t_end, c_end))
    for k, w in enumerate(words[:RELATIVE_AFTER_NOUN_WORDS + 1]):
        if word_text(w) not in RELATIVE_PRONOUNS:
            continue
        rest = [word_text(x) for x in words[k + 1:k + 3]]
        if rest[:1] and RELATIVE_AGENT_VERB.match(rest[0]):
            verb_end = words[k + 1].end()
        elif len(rest) == 2 and rest[0] in LIGHT_VERBS and rest[1] in RESUMED_BY_LIGHT_VERB:
            verb_end = words[k + 2].end()
        else:
            return []
        i = _first_after(text, groups, verb_end, c_end, SUBJECT_GAP_WORDS)
        if i is None or _governed(text, groups[i], verb_end) \
                or _locative(words_between(text, verb_end, groups[i].start)):
            return []
        return chain_from(text, groups, i)
    return []


def _unmarked_relative_agent(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """"جراء استهدافه بقنبلة ألقاها جنود الجيش"، "رشقة صاروخية أطلقتها الكتائب": a verb with an
    object pronoun right after the noun, or after its indefinite weapon ("بقنبلة دخانية"),
    describes it as a relative clause with no relative pronoun; the participant right after
    the verb is its subject, the attack's agent.  [] when a definite word, a preposition or
    a participant stands before the verb."""
    for w in islice(VOWELLED_WORD.finditer(text, t_end, c_end), RELATIVE_AFTER_NOUN_WORDS + 1):
        word = word_text(w)
        if UNMARKED_RELATIVE_VERB.match(word):
            i = _first_after(text, groups, w.end(), c_end, SUBJECT_GAP_WORDS)
            if i is None or _governed(text, groups[i], w.end()) \
                    or _locative(words_between(text, w.end(), groups[i].start)):
                return []
            return chain_from(text, groups, i)
        if word.startswith(("ال", "بال")) or word in TARGET_PREPOSITIONS or word in LOCATIVE_WORDS \
                or any(g.start < w.end() and w.start() < g.end for g in groups):
            return []
    return []


def _relative_own_forces(text: str, t_end: int, c_end: int) -> bool:
    """"العمليات التي نفذها مقاتلوها"، "الغارة التي شنتها طائراته": the relative clause's
    subject is a noun of forces with a possessive pronoun, whose antecedent is the agent."""
    words = [word_text(w) for w in VOWELLED_WORD.finditer(text, t_end, c_end)][:RELATIVE_AFTER_NOUN_WORDS + 3]
    for k, w in enumerate(words[:RELATIVE_AFTER_NOUN_WORDS + 1]):
        if w not in RELATIVE_PRONOUNS:
            continue
        rest = words[k + 1:k + 4]
        if rest[:1] and RELATIVE_AGENT_VERB.match(rest[0]):
            subject = rest[1:2]
        elif len(rest) >= 2 and rest[0] in LIGHT_VERBS and rest[1] in RESUMED_BY_LIGHT_VERB:
            subject = rest[2:3]
        else:
            return False
        return bool(subject) and OWN_FORCES.match(subject[0]) is not None
    return False


def _possessed_support_noun_before(text: str, c_start: int, t_start: int) -> bool:
    """"أعلنت الحركة إطلاقها رشقة صاروخية"، "أكد الجيش تنفيذه غارات": a verbal noun with a
    possessive pronoun carries the trigger as its object."""
    lead = words_between(text, c_start, t_start)
    if not lead:
        return False
    word = lead[-1].lstrip("و")
    return any(word.endswith(suffix) and word[:-len(suffix)] in SUPPORT_NOUN_STEMS
               for suffix in POSSESSIVE_SUFFIXES)


def _cued_participants(text: str, sentence: Sentence, groups: list[Group],
                       cues: frozenset[str]) -> list[tuple[int, list[Group]]]:
    """(cue position, participant chain) for each cue word in the sentence followed within
    a few words by a participant not in a place reading."""
    found = []
    for w in VOWELLED_WORD.finditer(text, sentence.start, sentence.end):
        if word_text(w).lstrip("و") not in cues and word_text(w) not in cues:
            continue
        i = _first_after(text, groups, w.start(), sentence.end, CUE_GAP_WORDS)
        if i is not None and groups[i].start < w.end() \
                and word_text(w).lstrip("و") not in EMBASSY_CUES:
            i = _first_after(text, groups, w.end(), sentence.end, CUE_GAP_WORDS)
        if i is not None and not _locative(words_between(text, w.end(), groups[i].start)):
            found.append((w.start(), chain_from(text, groups, i)))
    return found


def _protest_roles(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                   args: Arguments) -> Arguments:
    """A protest's recipient is what it is against ("احتجاجا على زيارة الوزير"، "ضد الحكومة");
    whom it supports ("تضامنا مع غزة") is no participant."""
    supported = [g for _, chain in _cued_participants(text, sentence, groups, PROTEST_SUPPORT_CUES)
                 for g in chain]
    supported += _adjective_supported(text, sentence, groups)
    # a chanted name or an embassy's country is no protester, whatever the verb suggested
    burnt = _burnt_flags(text, sentence, groups)
    named_against = [g for _, chain in _cued_participants(text, sentence, groups,
                                                          CHANT_CUES | EMBASSY_CUES) + burnt
                     for g in chain if g not in supported]
    candidates = [(pos, chain) for pos, chain in
                  _cued_participants(text, sentence, groups, PROTEST_TARGET_CUES | CHANT_CUES)
                  + burnt
                  if not any(g in supported or (g in args.actors and g not in named_against)
                             for g in chain)]
    candidates.sort(key=lambda c: c[0])
    venues = [(pos, chain) for pos, chain in
              _cued_participants(text, sentence, groups, EMBASSY_CUES)
              if any(g.country for g in chain) and not any(g in supported for g in chain)]
    # the embassy the protest gathers at, in the trigger's own clause; else what the
    # protest is said to be against; else an embassy the protesters went on to
    targets = [(pos, chain) for pos, chain in venues
               if pos > t_start and not has_break(text, t_start, pos)] or candidates or venues
    actors = [g for g in args.actors if g not in supported and g not in named_against]
    recipients = [g for g in args.recipients if g not in supported and g not in actors]
    how = args.how
    if targets:
        # the cue nearest after the trigger, else the nearest before it
        after = [t for t in targets if t[0] > t_start]
        recipients = after[0][1] if after else targets[-1][1]
        how += "+protest-target"
    return Arguments(actors, recipients, how, args.passive)


def _adjective_supported(text: str, sentence: Sentence, groups: list[Group]) -> list[Group]:
    """"مظاهرة داعمة لفلسطين"، "متظاهر مؤيد للفلسطينيين": a place or people right after an
    adjective of support is the protest's cause (a body after مناهضة, "للحكومة", may still
    be what the protest is against)."""
    return [g for _, chain in _cued_participants(text, sentence, groups, PROTEST_SUPPORT_ADJECTIVES)
            for g in chain if _place_group(g) or g.is_demonym_only]


def _burnt_flags(text: str, sentence: Sentence, groups: list[Group]) -> list[tuple[int, list[Group]]]:
    """(flag position, the flag's country) for each flag a desecrating word governs."""
    flags = []
    for pos, chain in _cued_participants(text, sentence, groups, FLAG_WORDS):
        before = words_between(text, max(sentence.start, pos - 30), pos)[-2:]
        if any(w.lstrip("وف") in DESECRATING_WORDS for w in before):
            flags.append((pos, chain))
    return flags


def _host_government(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                     args: Arguments) -> Arguments:
    """A protest with no named target, held in a place of the protesters' own country
    ("تجمع المحتجون في مدن جنوب البلد X احتجاجا على الغلاء"), is read as addressed to that
    country's government: the place nearest the trigger stands for it.  Not for solidarity
    protests, nor for protesters of another country (a diaspora rally abroad).  ``groups``
    are all the participants, places read as venues included."""
    cause = next((w.start() for w in VOWELLED_WORD.finditer(text, sentence.start, sentence.end)
                  if word_text(w).lstrip("و") in PROTEST_TARGET_CUES), sentence.end)
    # a place named in what the protest is against ("احتجاجا على الحرب في غزة") is no venue
    venues = [g for g in groups if sentence.start <= g.start < cause
              and g.country and _place_group(g)]
    if args.recipients or not venues or any(
            w.lstrip("و") in PROTEST_SUPPORT_CUES
            for w in words_between(text, sentence.start, sentence.end)):
        return args
    venue = min((g for g in venues if g not in args.actors),
                key=lambda g: abs(g.start - t_start), default=None)
    if venue is None or venue in _adjective_supported(text, sentence, groups):
        return args     # "مسيرات داعمة لغزة": a solidarity protest
    if any(g.country and g.country != venue.country for g in args.actors):
        return args
    return Arguments(args.actors, [venue], args.how + "+host-government", args.passive)


def _own_victims(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                 t_end: int, c_start: int, c_end: int) -> bool:
    """A noun of forces with a possessive pronoun, in a partitive or construct ("اثنين من
    جنوده"، "أحد عناصرها"), names the trigger's victims: as its object right after it
    ("اعتقال الجيش 5 من عناصره") or right before it, with no other participant between,
    when the trigger is the circumstance of a killing ("مقتل اثنين من جنوده، وإصابة آخر، في
    هجوم")."""
    if _partitive_own_forces(words_between(text, t_end, c_end)[:OBJECT_GAP_WORDS + 1]):
        return True
    if not _circumstance_noun(text, c_start, t_start):
        return False
    last_group_end = max((g.end for g in groups if sentence.start <= g.end <= t_start),
                         default=sentence.start)
    before = words_between(text, last_group_end, t_start)
    return _partitive_own_forces(before[-OWN_VICTIM_REACH_WORDS:])


def _partitive_own_forces(words: list[str]) -> bool:
    return any(OWN_FORCES.match(w) and k > 0 and words[k - 1] in OWN_VICTIM_LEADS
               for k, w in enumerate(words))


def _with_claim(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
                t_end: int, args: Arguments) -> Arguments:
    """An attack with no agent takes the one who claimed it later in the sentence."""
    if sense.event != "ASSAULT" or args.actors:
        return args
    claimed = [g for g in _claimed_by(text, sentence, groups, t_end) if g not in args.recipients]
    if claimed:
        args.actors = claimed
        args.how += "+claimed"
    return args


def _with_result_victims(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                         t_end: int, args: Arguments) -> Arguments:
    """An attack takes the casualties it caused (or the patrol it hit) as recipients besides
    its target."""
    victims = [g for g in _result_victims(text, sentence, groups, t_start, t_end)
               if g not in args.actors and g not in args.recipients]
    if victims:
        args.recipients = args.recipients + victims
        args.how += "+result-victims"
    return args


def _result_victims(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                    t_end: int) -> list[Group]:
    """The participant after a casualty noun that the attack caused: "هجوم ... أسفر عن
    مقتل X" (the result verb after the noun) or "أدى القصف إلى مقتل X" (before it); or the
    one passing by when it struck ("لدى مرور دورية للجيش")."""
    lead = words_between(text, sentence.start, t_start)
    verb_before = bool(lead) and re.fullmatch(RESULT_VERBS, lead[-1].lstrip("وف")) is not None
    for m in RESULT_CASUALTIES.finditer(text, t_end, sentence.end):
        if len(words_between(text, t_end, m.start())) > RESULT_REACH_WORDS:
            break
        return _casualties_after(text, sentence, groups, m.end())
    for m in PASSING_TARGET.finditer(text, t_end, sentence.end):
        if len(words_between(text, t_end, m.start())) > RESULT_REACH_WORDS:
            break
        i = _first_after(text, groups, m.end(), sentence.end, PASSING_GAP_WORDS)
        return chain_from(text, groups, i) if i is not None else []
    if verb_before:
        m = RESULT_TAIL.match(text, t_end, sentence.end)
        if m is not None:
            return _casualties_after(text, sentence, groups, m.end())
    return []


def _casualties_after(text: str, sentence: Sentence, groups: list[Group], pos: int) -> list[Group]:
    i = _first_after(text, groups, pos, sentence.end, OBJECT_GAP_WORDS)
    return chain_from(text, groups, i) if i is not None else []


def _claimed_by(text: str, sentence: Sentence, groups: list[Group],
                t_end: int) -> list[Group]:
    """Who claimed an attack or was credited with it later in its sentence: the participant
    after تبناه/نسب إلى ("وتبناه تنظيم ..."، "نسب إلى المتمردين") or before مسؤوليتها
    ("أعلنت الحركة مسؤوليتها")."""
    for w in VOWELLED_WORD.finditer(text, t_end, sentence.end):
        word = word_text(w)
        if word in CLAIM_VERBS:
            i = _first_after(text, groups, w.end(), sentence.end, CLAIM_GAP_WORDS)
            if i is not None:
                return chain_from(text, groups, i)
        elif word.lstrip("وف") in CLAIM_NOUNS:
            i = _last_before(text, groups, w.start(), t_end, 1)
            if i is not None:
                return _chain_back(text, groups, i)
    return []


def _object_pronoun_on(verb: str) -> bool:
    """The verb carries an object pronoun ("اقتحمته"، "حاصرها"), not a stem ending like
    one ("اتهم"، "وجه"): at least a three-letter verb stays without it."""
    m = OBJECT_PRONOUN.search(verb)
    return m is not None and len(verb.lstrip("وف")) - len(m.group()) >= 3


def _pronoun_on_release_marker(trigger_text: str) -> bool:
    """"الذين أفرج عنهم"، "أطلق سراحهم": the pronoun on the word that introduces who is set
    free refers to the released."""
    words = trigger_text.split()
    if len(words) < 2:
        return False
    m = OBJECT_PRONOUN.search(words[-1])
    return m is not None and unvowelled(words[-1][: m.start()]) in RELEASE_OBJECT_MARKERS


def _relative_clause_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                               t_end: int, c_start: int, acted_upon: bool) -> Arguments | None:
    """A verb right after a relative pronoun describes the participant before the pronoun.
    With an object pronoun on the verb ("المستشفى الذي اقتحمته القوات") that participant is
    the object, and the agent is the subject after the verb or, unwritten, the nearest
    acting participant before ("انسحبت القوات من المستشفى الذي اقتحمته"); with the pronoun
    on a preposition after an attack verb ("الهجوم الذي قتل فيه") no reading is made here; without one ("القوات التي
    اقتحمت المستشفى") it is the subject.  None: no participant before the pronoun."""
    pronoun = text.rfind(_word_before_verb(text, c_start, t_start), c_start, t_start)
    last = _last_before(text, groups, pronoun, c_start - 1, RELATIVE_REACH_WORDS)
    if last is None or any(w.startswith(("ب", "ل")) for w in words_between(text, groups[last].end,
                                                                         pronoun)):
        return None     # "للأماكن التي": the antecedent is no participant we know
    antecedent = _chain_back(text, groups, last)
    after = words_between(text, t_end, min(len(text), t_end + 20))[:1]
    # the pronoun on the verb, not on a noun of a multiword trigger ("أعرب عن تضامنه")
    on_verb = _object_pronoun_on(text[t_start:t_end].split()[0]) \
        or _pronoun_on_release_marker(text[t_start:t_end])
    if not on_verb and after in RESUMPTIVE_PREPOSITIONS and acted_upon:
        return None     # "العملية التي قتل فيها جنود": where, and the verb may be passive
    if not on_verb and after not in RESUMPTIVE_PREPOSITIONS:
        after = _object_or_target(text, groups, t_end, sentence.end)
        return Arguments(antecedent, [g for g in after if g not in antecedent], "v+relative-subject")
    subj = _first_after(text, groups, t_end, sentence.end, SUBJECT_GAP_WORDS)
    if subj is not None and (_governed(text, groups[subj], t_end)
                             or _locative(words_between(text, t_end, groups[subj].start))):
        subj = None
    actors = chain_from(text, groups, subj) if subj is not None else \
        _possessor(groups, sentence, antecedent[0].start)
    return Arguments([g for g in actors if g not in antecedent], antecedent, "v+relative-object")


def _person_without_object(verb: str, form: str) -> str:
    """The person and gender of a verb once its object pronoun is taken off ("اعتقلته" →
    "fem", "اعتقلوه" → "plural")."""
    m = OBJECT_PRONOUN.search(verb)
    bare = verb[: m.start()] if m is not None else verb
    if form == "past" and bare.endswith("و"):
        return "plural"     # اعتقلوه: the alef of وا falls before the pronoun
    return verb_person(bare, form)


def _relative_object_subject(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                             c_start: int, form: str, args: Arguments) -> Arguments:
    """A verb right after a relative pronoun carrying an object pronoun whose antecedent is
    no participant in reach ("عن الناشط فلان الفلاني الذي اعتقلته أثناء عودته"): the
    pronoun's antecedent is the object, so no participant before the pronoun is the verb's
    subject.  Without a subject after the verb, the subject is carried from before the
    antecedent when it agrees with the verb."""
    if not any(g.start < t_start for g in args.actors):
        return args
    actors = [g for g in args.actors if g.start > t_start]
    if not actors:
        pronoun = text.rfind(_word_before_verb(text, c_start, t_start), c_start, t_start)
        before = [g for g in groups if g.end <= pronoun]
        person = _person_without_object(text[t_start:].split()[0].lstrip("وف"), form)
        # the nearest participant before the pronoun is taken for its antecedent
        actors = _earlier_subject(text, sentence, groups,
                                  before[-1].start if before else pronoun,
                                  plural=person == "plural",
                                  gender=person if person != "plural" else "")
    return Arguments(actors, [g for g in args.recipients if g not in actors],
                     args.how + "+relative-object")


def _dual_subject(text: str, c_start: int, t_start: int) -> bool:
    """The verb's subject is a dual noun naming two parties ("أن الجانبين اتفقا")."""
    word = _word_before_verb(text, c_start, t_start)
    return bool(word) and word.lstrip("وف") in DUAL_PARTIES


def _two_parties(text: str, sentence: Sentence, groups: list[Group],
                 t_start: int) -> list[Group]:
    """The two parties a dual noun refers to, from the sentence before it: a chain of two
    coordinated participants ("مصر والأردن"), else the participants of exactly two
    countries ("وزير الخارجية المصري مع نظيره الأردني")."""
    before = [i for i, g in enumerate(groups)
              if sentence.start <= g.start and g.end <= t_start and g.country]
    for i in reversed(before):
        chain = [g for g in chain_from(text, groups, i) if g.end <= t_start]
        if len(chain) == 2 and all(g.country for g in chain):
            return chain
    by_country: dict[str, Group] = {}
    for i in before:
        by_country.setdefault(groups[i].country, groups[i])
    return list(by_country.values()) if len(by_country) == 2 else []


def _own_forces_subject(text: str, c_start: int, t_start: int) -> bool:
    """The word right before the trigger is a noun of forces with a possessive pronoun
    ("جنوده"، "مقاتليها"، "عناصرهم")."""
    lead = words_between(text, c_start, t_start)
    return bool(lead) and OWN_FORCES.match(lead[-1]) is not None


def _own_forces_after(text: str, t_end: int, limit: int) -> re.Match[str] | None:
    """The noun of forces with a possessive pronoun right after the attack word, also past
    a word of one out of a set ("قصف مقاتليها"، "قنص أحد مقاتليها"، "استهدفت طائراته")."""
    words = list(islice(VOWELLED_WORD.finditer(text, t_end, limit), 2))
    if words and word_text(words[0]) in OWN_FORCE_LEADS:
        words = words[1:]
    if not words or has_break(text, t_end, words[0].start()):
        return None
    return words[0] if OWN_FORCES.match(word_text(words[0])) else None


def _pronoun_gender(word: str) -> str:
    """The gender the possessive pronoun on ``word`` asks of its antecedent: "fem" for ها,
    "masc" for ه, "" for the plural هم."""
    if word.endswith("ها"):
        return "fem"
    return "" if word.endswith("هم") else "masc"


def _forces_owner(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                  forces: str) -> list[Group]:
    """The antecedent of the pronoun on a noun of forces: the nearest participant before the
    attack word in the sentence that may be a subject, may carry out an attack and agrees
    with the pronoun ("واصل الجيش قصف المستشفى، كما دمرت قواته ..." → الجيش, not the
    hospital)."""
    gender = _pronoun_gender(forces)
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > t_start or g.start < sentence.start:
            continue
        if not stands_as_subject(text, g, sentence.start) or not _agent_like(g):
            continue
        if gender and group_gender(text, g) not in (None, gender):
            continue
        return _chain_back(text, groups, i)
    return []


def _own_forces_agent_arguments(text: str, sentence: Sentence, groups: list[Group],
                                t_start: int, t_end: int, c_end: int) -> Arguments | None:
    """"بثت الكتائب مشاهد من قصف مقاتليها مواقع للجيش"، "ارتكب الجيش مجزرة بعدما استهدفت
    طائراته منزلا": the forces with a pronoun after the attack word carry it out, so the
    pronoun's antecedent is the attacker and what follows the forces the target.  Without
    a target after them the forces are the ones attacked ("أدان الحزب استهداف عناصره في
    المدينة"); a casualty noun ("مقتل أحد جنوده") or a noun with its own pronoun never
    takes them as agent."""
    if _casualty_noun(text[t_start:t_end]) or _possessed(text, t_start, t_end):
        return None
    forces = _own_forces_after(text, t_end, c_end)
    if forces is None:
        return None
    targets = [g for g in _object_or_target(text, groups, forces.end(), sentence.end)
               if g.start >= forces.end()]
    if not targets or (_place_group(targets[0])
                       and _proclitic(text, targets[0]).lstrip("وف").startswith("ب")):
        return None
    gap = words_between(text, forces.end(), targets[0].start)
    if any(w in LOCATIVE_WORDS or w in ADJUNCT_WORDS for w in gap):
        return None     # "قصف عناصرها في مدينة رفح": where the forces were hit
    owner = _forces_owner(text, sentence, groups, t_start, word_text(forces))
    return Arguments(owner, [g for g in targets if g not in owner], "vso+own-forces-agent")


def _frame_preposition(text: str, lead: list[str], t_start: int) -> str | None:
    """The preposition governing the action noun, over an attempt noun before it: "ل" for
    لهجوم، إلى هجوم، لمحاولة اغتيال; "من" for من هجوم، من محاولة اغتيال."""
    if lead and lead[-1].lstrip("وف") in ATTEMPT_WORDS:
        attempt = lead.pop().lstrip("وف")
        if attempt.startswith("ل"):
            return "ل"
    elif attached_prefix(text, t_start).endswith("ل"):
        return "ل"
    if lead[-1:] in (["إلى"], ["الى"]):
        return "ل"
    return "من" if lead[-1:] == ["من"] else None


def _is_frame_verb(word: str, preposition: str) -> bool:
    """تعرض (also as a noun after ب/ل: بتعرض) takes its action noun by ل, نجا by من."""
    if preposition == "ل":
        return word.lstrip("وفبل").startswith(VICTIM_FRAMES)
    return word.lstrip("وف") in SURVIVE_FRAMES


def _undergo_frame(text: str, sentence: Sentence, t_start: int) -> int | None:
    """End of a frame verb standing before a noun trigger in its sentence, a few words back:
    تعرض with the noun governed by ل or إلى ("تعرض لهجوم"، "تعرضت إلى هجوم"، "بتعرض الوزير
    لمحاولة اغتيال"), نجا with the noun governed by من ("نجا الوزير، أمس، من هجوم")."""
    start = max(sentence.start, t_start - 160)
    lead = words_between(text, start, t_start)
    preposition = _frame_preposition(text, lead, t_start)
    if preposition is None:
        return None
    # an apposition between commas does not count ("تعرضت الوزيرة، فلانة، حرم ...، لمحاولة")
    asides = [(m.start(), m.end()) for m in _COMMA_ASIDE.finditer(text, start, t_start)]
    reach = 0
    for w in reversed(list(VOWELLED_WORD.finditer(text, start, t_start))):
        if _is_frame_verb(word_text(w), preposition):
            return w.end()
        if not any(a <= w.start() < b for a, b in asides):
            reach += 1
            if reach >= FRAME_REACH_WORDS:
                break
    return None


_COMMA_ASIDE = re.compile(r"[،,][^،,.؛]{1,80}(?=[،,])")


def _counted(gap_words: list[str]) -> bool:
    return any(_is_number(w) for w in gap_words) or gap_words[-1:] == ["من"]


def _own_subject_before_office(gap_words: list[str]) -> bool:
    """A noun other than a time word or a number stands between the verb and an office
    phrase: the verb's own subject ("أدانت قيادتها"، "التقى وزيرها")."""
    return any(w not in TIME_WORDS and w not in VERB_PARTICLES and not _is_number(w)
               and w not in ADJUNCT_WORDS for w in gap_words)


def _counted_right_after(gap_words: list[str]) -> bool:
    """Only a number or a quantity (with its partitive من) stands between the verb and the
    participant: "دعا 40 خبيرا"، "طالب عشرات النواب"، "انتقد عدد من الوزراء"."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if words[-1:] == [PARTITIVE_WORD]:
        words = words[:-1]
    return bool(words) and all(_is_number(w) for w in words)


def _is_number(word: str) -> bool:
    return word.isdigit() or word in QUANTITY_WORDS or word in NUMBER_WORDS


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


# Verbs of talks taking place ("محادثات تجري"، "انطلقت جولة محادثات"، "اجتماع سيعقد"): a talks
# noun is their subject, so the subject of the main clause is not the talks' agent.
TALKS_OCCUR_VERBS = _WORDS.talks_occur_verbs
# Verbs of that list only intransitive: before the noun they take no other subject.
TALKS_INTRANSITIVE_VERBS = _WORDS.talks_intransitive_verbs
TALKS_VERB_REACH = 3        # words between a talks noun and its verb ("جولة جديدة من")
NEW_ADJECTIVES = _WORDS.new_adjectives
VERBAL_NOUN_SPELLINGS = _WORDS.verbal_noun_spellings


def _talks_verb_after(text: str, t_end: int, c_end: int) -> bool:
    """"محادثات تجري في الدوحة"، "اجتماعا جديدا سيعقد"، "اللقاء الذي جرى": a bare verb of
    taking place after the noun, over its adjectives or a relative pronoun."""
    after_relative = False
    for w in words_between(text, t_end, c_end)[:TALKS_VERB_REACH + 1]:
        if w in TALKS_OCCUR_VERBS:
            # "بحث عقد جلسة": بحث's genitive is the verbal noun عقد, spelled like the verb
            return w not in VERBAL_NOUN_SPELLINGS or after_relative
        if w in RELATIVE_PRONOUNS:
            after_relative = True
        elif not w.startswith(NEW_ADJECTIVES):
            return False    # "لبحث إمكانية عقد جلسة": the verbal noun of another noun
    return False


def _talks_verb_before(text: str, groups: list[Group], t_start: int, c_start: int) -> bool:
    """"حيث تجري محادثات بين ..."، "انطلقت جولة جديدة من المحادثات": a verb of taking place
    before the noun with no subject of its own, before it or between it and the noun.  A
    transitive reading ("عقد اجتماعا": he held a meeting) shows in the accusative ending;
    a verb joined by و may continue the subject before it."""
    lead = list(VOWELLED_WORD.finditer(text, c_start, t_start - len(attached_prefix(text, t_start))))
    for k in range(len(lead) - 1, max(-1, len(lead) - 2 - TALKS_VERB_REACH), -1):
        verb = lead[k]
        if word_text(verb) not in TALKS_OCCUR_VERBS:
            continue
        if any(verb.end() <= g.start < t_start for g in groups):
            return False
        if any(g.end <= verb.start() and not words_between(text, g.end, verb.start())
               for g in groups) or _pronoun_subject(text, c_start, verb.start()) \
                or _word_before_verb(text, c_start, verb.start()) in RELATIVE_PRONOUNS:
            return False    # "الحكومة تجري محادثات"، "إنه يجري"، "الذي يجري زيارة"
        noun = VOWELLED_WORD.match(text, t_start)
        accusative = noun is not None and word_text(noun).endswith(("ا", "اً")) \
            and not word_text(noun).endswith("ءا")
        return word_text(verb) in TALKS_INTRANSITIVE_VERBS or not accusative
    return False


def _parties_after(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """The participants after بين within a few words after ``t_end``."""
    for w in list(VOWELLED_WORD.finditer(text, t_end, c_end))[:TALKS_VERB_REACH + 2]:
        if word_text(w) == PARTIES_MARKER:
            first = _first_after(text, groups, w.end(), c_end, 0)
            return chain_from(text, groups, first) if first is not None else []
    return []


def _talks_taking_place(text: str, groups: list[Group], sense: TriggerSense, t_start: int,
                        t_end: int, c_start: int, c_end: int) -> bool:
    """The talks noun is the subject of its own verb of taking place: a noun after a
    support verb of its own ("أجرت مصر محادثات جرت ...") stays that verb's object."""
    if sense.event != "CONSULT" or sense.form != "nouns" or sense.mode == "visit":
        return False    # a visit has its visitor ("يجري زيارة")
    if sense.id.endswith("+support"):
        return _talks_verb_before(text, groups, t_start, c_start)
    return _talks_verb_after(text, t_end, c_end) or _talks_verb_before(text, groups, t_start,
                                                                       c_start)


def _object_or_target(text: str, groups: list[Group], pos: int, limit: int) -> list[Group]:
    """The object after ``pos`` (within OBJECT_GAP_WORDS, past an aside), else a
    prepositional target."""
    pos = _past_object_aside(text, groups, pos, limit)
    obj = _first_after(text, groups, pos, limit, OBJECT_GAP_WORDS)
    return chain_from(text, groups, obj) if obj is not None else \
        _prepositional_target(text, groups, pos, limit)


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


def _verb_arguments(text, sentence, groups, t_start, t_end, c_start, c_end,
                    speaker: list[Group], *, form: str = "", counted_object: bool = True,
                    acted_upon: bool = False, act_object: bool = False,
                    counted_subject: bool = False,
                    sense: TriggerSense | None = None) -> Arguments:
    pluperfect = _pluperfect_subject(text, groups, t_start, c_start, sentence.start)
    if pluperfect is not None:
        actors = _chain_back(text, groups, pluperfect)
        recipients = _object_or_target(text, groups, t_end, sentence.end)
        return Arguments(actors, [g for g in recipients if g not in actors], "v+pluperfect")
    report = _report_relative_arguments(text, sentence, groups, t_start, t_end, c_start, speaker)
    if report is not None:
        return report
    if _pronoun_subject(text, c_start, t_start):
        obj = _first_after(text, groups, _past_object_aside(text, groups, t_end, sentence.end),
                           sentence.end, OBJECT_GAP_WORDS)
        recipients = chain_from(text, groups, obj) if obj is not None else []
        actors = _earlier_subject(text, sentence, groups, t_start) or list(speaker)
        return Arguments(actors, [g for g in recipients if g not in actors],
                         "v+pronoun-subject")
    fronted = _fronted_subject(text, groups, t_start, c_start)
    before_comma = _subject_before_comma(text, groups, t_start, c_start) if fronted is None else []
    if fronted is not None or before_comma:
        actors = _chain_back(text, groups, fronted) if fronted is not None else before_comma
        recipients = _object_or_target(text, groups, t_end, sentence.end)
        return Arguments(actors, recipients, "svo-fronted")
    if _plural_verb(text[t_start:t_end]) and not acted_upon:
        # attack verbs keep the readings below: their plural may be a hidden passive
        # ("اعتقلوا في المدينة"), and their subject a counted or fronted group
        return _plural_verb_arguments(text, sentence, groups, t_start, t_end, c_start)
    subj = _first_after(text, groups, t_end, sentence.end, SUBJECT_GAP_WORDS)
    if subj is not None and is_office_phrase(groups[subj]) \
            and _own_subject_before_office(words_between(text, t_end, groups[subj].start)):
        # "انتقدت قيادتها الأمين العام لحزب ...": the verb has a subject of its own, the
        # office phrase after it is the object
        gap = words_between(text, t_end, groups[subj].start)
        actors = _earlier_subject(text, sentence, groups, t_start) \
            if any(OWN_FORCES.match(w) for w in gap) else []
        return Arguments(actors, [g for g in chain_from(text, groups, subj) if g not in actors],
                         "vso+office-object")
    if subj is not None and _each_of(words_between(text, t_end, groups[subj].start)):
        # "طالبت كل من مصر والأردن إسرائيل ب": the coordinated subject, then the object
        return _subject_and_object(text, sentence, groups, subj, t_end, "vso+each-of")
    if subj is not None and acted_upon and _plural_verb(text[t_start:t_end]) \
            and _object_genitive(words_between(text, t_end, groups[subj].start)):
        # "وهاجموا منازل الفلسطينيين": a verb before its named subject stays singular, so
        # after a plural verb the group is the genitive of its object noun
        actors = _earlier_subject(text, sentence, groups, t_start, plural=True)
        return Arguments(actors, [g for g in chain_from(text, groups, subj) if g not in actors],
                         "v+pronoun-subject")
    if subj is not None and not acted_upon \
            and _direction_genitive(words_between(text, t_end, groups[subj].start)):
        # "طالب اتحاد بلديات جنوب لبنان المجتمع الدولي": the place is the genitive of the
        # unnamed subject noun, and tells its country (an attack's "X شمال Y" is its target)
        pass
    elif subj is not None and _locative(words_between(text, t_end, groups[subj].start)):
        subj = None     # "شنت غارة في ليبيا": the place where it happened
    if subj is not None and any(_prepositional_verbal_noun(w)
                                for w in words_between(text, t_end, groups[subj].start)):
        # "طالب نواب بمعاقبة إيران": the group is the genitive of the verb's complement
        # noun, the verb's subject (unnamed here) stands before it
        actors = _subject_before(text, groups, t_start, c_start, 8, over_prepositions=True) \
            or _earlier_subject(text, sentence, groups, t_start)
        return Arguments(actors, [g for g in chain_from(text, groups, subj) if g not in actors],
                         "v+noun-genitive")
    if subj is not None and act_object \
            and _act_noun_genitive(words_between(text, t_end, groups[subj].start)):
        # "دانت وزارة الخارجية خطاب الرئيس"، "وأدانت تصريحات الوزير": the group is the
        # genitive of the condemned act; the subject is the unnamed noun before the act, or
        # with none written the nearest earlier subject
        recipients = chain_from(text, groups, subj)
        if len([w for w in words_between(text, t_end, groups[subj].start)
                if w not in TIME_WORDS]) > 1:
            return Arguments([], recipients, "vso+unnamed-subject+act-genitive")
        actors = [g for g in _earlier_subject(text, sentence, groups, t_start) or speaker
                  if g not in recipients]
        return Arguments(actors, recipients, "v+act-genitive")
    if subj is not None and act_object \
            and _relative_on_object(words_between(text, t_end, groups[subj].start)):
        # "دانت الهجوم الذي نفذته القوات": the group is the agent of a relative clause on the
        # condemned noun, so it is the one blamed; the verb's subject is not written
        recipients = chain_from(text, groups, subj)
        actors = [g for g in _earlier_subject(text, sentence, groups, t_start) or speaker
                  if g not in recipients]
        return Arguments(actors, recipients, "v+relative-agent-object")
    if subj is not None and counted_subject \
            and _counted_right_after(words_between(text, t_end, groups[subj].start)):
        # "دعا 40 خبيرا أمميا الحكومة إلى"، "طالب عدد من النواب": the counted people right
        # after a verb of speech are those who speak
        return _subject_and_object(text, sentence, groups, subj, t_end, "vso+counted-subject")
    if subj is not None and counted_object \
            and _counted(words_between(text, t_end, groups[subj].start)) \
            and not (sense is not None and _coercing_civilians(groups[subj], sense)
                     and _last_before(text, groups, t_start, c_start - 1, 8) is None):
        # "قتلت الغارات آلاف المدنيين": a counted group is the object
        before = _last_before(text, groups, t_start, c_start - 1, 8)
        actors = _chain_back(text, groups, before) if before is not None else []
        return Arguments(actors, chain_from(text, groups, subj), "v+counted-object")
    if subj is not None and _noun_complement(words_between(text, t_end, groups[subj].start)):
        # "وطالب بالإفراج عن المعتقلين": the group belongs to the noun after the verb, whose
        # subject is not written; it is the nearest earlier subject
        actors = _subject_before(text, groups, t_start, c_start, 8) \
            or _earlier_subject(text, sentence, groups, t_start)
        return Arguments(actors, [], "v+noun-complement")
    if subj is not None and _governed(text, groups[subj], t_end):
        # "فرض عقوبات على روسيا": a group after a preposition is a target, not the subject
        actors = _subject_before(text, groups, t_start, c_start, 8, over_prepositions=True)
        if not actors and (text[t_start:t_end].startswith("و") or text[t_start - 1:t_start] == "و"):
            # "إن قوة من الشرطة قامت بمداهمة الجامع ... واعتدت على المصلين": a joined verb
            # continues the subject of the one before it
            actors = _earlier_subject(text, sentence, groups, t_start)
        return Arguments(actors, [g for g in chain_from(text, groups, subj) if g not in actors],
                         "v+target")
    if subj is not None and _after_another_verb(text, groups[subj], t_end):
        # "انتقد الوزير القصف وطالب إسرائيل": the country after a later verb is no subject
        # of this one, whose subject no lexicon named
        return Arguments([], chain_from(text, groups, subj), "vso+unnamed-subject")
    if subj is not None and (_unnamed_subject(text, groups[subj], t_end)
                             or not acted_upon
                             and _indefinite_unnamed_subject(text, groups[subj], t_end)):
        # "اتهمت المنظمة الجيش بـ": the subject is a noun no lexicon names, the group after
        # it the object; the actor stays unknown rather than the object
        objects = chain_from(text, groups, subj)
        first = VOWELLED_WORD.search(text, t_end)
        parties = _two_parties(text, sentence, groups, t_start) \
            if first is not None and word_text(first) in DUAL_PARTIES else []
        return Arguments([g for g in parties if g not in objects], objects, "vso+unnamed-subject")
    addressed = _addressed_after_joined_verb(text, sentence, groups, subj, t_start, t_end, form,
                                             sense) if subj is not None else None
    if addressed is not None:
        return addressed
    if subj is not None and _object_by_agreement(text, groups[subj], t_start, t_end, form):
        # "وطالبت المجتمع الدولي بالتحرك": a feminine verb with a masculine noun right after
        # it (or the reverse) has an unwritten subject; the noun is its object
        objects = chain_from(text, groups, subj)
        actors = [g for g in _earlier_subject(text, sentence, groups, t_start, gender="fem")
                  if g not in objects]
        return Arguments(actors, objects, "v+object-by-agreement")
    opening = _noun_subject_after_complementizer(text, groups, sentence.start, t_start) \
        if subj is not None and not acted_upon else None
    if opening is not None:
        # "وقال البيان إن عائلة الطبيب طالبت السلطات بـ": the verb's subject is the noun
        # opening the clause of إنّ, so the group after the verb is its object
        actors = chain_from(text, groups, opening) if opening >= 0 else []
        objects = [g for g in chain_from(text, groups, subj) if g not in actors]
        return Arguments(actors, objects, "svo+complementizer-subject" if actors
                         else "svo+unnamed-subject")
    if subj is not None:
        return _subject_and_object(text, sentence, groups, subj, t_end, "vso")
    actors = _subject_before(text, groups, t_start, c_start, 8, over_prepositions=True)
    recipients = _object_or_target(text, groups, t_end, sentence.end)
    if not actors and unknown_subject_after(text, [(g.start, g.end) for g in groups], t_end,
                                            sentence.end):
        # no earlier subject is carried or guessed for it
        return Arguments([], recipients, "v+unnamed-subject")
    return Arguments(actors, recipients, "svo" if actors else "v")


# A preposition carrying a pronoun ("عليه"، "لها"): right after a verb it holds the verb's
# object, so a participant after it is the verb's own subject.
PRONOUN_PREPOSITION = re.compile(rf"^{alternation(_WORDS.pronoun_carrying_prepositions)}"
                                 r"(?:ه|ها|هم|هما)$")


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


def _subject_and_object(text: str, sentence: Sentence, groups: list[Group], subj: int,
                        t_end: int, how: str) -> Arguments:
    """Verb-first order with the subject at ``subj``: the object is the first participant
    after the subject, past a comma aside or a bracketed gloss of the subject."""
    # "دعا المتحدث باسم المنظمة فلان": the office's holder or body is the subject
    holder = office_holder(text, groups, subj, t_end)
    actors = chain_from(text, groups, subj if holder is None else holder)
    named = _holder_name_after(text, groups, actors[-1])
    after = _past_object_aside(text, groups, _past_gloss(text, groups, (named or actors[-1]).end),
                               sentence.end)
    obj = _first_after(text, groups, after, sentence.end, OBJECT_GAP_WORDS)
    if obj is not None and _locative(words_between(text, after, groups[obj].start)):
        obj = None      # "في شركة": a place, not the object
    if obj is not None and _noun_complement(words_between(text, after, groups[obj].start)):
        # "دعت الأمم المتحدة إلى الإفراج عن الصحفيين": whom the call is about
        return Arguments(actors, [], how)
    recipients = chain_from(text, groups, obj) if obj is not None else \
        _prepositional_target(text, groups, after, sentence.end)
    return Arguments(actors, recipients, how)


# words of a holder's name the recogniser may leave out before the part it knows ("سايمون")
HOLDER_NAME_GAP_WORDS = 2


def _holder_name_after(text: str, groups: list[Group], subject: Group) -> Group | None:
    """"حث رئيس الوزراء الأيرلندي فلان الفلاني الاتحاد": a person named right after a subject
    that opens with a title is the title's holder, not the verb's object: after first names
    the recogniser left out, or right after the title when the countries do not differ.
    None when no such name follows."""
    first = VOWELLED_WORD.search(subject.mentions[0].text)
    if subject.head.kind == "person" or first is None \
            or normalize_string(word_text(first)) not in TITLE_WORDS:
        return None
    nxt = next((g for g in groups if g.start >= subject.end), None)
    if nxt is None or nxt.head.kind != "person" or titled_person(nxt.head):
        return None
    gap = text[subject.end:nxt.start]
    if CLAUSE_BREAK.search(gap.replace("،", "")) \
            or len(words_between(text, subject.end, nxt.start)) > HOLDER_NAME_GAP_WORDS:
        return None
    if any(w in OTHER_PREPOSITIONS or w in TARGET_PREPOSITIONS or w.startswith("ال")
           for w in words_between(text, subject.end, nxt.start)):
        return None     # a word of the sentence, not a name's part
    if not words_between(text, subject.end, nxt.start) \
            and None not in (subject.country, nxt.country) and subject.country != nxt.country:
        return None     # "حث الرئيس المصري نتنياهو": a full name of another country, the object
    return nxt


_GLOSS = re.compile(r"\s*\(\s*")
_GLOSS_END = re.compile(r"\s*\)")


def _past_gloss(text: str, groups: list[Group], pos: int) -> int:
    """Past a participant in brackets right after ``pos`` that fills them alone: another name
    of the participant before it ("حركة المقاومة الإسلامية (حماس)"), never its object.
    ``pos`` itself when there is none."""
    opening = _GLOSS.match(text, pos)
    if opening is None:
        return pos
    gloss = next((g for g in groups if g.start == opening.end()), None)
    if gloss is None:
        return pos
    closing = _GLOSS_END.match(text, gloss.end)
    return closing.end() if closing is not None else pos


def _each_of(gap_words: list[str]) -> bool:
    """Between the verb and the participant stands only "كل من"."""
    words = tuple(w for w in gap_words if w not in TIME_WORDS)
    return words in EACH_OF


def _lam_author_before(text: str, groups: list[Group], t_start: int) -> tuple[list[Group], int]:
    """The participant written with ل right before ``t_start`` ("بيانا للوزارة يدعو": its
    author) and where the words before it end; ([], t_start) when there is none."""
    last = next((i for i in range(len(groups) - 1, -1, -1)
                 if groups[i].end <= t_start and not text[groups[i].end:t_start].strip()), None)
    if last is not None:
        chain = _chain_back(text, groups, last)
        if _proclitic(text, chain[0]).lstrip("وف").startswith("ل"):
            return chain, chain[0].start - len(attached_prefix(text, chain[0].start))
    return [], t_start


def _report_author(text: str, groups: list[Group], c_start: int, t_start: int) -> list[Group] | None:
    """The verb at ``t_start`` opens a relative clause on an indefinite statement noun
    ("أصدرت الوزارة بيانا اتهمت فيه"، "تغريدة لوزير الخارجية انتقد فيها"): the author named
    with ل between the noun and the verb, [] when none is named there, None when the verb
    follows no statement noun."""
    author, end = _lam_author_before(text, groups, t_start)
    lead = words_between(text, c_start, end)[-REPORT_NOUN_REACH_WORDS:]
    for k, word in enumerate(lead):
        bare = word[1:] if word[:1] in ("و", "ف", "ب") and word[1:] in REPORT_NOUNS else word
        if bare in REPORT_NOUNS and (k == len(lead) - 1 or not lead[k + 1].startswith("ال")):
            return author
    return None


def _report_relative_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                               t_end: int, c_start: int, speaker: list[Group]) -> Arguments | None:
    """"أصدرت الخارجية بيانا اتهمت فيه إسرائيل بـ": the verb resumes a statement noun with
    فيه/فيها, its subject is the statement's author (named with ل after the noun, else the
    earlier subject or the speaker), the participant after the pronoun its object.  Two
    participants there ("بيانا اتهمت فيه الوزارة الجيش") are subject and object: None."""
    resumptive = VOWELLED_WORD.search(text, t_end)
    if resumptive is None or word_text(resumptive) not in REPORT_RESUMPTIVES \
            or words_between(text, t_end, resumptive.start()):
        return None
    author = _report_author(text, groups, c_start, t_start)
    if author is None:
        return None
    obj = _first_after(text, groups, resumptive.end(), sentence.end, OBJECT_GAP_WORDS)
    objects = chain_from(text, groups, obj) if obj is not None else []
    if objects and _first_after(text, groups, objects[-1].end, sentence.end, 0) is not None:
        return None
    actors = author or _earlier_subject(text, sentence, groups, t_start) or list(speaker)
    return Arguments(actors, [g for g in objects if g not in actors], "v+report-relative")


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


def verb_person(trigger_text: str, form: str) -> str:
    """The person and gender a verb's spelling shows ("fem", "masc", "plural"): a verb joined
    by و shares the subject of the verb before it only when they agree ("هاجم المقاتلون
    الثكنة وقصفت طائرات البلدة" has two subjects)."""
    words = trigger_text.split()
    word = words[0].lstrip("وف") if words else ""
    if form == "present":
        return "plural" if word.endswith("ون") else "fem" if word.startswith("ت") else "masc"
    return "plural" if word.endswith("وا") else "fem" if word.endswith("ت") else "masc"


def _object_by_agreement(text: str, g: Group, t_start: int, t_end: int, form: str) -> bool:
    """The participant right after a feminine singular verb (time words aside) is a
    masculine singular noun, so it cannot be the verb's subject ("وطالبت المجتمع الدولي").
    Not the reverse: a masculine past verb is spelled like its verbal noun ("قصف إسرائيل"
    is the shelling by Israel)."""
    if form not in ("past", "present") or not text[t_start:t_end].strip():
        return False
    if any(w not in TIME_WORDS for w in words_between(text, t_end, g.start)):
        return False
    return _spelled_gender(text[t_start:t_end].split()[0], form) == "fem" \
        and group_gender(text, g) == "masc"


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


def _nominative_plural(text: str, g: Group) -> bool:
    """"وهاجم مسلحون القاعدة": a people noun in the nominative plural (-ون; its object
    form ends in -ين) is the subject."""
    first = VOWELLED_WORD.match(text, g.start)
    return g.head.kind == "agent" and first is not None and word_text(first).endswith("ون")


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
    subject belongs to.  None when more words stand before the subject."""
    lead = [w for w in VOWELLED_WORD.finditer(text, clause_bounds(text, sentence, chain[0].start)[0],
                                     chain[0].start) if word_text(w) not in TIME_WORDS]
    if reported and lead and word_text(lead[-1]).lstrip("وف") in COMPLEMENTIZERS:
        lead = []
    if not lead:
        lead = [w for w in VOWELLED_WORD.finditer(text, chain[-1].end, limit)
                if word_text(w) not in TIME_WORDS][:1]
    return lead[0] if len(lead) == 1 else None


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
        if not _plain_verb_form(verb, form):
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


def _plain_verb_form(word: str, form: str) -> bool:
    """The word may be a verb of the tense ``form``: no article, no particle or preposition,
    and a present verb opens with its person prefix."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word    # وصل، فتح: root
    if len(bare) < 3 or bare.startswith("ال") or bare in CLAUSE_OPENERS or bare in ADJUNCT_WORDS \
            or bare in LOCATIVE_WORDS or bare in TARGET_PREPOSITIONS or bare in COMPLEMENT_WORDS:
        return False
    return form != "present" or bare.startswith(("ي", "ت"))


def _act_noun_genitive(gap_words: list[str]) -> bool:
    """The words between a verb of blame or refusal and a participant end in an indefinite
    act noun ("خطاب"، "بدعم"، "شروط"): the participant is that noun's genitive."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if not words or len(words) > ACT_OBJECT_GAP_WORDS:
        return False
    last = words[-1]
    for prefix in ("وب", "فب", "ب", "و", "ف"):
        if last.startswith(prefix) and last[len(prefix):] in ACT_OBJECT_NOUNS:
            return True
    return last in ACT_OBJECT_NOUNS


def _relative_on_object(gap_words: list[str]) -> bool:
    """Between the verb and the participant: one object noun (an adverb with ب may stand
    before it), a relative pronoun and the relative clause's verb ("الهجوم الذي نفذته")."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if words[:1] and words[0].startswith("ب") and not words[0].startswith("بال"):
        words = words[1:]   # "دانت بشدة ..."
    return len(words) == 3 and words[0].startswith("ال") and words[1] in RELATIVE_PRONOUNS


def _unnamed_subject(text: str, g: Group, t_end: int) -> bool:
    """Between the verb and the group stand only definite words (a noun and its
    adjectives, "المنظمة الحقوقية") that no lexicon named: in verb-first order the first of
    them is the subject, so the group is the object.  A demonym group is an adjective of
    that noun ("الصحيفة الإسرائيلية"), so it is not counted."""
    if g.is_demonym_only or g.head.kind == "person":
        return False    # "انتقد السيد فلان": a name in apposition to its title
    first = VOWELLED_WORD.match(text, g.start)
    if first is not None and _is_nisba(word_text(first)):
        return False    # "منع السلطات السعودية": the adjective of the noun before it
    # the article or a preposition written on the group's first word is no gap word
    gap = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
    while gap and gap[0] in TIME_WORDS:
        gap = gap[1:]
    if len(gap) > 1 and gap[0] in QUANTIFIER_SUBJECT_HEADS:
        # "طالب أغلبية المتحدثين المجلس"، "دعا عدد من النواب الحكومة"
        gap = gap[2:] if gap[1] == "من" else gap[1:]
    return 0 < len(gap) <= UNNAMED_SUBJECT_WORDS and all(
        w.startswith("ال") and w not in TIME_WORDS for w in gap)


def _indefinite_unnamed_subject(text: str, g: Group, t_end: int) -> bool:
    """Between the verb and the group stands a whole noun phrase no lexicon named: an
    indefinite noun, then its definite genitive or its adjectives, the last word definite or
    a nisba ("حث فريق الإنقاذ الدولي الحكومة"، "اتهم قادة عسكريون الوزير"). That phrase is
    the subject in verb-first order, so the group is the object.  A title, an office or a
    counterpart noun opens a phrase whose holder is named after it ("دعا نظيره الروسي فلان")."""
    if g.is_demonym_only:
        return False
    first = VOWELLED_WORD.match(text, g.start)
    if first is not None and _is_nisba(word_text(first)) and g.head.kind not in NAMED_KINDS:
        return False    # an adjective of the last noun before it, not a name ("الولايات")
    gap = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
    while gap and gap[0] in TIME_WORDS:
        gap = gap[1:]
    if not 2 <= len(gap) <= UNNAMED_SUBJECT_WORDS or not _unnamed_head_noun(gap[0]):
        return False
    return all(w.startswith("ال") or _is_nisba(w) for w in gap[1:])


NAMED_KINDS = frozenset({"country", "capital", "organization", "person"})


def _unnamed_head_noun(word: str) -> bool:
    """An indefinite noun that may open a subject: no article, particle, preposition,
    number, title, office or counterpart noun."""
    bare = normalize_string(word)
    return len(bare) >= 3 and not bare.startswith("ال") and not _is_number(word) \
        and not bare.startswith(COUNTERPART_NOUNS) and bare not in TITLE_WORDS \
        and word not in TIME_WORDS \
        and word not in TARGET_PREPOSITIONS and word not in OTHER_PREPOSITIONS \
        and word not in COMPLEMENT_WORDS and not word.startswith(("ب", "ل", "ك")) \
        and word not in CLAUSE_OPENERS and word not in ADJUNCT_WORDS \
        and word not in LOCATIVE_WORDS and not _is_nisba(word)


# Words opening the complement of a verb's noun object ("بالإفراج عن"، "إلى وقف"):
# a participant after them is no subject of the verb.
COMPLEMENT_WORDS = _WORDS.complement_words

# أنْ before a verb ("بعد أن قصفت"), and connectives opening a clause of its own.
VERBAL_AN_LEADS = _WORDS.verbal_an_leads
CLAUSE_CONNECTIVES = _WORDS.own_clause_connectives
# Words of the noun phrase (with an aside) that may part إنّ from its noun's verb, and of
# the noun phrase alone (a noun, its genitive and adjectives).
FRONTED_NOUN_WORDS = 20
NOUN_PHRASE_WORDS = 4


def _noun_subject_after_complementizer(text: str, groups: list[Group], s_start: int,
                                       t_start: int) -> int | None:
    """The verb at ``t_start`` has for subject the noun opening the clause of إنّ/أنّ before
    it ("إن عائلة الطبيب طالبت"، "أن الأسرة، التي فقدت ابنها، طالبت"): the index of the
    group on that noun, or -1 for a noun no lexicon names; None when the words do not
    read so.  أنْ, which takes a verb, follows a time word or a preposition ("بعد أن") or
    comes with a particle ("أن لا"); a connective or a joined verb opens another clause;
    past an aside the verb comes right after its closing comma."""
    if text[t_start:t_start + 1] in ("و", "ف"):
        return None
    cut = None
    for m in VOWELLED_WORD.finditer(text, max(s_start, t_start - 400), t_start):
        if word_text(m) in COMPLEMENTIZERS and not any(g.start <= m.start() < g.end
                                                       for g in groups):
            cut = m     # not the إن of a name ("سي إن إن")
    if cut is None:
        return None
    gap = words_between(text, cut.end(), t_start)
    # a particle right after it puts a verb there ("إن لم"، "أن لا"، "أن قد")
    if not gap or len(gap) > FRONTED_NOUN_WORDS or gap[0] in VERB_PARTICLES \
            or any(w in CLAUSE_CONNECTIVES for w in gap):
        return None
    lead = words_between(text, max(s_start, cut.start() - 12), cut.start())
    if lead and lead[-1] in VERBAL_AN_LEADS:
        return None
    first_break = CLAUSE_BREAK.search(text, cut.end(), t_start)
    if len(words_between(text, cut.end(), first_break.start() if first_break else t_start)) \
            > NOUN_PHRASE_WORDS:
        return None     # more than a noun with its genitive and adjectives: another verb
    if first_break is not None and not text[s_start:t_start].rstrip().endswith(("،", ",")):
        return None
    head = VOWELLED_WORD.search(text, cut.end(), t_start)
    if head is None:
        return None
    return next((i for i, g in enumerate(groups) if g.start <= head.start() < g.end), -1)


def _noun_complement(gap_words: list[str]) -> bool:
    """Between a verb and a participant stands a verbal noun with ب/ل ("طالب بالإفراج عن")
    or a preposition, a noun and another preposition ("دعا إلى الإفراج عن"); the verb's
    own preposition alone ("اعتدى على المصلين") leaves the participant the verb's."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    return any(w.startswith(("بال", "لل")) for w in words) \
        or (len(words) >= 3 and words[0] in COMPLEMENT_WORDS and words[-1] in COMPLEMENT_WORDS)


def _prepositional_verbal_noun(word: str) -> bool:
    """An indefinite derived verbal noun written with ب or ل ("طالب نواب بمعاقبة ..."،
    "لتقديم"، "باستخدام"): the verb's complement, so a participant right after it is the
    noun's genitive.  Nouns whose ب/ل is a root letter (بلدية، لجنة، بناء) have no derived
    start after it."""
    if word[:1] not in ("ب", "ل") or word.startswith(("بال", "لل")):
        return False
    stem = word[1:]
    return len(stem) >= 4 and stem.startswith(DERIVED_NOUN_STARTS)


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


def _noun_arguments(text, sentence, groups, sense, t_start, t_end, c_start, c_end,
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
    if nxt is not None:
        prefix = _proclitic(text, groups[nxt])
        if prefix.endswith(("ل", "لل")) and cooperative:
            recipients = chain_from(text, groups, nxt)
            how = "noun+li-recipient"
        elif _counted_object_after_noun(text, groups[nxt], t_end, sense):
            recipients = chain_from(text, groups, nxt)
            how = "noun+counted-object"
        elif _is_object_genitive(text, groups, groups[nxt], t_start, sense):
            recipients = chain_from(text, groups, nxt)
            how = "noun+object"
        elif not prefix.endswith(("ب",)) or not cooperative:
            actors = chain_from(text, groups, nxt)
            how = "noun+agent"
    start_after = actors[-1].end if actors else t_end
    if not recipients:
        recipients = _prepositional_target(text, groups, start_after, sentence.end)
    # "ونددت الأمم المتحدة بتهجير ...": a noun governed by a preposition is the object of
    # another predicate, whose subject is not the noun's agent
    if not actors and possessed:
        # "أنهت القوات انسحابها": the possessor is the subject of the verb before the noun,
        # else the speaker
        actors = [g for g in _subject_before(text, groups, t_start, c_start, 6)
                  if g not in recipients] or list(speaker)
        recipients = [g for g in recipients if g not in actors]
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
        actors = [g for g in _subject_before(text, groups, t_start, c_start, 6)
                  if g not in recipients] or [g for g in speaker if g not in recipients]
        if actors:
            how += "+possessed-support"
    if sense.event in ACTED_UPON_TYPES and _circumstance_noun(text, c_start, t_start):
        # "جرح الوزير في تفجير"، "مقتل جندي إثر انفجار": the participant before the noun
        # is who the attack hit
        victims = [g for g in _subject_before(text, groups, t_start, c_start, 6)
                   if g not in actors and g not in recipients]
        if sense.event == "COERCE" and not actors:
            actors = [g for g in _circumstance_coercer(text, sentence, groups, sense, t_start,
                                                       t_end, victims) if g not in recipients]
            if not actors and not _agent_marker_after(text, t_end, c_end):
                actors = [g for g in _state_forces_before(groups, sentence, t_start)
                          if g not in recipients]
                how += "+forces-before" if actors else ""
            victims = [g for g in victims if g not in actors]
        if recipients:
            # besides a target of its own ("هجوم على دورية"), only victims named with their
            # own country: unnamed ones ("جنديان") may belong to the target
            victims = [g for g in victims if g.country]
        return _with_marked_agent(text, groups, t_end, c_end,
                                  Arguments(actors, recipients + victims, how + "+circumstance"))
    # "أعلنت الوزارة استشهاد ..."، "أكدت الكتائب مقتل ...": who reports a death may be either
    # side, so the subject before a casualty noun is not taken as its agent
    if not actors and not _casualty_noun(text[t_start:t_end]) \
            and (not _preposition_prefix(text, t_start)
                 or _light_verb_before(text, c_start, t_start, groups)):
        actors = [g for g in _subject_before(text, groups, t_start, c_start, 6)
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
                and all(g.head.sector in VICTIM_SECTORS or _counted_unarmed(text, g) for g in actors) \
                and not (sense.event == "COERCE" and any(_coercing_civilians(g, sense) for g in actors)):
            # "راح ضحية الاعتداء مدنيون"، "مقتل شخص في انفجار سيارة مفخخة": people acted
            # upon standing before an attack noun are its victims, not its agents
            recipients = recipients or actors
            actors = []
            if _possessed(text, t_start, t_end) and _attack_noun_stem(text[t_start:t_end]):
                # "واصلت إسرائيل أعمال القتل، وراح ضحية اعتداءاتها 7 فلسطينيين": the pronoun
                # on an attack noun is its agent, the subject before it (on a verbal noun
                # such as اعتقالهم it is the one acted upon)
                actors = _agent_of_pronoun(groups, sentence, t_start)
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
        return _with_marked_agent(text, groups, t_end, c_end, Arguments(actors, recipients, how))
    return Arguments(actors, recipients, how)


MEETING_TYPES = frozenset({"CONSULT"})
MEETING_FRAME_WORDS = _WORDS.meeting_frame_words
MET_GAP_WORDS = 2       # "بوزراء خارجية دول الخليج": a ب-noun and one genitive before the group


def _met_party(text: str, g: Group, t_end: int) -> bool:
    """The group, not a place, is what the ب after the meeting noun governs: ب written on it
    ("لقاؤه بالمرشد") or on a noun heading it ("بممثلي الفصائل") that frames nothing."""
    if _place_group(g):
        return False
    prefix = attached_prefix(text, g.start)
    gap = words_between(text, t_end, g.start - len(prefix))
    if not gap:
        return prefix.lstrip("وف").startswith("ب") and len(prefix) <= 3
    return len(gap) <= MET_GAP_WORDS and gap[0].startswith("ب") and len(gap[0]) > 3 \
        and gap[0] not in MEETING_FRAME_WORDS and not any(w.startswith("ال") for w in gap[1:])


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


# The word right after the noun, with nothing between but spaces.
_NEXT_WORD = re.compile(r"\s+([^\s،,.:؛\"“”«»()\-]+)")


def _bare_word_after(text: str, t_end: int) -> bool:
    """The word right after an action noun can be its object: no punctuation between, no
    preposition or conjunction on it or in its place, no date word, no adjective of the noun
    ("غاراته الليلية")."""
    m = _NEXT_WORD.match(text, t_end)
    if m is None:
        return False
    word = unvowelled(m.group(1))
    if word in ADJUNCT_WORDS or word in OTHER_PREPOSITIONS or word in TIME_WORDS \
            or word in PHRASE_STOPS or word in ATTACK_TARGET_PREPOSITIONS:
        return False
    return not (word.startswith(("ب", "ل", "و", "ف", "ك"))
                or (word.startswith("ال") and _is_nisba(word)))


def possessed_form_in(word: str, nouns: Collection[str]) -> bool:
    """The word is one of ``nouns`` carrying a possessive pronoun, its ة written ت before
    it ("حملته"، "إصابتها"، "منزلهم")."""
    for suffix in POSSESSIVE_SUFFIXES:
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            return stem in nouns or (stem.endswith("ت") and stem[:-1] + "ة" in nouns)
    return False


def _possessed_casualty_noun(trigger_text: str) -> bool:
    """"إصابته"، "استشهاده"، "مقتلها": the pronoun on a noun of being hit is the victim."""
    words = trigger_text.split()
    return possessed_form_in(words[0].lstrip("وفبل") if words else "", CASUALTY_NOUN_WORDS)


def _armed_body_or_state(g: Group) -> bool:
    """An army, armed group or state, named as a body (a bare "جندي" is no antecedent)."""
    head = g.head
    return head.kind in BODY_KINDS and (head.sector in ARMED_SECTORS
                                        or (head.kind in STATE_KINDS and g.country is not None))


def _armed_antecedent(groups: list[Group], sentence: Sentence, t_start: int) -> list[Group]:
    """Like ``_possessor``, passing over bare role nouns too ("أعلن الجيش مقتل جندي، في حين
    أوقعت غاراته ..." → الجيش); the antecedent found must be an armed body or a state."""
    for g in reversed(groups):
        if g.end > t_start or g.start < sentence.start:
            continue
        if g.is_demonym_only or _place_group(g) or g.head.sector in VICTIM_SECTORS \
                or g.head.kind == "agent":
            continue
        return [g] if _armed_body_or_state(g) else []
    return []


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


def _possessor(groups: list[Group], sentence: Sentence, t_start: int) -> list[Group]:
    """The antecedent of the agent pronoun on an attack noun: the nearest participant before
    it in the sentence, also after a preposition, that is no place and no people acted upon
    ("أصيب شبان برصاص الجيش خلال اقتحامه"، "اعتقل الجيش شبانا خلال اقتحامه" → الجيش)."""
    for g in reversed(groups):
        if g.end > t_start or g.start < sentence.start:
            continue
        if g.is_demonym_only or _place_group(g) or g.head.sector in VICTIM_SECTORS:
            continue
        return [g]
    return []


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


def _preposition_prefix(text: str, pos: int) -> bool:
    """The word at ``pos`` carries the preposition ب or ل ("بالقصف"، "للهجوم"، "لهجوم"); the
    article alone ("الهجوم") is no preposition."""
    prefix = attached_prefix(text, pos)
    if prefix.endswith("ال") and not prefix.endswith("لال"):
        prefix = prefix[:-2]
    elif prefix.endswith("لل"):
        prefix = prefix[:-1]
    return prefix.lstrip("وف").endswith(("ب", "ل"))


def _circumstance_noun(text: str, c_start: int, t_start: int) -> bool:
    """The action noun stands after في، إثر، جراء ..., or is the genitive of a noun that does
    ("إثر انفجار عبوة"): it names the circumstance of another predicate (a killing, a
    wounding), not a clause of its own."""
    lead = words_between(text, c_start, t_start)
    if not any(w in CIRCUMSTANCE_WORDS for w in lead[-2:]):
        return False
    # a definite word heads no genitive: "شن خلال الليل هجمات" is a time adjunct
    word_before = words_between(text, c_start, t_start - len(attached_prefix(text, t_start)))[-1:]
    return not (word_before and word_before[0].startswith("ال")
                and word_before[0] not in CIRCUMSTANCE_WORDS)


def _across_complementizer(text: str, g_end: int, t_start: int) -> bool:
    """"قال مصدر إن هجوما ...": a participant before the إن/أن that the attack noun follows
    is the speaker of the clause the noun opens, not its agent (a speaker may well be the
    agent of a policy noun: "قال الوزير إن بلاده تؤيد فرض عقوبات")."""
    between = words_between(text, g_end, t_start)
    return bool(between) and between[-1].lstrip("وف") in COMPLEMENTIZERS


def spells_passive(key: str, passive_stems: frozenset[str]) -> bool:
    """The trigger word is a past form of a verb whose vowelless spelling is also its
    passive: the stem (قتل، اعتقل) with a person ending (قتلت، قتلوا، قتلا)."""
    return any(key == stem + ending for stem in passive_stems for ending in PERSON_ENDINGS)


def _hidden_passive_arguments(text: str, sentence: Sentence, groups: list[Group],
                              t_start: int, t_end: int, c_start: int,
                              c_end: int) -> Arguments | None:
    """Unvocalised text does not mark the passive of قُتل، اعتُقل، خُطف.  The verb reads as
    passive, its grammatical subject being the victims, when
    - a participant stands before it in its clause and an adjunct, not an object, follows
      it ("جندي قتل أمس في انفجار"، "إن ثلاثة مدنيين قتلوا وأصيب آخرون"), or
    - nothing stands before it and a number or a noun of people acted upon follows it
      ("اعتقل 12 شابا"، "قتل مدنيون"), with no object after them, or
    - any participant follows it and only an adjunct comes after that ("قتل جندي في انفجار").
    The agent, if any, follows a marker (برصاص، على يد ...) or is a demonym after the victims.
    None: the verb reads as active."""
    # the victims may stand after a preposition ("التعرف على فلسطينيين اعتقلوا في ...")
    before = _subject_before(text, groups, t_start, c_start, 8)
    if _others_follow(text, t_end, c_end):
        # "أصيب شاب واعتقل آخر"، "استشهد فلسطيني واعتقل 3 آخرون": the others are of the
        # kind named before the verb, which stand for them
        return _with_agents(text, sentence, groups, before, t_end, "victim+others")
    if before:
        if (_body_subject(text, before, t_start) and not _others_coordinated(text, t_end, c_end)) \
                or not _adjunct_follows(text, sentence, groups, t_end, c_end):
            return None
        return _with_agents(text, sentence, groups, before, t_end, "victim+hidden-passive-subject")
    gap_words = words_between(text, t_end, c_end)
    if gap_words[:1] and _is_number(gap_words[0]):
        return _victim_arguments(text, sentence, groups, t_start, t_end, c_start)
    subj = _first_after(text, groups, t_end, c_end, SUBJECT_GAP_WORDS)
    if subj is None:
        return None
    if _after_marker_word(text, groups[subj], t_end):
        if not (groups[subj].country or groups[subj].head.sector in ARMED_SECTORS):
            return None     # "قتل بقصف مصادر": no party that could have done it
        # "قتلوا بنيران الجيش": the victims are not named, the marked group is the agent
        return _with_agents(text, sentence, groups, [], t_end, "victim+hidden-passive-agent")
    gap = words_between(text, t_end, groups[subj].start)
    if _governed(text, groups[subj], t_end) or _locative(gap):
        return None
    victims = chain_from(text, groups, subj)
    acted_upon = victims[0].head.sector in VICTIM_SECTORS
    if (acted_upon and _object_follows(text, groups, victims[-1].end, c_end)) \
            or (not acted_upon and not _adjunct_follows(text, sentence, groups, victims[-1].end, c_end)):
        return None
    return _with_agents(text, sentence, groups, victims, victims[-1].end, "victim+hidden-passive")


def _body_subject(text: str, before: list[Group], t_start: int) -> bool:
    """The participant before the verb is named as a whole body (an army, a party, a state:
    "الاحتلال"، "كتائب القسام"، "إسرائيل"), not as people, so it is no victim of a verb of
    killing or arrest but its agent ("الاحتلال قتل خلال عام ..."، "أعلنت الكتائب أنها
    قتلت ...").  The first mention decides: in "قائد الكتائب" the commander leads.  A bare
    إن/أن between opens a clause whose own subject the recognisers may have missed ("قالت
    الوكالة إن 6 من موظفيها قتلوا")."""
    gap = words_between(text, before[-1].end, t_start)
    return before[0].mentions[0].kind in BODY_KINDS \
        and not any(w.lstrip("وفب") in COMPLEMENTIZERS for w in gap)


def _others_coordinated(text: str, t_end: int, c_end: int) -> bool:
    """A coordinated verb with "others" as its subject follows ("قتل أحد عناصرها وجرح سبعة
    آخرون"): both verbs are passive, whatever stands before the first."""
    words = words_between(text, t_end, c_end)
    if not words or words[0][:1] != "و":
        return False
    rest = [w for w in words[1:] if not _is_number(w)]
    return rest[:1] != [] and rest[0] in OTHER_PEOPLE_WORDS


def _others_follow(text: str, t_end: int, c_end: int) -> bool:
    """The verb's subject is "others", alone or counted ("اعتقل آخرون"، "اعتقل 5 آخرون")."""
    words = words_between(text, t_end, c_end)
    while words and _is_number(words[0]):
        words = words[1:]
    return words[:1] != [] and words[0] in OTHER_PEOPLE_WORDS


def _adjunct_follows(text: str, sentence: Sentence, groups: list[Group], pos: int,
                     c_end: int) -> bool:
    """After ``pos`` the sentence ends or goes on with an adjunct (في، برصاص، وأصيب ...), not
    with an object; time words (أمس، اليوم) are skipped, an object may follow them."""
    words = words_between(text, pos, c_end)
    lead = 0
    while lead < len(words) and words[lead] in TIME_WORDS:
        lead += 1
    if lead == len(words):
        # the clause ends: at a comma the object may still follow ("اغتال الجيش، أمس، ...")
        return c_end >= sentence.end or text[c_end] not in "،,"
    nxt = next((g for g in groups if pos <= g.start < c_end), None)
    if nxt is not None and len(words_between(text, pos, nxt.start)) <= lead \
            and not _governed(text, nxt, pos):
        return False
    first = words[lead]
    # a word with و or ب written on it that names no participant: a coordinated clause
    # ("وأصيب"، "وجرح") or a circumstance ("برصاص"، "بانفجار")
    return first in ADJUNCT_WORDS or first in LOCATIVE_WORDS \
        or (first[:1] in "وب" and len(first) > 2 and not _is_number(first[1:]))


def _object_follows(text: str, groups: list[Group], pos: int, c_end: int) -> bool:
    """A number or an ungoverned participant comes next in the clause: the verb's object."""
    gap_words = words_between(text, pos, c_end)
    if gap_words[:1] and _is_number(gap_words[0]):
        return True
    obj = _first_after(text, groups, pos, c_end, SUBJECT_GAP_WORDS)
    if obj is None:
        return False
    gap = words_between(text, pos, groups[obj].start)
    # "قتل مدنيان في غارة وخرق تركي": a participant inside an adjunct is no object, nor
    # one behind an agent marker ("قتل مدني بنيران القناصة")
    return not _governed(text, groups[obj], pos) and not _locative(gap) \
        and not any(w in ADJUNCT_WORDS for w in gap) \
        and not _after_marker_word(text, groups[obj], pos)


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


def _with_allegiance(text: str, groups: list[Group], actors: list[Group],
                     t_start: int) -> list[Group]:
    """"المسلحون الموالون لحركة كذا هاجموا"، "المتشددون من أنصار كذا": a subject named
    without a country, followed before the verb by a participant under ل or a partitive من,
    takes that participant as its allegiance."""
    if not actors or any(g.country for g in actors):
        return actors
    for g in groups:
        if g.start < actors[-1].end or g.end > t_start:
            continue
        if has_break(text, actors[-1].end, g.start) \
                or len(words_between(text, actors[-1].end, g.start)) > ALLEGIANCE_GAP_WORDS:
            break
        partitive = words_between(text, actors[-1].end, g.start)[-1:] == [PARTITIVE_WORD]
        if g.country and (partitive or _proclitic(text, g).lstrip("وف").startswith("ل")):
            return actors + [g]
    return actors


def _plural_verb_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                           t_end: int, c_start: int) -> Arguments:
    """"وطالبوا الحكومة بوقف ...": a plural verb has its subject written on it (a verb before
    a named subject stays singular), so the group after it is its object and the subject
    is a plural participant named earlier (else left to the coder: the speaker, the
    coordinated verb's subject, the last subject)."""
    after = _past_object_aside(text, groups, t_end, sentence.end)
    obj = _first_after(text, groups, after, sentence.end, OBJECT_GAP_WORDS)
    if obj is not None and not all(_construct_head(w) or w in TIME_WORDS
                                   or w in REPORT_RESUMPTIVES
                                   for w in words_between(text, after, groups[obj].start)):
        obj = None      # "دعوا إلى تنفيذ قرارات المجلس": the group belongs to a complement
    recipients = chain_from(text, groups, obj) if obj is not None else \
        _prepositional_target(text, groups, after, sentence.end)
    # a verb with no و right after a participant describes it ("جنود في الجيش رفضوا"، "مسلحون
    # من جماعة كذا هاجموا"); a و-joined verb continues the earlier subject
    right_before = None if text[t_start:t_end].startswith(("و", "ف")) \
        else _last_before(text, groups, t_start, c_start - 1, 1)
    actors = _chain_back(text, groups, right_before) if right_before is not None \
        else _earlier_subject(text, sentence, groups, t_start, plural=True)
    actors = _with_allegiance(text, groups, actors, t_start)
    return Arguments(actors, [g for g in recipients if g not in actors], "v+pronoun-subject")


def _relative_on_attack_noun(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                             t_end: int, c_start: int) -> Arguments | None:
    """"في غارة إسرائيلية استهدفت منزلا"، "شنت القوات حملة على المدينة، في هجوم قتل
    المئات": a past verb right after an indefinite attack or weapon noun phrase is a relative
    clause on that noun (or has it as its subject), and active. The attack's agent is a
    demonym inside the phrase; with none, and the noun governed by a preposition, the
    subject of the main clause (a participant among the sentence's first words). The
    verb's object is the target: a demonym ending it is the target's ("قذائف استهدفت مواقع
    عسكرية إسرائيلية")."""
    if text[t_start:t_end].startswith(("و", "ف")):
        return None
    noun = _attack_phrase_before(text, groups, c_start, t_start)
    if noun is None:
        return None
    obj = _first_after(text, groups, t_end, sentence.end, OBJECT_GAP_WORDS)
    gap = words_between(text, t_end, groups[obj].start) if obj is not None else []
    recipients = chain_from(text, groups, obj) if obj is not None \
        and (_counted(gap) or all(_construct_head(w) or w in TIME_WORDS for w in gap)) \
        else _prepositional_target(text, groups, t_end, sentence.end)
    own = [g for g in groups if noun.start() < g.start and g.end <= t_start]
    if own:
        return Arguments(own, [g for g in recipients if g not in own], "v+relative-on-noun+demonym")
    actors = _main_clause_agent(text, sentence, groups, c_start, noun) \
        if _governed_attack_noun(text, c_start, noun) else []
    return Arguments(actors, [g for g in recipients if g not in actors],
                     "v+relative-on-noun" if actors else "v+relative-on-noun+unnamed")


ATTACK_PHRASE_MODIFIERS = 4   # adjectives and instrument words between the noun and the verb
ATTACK_PHRASE_NOUNS = ATTACK_NOUNS | _WORDS.weapon_subject_nouns


def _attack_phrase_before(text: str, groups: list[Group], c_start: int,
                          t_start: int) -> re.Match[str] | None:
    """The attack or weapon noun opening the indefinite phrase that ends right before the
    verb at ``t_start``: the noun (with و/ف/ب written on it), then at most a few indefinite
    modifiers ("جوية"، "مكثفة"، "إطلاق نار"، "بطائرات مسيرة") and demonyms ("إسرائيلية").
    A participant that is more than a demonym, a definite word or a function word ends the
    search: the verb is then no relative on an attack noun."""
    words = list(VOWELLED_WORD.finditer(text, c_start, t_start))
    for n, w in enumerate(reversed(words)):
        word = word_text(w)
        owner = next((g for g in groups if g.start <= w.start() < g.end), None)
        bare = word[1:] if word[:1] in ("و", "ف", "ب") else word
        if owner is None and ATTACK_PHRASE_NOUNS & {word, bare}:
            return None if has_break(text, w.end(), t_start) else w
        if n >= ATTACK_PHRASE_MODIFIERS or not _attack_phrase_modifier(word, owner):
            return None
    return None


def _attack_phrase_modifier(word: str, owner: Group | None) -> bool:
    """An indefinite word that may stand inside an attack noun phrase: a demonym, an
    adjective or a noun in construct; not a participant of its own, a definite word, a
    number or a function word."""
    if owner is not None:
        return owner.is_demonym_only
    return _construct_head(word) and len(word) > 2 and word not in RELATIVE_PRONOUNS \
        and word not in COMPLEMENTIZERS and word not in TIME_WORDS \
        and word not in OTHER_PREPOSITIONS and word not in VERB_PARTICLES


INSTRUMENT_HEADS = _WORDS.instrument_heads


def _instrument(text: str, g: Group) -> bool:
    """A weapon written with ب ("بالمسيرات"، "بطائرة مسيرة"): the attack's instrument."""
    first = g.head.text.split()[0] if g.head.text.split() else ""
    bare = first.removeprefix("ب").removeprefix("ال")
    written_b = first.startswith("ب") or _proclitic(text, g).lstrip("وف").startswith("ب")
    return written_b and bare in INSTRUMENT_HEADS


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


def _coercing_civilians(g: Group, sense: TriggerSense) -> bool:
    """Civilians who raid and seize themselves (settlers): their sector is that of people
    acted upon, but next to a raid or a seizure they are its agents."""
    return sense.id.startswith(COERCING_CIVILIAN_ACTS) and _attacking_civilians(g)


def _attacking_civilians(g: Group) -> bool:
    """Civilians who themselves raid and attack (settlers), named as people, not as the
    place made from their name (مستوطنة)."""
    if _place_group(g):
        return False
    for word in g.head.text.split():
        bare = word.lstrip("وفبل")
        bare = bare.removeprefix("ال")
        for stem in COERCING_CIVILIAN_STEMS:
            if bare.startswith(stem) and bare[len(stem):] in PERSON_NOUN_ENDINGS:
                return True
    return False


def _named_party(g: Group) -> bool:
    """A participant resolved to a country or a known sector, not a bare common noun."""
    return g.country is not None or g.head.sector not in (None, "UNK")


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


def _agent_like(g: Group) -> bool:
    """A participant that may carry out an attack: no place, no demonym alone, no people
    acted upon (settlers excepted), no news outlet."""
    return not (g.is_demonym_only or _place_group(g) or _news_outlet(g)
                or (g.head.sector in VICTIM_SECTORS and not _attacking_civilians(g)))


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
        targets = [g for g in _subject_before(text, groups, t_start, c_start, 6)
                   if g.head.sector in VICTIM_SECTORS or g.country]
    return Arguments(actors, [g for g in targets if g not in actors], "noun+lam-agent")


CONTINUATION_WORDS = _WORDS.continuation_words
# What may stand between the agent after a continuation word and the attack noun: "في"
# and the support nouns ("مع استمرار القوات في شن غارات").
CONTINUED_BRIDGE = frozenset({"في"}) | SUPPORT_NOUN_STEMS | {"ب" + w for w in SUPPORT_NOUN_STEMS}


def _in_class(word: str, words: Collection[str]) -> bool:
    """The word is one of ``words``, bare or with one proclitic letter (و، ف، ب، ل)."""
    return word in words or (word[:1] in ("و", "ف", "ب", "ل") and word[1:] in words)


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


# Nouns of a decision or plan whose genitive decides the act named after it.
DECISION_NOUNS = _WORDS.decision_nouns
DECIDED_TYPES = frozenset({"SANCTION", "COERCE"})
DECIDED_BRIDGE_WORDS = 3    # "قرار إسرائيل، الاثنين، حظر ...": time words in an aside
# Sectors of a state's own forces that raid and arrest (no armed group, no gang).
RAIDING_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def _deciding_body(g: Group) -> bool:
    """A state, government, army or other body, or the demonym of one ("القرار الإسرائيلي")."""
    return g.is_demonym_only or g.head.kind in BODY_KINDS


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


AGENT_MARKER_REACH_WORDS = 3     # "اعتقاله من قبل السلطات"، "حصارها على يد ..."


def _agent_marker_after(text: str, t_end: int, c_end: int) -> bool:
    """An agent marker word (قبل، يد، برصاص ...) follows the noun closely: its agent is
    named there, even when no recogniser found it ("من قبل السلطات المحلية")."""
    return any(w in AGENTIVE_MARKERS
               for w in words_between(text, t_end, c_end)[:AGENT_MARKER_REACH_WORDS])


def _state_forces_before(groups: list[Group], sentence: Sentence, t_start: int) -> list[Group]:
    """The raider of a raid or arrest noun that is the circumstance of another predicate
    and names no agent of its own: the army, police or security service named before it in
    the sentence, when it is the nearest participant that is no place and no people acted
    upon ("اعتقل الجيش 20 شابا من مدن الضفة خلال حملة اقتحامات"، "استشهد شاب برصاص
    الشرطة، خلال اقتحام البلدة").  An armed group, a state or a ministry there is no raider."""
    return [g for g in _armed_antecedent(groups, sentence, t_start)
            if g.head.kind in BODY_KINDS and g.head.sector in RAIDING_FORCE_SECTORS]


def _governed_attack_noun(text: str, c_start: int, noun: re.Match[str]) -> bool:
    """The attack noun is governed by a preposition: "في هجوم"، "بهجوم"."""
    before = words_between(text, c_start, noun.start())
    return (word_text(noun).startswith("ب") and word_text(noun)[1:] in ATTACK_PHRASE_NOUNS) \
        or (bool(before) and before[-1] in ATTACK_NOUN_PREPOSITIONS)


def _main_clause_agent(text: str, sentence: Sentence, groups: list[Group], c_start: int,
                       noun: re.Match[str]) -> list[Group]:
    """The subject of the main clause an attack noun phrase is the circumstance of: a
    participant among the first words of the clause before the comma that opens the noun's
    clause, else of its own; none when it is a victim or stands before a complementizer
    ("ارتفع عدد الشهداء في غارات ..."، "قالت مصادر إن ...")."""
    noun_start = noun.start()
    main_start = clause_bounds(text, sentence, c_start - 2)[0] \
        if c_start - 2 > sentence.start and noun_start - c_start <= 8 else c_start
    main = [g for g in groups if main_start <= g.start and g.end <= noun_start
            and len(words_between(text, main_start, g.start)) <= MAIN_SUBJECT_WORDS]
    if not main or main[0].head.sector in VICTIM_SECTORS \
            or any(w.lstrip("وف") in COMPLEMENTIZERS
                   for w in words_between(text, main[0].end, noun_start)):
        return []
    return _chain_back(text, groups, groups.index(main[0]))


def _plural_noun(text: str, g: Group) -> bool:
    """The participant is written in the plural ("المحتجون"، "الحوثيين"، "عائلات") or counted
    ("آلاف المتظاهرين")."""
    word = g.head.text.split()[0] if g.head.text.split() else ""
    before = words_between(text, max(0, g.start - 20), g.start)[-1:]
    return word.endswith(("ون", "ين", "ات")) or (bool(before) and _is_number(before[0]))


PLURAL_PAST_MIN_LETTERS = 4


def _plural_verb(trigger_text: str) -> bool:
    """A past or present verb with a plural ending (طالبوا، يطالبون، دعوا)."""
    words = trigger_text.split()
    word = words[0] if words else ""
    # a defective or doubled past verb has four letters with its ending ("دعوا"، "حثوا")
    return len(word) > 4 and word.endswith(("وا", "ون")) \
        or len(word) == PLURAL_PAST_MIN_LETTERS and word.endswith("وا")


def _object_genitive(gap_words: list[str]) -> bool:
    """One or two nouns in construct stand between the verb and the participant: they are
    the verb's object, the participant their genitive ("منازل الفلسطينيين")."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    return 1 <= len(words) <= 2 and all(_construct_head(w) and not w.startswith(("ب", "ل", "ك"))
                                        for w in words)


def _direction_genitive(gap_words: list[str]) -> bool:
    """Nouns in construct before a direction word ("اتحاد بلديات جنوب"): the place after it
    is their genitive, not a locative adjunct ("في جنوب")."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if len(words) < 2 or words[-1] not in DIRECTIONS:
        return False
    nouns = words[:-1]
    return len(nouns) <= 3 and all(_construct_head(w) for w in nouns)


def _construct_head(word: str) -> bool:
    """A word that may head a construct: indefinite (a construct head takes no article, so
    "الفنية وسط" is an adjective and a place adjunct), no preposition, no number, no
    accusative ending ("حاجزا") and no preposition with a pronoun ("بها"، "له")."""
    return word not in LOCATIVE_WORDS and word not in ADJUNCT_WORDS \
        and word not in TARGET_PREPOSITIONS and not _is_number(word) \
        and not word.startswith(("ال", "بال", "لل")) and not _prepositional_verbal_noun(word) \
        and not word.endswith(("ا", "اً")) \
        and not (len(word) <= 3 and word.startswith(("ب", "ل")))


def _locative(gap_words: list[str]) -> bool:
    """The words before a participant make it a place (في، داخل، شمال ...)."""
    return bool(gap_words) and gap_words[-1] in LOCATIVE_WORDS


ACCUSED_PARTICIPLES = _WORDS.accused_participles
NECESSITY_NOUNS = _WORDS.necessity_nouns
CONTENT_TYPES = frozenset({"REQUEST"})
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
    place after a preposition ("وقف العدوان على غزة") or anyone after عن ("الإفراج عن
    الأسرى الفلسطينيين").  A demonym stays: it may name the one asked ("بانسحاب إسرائيلي")."""
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
    return _place_group(g) and before[-1] in CONTENT_PLACE_PREPOSITIONS


def _proclitic_inside_content(text: str, g: Group, opener: int) -> bool:
    """A participant with its own ب or ل past the complement's first word is governed by a
    noun of the content ("بوقف دعمها لأوكرانيا"، "بالاعتراف بالدولة الفلسطينية"، "بإنهاء
    احتلالها للأراضي"): what the demanded action bears on or benefits, not the one asked.
    The opener's own ب or ل ("لمجلس الأمن" read as the opener) is not such a preposition."""
    word_start = g.start - len(attached_prefix(text, g.start))
    return word_start > opener \
        and _proclitic(text, g).lstrip("وف").startswith(("ل", "ب"))


def _acted_on_only(g: Group) -> bool:
    """What a demanded action protects, moves or reaches (a town or region, civilians, a
    facility) is never the one asked.  A state, government or armed body the action is aimed at
    stays the recipient, as gold codes a demand against someone ("ضرورة محاكمة قادة
    الجيش"، "أوامر اعتقال بحق X")."""
    return not _coercing(g)


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


def _word_after(text: str, pos: int) -> int:
    """Where the first word after ``pos`` starts (``pos`` when there is none)."""
    m = VOWELLED_WORD.search(text, pos)
    return m.start() if m is not None else pos


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
    one asked as its pronoun ("رسالة ... يطالبهم فيها") has no subject before it."""
    if _called_for_before(text, t_end):
        actors = [g for g in args.actors if g.start >= t_end] \
            if _relative_before_verb(text, c_start, t_start) else args.actors
        return Arguments(actors, [], args.how + "+called-for-before")
    if _message_resumed(text, t_start, t_end) and any(g.start < t_start for g in args.actors):
        return Arguments([g for g in args.actors if g.start >= t_end], args.recipients,
                         args.how + "+message-addressee")
    return args


OBLIGATION_MODALS = _WORDS.obligation_modals
MODAL_SUBJECT_GAP_WORDS = 2     # "يجب أن تتوقف إسرائيل"، "لا بد من وقف العدوان الإسرائيلي"
MODAL_FRONTED_GAP_WORDS = 1    # "إن المسؤولين الذين يجب أن"


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
    first = next((i for i, g in enumerate(groups)
                  if t_end <= g.start < limit and (_content_recipient(text, g, opener)
                                                   or _content_genitive(text, groups, i, opener))),
                 None)
    return [] if first is None else [g for g in groups[first:] if g.start < limit]


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
        actors = speaker or [g for g in groups[:1] if g.end <= t_start]
    recipients = _object_or_target(text, groups, t_end, c_end)
    return Arguments(actors, [g for g in recipients if g not in actors], "participle")


def _followed_by_adjective(text: str, groups: list[Group], t_end: int) -> bool:
    """A word read as a verb but followed directly by a demonym adjective is the verbal noun
    ("قصف إسرائيلي")."""
    nxt = next((g for g in groups if g.start >= t_end), None)
    return nxt is not None and nxt.is_demonym_only and not text[t_end:nxt.start].strip() \
        and not attached_prefix(text, nxt.start)


def _definite(text: str, start: int, word: str) -> bool:
    return word.startswith("ال") or attached_prefix(text, start).endswith(("ال", "لل"))


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


ESCORT_GAP_WORDS = 2    # "تحت حماية مشددة من الشرطة": words between the escort noun and the party


def _escort_noun(words: list[str], i: int) -> bool:
    """The word at ``i`` is an escort noun written with ب ("بحماية") or after an escort
    lead ("تحت حماية")."""
    word = unvowelled(words[i]).removeprefix("و")
    if word.startswith("ب") and word[1:] in ESCORT_NOUNS:
        return True
    return word in ESCORT_NOUNS and i > 0 and unvowelled(words[i - 1]).removeprefix("و") \
        in ESCORT_LEADS


def _escort_before(text: str, g: Group, lo: int) -> bool:
    """``g`` stands in an escort phrase ("اقتحم المستوطنون المسجد بحماية الشرطة"): it goes
    with the actors, so it is not the one acted upon."""
    if g.start <= lo:
        return False
    words = words_between(text, lo, g.start)
    return any(_escort_noun(words, i) for i in range(max(0, len(words) - 1 - ESCORT_GAP_WORDS),
                                                    len(words)))


OBJECT_ADJECTIVES = 2     # "منشآت تجارية فلسطينية": adjectives between the noun and the demonym


def _object_phrase(words: list[str]) -> bool:
    """An object noun, then at most a few nisba adjectives ("جوية" is one, so the words of
    "غارات جوية" never reach here as an object)."""
    return 1 <= len(words) <= 1 + OBJECT_ADJECTIVES and _object_noun(words[0]) \
        and all(_nisba_word(unvowelled(w)) and w[:1] not in "وفبل" for w in words[1:])


def _without_object_demonym(text: str, t_end: int, args: Arguments) -> Arguments:
    """"هدم المنازل الفلسطينية"، "قصف مواقع إسرائيلية": a demonym taken as the agent that
    stands one noun (and its adjectives) after the attack or coercion word qualifies that
    noun, the object, so it names the side acted upon.  After an agent head ("قصفت طائرات إسرائيلية"، "منع السلطات
    السورية") it stays the agent."""
    moved = [g for g in args.actors if g.is_demonym_only and g.start > t_end
             and not has_break(text, t_end, g.start)
             and _object_phrase(words_between(text, t_end, g.start))]
    if not moved:
        return args
    return Arguments([g for g in args.actors if g not in moved],
                     args.recipients + [g for g in moved if g not in args.recipients],
                     args.how + "+object-demonym")


def _fired_by_owner(word: str) -> bool:
    """"رصاص المستوطنين"، "بنيران الجيش": what is fired belongs to whoever fired it, so the
    genitive of these nouns is the agent, whoever it names."""
    for clitic in ("و", "ف", "ب", "ال"):
        if word.startswith(clitic) and len(word) - len(clitic) > 2:
            word = word[len(clitic):]
    return word in FIRED_NOUNS


def _casualty_noun(word: str) -> bool:
    """"مقتل"، "باستشهاد"، "وإصابة": a noun of being killed, hurt or taken."""
    return any(word[len(p):] in CASUALTY_NOUN_WORDS
               for p in ("", "و", "ف", "ب", "وب", "فب", "ل", "ول"))


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


def _is_object_genitive(text: str, groups: list[Group], g: Group, t_start: int,
                        sense: TriggerSense) -> bool:
    """After an action noun of an attack or coercion, a genitive names the victim when it is a
    noun of people ("تهجير الفلسطينيين"، "اعتقال صحفيين") rather than an adjective
    ("قصف إسرائيلي"، "القصف الإسرائيلي") or an armed agent ("هجوم حماس")."""
    first_word = VOWELLED_WORD.match(text, t_start)
    if sense.event not in ACTED_UPON_TYPES \
            or (first_word is not None and _fired_by_owner(word_text(first_word))):
        return False
    if first_word is not None and _casualty_noun(word_text(first_word)):
        return True     # "مقتل جنديين إسرائيليين": whoever it names died, armed or not
    following = [w for w in words_between(text, g.end, min(len(text), g.end + 40))[:3]
                 if not w.startswith("ال")][:1]
    if following and following[0].startswith("ل") and not following[0].startswith("لا") \
            and following[0] not in TIME_LAM_WORDS:
        return False    # "اقتحام أنصار الحزب لمقر": ل marks the object, the genitive acts
    if _raider_before_place(text, g, t_start, sense):
        return False
    nxt = next((i for i, o in enumerate(groups) if o.start >= g.end), None)
    if nxt is not None and g.head.kind == "person" \
            and not any(c in text[g.end:groups[nxt].start] for c in "()\"«»“”") \
            and not attached_prefix(text, groups[nxt].start).startswith("و") \
            and len(words_between(text, g.end, groups[nxt].start)) == 1 \
            and _direct_object(text, groups, nxt, g.end):
        # "اقتحام الوزير منطقة الأغوار": a person's object follows the genitive (a name
        # in brackets after it is the same party)
        return False
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


def _victim_arguments(text, sentence, groups, t_start, t_end, c_start) -> Arguments:
    victims_i = _first_after(text, groups, t_end, sentence.end, 3)
    if victims_i is not None and _after_marker_word(text, groups[victims_i], t_end):
        victims_i = None    # "قُتلوا بنيران الجيش": the agent, the victims stand before
    if victims_i is None:
        before = _last_before(text, groups, t_start, c_start - 1, 3)
        victims = _chain_back(text, groups, before) if before is not None else []
    else:
        victims = chain_from(text, groups, victims_i)
    return _with_agents(text, sentence, groups, victims, t_end, "victim")


def _with_agents(text: str, sentence: Sentence, groups: list[Group], victims: list[Group],
                 after: int, how: str) -> Arguments:
    """The victims and the agent named after ``after``: behind a marker (برصاص، على يد ...)
    or, failing that, a demonym ("استشهد 5 في قصف إسرائيلي")."""
    agents = _agent_after_marker(text, groups, after, sentence.end) \
        or _confronted(text, sentence, groups, after)
    if not agents:
        agents = next(([g] for g in groups if g.start > after and g.is_demonym_only
                       and g not in victims), [])
    return Arguments([g for g in agents if g not in victims], victims, how)


# Carried subjects: "أدانت الكويت الهجوم. وطالبت مجلس الأمن بالتحرك" — a verb that opens its
# sentence with و/ف or after كما/ثم and names no subject continues the subject of the verb
# that opens an earlier sentence of the paragraph, when the two verbs agree in gender.
CARRY_BACK_SENTENCES = 2          # sentences a carried subject is sought through
CARRY_OPENERS = frozenset({"كما", "ثم", "وكما", "وثم"})
LEAD_PHRASE_WORDS = 4             # "وفي السياق نفسه،": a lead phrase closed by a comma
OBJECT_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "نا", "كم")
QUOTE_MARKS = frozenset('"«»“”')
# The attachment readings that leave a verb without a subject of its own.
SUBJECTLESS_READINGS = frozenset({"v", "v+pronoun-subject", "v+target", "v+noun-complement",
                                  "v+object-by-agreement", "v+people-object", "v+act-genitive",
                                  "v+relative-agent-object"})


def _spelled_gender(word: str, form: str) -> str | None:
    """"fem" or "masc" as a singular verb's spelling shows it; None for a plural or dual, a
    verb carrying an object pronoun (اتهمته), or a form that may be either (a past verb
    opening with ت, تحدث، when ``form`` is not known)."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    if bare.endswith(OBJECT_PRONOUN_ENDINGS) or bare.endswith(("وا", "ون", "تا", "ان")) \
            or (bare.endswith("ا") and len(bare) > 3):     # دعا، but the dual بحثا
        return None
    if form in ("past", "present"):
        person = verb_person(bare, form)
        return person if person in ("fem", "masc") else None
    if bare.startswith("ي"):
        return "masc"
    if bare.endswith("ت"):
        return "fem"
    return None if bare.startswith("ت") else "masc"


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
