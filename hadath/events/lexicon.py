"""Trigger lexicon and context rules, loaded from ``data/triggers.json`` and
``data/event_rules.json`` and validated."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..records import PLOVER_QUADS
from ..resources import DataError, load_json, require
from ..text.matcher import ENCLITICS, LexiconMatcher, Match
from ..text.normalize import Normalized, normalize_key, normalize_string
from ..words import normalised
from .structure import (
    CLAUSE_BREAK,
    COMPLEMENTISER,
    VOWEL_MARKS,
    VOWELLED_WORD,
    words_of,
)

FORM_KINDS = ("past", "present", "passive", "nouns", "supported", "participles", "reported")
# "reported" predicates (هو من يعرقل، هي المسؤولة عن، يتحمل مسؤولية) are an accusation only
# in a clause reported under a verb of saying: the speaker accuses the embedded subject.
# "supported" nouns (مساعدات، مناورة، وقفة) name an event only after a support verb of their
# type (أرسلت مصر مساعدات، أجرى الجيش مناورة، نظم العشرات وقفة); alone they are topics.


@dataclass(frozen=True, slots=True)
class TriggerSense:
    id: str
    event: str
    mode: str | None
    form: str          # past | present | passive | nouns
    strength: float
    outcome: bool = False   # reports an attack's result (استشهد، مقتل), not the attack
    # An event only when one of these (normalised) phrases follows in the clause within
    # ``complement_window`` words: حملت X Y المسؤولية، أمر الجيش السكان بإخلاء، نفت X صحة.
    complements: tuple[str, ...] = ()
    complement_window: int = 0
    # A supported noun also reports the event when one of these verbs follows it in its
    # clause within ``support_after_window`` words: the noun is the subject ("صواريخ أطلقت
    # من الجنوب"، "قذائف سقطت على الحي").
    support_after: tuple[str, ...] = ()
    support_after_window: int = 0
    # No event when one of these subjects stands right before the trigger or follows it within
    # ``not_by_window`` words in its clause: roads closed by protesters are their protest,
    # not a coercion ("أغلق المحتجون الطرق").
    not_by: tuple[str, ...] = ()
    not_by_window: int = 0
    # ``not_by`` names the grammatical subject only (not any participant): one governed by a
    # preposition, the genitive of a ب/ل noun ("رحب الوزير بحكم المحكمة"), or one in the
    # clause before an أن, is no subject.
    not_by_subject: bool = False


@dataclass(frozen=True, slots=True)
class Discard:
    why: str
    pattern: re.Pattern[str]
    # event types the discard leaves alone: a march held on an anniversary is still a march
    spares: frozenset[str] = frozenset()
    # when set, the only event types it applies to
    only: frozenset[str] | None = None

    def applies_to(self, event: str) -> bool:
        if event in self.spares:
            return False
        return self.only is None or event in self.only


@dataclass(frozen=True, slots=True)
class EventRules:
    window: int
    negation: LexiconMatcher[str]
    hypothetical: LexiconMatcher[str]
    discards: tuple[Discard, ...]
    speech_verbs: LexiconMatcher[str]
    attribution: LexiconMatcher[str]
    source_nouns: LexiconMatcher[str]
    casualty: LexiconMatcher[str]          # value: killed | injured | arrested
    cumulative: LexiconMatcher[str]
    negation_window: int = 3
    noun_goal: LexiconMatcher[str] | None = None     # "التوصل إلى اتفاق": a goal, not an event
    noun_goal_window: int = 3
    # goal cues that are no goal before a noun of these events (event -> normalised cues):
    # "أعلنت الكتائب تنفيذ عملية" claims the attack carried out
    noun_goal_spares: dict[str, frozenset[str]] = field(default_factory=dict)
    # "قد" before a past verb asserts (قد فرضت = has imposed), before a present one it
    # hedges (قد تفرض = may impose)
    past_assertive: frozenset[str] = frozenset()
    # past verbs that, right after a past_assertive cue, assert their whole clause
    # ("وكان الوزير قد تلقى أمس اتصالا هاتفيا")
    assertive_verbs: frozenset[str] = frozenset()
    # finite verbs of going on with something (واصل، يواصل): a supported noun after one
    # reports an attack going on ("يواصل الجيش قصفه للبلدة"), cue "continued"
    continuation_verbs: frozenset[str] = frozenset()
    continuation_window: int = 0
    continuation_not_after: frozenset[str] = frozenset()   # "جراء تواصل القصف": the noun
    # verbs of showing ("عرضت الكتائب مشاهد ..."): a speech verb when one of the display
    # nouns follows within ``display_window`` words in the sentence
    display_verbs: LexiconMatcher[str] | None = None
    display_nouns: frozenset[str] = frozenset()
    display_window: int = 0
    # negation cues that deny a whole reported clause ("نفت الوزارة أن تكون قد طلبت ...")
    denials: frozenset[str] = frozenset()
    # "نفى الوزير مشاركة بلاده في اجتماع"، "لم يشارك الوفد في المحادثات": a negation cue
    # before one of these participation words (within ``negation_window`` words) negates a
    # trigger up to ``participation_window`` words after the word, in its clause
    participation: frozenset[str] = frozenset()
    participation_window: int = 0
    # "لا يزال"، "ما زالت": a negation cue right before one of these words says "still"
    still_verbs: frozenset[str] = frozenset()
    # "فشلت الشرطة في اعتقال": failure verbs by the preposition they take, the most words
    # of subject between verb and preposition, and the support nouns allowed after it
    failure_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    failure_subject_window: int = 0
    failure_support_nouns: frozenset[str] = frozenset()
    simulated: Simulated | None = None
    instruments: LexiconMatcher[str] | None = None    # weapon word -> ASSAULT mode
    instrument_window: int = 6
    # sectors of country-less people and bodies taken to be of the event's country
    local_sectors: frozenset[str] = frozenset()
    setting: tuple[SettingCues, ...] = ()
    relative: RelativeBackground | None = None
    frames: tuple[MentionFrame, ...] = ()
    prospective: Prospective | None = None
    purpose: PurposePrefix | None = None
    counted: CountedHomographs | None = None
    senses: tuple[SenseCue, ...] = ()
    vowelled: tuple[VowelledHomograph, ...] = ()
    protest_demand: ProtestDemand | None = None
    modal_sources: ModalSources | None = None
    self_exhortation: SelfExhortation | None = None
    agreed_opinion: AgreedOpinion | None = None
    noun_readings: tuple[NounReading, ...] = ()
    deal_terms: DealTerms | None = None
    demands: DemandGovernors | None = None


@dataclass(frozen=True, slots=True)
class DemandGovernors:
    """A verbal noun governed by a demand, a call or a threat ("دعت المحكمة السلطات المحلية
    إلى توقيف المتهم"، "طالب النواب بإلغاء القرار، وإغلاق المكتب"، "يهدد باقتحام البلدة")
    names what is asked for, not what was done: hypothetical.  One of ``words`` stands up
    to ``window`` words before the noun in its clause (a comma right before a و-joined noun
    does not end it), and the noun or a word between carries ب/ل, or one of ``prepositions``
    (إلى، على) stands between; one of ``stops`` between (بعد، خلال، الذي) opens another fact
    and cancels it.  The nouns of ``direct_events`` (CONSULT: لقاء starts with its own ل) count
    only with a preposition right before them, or before a verbal noun of holding in
    ``direct_between`` ("دعت الحكومة الطرفين إلى الاجتماع"، "إلى عقد لقاء"), the call up to
    ``direct_window`` words back.  One of ``answered`` anywhere before the call in its
    clause (استجابة لدعوة، تلبية لدعوات، أيدت المحكمة طلب) reports the call answered: the
    noun names what was done, and it is no demand, unless the answer itself follows إلى/على
    or a verb of trying ("تسعى إلى تلبية طلب")."""
    events: frozenset[str]
    words: frozenset[str]
    prepositions: frozenset[str]
    stops: frozenset[str]
    window: int
    direct_events: frozenset[str] = frozenset()
    direct_between: frozenset[str] = frozenset()
    direct_window: int = 0      # 0: ``window``; the call's object often stands between
    answered: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SenseCue:
    """Words next to a trigger that give it a sense which reports no event of its type:
    "منع قيام دولة" (to prevent an outcome)، "تهديد وجودي" (a danger)، "في مقاطعة كورسك" (a
    province)، "قصف حشود الاحتلال" (forces named as a target).  A cue counts within
    ``before_window`` words before the trigger or ``after_window`` words after it, in its
    clause; ``unless_after`` words right after the trigger keep the event, and so do
    ``unless_before`` words anywhere before it in its clause (a support verb that renews what
    the cue would make a mention: "جدد الوزير الدعوة التي أطلقها").  ``triggers``
    (normalised, empty = every trigger of ``events``) is matched on the trigger's first word
    without و/ف and one of ب/ل.  With ``hypothetical`` the trigger names an aim or a prospect
    (فكرة نشر قوات، تحاول منع); otherwise it is no event at all.  A ``paired`` cue needs a
    ``before`` word and an ``after`` word both: "ما تم الاتفاق عليه" (a relative pronoun before,
    its pronoun after) describes an agreement known from elsewhere."""
    why: str
    events: frozenset[str]
    triggers: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    before_window: int = 0
    after_window: int = 0
    unless_after: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    hypothetical: bool = False
    unless_before: frozenset[str] = frozenset()
    paired: bool = False
    # words anywhere after the trigger in its clause that keep it (بحث الوزير مع نظيره ...)
    unless_later: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class VowelledHomograph:
    """A trigger spelled like another word that only its short vowels (or its hamza seat, which
    normalisation folds) tell apart: written with one of ``marks`` ("مسيّرة", a drone; "إيد", a
    foreign name) it is that other word, not the trigger ("مسيرة", a march; "أيد", endorsed).
    ``triggers`` are normalised keys, matched like a ``SenseCue``'s."""
    why: str
    events: frozenset[str]
    triggers: frozenset[str]
    marks: frozenset[str]


@dataclass(frozen=True, slots=True)
class Prospective:
    """Adjectives that make the noun trigger before them a prospect, not a report
    ("اللقاء المرتقب"، "هجوم محتمل"، "الاجتماع المقبل"): within ``window`` words after the
    noun, in its clause."""
    words: frozenset[str]          # normalised, without the article
    window: int
    # types that speak of the future by nature: "الرد قادم" is itself the threat
    spares: frozenset[str] = frozenset()
    # prospect words that are nouns as well (المقترح = the proposal): after a verbal noun of
    # ``transitive`` types carrying a possessive ("دعمها المقترح") they are its object
    nouns: frozenset[str] = frozenset()
    transitive: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ProtestDemand:
    """A demand voiced by a protest ("تظاهرات تطالب بوقف الحرب"، "خرجت مسيرة للمطالبة ب"،
    "طالب المتظاهرون ب"): PLOVER codes it as the PROTEST itself, so the demand trigger of
    ``events`` is no event of its own.  A protest word (normalised, without the article)
    within ``window`` words before it in its clause, or one of ``subjects`` (nominative
    protesters) right after it, the protest reported within ``subject_reach`` words before
    (in its sentence or the one before); the ``adjuncts``
    (للمطالبة، مطالبين) reach past a comma to the clause they qualify."""
    why: str
    events: frozenset[str]
    words: frozenset[str]
    window: int
    subjects: frozenset[str]
    adjuncts: frozenset[str]
    # right after the trigger: the call for the protest itself ("مظاهرة دعت إليها النقابة")
    unless_after: frozenset[str] = frozenset()
    # words before the trigger, across sentences, in which ``subjects`` need a protest word
    subject_reach: int = 0


@dataclass(frozen=True, slots=True)
class ModalSources:
    """A modal of obligation (يجب أن، ينبغي على، لا بد من) is a demand only when someone
    states it: a speech verb or one of ``words`` (مشددا، تؤكد) before it in its sentence, or
    an open quotation around it.  Otherwise it is the writer's analysis ("ووجد التقرير أن
    الاتحاد يجب أن يتكيف").  ``triggers``: the modals' first words, normalised."""
    why: str
    events: frozenset[str]
    triggers: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class SelfExhortation:
    """A modal or a necessity addressed to the speaker's own side asks nothing of anyone
    else: "يجب أن نعمل معا" (a verb in the first person plural right after أن)، "ضرورة
    الاعتماد على أنفسنا" (one of ``reflexives`` within ``window`` words after the trigger in
    its clause).  ``triggers``: the modals' and nouns' first words, normalised;
    ``prefixes``: the first-person plural prefixes of a present verb."""
    why: str
    events: frozenset[str]
    triggers: frozenset[str]
    reflexives: frozenset[str]
    prefixes: tuple[str, ...]
    window: int


@dataclass(frozen=True, slots=True)
class AgreedOpinion:
    """"اتفق الخبراء على أن الحل سياسي": a verb of agreeing followed, within ``window``
    words in its clause, by على and one of ``that`` (أن، أنه ...) reports a shared opinion,
    not a deal.  It stays a deal when a present verb follows a bare أن (one of
    ``verb_prefixes``, or one of ``verb_words``: "اتفقا على أن يتم التبادل"، "على أن لا")
    or one of ``keep`` words stands in the rest of the clause (a future or a modal: "على أنه
    سيتم"، "على أن الطرفين سيعملان")."""
    why: str
    events: frozenset[str]
    triggers: frozenset[str]
    that: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_words: frozenset[str]
    keep: frozenset[str]
    window: int


@dataclass(frozen=True, slots=True)
class NounReading:
    """A verb trigger spelled like its verbal noun (طلب = he asked / a request) is the noun
    after one of ``prepositions`` ("في طلب"، "بناء على طلب") or with a prefixed ب/ل/ك
    ("بطلب من"): it names a request, it makes none, unless one of ``support`` verbs stands
    before it in its clause ("تقدمت تركيا بطلب").  ``triggers``: the words, normalised."""
    why: str
    events: frozenset[str]
    triggers: frozenset[str]
    prepositions: frozenset[str]
    support: frozenset[str]


@dataclass(frozen=True, slots=True)
class PurposePrefix:
    """A verbal noun of ``events`` carrying the bare preposition ل (no article) names a
    purpose ("تسعى لانسحاب"، "تحالف لدعم القضية"، "مساع لإطلاق سراح"): hypothetical."""
    events: frozenset[str]
    # types whose verbal noun names a purpose with ل and the article ("للمطالبة ب"); their bare
    # ل is often a verb's preposition ("استجاب لطلب"، "عادت لتطالب")
    article_events: frozenset[str] = frozenset()
    # words right before the noun that govern its ل, so it is their complement and no purpose
    # (normalised): "تصدى لاقتحام"، "تعرضت لحصار"، "أدت لاعتقال"
    governors: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class DealTerms:
    """A verbal noun joined by و right after a ceasefire ("وقف إطلاق النار وإطلاق سراح
    الأسرى"، "وقف العدوان والانسحاب من القطاع") names a term of a deal asked for or
    negotiated, not a happening: hypothetical.  ``heads`` are the normalised word sequences
    that end the ceasefire phrase; up to ``modifiers`` words of ``adjectives`` may follow it
    (الدائم، العاجل).  Past them, a ceasefire head up to ``reach`` words back in the clause
    still governs the noun when only a place or a term lies between ("هدنة في غزة لمدة أربعة
    أيام وتبادل الأسرى"); 0 keeps to the adjectives."""
    why: str
    events: frozenset[str]
    heads: tuple[tuple[str, ...], ...]
    adjectives: frozenset[str]
    modifiers: int = 2
    reach: int = 0


@dataclass(frozen=True, slots=True)
class CountedHomographs:
    """Verb triggers spelled like a count noun ("طالب" = a student): right after a numeral
    or a quantity word ("300 طالب"، "ألف طالب") they are the noun, not the verb."""
    words: frozenset[str]          # normalised verb forms
    quantities: frozenset[str]     # normalised quantity words


@dataclass(frozen=True, slots=True)
class SettingCues:
    """Prepositions that make a noun trigger the setting of another fact of the sentence
    ("أغلقت الشرطة الطريق بعد الهجوم على الثكنة"): within ``window`` words before it, for
    ``events`` only, and only when a main clause stands before the preposition."""
    events: frozenset[str]
    pattern: re.Pattern[str]       # one normalised word
    window: int
    unless_next: frozenset[str]    # "بعد ظهر أمس": the preposition dates, it does not set
    # only an event already known to the reader (بعد الهجوم، إثر هجوم الذي ...) is a setting
    known_only: bool = True


@dataclass(frozen=True, slots=True)
class MentionFrame:
    """Words that make a later trigger a mere mention of an attack or protest known from
    elsewhere.  With ``after`` (يأتي ذلك بعد، جاء غداة): the frame verb, then within
    ``window`` words one of the ``after`` prepositions, and everything after it in the
    sentence is the setting.  Without (أدان الهجوم، ندد باعتداء): the trigger stands within
    ``window`` words after the verb, in its clause, as its object."""
    why: str
    events: frozenset[str]
    words: frozenset[str]          # verbs or nouns, normalised; و/ف stripped before lookup
    window: int
    after: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class RelativeBackground:
    """A past trigger right after a relative pronoun, with an object pronoun on it,
    describes a person or thing ("الصحفي الذي اختطفته جماعة"): no event of its own."""
    events: frozenset[str]
    pronouns: frozenset[str]       # normalised
    suffixes: tuple[str, ...]
    # past verbs that open the pronoun-less relative clause of an indefinite noun
    # ("غداة انفجار وقع في المرفأ"): the noun names an event already known
    describing: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Simulated:
    """Words that make an attack or raid an exercise ("اقتحام مستوطنات مفترضة"، "محاكاة
    هجوم"): within ``window`` words of the trigger, in its clause, for ``events`` only
    (a "اجتماع افتراضي" is a real, online meeting)."""
    events: frozenset[str]
    pattern: re.Pattern[str]       # over the normalised text
    window: int


def validate_triggers(data: Any) -> list[dict[str, Any]]:
    require(isinstance(data, dict) and isinstance(data.get("triggers"), list),
            "triggers.json", "needs a 'triggers' list")
    require(all(isinstance(b, str) and b.strip() for b in data.get("blockers", [])),
            "triggers.json", "blockers must be non-empty strings")
    require(all(isinstance(b, str) and b.strip() for b in data.get("hidden_passive", [])),
            "triggers.json", "hidden_passive must be non-empty strings")
    wa = data.get("wa_stems", {})
    require(isinstance(wa, dict) and all(_strings(wa.get(k, [])) for k in ("forms", "complements", "not_lam", "stops"))
            and (not wa.get("forms") or all(isinstance(wa.get(k), int) and wa[k] > 0
                                            for k in ("window", "lam_window"))),
            "triggers.json", "wa_stems needs lists of non-empty strings, a window and a lam_window > 0")
    _validate_pronoun_homographs(data.get("pronoun_homographs", {}), data["triggers"])
    governors = data.get("not_by_governors", {})
    require(isinstance(governors, dict) and _strings(governors.get("words", [])),
            "triggers.json", "not_by_governors needs a list of non-empty strings under 'words'")
    seen: set[str] = set()
    for i, t in enumerate(data["triggers"]):
        where = f"triggers.json entry {i} ({t.get('id')})"
        require(isinstance(t.get("id"), str) and t["id"] not in seen, where, "id missing or repeated")
        seen.add(t["id"])
        require(t.get("event") in PLOVER_QUADS, where, f"unknown PLOVER type {t.get('event')!r}")
        require(t.get("mode") is None or isinstance(t.get("mode"), str), where, "mode must be a string or null")
        require(isinstance(t.get("strength"), (int, float)) and 0 < t["strength"] <= 1, where,
                "strength must be in (0, 1]")
        for kind in FORM_KINDS:
            forms = t.get(kind, [])
            require(isinstance(forms, list) and all(isinstance(f, str) and f.strip() for f in forms),
                    where, f"{kind} must be a list of non-empty strings")
        require(any(t.get(k) for k in FORM_KINDS), where, "has no forms")
        comps = t.get("complements", [])
        require(isinstance(comps, list) and all(isinstance(c, str) and c.strip() for c in comps),
                where, "complements must be a list of non-empty strings")
        require(not comps or (isinstance(t.get("complement_window"), int) and t["complement_window"] > 0),
                where, "complements need a complement_window > 0")
        for key in ("support_after", "not_by"):
            phrases = t.get(key, [])
            require(isinstance(phrases, list) and all(isinstance(c, str) and c.strip() for c in phrases),
                    where, f"{key} must be a list of non-empty strings")
            require(not phrases or (isinstance(t.get(f"{key}_window"), int) and t[f"{key}_window"] > 0),
                    where, f"{key} needs a {key}_window > 0")
        require(t.get("not_by_role") in (None, "subject", "participant") and
                (t.get("not_by_role") is None or bool(t.get("not_by"))), where,
                "not_by_role is 'subject' or 'participant' and needs not_by")
        require(not t.get("support_after") or t.get("supported"), where,
                "support_after applies to 'supported' nouns only")
    return data["triggers"]


def _validate_pronoun_homographs(data: Any, entries: list[dict[str, Any]]) -> None:
    where = "triggers.json pronoun_homographs"
    require(isinstance(data, dict), where, "must be an object")
    possessed = data.get("possessed", {})
    require(_strings(data.get("other_word", [])) and _strings(data.get("verb_cues", []))
            and _strings(data.get("fa_forms", [])) and _strings(data.get("fa_leads", []))
            and _strings(data.get("fa_not_lead", [])), where,
            "other_word, verb_cues, fa_forms, fa_leads and fa_not_lead must be lists of non-empty strings")
    require(isinstance(possessed, dict) and all(isinstance(v, list) and set(v) <= set(ENCLITICS)
                                                for v in possessed.values()), where,
            f"possessed maps a form to some of the pronoun suffixes {ENCLITICS} (none: all)")
    require(not possessed or bool(data.get("verb_cues")), where, "possessed forms need verb_cues")
    require(not data.get("fa_forms") or (isinstance(data.get("fa_window"), int) and data["fa_window"] > 0
                                         and bool(data.get("fa_leads"))), where,
            "fa_forms need fa_leads and a fa_window > 0")
    verbs = normalised(*(t.get(k, []) for t in entries for k in ("past", "present", "passive")))
    unknown = sorted(f for f in [*data.get("other_word", []), *possessed, *data.get("fa_forms", [])]
                     if normalize_key(f) not in verbs)
    require(not unknown, where, f"forms that no trigger lists as a verb: {unknown}")


BLOCKER = TriggerSense("blocker", "", None, "blocker", 0.0)

# Words allowed between a subject standing before its verb and the verb ("المحتجون الغاضبون أغلقوا").
SUBJECT_BEFORE_GAP = 1
SHADDA = "\u0651"
# A short aside between commas (أجرت، اليوم الأربعاء، مناورة) does not end the clause.
_ASIDE = re.compile(rf"[،,]\s*(?:{VOWELLED_WORD.pattern}\s*){{1,3}}[،,]")


def without_asides(between: str) -> str:
    return _ASIDE.sub(" ", between)


# An aside that opens with a preposition or a time word is an adjunct however long it is
# ("أكد الرئيس، في كلمة ألقاها أمام البرلمان، دعم بلاده"): it does not end a support verb's clause.
_ADJUNCT_ASIDE = re.compile(r"[،,]\s*[وف]?(?:في|خلال|[أا]ثناء|عبر|لدى|[أا]مام|عقب|اليوم|[أا]مس|مساء|صباح)"
                            r"\s[^،,.؛:!?؟\n]{0,80}[،,]")


def without_adjunct_asides(between: str) -> str:
    return without_asides(_ADJUNCT_ASIDE.sub(" ", between))


@dataclass(frozen=True, slots=True)
class LightVerbs:
    """Support verbs (شن، فرض، أجرى، نظم ...) that make a following event noun report the
    event itself, and proclitics before which a verb form can only be a verbal noun."""
    matcher: LexiconMatcher[frozenset[str]]   # value: the event types the verb supports
    max_gap: int                              # words allowed between the verb and the noun
    bonus: float                              # strength added to a supported noun
    nominal_prefixes: tuple[str, ...]         # ب ل ك: بمنع، لدعم are nouns, not verbs
    # particles a past verb cannot follow (لم/لن take the imperfect): "لا حظر" is a noun
    nominal_after: tuple[str, ...] = ()
    # verbal nouns of support verbs (تنفيذ، ارتكاب): they only give a noun that needs support
    # ("تنفيذ 5 عمليات") its event; a noun that is an event alone keeps its own reading
    nouns: frozenset[str] = frozenset()
    # prepositions a past verb cannot follow: "من أجل دعم حلفائها" is the verbal noun
    prepositions: tuple[str, ...] = ()
    # a bonus of its own for the nouns of some types: "أعربت الرابطة عن دعمها" must score
    # like the verb "دعمت" that it replaces
    event_bonus: Mapping[str, float] = field(default_factory=dict)
    # the only words a past form spelled like a supported noun (دعم) may follow in its clause
    # to be read as the verb ("ودعم الرئيس الخطة"، "وكان الحزب قد دعم"); after any other word
    # ("أن يؤدي دعم واشنطن"، "بقبول ودعم عسكري") it is the noun; empty: no such condition
    clause_openers: frozenset[str] = frozenset()
    # prepositions that may stand between a support verb and its supported object, the
    # partitive ("أطلقت عددا من الصواريخ"); after any other of ``prepositions`` the noun is
    # that preposition's object ("نفذ الجيش خلال عدوانه اعتقالات")
    partitives: tuple[str, ...] = ()
    # like ``nominal_after``, for the past forms of one event type only: "تم منع الصيادين"،
    # "قرار منع السفر"، "بعد منعهم" (other types' nouns read worse as settings or with a
    # possessive agent)
    nominal_after_events: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def bonus_for(self, event: str) -> float:
        return self.event_bonus.get(event, self.bonus)


class TriggerMatcher(LexiconMatcher[TriggerSense]):
    """The trigger lexicon, with three readings fixed from the neighbouring words:

    * a noun trigger after a support verb of its type in its clause ("شنت إسرائيل غارات"،
      "فرضت واشنطن عقوبات") reports the event, not a topic: it gets the support bonus and
      the sense id ``<id>+support``.  It stays a noun for argument reading, because the
      subject stands between the support verb and the noun;
    * a verb form carrying ب/ل/ك ("بدعم"، "لمنع") is the homographic verbal noun;
    * a sense with ``complements`` is kept only when one of them follows in its clause
      (a frame whose object may stand between: "حملت الوزارة الحكومة المسؤولية").
    """

    def __init__(self, light: LightVerbs | None = None) -> None:
        super().__init__()
        self.light = light
        self.complements: LexiconMatcher[str] = LexiconMatcher(article_ok=True, enclitics_ok=True)
        self.verbs_after: LexiconMatcher[str] = LexiconMatcher()
        self.subjects: LexiconMatcher[str] = LexiconMatcher()
        # past verbs whose vowelless form also spells the passive (قتل = قُتل)
        self.hidden_passive: frozenset[str] = frozenset()
        # past verbs spelled like their verbal noun (رفض، قصف، دعم): after a support verb
        # ("جدد الوزير رفض ...") they are the noun
        self.noun_homographs: frozenset[str] = frozenset()
        # those whose noun needs a support verb (دعم): read as the noun, without one, no event
        self.supported_homographs: frozenset[str] = frozenset()
        # past forms that after و also spell a verb of their own (ودعت = ودّعت, bade farewell)
        self.wa_stems: WaStems = WaStems()
        # forms that with a pronoun, or after ف, spell another word (لوحته، أسرته، فاتهم)
        self.pronoun_homographs: PronounHomographs = PronounHomographs()
        # prepositions after which a not_by word is no subject (normalised)
        self.not_by_governors: frozenset[str] = frozenset()

    def add_complement(self, phrase: str) -> str:
        """Register a complement phrase; returns its normalised key."""
        key = normalize_key(phrase)
        self.complements.add(phrase, key)
        return key

    def add_verb_after(self, phrase: str) -> str:
        """Register a verb that may follow its supported noun; returns its normalised key."""
        key = normalize_key(phrase)
        self.verbs_after.add(phrase, key)
        return key

    def add_subject(self, phrase: str) -> str:
        """Register a subject that cancels a sense; returns its normalised key."""
        key = normalize_key(phrase)
        self.subjects.add(phrase, key)
        return key

    def longest(self, view: Normalized) -> list[Match[TriggerSense]]:
        hits = super().longest(view)
        verbs = self.light.matcher.longest(view) if self.light is not None else []
        comps = self.complements.longest(view) if len(self.complements) else []
        after = self.verbs_after.longest(view) if len(self.verbs_after) else []
        subjects = self.subjects.longest(view) if len(self.subjects) else []
        reread = (self._reread(view.text, h, verbs, after) for h in hits
                  if not _plural_with_pronoun(view.text, h)
                  and not _geminated_after_proclitic(view.text, h)
                  and not self.wa_stems.other_verb(view.text, h)
                  and not self.pronoun_homographs.other_reading(view.text, h)
                  and (not h.value.complements or _has_complement(view.text, h, comps))
                  and not (h.value.not_by
                           and _has_excluded_subject(view.text, h, subjects, self.not_by_governors)))
        kept = [h for h in reread if h is not None]
        return [self._noun_after_verb(view.text, h, kept[i - 1] if i else None)
                for i, h in enumerate(kept)]

    def _noun_after_verb(self, text: str, hit: Match[TriggerSense],
                         previous: Match[TriggerSense] | None) -> Match[TriggerSense]:
        """A past-tense form right after a finite verb ("لا تدعم حظر الأسلحة"، "قررت منع")
        or after a particle that never governs a past verb ("لم"، "لن") is the verbal noun."""
        s = hit.value
        if s.form != "past" or self.light is None:
            return hit
        if hit.prefix:
            return self._coordinated_noun(text, hit, previous)
        before = text[:hit.word_start].rstrip()
        if not before or before[-1] in "،,;؛:.!?؟\"'«»()":
            return hit
        prev_word = words_of(before[-20:])
        follows_verb = previous is not None and previous.value.form in ("past", "present", "participles") \
            and not text[previous.end:hit.word_start].strip()
        follows_particle = bool(prev_word) and (
            prev_word[-1] in self.light.nominal_after
            or prev_word[-1] in self.light.nominal_after_events.get(s.event, ()))
        if not (follows_verb or follows_particle):
            return hit
        return _with_sense(hit, _as_noun(s))

    def _coordinated_noun(self, text: str, hit: Match[TriggerSense],
                          previous: Match[TriggerSense] | None) -> Match[TriggerSense]:
        """"استهداف الطواقم الطبية وقصف سيارة إسعاف": a past form spelled like its noun,
        joined by و to a noun of the same type a few words before, is that noun's twin."""
        s = hit.value
        if hit.prefix != "و" or hit.key not in self.noun_homographs or previous is None \
                or previous.value.form not in ("nouns", "supported") or previous.value.event != s.event:
            return hit
        between = text[previous.end:hit.word_start]
        if CLAUSE_BREAK.search(between) or len(VOWELLED_WORD.findall(between)) > COORDINATED_NOUN_GAP:
            return hit
        return _with_sense(hit, _as_noun(s))

    def _reread(self, text: str, hit: Match[TriggerSense], verbs: list[Match[frozenset[str]]],
                verbs_after: list[Match[str]] = ()) -> Match[TriggerSense] | None:
        s = hit.value
        light = self.light
        if light is None:
            return None if s.form == "supported" else hit
        needs_support = s.form == "supported" or (s.form == "past" and hit.key in self.supported_homographs)
        if s.form in ("past", "present") and any(c in hit.prefix for c in light.nominal_prefixes) \
                and not needs_support:
            return _with_sense(hit, _as_noun(s))
        homograph = s.form == "past" and hit.key in self.noun_homographs and not hit.prefix
        if s.form not in ("nouns", "supported") and not homograph and not needs_support:
            return hit
        for v in reversed(verbs):
            if v.end > hit.word_start:
                continue
            if _has_object_pronoun(text, v):
                continue    # "المظاهرات التي شهدتها المدينة": the verb's object is the pronoun
            between = without_adjunct_asides(text[v.end:hit.word_start])
            if CLAUSE_BREAK.search(between) or len(VOWELLED_WORD.findall(between)) > light.max_gap:
                break
            if s.event not in v.value or (s.form == "nouns" and v.key in light.nouns):
                continue
            if s.form == "supported" and _ends_with_preposition(between, light):
                break   # "نفذت إسرائيل خلال عدوانها اغتيالات": the preposition's object
            strength = min(1.0, s.strength + light.bonus_for(s.event))
            return _with_sense(hit, _as_noun(s, s.id + "+support", strength))
        if s.form == "supported" and s.support_after \
                and _phrase_follows(text, hit, verbs_after, s.support_after, s.support_after_window):
            return _with_sense(hit, replace(s, id=s.id + "+support", form="nouns",
                                            strength=min(1.0, s.strength + light.bonus_for(s.event))))
        if s.form == "past" and needs_support and (any(c in hit.prefix for c in light.nominal_prefixes)
                                                   or self._after_preposition(text, hit)):
            return None     # "بدعم من"، "من أجل دعم": the unsupported noun
        if s.form == "past" and needs_support and not self._opens_clause(text, hit):
            return None     # "أن يؤدي دعم واشنطن"، "بقبول ودعم عسكري": the unsupported noun
        return None if s.form == "supported" else hit

    def _opens_clause(self, text: str, hit: Match[TriggerSense]) -> bool:
        """Nothing, or one of ``clause_openers``, stands right before the trigger in its clause."""
        openers = self.light.clause_openers if self.light is not None else frozenset()
        if not openers:
            return True
        clause = CLAUSE_BREAK.split(text[:hit.word_start])[-1].split("\n")[-1]
        words = VOWELLED_WORD.findall(clause)
        return not words or normalize_key(words[-1]) in openers

    def _after_preposition(self, text: str, hit: Match[TriggerSense]) -> bool:
        before = text[:hit.word_start].rstrip()
        if not before or before[-1] in "،,;؛:.!?؟\"'«»()":
            return False
        prev_word = words_of(before[-20:])
        return bool(prev_word) and self.light is not None and (
            prev_word[-1] in self.light.prepositions or prev_word[-1] in self.light.nominal_after)


def _ends_with_preposition(between: str, light: LightVerbs) -> bool:
    words = words_of(between)
    return bool(words) and words[-1] in light.prepositions and words[-1] not in light.partitives


# Words between a noun trigger and a و-joined twin ("استهداف الطواقم الطبية وقصف").
COORDINATED_NOUN_GAP = 4


def _as_noun(s: TriggerSense, sense_id: str | None = None,
             strength: float | None = None) -> TriggerSense:
    """``s`` read as a verbal noun (its support and subject conditions already settled)."""
    return TriggerSense(s.id if sense_id is None else sense_id, s.event, s.mode, "nouns",
                        s.strength if strength is None else strength, s.outcome,
                        s.complements, s.complement_window)


def _with_sense(hit: Match[TriggerSense], sense: TriggerSense) -> Match[TriggerSense]:
    return Match(hit.start, hit.end, hit.word_start, hit.prefix, hit.key, sense)


def _has_object_pronoun(text: str, verb: Match[frozenset[str]]) -> bool:
    return len(normalize_string(text[verb.start:verb.end])) > len(verb.key)


def _plural_with_pronoun(text: str, hit: Match[TriggerSense]) -> bool:
    """"دعواها" is the noun دعوى (a lawsuit): the plural past verb drops its alif before a
    pronoun (دعوها، طالبوه), so a form in وا with a suffix is no such verb."""
    return hit.value.form == "past" and hit.key.endswith("وا") and _has_object_pronoun(text, hit)


# a sentence ends here: the complement of a call stands before it
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True, slots=True)
class WaStems:
    """Past trigger forms that after the proclitic و also spell a verb whose stem opens on و:
    "ودعت الحكومة المواطنين إلى الهدوء" (و + دعت, called) but "ودعت العائلة ابنها" (ودّعت,
    bade farewell).  The call names what it asks for; the farewell names only whom."""
    forms: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    not_lam: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    window: int = 0
    lam_window: int = 0

    def other_verb(self, text: str, hit: Match[TriggerSense]) -> bool:
        if hit.prefix != "و" or hit.value.form != "past" or hit.key not in self.forms:
            return False
        rest = _SENTENCE_END.split(text[hit.end:], maxsplit=1)[0]
        for i, w in enumerate(words_of(rest)[:self.window]):
            key = normalize_key(w)
            if key in self.stops:
                break
            if key in self.complements or (i < self.lam_window and key.startswith("ل")
                                           and len(key) > 3 and key not in self.not_lam):
                return False
        return True


