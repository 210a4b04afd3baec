"""Numbers in Arabic text: digits, number words, ordinals, bounds, ranges, vague quantities.

The finder reads the normalised view (digits ASCII, ٬ -> ",", ٫ -> ".") token by token and
maps every span back to the clean text.  Semantics of a ``NumberMention``:

- exact "9": value 9, min 9, max 9;  "نحو 2800": min = max = 2800, approx;
- "أكثر من 41 ألف": value 41000, min 41000, max None (the span covers the bound words);
- "أقل من 5": min None, max 5;  "بين 10 و15": value None, min 10, max 15;
- vague "عشرات" / "مئات" / "عشرات الآلاف": value None, min 10 / 100 / 10000, max None;
- ordinals ("السابع", "الـ314" after a definite noun): ordinal True.

Numeric chains such as 18/9/2024, 2024-09-18 or 10:30 are dates and times, left to the
time finder; ``numbers_outside_times`` drops numbers that a time expression owns (years,
days of month) so casualty logic can skip them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..records import NumberMention, TimeMention
from ..text import TextLayer
from .numwords import (
    HUNDRED,
    SCALE_MANY,
    SCALE_ONE,
    SCALE_TWO,
    TEEN,
    TEN,
    UNIT,
    VAGUE,
    ZERO,
    Atom,
    NumberTables,
    number_tables,
)

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"   # 1,200  1,000,000.00
    r"|\d+(?:\.\d+)?"                           # 1200  1.2
    r"|(?<![\d.])\.\d+"                          # .77
    r"|[^\W\d_]+"                                # a word
    r"|\S"                                       # punctuation, one character
)
_DIGITS = re.compile(r"[.\d][\d,.]*")
_CHAIN_SEPARATORS = frozenset("/-:.")
_START_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_ARTICLE = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)(?=\w\w)")
_ARTICLE_ONLY = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)$")
# A stripped proclitic must leave a word long enough not to be a different word (لست).
_MIN_STEM_AFTER_PROCLITIC = 3


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def is_number(self) -> bool:
        return bool(_DIGITS.fullmatch(self.text)) and any(c.isdigit() for c in self.text)


@dataclass(frozen=True, slots=True)
class _Core:
    """A bare number: tokens ``first..last`` (inclusive), start offset in the view."""
    start: int
    end: int
    last: int
    value: int | float | None
    min: int | float | None
    scale: int = 1                 # the scale word that multiplied it (ألف -> 1000)
    ordinal: bool = False


def tokenize(norm: str) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm)]


def _as_number(text: str) -> int | float:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def _scaled(value: int | float, scale: int) -> int | float:
    product = value * scale
    if isinstance(product, float):
        product = round(product, 6)
        return int(product) if product.is_integer() else product
    return product


def _index_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Cue phrases by their first word, in the tables' order (which decides ties)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


@lru_cache(maxsize=1 << 16)
def _proclitic_lengths(word: str) -> tuple[int, ...]:
    """0 and the lengths of the proclitics the word may start with, shortest first."""
    return (0,) + tuple(sorted({len(p) for p in _START_PROCLITICS
                                if word.startswith(p) and len(word) > len(p)}))


class NumberFinder:
    """Finds numbers in a ``TextLayer``.  Build once with its tables; ``find`` is pure."""

    def __init__(self, tables: NumberTables) -> None:
        self.t = tables
        self._last: tuple[str, tuple[NumberMention, ...]] | None = None
        self._by_first_word = {id(phrases): _index_by_first_word(phrases) for phrases in (
            tables.approximators, tables.lower_bounds, tables.upper_bounds, tables.range_openers)}
        self._phrase_first_words = frozenset(w for index in self._by_first_word.values() for w in index)
        self._pair_first_words = frozenset(first for first, _ in tables.pairs)
        # Most tokens are plain words: knowing them inert skips every parse attempt.
        self._inert = lru_cache(maxsize=1 << 16)(self._starts_nothing)

    @classmethod
    def default(cls) -> "NumberFinder":
        """The shared finder built from the package's numbers.json."""
        return default_finder()

    # ------------------------------------------------------------ entry point
    def find(self, layer: TextLayer) -> list[NumberMention]:
        return [self._to_original(layer, m) for m in self.find_in_norm(layer.view.norm)]

    def find_in_norm(self, norm: str) -> list[NumberMention]:
        """The numbers of a normalised string, with offsets into it (``text`` left empty).
        The last answer is kept: the time finder asks again for the same text."""
        if self._last is not None and self._last[0] is norm:
            return list(self._last[1])
        found = self._find_in_norm(norm)
        self._last = (norm, tuple(found))
        return found

    def _find_in_norm(self, norm: str) -> list[NumberMention]:
        toks = tokenize(norm)
        chained = self._chained(toks)
        out: list[NumberMention] = []
        i = 0
        while i < len(toks):
            if i in chained:
                i += 1
                continue
            found = self._parse_at(toks, i, chained)
            if found is None:
                i += 1
                continue
            mention, i = found
            out.append(mention)
        return out

    def _to_original(self, layer: TextLayer, m: NumberMention) -> NumberMention:
        start, end = layer.view.to_original(m.start, m.end)
        return NumberMention(start, end, layer.text[start:end], m.value, m.min, m.max,
                             m.approx, m.ordinal)

    # ------------------------------------------------------------ token helpers
    @staticmethod
    def _adjacent(toks: Sequence[Tok], i: int) -> bool:
        """No space between token i and token i+1."""
        return i + 1 < len(toks) and toks[i].end == toks[i + 1].start

    def _chained(self, toks: Sequence[Tok]) -> set[int]:
        """Indices of tokens in numeric chains (dates 18/9/2024, times 10:30) that are not
        fractions: they belong to the time finder."""
        chained: set[int] = set()
        i = 0
        while i < len(toks):
            j = i
            while (toks[j].is_number and j + 2 < len(toks) and toks[j + 1].text in _CHAIN_SEPARATORS
                   and self._adjacent(toks, j) and self._adjacent(toks, j + 1) and toks[j + 2].is_number):
                j += 2
            if j > i and not self._is_fraction(toks, i, j):
                chained.update(range(i, j + 1))
            i = j + 1
        return chained

    @staticmethod
    def _is_fraction(toks: Sequence[Tok], i: int, j: int) -> bool:
        """a/b that cannot be a day/month (77/100) is a fraction; 11/10 stays a date."""
        if j != i + 2 or j >= len(toks) or toks[i + 1].text != "/":
            return False
        a, b = toks[i].text, toks[j].text
        if not (a.isdigit() and b.isdigit()):
            return False
        return int(b) == 0 or int(a) > 31 or int(b) > 12 or int(a) == 0

    def _word_atom(self, text: str, first: bool) -> tuple[Atom, int] | None:
        """The atom a word token stands for, and how many proclitic letters precede it."""
        atom = self.t.words.get(text)
        if atom is not None:
            return atom, 0
        if not first:
            return None
        for p in _START_PROCLITICS:
            stem = text[len(p):]
            if text.startswith(p) and len(stem) >= _MIN_STEM_AFTER_PROCLITIC and stem in self.t.words:
                return self.t.words[stem], len(p)
        return None

    def _connected_atom(self, toks: Sequence[Tok], k: int, *,
                        definite: bool = False) -> tuple[Atom, int, int] | None:
        """An atom joined by و at token k ("وخمسون" or "و خمسون"): (atom, first, last).
        In a ``definite`` number the joined part carries the article as well ("والثمانمئة")."""
        if k >= len(toks):
            return None
        text = toks[k].text
        if text == "و" and k + 1 < len(toks):
            if definite:
                toks = self._without_article(toks, k + 1)
            hit = self._atom_at(toks, k + 1, with_prefix=False)
            return None if hit is None else (hit[0], k, hit[2])
        if text.startswith("و") and len(text) > 1:
            stem = text[1:]
            if definite and stem.startswith("ال") and len(stem) - 2 >= _MIN_STEM_AFTER_PROCLITIC:
                stem = stem[2:]
            stripped = Tok(toks[k].end - len(stem), toks[k].end, stem)
            pair = self._pair_atom(stripped, toks, k)
            if pair is not None:
                return pair[0], k, pair[1]
            atom = self.t.words.get(stem)
            return None if atom is None else (atom, k, k)
        return None

    def _without_article(self, toks: Sequence[Tok], k: int) -> Sequence[Tok]:
        stem, plen, definite = self._strip_article(toks[k].text)
        if not definite:
            return toks
        toks = list(toks)
        toks[k] = Tok(toks[k].start + plen + 2, toks[k].end, stem)
        return toks

    def _pair_atom(self, first: Tok, toks: Sequence[Tok], k: int) -> tuple[Atom, int] | None:
        if k + 1 < len(toks):
            atom = self.t.pairs.get((first.text, toks[k + 1].text))
            if atom is not None:
                return atom, k + 1
        return None

    def _atom_at(self, toks: Sequence[Tok], k: int, *, with_prefix: bool) -> tuple[Atom, int, int] | None:
        """(atom, proclitic length, last token index) for the atom starting at token k."""
        pair = self._pair_atom(toks[k], toks, k)
        if pair is not None:
            return pair[0], 0, pair[1]
        hit = self._word_atom(toks[k].text, first=with_prefix)
        if hit is None:
            return None
        atom, plen = hit
        if plen and k + 1 < len(toks):
            pair = self._pair_atom(Tok(toks[k].start + plen, toks[k].end, toks[k].text[plen:]), toks, k)
            if pair is not None:
                return pair[0], plen, pair[1]
        return atom, plen, k

    def _starts_nothing(self, text: str) -> bool:
        """Whether no number, cue phrase, ordinal or number word can start at a token with
        this text, whatever follows it: each test mirrors a first step of ``_parse_at``."""
        if _DIGITS.fullmatch(text) or _ARTICLE_ONLY.match(text):
            return False
        if text in self._pair_first_words or self._word_atom(text, first=True) is not None:
            return False
        if any(text[plen:] in self._phrase_first_words for plen in _proclitic_lengths(text)):
            return False
        stem, _, _ = self._strip_article(text)
        return not (stem in self.t.ordinal_units or stem in self.t.ordinal_teen_units
                    or stem in self.t.words)

    # ------------------------------------------------------------ parsing
    def _parse_at(self, toks: Sequence[Tok], i: int, chained: set[int]) -> tuple[NumberMention, int] | None:
        if self._inert(toks[i].text):
            return None
        ranged = self._range_at(toks, i, chained)
        if ranged is not None:
            return ranged
        for phrases, kind in ((self.t.approximators, "approx"), (self.t.lower_bounds, "lower"),
                              (self.t.upper_bounds, "upper")):
            hit = self._phrase_at(toks, i, phrases)
            if hit is None:
                continue
            start, after = hit
            core = self._core_at(toks, after, chained)
            if core is None:
                continue
            return self._bounded(toks, core, start, kind)
        core = self._core_at(toks, i, chained)
        if core is None:
            return None
        return self._plain(toks, core)

    def _phrase_at(self, toks: Sequence[Tok], i: int,
                   phrases: tuple[tuple[str, ...], ...]) -> tuple[int, int] | None:
        """Match a cue phrase at token i (its first word may carry a proclitic):
        (start offset of the phrase, index of the token after it)."""
        index = self._by_first_word.get(id(phrases)) or _index_by_first_word(phrases)
        first = toks[i].text
        for plen in _proclitic_lengths(first):
            for phrase in index.get(first[plen:], ()):
                if i + len(phrase) <= len(toks) and all(
                        toks[i + n].text == w for n, w in enumerate(phrase[1:], start=1)):
                    return toks[i].start + plen, i + len(phrase)
        return None

    def _range_at(self, toks: Sequence[Tok], i: int, chained: set[int]) -> tuple[NumberMention, int] | None:
        hit = self._phrase_at(toks, i, self.t.range_openers)
        if hit is None:
            return None
        start, after = hit
        low = self._core_at(toks, after, chained)
        if low is None or low.value is None or low.ordinal:
            return None
        k = low.last + 1
        if k >= len(toks):
            return None
        if toks[k].text == "و":
            high = self._core_at(toks, k + 1, chained)
        elif toks[k].text.startswith("و"):
            high = self._core_at(toks, k, chained, strip_waw=True)
        else:
            return None
        if high is None or high.value is None or high.ordinal:
            return None
        low_value = low.value
        # "بين 10 و15 ألفا": the scale word of the upper end applies to the lower one too
        if high.scale > 1 and low.scale == 1 and low_value * high.scale <= high.value:
            low_value = _scaled(low_value, high.scale)
        if low_value > high.value:
            return None
        return NumberMention(start, high.end, "", None, low_value, high.value), high.last + 1

    def _bounded(self, toks: Sequence[Tok], core: _Core, start: int, kind: str) -> tuple[NumberMention, int]:
        value = core.value
        end, nxt = self._after_approximator(toks, core)
        if kind == "approx" or end != core.end:
            lo, hi = (core.min, None) if value is None else (value, value)
            return NumberMention(start, end, "", value, lo, hi, True, core.ordinal), nxt
        if kind == "lower":
            lo = value if value is not None else core.min
            return NumberMention(start, end, "", value, lo, None, False, core.ordinal), nxt
        return NumberMention(start, end, "", value, None, value, False, core.ordinal), nxt

    def _plain(self, toks: Sequence[Tok], core: _Core) -> tuple[NumberMention, int]:
        end, nxt = self._after_approximator(toks, core)
        approx = end != core.end
        hi = core.value
        return NumberMention(core.start, end, "", core.value, core.min, hi, approx, core.ordinal), nxt

    def _after_approximator(self, toks: Sequence[Tok], core: _Core) -> tuple[int, int]:
        k = core.last + 1
        if core.ordinal:
            return core.end, k
        # "450 تقريبا" or, past the counted noun, "450 مسعفا تقريبا"
        for gap in (0, 1):
            j = k + gap
            if j < len(toks) and toks[j].text in self.t.approximators_after and (
                    gap == 0 or toks[k].text.isalpha()):
                return toks[j].end, j + 1
        return core.end, k

    # ------------------------------------------------------------ the bare number
    def _core_at(self, toks: Sequence[Tok], i: int, chained: set[int], *,
                 strip_waw: bool = False) -> _Core | None:
        if i >= len(toks) or i in chained:
            return None
        tok = toks[i]
        if strip_waw:
            tok = Tok(tok.start + 1, tok.end, tok.text[1:])
            toks = list(toks)
            toks[i] = tok
        if tok.is_number:
            return self._digits_at(toks, i)
        definite = self._definite_words_at(toks, i)
        if definite is not None:
            return definite
        ordinal = self._article_digits_at(toks, i) or self._ordinal_at(toks, i)
        if ordinal is not None:
            return ordinal
        vague = self._vague_at(toks, i)
        if vague is not None:
            return vague
        return self._words_at(toks, i)

    def _digits_at(self, toks: Sequence[Tok], i: int) -> _Core:
        tok = toks[i]
        value = _as_number(tok.text)
        start, last = tok.start, i
        if (i >= 1 and toks[i - 1].text == "-" and toks[i - 1].end == tok.start
                and (i < 2 or toks[i - 2].end < toks[i - 1].start)):
            value, start = -value, toks[i - 1].start
        if self._is_fraction(toks, i, i + 2) and self._adjacent(toks, i) and self._adjacent(toks, i + 1):
            value, last = _as_number(str(round(value / int(toks[i + 2].text), 6))), i + 2
            return _Core(start, toks[last].end, last, value, value)
        if last + 2 < len(toks) and toks[last + 1].text in self.t.decimal_point and toks[last + 2].text.isdigit():
            value = _as_number(f"{abs(value)}.{toks[last + 2].text}") * (-1 if value < 0 else 1)
            last += 2
        scale = 1
        if last + 1 < len(toks):
            atom = self.t.words.get(toks[last + 1].text)
            if atom is not None and atom.kind in (SCALE_ONE, SCALE_MANY):
                scale = atom.value
                value, last = _scaled(value, scale), last + 1
        if scale > 1:
            rest = self._digits_remainder(toks, last, scale)
            if rest is not None:
                value, last = value + rest[0], rest[1]
        return _Core(start, toks[last].end, last, value, value, scale)

    def _digits_remainder(self, toks: Sequence[Tok], last: int, scale: int) -> tuple[int, int] | None:
        """"28 ألفا و985", "مليون و200 ألف": digits joined by و after a scale word and smaller
        than it continue the number: (the part to add, its last token)."""
        k = last + 1
        if k + 1 >= len(toks) or toks[k].text != "و" or not toks[k + 1].text.isdigit():
            return None
        part, end = int(toks[k + 1].text), k + 1
        if end + 1 < len(toks):
            atom = self.t.words.get(toks[end + 1].text)
            if atom is not None and atom.kind in (SCALE_ONE, SCALE_MANY):
                part, end = part * atom.value, end + 1
        if not 0 < part < scale or (end + 2 < len(toks) and toks[end + 1].text in self.t.decimal_point
                                    and toks[end + 2].text.isdigit()):
            return None
        return part, end

    def _article_digits_at(self, toks: Sequence[Tok], i: int) -> _Core | None:
        """الـ314: an ordinal after a definite noun (لليوم الـ314), else a definite cardinal
        (خلال الـ24 ساعة)."""
        tok = toks[i]
        if not _ARTICLE_ONLY.match(tok.text) or i + 1 >= len(toks) or not toks[i + 1].text.isdigit():
            return None
        value = int(toks[i + 1].text)
        previous = toks[i - 1].text if i > 0 else ""
        if _ARTICLE.match(previous) and previous not in self.t.words:
            return _Core(tok.end - 2, toks[i + 1].end, i + 1, value, value, ordinal=True)
        return _Core(toks[i + 1].start, toks[i + 1].end, i + 1, value, value)

    def _strip_article(self, text: str) -> tuple[str, int, bool]:
        m = _ARTICLE.match(text)
        if m is None:
            return text, 0, False
        return text[m.end():], m.end() - 2, True

    def _ordinal_at(self, toks: Sequence[Tok], i: int) -> _Core | None:
        stem, plen, definite = self._strip_article(toks[i].text)
        start = toks[i].start + plen
        unit = self.t.ordinal_units.get(stem)
        teen_unit = self.t.ordinal_teen_units.get(stem)
        cardinal_unit = self.t.words.get(stem) if definite else None
        compound_unit = unit or teen_unit or (cardinal_unit.value if cardinal_unit and cardinal_unit.kind == UNIT else None)
        if compound_unit is not None and compound_unit < 10:
            teen = self._ordinal_teen(toks, i, unit, teen_unit)
            if teen is not None:
                return _Core(start, toks[i + 1].end, i + 1, teen, teen, ordinal=True)
            tens = self._ordinal_tens(toks, i + 1)
            if tens is not None:
                value, last = compound_unit + tens[0], tens[1]
                return _Core(start, toks[last].end, last, value, value, ordinal=True)
        if unit is not None and (definite or not stem.endswith("ه")):
            return _Core(start, toks[i].end, i, unit, unit, ordinal=True)
        if definite:
            atom = self.t.words.get(stem)
            if atom is not None and ((atom.kind == TEN and atom.value >= 20) or atom.kind == HUNDRED):
                return _Core(start, toks[i].end, i, atom.value, atom.value, ordinal=True)
        return None

    def _ordinal_teen(self, toks: Sequence[Tok], i: int, unit: int | None,
                      teen_unit: int | None) -> int | None:
        if i + 1 >= len(toks) or toks[i + 1].text not in self.t.teen_tens:
            return None
        if teen_unit is not None:
            return 10 + teen_unit
        if unit is not None and unit >= 3:
            return 10 + unit
        return None

    def _ordinal_tens(self, toks: Sequence[Tok], k: int) -> tuple[int, int] | None:
        """"والعشرين" / "و العشرون" / "وعشرين" after an ordinal unit: (tens, last token)."""
        if k >= len(toks):
            return None
        text, last = toks[k].text, k
        if text == "و" and k + 1 < len(toks):
            text, last = toks[k + 1].text, k + 1
        elif text.startswith("و"):
            text = text[1:]
        else:
            return None
        stem, _, _ = self._strip_article(text)
        atom = self.t.words.get(stem)
        if atom is not None and atom.kind == TEN and atom.value >= 20:
            return atom.value, last
        return None

    def _vague_at(self, toks: Sequence[Tok], i: int) -> _Core | None:
        stem, plen, _ = self._strip_article(toks[i].text)
        atom = self.t.words.get(stem)
        if atom is None and plen == 0:
            hit = self._word_atom(toks[i].text, first=True)
            atom, plen = hit if hit is not None else (None, 0)
            stem = toks[i].text[plen:]
        if atom is None:
            return None
        start = toks[i].start + plen
        if atom.kind == VAGUE:
            if i + 1 < len(toks):
                scale_stem, _, _ = self._strip_article(toks[i + 1].text)
                scale = self.t.words.get(scale_stem)
                if scale is not None and scale.kind == SCALE_MANY:
                    return _Core(start, toks[i + 1].end, i + 1, None, atom.value * scale.value)
            return _Core(start, toks[i].end, i, None, atom.value)
        if atom.kind == SCALE_MANY:
            return _Core(start, toks[i].end, i, None, atom.value)
        return None

    def _definite_words_at(self, toks: Sequence[Tok], i: int) -> _Core | None:
        """A cardinal with the article that a scale word follows ("الأربعين ألفا والثمانمئة",
        "الخمسة آلاف"): a count, not the ordinal the definite word alone would be.  Its
        parts joined by و may carry the article too."""
        stem, plen, definite = self._strip_article(toks[i].text)
        if not definite:
            return None
        atom = self.t.words.get(stem)
        if atom is None or atom.kind not in (UNIT, TEN, HUNDRED):
            return None
        first = Tok(toks[i].start + plen, toks[i].end, stem)
        pair = self._pair_atom(first, toks, i)
        atom, last = pair if pair is not None else (atom, i)
        units = [(atom, last)]
        if atom.kind == UNIT:
            tens = self._connected_atom(toks, last + 1, definite=True)
            if tens is not None and tens[0].kind == TEN:
                units.append((tens[0], tens[2]))
        scale = self.t.words.get(toks[units[-1][1] + 1].text) if units[-1][1] + 1 < len(toks) else None
        if scale is None or scale.kind not in (SCALE_ONE, SCALE_MANY):
            return None
        return self._compound_from(toks, first.start, units, definite=True)

    def _words_at(self, toks: Sequence[Tok], i: int) -> _Core | None:
        first = self._atom_at(toks, i, with_prefix=True)
        if first is None:
            return None
        atom, plen, last = first
        start = toks[i].start + plen
        if atom.kind == ZERO:
            return _Core(start, toks[last].end, last, 0, 0)
        if atom.kind == VAGUE:
            return None
        return self._compound_from(toks, start, [(atom, last)])

    def _compound_from(self, toks: Sequence[Tok], start: int, atoms: list[tuple[Atom, int]], *,
                       definite: bool = False) -> _Core | None:
        """The compound number opened by ``atoms`` (each with its last token), read on."""
        state = _Compound()
        for atom, _ in atoms:
            if not state.add(atom):
                return None
        last = atoms[-1][1]
        while True:
            nxt = self._next_atom(toks, last + 1, definite=definite)
            if nxt is None:
                break
            atom2, new_last = nxt
            if not state.add(atom2):
                break
            last = new_last
        value = state.value()
        return _Core(start, toks[last].end, last, value, value, scale=state.smallest_scale)

    def _next_atom(self, toks: Sequence[Tok], k: int, *, definite: bool = False) -> tuple[Atom, int] | None:
        if k >= len(toks):
            return None
        direct = self.t.words.get(toks[k].text)
        if direct is not None and direct.kind in (SCALE_ONE, SCALE_TWO, SCALE_MANY):
            return direct, k
        joined = self._connected_atom(toks, k, definite=definite)
        if joined is None:
            return None
        atom, _, last = joined
        return atom, last


