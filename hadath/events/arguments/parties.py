"""What kind of party a group is: places and towns, news outlets, armed bodies, people
acted upon.
"""
from __future__ import annotations

import re

from ...records import ActorMention, Sentence
from ...text.normalize import normalize_string
from ...words import function_words, normalised, without_conjunction
from ..lexicon import TriggerSense
from ..structure import (
    STATE_KINDS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    has_break,
    word_text,
    words_between,
    written_word_start,
)
from .result import Arguments
from .vocabulary import (
    ACTED_UPON_TYPES,
    ARMED_SECTORS,
    BODY_KINDS,
    COMPLEMENT_WORDS,
    DIRECTIONS,
    LOCATIVE_WORDS,
    OTHER_PREPOSITIONS,
    PLACE_KINDS,
    STATE_FORCE_SECTORS,
    TARGET_PREPOSITIONS,
    VICTIM_SECTORS,
)
from .word_shapes import _proclitic

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

COERCING_CIVILIAN_STEMS = _WORDS.coercing_civilian_stems

# What such civilians do themselves: raid and seize (they are arrested and displaced too).
COERCING_CIVILIAN_ACTS = ("coerce.raid", "coerce.seize")
# Endings of a person noun after its stem (مستوطن، مستوطنون، مستوطني، مستوطنا), not of a
# place noun made from it (مستوطنة، مستوطنات).
PERSON_NOUN_ENDINGS = ("", "ون", "ين", "ي", "و", "ا", "ان")
# Endings of the place noun made from such a stem (مستوطنة، مستوطنات، مستوطنتين).
PLACE_NOUN_ENDINGS = ("ة", "ه", "ات", "تان", "تين", "تا", "تي")

# "العاصمة الألمانية برلين": a capital named after this word is the city, not its government.
CAPITAL_WORD = "العاصمة"
# Prepositions that make a place the destination or origin of a movement ("توجه إلى
# برلين"، "عاد من بروكسل"): no participant of an action noun standing after it.
MOVEMENT_PREPOSITIONS = _WORDS.movement_prepositions


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
    return prefix in ("ب", "بال") and not _stance_verb_object(text, g)


# "نددت الصين بالولايات المتحدة": the ب of these verbs marks their object, not a place.
PREPOSITION_OBJECT_STANCE_VERBS = normalised(_WORDS.preposition_object_stance_verbs)
STANCE_LOOKBACK_CHARS = 80
STANCE_SUBJECT_REACH_WORDS = 4   # "أشاد رئيس الوزراء الأردني ب": the subject between
ASIDE_CLOSING = re.compile(r"[،,]")
SENTENCE_END = re.compile(r"[.؟?!:]")
ACT_WORD_MIN_LETTERS = 3         # "بموقف": ب and a noun, not ب with a pronoun ("به")


def _stance_verb_object(text: str, g: Group) -> bool:
    """The place's ب is the first ب-word after a verb of condemning, praising or welcoming
    and its subject, in the same clause: the place is that verb's object ("أشاد الرئيس
    بالجزائر")."""
    word_start = _comma_aside_start(text, written_word_start(text, g.start))
    before = list(VOWELLED_WORD.finditer(text, max(0, word_start - STANCE_LOOKBACK_CHARS),
                                         word_start))[-STANCE_SUBJECT_REACH_WORDS - 1:]
    for m in reversed(before):
        if has_break(text, m.end(), word_start):
            return False
        word = without_conjunction(word_text(m))
        if normalize_string(word) in PREPOSITION_OBJECT_STANCE_VERBS:
            return not _preposition_phrase_after(text, g)
        if word.startswith("ب"):
            return False    # an earlier ب-phrase is the verb's object
    return False


STANCE_ASIDE_WORDS = 4           # "، في بيان صادر عنها،"