@dataclass(frozen=True, slots=True)
class PronounHomographs:
    """Verb forms that, with a pronoun suffix or after ف, spell another word: "لوحته" (his
    painting; لوّح takes no object), "أسرته" (his family, unless a relative pronoun or a
    particle opening a verb stands right before it: "الذي أسرته الحركة"), "فاتهم" (فات +
    هم, it escaped them, unless the accusation's ب follows)."""
    other_word: frozenset[str] = frozenset()
    possessed: Mapping[str, frozenset[str]] = field(default_factory=dict)  # empty: any pronoun
    verb_cues: tuple[tuple[str, ...], ...] = ()      # normalised word sequences
    fa_forms: frozenset[str] = frozenset()
    fa_leads: tuple[str, ...] = ()
    fa_not_lead: frozenset[str] = frozenset()
    fa_window: int = 0

    def other_reading(self, text: str, hit: Match[TriggerSense]) -> bool:
        if hit.value.form not in ("past", "present", "passive"):
            return False
        suffix = normalize_string(text[hit.start:hit.end])[len(hit.key):]
        if not suffix:
            return hit.prefix == "ف" and hit.key in self.fa_forms and not self._fa_complement(text, hit)
        if hit.key in self.other_word:
            return True
        pronouns = self.possessed.get(hit.key)
        if pronouns is None or (pronouns and suffix not in pronouns):
            return False
        return hit.prefix not in ("", "و", "ف") or not self._after_verb_cue(text, hit)

    def _after_verb_cue(self, text: str, hit: Match[TriggerSense]) -> bool:
        words = [normalize_key(w) for w in words_of(CLAUSE_BREAK.split(text[:hit.word_start])[-1])]
        for cue in self.verb_cues:
            if len(words) < len(cue):
                continue
            last = words[len(words) - len(cue):]
            # "وقد أسرته" as "قد أسرته"; not ف: "فقد أسرته" is "lost his family"
            if last[1:] == list(cue[1:]) and last[0] in (cue[0], "و" + cue[0]):
                return True
        return False

    def _fa_complement(self, text: str, hit: Match[TriggerSense]) -> bool:
        clause = CLAUSE_BREAK.split(text[hit.end:], maxsplit=1)[0]
        for w in words_of(clause)[:self.fa_window]:
            key = normalize_key(w)
            if key.startswith(self.fa_leads) and len(key) > 3 and key not in self.fa_not_lead:
                return True
        return False