class _Compound:
    """Accumulates the atoms of a compound number word by word, rejecting what Arabic
    number syntax does not allow (so "خمسة وعشرة" stays two numbers)."""

    def __init__(self) -> None:
        self.total = 0
        self.group = 0
        self.stage = "start"           # start | hundred | unit | done | scale
        self.last_scale = 10**12

    def add(self, atom: Atom) -> bool:
        kind, v = atom.kind, atom.value
        if kind in (SCALE_ONE, SCALE_TWO, SCALE_MANY):
            return self._add_scale(kind, v)
        if kind == HUNDRED and self.stage in ("start", "scale"):
            self.group, self.stage = v, "hundred"
            return True
        if kind == UNIT and self.stage in ("start", "scale", "hundred"):
            self.group += v
            self.stage = "unit"
            return True
        if kind in (TEN, TEEN) and (self.stage in ("start", "scale", "hundred")
                                    or (self.stage == "unit" and kind == TEN and v >= 20)):
            self.group += v
            self.stage = "done"
            return True
        return False

    def _add_scale(self, kind: str, scale: int) -> bool:
        if scale >= self.last_scale:
            return False
        if kind == SCALE_TWO:
            if self.group:
                return False
            count = 2
        elif kind == SCALE_MANY:
            if not 3 <= self.group % 100 <= 10:
                return False
            count = self.group
        else:
            count = self.group or 1
        self.total += count * scale
        self.group, self.stage, self.last_scale = 0, "scale", scale
        return True

    def value(self) -> int:
        return self.total + self.group

    @property
    def smallest_scale(self) -> int:
        """The last scale word when it ends the number ("خمسة عشر ألفا" -> 1000), else 1."""
        return self.last_scale if self.stage == "scale" else 1


# ---------------------------------------------------------------- module API

@lru_cache(maxsize=1)
def default_finder() -> NumberFinder:
    return NumberFinder(number_tables())


def find_numbers(layer: TextLayer) -> list[NumberMention]:
    """Every number in the text, cardinal and ordinal, with its span and bounds."""
    return default_finder().find(layer)


def numbers_outside_times(numbers: Iterable[NumberMention],
                          times: Iterable[TimeMention]) -> list[NumberMention]:
    """The numbers not inside a time expression (years, days of month, clock hours, the
    counts of "منذ 11 شهرا"): what casualty logic should consider."""
    spans = [(t.start, t.end) for t in times]
    return [n for n in numbers if not any(s <= n.start and n.end <= e for s, e in spans)]


def is_year(number: NumberMention, times: Iterable[TimeMention]) -> bool:
    """A 1900-2100 integer inside a date expression ("عام 2023", "7 أكتوبر 2023")."""
    if not isinstance(number.value, int) or not 1900 <= number.value <= 2100 or number.ordinal:
        return False
    return any(t.kind == "date" and t.start <= number.start and number.end <= t.end for t in times)
