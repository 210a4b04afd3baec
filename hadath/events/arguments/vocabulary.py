"""Word classes and reach limits that several argument readers share."""
from __future__ import annotations

import re

from ...words import alternation, function_words, normalised

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

SUBJECT_GAP_WORDS = 4        # words allowed between a verb and its subject (time adverbs ...)
OBJECT_GAP_WORDS = 6
NOUN_SUBJECT_WORDS = 6       # how far back before an action noun its subject is sought

PARTITIVE_WORD = "من"

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

# Sectors of people who are acted upon rather than acting, when named after an action noun.
VICTIM_SECTORS = frozenset({"CVL", "REF", "JRN", "MED", "EDU", "REL", "LAB", "AGR"})
TARGET_PREPOSITIONS = _WORDS.target_prepositions

ATTACK_TARGET_PREPOSITIONS = _WORDS.attack_target_prepositions
TARGET_WORDS = tuple([w] for w in ATTACK_TARGET_PREPOSITIONS)   # a target follows them
# ل-phrases of time after an action noun's genitive ("إغلاق المكتب للمرة الثالثة")
TIME_LAM_WORDS = _WORDS.time_lam_words
OTHER_PREPOSITIONS = _WORDS.other_prepositions

FIRED_NOUNS = _WORDS.fired_nouns
# weapons written with ب after an attack word ("استهداف المدينة بطائرة مسيرة"، "قصفت القوات
# بالمدافع مواقع"): the act's instrument
INSTRUMENT_NOUNS = normalised(_WORDS.instrument_heads | _WORDS.weapon_subject_nouns)

# markers whose next words name the doer (the fire is the shooter's: "برصاص الجيش"); after
# the other weapon markers the weapon's own words may follow ("بطائرة انتحارية")
AGENTIVE_MARKERS = _WORDS.agentive_markers
# the words that may open a two-word agentive marker ("على يد"، "من قبل")
AGENTIVE_MARKER_LEADS = _WORDS.agentive_marker_leads
VICTIM_FRAMES = _WORDS.victim_frames

# "بيانا اتهمت فيه"، "تغريدة لوزير ... انتقد فيها": the verb of a relative clause on a
# statement noun; its subject is the statement's author.
REPORT_NOUNS = _WORDS.report_nouns
REPORT_RESUMPTIVES = _WORDS.report_resumptives

QUANTIFIER_SUBJECT_HEADS = _WORDS.quantifier_subject_heads

# Prepositions that make an action noun the circumstance of the predicate before it.
CIRCUMSTANCE_WORDS = _WORDS.circumstance_words

CASUALTY_NOUN_WORDS = frozenset(_WORDS.casualty_nouns)

def with_possessive_pronoun(nouns) -> re.Pattern[str]:
    """A whole word that is one of ``nouns`` (alternatives tried in their order) with a
    third-person possessive pronoun: "جنوده"، "قائدها"، "موظفيهم"."""
    return re.compile(rf"^{alternation(nouns)}(?:ه|ها|هم)$")


OWN_FORCES = with_possessive_pronoun(_WORDS.own_force_nouns)

# Words that open an adjunct after a verb (time, place, circumstance), never its object.
ADJUNCT_WORDS = _WORDS.adjunct_words
TIME_WORDS = _WORDS.time_words
# a pronoun object written onto a verb ("اعتقله"، "قتلهم"): the verb is active
OBJECT_PRONOUN = re.compile(r"(?:ها|هم|هما|ه)$")

COMPLEMENTIZERS = _WORDS.complementizers

# Words that may open a clause before a fronted subject.
CLAUSE_OPENERS = _WORDS.clause_openers

# Particles allowed between that pronoun and its verb.
VERB_PARTICLES = _WORDS.verb_particles

RELATIVE_PRONOUNS = _WORDS.relative_pronouns
# Sectors of armed or coercive agents: after an attack or coercion noun such a genitive is
# the agent ("هجوم حماس"، "اعتقال الشرطة"); any other named party is acted upon ("حصار وفد
# حكومي"، "اعتقال الوزير").
ARMED_SECTORS = frozenset({"MIL", "REB", "SPY", "UAF", "COP", "CRM"})
# Mention kinds that name a body (army, party, state, capital) rather than people.
BODY_KINDS = frozenset({"organization", "institution", "country", "capital"})

RESUMED_BY_LIGHT_VERB = _WORDS.resumed_by_light_verb     # "التي قام بها الوزير"

# Verbal nouns that carry an attack noun as object ("أعلنت الحركة إطلاقها رشقة صاروخية"):
# their possessive pronoun names the attack's agent.
SUPPORT_NOUN_STEMS = _WORDS.support_noun_stems
POSSESSIVE_SUFFIXES = _WORDS.possessive_suffixes

# Proclitics the trigger span leaves behind ("بتعزيزات" matched from its noun).
PROCLITIC_WORDS = _WORDS.proclitic_words
PLACE_KINDS = frozenset({"country", "capital", "place", "city"})
# Indefinite attack nouns a relative verb may describe ("في هجوم قتل ..."), the prepositions
# that govern them, and how far into its clause the main clause's subject may stand.
ATTACK_NOUNS = _WORDS.attack_nouns

# Groups that name the two parties of a reported agreement or meeting by a dual noun.
DUAL_PARTIES = _WORDS.dual_parties
# Verbs of talks whose object is the topic ("بحث الجانبان التوقيع على اتفاق"): the partner
# comes after مع, and the participants named inside the topic take no part in the talks.
TOPIC_VERBS = re.compile(rf"^[وف]?(?:س?[يت])?{alternation(_WORDS.topic_verb_stems)}"
                         r"(?P<ending>ت|ا|وا|ان|ون)?$")

TOPIC_ADJUNCTS = _WORDS.topic_adjuncts
PARTNER_WORD = "مع"
PHRASE_STOPS = TOPIC_ADJUNCTS | {PARTNER_WORD} | _WORDS.phrase_stop_words

COUNTERPART_NOUNS = _WORDS.counterpart_nouns

# Who may report its own soldiers' losses: a state's army or the state itself.
STATE_FORCE_SECTORS = frozenset({"MIL"})

# Senses of entering a place by force (اقتحم، داهم، اقتحام): the place named after them is
# what they act on.
ENTRY_SENSES = frozenset({"coerce.raid"})

# A preposition carrying a pronoun ("عليه"، "لها"): right after a verb it holds the verb's
# object, so a participant after it is the verb's own subject.
PRONOUN_PREPOSITION = re.compile(rf"^{alternation(_WORDS.pronoun_carrying_prepositions)}"
                                 r"(?:ه|ها|هم|هما)$")

# Words opening the complement of a verb's noun object ("بالإفراج عن"، "إلى وقف"):
# a participant after them is no subject of the verb.
COMPLEMENT_WORDS = _WORDS.complement_words

# The word right after the noun, with nothing between but spaces.
_NEXT_WORD = re.compile(r"\s+([^\s،,.:؛\"“”«»()\-]+)")

ATTACK_PHRASE_NOUNS = ATTACK_NOUNS | _WORDS.weapon_subject_nouns

CONTENT_TYPES = frozenset({"REQUEST"})

CARRY_OPENERS = frozenset({"كما", "ثم", "وكما", "وثم"})