def build_pronoun_homographs(data: Mapping[str, Any]) -> PronounHomographs:
    return PronounHomographs(_keys(data.get("other_word", [])),
                             {normalize_key(f): frozenset(p) for f, p in data.get("possessed", {}).items()},
                             tuple(tuple(normalize_key(w) for w in cue.split())
                                   for cue in data.get("verb_cues", [])),
                             _keys(data.get("fa_forms", [])),
                             tuple(normalize_key(w) for w in data.get("fa_leads", [])),
                             _keys(data.get("fa_not_lead", [])), int(data.get("fa_window", 0)))


def build_wa_stems(data: Mapping[str, Any]) -> WaStems:
    return WaStems(frozenset(normalize_key(w) for w in data.get("forms", [])),
                   frozenset(normalize_key(w) for w in data.get("complements", [])),
                   frozenset(normalize_key(w) for w in data.get("not_lam", [])),
                   frozenset(normalize_key(w) for w in data.get("stops", [])),
                   int(data.get("window", 0)), int(data.get("lam_window", 0)))


def _geminated_after_proclitic(text: str, hit: Match[TriggerSense]) -> bool:
    """"ودّعت" (bade farewell) is no و + "دعت" (called): a word never opens on a doubled
    letter, so a shadda on the letter after a proclitic makes the proclitic part of the stem."""
    if not hit.prefix or hit.start <= hit.word_start:
        return False
    marks = re.match(rf"[{VOWEL_MARKS}]*", text[hit.start + 1:hit.start + 4]).group()
    return SHADDA in marks