def _comma_aside_start(text: str, pos: int) -> int:
    """Where a short comma aside that closes right before ``pos`` opens ("رحبت الصين، في
    بيان، بـ"، "أشاد الوزير، أمس، بـ"): its opening comma, so that the words before it are
    read as if the aside were not there; ``pos`` when no such aside stands there."""
    closing = len(text[:pos].rstrip()) - 1
    if closing < 0 or text[closing] not in "،,":
        return pos
    reach = max(0, closing - STANCE_LOOKBACK_CHARS)
    opening = max(text.rfind("،", reach, closing), text.rfind(",", reach, closing))
    if opening < 0 or SENTENCE_END.search(text, opening, closing) is not None:
        return pos
    inner = words_between(text, opening + 1, closing)
    return opening if 1 <= len(inner) <= STANCE_ASIDE_WORDS else pos


def _preposition_phrase_after(text: str, g: Group) -> bool:
    """A ب-word right after the place, or right after a comma aside that follows it ("أشاد
    الوزير ببغداد بموقف العراق"، "أشاد السكان بغزة، في شهادات ...، بشجاعة"): that phrase
    is the verb's object, so the place is where it was said or where its subject lives."""
    nxt = VOWELLED_WORD.search(text, g.end)
    if nxt is not None and ASIDE_CLOSING.search(text, g.end, nxt.start()) is not None:
        aside_end = ASIDE_CLOSING.search(text, nxt.start())
        nxt = VOWELLED_WORD.search(text, aside_end.end()) \
            if aside_end is not None and not SENTENCE_END.search(text, nxt.start(), aside_end.start()) \
            else None
    return nxt is not None and without_conjunction(word_text(nxt)).startswith("ب") \
        and len(word_text(nxt)) > ACT_WORD_MIN_LETTERS


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
RELAYING_MEDIA_HEADS = _WORDS.relaying_media_heads
MEDIA_PLURAL_HEADS = _WORDS.media_plural_heads


def is_news_outlet(m: ActorMention) -> bool:
    """The mention names a news outlet (a paper, a channel, an agency), not a body of
    journalists that speaks for itself ("مراسلون بلا حدود")."""
    return m.sector == OUTLET_SECTOR and m.kind in OUTLET_KINDS and m.country != NON_STATE


