"""Casualty counts: which number counts the killed, injured or arrested of an event.

A count is a number next to a casualty word ("مقتل 9", "40 شهيدا", "ارتفع عدد الشهداء إلى
40005"), a dual noun ("شهيدين" = 2), or a single person named right after a casualty word
("استشهاد طفل" = 1, "مقتل أحد جنودها" = 1), or the object of an active verb past its
subject ("اعتقلت الشرطة شابا" = 1, "أصاب الجنود طفلين" = 2).  Numbers of other things
(days, trucks, ages, money) are not casualties.  Words live in ``data/casualty_counts.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..kb import dual_stem
from ..recognize.numbers import numbers_outside_times
from ..records import (
    COUNT_KINDS,
    DAY_PRECISIONS,
    Count,
    Event,
    NumberMention,
    Sentence,
    Span,
    TimeMention,
)
from ..resources import load_json, require
from ..text.layer import TextLayer
from ..text.matcher import LexiconMatcher, Match
from ..text.normalize import normalize, normalize_string
from ..words import alternation, function_words
from .structure import (
    CLAUSE_BREAK,
    SINCE_WORD_RE,
    VOWEL_MARKS,
    VOWELLED_WORD,
    clause_bounds,
    words_of,
)

# Counts belong to violent or coercive events; other types never carry casualty figures.
COUNT_TYPES = {"killed": ("ASSAULT",), "injured": ("ASSAULT",), "arrested": ("COERCE", "ASSAULT")}
CUE_TO_NUMBER_WORDS = 3     # "مقتل 9", "إصابة نحو 2800", "ارتفع عدد الشهداء إلى 40005"
NUMBER_TO_CUE_WORDS = 2     # "40 شهيدا", "9 أشخاص قتلى"
AT_LEAST_WORDS = 2          # "مقتل 37 شخصا على الأقل": the bound follows the counted noun
PERSON_AFTER_CUE_WORDS = 0  # "استشهاد طفل": the person follows the casualty word directly
PERSON_BEFORE_CUE_WORDS = 1  # "الجندي الذي قتل", "شخصين قتلا"
OBJECT_AFTER_CUE_WORDS = 3  # "اعتقلت قوات الاحتلال شابا": the verb's subject stands between
MIXED_AFTER_NUMBER_WORDS = 2  # "عشرات الضحايا بين قتيل وجريح"
PERIOD_AFTER_COUNT_WORDS = 3  # "قتل 50 صحفيا حول العالم خلال عام"
WAR_ADJECTIVES = 1           # "الحرب الإسرائيلية التي أسفرت عن"
WAR_TO_PERIOD_WORDS = 2      # "الحرب المستمرة منذ 11 شهرا": the war's age, not a toll's period
TOLL_HEAD_WORDS = 1          # "عدد الجنود القتلى": one noun between the head and the casualty word
TOLL_TO_REACH_WORDS = 10     # "عدد القتلى في أحياء المدينة منذ بدء الهجوم على المخيم إلى 70"
TOLL_TO_CAUSE_WORDS = 3      # "عدد الشهداء منذ بداية العدوان": the attack a toll counts the dead of


@dataclass(frozen=True, slots=True)
class CountMention:
    kind: str                  # killed | injured | arrested
    count: Count
    anchor: int                # offset used to find the nearest event
    segment: tuple[int, int] | None = None   # the stretch reporting the same fact
    # Where the clause of an undated period ("تشهد هجمات منذ 15 عاما") told before this
    # count starts: the toll is the period's, not that of a fact in an earlier clause.
    period_clause: int | None = None
    # For a count of bodies ("انتشال 7 جثث"): where the body noun starts, so that an event
    # whose trigger governs it directly ("احتجزت جثامين 5") does not take it as its dead.
    body: int | None = None


def _placed(c: CountMention, segment: tuple[int, int], period_clause: int | None) -> CountMention:
    return CountMention(c.kind, c.count, c.anchor, segment, period_clause, c.body)


@dataclass(frozen=True, slots=True)
class CountWords:
    extra_cues: LexiconMatcher[str]      # casualty words: value = kind
    dual: LexiconMatcher[str]            # dual casualty nouns: value = kind
    persons: LexiconMatcher[int]         # person nouns: value = how many (1 or 2)
    # indefinite person nouns marked as objects (شابا، طفلة، شابين): value = how many
    objects: LexiconMatcher[int]
    # "والدهما"، "نجله"، "مراسلها": one person, after killing or wounding
    kin: LexiconMatcher[int]
    one: LexiconMatcher[int]
    at_least: LexiconMatcher[str]
    not_counted: LexiconMatcher[str]
    segment_breaks: LexiconMatcher[str]
    other_outcomes: LexiconMatcher[str]
    mixed: LexiconMatcher[str]           # "بين قتيل وجريح": killed and wounded together
    war_nouns: LexiconMatcher[str]
    toll_links: LexiconMatcher[str]
    toll_heads: LexiconMatcher[str]      # "عدد"، "حصيلة" right before a casualty word
    toll_reach: LexiconMatcher[str]      # "إلى"، "بلغ": the toll's number follows
    toll_causes: LexiconMatcher[str]     # "العدوان"، "حرب الإبادة": what a toll counts the dead of
    period_openers: LexiconMatcher[str]
    period_units: LexiconMatcher[int]    # value: days per unit
    period_min_days: int
    since_min_days: int
    subset_pronouns: LexiconMatcher[str]   # "بينهم 4 أطفال": part of a total
    subset_before_cue: LexiconMatcher[str]  # "من بين القتلى طبيب"
    body_nouns: LexiconMatcher[str]
    body_breaks: LexiconMatcher[str]
    detainees: LexiconMatcher[str]
    one_person_nouns: frozenset[str] = frozenset()   # "قبل استشهاده": one person killed
    # "شهيد"، "جريح": a casualty word that is itself one person
    singular_casualties: frozenset[str] = frozenset()
    one_person_suffixes: tuple[str, ...] = ()
    # "في حين"، "رداً على": open another fact even without a comma before them
    fact_openers: LexiconMatcher[str] = field(default_factory=LexiconMatcher)
    answered_fact_openers: LexiconMatcher[str] = field(default_factory=LexiconMatcher)
    earlier_fact_links: frozenset[str] = frozenset()     # "بعد ساعات من"، "بعد يوم شهد"
    short_lengths: LexiconMatcher[str] = field(default_factory=LexiconMatcher)   # "ساعات"
    # "في"، "على": a word of place or time between a counted person and a person joined by
    # و after it tells another fact, not a longer list of the same victims
    conjunct_gap_stops: frozenset[str] = frozenset()
    # "وأصيب آخر"، "وأصيب آخران": one or two more victims: value = how many
    another: LexiconMatcher[int] = field(default_factory=LexiconMatcher)
    # "اليوم"، "فجر": words of time left out of the gap between a verb and its number
    gap_time_words: frozenset[str] = frozenset()


def validate_count_words(data: Any) -> dict[str, Any]:
    where = "casualty_counts.json"
    require(isinstance(data, dict), where, "must be an object")
    for key in ("extra_cues", "dual"):
        require(isinstance(data.get(key), dict) and set(data[key]) <= set(COUNT_KINDS), where,
                f"{key} maps killed/injured/arrested to word lists")
        for words in data[key].values():
            require(isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words),
                    where, f"{key} lists hold non-empty strings")
    for key in ("dual_persons", "singular", "singular_without_dual", "one", "at_least_after",
                "not_counted", "segment_breaks", "other_outcomes", "mixed_casualties", "war_nouns",
                "toll_links", "toll_heads", "toll_reach", "toll_causes", "period_openers",
                "subset_pronouns", "subset_before_cue", "body_nouns", "body_breaks",
                "detainee_nouns", "one_person_nouns", "one_person_suffixes", "kin_singular",
                "singular_casualty_nouns", "fact_openers", "answered_fact_openers",
                "earlier_fact_links", "short_lengths", "conjunct_gap_stops", "another_one",
                "another_two", "gap_time_words"):
        require(isinstance(data.get(key), list)
                and all(isinstance(w, str) and w.strip() for w in data[key]),
                where, f"{key} must be a list of non-empty strings")
    units = data.get("period_units")
    require(isinstance(units, dict) and all(k.isdigit() and int(k) > 0 for k in units), where,
            "period_units maps a positive number of days to word lists")
    for words in units.values():
        require(isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words),
                where, "period_units lists hold non-empty strings")
    for key in ("period_min_days", "since_min_days"):
        require(isinstance(data.get(key), int) and data[key] > 0, where, f"{key} must be a positive integer")
    return data


def build_count_words(data: dict[str, Any]) -> CountWords:
    def by_kind(table: dict[str, list[str]]) -> LexiconMatcher[str]:
        m: LexiconMatcher[str] = LexiconMatcher()
        for kind, words in table.items():
            for w in words:
                m.add(w, kind, article_ok=True, enclitics_ok=True)
        return m

    def plain(words: list[str], value, *, article_ok: bool = False) -> LexiconMatcher:
        m: LexiconMatcher = LexiconMatcher()
        for w in words:
            m.add(w, value, article_ok=article_ok)
        return m

    persons: LexiconMatcher[int] = LexiconMatcher()
    objects: LexiconMatcher[int] = LexiconMatcher()
    for w in data["singular_casualty_nouns"]:
        persons.add(w, 1)
    for w in data["singular"]:
        persons.add(w, 1, article_ok=True)
        accusative = _accusative(w)
        if accusative != w:
            persons.add(accusative, 1)
        if accusative != w or w.endswith("ة"):
            objects.add(accusative, 1)
    casualty_duals = {normalize_string(w) for words in data["dual"].values() for w in words}
    listed_duals = [(w, w.split()[0].endswith("ين")) for w in data["dual_persons"]]
    without_dual = set(data["singular_without_dual"])
    generated = [d for w in data["singular"] if w not in without_dual for d in _duals(w)
                 if normalize_string(d[0]) not in casualty_duals]
    for w, oblique in dict(listed_duals + generated).items():
        persons.add(w, 2, article_ok=True)
        if oblique:
            objects.add(w, 2)
    kin: LexiconMatcher[int] = LexiconMatcher()
    for w in data["kin_singular"]:
        kin.add(w, 1, article_ok=True, enclitics_ok=True)
    # "اغتيال مراسلها"، "إصابة سائقه": a singular person noun with a possessive pronoun is
    # one person, like a kin noun
    for w in data["singular"]:
        kin.add(w, 1, enclitics_ok=True)
    # a final ة is written ت before the pronoun: "والدته"، "طفلتهما"
    for w in data["kin_singular"] + data["singular"]:
        if w.endswith("ة"):
            kin.add(w[:-1] + "ت", 1, enclitics_ok=True)
    another: LexiconMatcher[int] = LexiconMatcher()
    for how_many, key in ((1, "another_one"), (2, "another_two")):
        for w in data[key]:
            another.add(w, how_many)
    return CountWords(
        extra_cues=by_kind(data["extra_cues"]), dual=by_kind(data["dual"]), persons=persons,
        objects=objects, kin=kin,
        one=plain(data["one"], 1), at_least=plain(data["at_least_after"], "at-least"),
        not_counted=plain(data["not_counted"], "unit", article_ok=True),
        segment_breaks=plain(data["segment_breaks"], "break"),
        other_outcomes=plain(data["other_outcomes"], "outcome", article_ok=True),
        mixed=plain(data["mixed_casualties"], "mixed"),
        war_nouns=plain(data["war_nouns"], "war", article_ok=True),
        toll_links=plain(data["toll_links"], "link"),
        toll_heads=plain(data["toll_heads"], "toll"),
        toll_reach=plain(data["toll_reach"], "reach"),
        toll_causes=plain(data["toll_causes"], "cause", article_ok=True),
        period_openers=plain(data["period_openers"], "period"),
        period_units=_units(data["period_units"]),
        period_min_days=data["period_min_days"], since_min_days=data["since_min_days"],
        subset_pronouns=plain(data["subset_pronouns"], "subset"),
        subset_before_cue=plain(data["subset_before_cue"], "subset"),
        body_nouns=plain(data["body_nouns"], "body", article_ok=True),
        body_breaks=plain(data["body_breaks"], "break"),
        detainees=plain(data["detainee_nouns"], "detainee", article_ok=True),
        one_person_nouns=frozenset(normalize_string(w) for w in data["one_person_nouns"]),
        one_person_suffixes=tuple(data["one_person_suffixes"]),
        singular_casualties=frozenset(normalize_string(w) for w in data["singular_casualty_nouns"]),
        fact_openers=plain(data["fact_openers"], "opener"),
        answered_fact_openers=plain(data["answered_fact_openers"], "answered"),
        earlier_fact_links=frozenset(normalize_string(w) for w in data["earlier_fact_links"]),
        short_lengths=plain(data["short_lengths"], "length"),
        conjunct_gap_stops=frozenset(normalize_string(w) for w in data["conjunct_gap_stops"]),
        another=another,
        gap_time_words=frozenset(normalize_string(w) for w in data["gap_time_words"]),
    )


def _accusative(singular: str) -> str:
    """The indefinite accusative of a masculine singular noun (شاب -> شابا، جندي -> جنديا);
    feminine ة and final ى (فتاة، فتى) are written alike in every case."""
    return singular if singular.endswith(("ة", "ى", "ا")) else singular + "ا"


def _duals(singular: str) -> list[tuple[str, bool]]:
    """The unambiguous duals of a singular person noun, each with whether it is the oblique
    (object) form: شاب -> شابان; طفلة -> طفلتان, طفلتين.  A masculine -ين is left to the
    listed words (مسعفين is also the plural), and so is a final ى (فتيان is a plural)."""
    if singular.endswith("ى"):
        return []
    stem = dual_stem(singular)
    if singular.endswith("ة"):
        return [(stem + "ان", False), (stem + "ين", True)]
    return [(stem + "ان", False)]


def _units(table: dict[str, list[str]]) -> LexiconMatcher[int]:
    m: LexiconMatcher[int] = LexiconMatcher()
    for days, words in table.items():
        for w in words:
            m.add(w, int(days), article_ok=True)
    return m


@lru_cache(maxsize=1)
def default_count_words() -> CountWords:
    return build_count_words(validate_count_words(load_json("casualty_counts.json")))


# ---------------------------------------------------------------- helpers

def _usable(n: NumberMention) -> bool:
    return not n.ordinal and not (n.min is None and n.max is None)


def _gap_ok(text: str, start: int, end: int, max_words: int) -> bool:
    if end < start:
        return False
    between = text[start:end]
    return not CLAUSE_BREAK.search(between) and len(VOWELLED_WORD.findall(between)) <= max_words


# "إصابة 4.357": people are counted in whole numbers, so a dot before groups of three
# digits separates thousands
THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _people_number(n: NumberMention) -> NumberMention:
    if n.min is None or float(n.min).is_integer() or not THOUSANDS_DOTS.fullmatch(n.text.strip()):
        return n
    whole = int(n.text.strip().replace(".", ""))
    return replace(n, value=whole, min=whole, max=whole if n.max is not None else None)


def _in(sentence: Sentence, m) -> bool:
    return sentence.start <= m.start and m.end <= sentence.end


def _coordinated(text: str, first: Match[str], second: Match[str]) -> bool:
    """'قتل وأصاب عشرات': two casualty words joined by و share the number after them."""
    return first.end <= second.word_start and text[first.end:second.word_start].strip() == "" \
        and second.prefix.startswith("و")


def _counts_other_things(n: NumberMention, units: list[Match[str]], text: str) -> bool:
    """The number is followed by a unit of something that is not people."""
    return any(u.word_start >= n.end and text[n.end:u.word_start].strip() == "" for u in units)


def _without_upper_bound(n: NumberMention, bounds: list[Match[str]], text: str) -> bool:
    return any(b.start >= n.end and _gap_ok(text, n.end, b.start, AT_LEAST_WORDS) for b in bounds)


def _as_int(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _mention(text: str, kind: str, lo, hi, approx: bool, cumulative: bool,
             start: int, end: int, anchor: int) -> CountMention:
    return CountMention(kind, Count(_as_int(lo), _as_int(hi), approx, cumulative,
                                    Span(text[start:end], start, end)), anchor)


# ---------------------------------------------------------------- finding

def find_counts(layer: TextLayer, sentence: Sentence, cues: list[Match[str]],
                numbers: list[NumberMention], times: list[TimeMention],
                cumulative_cues: list[Match[str]],
                words: CountWords | None = None) -> list[CountMention]:
    words = words or default_count_words()
    text, view = layer.text, layer.view
    nums = [n for n in numbers_outside_times(numbers, times) if _in(sentence, n) and _usable(n)]
    units = [u for u in words.not_counted.longest(view) if _in(sentence, u)]
    bounds = [b for b in words.at_least.longest(view) if _in(sentence, b)]
    mixed = [m for m in words.mixed.longest(view) if _in(sentence, m)]
    nums = [_people_number(n) for n in nums if not _counts_other_things(n, units, text)
            and not _before_mixed(text, n, mixed)]
    cues = [c for c in cues if not any(m.start <= c.start < m.end for m in mixed)]
    # "ومن بين الشهداء سيدة": a part of the dead, no count of the event
    subsets = [b for b in words.subset_before_cue.longest(view) if _in(sentence, b)]
    cues = [c for c in cues if not _after_subset_word(text, c, subsets)]
    all_cues = sorted([c for c in cues if _in(sentence, c)]
                      + [c for c in words.extra_cues.longest(view) if _in(sentence, c)
                         and not any(o.start < c.end and c.start < o.end for o in cues)],
                      key=lambda c: c.start)
    cumulative = [c for c in cumulative_cues if _in(sentence, c)]
    war_mentions = [w for w in words.war_nouns.longest(view) if _in(sentence, w)]
    periods = _long_periods(text, view, sentence, words, numbers, times, war_mentions)
    sentence_times = [t for t in times if _in(sentence, t)]
    day_dates = [t.start for t in times if _in(sentence, t) and t.kind == "date"
                 and t.precision in DAY_PRECISIONS]
    wars = [w for w in war_mentions if "ل" not in w.prefix]
    links = [k for k in words.toll_links.longest(view) if _in(sentence, k)]
    heads = [h for h in words.toll_heads.longest(view) if _in(sentence, h)]
    reaches = [r for r in words.toll_reach.longest(view) if _in(sentence, r)]

    breaks = [b for b in words.segment_breaks.longest(view) if _in(sentence, b)]
    openers = _fact_openers(text, view, sentence, words, all_cues)
    out: list[CountMention] = []
    used: set[int] = set()                         # number starts already counted
    got: dict[int, NumberMention] = {}             # cue start -> its number
    # a number after "ونزوح" counts the whole list of outcomes, not the casualties before it
    outcomes = [o for o in words.other_outcomes.longest(view) if _in(sentence, o)]
    pronouns = [b for b in words.subset_pronouns.longest(view) if _in(sentence, b)]
    parts = {n.start for n in nums if any(b.end <= n.start and text[b.end:n.start].strip() == ""
                                          for b in pronouns)}
    persons = [p for p in words.persons.longest(view) if _in(sentence, p)]
    objects = [o for o in words.objects.longest(view) if _in(sentence, o)]
    for cue in all_cues:
        # "استشهد شاب في هجوم نحو 100 مستوطن": the person after the casualty word (or the
        # verb's object past its subject, "اعتقلت القوات طفلا و5 شبان") is its count; a
        # number further on counts someone else
        has_person = any(p.word_start >= cue.end and text[cue.end:p.word_start].strip() == ""
                         and not p.prefix.startswith(("و", "ف", "ب", "ل", "ك")) for p in persons) \
            or _object_after(text, cue, objects, all_cues) is not None
        best = _number_for(text, cue, nums, used, all_cues + outcomes, after=not has_person,
                           parts=parts, times=sentence_times,
                           time_words=words.gap_time_words)
        if best is None and _heads_toll(text, cue, heads):
            best = _toll_number(text, cue, nums, used, reaches, all_cues + outcomes + breaks)
        if best is not None:
            used.add(best.start)
            got[cue.start] = best
    # "قتل وأصاب عشرات الآلاف": coordinated casualty words share the number after them
    for first, second in zip(all_cues, all_cues[1:]):
        n = got.get(second.start)
        if first.start not in got and n is not None and n.start >= second.end \
                and first.value != second.value and _coordinated(text, first, second) \
                and not _one_casualty(text, first, words):
            got[first.start] = n
    for cue in all_cues:
        best = got.get(cue.start)
        if best is None:
            continue
        start, end = min(best.start, cue.start), max(best.end, cue.end)
        is_cumulative = any(sentence.start <= c.start < best.start for c in cumulative) \
            or _in_long_period(text, periods, day_dates, start, end) \
            or (cue.value != "arrested" and _war_toll(text, cue, wars, links + all_cues))
        hi = None if _without_upper_bound(best, bounds, text) else best.max
        out.append(_mention(text, cue.value, best.min, hi, best.approx, is_cumulative,
                            start, end, cue.start))
    out.extend(_dual_counts(text, view, sentence, words, cumulative))
    # kin nouns count after the lexicon's words of killing and wounding only: "اعتقال
    # شقيقه" and the active "ما أصاب والدته" (what befell his mother) tell no casualty
    kin_after = {c.start for c in cues if c.value in ("killed", "injured")}
    out.extend(_person_counts(text, view, sentence, words,
                              [c for c in all_cues if c.start not in got], out, kin_after,
                              [n for n in nums if n.start not in used]))
    out = _detainees_killed(text, view, sentence, words, out, all_cues)
    out = _bodies(text, view, sentence, words, out)
    undated = _undated_periods(text, sentence, times)
    body_breaks = [b for b in words.body_breaks.longest(view) if _in(sentence, b)]
    return [_placed(c, _segment(text, sentence, c.anchor, breaks + (body_breaks if c.body is not None
                                                                     else []), openers),
                    _period_clause(undated, c.anchor))
            for c in out]


SUBSET_TO_CUE_WORDS = 0      # "من بين الشهداء": the casualty word follows at once
DETAINEE_KILLED_WORDS = 2    # "مقتل 6 أسرى"، "الأسرى الذين قتلوا"، "أسيران فلسطينيان استشهدا"


def _after_subset_word(text: str, cue: Match[str], subsets: list[Match[str]]) -> bool:
    """"من بين القتلى", "بين الشهداء": a definite casualty noun after بين names a part of
    the dead ("بين قتيل وجريح", indefinite, is the mixed phrase, handled apart)."""
    return "ال" in cue.prefix and any(
        s.end <= cue.word_start and _gap_ok(text, s.end, cue.word_start, SUBSET_TO_CUE_WORDS)
        for s in subsets)


def _detainees_killed(text: str, view, sentence: Sentence, words: CountWords,
                      found: list[CountMention], cues: list[Match[str]]) -> list[CountMention]:
    """"استشهد أسيران"، "مقتل أسيرين"، "6 أسرى قتلوا": detainees (or captives) next to a
    killing word are dead, not arrested: their count is killed, or dropped when the killing
    word has its own count."""
    nouns = [d for d in words.detainees.longest(view) if _in(sentence, d)]
    killers = [c for c in cues if c.value == "killed"] + \
        [d for d in words.dual.longest(view) if _in(sentence, d) and d.value == "killed"]
    out = []
    for c in found:
        noun = next((d for d in nouns if d.start <= c.anchor < d.end or d.word_start == c.anchor),
                    None) if c.kind == "arrested" else None
        killer = None if noun is None else next(
            (k for k in killers
             if (k.end <= noun.word_start and _gap_ok(text, k.end, noun.word_start, DETAINEE_KILLED_WORDS))
             or (noun.end <= k.word_start and _gap_ok(text, noun.end, k.word_start, DETAINEE_KILLED_WORDS))),
            None)
        if killer is None:
            out.append(c)
            continue
        if any(o.kind == "killed" for o in found):
            continue                    # the killing word's own count tells it
        start, end = min(c.count.span.start, killer.start), max(c.count.span.end, killer.end)
        out.append(CountMention("killed", Count(c.count.min, c.count.max, c.count.approx,
                                                c.count.cumulative, Span(text[start:end], start, end)),
                                killer.start))
    return out


def _bodies(text: str, view, sentence: Sentence, words: CountWords,
            found: list[CountMention]) -> list[CountMention]:
    """Mark counts of bodies ("انتشال جثامين 7 شهداء") with where the body noun starts."""
    bodies = [b for b in words.body_nouns.longest(view) if _in(sentence, b)]
    out = []
    for c in found:
        b = next((b for b in bodies if c.kind == "killed"
                  and c.count.span.start <= b.start < c.count.span.end), None)
        out.append(c if b is None else CountMention(c.kind, c.count, c.anchor, c.segment,
                                                    c.period_clause, b.word_start))
    return out


def _before_mixed(text: str, n: NumberMention, mixed: list[Match[str]]) -> bool:
    """"عشرات الضحايا بين قتيل وجريح": the number counts killed and wounded together."""
    return any(m.word_start >= n.end and _gap_ok(text, n.end, m.word_start, MIXED_AFTER_NUMBER_WORDS)
               for m in mixed)


# ---------------------------------------------------------------- running totals

def _long_periods(text: str, view, sentence: Sentence, words: CountWords,
                  numbers: list[NumberMention], times: list[TimeMention],
                  wars: list[Match[str]]) -> list[tuple[int, int]]:
    """Spans of periods long enough for a running total: "خلال 200 يوم", "على مدى 10 أشهر",
    "منذ عام", "منذ تشرين الأول الماضي" (a since-date of month or year precision); a period
    right after one of the sentence's ``wars`` is the war's age, not a toll's period."""
    units = [u for u in words.period_units.longest(view) if _in(sentence, u)]
    nums = [n for n in numbers if _in(sentence, n) and _usable(n)]
    out = []
    for o in words.period_openers.longest(view):
        if not _in(sentence, o) or any(
                w.end <= o.word_start and _gap_ok(text, w.end, o.word_start, WAR_TO_PERIOD_WORDS)
                for w in wars):
            continue
        since = o.key == "منذ"
        least = words.since_min_days if since else words.period_min_days
        days = _period_days(text, o.end, nums, units)
        if days is not None and days[0] >= least:
            out.append((o.word_start, days[1]))
        elif since:
            after = [t for t in times if t.kind == "date" and t.precision in ("month", "year")
                     and o.end <= t.start and text[o.end:t.start].strip() == ""]
            if after:
                out.append((o.word_start, after[0].end))
    return out