def _has_complement(text: str, hit: Match[TriggerSense], comps: list[Match[str]]) -> bool:
    return _phrase_follows(text, hit, comps, hit.value.complements, hit.value.complement_window)


def _phrase_follows(text: str, hit: Match[TriggerSense], found: list[Match[str]],
                    wanted: tuple[str, ...], window: int,
                    passed_over: Callable[[Match[str], str], bool] | None = None) -> bool:
    """One of ``wanted`` follows the trigger in its clause with at most ``window`` words
    between; one for which ``passed_over(phrase, words between)`` holds does not count, and
    the search goes on past it."""
    for c in found:
        if c.word_start < hit.end or c.value not in wanted:
            continue
        between = without_asides(text[hit.end:c.word_start])
        if CLAUSE_BREAK.search(between) or len(VOWELLED_WORD.findall(between)) > window:
            return False
        if passed_over is None or not passed_over(c, between):
            return True
    return False


def _has_excluded_subject(text: str, hit: Match[TriggerSense], subjects: list[Match[str]],
                          governors: frozenset[str] = frozenset()) -> bool:
    """A subject of ``not_by`` right before the trigger, or after it within its window.

    When ``not_by`` names the subject only, the word must be the trigger's subject: one
    parted from a trigger after it by a word that opens a clause or a phrase ("يرى الخبراء
    أن الاتفاق"، "طالب المعتصمون بإنهاء الإغلاق"), or one after the trigger that a preposition
    or a ب/ل noun governs ("رحب الوزير بحكم المحكمة"), is not.  Otherwise any such participant
    near the trigger cancels it (an interview "مع" an outlet)."""
    s = hit.value
    for c in subjects:
        if c.end <= hit.word_start and c.value in s.not_by:
            between = text[c.end:hit.word_start]
            words = words_of(between)
            if not CLAUSE_BREAK.search(between) and len(words) <= SUBJECT_BEFORE_GAP \
                    and not (s.not_by_subject and any(_opens_phrase(w, governors) for w in words)):
                return True
    governed = (lambda c, between: _governed(c, words_of(between), governors)) if s.not_by_subject else None
    return _phrase_follows(text, hit, subjects, s.not_by, s.not_by_window, governed)


