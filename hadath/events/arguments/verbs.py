"""Arguments of a verb trigger: subject and object in verb-subject-object order and its
variants.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...records import SYMMETRIC_TYPES, ActorMention, Sentence
from ...text.normalize import normalize_string
from ...words import (
    CONJUNCTIONS,
    function_words,
    normalised,
    without_conjunction,
    without_proclitics,
)
from ..lexicon import TriggerSense
from ..structure import (
    CLAUSE_BREAK,
    TITLE_WORDS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    group_gender,
    has_break,
    is_office_phrase,
    office_chain,
    office_holder,
    titled_person,
    word_text,
    words_between,
)
from .attacks import _acted_upon_genitive, verbal_noun_lead
from .carried import unknown_subject_after
from .clauses import (
    _addressed_after_joined_verb,
    _counted,
    _counted_right_after,
    _fronted_subject,
    _pluperfect_subject,
    _subject_before_comma,
)
from .meetings import _two_parties
from .nearby import (
    _chain_back,
    _earlier_subject,
    _first_after,
    _governed,
    _last_before,
    _object_or_target,
    _past_object_aside,
    _prepositional_target,
    _subject_before,
    stands_as_subject,
)
from .parties import TOWN_KINDS, _coercing_civilians, _place_group
from .relatives import _report_relative_arguments
from .result import Arguments
from .victims import _hidden_passive_arguments
from .vocabulary import (
    ADJUNCT_WORDS,
    AGENTIVE_MARKERS,
    CLAUSE_OPENERS,
    COMPLEMENT_WORDS,
    COMPLEMENTIZERS,
    COUNTERPART_NOUNS,
    DIRECTIONS,
    DUAL_PARTIES,
    LOCATIVE_WORDS,
    OBJECT_GAP_WORDS,
    OTHER_PREPOSITIONS,
    OWN_FORCES,
    PARTITIVE_WORD,
    QUANTIFIER_SUBJECT_HEADS,
    RELATIVE_PRONOUNS,
    REPORT_RESUMPTIVES,
    SUBJECT_GAP_WORDS,
    TARGET_PREPOSITIONS,
    TIME_WORDS,
    VERB_PARTICLES,
)
from .word_shapes import (
    _construct_head,
    _is_nisba,
    _is_number,
    _locative,
    _noun_complement,
    _object_pronoun_on,
    _plural_verb,
    _prepositional_verbal_noun,
    _proclitic,
    _pronoun_subject,
    _spelled_gender,
    agrees_with_object_pronoun,
    definite_title,
    kin_with_pronoun,
    name_like,
    object_pronoun_person,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

ALLEGIANCE_GAP_WORDS = 3     # "المتشددين من الموالين لـ"

EACH_OF = tuple(tuple(p.split()) for p in _WORDS.each_of)

# "دانت الوزارة خطاب الرئيس": an act noun whose genitive is the one blamed or refused.
ACT_OBJECT_NOUNS = _WORDS.act_object_nouns | _WORDS.condemned_violence_nouns

ACT_OBJECT_GAP_WORDS = 4
# act nouns a verb takes with ب ("رحب بقرار"، "أشاد بجهود")
PREPOSITIONAL_ACT_NOUNS = ACT_OBJECT_NOUNS | _WORDS.welcomed_act_nouns

AGENT_HEAD_NOUNS = _WORDS.agent_head_nouns
LAM_OWNED_BODY_HEADS = normalised(_WORDS.lam_owned_body_heads)
UNNAMED_SUBJECT_WORDS = 3    # "المنظمة الحقوقية الدولية"
# "اقتحمت مستشفى"، "يحاصر مستشفيات": a building right after an attack or coercion verb
ACTED_ON_BUILDINGS = normalised(_WORDS.acted_on_building_nouns)
DEFINITE_ARTICLE = "ال"
# "ألقى الجيش مناشير تأمر السكان": a message or decision noun a present verb describes
ISSUED_DOCUMENT_NOUNS = normalised(_WORDS.report_nouns, _WORDS.resolution_nouns)


# Nouns of an act that a verb takes as its object ("رفضت تهجير"، "انتقدت تمويل"، "أيد تعزيز
# دور"), from the act classes of function_words.json, and the derived verbal-noun patterns
# as written, without vowels (taf'il, if'al and if'ala with إ, ifti'al, istif'al,
# mufa'ala): a participant after one is its genitive, never the verb's subject. The broken
# plural af'al ("أبناء"، "أعضاء") is written with أ, so if'al is matched with إ only. Nouns
# of a body, an office or a document spelled alike ("تنظيم"، "إدارة"، "ائتلاف"، "تقرير") may
# be that subject and are not act nouns.
OBJECT_ACT_NOUNS = normalised(
    _WORDS.act_object_nouns, _WORDS.condemned_victim_acts, _WORDS.object_taking_act_nouns,
    _WORDS.harm_done_nouns, _WORDS.blamed_conduct_nouns, _WORDS.welcomed_act_nouns,
    _WORDS.supported_cause_nouns, _WORDS.saying_nouns, _WORDS.attempt_words,
    _WORDS.instrument_target_nouns, _WORDS.vehicle_target_nouns, _WORDS.raid_nouns)
VERBAL_NOUN_SHAPE = re.compile(r"ت..ي.|إ..ا.|إ.ا.[ةه]|ا.ت.ا.|است..ا.|م.ا..[ةه]")
NON_ACT_HEADS = normalised(
    _WORDS.org_heads, _WORDS.unnamed_body_heads, _WORDS.lam_owned_body_heads,
    _WORDS.unnamed_cause_body_heads, _WORDS.unnamed_labour_heads,
    _WORDS.masculine_singular_heads, _WORDS.office_heads, _WORDS.unit_nouns,
    _WORDS.relaying_media_heads, _WORDS.outlet_heads, _WORDS.report_nouns,
    _WORDS.resolution_nouns, _WORDS.channel_nouns, _WORDS.decision_nouns)
# Nouns of forces and of attacks ("غارات"، "حرب"، "مقاتلة") may be the subject of a verb of
# acting upon ("منعت غارات الاحتلال وصول ..."); after other verbs they are acts.
ACTING_HEADS = normalised(_WORDS.agent_head_nouns)


def _act_noun(word: str, acted_upon: bool = False) -> bool:
    """An indefinite noun of an act: one of the act classes or a derived verbal noun, not
    a body, office or document head, nor after a verb of acting upon a force or attack."""
    written = without_conjunction(word)
    bare = normalize_string(written)
    if bare.startswith("ال") or bare in NON_ACT_HEADS or _is_number(word) \
            or acted_upon and bare in ACTING_HEADS:
        return False
    return bare in OBJECT_ACT_NOUNS or VERBAL_NOUN_SHAPE.fullmatch(written) is not None


def _object_act_genitive(text: str, g: Group, gap_words: list[str], acted_upon: bool) -> bool:
    """The participant is the genitive of an act noun the verb takes as its object, or the
    adjective of a definite one: after the time words, the words between the verb and the
    participant are the verb's subject no lexicon names, closed by a definite word, an
    adjective or a pronoun (or no subject at all), then an indefinite act noun and the
    construct nouns of its chain ("رفض تهجير الفلسطينيين"، "انتقدت مجموعات طلابية تمويل
    ألمانيا"، "أيد رئيس الحزب تعزيز دور اليونيفيل"); or a definite act noun before a demonym,
    with at most a noun with a pronoun before it, which takes no adjective after another
    noun ("رفض التصعيد الإسرائيلي"، "تدعم بلاده الحرب الروسية"). After a verb of acting upon,
    a definite act noun may be the subject ("منعت الحرب الإسرائيلية الطلاب"); an indefinite
    chain with the act noun inside it may be the subject too ("أجهزة أمن السلطة")."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if _origin_adjective(text, g) and words and words[-1].startswith("ال"):
        return not acted_upon and _act_noun(words[-1][2:]) \
            and (len(words) == 1 or len(words) == 2 and _object_pronoun_on(words[0]))
    for k, word in enumerate(words):
        if _act_noun(word, acted_upon):
            return _closed_subject(words[:k]) and all(
                _construct_head(w) and not w.startswith(("ب", "ل", "ك"))
                and w not in OTHER_PREPOSITIONS for w in words[k + 1:])
        if not _noun_phrase([word]):
            return False
    return False


def _closed_subject(words: list[str]) -> bool:
    """No words, or a noun phrase whose last word closes it: a definite word, an adjective
    of origin or a noun with a pronoun; after an indefinite noun the chain goes on."""
    if not words:
        return True
    last = words[-1]
    return last.startswith("ال") or _is_nisba(last) or _object_pronoun_on(last)


# The prepositions of a called-for or urged act ("دعا إلى"، "حث على").
CALLED_ACT_PREPOSITIONS = frozenset({"إلى", "الى", "على"})


def _inside_complement(gap_words: list[str]) -> bool:
    """Between the verb and the participant stand a noun phrase (the verb's subject, no
    lexicon naming it), إلى or على, and nouns in construct ("دعا المجلس إلى إدانة")."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    k = next((i for i, w in enumerate(words) if w in CALLED_ACT_PREPOSITIONS), None)
    if k is None or not 1 <= k <= UNNAMED_SUBJECT_WORDS or k == len(words) - 1:
        return False
    return _noun_phrase(words[:k]) and all(
        _construct_head(w) and not w.startswith(("ب", "ل", "ك")) for w in words[k + 1:])


def _origin_adjective(text: str, g: Group) -> bool:
    """The group is one definite adjective of a country ("الإسرائيلي"، "الأميركية"), which
    describes the noun before it; "الخارجية" of a title names no country."""
    words = words_between(text, g.start - len(attached_prefix(text, g.start)), g.end)
    return g.country is not None and len(words) == 1 and words[0].startswith("ال") \
        and _is_nisba(words[0])


def _noun_phrase(words: list[str]) -> bool:
    """Words that may make up the verb's subject before its object: nouns in construct,
    definite words and adjectives of origin ("مجموعات طلابية"، "رئيس الحزب"، "بلاده")."""
    return all(_construct_head(w) or w.startswith("ال") or _is_nisba(w) for w in words)


def _after_another_verb(text: str, g: Group, t_end: int) -> bool:
    """The group was cut from a verb the recogniser read as a role noun ("وطالب إسرائيل"),
    and that verb is not the one ending at ``t_end``."""
    return g.mentions[0].rule.endswith("+after-verb") and bool(words_between(text, t_end, g.start))


def _own_subject_before_office(gap_words: list[str]) -> bool:
    """A noun other than a time word or a number stands between the verb and an office
    phrase: the verb's own subject ("أدانت قيادتها"، "التقى وزيرها")."""
    return any(w not in TIME_WORDS and w not in VERB_PARTICLES and not _is_number(w)
               and w not in ADJUNCT_WORDS for w in gap_words)


NAME_LEADS = normalised(_WORDS.kunya_heads)     # "أبو حمزة": a by-name


def _unknown_name_before_title(text: str, g: Group, t_end: int) -> bool:
    """Between the verb and the group stands a name no lexicon knows, written as a given
    name and a family name with the article or as a by-name ("طاهر النونو"، "أبو حمزة"),
    and the group opens with a definite title ("المستشار"، "الناطق"): the title is in
    apposition to the name, so its holder is the verb's subject ("دعا فلان الفلاني
    المتحدث باسم ..."). Not over a noun with a pronoun ("وزارة خارجيتها")."""
    gap = words_between(text, t_end, g.start)
    if len(gap) != 2 or has_break(text, t_end, g.start) or gap[0].startswith("ال") \
            or not (gap[1].startswith("ال") or normalize_string(gap[0]) in NAME_LEADS):
        return False
    if any(normalize_string(w) in TITLE_WORDS or w in TIME_WORDS or w in VERB_PARTICLES
           or w in ADJUNCT_WORDS or _is_number(w) or _object_pronoun_on(w) for w in gap):
        return False
    head = VOWELLED_WORD.search(text, g.start)
    return head is not None and word_text(head).startswith("ال") \
        and normalize_string(word_text(head)) in TITLE_WORDS


# Verbs of speech whose object is a person or a body ("اتهمه"، "هددهم"، "دعاهم"), so that an
# object pronoun on them refers back to a participant.  Not verbs of criticising or refusing,
# nor attacks and arrests, whose object is as often a proposal, a house or a hospital
# ("المقترح الذي انتقدته الحركة"، "منزل قصفه الجيش"): a first version with those read more
# wrong antecedents than right ones on the wire.
PERSON_OBJECT_EVENTS = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
NON_PERSON_OBJECT_SENSES = frozenset({"accuse.disapprove"})
PRONOUN_ANTECEDENT_WORDS = 12   # "رد الوزير على تصريحات رئيس الحكومة أمس، واتهمه بـ"


def _verb_arguments(text, sentence, groups, t_start, t_end, c_start, c_end,
                    speaker: list[Group], *, form: str = "", counted_object: bool = True,
                    acted_upon: bool = False, act_object: bool = False,
                    counted_subject: bool = False,
                    sense: TriggerSense | None = None) -> Arguments:
    groups = _without_verbal_noun_bodies(text, groups)
    if sense is not None and sense.event in ADDRESSED_EVENTS:
        groups = _with_addressee_split_off(text, groups, t_end, sentence.end)
    args = _verb_subject_and_object(text, sentence, groups, t_start, t_end, c_start, c_end,
                                    speaker, form=form, counted_object=counted_object,
                                    acted_upon=acted_upon, act_object=act_object,
                                    counted_subject=counted_subject, sense=sense)
    if acted_upon and form == "past" and args.how == "svo" \
            and verbal_noun_lead(text, c_start, t_start):
        args = _without_acted_upon_subject(text, sentence, args)
    if sense is not None and sense.event not in SYMMETRIC_TYPES:
        args = _with_counterpart_as_actor(text, args)
    if sense is None or sense.event not in PERSON_OBJECT_EVENTS \
            or sense.id in NON_PERSON_OBJECT_SENSES:
        return args
    args = _with_accused_not_subject(text, sentence, groups, t_start, t_end, args)
    if args.recipients:
        return args
    antecedent = _object_pronoun_antecedent(text, sentence, groups, t_start, t_end,
                                            args.actors)
    if antecedent is None:
        return args
    # "رد الوزير على تصريحات الرئيس واتهمه بـ": the pronoun's antecedent is the object
    recipients = [g for g in chain_from(text, groups, antecedent) if g not in args.actors]
    return replace(args, recipients=recipients, how=args.how + "+pronoun-antecedent")


COUNTERPART_STEMS = tuple(normalize_string(w) for w in COUNTERPART_NOUNS)


def _with_counterpart_as_actor(text: str, args: Arguments) -> Arguments:
    """"دعا الوزير ونظيره الفرنسي فلان إلى"، "أدان الرئيس ونظيره X الهجوم": the counterpart
    joined by و to the subject is a second subject, not the verb's object. Meetings and
    agreements (SYMMETRIC_TYPES) keep the counterpart as the other side."""
    if not args.actors or not args.recipients:
        return args
    last, first = args.actors[-1], args.recipients[0]
    if first.start <= last.end or has_break(text, last.end, first.start):
        return args
    gap = words_between(text, last.end, first.start - len(attached_prefix(text, first.start)))
    if not gap or not gap[0].startswith("و") \
            or not normalize_string(gap[0][1:]).startswith(COUNTERPART_STEMS) \
            or not all(w.startswith("ال") or _is_nisba(w) for w in gap[1:]):
        return args
    return replace(args, actors=args.actors + [first], recipients=args.recipients[1:],
                   how=args.how + "+counterpart")


# "بالقضاء على"، "الدفاع عن": a body's name that is a verbal noun before its preposition
BODY_SPELLED_VERBAL_NOUNS = normalised(_WORDS.body_spelled_verbal_nouns)
_WORD_AFTER = re.compile(r"\s*(\S+)")
NOUN_CLITICS = (CONJUNCTIONS, ("ب", "ل"), ("ال",))


def _without_verbal_noun_bodies(text: str, groups: list[Group]) -> list[Group]:
    """The groups but a one-word body name read as a verbal noun by the preposition after
    it ("توعد بالقضاء على قادة الحركة"): it names the act threatened, asked for or praised,
    and the one it is done to is the group after the preposition."""
    return [g for g in groups if not _verbal_noun_body(text, g)]


def _verbal_noun_body(text: str, g: Group) -> bool:
    words = text[g.start:g.end].split()
    after = _WORD_AFTER.match(text, g.end)
    if len(words) != 1 or after is None:
        return False
    noun = without_proclitics(normalize_string(words[0]), NOUN_CLITICS)
    return normalize_string(f"{noun} {after.group(1)}") in BODY_SPELLED_VERBAL_NOUNS


# Readings that took the participant before a joined verb as its subject
CARRIED_SUBJECT_READINGS = frozenset({"svo", "v+pronoun-object"})


def _with_accused_not_subject(text: str, sentence: Sentence, groups: list[Group],
                              t_start: int, t_end: int, args: Arguments) -> Arguments:
    """A joined verb of accusation, blame, demand or threat with an object pronoun
    ("واتهمته"، "وتتهمه"، "وحمّلها") whose subject was read before it, at or after the
    pronoun's antecedent ("بيانا بشأن خطاب الرئيس، أمس، واتهمته"): what was read lies in the
    object of the clause before, the antecedent is the one accused and the subject is the
    one carried from before the antecedent, unknown when only genitives and targets stand
    there.  Kept when no participant stands before it ("أعلن الوزير موقفه واتهمه": the
    antecedent may be that clause's own subject)."""
    if args.how not in CARRIED_SUBJECT_READINGS or not args.actors \
            or not _joined_verb(text, t_start, t_end):
        return args
    antecedent = _object_pronoun_antecedent(text, sentence, groups, t_start, t_end, [])
    if antecedent is None or any(g.start < groups[antecedent].start for g in args.actors):
        return args
    accused = chain_from(text, groups, antecedent)
    head = min(accused, key=lambda g: g.start)
    carried = _carried_subject_before(text, sentence, groups, head.start)
    if not carried and not any(sentence.start <= g.start and g.end <= head.start
                               for g in groups):
        return args
    recipients = accused + [g for g in args.recipients if g not in accused]
    return Arguments(carried, recipients, args.how + "+accused-not-subject")


def _carried_subject_before(text: str, sentence: Sentence, groups: list[Group],
                            pos: int) -> list[Group]:
    """The nearest subject before ``pos`` whose chain opens with a participant that may be a
    subject: a chain opening after ل or ب ("بالإغاثة للجرحى والمفقودين") is a genitive or a
    target, and the search goes on before it."""
    while True:
        chain = _earlier_subject(text, sentence, groups, pos)
        if not chain:
            return []
        head = min(chain, key=lambda g: g.start)
        if stands_as_subject(text, head, sentence.start):
            return chain
        pos = head.start


# Verbs of demand, accusation and threat, whose subject and the one asked, accused or
# threatened stand side by side after the verb ("دعا فلان الإسرائيليين إلى"، "طالب الجيش
# السكان بـ"، "اتهم فلان فلانا بـ"، "هدد فلان الحكومة بـ").
ADDRESSED_EVENTS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
SPLIT_GROUPS = 2     # the subject, and a title no lexicon names before it ("زعيم حزب كذا فلان")


def _with_addressee_split_off(text: str, groups: list[Group], t_end: int,
                              limit: int) -> list[Group]:
    """The groups with a participant right after a verb of demand, accusation or threat cut
    in two where the one asked, accused or threatened starts inside it: the recogniser joins
    two names standing side by side when their countries agree ("دعا فلان الإسرائيليين"،
    "طالب الجيش السكان"، "طالب فلان نظيره فلانا"، "اتهم فلان فلانا"), but in verb-first
    order the second is the verb's object.  The first two participants after the verb are
    read: a title no lexicon names may open the subject
    ("دعا زعيم حزب كذا فلان رئيس الوزراء فلان")."""
    out = list(groups)
    i = _first_after(text, out, t_end, limit, SUBJECT_GAP_WORDS)
    for _ in range(SPLIT_GROUPS):
        if i is None or i >= len(out):
            break
        mentions = out[i].mentions
        k = _addressee_start(text, mentions)
        if k is not None:
            out[i:i + 1] = [Group(mentions[:k]), Group(mentions[k:])]
            break
        nxt = i + 1
        if nxt >= len(out) or has_break(text, out[i].end, out[nxt].start) \
                or len(words_between(text, out[i].end, out[nxt].start)) > SUBJECT_GAP_WORDS:
            break
        i = nxt
    return out


def _addressee_start(text: str, mentions: tuple[ActorMention, ...]) -> int | None:
    """Where the one asked starts among the mentions of one group, or None."""
    k = next((k for k in range(1, len(mentions))
              if not text[mentions[k - 1].end:mentions[k].start].strip()
              and not attached_prefix(text, mentions[k].start)
              and _addressee_after(text, mentions[:k], mentions[k])), None)
    if k is None:
        return None
    while k > 1 and mentions[k - 1].kind != "person" and titled_person(mentions[k - 1]) \
            and any(m.kind == "person" for m in mentions[:k - 1]):
        k -= 1      # "فلان رئيس الوزراء فلان": the second name's title opens the object
    return k


def _addressee_after(text: str, before: tuple[ActorMention, ...], m: ActorMention) -> bool:
    """``m`` cannot name the same party as the mentions before it: a second known person,
    or, after a person or a named body, a definite noun of people, a definite plural
    demonym or a definite body that opens with no title ("فلان الحكومة الإسرائيلية"); an
    office title or a known person after a noun of people ("العشيرة رئيس الوزراء فلان"،
    "المتظاهرون فلان")."""
    last = before[-1]
    if _title_after_people_noun(text, last, m):
        return True
    if kin_with_pronoun(last.text) and not (m.kind == "person" and not titled_person(m)):
        return True     # "طالب محاميه المحكمة": a noun with a pronoun heads no construct
    if m.kind == "person":
        return m.id is not None and any(x.kind == "person" and x.id not in (None, m.id)
                                        for x in before) \
            or _person_after_plural_people(last, m)
    if not _definite_mention(m) or titled_person(m):
        return False
    if m.kind == "demonym" and not _plural_word(m.text):
        return False    # "الكنيست الإسرائيلي": an adjective of the name before it
    if last.kind == "person":
        return m.kind in ("agent", "demonym", "organization", "institution")
    named_body = last.kind == "organization" and last.id is not None and last.id != m.id
    return last.kind in ("organization", "institution") \
        and (_closed_definite(last) or named_body) \
        and m.kind in ("agent", "demonym", "organization", "institution")


def _title_after_people_noun(text: str, last: ActorMention, m: ActorMention) -> bool:
    """An office title opens a mention of its own after a noun of people or an adjective no
    title opens ("حمّلت العشيرة رئيس الوزراء فلانا"، "اتهم مسؤولون في الفريق الإسرائيلي
    رئيس الوزراء فلانا"): the title names the person it stands before, not the one before.
    The noun before is definite: a bare one heads a construct ("عائلة رئيس الوزراء")."""
    # (the article of a people noun stands outside its mention: "ال" + "عشيرة")
    definite = _closed_definite(last) or text[last.start - 2:last.start] == "ال"
    return titled_person(m) and last.kind in ("agent", "demonym") and not titled_person(last) \
        and definite


def _person_after_plural_people(last: ActorMention, m: ActorMention) -> bool:
    """A known person cannot stand in apposition to a plural noun of people ("اتهم
    المتظاهرون فلانا"، "هدد قادة عسكريون فلانا")."""
    return m.id is not None and last.kind == "agent" and _plural_people(last.text)


def _plural_people(text: str) -> bool:
    """A noun of people ending in the sound plural, or with a plural adjective ("قادة
    عسكريون"): its ن shows it heads no construct ("عائلات الأسرى فلان" stays one party)."""
    words = text.split()
    return bool(words) and words[-1].endswith(("ون", "ين"))


def _definite_mention(m: ActorMention) -> bool:
    return m.text.lstrip("وف").startswith("ال")


def _closed_definite(m: ActorMention) -> bool:
    """A definite name, or a construct whose last word is definite ("جيش الاحتلال"): no
    further noun stands in apposition to it."""
    words = m.text.split()
    return _definite_mention(m) or len(words) > 1 and words[-1].startswith("ال")


def _plural_word(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].endswith(("ون", "ين"))


def _object_pronoun_antecedent(text: str, sentence: Sentence, groups: list[Group],
                               t_start: int, t_end: int, actors: list[Group]) -> int | None:
    """The participant an object pronoun on the verb refers to: the nearest one before the
    verb in its sentence, within a few words, that agrees with the pronoun in number and
    gender and is not the verb's subject, a town, or a place or company named after في،
    أمام، من، عن or ب ("نتنياهو في الكونغرس"، "دعوى ضد إسرائيل أمام المحكمة")."""
    person = object_pronoun_person(text[t_start:t_end])
    if person is None or not _opens_clause(text, t_start):
        return None
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > t_start or g.start < sentence.start:
            continue
        if len(words_between(text, g.end, t_start)) > PRONOUN_ANTECEDENT_WORDS:
            return None
        if g in actors or all(m.kind in TOWN_KINDS for m in g.mentions) \
                or _after_adjunct_preposition(text, g, sentence.start):
            continue
        if agrees_with_object_pronoun(text, g, person):
            return i
    return None


def _opens_clause(text: str, t_start: int) -> bool:
    """The verb opens a clause of its own, joined by و or ف, after a comma, or after a
    relative pronoun ("، واتهمه"، "، دعاهم"، "الذي تعتقله"); right after a noun with none of
    them the word is mostly a verbal noun with its possessive ("تقييم الدول طلبها")."""
    if text[t_start - 1:t_start] in ("و", "ف"):
        return True
    before = text[max(0, t_start - 30):t_start].rstrip()
    if before.endswith(("،", ",", "؛", ":")):
        return True
    words = before.split()
    return bool(words) and words[-1] in RELATIVE_PRONOUNS


def _after_adjunct_preposition(text: str, g: Group, s_start: int) -> bool:
    """The group stands after a preposition of place, source or company (في، أمام، من، عن،
    مع) or a proclitic ب: an adjunct, not whom a later object pronoun names."""
    before = words_between(text, max(s_start, g.start - 20), g.start)[-1:]
    return bool(before) and (before[0] in LOCATIVE_WORDS or before[0] in OTHER_PREPOSITIONS) \
        or _proclitic(text, g).lstrip("وف").startswith("ب")


def _without_acted_upon_subject(text: str, sentence: Sentence, args: Arguments) -> Arguments:
    """An attack word spelled like a past verb right after a preposition ("في قصف"، "إثر
    قصف") is the verbal noun, so the participant before the preposition is no subject of
    it: people or a place there were hit in the attack or took in its casualties ("استشهد
    عشرة فلسطينيين في قصف"، "وصل الجرحى إلى مستشفى إثر قصف").  People standing as the
    subject or object of the clause become its victims; a place, or what stands behind a
    preposition, is dropped.  A force or state there keeps the agent reading ("استمر
    الجيش في قصف")."""
    if not args.actors or not all(_acted_upon_genitive(g) for g in args.actors):
        return args
    victims = [g for g in args.actors
               if not _place_group(g) and stands_as_subject(text, g, sentence.start)]
    return Arguments([], victims + [g for g in args.recipients if g not in victims],
                     "v+masdar-victims", args.passive)


def _verb_subject_and_object(text, sentence, groups, t_start, t_end, c_start, c_end,
                             speaker: list[Group], *, form: str = "",
                             counted_object: bool = True, acted_upon: bool = False,
                             act_object: bool = False, counted_subject: bool = False,
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
    document = _document_right_before(text, c_start, t_start) \
        if acted_upon and form == "present" else None
    if document is not None:
        # "ألقى الجيش مناشير تأمر السكان بإخلاء"، "أصدر قرارا يحظر": the document is the
        # verb's subject, so the participant after the verb is its object and whoever
        # issued the document, before it, carries out the act
        after = _first_after(text, groups, t_end, sentence.end, OBJECT_GAP_WORDS)
        recipients = chain_from(text, groups, after) if after is not None else []
        actors = [g for g in _subject_before(text, groups, document, c_start, 8,
                                             over_prepositions=True) if g not in recipients]
        return Arguments(actors, recipients, "v+document-object")
    if _plural_verb(text[t_start:t_end]) and not acted_upon:
        # attack verbs keep the readings below: their plural may be a hidden passive
        # ("اعتقلوا في المدينة"), and their subject a counted or fronted group
        return _plural_verb_arguments(text, sentence, groups, t_start, t_end, c_start)
    subj = _first_after(text, groups, t_end, sentence.end, SUBJECT_GAP_WORDS)
    # the stems that spell their passive had their reading before (arguments.cascade)
    hidden = _hidden_passive_arguments(text, sentence, groups, t_start, t_end, c_start, c_end,
                                       spelled_passive=False) \
        if subj is not None and acted_upon and form == "past" else None
    if hidden is not None:
        return hidden
    if subj is not None and not acted_upon and _unknown_name_before_title(text, groups[subj], t_end):
        return _subject_and_object(text, sentence, groups, subj, t_end, "vso+named-title")
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
    if subj is not None and acted_upon and form != "passive" \
            and _plural_verb(text[t_start:t_end]) \
            and _right_after_verb(text, groups[subj], t_end):
        # "ودمروا آليات عسكرية"، "استهدفوا دبابة": the subject is written on the plural
        # verb, so the group right after it is its object, never its subject; a verb joined
        # by و/ف goes on with the earlier verb's subject, which the carrying step finds (the
        # nearest plural before may be that verb's object: "قتلوا جنودا ودمروا آليات")
        actors = [] if _joined_verb(text, t_start, t_end) \
            else _earlier_subject(text, sentence, groups, t_start, plural=True)
        return Arguments(actors, [g for g in chain_from(text, groups, subj) if g not in actors],
                         "v+pronoun-subject+plural-object")
    if subj is not None and acted_upon and form != "passive" \
            and _building_right_after_verb(text, groups[subj], t_end) \
            and not verbal_noun_lead(text, c_start, t_start) \
            and not _joined_verb(text, t_start, t_end):
        # "كما اقتحم مستشفى X وأمر ..."، "يحاصر مستشفيات شمال القطاع": a building takes
        # no part in a raid or siege as its doer, so it is the object and the subject is
        # the one written before; a verbal noun spelled like the verb ("من قصف مستشفى") is
        # read elsewhere, and a verb joined by و/ف by the coordination steps
        actors = _earlier_subject(text, sentence, groups, t_start)
        recipients = _object_or_target(text, groups, t_end, sentence.end)
        return Arguments(actors, [g for g in recipients if g not in actors],
                         "v+pronoun-subject+building-object")
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
        # "توعد بملاحقة الرئيس الجديد للحركة فلان": the office's holder, not the bare office
        recipients = office_chain(text, groups, subj, t_end)
        return Arguments(actors, [g for g in recipients if g not in actors], "v+noun-genitive")
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
    if subj is not None and not acted_upon \
            and _prepositional_act_genitive(words_between(text, t_end, groups[subj].start)):
        # "رحب بقرار الحكومة"، "أشاد بجهود منظمة دولية": the group is the genitive of the
        # act the verb takes with ب; the verb's subject is not written after it
        recipients = chain_from(text, groups, subj)
        actors = [g for g in _subject_before(text, groups, t_start, c_start, 8,
                                             over_prepositions=True)
                  or _earlier_subject(text, sentence, groups, t_start) or speaker
                  if g not in recipients]
        return Arguments(actors, recipients, "v+prepositional-act-genitive")
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
    if subj is not None and counted_subject \
            and _partitive_of_speakers(words_between(text, t_end, groups[subj].start)):
        # "حث مسؤولون من الأمم المتحدة إسرائيل على"، "طالب مجموعة من الأطباء": the body or
        # people after من are those who speak, not the one asked
        return _subject_and_object(text, sentence, groups, subj, t_end, "vso+partitive-subject")
    if subj is not None and counted_object \
            and _counted(words_between(text, t_end, groups[subj].start)) \
            and not (sense is not None and _coercing_civilians(groups[subj], sense)
                     and _last_before(text, groups, t_start, c_start - 1, 8) is None):
        # "قتلت الغارات آلاف المدنيين": a counted group is the object
        before = _last_before(text, groups, t_start, c_start - 1, 8)
        actors = _chain_back(text, groups, before) if before is not None else []
        return Arguments(actors, chain_from(text, groups, subj), "v+counted-object")
    if subj is not None and _subject_after_object_pronoun_ruled_out(
            text[t_start:t_end], words_between(text, t_end, groups[subj].start)):
        # "وحمّلته والحكومة مسؤولية ..."، "قصفهم بصاروخ قرب البلدة": the
        # subject of a verb with an object pronoun stands right after it; a group further on
        # is its second object, a target or a genitive, and the subject is an earlier one
        recipients = chain_from(text, groups, subj)
        actors = [g for g in _subject_before(text, groups, t_start, c_start, 8,
                                             over_prepositions=True)
                  or _earlier_subject(text, sentence, groups, t_start) if g not in recipients]
        return Arguments(actors, recipients, "v+pronoun-object")
    if subj is not None and not acted_upon \
            and _inside_complement(words_between(text, t_end, groups[subj].start)):
        # "دعا المجلس إلى إدانة إسرائيل": the group belongs to the complement after the
        # verb's unnamed subject; it is neither the one who calls nor the one called on
        return Arguments([], [], "vso+unnamed-subject+complement")
    if subj is not None and not (sense is not None and sense.event == "ASSAULT") \
            and _object_act_genitive(text, groups[subj],
                                     words_between(text, t_end, groups[subj].start), acted_upon):
        # "رفضت تهجير الفلسطينيين"، "انتقدت مجموعات طلابية تمويل ألمانيا": the group is the
        # genitive of the act the verb takes as object, never its subject; a noun before the
        # act is the unnamed subject, with none written the subject is an earlier one
        recipients = chain_from(text, groups, subj)
        gap = [w for w in words_between(text, t_end, groups[subj].start) if w not in TIME_WORDS]
        if len(gap) > 1 if _origin_adjective(text, groups[subj]) \
                else not _act_noun(gap[0], acted_upon):
            return Arguments([], recipients, "vso+unnamed-subject+object-act")
        actors = [g for g in _earlier_subject(text, sentence, groups, t_start) or speaker
                  if g not in recipients]
        return Arguments(actors, recipients, "v+object-act")
    if subj is not None and _noun_complement(words_between(text, t_end, groups[subj].start)):
        # "وطالب بالإفراج عن المعتقلين": the group belongs to the noun after the verb, whose
        # subject is not written; it is the nearest earlier subject
        actors = _subject_before(text, groups, t_start, c_start, 8) \
            or _earlier_subject(text, sentence, groups, t_start)
        return Arguments(actors, [], "v+noun-complement")
    if subj is not None and not acted_upon and _owned_body_before_lam(text, groups[subj], t_end):
        # "ودان المكتب السياسي لحركة ..."، "رحب التجمع الوطني للنقابات": the subject is a body
        # of the group after ل, which stands for it; it is no target
        return _subject_and_object(text, sentence, groups, subj, t_end, "vso+lam-owner")
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
    if subj is not None and not acted_upon \
            and _unrecognised_subject_before(text, groups[subj], t_end):
        # "دعت النائبة فلانة الفلانية السلطات إلى"، "تطالب عائلته الحكومة بـ": the subject is
        # a titled name or a kin noun no lexicon knows; the group after it is the object
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
    named_end = None if acted_upon else _titled_name_before_comma(text, t_end, sentence.end)
    after_name = _definite_object_after(text, groups, named_end, sentence.end) \
        if named_end is not None else None
    if after_name is not None:
        # "دان الأمين العام فلان الفلاني، الهجوم": the object stands after the comma closing
        # the subject no lexicon named
        return Arguments([], chain_from(text, groups, after_name), "vso+unnamed-subject")
    actors = _subject_before(text, groups, t_start, c_start, 8, over_prepositions=True)
    recipients = _object_or_target(text, groups, t_end, sentence.end)
    if not actors and unknown_subject_after(text, [(g.start, g.end) for g in groups], t_end,
                                            sentence.end):
        # no earlier subject is carried or guessed for it
        return Arguments([], recipients, "v+unnamed-subject")
    return Arguments(actors, recipients, "svo" if actors else "v")


def _subject_and_object(text: str, sentence: Sentence, groups: list[Group], subj: int,
                        t_end: int, how: str) -> Arguments:
    """Verb-first order with the subject at ``subj``: the object is the first participant
    after the subject, past a comma aside or a bracketed gloss of the subject."""
    # "دعا المتحدث باسم المنظمة فلان": the office's holder or body is the subject
    holder = office_holder(text, groups, subj, t_end)
    if holder is not None and _named_before_body(text, groups[subj], groups[holder]):
        holder = None
    actors = chain_from(text, groups, subj if holder is None else holder)
    actors = actors[:_end_of_named_subject(text, actors)]
    named = _holder_name_after(text, groups, actors[-1])
    subject_end = _past_gloss(text, groups, (named or actors[-1]).end)
    after = _past_object_aside(text, groups, subject_end, sentence.end)
    if after == subject_end:
        after = _past_subject_apposition(text, groups, actors, subject_end, sentence.end)
    obj = _first_after(text, groups, after, sentence.end, OBJECT_GAP_WORDS)
    if obj is not None and _locative(words_between(text, after, groups[obj].start)):
        obj = None      # "في شركة": a place, not the object
    if obj is not None and _noun_complement(words_between(text, after, groups[obj].start)):
        # "دعت الأمم المتحدة إلى الإفراج عن الصحفيين": whom the call is about
        return Arguments(actors, [], how)
    recipients = office_chain(text, groups, obj, after) if obj is not None else \
        _prepositional_target(text, groups, after, sentence.end)
    return Arguments(actors, recipients, how)


def _named_before_body(text: str, title: Group, body: Group) -> bool:
    """A closed definite title ("المتحدث الرسمي"، "القيادي") and a name no lexicon knows stand
    before a body: the name closes the subject, so the body is the verb's object, not the
    office's."""
    if body.head.kind == "person" or not _closed_definite(title.mentions[-1]):
        return False
    gap = words_between(text, title.end, body.start - len(attached_prefix(text, body.start)))
    return _unknown_name_after_title(gap) and not has_break(text, title.end, body.start)


def _end_of_named_subject(text: str, chain: list[Group]) -> int:
    """How many groups of the chain are the subject: a title, its holder's name between two
    commas, then a participant right after the second comma ("اتهم الوزير، فلان، الحكومة
    بـ") — that last one is the object, not a third member of the subject."""
    for k in range(2, len(chain)):
        title, name, nxt = chain[k - 2], chain[k - 1], chain[k]
        if name.head.kind == "person" and title.head.kind != "person" \
                and _COMMA.fullmatch(text, title.end, name.start) \
                and _COMMA.fullmatch(text, name.end, nxt.start) \
                and not attached_prefix(text, nxt.start):
            return k
    return len(chain)


# words of a comma apposition after a subject ("، السفير فلان الفلاني،")
SUBJECT_APPOSITION_WORDS = 5
# adjectives of the subject's title the recogniser leaves out before the comma ("المكلف")
SUBJECT_TAIL_WORDS = 2
_COMMA = re.compile(r"\s*،\s*")


def _past_subject_apposition(text: str, groups: list[Group], actors: list[Group], pos: int,
                             limit: int) -> int:
    """Where the object may start after a subject that ends at ``pos``: past the comma closing
    an apposition that names or titles the subject ("أشاد الوزير، فلان الفلاني، بـ"، "رحب
    الوزير المكلف، السفير فلان، بـ"), when a participant or its act noun with ب follows
    right after it; ``pos`` itself otherwise ("دعا الوزير، فلان، إلى التضامن مع ...")."""
    closing = _apposition_closing(text, actors, pos, limit)
    if closing < 0:
        return pos
    start = _COMMA.match(text, closing).end()
    nxt = next((g for g in groups if g.start >= start), None)
    if nxt is None or nxt.start >= limit:
        return pos
    gap = words_between(text, start, nxt.start)
    if len(gap) > 1 or gap and (not gap[0].startswith("ب") or gap[0] in OTHER_PREPOSITIONS
                                or gap[0] in TARGET_PREPOSITIONS):
        return pos
    return start


def _apposition_closing(text: str, actors: list[Group], pos: int, limit: int) -> int:
    """The comma at or after ``pos`` that closes an apposition on the subject, or -1: the
    subject's chain already crossed the opening comma, or a title (after at most two
    adjectives of the subject) opens a short aside between two commas."""
    if len(actors) > 1 and "،" in text[actors[0].end:actors[-1].start]:
        comma = _COMMA.match(text, pos, limit)
        return comma.start() if comma is not None else -1
    tail = text.find("،", pos, limit)
    if tail < 0 or CLAUSE_BREAK.search(text[pos:tail]):
        return -1
    tail_words = words_between(text, pos, tail)
    if len(tail_words) > SUBJECT_TAIL_WORDS or any(not w.startswith("ال") for w in tail_words):
        return -1
    closing = text.find("،", tail + 1, limit)
    if closing < 0:
        return -1
    inner = words_between(text, tail + 1, closing)
    if not inner or len(inner) > SUBJECT_APPOSITION_WORDS \
            or CLAUSE_BREAK.search(text[tail + 1:closing]) \
            or normalize_string(inner[0]) not in TITLE_WORDS:
        return -1
    return closing


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


def _partitive_of_speakers(gap_words: list[str]) -> bool:
    """Right after a verb of speech stand a noun of a share ("مجموعة"، "عدد") or a plural of
    people in the nominative ("مسؤولون"، "ممثلون"; the object form ends in -ين) and the
    partitive من: the participant after them is the verb's subject."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if len(words) != 2 or words[1] != PARTITIVE_WORD:
        return False
    head = words[0]
    return head in QUANTIFIER_SUBJECT_HEADS or _nominative_people_plural(head)


def _nominative_people_plural(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ون") and not word.startswith(("ال", "ب", "ل")) \
        and word not in TIME_WORDS


def _subject_after_object_pronoun_ruled_out(verb: str, gap_words: list[str]) -> bool:
    """A one-word verb carrying an object pronoun ("حمّلته"، "استهدفهم") with words other
    than time words between it and the group, opening with an indefinite noun that is no
    agent's head, a preposition or و, and no agent marker ("من قبل"، "على يد") or relative
    verb among them: the group cannot be its subject, which stands right after the pronoun."""
    words = verb.split()
    if len(words) != 1 or not _object_pronoun_on(words[0].lstrip("وف")):
        return False
    gap = [w for w in gap_words if w not in TIME_WORDS]
    if not gap or gap[0].startswith("ال") or gap[0] in AGENT_HEAD_NOUNS:
        return False    # "اعتقلته سلطات الاحتلال"، "استهدفها القصف الإسرائيلي": the subject
    return not any(w in AGENTIVE_MARKERS for w in gap) and not _object_pronoun_on(gap[-1])


def _owned_body_before_lam(text: str, g: Group, t_end: int) -> bool:
    """Between the verb and a group written with ل stands only a definite noun of a body with
    at most two definite adjectives ("المكتب السياسي لـ"، "الجناح العسكري لـ"): the group is
    the body's owner."""
    if not _proclitic(text, g).lstrip("وف").startswith("ل"):
        return False
    gap = [w for w in words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
           if w not in TIME_WORDS]
    return 1 <= len(gap) <= UNNAMED_SUBJECT_WORDS and all(w.startswith("ال") for w in gap) \
        and normalize_string(gap[0][2:]) in LAM_OWNED_BODY_HEADS


def _prepositional_act_genitive(gap_words: list[str]) -> bool:
    """Right after the verb stands an indefinite act noun with ب ("بقرار"، "بجهود"), alone or
    with an indefinite word after it ("بجهود منظمة"): the participant after it is that
    noun's genitive, not the verb's subject."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if not 1 <= len(words) <= 2 or any(w.startswith("ال") for w in words[1:]):
        return False
    first = words[0]
    return first.startswith("ب") and not first.startswith("بال") \
        and first[1:] in PREPOSITIONAL_ACT_NOUNS


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
UNKNOWN_NAME_WORDS = 3      # "فلان بن فلان الفلاني"
TITLE_ADJECTIVE_WORDS = 2   # "الأمين العام المساعد"


def _unrecognised_subject_before(text: str, g: Group, t_end: int) -> bool:
    """Between the verb and the group stands a subject the recognisers missed: a definite
    title with a name no lexicon knows ("النائبة الديمقراطية فلانة الفلانية"), or a noun of
    kin or counsel with a pronoun ("عائلته"، "محاميها"). A noun with a pronoun heads no
    construct and a name closes its phrase, so the group is the verb's object.  A person
    with no title after them is the same one named again ("أيدت نائبته فلانة")."""
    if g.is_demonym_only or g.head.kind == "person" and not titled_person(g.mentions[0]):
        return False
    first = VOWELLED_WORD.match(text, g.start)
    if first is not None and _is_nisba(word_text(first)) and g.head.kind not in NAMED_KINDS:
        return False    # an adjective of the name before it
    if _proclitic(text, g).lstrip("وف").startswith(("ل", "ب")):
        return False
    gap = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
    while gap and gap[0] in TIME_WORDS:
        gap = gap[1:]
    return len(gap) == 1 and kin_with_pronoun(gap[0]) or _titled_unknown_name(gap)


def _titled_unknown_name(words: list[str]) -> bool:
    """The words are a definite title, at most two definite adjectives of it, and a name no
    lexicon knows, its first word without the article ("المتحدث الرسمي فلان الفلاني")."""
    return bool(words) and definite_title(words[0]) and _unknown_name_after_title(words[1:])


def _unknown_name_after_title(words: list[str]) -> bool:
    """The words after a title are at most two definite adjectives of it and a name no
    lexicon knows, its first word without the article ("البارز فلان الفلاني")."""
    rest, adjectives = words, 0
    while rest and rest[0].startswith("ال") and adjectives < TITLE_ADJECTIVE_WORDS:
        rest, adjectives = rest[1:], adjectives + 1
    return 1 <= len(rest) <= UNKNOWN_NAME_WORDS and name_like(rest[0]) \
        and all(name_like(w) or w.startswith("ال") for w in rest[1:])


def _titled_name_before_comma(text: str, t_end: int, limit: int) -> int | None:
    """Where the object may start when a titled name no lexicon knows stands right after
    the verb and a comma closes it ("دان الأمين العام فلان الفلاني، الهجوم"): just after
    that comma; None otherwise."""
    comma = COMMA_MARK.search(text, t_end, limit)
    if comma is None or has_break(text, t_end, comma.start()):
        return None
    gap = words_between(text, t_end, comma.start())
    while gap and gap[0] in TIME_WORDS:
        gap = gap[1:]
    return comma.end() if _titled_unknown_name(gap) else None


COMMA_MARK = re.compile(r"[،,]")
DEFINITE_OBJECT_WORDS = 2   # "الهجوم الإسرائيلي"، "الاعتداءات المتكررة لـ"


def _definite_object_after(text: str, groups: list[Group], pos: int, limit: int) -> int | None:
    """The group that is, or is the genitive or adjective of, a verb's direct object written
    right after ``pos``: at most two definite words before it and no preposition ("الهجوم
    الإسرائيلي"); None before a complement ("بإصدار أوامر بحق ...") or a prepositional phrase."""
    i = _first_after(text, groups, pos, limit, DEFINITE_OBJECT_WORDS)
    if i is None or _governed(text, groups[i], pos):
        return None
    gap = words_between(text, pos, groups[i].start - len(attached_prefix(text, groups[i].start)))
    return i if all(w.startswith("ال") for w in gap) else None


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


def _joined_verb(text: str, t_start: int, t_end: int) -> bool:
    """The verb carries و or ف, in its trigger span or written onto it."""
    return text[t_start:t_end].startswith(("و", "ف")) \
        or attached_prefix(text, t_start).endswith(("و", "ف"))


def _right_after_verb(text: str, g: Group, t_end: int) -> bool:
    """Only time words stand between the verb and the group, and no preposition governs it."""
    return all(w in TIME_WORDS for w in words_between(text, t_end, g.start)) \
        and not _governed(text, g, t_end)


def _document_right_before(text: str, c_start: int, t_start: int) -> int | None:
    """Where an indefinite document noun written right before the verb starts ("مناشير
    تأمر"، "قرارا يحظر"); None when another word or a comma stands there."""
    noun = None
    for noun in VOWELLED_WORD.finditer(text, max(c_start, t_start - 20), t_start):
        pass
    if noun is None or text[noun.end():t_start].strip():
        return None
    word = normalize_string(word_text(noun))
    if word in ISSUED_DOCUMENT_NOUNS or without_conjunction(word) in ISSUED_DOCUMENT_NOUNS:
        return noun.start()
    return None


def _building_right_after_verb(text: str, g: Group, t_end: int) -> bool:
    """The group stands right after the verb and its first word, read after one ال, is a
    building noun ("مستشفى الأمل"، "المستشفيات"); an office before it ("مدير مستشفى")
    makes a person of it and is not read here."""
    if not _right_after_verb(text, g, t_end):
        return False
    first = VOWELLED_WORD.search(text, g.start)
    if first is None:
        return False
    word = normalize_string(word_text(first))
    return word.removeprefix(DEFINITE_ARTICLE) in ACTED_ON_BUILDINGS


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