def _period_days(text: str, start: int, nums: list[NumberMention],
                 units: list[Match[int]]) -> tuple[int | float, int] | None:
    """How many days the length right after a period opener lasts, and where it ends:
    a number and a unit ("390 يوما") or a bare unit ("عام", "الأشهر")."""
    for u in units:
        if u.word_start >= start and text[start:u.word_start].strip() == "":
            return u.value, u.end
    for n in nums:
        if n.start >= start and text[start:n.start].strip() == "":
            size = n.max if n.max is not None else n.min
            for u in units:
                if size is not None and u.word_start >= n.end and text[n.end:u.word_start].strip() == "":
                    return size * u.value, u.end
    return None


def _in_long_period(text: str, periods: list[tuple[int, int]], day_dates: list[int],
                    start: int, end: int) -> bool:
    """A toll told after a long period in its sentence, with no day named between them, with
    the period between its casualty word and its number ("قتل خلال 10 أشهر 40 ألف"), or a
    few words before the period ("استشهدوا منذ عام")."""
    for p_start, p_end in periods:
        if p_end <= start and not any(p_end <= d < end for d in day_dates):
            return True
        if start <= p_start and p_end <= end:     # "قتل خلال 10 أشهر 40 ألف"
            return True
        if p_start >= end and _gap_ok(text, end, p_start, PERIOD_AFTER_COUNT_WORDS):
            return True
    return False