def _opens_phrase(word: str, governors: frozenset[str]) -> bool:
    """A complementiser (أن، فإن) or a preposition, free or written on a bare noun."""
    return bool(COMPLEMENTISER.fullmatch(word)) or _governs(word, governors)


def _governs(word: str, governors: frozenset[str]) -> bool:
    """A preposition, or a noun written with ب/ل and without the article: a construct head
    whose genitive is the next word (بحكم، بقرار، لطلب)."""
    key = normalize_key(word)
    if key in governors:
        return True
    return len(key) > 3 and key[0] in "بل" and not key.startswith(("بال", "لل"))


def _governed(candidate: Match[str], before: list[str], governors: frozenset[str]) -> bool:
    """The candidate carries ب/ل/ك, or the word right before it governs it."""
    return any(p in candidate.prefix for p in "بلك") or (bool(before) and _governs(before[-1], governors))


def build_light_verbs(data: dict[str, Any]) -> LightVerbs:
    # a verb may support several classes (نفذ: attacks, exercises, air drops): union them
    supported: dict[str, set[str]] = {}
    for cls in data["classes"]:
        # the verbal noun supports too: "أعلنت الكتائب تنفيذ 5 عمليات"
        for form in cls["past"] + cls["present"] + cls.get("nouns", []):
            supported.setdefault(form, set()).update(cls["events"])
    m: LexiconMatcher[frozenset[str]] = LexiconMatcher()
    for form, events in supported.items():
        m.add(form, frozenset(events), enclitics_ok=True)
    return LightVerbs(m, int(data["max_gap"]), float(data["bonus"]), tuple(data["nominal_prefixes"]),
                      tuple(data.get("nominal_after", ())),
                      frozenset(normalize_key(w) for c in data["classes"] for w in c.get("nouns", [])),
                      tuple(data.get("prepositions", ())),
                      {e: float(b) for e, b in data.get("event_bonus", {}).items()},
                      frozenset(normalize_key(w) for w in data.get("clause_openers", ())),
                      tuple(data.get("partitives", ())),
                      nominal_after_events={e: frozenset(ws) for e, ws
                                            in data.get("nominal_after_events", {}).items()})


def build_trigger_matcher(entries: list[dict[str, Any]], blockers: list[str] = (),
                          light: LightVerbs | None = None,
                          hidden_passive: list[str] = (),
                          wa_stems: Mapping[str, Any] | None = None,
                          pronoun_homographs: Mapping[str, Any] | None = None,
                          not_by_governors: list[str] = ()) -> TriggerMatcher:
    matcher = TriggerMatcher(light)
    matcher.not_by_governors = normalised(not_by_governors)
    matcher.wa_stems = build_wa_stems(wa_stems or {})
    matcher.pronoun_homographs = build_pronoun_homographs(pronoun_homographs or {})
    matcher.hidden_passive = normalised(hidden_passive)
    for phrase in blockers:
        matcher.add(phrase, BLOCKER, article_ok=True, enclitics_ok=True)
    matcher.noun_homographs = frozenset(
        normalize_key(w) for t in entries
        for w in set(t.get("past", [])) & set(t.get("nouns", []) + t.get("supported", [])))
    matcher.supported_homographs = frozenset(
        normalize_key(w) for t in entries for w in set(t.get("past", [])) & set(t.get("supported", [])))
    for t in entries:
        comps = tuple(matcher.add_complement(c) for c in t.get("complements", []))
        after = tuple(matcher.add_verb_after(v) for v in t.get("support_after", []))
        not_by = tuple(matcher.add_subject(p) for p in t.get("not_by", []))
        for kind in FORM_KINDS:
            sense = TriggerSense(t["id"], t["event"], t.get("mode"), kind, float(t["strength"]),
                                 bool(t.get("outcome", False)), comps,
                                 int(t.get("complement_window", 0)), after,
                                 int(t.get("support_after_window", 0)), not_by,
                                 int(t.get("not_by_window", 0)),
                                 t.get("not_by_role") == "subject")
            forms = t.get(kind, [])
            if kind == "nouns":
                forms = forms + [d for f in forms for d in feminine_duals(f) if d not in forms]
            for form in forms:
                # verbal nouns take the article and pronoun suffixes; verbs take suffixes only
                matcher.add(form, sense, article_ok=kind in ("nouns", "supported"), enclitics_ok=True,
                            future_ok=(kind == "present"))
    return matcher


