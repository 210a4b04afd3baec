"""Sentence structure the coder reads: clauses, word gaps and actor groups.

An actor *group* is one participant: adjacent mentions in apposition ("الرئيس المصري عبد
الفتاح السيسي") collapse into one, the most specific mention standing for it.  Groups
joined by the conjunction و form a *chain* (coordinated participants).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..recognize.actors import SUPRANATIONAL_RULE
from ..records import ActorMention, Sentence
from ..text.normalize import normalize_string
from ..words import CONJUNCTIONS, function_words, without_proclitics

# Parentheses and quotes hold asides and citations inside a clause, so they do not break it.
CLAUSE_BREAK = re.compile(r"[،,;؛:.!?؟]|\s[-–—]\s")
COMMA = re.compile(r"[،,]")
# Vowel marks, shadda and the dagger alef are not \w: without them a vowelled word ("كثّف")
# would fall apart into pieces.
VOWEL_MARKS = "\u064b-\u065f\u0670"
VOWELLED_WORD = re.compile(rf"\w[\w{VOWEL_MARKS}]*")
_UNVOWELLED = re.compile(rf"[{VOWEL_MARKS}]")
# The endings of a nisba adjective in normalised text (إسرائيلي، الأمريكيه، مصريون ...)
NISBA_ENDING = re.compile(r"(ي|يه|يون|يين|يان|يتان|يات)$")
SINCE_WORD = "منذ"          # opens a period: what follows it has no single day
SINCE_WORD_RE = re.compile(rf"(?<!\w)[وف]?{SINCE_WORD}(?!\w)")
# "أن"، "بأن"، "إن" opening a reported clause (not with a pronoun: "أنها" hides the subject)
COMPLEMENTISER = re.compile(r"(?<!\w)[وف]?ب?[أإا]نّ?(?!\w)")
QUOTES = "\"'«»“”"
_QUOTE_PAIRS = (("“", "”"), ("«", "»"))


def quotation_open(before: str) -> bool:
    """A quotation opened in ``before`` (the text of a sentence up to a point) is still
    open there: what follows is quoted speech."""
    return before.count('"') % 2 == 1 or any(before.count(o) > before.count(c) for o, c in _QUOTE_PAIRS)


TATWEEL = "ـ"

# Which mention speaks for a group of mentions in apposition, most specific first.
KIND_RANK = {"person": 0, "organization": 1, "institution": 2, "capital": 3, "country": 4,
             "agent": 5, "demonym": 6, "actor": 7}


PARTITIVE = "من"
# Office nouns (زعيم، المتحدث، مدير ...) and one-word titles, compared in normalised form.
OFFICE_HEADS = frozenset(normalize_string(w) for w in function_words().office_heads)
# Titles of rank or honour (الأمير، الشيخ، اللواء ...): not offices, see _same_titled_person.
HONORIFIC_TITLES = frozenset(normalize_string(w) for w in function_words().honorific_titles)
TITLE_WORDS = OFFICE_HEADS | frozenset(normalize_string(w) for w in function_words().person_titles)
PERSON_TITLE_WORDS = TITLE_WORDS | HONORIFIC_TITLES      # what may open a person's name
# Words that end an office's construct: what follows them is the verb's complement or a
# reported clause, not the office's body or holder (normalised: إلى، على، عن، من، أن).
OFFICE_PHRASE_ENDERS = frozenset({"الي", "علي", "عن", "من", "ان", "بان"})
OFFICE_LOOKBACK = 2          # words before a participant that may hold its office noun
OFFICE_GAP_WORDS = 3         # words of the construct between two of its participants
STATE_KINDS = frozenset({"country", "capital"})
ASIDE_WORDS = 3              # a comma aside this short does not end its clause


@dataclass(frozen=True, slots=True)
class Group:
    """One participant: the mentions that name it and the one that stands for it."""
    mentions: tuple[ActorMention, ...]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end

    @property
    def head(self) -> ActorMention:
        return min(self.mentions, key=lambda m: (KIND_RANK.get(m.kind, 9), m.country is None))

    @property
    def country(self) -> str | None:
        for m in sorted(self.mentions, key=lambda m: KIND_RANK.get(m.kind, 9)):
            if m.country:
                return m.country
        return None

    @property
    def is_demonym_only(self) -> bool:
        return all(m.kind == "demonym" for m in self.mentions)


def unvowelled(word: str) -> str:
    return _UNVOWELLED.sub("", word)


def word_text(m: re.Match[str]) -> str:
    """A matched whole word as the word lists spell it, without its vowel marks."""
    return unvowelled(m.group())


def words_of(text: str) -> list[str]:
    """The whole words of ``text``, without vowel marks."""
    return [unvowelled(w) for w in VOWELLED_WORD.findall(text)]


def words_between(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end], without vowel marks, as the word lists spell them."""
    return [unvowelled(w) for w in VOWELLED_WORD.findall(text[start:end])] if end > start else []