def _war_toll(text: str, cue: Match[str], wars: list[Match[str]], links: list[Match]) -> bool:
    """"في حرب قتلت الآلاف", "الحرب الإسرائيلية التي أسفرت عن استشهاد": the casualty word
    tells the toll of a war or campaign named right before it, a running total.  ``links``
    may stand between them: toll verbs, and casualty words coordinated with this one
    ("في حرب قتلت وجرحت")."""
    relatives = function_words().count_relatives
    for w in wars:
        if w.end > cue.word_start or CLAUSE_BREAK.search(text, w.end, cue.word_start):
            continue
        gap = list(text[w.end:cue.word_start])
        for k in links:
            if w.end <= k.word_start and k.end <= cue.word_start:
                gap[k.word_start - w.end:k.end - w.end] = " " * (k.end - k.word_start)
        rest = words_of("".join(gap))
        adjectives = [r for r in rest if r not in relatives]
        if len(adjectives) <= WAR_ADJECTIVES and all(a.startswith("ال") for a in adjectives):
            return True
    return False


def _undated_periods(text: str, sentence: Sentence, times: list[TimeMention]) -> list[int]:
    """Clause starts of the periods opened by منذ with a length, not a date ("منذ 15 عاما",
    not "منذ فجر اليوم": a period begun on a day is the dated fact's own)."""
    out = []
    for m in SINCE_WORD_RE.finditer(text, sentence.start, sentence.end):
        if any(m.end() <= t.start <= m.end() + 1 and t.kind == "date" for t in times):
            continue
        out.append(clause_bounds(text, sentence, m.start())[0])
    return out