def feminine_duals(noun: str) -> list[str]:
    """The duals of a one-word feminine noun: مجزرة -> مجزرتين، مجزرتان."""
    if " " in noun or not noun.endswith("ة"):
        return []
    return [noun[:-1] + "تين", noun[:-1] + "تان"]


# A cue this short after ب/ل/ك is part of another word ("بحث" = discussed is no "حث"، "بلا"
# = without is no "لا") ...
SHORT_CUE_LETTERS = 2
# ... except the particles that do take a preposition (لكي، بأي، لأي).
PREPOSITION_PARTICLES = frozenset({"كي", "اي"})


def _cue_matcher(words: list[str], value: str = "", *, article_ok: bool = False) -> LexiconMatcher[str]:
    m: LexiconMatcher[str] = LexiconMatcher()
    for w in words:
        key = normalize_key(w)
        m.add(w, value or w, article_ok=article_ok,
              prepositions_ok=len(key) > SHORT_CUE_LETTERS or key in PREPOSITION_PARTICLES)
    return m


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)


# hamza seats: "أيد" and "إيد" fold to one key, yet only the first spells the verb أيّد
HAMZA_SEATS = frozenset("أإآ")


def _is_spelling_mark(mark: str) -> bool:
    """A single Arabic diacritic, or an alif with its hamza seat."""
    return len(mark) == 1 and ("\u064B" <= mark <= "\u0652" or mark in HAMZA_SEATS)