def has_break(text: str, start: int, end: int) -> bool:
    return end > start and CLAUSE_BREAK.search(text, start, end) is not None


def clause_bounds(text: str, sentence: Sentence, pos: int) -> tuple[int, int]:
    """The stretch of the sentence around ``pos`` not crossing punctuation."""
    left = sentence.start
    for m in CLAUSE_BREAK.finditer(text, sentence.start, pos):
        left = m.end()
    right_m = CLAUSE_BREAK.search(text, pos, sentence.end)
    right = right_m.start() if right_m else sentence.end
    return left, right


def clause_start_over_asides(text: str, sentence: Sentence, c_start: int) -> int:
    """"نفذت القوات المسلحة، اليوم الثلاثاء، إنزالات": a short aside between two commas
    does not end the clause its verb opened."""
    while c_start > sentence.start:
        before = text[sentence.start:c_start].rstrip()
        if not before.endswith(("،", ",")):
            break
        opening = max(before.rfind("،", 0, len(before) - 1), before.rfind(",", 0, len(before) - 1))
        if opening < 0 or len(VOWELLED_WORD.findall(before[opening + 1:-1])) > ASIDE_WORDS:
            break
        prev_start, _ = clause_bounds(text, sentence, sentence.start + opening)
        c_start = prev_start
    return c_start


def attached_prefix(text: str, start: int) -> str:
    """The proclitic letters written onto a mention (و of وقطر, ل of لبنان's للبنان ...)."""
    end = start
    while end > 0 and text[end - 1] in QUOTES:     # لـ"جيش" الاحتلال
        end -= 1
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:end].replace(TATWEEL, "")


def written_word_start(text: str, pos: int) -> int:
    """The start of the written word holding ``pos``: over quotes, tatweel and the letters
    written onto a name ("لـ\"رويترز\"" → at ل)."""
    while pos > 0 and (text[pos - 1] in QUOTES or text[pos - 1].isalpha()):
        pos -= 1
    return pos