def _period_clause(periods: list[int], anchor: int) -> int | None:
    before = [p for p in periods if p < anchor]
    return before[-1] if before else None


def _number_for(text: str, cue: Match[str], nums: list[NumberMention], used: set[int],
                cues: list[Match[str]], *, after: bool = True,
                parts: set[int] = frozenset(), times: list[TimeMention] = (),
                time_words: frozenset[str] = frozenset()) -> NumberMention | None:
    """The number right before the cue ("15 قتيلا و63 جريحا": a counted noun follows its
    number), else the number after the cue (within a few words, not counting the words of
    ``times`` nor ``time_words``: "اعتقل الجيش اليوم الأحد 7 شبان") unless another casualty
    word follows that number ("40 شهيدا و92 جريحا": it counts the wounded), else the nearest
    one before it; never across another casualty word, whose number it is."""
    for n in nums:
        if n.start not in used and n.end <= cue.start and text[n.end:cue.word_start].strip() == "":
            return n
    best = None
    for n in nums:
        if n.start in used:
            continue
        if n.start >= cue.end and after and n.start not in parts \
                and _gap_ok_past_times(text, cue.end, n.start, CUE_TO_NUMBER_WORDS, times,
                                      time_words) \
                and not _cue_between(cues, cue.end, n.start) \
                and not _counts_next_cue(text, n, cue, cues):
            return n
        if n.end <= cue.start and _gap_ok(text, n.end, cue.start, NUMBER_TO_CUE_WORDS) \
                and not _cue_between(cues, n.end, cue.word_start):
            best = n
    return best


