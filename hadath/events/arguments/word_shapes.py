"""Tests on the shape of single words and groups: numbers, nisba adjectives, construct heads,
clitics and verb spellings.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from ...text.normalize import normalize_string
from ...words import alternation, function_words, normalised, without_proclitics
from ..structure import (
    NISBA_ENDING,
    TITLE_WORDS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    group_gender,
    unvowelled,
    word_text,
    words_between,
)
from .vocabulary import (
    _NEXT_WORD,
    ADJUNCT_WORDS,
    ATTACK_TARGET_PREPOSITIONS,
    CASUALTY_NOUN_WORDS,
    CIRCUMSTANCE_WORDS,
    CLAUSE_OPENERS,
    COMPLEMENT_WORDS,
    COUNTERPART_NOUNS,
    FIRED_NOUNS,
    INSTRUMENT_NOUNS,
    LOCATIVE_WORDS,
    OBJECT_PRONOUN,
    OTHER_PREPOSITIONS,
    PHRASE_STOPS,
    POSSESSIVE_SUFFIXES,
    TARGET_PREPOSITIONS,
    TIME_WORDS,
    VERB_PARTICLES,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

RELEASE_OBJECT_MARKERS = _WORDS.release_object_markers

PERSON_ENDINGS = ("", *_WORDS.person_endings)

QUANTITY_WORDS = _WORDS.quantity_words

# Cardinal number words as written before a counted noun (خمسة مسلحين، ثلاث نساء).
NUMBER_WORDS = _WORDS.number_words

# A particle carrying the subject pronoun ("إنها ترفض"، "لكنه يدعم") or a bare pronoun: the
# verb after it has that pronoun as subject, so a group after the verb is its object.
PRONOUN_SUBJECT = re.compile(rf"^[وف]?(?:{alternation(_WORDS.pronoun_subject_particles)}"
                             rf"(?:ه|ها|هم|هما|هن|نا|ني)|{alternation(_WORDS.subject_pronouns)})$")

SEGMENT_MARKS = "،,;؛:.!?؟"

# The first letters of derived verbal nouns after the proclitic (بمعاقبة، بتسليم، بإرسال،
# لاعتقال، باستئناف); a bare three-letter stem is a simple verbal noun (بوقف، بمنع، لفرض).
DERIVED_NOUN_STARTS = _WORDS.derived_noun_starts


def _proclitic(text: str, g: Group) -> str:
    """The proclitics on a participant's first word, also when the mention was read with its
    preposition ("للجيش" matched whole): ل before the article is never part of a name.
    "استهدف دورية للجيش" then reads the army as the owner of the target, not the subject."""
    prefix = attached_prefix(text, g.start)
    return prefix + "ل" if g.mentions[0].text.startswith("لل") else prefix


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


def _segment_start(text: str, end: int) -> int:
    """Just after the last punctuation mark before ``end`` (0 when there is none)."""
    i = end
    while i > 0 and text[i - 1] not in SEGMENT_MARKS:
        i -= 1
    return i


def _possessed(text: str, t_start: int, t_end: int) -> bool:
    """The action noun carries a possessive pronoun ("لقائه"، "زيارتها"): the pronoun is
    its agent."""
    words = text[t_start:t_end].split()
    word = words[0] if words else ""
    if word.endswith(("ها", "هم", "هما")):
        return len(word) > 4
    return word.endswith("ه") and len(word) > 3 and word[-2] not in "يا"


# The passive's damma on one of a past verb's first three letters: فُعل، أُفعل، افتُعل، استُفعل.
PASSIVE_DAMMA = re.compile(r"^(?:[^\W\d_][\u064b-\u065f\u0670]*){0,2}[^\W\d_]\u0651?\u064f")


def marked_passive_verb(trigger_text: str) -> bool:
    """"اتُّهم"، "أُغلق"، "طُلب": a past verb written with the passive's vowel (an active past
    verb has a damma only in its endings)."""
    word = trigger_text.split()[0] if trigger_text.split() else ""
    if word[:1] in ("و", "ف") and len(word) > 4:
        word = word[1:]
    return PASSIVE_DAMMA.match(word) is not None


def _is_nisba(word: str) -> bool:
    return NISBA_ENDING.search(word.replace("ة", "ه")) is not None


# "عائلته"، "والدتها"، "محاميه": kept without ة, as the noun is written before its pronoun
KIN_NOUNS = normalised(_WORDS.kin_nouns)


def kin_with_pronoun(word: str) -> bool:
    """A noun of a person's family or counsel carrying a possessive pronoun ("عائلته"،
    "أسرتها"، "ذويهم"، "محاميه")."""
    return any(word.endswith(suffix) and normalize_string(word[:-len(suffix)]) in KIN_NOUNS
               for suffix in POSSESSIVE_SUFFIXES)


def definite_title(word: str) -> bool:
    """A title with the article, masculine or in its feminine form ("المتحدث"، "النائبة")."""
    bare = normalize_string(word)
    return bare.startswith("ال") and (bare in TITLE_WORDS
                                     or bare.endswith("ه") and bare[:-1] in TITLE_WORDS)


def name_like(word: str) -> bool:
    """A word that may open a person's name no lexicon knows: no article, no proclitic ب or
    ل ("باسم"، "لشؤون"), no counterpart noun ("نظيره"), and no number, title, particle,
    preposition, time or place word.  A nisba ending is allowed: "سامي"، "هاني"."""
    bare = normalize_string(word)
    return len(word) >= 3 and not word.startswith(("ال", "ب", "ل")) and not _is_number(word) \
        and bare not in TITLE_WORDS and not bare.startswith(COUNTERPART_NOUNS) \
        and word not in TIME_WORDS and word not in VERB_PARTICLES \
        and word not in TARGET_PREPOSITIONS and word not in OTHER_PREPOSITIONS \
        and word not in COMPLEMENT_WORDS and word not in CLAUSE_OPENERS \
        and word not in ADJUNCT_WORDS and word not in LOCATIVE_WORDS


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


def _is_number(word: str) -> bool:
    return word.isdigit() or word in QUANTITY_WORDS or word in NUMBER_WORDS


def verb_person(trigger_text: str, form: str) -> str:
    """The person and gender a verb's spelling shows ("fem", "masc", "plural"): a verb joined
    by و shares the subject of the verb before it only when they agree ("هاجم المقاتلون
    الثكنة وقصفت طائرات البلدة" has two subjects)."""
    words = trigger_text.split()
    word = words[0].lstrip("وف") if words else ""
    bare = _without_object_pronoun(word)
    if form == "past" and bare != word and bare.endswith("و"):
        return "plural"     # اتهموه: the alef of وا falls before the pronoun
    word = bare
    if form == "present":
        return "plural" if word.endswith("ون") else "fem" if word.startswith("ت") else "masc"
    return "plural" if word.endswith("وا") else "fem" if word.endswith("ت") else "masc"


def _without_object_pronoun(verb: str) -> str:
    """The verb without the object pronoun written on it, whose ending then tells the person
    ("حمّلته"، "هددتهم": ت, a feminine subject; "يتهمونه": a plural one).  A word opening with
    إ is a verbal noun read as a verb ("إصابتهم"): its ت is the noun's ة, so it is kept whole."""
    m = OBJECT_PRONOUN.search(verb)
    if m is None or verb.startswith("إ") or not _object_pronoun_on(verb):
        return verb
    return verb[: m.start()]


PRONOUN_PERSONS = {"ه": "masc", "ها": "fem", "هم": "plural"}


def object_pronoun_person(trigger_text: str) -> str | None:
    """Whom the object pronoun on a one-word verb stands for: "masc" (ه), "fem" (ها) or
    "plural" (هم); None without one, for the dual (هما: two parties the groups do not show)
    and for a verbal noun read as a verb ("إصابته")."""
    words = trigger_text.split()
    if len(words) != 1:
        return None
    word = words[0]
    bare = _without_object_pronoun(word)
    return PRONOUN_PERSONS.get(word[len(bare):]) if bare != word else None


def agrees_with_object_pronoun(text: str, g: Group, person: str) -> bool:
    """The participant can be what an object pronoun of ``person`` refers to: هم a plural
    ("المستوطنين"، "عائلات")، ها a feminine or a plural of things ("الحكومة"، "إسرائيل"،
    "قوات")، ه a singular that is not feminine ("الوزير"، a person's name) and no people noun,
    whose broken plural the spelling does not show ("الوسطاء")."""
    gender = group_gender(text, g)
    # a person's name is one person, whatever its ending ("بنيامين")
    plural = g.head.kind != "person" and _plural_noun(text, g)
    if person == "plural":
        return plural
    if person == "fem":
        return gender == "fem"
    return g.head.kind != "agent" and not plural and gender != "fem"


def _nominative_plural(text: str, g: Group) -> bool:
    """"وهاجم مسلحون القاعدة": a people noun in the nominative plural (-ون; its object
    form ends in -ين) is the subject."""
    first = VOWELLED_WORD.match(text, g.start)
    return g.head.kind == "agent" and first is not None and word_text(first).endswith("ون")


def _plain_verb_form(word: str, form: str) -> bool:
    """The word may be a verb of the tense ``form``: no article, no particle or preposition,
    and a present verb opens with its person prefix."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word    # وصل، فتح: root
    if len(bare) < 3 or bare.startswith("ال") or bare in CLAUSE_OPENERS or bare in ADJUNCT_WORDS \
            or bare in LOCATIVE_WORDS or bare in TARGET_PREPOSITIONS or bare in COMPLEMENT_WORDS:
        return False
    return form != "present" or bare.startswith(("ي", "ت"))


def _noun_complement(gap_words: list[str]) -> bool:
    """Between a verb and a participant stands a verbal noun with ب/ل ("طالب بالإفراج عن")
    or a preposition, a noun and another preposition ("دعا إلى الإفراج عن"); the verb's
    own preposition alone ("اعتدى على المصلين") leaves the participant the verb's, and so
    does a weapon with ب alone ("قصفت السرايا بالمدافع آليات"), an adjunct of the verb."""
    words = [w for w in gap_words if w not in TIME_WORDS]
    if instrument_phrase(words):
        return False
    return any(w.startswith(("بال", "لل")) for w in words) \
        or (len(words) >= 3 and words[0] in COMPLEMENT_WORDS and words[-1] in COMPLEMENT_WORDS)


def _instrument_word(word: str) -> bool:
    """A weapon or its fire written with ب, bare or with the article ("بالمدافع"،
    "بالرصاص"، "بصواريخ"): the act's instrument, no verbal noun."""
    bare = word[1:] if word[:1] in ("و", "ف") else word
    if not bare.startswith("ب"):
        return False
    stem = normalize_string(bare[1:])
    stem = stem[2:] if stem.startswith("ال") else stem
    return stem in INSTRUMENT_NOUNS or stem in FIRED_NOUNS


def instrument_phrase(words: list[str]) -> bool:
    """The words are a weapon with ب and only its adjectives or joined weapons, all definite
    ("بالرصاص الحي"، "بالمدافع"، "بالمسيرات والصواريخ"): nothing else, such as a clause
    opener or a verb, stands in them."""
    return bool(words) and _instrument_word(words[0]) \
        and all(w.startswith(("ال", "وال")) or _instrument_word(w) for w in words[1:])


def _prepositional_verbal_noun(word: str) -> bool:
    """An indefinite derived verbal noun written with ب or ل ("طالب نواب بمعاقبة ..."،
    "لتقديم"، "باستخدام"): the verb's complement, so a participant right after it is the
    noun's genitive.  Nouns whose ب/ل is a root letter (بلدية، لجنة، بناء) have no derived
    start after it."""
    if word[:1] not in ("ب", "ل") or word.startswith(("بال", "لل")):
        return False
    stem = word[1:]
    return len(stem) >= 4 and stem.startswith(DERIVED_NOUN_STARTS)


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


def spells_passive(key: str, passive_stems: frozenset[str]) -> bool:
    """The trigger word is a past form of a verb whose vowelless spelling is also its
    passive: the stem (قتل، اعتقل) with a person ending (قتلت، قتلوا، قتلا)."""
    return any(key == stem + ending for stem in passive_stems for ending in PERSON_ENDINGS)


def _in_class(word: str, words: Collection[str]) -> bool:
    """The word is one of ``words``, bare or with one proclitic letter (و، ف، ب، ل)."""
    return word in words or (word[:1] in ("و", "ف", "ب", "ل") and word[1:] in words)


# The endings of a sound plural: masculine -ون/-ين, feminine or of things -ات.
SOUND_PLURAL_ENDINGS = ("ون", "ين", "ات")


def spelled_plural(word: str) -> bool:
    """The word ends as a sound plural ("المحتجون"، "الحوثيين"، "عائلات"), so no singular
    pronoun refers to it; a broken plural ("الوسطاء"، "سكان") does not show in the spelling.
    Each pronoun-agreement test reads it on the word it trusts: ``_plural_noun`` on the head
    mention, the coercion readers on the participant's first word."""
    return word.endswith(SOUND_PLURAL_ENDINGS)


def _plural_noun(text: str, g: Group) -> bool:
    """The participant is written in the plural ("المحتجون"، "الحوثيين"، "عائلات") or counted
    ("آلاف المتظاهرين")."""
    word = g.head.text.split()[0] if g.head.text.split() else ""
    before = words_between(text, max(0, g.start - 20), g.start)[-1:]
    return spelled_plural(word) or (bool(before) and _is_number(before[0]))


PLURAL_PAST_MIN_LETTERS = 4


def _plural_verb(trigger_text: str) -> bool:
    """A past or present verb with a plural ending (طالبوا، يطالبون، دعوا)."""
    words = trigger_text.split()
    word = words[0] if words else ""
    # a defective or doubled past verb has four letters with its ending ("دعوا"، "حثوا")
    return len(word) > 4 and word.endswith(("وا", "ون")) \
        or len(word) == PLURAL_PAST_MIN_LETTERS and word.endswith("وا")


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


def _definite(text: str, start: int, word: str) -> bool:
    return word.startswith("ال") or attached_prefix(text, start).endswith(("ال", "لل"))


def _casualty_noun(word: str) -> bool:
    """"مقتل"، "باستشهاد"، "وإصابة": a noun of being killed, hurt or taken."""
    return any(word[len(p):] in CASUALTY_NOUN_WORDS
               for p in ("", "و", "ف", "ب", "وب", "فب", "ل", "ول"))


OBJECT_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "نا", "كم")


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


def fired_by_owner(word: str) -> bool:
    """"رصاص المستوطنين"، "بنيران الجيش": what is fired belongs to whoever fired it, so the
    genitive of these nouns is the agent, whoever it names."""
    # a slot per clitic, so "وف" loses both letters
    return without_proclitics(word, (("و",), ("ف",), ("ب",), ("ال",))) in FIRED_NOUNS