def build_groups(text: str, mentions: list[ActorMention]) -> list[Group]:
    groups: list[list[ActorMention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if groups:
            gap = text[groups[-1][-1].end:m.start]
            apposition = not gap.strip() and not attached_prefix(text, m.start) \
                and _compatible(groups[-1], m) and not _figure_after_body(text, groups[-1], m)
            if apposition or _affiliation(text, groups[-1], m):
                groups[-1].append(m)
                continue
        groups.append([m])
    return with_office_phrases(text, [Group(tuple(g)) for g in groups])


COUNTERPART_PREFIXES = tuple(function_words().counterpart_nouns)     # "نظيره الروسي فلان"
FIGURE_LEAD_WORDS = frozenset(normalize_string(w) for w in function_words().figure_lead_words)
FIGURE_LOOKBACK = 4          # "مدير الاستخبارات المركزية الأميركية فلان": the title's phrase
BODY_LOOKBACK_CHARS = 60     # enough for the office words before a body (OFFICE_LOOKBACK)


def _figure_after_body(text: str, group: list[ActorMention], m: ActorMention) -> bool:
    """"طالب الوفد الإسرائيلي نتنياهو"، "حث فريق التفاوض الإسرائيلي فلان": a known figure
    named without a title right after a definite body or a demonym is the next constituent,
    not the body's name in apposition.  After an office noun ("المتحدث باسم الجيش فلان"،
    "الرئيس الأمريكي فلان") he holds that office."""
    last = group[-1]
    if m.kind != "person" or m.id is None or titled_person(m) \
            or any(x.kind == "person" for x in group) \
            or last.kind not in ("institution", "demonym") \
            or last.kind == "institution" and not _definite_noun(last):
        return False
    first = group[0]
    lead = text[max(0, first.start - BODY_LOOKBACK_CHARS):first.start]
    lead = re.split(r"[،,.:;؛()\"«»\-]", lead)[-1]     # the phrase, not the clause before it
    words = words_between(lead, 0, len(lead))[-FIGURE_LOOKBACK:] \
        + [w for x in group for w in words_of(x.text)]
    return not any(_figure_lead(w) for w in words)


def _figure_lead(word: str) -> bool:
    """A title, office, counterpart or describing noun, read without و/ف and with لل as ال."""
    bare = normalize_string(word)
    forms = [bare, bare[1:]] if bare[:1] in ("و", "ف") else [bare]
    forms += ["ال" + f[2:] for f in forms if f.startswith("لل")]
    return any(f in TITLE_WORDS or f in FIGURE_LEAD_WORDS or f.startswith(COUNTERPART_PREFIXES)
               for f in forms)


OFFICE_RULE = "office+lam"
OFFICE_PHRASE_WORDS = 4      # "نائب رئيس المكتب السياسي" before the body
OFFICE_BODY_KINDS = frozenset({"organization", "institution"})
LAM_WORDS = frozenset({"ل", "لـ"})


def with_office_phrases(text: str, groups: list[Group]) -> list[Group]:
    """"الأمين العام لحزب ..."، "رئيس المكتب السياسي لحركة ...": an office of a named body
    joined to it by ل is one participant, the office's holder, who speaks and acts for the
    body (its country and sector).  The group then starts at the office noun, so it is read
    as a subject or an object where the office phrase stands, not as a ل-complement."""
    out: list[Group] = []
    for g in groups:
        if out and is_office_phrase(out[-1]) and _holder_named(text, out[-1], g):
            # "رئيس المكتب السياسي لحركة حماس إسماعيل هنية": the holder's name in apposition
            out[-1] = Group((*out[-1].mentions, *g.mentions))
            continue
        if out and is_office_phrase(out[-1]) and _bracket_gloss(text, out[-1], g):
            out[-1] = Group((*out[-1].mentions, *g.mentions))     # "لحركة ... (حماس)"
            continue
        span = _office_phrase_span(text, g, out[-1].end if out else 0)
        if span is None:
            out.append(g)
            continue
        start, end = span
        head = g.head
        office = ActorMention(start, end, text[start:end], None, g.country, head.sector, None,
                              "actor", OFFICE_RULE)
        out.append(Group((office, *g.mentions)))
    return out


def _holder_named(text: str, office: Group, g: Group) -> bool:
    """A person of the office's country named right after it (over its title, a bracket
    gloss of the body or nothing): the one who holds the office."""
    if g.head.kind != "person" or g.country not in (None, office.country):
        return False
    gap = text[office.end:g.start]
    gap = re.sub(r"\([^()]{1,40}\)", " ", gap)
    words = VOWELLED_WORD.findall(gap)
    return not CLAUSE_BREAK.search(gap) and all(normalize_string(w) in TITLE_WORDS for w in words)


def is_office_phrase(g: Group) -> bool:
    return g.mentions[0].rule == OFFICE_RULE


def without_office_phrases(groups: list[Group]) -> list[Group]:
    """The body alone again, for events whose genitive reading needs it (an attack on the
    office holder names the body after ل as the holder's owner)."""
    return [Group(g.mentions[1:]) if is_office_phrase(g) else g for g in groups]


def _bracket_gloss(text: str, office: Group, g: Group) -> bool:
    """``g`` alone fills brackets right after the office phrase's body: another name of it."""
    return text[office.end:g.start].strip() == "(" and text[g.end:].lstrip().startswith(")")


def _office_phrase_span(text: str, g: Group, lo: int) -> tuple[int, int] | None:
    """Where an office phrase joined by ل to the body ``g`` stands, or None: up to
    OFFICE_PHRASE_WORDS words before ``g`` with no break, the first an office noun, the others
    office nouns or definite words (its construct and adjectives: "المكتب السياسي").  The ل
    is written on the body's name, stands alone, or is written on the body's own head noun
    that no lexicon named ("الأمين العام لحركة المبادرة ...")."""
    # the body comes first; the holder's name may follow it in apposition ("لحركة حماس فلان")
    if g.mentions[0].kind not in OFFICE_BODY_KINDS or g.country is None:
        return None
    prefix = attached_prefix(text, g.start)
    lam_written = prefix.lstrip("وف").startswith("ل") or g.mentions[0].text.startswith("لل")
    stretch_end = written_word_start(text, g.start)
    words = list(VOWELLED_WORD.finditer(text, max(lo, stretch_end - 80), stretch_end))
    if not lam_written:
        if not words or not (word_text(words[-1]) in LAM_WORDS or _lam_head_noun(word_text(words[-1]))):
            return None
        words = words[:-1]
    if not words:
        return None
    end = words[-1].end()
    words = words[-OFFICE_PHRASE_WORDS:]
    start: int | None = None
    size = 0
    for k in range(len(words) - 1, -1, -1):
        word = normalize_string(words[k].group())
        if has_break(text, words[k].end(), stretch_end):
            break
        if word in OFFICE_HEADS:
            start, size = words[k].start(), len(words) - k
        elif not word.startswith("ال"):
            break
    # one word alone ("دعم الرئيس لحركة ...") is rather an action noun's agent before its
    # ل-object
    return (start, end) if start is not None and size >= 2 else None


def _lam_head_noun(word: str) -> bool:
    """A noun with ل written on it, not the article's لل ("لحركة"، "لحزب")."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) > 3


def _affiliation(text: str, group: list[ActorMention], m: ActorMention) -> bool:
    """``m`` names the body the participant before it belongs to: "جنود من الشرطة العراقية"،
    "متظاهرون من فلسطينيين"، "طائرة تابعة للقوات الأميركية"، "مسلحون موالون لحركة ...".  A
    country or capital after من is rather where from ("عادوا من لبنان")."""
    if any(x.country for x in group) or m.country is None:
        return False
    prefix = attached_prefix(text, m.start)
    words = words_of(text[group[-1].end:m.start - len(prefix)])
    if words[:1] == [PARTITIVE]:
        words = words[1:]
        if not words:
            return not prefix and m.kind not in STATE_KINDS
    dative = prefix in ("ل", "لل") or (not prefix and m.text.startswith("ل"))
    # words that tie a participant to its body before a ل-prefixed name ("الموالين ل")
    affiliation = function_words().affiliation_words
    if not words and group[-1].text in affiliation:     # "الموالين" read as a mention
        return dative
    return len(words) == 1 and words[0] in affiliation and dative


def _compatible(group: list[ActorMention], m: ActorMention) -> bool:
    countries = {x.country for x in group if x.country}
    if m.kind == "person" and titled_person(m) \
            and any(x.kind in ("organization", "institution") for x in group) \
            and not _same_titled_person(group, m):
        # "دعت لجنة في الكنيست الإسرائيلي رئيس الوزراء فلان": a person named with his own
        # title after a body is the next constituent, not the body's name in apposition
        return False
    if m.kind == "agent" and any(x.kind == "agent" and x.sector and m.sector
                                 and x.sector != m.sector for x in group):
        # "خطف مسلحون مهندسا": two nouns of different kinds of people side by side are the
        # verb's subject and object, not one participant in apposition
        return False
    if _definite_noun(group[-1]) and group[-1].kind == "agent" \
            and m.kind in ("institution", "agent") and _definite_noun(m):
        # "طالب المحتجون الحكومة": a definite noun takes no genitive, so a definite body
        # right after a definite noun of people is the verb's object
        return False
    if m.kind == "person" and titled_person(m, OFFICE_HEADS) and group[-1].kind == "agent" \
            and _closed_definite_phrase(group[-1]):
        # "اتهمت عائلات الأسرى الإسرائيليين رئيس الوزراء فلان": a person with his own office
        # after a definite noun of people is the next constituent; after a bare noun he is
        # its genitive ("عائلة رئيس الوزراء"), and an honour ("الشيخ فلان") names the
        # one before
        return False
    if m.kind == "person" and m.id is not None and _people_of_definite_genitive(group[-1]):
        # "اتهمت عائلات الأسرى فلان": a known figure named right after a noun of people
        # and its definite genitive is the next constituent; after a title in that phrase
        # ("عائلة الرئيس الراحل فلان") he is the title's holder
        return False
    if _closed_definite_phrase(group[-1]) and group[-1].kind == "institution" \
            and m.kind == "institution" and _definite_noun(m):
        # "اتهم الدفاع المدني الاحتلال": a definite body takes no second definite body in
        # apposition; the second is the verb's object
        return False
    if _closed_indefinite_phrase(group[-1]) and m.kind in ("institution", "agent") \
            and (m.text.lstrip("وف").startswith("ال") or _opens_with_office(m)):
        # "طالبت منظمات حقوقية الحكومة"، "نقل سكان محليون الجرحى": a noun of people or
        # bodies with its adjective takes no genitive, so a definite noun after it is the
        # next constituent; a one-word noun ("عناصر الشرطة"), a title ("رئيس أركان الجيش")
        # and a possessor with ل ("آليات عسكرية للاحتلال") stay one participant
        return False
    if group[-1].kind == "institution" and _indefinite_phrase(group[-1]) and m.kind == "agent" \
            and not _opens_with_office(group[-1]) and not titled_person(m, PERSON_TITLE_WORDS):
        # "قصفت طائرات حربية إسرائيلية مدرسة"، "اقتحمت قوة خاصة مستشفى": a force named with
        # its adjectives takes no genitive, so people or a facility after it are the object;
        # an office ("أمير قطر") goes on with its holder's title
        return False
    if _closed_definite_phrase(group[-1]) and m.kind == "agent" and not _definite_noun(m):
        # "اعتقلت الشرطة ناشطا": an indefinite noun of people cannot stand in apposition
        # to a definite one, it is the next constituent
        return False
    if group[-1].kind == "demonym" and not _definite_noun(group[-1]) and _definite_noun(m):
        # "استهدف قصف إسرائيلي المستشفى": an indefinite demonym is the adjective of the noun
        # before it; a definite noun after it is the next constituent, not the same party
        return False
    if _people_after_closed_name(group[-1], m):
        # "اعتقلت الشرطة المتظاهرين"، "استهداف الاحتلال للصحفيين"، "دعت الوزارة في غزة سكان
        # الشمال": a name or a definite body takes no genitive and no plural of people as its
        # adjective, so the people after it are the verb's or the verbal noun's object
        return False
    if m.country is not None and any(SUPRANATIONAL_RULE in x.rule for x in group):
        # "طالبت رابطة الحقوقيين العرب الولايات المتحدة": people of no single state (their
        # country left empty on purpose) take no state in apposition; it is the next constituent
        return False
    return not countries or m.country is None or m.country in countries


PLACE_NAME_KINDS = frozenset({"country", "capital", "place"})
# Names that are definite by themselves: no construct chain goes on after them.
PROPER_NAME_KINDS = PLACE_NAME_KINDS | {"person", "organization"}
COLLECTIVE_PEOPLE = frozenset(normalize_string(w) for w in function_words().collective_people_nouns)
MIN_PLURAL_LETTERS = 4      # fewer letters ending in ون/ين is a function word (بين، الذين)
# A masculine sound plural is of people; one in ات may be of things too ("قوات"، "آليات").
PEOPLE_PLURAL_ENDINGS = ("ون", "ين")
SOUND_PLURAL_ENDINGS = ("ون", "ين", "ات")


def _people_after_closed_name(last: ActorMention, m: ActorMention) -> bool:
    """``m``, a noun of people, is the next constituent after the mention ``last``: after a
    place or a country any noun of people; after a name or a definite body a noun of people
    written with لل (the ل-object of a verbal noun or the one spoken to), or a definite plural
    of people ("المتظاهرين"، "الأهالي"): a body's adjective agrees with it in the singular
    ("الحكومة المتطرفة"), and a title ("الشيخ") names a person.  A construct whose head is
    itself a plural of people ("جنود الاحتلال العائدين") and an office phrase ("الممثل الخاص
    للأمين العام") keep what follows."""
    if m.kind != "agent" or last.kind == "agent" or titled_person(m, PERSON_TITLE_WORDS):
        return False
    if last.kind in PLACE_NAME_KINDS:
        return True
    named = last.kind in PROPER_NAME_KINDS or _closed_definite_phrase(last) \
        or _ends_with_place_name(last)
    if not named or _people_word(_first_word(last), PEOPLE_PLURAL_ENDINGS) or titled_person(last):
        return False
    if m.text.lstrip("وف").startswith("لل"):
        return True
    return _definite_noun(m) and _people_word(_first_word(m), SOUND_PLURAL_ENDINGS)


def _ends_with_place_name(m: ActorMention) -> bool:
    """A role joined to the place after it ("وزارة الصحة في غزة"): it ends with a name."""
    return m.rule.split("+")[-1] in PLACE_NAME_KINDS


def _first_word(m: ActorMention) -> str:
    first = VOWELLED_WORD.search(m.text)
    return normalize_string(first.group()) if first else ""


def _people_word(word: str, endings: tuple[str, ...]) -> bool:
    """A plural or collective of people: a sound plural with one of ``endings`` or a
    collective_people_nouns word, read without و/ف، ل and the article."""
    bare = without_proclitics(word, (CONJUNCTIONS, ("لل", "ال")))
    return bare in COLLECTIVE_PEOPLE \
        or len(bare) >= MIN_PLURAL_LETTERS and bare.endswith(endings)


def _same_titled_person(group: list[ActorMention], m: ActorMention) -> bool:
    """The titled person ``m`` still belongs to the participant before him: a rank or an
    honour after an office of his own country names the office's holder ("ولي العهد
    السعودي الأمير فلان"، "قائد الجيش اللواء فلان"), and a bare indefinite head governs him
    as its genitive ("حكومة رئيس الوزراء فلان"، "إدارة الرئيس فلان")."""
    last = group[-1]
    if len(group) == 1 and last.kind in ("organization", "institution") \
            and len(VOWELLED_WORD.findall(last.text)) == 1 and not _definite_noun(last):
        return True
    first = VOWELLED_WORD.search(m.text)
    honorific = first is not None and normalize_string(first.group()) in HONORIFIC_TITLES
    return honorific and last.kind == "institution" and m.country is not None \
        and m.country in {x.country for x in group}


def _closed_indefinite_phrase(m: ActorMention) -> bool:
    """A noun of people or bodies in several words, none with the article: a noun and its
    adjective (سكان محليون، منظمات حقوقية)."""
    return m.kind in ("agent", "organization") and _indefinite_phrase(m)


def _indefinite_phrase(m: ActorMention) -> bool:
    """A mention in several words, none with the article."""
    words = words_of(m.text)
    return len(words) > 1 and not any(w.lstrip("وف").startswith(("ال", "لل")) for w in words)


def _people_of_definite_genitive(m: ActorMention) -> bool:
    """A noun of people with no article and a definite genitive after it, no title among
    them ("عائلات الأسرى"، "أهالي الجنود")."""
    words = words_of(m.text)
    return m.kind == "agent" and len(words) > 1 and not _definite_noun(m) \
        and words[-1].startswith("ال") \
        and not any(normalize_string(w) in TITLE_WORDS for w in words)


def _opens_with_office(m: ActorMention) -> bool:
    """"رئيس الحكومة"، "وزير الدفاع": an office title with no article."""
    first = VOWELLED_WORD.search(m.text)
    return first is not None and normalize_string(first.group()) in OFFICE_HEADS


def _definite_noun(m: ActorMention) -> bool:
    return m.text.lstrip("وف").startswith(("ال", "لل"))


def _closed_definite_phrase(m: ActorMention) -> bool:
    """A definite noun ("المحتجون") or a construct whose last word has the article ("نقابة
    الأطباء"، "المحتجزين الإسرائيليين"): no further genitive can follow it."""
    words = words_of(m.text)
    return _definite_noun(m) or len(words) > 1 and words[-1].startswith("ال")


def coordinated(text: str, a: Group, b: Group) -> bool:
    """b continues a coordination with a: only 'و' (and white space) stands between, or b
    leads a ("بقيادة")."""
    gap = text[a.end:b.start]
    if gap.strip() in ("", "و", "،", ","):
        return gap.strip() != "" or attached_prefix(text, b.start).startswith("و")
    # "قوات التحالف بقيادة أميركية"، "التحالف الذي تقوده السعودية": the leader stands on
    # the side of the forces it leads.
    return " ".join(gap.split()) in function_words().led_by


def chain_from(text: str, groups: list[Group], first: int) -> list[Group]:
    """The group at index ``first`` and the groups coordinated with it."""
    chain = [groups[first]]
    for g in groups[first + 1:]:
        if coordinated(text, chain[-1], g):
            chain.append(g)
        else:
            break
    return chain


def titled_person(m: ActorMention, titles: frozenset[str] = TITLE_WORDS) -> bool:
    """A person's mention that opens with his own office or title ("رئيس الوزراء فلان"),
    one of ``titles``."""
    first = VOWELLED_WORD.search(m.text)
    return first is not None and normalize_string(first.group()) in titles


def _opens_office(text: str, g: Group, lo: int) -> bool:
    """An office noun stands in the group's first word or in the words just before it."""
    lead = words_between(text, lo, g.start)[-OFFICE_LOOKBACK:] + words_of(text[g.start:g.end])[:1]
    return any(normalize_string(w) in OFFICE_HEADS for w in lead)


def office_holder(text: str, groups: list[Group], i: int, lo: int) -> int | None:
    """"دعا زعيم حزب العمل الإسرائيلي، فلان الفلاني، إلى"، "ناشد المتحدث باسم المنظمة":
    a participant without a country inside the construct of an office noun names the
    office, not who holds it.  The index of the group standing for the phrase: the person
    named after it (not one with a title of his own), else the first body with a country
    it belongs to; None when the construct names neither (``lo``: where the phrase may
    start, the verb's end or the clause's start)."""
    g = groups[i]
    if g.country is not None or g.head.kind == "person" or not _opens_office(text, g, lo):
        return None
    body: int | None = None
    prev = g
    for j in range(i + 1, len(groups)):
        nxt = groups[j]
        gap_text = text[prev.end:nxt.start]
        gap = VOWELLED_WORD.findall(gap_text)
        if len(gap) > OFFICE_GAP_WORDS or any(normalize_string(w) in OFFICE_PHRASE_ENDERS for w in gap):
            break
        if nxt.head.kind == "person":
            if CLAUSE_BREAK.search(gap_text) and gap:
                break       # only a bare comma of apposition before the holder's name
            return body if titled_person(nxt.head) else j
        if CLAUSE_BREAK.search(gap_text) or nxt.country is None or nxt.head.kind == "place":
            break
        if body is None:
            body = j
        prev = nxt
    return body


def office_chain(text: str, groups: list[Group], i: int, lo: int) -> list[Group]:
    """The chain from group ``i``, or from the holder or body of the office it names when
    it is an office without a country ("بملاحقة الرئيس الجديد للحركة فلان": فلان); see
    office_holder."""
    holder = office_holder(text, groups, i, lo)
    return chain_from(text, groups, i if holder is None else holder)


MASCULINE_COUNTRIES = frozenset(normalize_string(w) for w in function_words().masculine_country_names)
MASCULINE_HEADS = frozenset(normalize_string(w) for w in function_words().masculine_singular_heads)
STATE_OR_TOWN_KINDS = frozenset({"country", "capital", "city", "place"})


def group_gender(text: str, g: Group) -> str | None:
    """The gender a singular participant asks of a verb before it, "fem" or "masc", from its
    first word: a listed masculine country (لبنان، العراق) or head noun (مجلس، المجتمع،
    وزير), a singular noun ending in ة (وزارة، الحكومة), a plural in ات of things (قوات),
    other countries and towns feminine.  None when its spelling does not tell (a person's
    name, a broken plural, a demonym)."""
    first = VOWELLED_WORD.match(text, g.start)
    if first is None or g.is_demonym_only:
        return None
    word = word_text(first)
    normal = normalize_string(word)
    bare = normal[2:] if normal.startswith("ال") and len(normal) > 4 else normal
    if normal in MASCULINE_COUNTRIES:
        return "masc"
    if word.endswith("ة") or (word.endswith("ات") and g.head.kind != "person"):
        return "fem"
    if bare in MASCULINE_HEADS or normal in MASCULINE_HEADS:
        return "masc"
    return "fem" if g.head.kind in STATE_OR_TOWN_KINDS else None