def _gap_ok_past_times(text: str, start: int, end: int, max_words: int,
                       times: list[TimeMention], time_words: frozenset[str]) -> bool:
    """No clause break and at most ``max_words`` words between, leaving out the words of a
    time mention and ``time_words``, which a verb's subject may carry before its object
    ("اعتقلت قوات الاحتلال الإسرائيلي اليوم الأحد 7 فلسطينيين")."""
    if end < start or CLAUSE_BREAK.search(text, start, end):
        return False
    words = [w for w in VOWELLED_WORD.finditer(text, start, end)
             if not any(t.start <= w.start() and w.end() <= t.end for t in times)
             and normalize_string(w.group()) not in time_words]
    return len(words) <= max_words


def _counts_next_cue(text: str, n: NumberMention, cue: Match[str], cues: list[Match[str]]) -> bool:
    """A casualty word of another kind follows the number at once, as its counted noun
    ("شهداء و92 جريحا"), not opening a coordinated phrase of its own ("مقتل 23 وإصابة 41")."""
    return any(c.value != cue.value and c.word_start >= n.end and text[n.end:c.word_start].strip() == ""
               and not c.prefix.startswith(("و", "ف")) for c in cues)


def opens_toll_phrase(trigger_text: str) -> bool:
    """"عدد الشهداء"، "حصيلة ضحايا العدوان": the trigger starts with a toll head, so it tells
    a count reported by someone, whose reporter is no attacker."""
    first = trigger_text.split()[:1]
    return bool(first) and any(h.word_start == 0 and h.end == len(first[0])
                               for h in default_count_words().toll_heads.longest(normalize(first[0])))