def _news_outlet(g: Group) -> bool:
    return any(is_news_outlet(m) for m in g.mentions)


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
    closed or struck: "إغلاق مكتب لقناة ...").  So is the media named by a head noun
    ("وسائل إعلام إسرائيلية") and the owner or origin after such a head ("إذاعة الجيش"،
    "منصات فلسطينية"): the army or the Palestinians do not report, their media do."""
    if _news_outlet(g) or _named_media(text, g):
        return _reported_through(text, g.start, _proclitic(text, g), event)
    head = _media_head_before(text, g)
    if head is None:
        return False
    word = word_text(head)
    return _reported_through(text, head.start(), word[:len(word) - len(_without_clitics(word))],
                             event)


def _named_media(text: str, g: Group) -> bool:
    """The group is the press named by a media head noun ("وسائل إعلام"، "الإعلام
    الإسرائيلي"، "منصات"), not its journalists, who may be acted upon themselves."""
    if not _press(g):
        return False
    first_word = VOWELLED_WORD.search(text, written_word_start(text, g.start))
    first = _without_clitics(word_text(first_word)) if first_word else ""
    return first in RELAYING_MEDIA_HEADS or first in MEDIA_PLURAL_HEADS


def _without_clitics(word: str) -> str:
    """The media head noun in ``word`` without the و/ف and ل written on it ("ولوسائل" →
    "وسائل"), or the word itself when no head is found."""
    for cut in range(3):
        if word[cut:] in RELAYING_MEDIA_HEADS or word[cut:] in MEDIA_PLURAL_HEADS:
            if all(c in "وفل" for c in word[:cut]):
                return word[cut:]
    return word


def _media_head_before(text: str, g: Group) -> re.Match[str] | None:
    """The media head noun right before the group, with no break between ("إذاعة الجيش"،
    "منصات فلسطينية"، "وسائل إعلام" before a demonym read alone)."""
    cut = written_word_start(text, g.start)
    if attached_prefix(text, g.start).lstrip("وف"):
        return None     # "إذاعة للجيش" or "صحيفة بالعبرية": no owner
    before = list(VOWELLED_WORD.finditer(text, max(0, cut - OUTLET_LOOKBACK_CHARS), cut))
    if not before or has_break(text, before[-1].end(), cut):
        return None
    head = before[-1]
    if _without_clitics(word_text(head)) not in RELAYING_MEDIA_HEADS:
        return None
    if len(before) > 1 and _without_clitics(word_text(before[-2])) in MEDIA_PLURAL_HEADS:
        return before[-2]   # "وسائل إعلام": the phrase opens at وسائل
    return head


def _reported_through(text: str, start: int, prefix: str, event: str) -> bool:
    """What is written at ``start`` (with ``prefix`` on it) is the source of a report or
    the one spoken to."""
    cut = written_word_start(text, start)
    before = list(VOWELLED_WORD.finditer(text, max(0, cut - OUTLET_LOOKBACK_CHARS), cut))
    lam = prefix.lstrip("وف").startswith("ل")
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


def _acting_body(g: Group) -> bool:
    """A state, an army, an armed group or a government named as a body: as the genitive of
    a condemned act ("اغتيال إسرائيل القائد"، "اعتقال السلطات الصحفيين") it is the agent."""
    return g.head.kind in BODY_KINDS and g.head.sector not in VICTIM_SECTORS


# Towns, camps and regions (not capitals, which may stand for their government).
TOWN_KINDS = frozenset({"place", "city"})


def _town_group(g: Group) -> bool:
    return all(m.kind in TOWN_KINDS for m in g.mentions)


# An unnamed informant ("مصدر مطلع"، "مصادر طبية"، "شهود عيان") tells of an event; it is the
# event's source, never a party of it, unless the trigger is the informant's own verb of
# blame, refusal, demand or threat ("اتهم مصدر في الوفد الحكومة").
INFORMANT_ENTITY = "agent-sources"
INFORMANT_HEADS = normalised(_WORDS.informant_heads)


def _informant(text: str, g: Group) -> bool:
    if any(m.id == INFORMANT_ENTITY for m in g.mentions):
        return True
    first = VOWELLED_WORD.match(text, g.start)
    return first is not None and normalize_string(word_text(first)) in INFORMANT_HEADS


def _bare_soldiers(g: Group) -> bool:
    return g.country is None and g.head.kind == "agent" and g.head.sector in STATE_FORCE_SECTORS


# Mention kinds of a town, camp or city; a country after the verb may be its subject
# ("داهمت إسرائيل ...") and stays one.
SITE_KINDS = frozenset({"place", "city", "capital"})

# Who coerces: armed bodies, governments and states.
COERCING_SECTORS = ARMED_SECTORS | {"GOV"}


def _site_group(g: Group) -> bool:
    return all(m.kind in SITE_KINDS for m in g.mentions)


def _coercing(g: Group) -> bool:
    """The group may carry out arrests, raids or closures: an armed body, a government or a
    state (not the hospitals, families or reporters a clause also names)."""
    return g.head.kind == "country" or g.head.sector in COERCING_SECTORS


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


INSTRUMENT_HEADS = _WORDS.instrument_heads


def _instrument(text: str, g: Group) -> bool:
    """A weapon written with ب ("بالمسيرات"، "بطائرة مسيرة"): the attack's instrument."""
    first = g.head.text.split()[0] if g.head.text.split() else ""
    bare = first.removeprefix("ب").removeprefix("ال")
    written_b = first.startswith("ب") or _proclitic(text, g).lstrip("وف").startswith("ب")
    return written_b and bare in INSTRUMENT_HEADS


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


def _settlement_group(g: Group) -> bool:
    """The place made from a coercing civilians' stem (مستوطنة، المستوطنات الإسرائيلية): a
    site, which the knowledge base codes with the settlers' entry for its country.  Read on
    the first word, so a name after it ("مستوطنة كريات شمونة") does not hide it."""
    first = g.head.text.split()[:1]
    if not first:
        return False
    bare = first[0].lstrip("وفبل").removeprefix("ال")
    return any(bare.startswith(stem) and bare[len(stem):] in PLACE_NOUN_ENDINGS
               for stem in COERCING_CIVILIAN_STEMS)


def settlements_acted_upon(args: Arguments) -> Arguments:
    """A settlement is never the one who acts: one read as an actor ("فاقتحمت المستوطنات"
    after its real subject, "استهدفت المقاومة مستوطنة ...") is what the act reaches, so it
    moves to the recipients."""
    settlements = [g for g in args.actors if _settlement_group(g)]
    if not settlements:
        return args
    recipients = args.recipients + [g for g in settlements if g not in args.recipients]
    return Arguments([g for g in args.actors if g not in settlements], recipients,
                     args.how + "+settlement-acted-upon", args.passive)


def _named_party(g: Group) -> bool:
    """A participant resolved to a country or a known sector, not a bare common noun."""
    return g.country is not None or g.head.sector not in (None, "UNK")


def _agent_like(g: Group) -> bool:
    """A participant that may carry out an attack: no place, no demonym alone, no people
    acted upon (settlers excepted), no news outlet."""
    return not (g.is_demonym_only or _place_group(g) or _news_outlet(g)
                or (g.head.sector in VICTIM_SECTORS and not _attacking_civilians(g)))


def _deciding_body(g: Group) -> bool:
    """A state, government, army or other body, or the demonym of one ("القرار الإسرائيلي")."""
    return g.is_demonym_only or g.head.kind in BODY_KINDS


def _acted_on_only(g: Group) -> bool:
    """What a demanded action protects, moves or reaches (a town or region, civilians, a
    facility) is never the one asked.  A state, government or armed body the action is aimed at
    stays the recipient, as gold codes a demand against someone ("ضرورة محاكمة قادة
    الجيش"، "أوامر اعتقال بحق X")."""
    return not _coercing(g)


WING_APPOSITION_PHRASES = normalised(_WORDS.wing_apposition_phrases)


def without_wing_parents(text: str, groups: list[Group]) -> list[Group]:
    """"قصفت سرايا X، الجناح العسكري لحركة Y، مواقع ...": the movement named after the
    wing's apposition only says whose wing acted; it joins the wing's group, which it
    describes, so it is read neither as the target nor as a party apart from the wing."""
    out: list[Group] = []
    joined = False          # the last group took in a parent, which a bracket gloss may follow
    for g in groups:
        if out and (_wing_parent_after(text, out[-1], g)
                    or joined and _bracket_gloss_after(text, out[-1], g)):
            out[-1] = Group((*out[-1].mentions, *g.mentions))
            joined = True
            continue
        out.append(g)
        joined = False
    return out


def took_in_wing_parent(text: str, group: Group) -> bool:
    """The group names a wing and, after its apposition, the movement it belongs to."""
    return any(_wing_parent_after(text, Group((a,)), Group((b,)))
               for a, b in zip(group.mentions, group.mentions[1:]))


def _bracket_gloss_after(text: str, group: Group, g: Group) -> bool:
    """"لحركة المقاومة الإسلامية (حماس)": the short name in brackets right after a name."""
    return text[group.end:g.start].strip() == "(" and text[g.end:g.end + 1] == ")"


def _wing_parent_after(text: str, wing: Group, parent: Group) -> bool:
    """The words between two groups are a wing's apposition ending in the ل of the second
    (written onto the name, "لحركة"، "لـ\"حماس\"", or inside the mention, "للجبهة")."""
    words = [normalize_string(w).replace("ـ", "") for w in words_between(text, wing.end, parent.start)]
    if words and words[-1] == "ل":
        words = words[:-1]
    elif not parent.mentions[0].text.startswith("ل"):
        return False
    return " ".join(words) in WING_APPOSITION_PHRASES