def validate_rules(data: Any) -> dict[str, Any]:
    where = "event_rules.json"
    require(isinstance(data, dict), where, "must be an object")
    for key in ("negation", "hypothetical", "speech_verbs", "attribution", "source_nouns",
                "cumulative_cues", "past_assertive", "denials"):
        require(isinstance(data.get(key), list) and all(isinstance(w, str) for w in data[key]),
                where, f"{key} must be a list of strings")
    for key in ("window", "negation_window", "noun_goal_window"):
        require(isinstance(data.get(key), int) and data[key] > 0, where, f"{key} must be > 0")
    require(isinstance(data.get("noun_goal_cues"), list)
            and all(isinstance(w, str) and w.strip() for w in data["noun_goal_cues"]), where,
            "noun_goal_cues must be a list of non-empty strings")
    spares = data.get("noun_goal_spares", {})
    require(isinstance(spares, dict) and all(e in PLOVER_QUADS and _strings(w)
                                             and set(w) <= set(data["noun_goal_cues"])
                                             for e, w in spares.items()), where,
            "noun_goal_spares maps PLOVER events to some of the noun_goal_cues")
    light = data.get("light_verbs")
    require(isinstance(light, dict) and isinstance(light.get("max_gap"), int) and light["max_gap"] >= 0,
            where, "light_verbs needs max_gap >= 0")
    require(isinstance(light.get("bonus"), (int, float)) and 0 <= light["bonus"] < 1, where,
            "light_verbs.bonus must be in [0, 1)")
    require(_strings(light.get("nominal_prefixes")), where,
            "light_verbs.nominal_prefixes must be a list of non-empty strings")
    require(_strings(light.get("nominal_after", [])), where,
            "light_verbs.nominal_after must be a list of non-empty strings")
    after_events = light.get("nominal_after_events", {})
    require(isinstance(after_events, dict) and all(e in PLOVER_QUADS and _strings(ws)
                                                   for e, ws in after_events.items()), where,
            "light_verbs.nominal_after_events maps PLOVER types to lists of non-empty strings")
    require(_strings(light.get("clause_openers", [])), where,
            "light_verbs.clause_openers must be a list of non-empty strings")
    require(_strings(light.get("partitives", [])), where, "light_verbs.partitives must be a list of words")
    require(_strings(light.get("prepositions", [])), where,
            "light_verbs.prepositions must be a list of non-empty strings")
    event_bonus = light.get("event_bonus", {})
    require(isinstance(event_bonus, dict)
            and all(e in PLOVER_QUADS and isinstance(b, (int, float)) and 0 <= b < 1
                    for e, b in event_bonus.items()), where,
            "light_verbs.event_bonus maps PLOVER types to bonuses in [0, 1)")
    require(isinstance(light.get("classes"), list) and light["classes"], where,
            "light_verbs.classes must be a non-empty list")
    for i, cls in enumerate(light["classes"]):
        require(_strings(cls.get("events")) and all(e in PLOVER_QUADS for e in cls["events"]),
                where, f"light_verbs class {i}: events must be PLOVER types")
        for key in ("past", "present"):
            require(_strings(cls.get(key)), where, f"light_verbs class {i}: {key} must be a list of strings")
        require(_strings(cls.get("nouns", [])), where,
                f"light_verbs class {i}: nouns must be a list of strings")
    cues = data.get("casualty_cues")
    require(isinstance(cues, dict) and set(cues) == {"killed", "injured", "arrested"}, where,
            "casualty_cues needs killed, injured, arrested")
    for d in data.get("discard", []):
        require(isinstance(d.get("why"), str) and isinstance(d.get("pattern"), str), where,
                "discard entries need 'why' and 'pattern'")
        try:
            re.compile(d["pattern"])
        except re.error as exc:
            raise DataError(f"{where}: bad discard pattern {d['pattern']!r}: {exc}") from exc
        for key in ("spares", "only"):
            require(key not in d or (_strings(d[key]) and all(e in PLOVER_QUADS for e in d[key])),
                    where, f"discard {d['why']!r}: {key} must be a list of PLOVER types")
    sim = data.get("simulated")
    require(isinstance(sim, dict) and _strings(sim.get("words"))
            and _strings(sim.get("events")) and all(e in PLOVER_QUADS for e in sim["events"])
            and isinstance(sim.get("window"), int) and sim["window"] > 0, where,
            "simulated needs words, PLOVER events and a window > 0")
    inst = data.get("instrument_modes")
    require(isinstance(inst, dict) and isinstance(inst.get("window"), int) and inst["window"] > 0
            and isinstance(inst.get("modes"), dict)
            and all(isinstance(m, str) and _strings(w) for m, w in inst["modes"].items()), where,
            "instrument_modes needs a window > 0 and modes: {mode: [words]}")
    require(_strings(data.get("local_sectors")), where, "local_sectors must be a list of sector codes")
    for i, cls in enumerate(data.get("setting_cues", [])):
        require(_strings(cls.get("words")) and _strings(cls.get("events"))
                and all(e in PLOVER_QUADS for e in cls["events"])
                and isinstance(cls.get("window"), int) and cls["window"] > 0
                and isinstance(cls.get("unless_next", []), list)
                and isinstance(cls.get("known_only", True), bool), where,
                f"setting_cues {i} needs words, PLOVER events, a window > 0 (and unless_next)")
    for i, fr in enumerate(data.get("mention_frames", [])):
        require(isinstance(fr.get("why"), str) and _strings(fr.get("words"))
                and _strings(fr.get("events")) and all(e in PLOVER_QUADS for e in fr["events"])
                and isinstance(fr.get("window"), int) and fr["window"] > 0
                and isinstance(fr.get("after", []), list), where,
                f"mention_frames {i} needs why, words, PLOVER events, a window > 0 (and after)")
    rel = data.get("relative_background")
    require(rel is None or (_strings(rel.get("pronouns")) and _strings(rel.get("suffixes"))
                            and _strings(rel.get("events"))
                            and all(e in PLOVER_QUADS for e in rel["events"])), where,
            "relative_background needs pronouns, suffixes and PLOVER events")
    require(rel is None or _strings(rel.get("describing_verbs", [])), where,
            "relative_background.describing_verbs must be a list of words")
    pro = data.get("prospective_adjectives")
    require(pro is None or (_strings(pro.get("words")) and isinstance(pro.get("window"), int)
                            and pro["window"] > 0
                            and all(e in PLOVER_QUADS for e in pro.get("spares", []))), where,
            "prospective_adjectives needs words and a window > 0")
    require(pro is None or (_strings(pro.get("nouns", [])) and set(pro.get("nouns", [])) <= set(pro["words"])
                            and all(e in PLOVER_QUADS for e in pro.get("transitive", []))), where,
            "prospective_adjectives.nouns must be some of its words, transitive PLOVER events")
    pdm = data.get("protest_demands")
    require(pdm is None or (isinstance(pdm.get("why"), str) and _strings(pdm.get("events"))
                            and all(e in PLOVER_QUADS for e in pdm["events"])
                            and _strings(pdm.get("words")) and _strings(pdm.get("subjects", []))
                            and _strings(pdm.get("adjuncts", []))
                            and _strings(pdm.get("unless_after", []))
                            and isinstance(pdm.get("subject_reach", 0), int) and pdm.get("subject_reach", 0) >= 0
                            and isinstance(pdm.get("window"), int) and pdm["window"] > 0), where,
            "protest_demands needs why, PLOVER events, words, a window > 0 (and subjects, adjuncts)")
    mod = data.get("modal_sources")
    require(mod is None or (isinstance(mod.get("why"), str) and _strings(mod.get("events"))
                            and all(e in PLOVER_QUADS for e in mod["events"])
                            and _strings(mod.get("triggers")) and _strings(mod.get("words"))
                            and bool(mod["triggers"]) and bool(mod["words"])), where,
            "modal_sources needs why, PLOVER events, triggers and words")
    exh = data.get("self_exhortation")
    require(exh is None or (isinstance(exh.get("why"), str) and _strings(exh.get("events"))
                            and all(e in PLOVER_QUADS for e in exh["events"])
                            and _strings(exh.get("triggers")) and bool(exh["triggers"])
                            and _strings(exh.get("reflexives")) and _strings(exh.get("prefixes"))
                            and all(len(p) == 1 for p in exh["prefixes"])
                            and isinstance(exh.get("window"), int) and exh["window"] > 0), where,
            "self_exhortation needs why, PLOVER events, triggers, reflexives, one-letter "
            "prefixes and a window > 0")
    opi = data.get("agreed_opinion")
    require(opi is None or (isinstance(opi.get("why"), str) and _strings(opi.get("events"))
                            and all(e in PLOVER_QUADS for e in opi["events"])
                            and _strings(opi.get("triggers")) and bool(opi["triggers"])
                            and _strings(opi.get("that")) and bool(opi["that"])
                            and _strings(opi.get("verb_prefixes"))
                            and all(len(p) == 1 for p in opi["verb_prefixes"])
                            and _strings(opi.get("keep", [])) and _strings(opi.get("verb_words", []))
                            and isinstance(opi.get("window"), int) and opi["window"] > 0), where,
            "agreed_opinion needs why, PLOVER events, triggers, that words, one-letter "
            "verb_prefixes (and verb_words, keep words) and a window > 0")
    pur = data.get("purpose_prefix")
    require(pur is None or (_strings(pur.get("events")) and _strings(pur.get("article_events", []))
                            and _strings(pur.get("governors", []))
                            and all(e in PLOVER_QUADS for e in pur["events"] + pur.get("article_events", []))),
            where, "purpose_prefix needs PLOVER events (and article_events, governors)")
    deal = data.get("deal_terms")
    require(deal is None or (isinstance(deal, dict) and isinstance(deal.get("why"), str)
                             and _strings(deal.get("events")) and bool(deal["events"])
                             and all(e in PLOVER_QUADS for e in deal["events"])
                             and _strings(deal.get("heads")) and bool(deal["heads"])
                             and _strings(deal.get("adjectives", []))
                             and isinstance(deal.get("modifiers", 2), int) and deal.get("modifiers", 2) >= 0
                             and isinstance(deal.get("reach", 0), int) and deal.get("reach", 0) >= 0),
            where, "deal_terms needs why, PLOVER events, heads (and adjectives, modifiers >= 0, reach >= 0)")
    require(_strings(data.get("assertive_verbs", [])), where, "assertive_verbs must be a list of words")
    cont = data.get("continuation_verbs", {"words": [], "window": 0})
    require(isinstance(cont, dict) and _strings(cont.get("words")) and isinstance(cont.get("window"), int)
            and cont["window"] >= 0 and _strings(cont.get("not_after", [])), where,
            "continuation_verbs needs words, a window >= 0 (and not_after words)")
    display = data.get("display_verbs", {"words": [], "nouns": [], "window": 1})
    require(isinstance(display, dict) and _strings(display.get("words")) and _strings(display.get("nouns"))
            and isinstance(display.get("window"), int) and display["window"] > 0, where,
            "display_verbs needs words, nouns and a window > 0")
    for i, sc in enumerate(data.get("sense_cues", [])):
        require(isinstance(sc.get("why"), str) and _strings(sc.get("events"))
                and all(e in PLOVER_QUADS for e in sc["events"])
                and all(isinstance(sc.get(k, []), list) and all(isinstance(w, str) and w.strip()
                                                                for w in sc.get(k, []))
                        for k in ("triggers", "before", "after", "unless_after", "unless_before",
                                  "unless_later", "forms"))
                and all(f in FORM_KINDS for f in sc.get("forms", []))
                and all(isinstance(sc.get(k, 0), int) and sc.get(k, 0) >= 0
                        for k in ("before_window", "after_window"))
                and (bool(sc.get("before")) == (sc.get("before_window", 0) > 0))
                and (bool(sc.get("after")) == (sc.get("after_window", 0) > 0))
                and (sc.get("before") or sc.get("after"))
                and (not sc.get("paired") or (sc.get("before") and sc.get("after")))
                and isinstance(sc.get("hypothetical", False), bool)
                and isinstance(sc.get("paired", False), bool), where,
                f"sense_cues {i} needs why, PLOVER events, before/after words each with a "
                "window > 0, both when paired (and triggers, unless_after, unless_before, forms)")
    for i, nr in enumerate(data.get("noun_readings", [])):
        require(isinstance(nr, dict) and isinstance(nr.get("why"), str) and _strings(nr.get("events"))
                and all(e in PLOVER_QUADS for e in nr["events"])
                and all(_strings(nr.get(k)) and bool(nr[k]) for k in ("triggers", "prepositions", "support")),
                where, f"noun_readings {i} needs why, PLOVER events, triggers, prepositions and support")
    for i, vh in enumerate(data.get("vowelled_homographs", [])):
        require(isinstance(vh.get("why"), str) and _strings(vh.get("events"))
                and all(e in PLOVER_QUADS for e in vh["events"])
                and _strings(vh.get("triggers")) and bool(vh["triggers"])
                and _strings(vh.get("marks")) and bool(vh["marks"])
                and all(_is_spelling_mark(m) for m in vh["marks"]), where,
                f"vowelled_homographs {i} needs why, PLOVER events, triggers and marks "
                "(single Arabic diacritics or hamza seats)")
    cnt = data.get("counted_homographs")
    require(cnt is None or (_strings(cnt.get("words")) and _strings(cnt.get("quantities"))), where,
            "counted_homographs needs words and quantities")
    require(set(data["denials"]) <= set(data["negation"]), where, "denials must be negation cues")
    npart = data.get("negated_participation")
    require(npart is None or (isinstance(npart, dict) and _strings(npart.get("words"))
                              and bool(npart["words"]) and isinstance(npart.get("window"), int)
                              and npart["window"] > 0), where,
            "negated_participation needs words and a window > 0")
    still = data.get("still_verbs")
    require(still is None or (isinstance(still, dict) and _strings(still.get("words"))
                              and bool(still["words"])
                              and all(len(w.split()) == 1 for w in still["words"])), where,
            "still_verbs needs words, one word each")
    fail = data.get("failure_verbs")
    require(fail is None or (isinstance(fail, dict) and isinstance(fail.get("verbs"), dict)
                             and bool(fail["verbs"])
                             and all(len(p.split()) == 1 and _strings(v) and bool(v)
                                     for p, v in fail["verbs"].items())
                             and isinstance(fail.get("subject_window"), int)
                             and fail["subject_window"] > 0
                             and _strings(fail.get("support_nouns"))
                             and all(len(w.split()) == 1 for w in fail["support_nouns"])), where,
            "failure_verbs needs verbs by one-word preposition, a subject_window > 0 and "
            "one-word support_nouns")
    dem = data.get("demand_governors")
    require(dem is None or (isinstance(dem, dict) and _strings(dem.get("events")) and bool(dem["events"])
                            and all(e in PLOVER_QUADS for e in dem["events"])
                            and _strings(dem.get("words")) and bool(dem["words"])
                            and _strings(dem.get("prepositions", [])) and _strings(dem.get("stops", []))
                            and _strings(dem.get("answered", []))
                            and all(e in PLOVER_QUADS for e in dem.get("direct_events", []))
                            and _strings(dem.get("direct_events", [])) and _strings(dem.get("direct_between", []))
                            and isinstance(dem.get("direct_window", 0), int) and dem.get("direct_window", 0) >= 0
                            and isinstance(dem.get("window"), int) and dem["window"] > 0), where,
            "demand_governors needs PLOVER events, words, a window > 0 "
            "(and prepositions, stops, answered, direct_events, direct_between, direct_window >= 0)")
    unknown = set(data["past_assertive"]) - set(data["hypothetical"])
    require(not unknown, where, f"past_assertive words must be hypothetical cues: {sorted(unknown)}")
    return data