def toll_cause_end(text: str, t_end: int, limit: int) -> int | None:
    """Where the war or attack a toll phrase ending at ``t_end`` counts the dead of ends:
    "حصيلة ضحايا حرب الإبادة"، "عدد الشهداء جراء عدوان"، "منذ بداية العدوان".  It stands a
    few words on, before the toll's number: no clause break, number or reach word between
    (past them the words tell another fact).  None when there is no such noun."""
    words = default_count_words()
    for cause in words.toll_causes.longest(normalize(text[t_end:limit])):
        gap = text[t_end:t_end + cause.word_start]
        if CLAUSE_BREAK.search(gap) or any(ch.isdigit() for ch in gap) \
                or words.toll_reach.longest(normalize(gap)) \
                or len(VOWELLED_WORD.findall(gap)) > TOLL_TO_CAUSE_WORDS:
            return None
        return t_end + cause.end
    return None


def toll_reaches_figure(text: str, t_end: int, end: int) -> bool:
    """A toll phrase with its figure after it ("ارتفع عدد الشهداء إلى 40 ألفا"، "تجاوزت حصيلة
    القتلى 700"): a number or a reach word follows it in its sentence.  Without one it is a
    remark on the toll ("حصيلة القتلى قد تكون أعلى"), which names no total."""
    rest = text[t_end:end]
    return any(ch.isdigit() for ch in rest) or bool(default_count_words().toll_reach.longest(normalize(rest)))


def _heads_toll(text: str, cue: Match[str], heads: list[Match[str]]) -> bool:
    """"عدد الشهداء"، "حصيلة القتلى"، "عدد الجنود القتلى": the casualty word is the head
    of a toll phrase."""
    return any(h.end <= cue.word_start and not CLAUSE_BREAK.search(text, h.end, cue.word_start)
               and len(VOWELLED_WORD.findall(text, h.end, cue.word_start)) <= TOLL_HEAD_WORDS
               for h in heads)


def _toll_number(text: str, cue: Match[str], nums: list[NumberMention], used: set[int],
                 reaches: list[Match[str]], stops: list[Match]) -> NumberMention | None:
    """The number a toll phrase reaches further on in its sentence, past a place, a period
    or an aside: "ارتفع عدد الشهداء في الضفة منذ بدء الحرب إلى 700"، "عدد الجنود القتلى،
    منذ بداية الحرب، بلغ 700 جندي".  Not across another casualty word or a new fact.  The
    toll takes the number also when a casualty word follows it ("إلى 692 شهيدا"): that word
    names what the toll counts."""
    for r in reaches:
        if r.word_start < cue.end or _cue_between(stops, cue.end, r.word_start) \
                or len(VOWELLED_WORD.findall(text, cue.end, r.word_start)) > TOLL_TO_REACH_WORDS:
            continue
        n = next((n for n in nums if n.start >= r.end and text[r.end:n.start].strip() == ""), None)
        return n if n is not None and n.start not in used else None
    return None


def _cue_between(cues: list[Match[str]], start: int, end: int) -> bool:
    return any(start <= c.word_start and c.end <= end for c in cues)


def _dual_counts(text: str, view, sentence: Sentence, words: CountWords,
                 cumulative: list[Match[str]]) -> list[CountMention]:
    out = []
    for d in words.dual.longest(view):
        if _in(sentence, d):
            is_cumulative = any(sentence.start <= c.start < d.start for c in cumulative)
            out.append(_mention(text, d.value, 2, 2, False, is_cumulative, d.start, d.end, d.start))
    return out


def _person_counts(text: str, view, sentence: Sentence, words: CountWords,
                   cues: list[Match[str]], found: list[CountMention],
                   kin_after: set[int] = frozenset(),
                   free_numbers: list[NumberMention] = ()) -> list[CountMention]:
    """'استشهاد طفل' / 'مقتل أحد جنوده' = 1, 'شخصين قتلا' = 2, for casualty words that got
    no number; a kin noun ('أصيب والدهما') = 1 after the casualty words starting at
    ``kin_after``.  People joined by و after the counted one add to it ('مقتل ضابط و3
    جنود' = 4); ``free_numbers`` are the numbers no casualty word has taken."""
    persons = [p for p in words.persons.longest(view) if _in(sentence, p)]
    objects = [o for o in words.objects.longest(view) if _in(sentence, o)]
    ones = [o for o in words.one.longest(view) if _in(sentence, o)]
    kin = [k for k in words.kin.longest(view) if _in(sentence, k)]
    others = [a for a in words.another.longest(view) if _in(sentence, a)]
    have = {(c.kind, c.anchor) for c in found}
    out = []
    for cue in cues:
        if (cue.value, cue.start) in have:
            continue
        hit = _person_next_to(text, cue, persons + ones + (kin if cue.start in kin_after else [])) \
            or _object_after(text, cue, objects, cues) or _another_after(text, cue, others, persons)
        if hit is None:
            if cue.value == "killed" and _one_person_noun(text, cue, words):
                out.append(_mention(text, cue.value, 1, 1, False, False, cue.start, cue.end,
                                    cue.start))
            continue
        how_many = hit.value
        start, end = min(hit.start, cue.start), max(hit.end, cue.end)
        another = _and_another(text, end, sentence.end, persons)
        if another is not None:
            how_many, end = how_many + 1, another
        if hit.start >= cue.end:
            conjuncts = [p for p in persons + (kin if cue.start in kin_after else [])
                         if normalize_string(p.key) not in words.singular_casualties]
            more, end = _coordinated_people(text, end, sentence.end, conjuncts, free_numbers,
                                            words.conjunct_gap_stops)
            how_many += more
        out.append(_mention(text, cue.value, how_many, how_many, False, False, start, end,
                            cue.start))
    return out


def _another_after(text: str, cue: Match[str], others: list[Match[int]],
                   persons: list[Match[int]]) -> Match[int] | None:
    """"استشهد شاب وأصيب آخر"، "وأصيب آخران": "another" right after a casualty word joined
    by و to what came before is one (two) more victims; not "آخر" before a person noun
    ("مقتل آخر جندي": the last soldier)."""
    if not cue.prefix.startswith("و"):
        return None
    for o in others:
        if o.word_start >= cue.end and not o.prefix \
                and _gap_ok(text, cue.end, o.word_start, PERSON_AFTER_CUE_WORDS) \
                and not any(p.word_start >= o.end and text[o.end:p.word_start].strip() == ""
                            for p in persons):
            return o
    return None


def _one_casualty(text: str, cue: Match[str], words: CountWords) -> bool:
    """"شهيد"، "الجريح": a casualty word that is one person, no verb or verbal noun whose
    number a coordinated casualty word may give."""
    return normalize_string(text[cue.start:cue.end]) in words.singular_casualties


def _one_person_noun(text: str, cue: Match[str], words: CountWords) -> bool:
    """"قبل استشهاده"، "أعلن الجيش مقتلها": a killing noun with a singular pronoun tells of
    one person."""
    word, key = normalize_string(text[cue.start:cue.end]), normalize_string(cue.key)
    return key in words.one_person_nouns \
        and any(word == key + suffix for suffix in words.one_person_suffixes)


def _person_next_to(text: str, cue: Match[str], persons: list[Match[int]]) -> Match[int] | None:
    for p in persons:
        if p.word_start >= cue.end and _gap_ok(text, cue.end, p.word_start, PERSON_AFTER_CUE_WORDS) \
                and not p.prefix.startswith(("و", "ف", "ب", "ل", "ك")):
            return p
    if cue.prefix.startswith(("و", "ف")):
        return None     # "استشهد طفلان وأصيب والدهما": the person before is the first verb's
    for p in persons:
        if p.end <= cue.word_start and p.value >= 1 \
                and _gap_ok(text, p.end, cue.word_start, PERSON_BEFORE_CUE_WORDS) \
                and _relative_or_dual(text, p, cue):
            return p
    return None


def _object_after(text: str, cue: Match[str], objects: list[Match[int]],
                  cues: list[Match[str]]) -> Match[int] | None:
    """"اعتقلت قوات الاحتلال شابا"، "أصاب مستوطنون طفلين": a verb's object marked as such
    (accusative singular, oblique dual) a few words on, past the subject; nothing joined by
    a proclitic and no other casualty word between."""
    for o in objects:
        if o.word_start >= cue.end and not o.prefix \
                and _gap_ok(text, cue.end, o.word_start, OBJECT_AFTER_CUE_WORDS) \
                and not _cue_between(cues, cue.end, o.word_start) \
                and _ends_subject(text[cue.end:o.word_start]):
            return o
    return None


def _ends_subject(gap: str) -> bool:
    """Nothing, or a word that closes a phrase (definite, or a nominative plural in -ون),
    before the object: after a bare noun the person is its genitive ("اعتقلت والد شابين")."""
    words = words_of(gap)
    return not words or words[-1].startswith(("ال", "لل")) or words[-1].endswith("ون")


ANOTHER_WORDS = 2           # words between the counted person and "وآخر" ("الموظف المتعاقد")
CONJUNCT_GAP_WORDS = 2      # a qualifier of the first: "قائد سرية وقائد فصيل"، "ضابط برتبة نقيب وجندي"
AND_BEFORE_NUMBER = re.compile(r"\sو\s*$")


def _coordinated_people(text: str, end: int, limit: int, persons: list[Match[int]],
                        numbers: list[NumberMention], stops: frozenset[str]) -> tuple[int, int]:
    """How many more people are joined by و to a counted person ending at ``end``, and where
    the last of them ends: "مقتل ضابط و3 جنود" (3 more), "استشهاد طبيب وممرض" (1),
    "استشهد شاب وطفلان" (2).  Each may follow a short qualifier of the one before it
    ("قائد سرية وقائد فصيل"), never a clause break or a word of place or time ("استشهد
    شاب في جنين وطفل في نابلس": two facts)."""
    more = 0
    while True:
        joined = _joined_person(text, end, limit, persons, numbers, stops)
        if joined is None:
            return more, end
        how_many, end = joined
        more += how_many


def _joined_person(text: str, end: int, limit: int, persons: list[Match[int]],
                   numbers: list[NumberMention], stops: frozenset[str]) -> tuple[int, int] | None:
    """The next person (how many, where it ends) joined by و after ``end``, if any."""
    def gap_ok(gap_end: int) -> bool:
        return _gap_ok(text, end, gap_end, CONJUNCT_GAP_WORDS) \
            and not any(normalize_string(w) in stops for w in words_of(text[end:gap_end]))

    for p in persons:
        if p.start >= end and p.end <= limit and p.prefix in ("و", "وال") and gap_ok(p.word_start):
            return p.value, p.end
    for n in numbers:
        if n.start < end or n.end > limit or n.min is None or n.min != n.max:
            continue
        conjunction = AND_BEFORE_NUMBER.search(text, end, n.start)
        if conjunction is not None and gap_ok(conjunction.start()):
            return n.min, n.end
    return None


# The word classes of function_words.json are read when first needed, not at import:
# ``hadath kb check`` imports this module before it validates that file.
@lru_cache(maxsize=1)
def _another() -> re.Pattern[str]:
    """"قتل الموظف وشخص آخر", "استشهد شاب وآخر": one more person coordinated with the
    counted one."""
    return re.compile(rf"(?<![\w{VOWEL_MARKS}])و(?:({VOWELLED_WORD.pattern})\s+)?"
                      rf"{alternation(function_words().another_words)}(?!\w)")


def _and_another(text: str, start: int, end: int, persons: list[Match[int]]) -> int | None:
    """Where a coordinated "و<person> آخر" / "وآخر" right after a counted person ends, if
    one follows in the same clause."""
    m = _another().search(text, start, end)
    if m is None or not _gap_ok(text, start, m.start(), ANOTHER_WORDS):
        return None
    if m.group(1) and not any(p.word_start == m.start() and p.value == 1 for p in persons):
        return None
    return m.end()