def build_rules(data: dict[str, Any]) -> EventRules:
    casualty: LexiconMatcher[str] = LexiconMatcher()
    for kind, words in data["casualty_cues"].items():
        for w in words:
            casualty.add(w, kind, article_ok=True, enclitics_ok=True)
    return EventRules(
        window=data["window"],
        negation=_cue_matcher(data["negation"], "neg"),
        # a support verb with the future prefix (ستفرض واشنطن عقوبات) announces, not reports
        hypothetical=_cue_matcher(data["hypothetical"]
                                  + ["س" + v for c in data["light_verbs"]["classes"]
                                     for v in c["present"]], "hyp"),
        discards=tuple(_discard(d) for d in data.get("discard", [])),
        speech_verbs=_cue_matcher(data["speech_verbs"], "speech"),
        attribution=_cue_matcher(data["attribution"], "attr"),
        source_nouns=_cue_matcher(data["source_nouns"], "source", article_ok=True),
        casualty=casualty,
        cumulative=_cue_matcher(data["cumulative_cues"], "cumulative", article_ok=True),
        negation_window=data["negation_window"],
        noun_goal=_cue_matcher(data["noun_goal_cues"], "goal"),
        noun_goal_window=data["noun_goal_window"],
        noun_goal_spares={e: frozenset(normalize_key(w) for w in words)
                          for e, words in data.get("noun_goal_spares", {}).items()},
        past_assertive=frozenset(normalize_key(w) for w in data["past_assertive"]),
        assertive_verbs=frozenset(normalize_key(w) for w in data.get("assertive_verbs", [])),
        continuation_verbs=frozenset(normalize_key(w) for w in
                                     data.get("continuation_verbs", {}).get("words", [])),
        continuation_window=data.get("continuation_verbs", {}).get("window", 0),
        continuation_not_after=frozenset(normalize_key(w) for w in
                                         data.get("continuation_verbs", {}).get("not_after", [])),
        display_verbs=_cue_matcher(data["display_verbs"]["words"], "display")
        if "display_verbs" in data else None,
        display_nouns=frozenset(normalize_key(w) for w in data.get("display_verbs", {}).get("nouns", [])),
        display_window=data.get("display_verbs", {}).get("window", 0),
        denials=frozenset(normalize_key(w) for w in data["denials"]),
        participation=frozenset(normalize_key(w) for w in
                                data.get("negated_participation", {}).get("words", [])),
        participation_window=data.get("negated_participation", {}).get("window", 0),
        still_verbs=frozenset(normalize_key(w) for w in data.get("still_verbs", {}).get("words", [])),
        failure_verbs={normalize_key(p): frozenset(normalize_key(w) for w in words)
                       for p, words in data.get("failure_verbs", {}).get("verbs", {}).items()},
        failure_subject_window=data.get("failure_verbs", {}).get("subject_window", 0),
        failure_support_nouns=frozenset(normalize_key(w) for w in
                                        data.get("failure_verbs", {}).get("support_nouns", [])),
        simulated=_simulated(data["simulated"]),
        instruments=_instrument_matcher(data["instrument_modes"]["modes"]),
        instrument_window=data["instrument_modes"]["window"],
        local_sectors=frozenset(data["local_sectors"]),
        setting=tuple(_setting(c) for c in data.get("setting_cues", [])),
        relative=_relative(data["relative_background"]) if "relative_background" in data else None,
        frames=tuple(_frame(f) for f in data.get("mention_frames", [])),
        prospective=_prospective(data["prospective_adjectives"]) if "prospective_adjectives" in data else None,
        purpose=PurposePrefix(frozenset(data["purpose_prefix"]["events"]),
                              frozenset(data["purpose_prefix"].get("article_events", ())),
                              _keys(data["purpose_prefix"].get("governors", [])))
        if "purpose_prefix" in data else None,
        deal_terms=_deal_terms(data["deal_terms"]) if "deal_terms" in data else None,
        demands=DemandGovernors(frozenset(data["demand_governors"]["events"]),
                                _keys(data["demand_governors"]["words"]),
                                _keys(data["demand_governors"].get("prepositions", [])),
                                _keys(data["demand_governors"].get("stops", [])),
                                data["demand_governors"]["window"],
                                frozenset(data["demand_governors"].get("direct_events", ())),
                                _keys(data["demand_governors"].get("direct_between", [])),
                                int(data["demand_governors"].get("direct_window", 0)),
                                _keys(data["demand_governors"].get("answered", [])))
        if "demand_governors" in data else None,
        counted=_counted(data["counted_homographs"]) if "counted_homographs" in data else None,
        senses=tuple(_sense(c) for c in data.get("sense_cues", [])),
        vowelled=tuple(VowelledHomograph(v["why"], frozenset(v["events"]), _keys(v["triggers"]),
                                         frozenset(v["marks"]))
                       for v in data.get("vowelled_homographs", [])),
        protest_demand=_protest_demand(data["protest_demands"]) if "protest_demands" in data else None,
        noun_readings=tuple(NounReading(nr["why"], frozenset(nr["events"]), _keys(nr["triggers"]),
                                        _keys(nr["prepositions"]), _keys(nr["support"]))
                            for nr in data.get("noun_readings", [])),
        modal_sources=ModalSources(data["modal_sources"]["why"],
                                   frozenset(data["modal_sources"]["events"]),
                                   _keys(data["modal_sources"]["triggers"]),
                                   _keys(data["modal_sources"]["words"]))
        if "modal_sources" in data else None,
        self_exhortation=_self_exhortation(data["self_exhortation"])
        if "self_exhortation" in data else None,
        agreed_opinion=_agreed_opinion(data["agreed_opinion"])
        if "agreed_opinion" in data else None,
    )


def _protest_demand(data: dict[str, Any]) -> ProtestDemand:
    return ProtestDemand(data["why"], frozenset(data["events"]), _keys(data["words"]), data["window"],
                         _keys(data.get("subjects", [])), _keys(data.get("adjuncts", [])),
                         _keys(data.get("unless_after", [])), data.get("subject_reach", 0))


def _deal_terms(data: dict[str, Any]) -> DealTerms:
    return DealTerms(data["why"], frozenset(data["events"]),
                     tuple(tuple(normalize_key(w) for w in head.split()) for head in data["heads"]),
                     _keys(data.get("adjectives", [])), data.get("modifiers", 2), data.get("reach", 0))


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


def _self_exhortation(data: dict[str, Any]) -> SelfExhortation:
    return SelfExhortation(data["why"], frozenset(data["events"]), _keys(data["triggers"]),
                           _keys(data["reflexives"]), tuple(data["prefixes"]), data["window"])


def _agreed_opinion(data: dict[str, Any]) -> AgreedOpinion:
    return AgreedOpinion(data["why"], frozenset(data["events"]), _keys(data["triggers"]),
                         _keys(data["that"]), tuple(data["verb_prefixes"]),
                         _keys(data.get("verb_words", [])), _keys(data.get("keep", [])),
                         data["window"])


def _sense(data: dict[str, Any]) -> SenseCue:
    return SenseCue(data["why"], frozenset(data["events"]), _keys(data.get("triggers", [])),
                    _keys(data.get("before", [])), _keys(data.get("after", [])),
                    data.get("before_window", 0), data.get("after_window", 0),
                    _keys(data.get("unless_after", [])), frozenset(data.get("forms", [])),
                    bool(data.get("hypothetical", False)), _keys(data.get("unless_before", [])),
                    bool(data.get("paired", False)), _keys(data.get("unless_later", [])))


def _prospective(data: dict[str, Any]) -> Prospective:
    return Prospective(frozenset(normalize_key(w) for w in data["words"]), data["window"],
                       frozenset(data.get("spares", ())), _keys(data.get("nouns", [])),
                       frozenset(data.get("transitive", ())))


def _counted(data: dict[str, Any]) -> CountedHomographs:
    return CountedHomographs(frozenset(normalize_key(w) for w in data["words"]),
                             frozenset(normalize_key(w) for w in data["quantities"]))


def _frame(data: dict[str, Any]) -> MentionFrame:
    return MentionFrame(data["why"], frozenset(data["events"]),
                        frozenset(normalize_key(w) for w in data["words"]), data["window"],
                        frozenset(normalize_key(w) for w in data.get("after", [])))


def _setting(data: dict[str, Any]) -> SettingCues:
    words = "|".join(sorted((re.escape(normalize_key(w)) for w in data["words"]), key=len, reverse=True))
    return SettingCues(frozenset(data["events"]), re.compile(rf"[وف]?(?:{words})"), data["window"],
                       frozenset(normalize_key(w) for w in data.get("unless_next", [])),
                       bool(data.get("known_only", True)))


def _relative(data: dict[str, Any]) -> RelativeBackground:
    return RelativeBackground(frozenset(data["events"]),
                              frozenset(normalize_key(w) for w in data["pronouns"]),
                              tuple(sorted((normalize_key(w) for w in data["suffixes"]), key=len,
                                           reverse=True)),
                              frozenset(normalize_key(w) for w in data.get("describing_verbs", [])))


def _discard(d: dict[str, Any]) -> Discard:
    only = frozenset(d["only"]) if "only" in d else None
    return Discard(d["why"], re.compile(d["pattern"]), frozenset(d.get("spares", ())), only)


def _instrument_matcher(modes: dict[str, list[str]]) -> LexiconMatcher[str]:
    m: LexiconMatcher[str] = LexiconMatcher()
    for mode, words in modes.items():
        for w in words:
            m.add(w, mode, article_ok=True)
    return m


def _simulated(data: dict[str, Any]) -> Simulated:
    words = "|".join(sorted((re.escape(normalize_key(w)) for w in data["words"]), key=len, reverse=True))
    return Simulated(frozenset(data["events"]),
                     re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{words})(?!\w)"), data["window"])


@lru_cache(maxsize=1)
def default_trigger_matcher() -> TriggerMatcher:
    data = load_json("triggers.json")
    light = build_light_verbs(validate_rules(load_json("event_rules.json"))["light_verbs"])
    return build_trigger_matcher(validate_triggers(data), data.get("blockers", []), light,
                                 data.get("hidden_passive", []), data.get("wa_stems"),
                                 data.get("pronoun_homographs"),
                                 data.get("not_by_governors", {}).get("words", []))


@lru_cache(maxsize=None)
def light_verb_words(event: str) -> frozenset[str]:
    """The support verbs of ``event`` in event_rules.json, past and present forms and their
    verbal nouns, normalised (ASSAULT: شن، نفذ، ارتكب، تنفيذ ...)."""
    classes = validate_rules(load_json("event_rules.json"))["light_verbs"]["classes"]
    return normalised(*(c["past"] + c["present"] + c.get("nouns", [])
                        for c in classes if event in c["events"]))


@lru_cache(maxsize=1)
def default_rules() -> EventRules:
    return build_rules(validate_rules(load_json("event_rules.json")))