@lru_cache(maxsize=1)
def _relative() -> re.Pattern[str]:
    """Nothing but a relative pronoun, if anything, between a person and a casualty verb."""
    return re.compile(rf"^\s*{alternation(function_words().count_relatives)}?\s*$")


def _relative_or_dual(text: str, person: Match[int], cue: Match[str]) -> bool:
    """A person before the casualty verb counts only as its subject: 'الجندي الذي قتل',
    'شخصين قتلا' — not an object of something else."""
    return _relative().match(text[person.end:cue.word_start]) is not None \
        and (person.value == 2 or text[person.end:cue.word_start].strip() != "")


# ---------------------------------------------------------------- attaching

def _segment(text: str, sentence: Sentence, pos: int, breaks: list[Match[str]],
             openers: list[int] | tuple[int, ...] = ()) -> tuple[int, int]:
    """The part of the sentence reporting one fact: split where 'في حين' / 'كما' / 'فيما'
    open another one after a comma (or at once for a coordinated 'وفي'), and at the
    ``openers``, which need no comma."""
    starts = [b.word_start for b in breaks if _opens_fact(text[sentence.start:b.word_start], b)]
    left, right = sentence.start, sentence.end
    for start in starts + list(openers):
        if start <= pos:
            left = max(left, start)
        else:
            right = min(right, start)
    return left, right


EARLIER_FACT_LEAD = re.compile(r"(?<!\w)[وف]?بعد\s+")
PERIOD_LEAD_WORDS = 1        # "بعد 3 أيام من"، "بعد بضع ساعات من": one word before the length
OWN_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def _fact_openers(text: str, view, sentence: Sentence, words: CountWords,
                  cues: list[Match[str]]) -> list[int]:
    """Where a phrase opens another fact of the sentence whether or not a comma stands
    before it: 'في حين' and 'بينما' ("استشهد 30 في غارات في حين أعلنت الكتائب ..."),
    unless a casualty word follows at once ("استشهد 3 بينما أصيب آخرون في قصف": the same
    toll goes on); 'رداً على' (the attack answered has its own toll); and an earlier fact
    dated back from this one ('بعد ساعات من اغتيال شاب'، 'بعد يوم شهد مجازر')."""
    out = [m.word_start for m in words.answered_fact_openers.longest(view)
           if _in(sentence, m) and m.word_start > sentence.start]
    for m in words.fact_openers.longest(view):
        if not _in(sentence, m) or m.word_start == sentence.start:
            continue
        if any(text[m.end:c.word_start].strip() == "" for c in cues if c.word_start >= m.end):
            continue
        out.append(m.word_start)
    units = [u for u in words.period_units.longest(view) + words.short_lengths.longest(view)
             if _in(sentence, u)]
    for lead in EARLIER_FACT_LEAD.finditer(text, sentence.start, sentence.end):
        if lead.start() > sentence.start and _opens_earlier_fact(text, lead.end(), units, words):
            out.append(lead.start())
    return out


def _opens_earlier_fact(text: str, pos: int, units: list[Match], words: CountWords) -> bool:
    """'بعد' at ``pos`` is followed by a length and a link to the fact it dates back to."""
    unit = next((u for u in units if u.word_start >= pos
                 and len(VOWELLED_WORD.findall(text[pos:u.word_start])) <= PERIOD_LEAD_WORDS
                 and not CLAUSE_BREAK.search(text[pos:u.word_start])), None)
    if unit is None:
        return False
    link_end = _word_end(text, unit.end)
    link = normalize_string(text[unit.end:link_end].strip())
    if link not in words.earlier_fact_links:
        return False
    following = _next_word(text, link_end)
    # "بعد يومين من إصابته": the victim's own wounding, which the count's death follows
    return not (link in ("من", "على") and following.endswith(OWN_PRONOUN_ENDINGS))


def _word_end(text: str, pos: int) -> int:
    m = re.match(r"\s*\S+", text[pos:pos + 60])
    return pos + m.end() if m else pos


def _next_word(text: str, pos: int) -> str:
    return normalize_string(text[pos:_word_end(text, pos)].strip(" \t\n،,.؛;:"))


@lru_cache(maxsize=4096)     # asked again for every event and place of the sentence
def opens_another_fact(text: str, start: int, end: int) -> bool:
    """Whether 'في حين' / 'كما' / 'فيما' ... after a comma (or a coordinated 'وفي') open
    another fact between ``start`` and ``end``: "خففت الوزارة القيود، كما أصدر الرئيس عفوا"."""
    if end <= start:
        return False
    between = text[start:end]
    return any(_opens_fact(between[:b.word_start], b)
               for b in default_count_words().segment_breaks.longest(normalize(between)))


def _opens_fact(before: str, b: Match[str]) -> bool:
    """A break word opens another fact after a comma, or at once when coordinated ('وفي')."""
    return before.rstrip().endswith(("،", ",", "؛", ";")) or b.prefix.startswith("و")


def attach_counts(event: Event, counts: list[CountMention], t_start: int) -> None:
    """Give the event the sentence's counts of its kind that report on the same fact as
    its trigger, nearest to the trigger first."""
    counts = [c for c in counts if c.segment is None or c.segment[0] <= t_start < c.segment[1]]
    # a toll phrase told before its period keeps the period's other totals: "عدد القتلى،
    # منذ بداية الحرب، بلغ 700، بالإضافة إلى إصابة 4000"
    own_total = event.trigger is not None and any(
        c.count.cumulative and event.trigger.start <= c.anchor < event.trigger.end for c in counts)
    counts = [c for c in counts if c.period_clause is None or t_start >= c.period_clause
              or (own_total and c.count.cumulative)]
    trigger_end = event.trigger.end if event.trigger is not None else None
    # "احتجزت جثامين 5 شهداء": the bodies are what the event acts on, not its dead
    counts = [c for c in counts if c.body is None or trigger_end is None
              or not 0 <= c.body - trigger_end <= 1]
    for kind in COUNT_KINDS:
        if event.event not in COUNT_TYPES[kind]:
            continue
        mine = [c for c in counts if c.kind == kind]
        if mine:
            best = min(mine, key=lambda c: abs(c.anchor - t_start))
            setattr(event, kind, best.count)
