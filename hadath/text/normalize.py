"""A normalised view of Arabic text whose every character maps back to the original.

Matching runs on the normalised string; spans found there are mapped back with
``Normalized.to_original`` so that ``text[start:end]`` is what the reader sees.
Normalisation only deletes characters (diacritics, tatweel, bidi marks, scare quotes) or
replaces one character with one character, which keeps the map a simple index list.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

# One-for-one substitutions.
_SUBSTITUTE: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه",
    # hamza carriers other than alef fold onto bare hamza: مسئول / مسؤول -> مسءول
    "ؤ": "ء", "ئ": "ء",
    "ک": "ك", "ڪ": "ك",
    "٫": ".", "٬": ",",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u3000": " ",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
}
for _d in range(10):
    _SUBSTITUTE[chr(0x0660 + _d)] = str(_d)   # Arabic-Indic digits
    _SUBSTITUTE[chr(0x06F0 + _d)] = str(_d)   # Extended (Persian) digits

# Characters dropped from the view: harakat, Quranic marks, superscript alef, tatweel,
# and invisible formatting characters.
_DELETE: frozenset[str] = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + ["\u0670", "\u0640", "\u0610", "\u0611", "\u0612", "\u0613", "\u0614", "\u0615",
       "\u0616", "\u0617", "\u0618", "\u0619", "\u061a",
       "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff",
       "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
       "\u2066", "\u2067", "\u2068", "\u2069", "\u061c"]
)


# Quotes around a short name, often glued to a proclitic: لـ"جيش" الاحتلال، الـ"يونيفيل".
# Dropped from the view so that names and their prefixes match as if unquoted.
_SCARE_QUOTED = re.compile(r'["«“]([^\s"«»“”.,،:؛!?؟]+(?: [^\s"«»“”.,،:؛!?؟]+)?)["»”]')


def scare_quotes(text: str) -> set[int]:
    """Indices of the quote marks around one- or two-word quoted names."""
    found: set[int] = set()
    for m in _SCARE_QUOTED.finditer(text):
        found.update((m.start(), m.end() - 1))
    return found


def normalize_char(ch: str) -> str:
    """The normalised form of one character: '' when dropped, else exactly one character."""
    if ch in _DELETE:
        return ""
    sub = _SUBSTITUTE.get(ch)
    if sub is not None:
        return sub
    low = ch.lower()
    return low if len(low) == 1 else ch


def _presentation_form_letters() -> dict[int, str]:
    """``str.translate`` table: each Arabic presentation form to the one letter it is a
    glyph of.  The lam-alef and word ligatures (ﻻ، ﷲ) stand for several letters and are left
    alone, so folding never changes the text's length."""
    table: dict[int, str] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        letter = unicodedata.normalize("NFKC", chr(code))
        if len(letter) == 1 and letter != chr(code):
            table[code] = letter
    return table


_PRESENTATION_FORM_LETTERS = _presentation_form_letters()


def fold_presentation_forms(text: str) -> str:
    """The text with Arabic presentation forms written as letters ("ﺇﺳﺮﺍﺋﻴﻞ" -> "إسرائيل").
    PDF extraction and some publishing systems emit the contextual glyphs instead of the
    letters; they look the same but no lexicon, pattern or letter count sees them.  One
    character for one, so every offset into the text stays valid."""
    return text.translate(_PRESENTATION_FORM_LETTERS)


class _CharTable(dict):
    """``str.translate`` table of ``normalize_char``, filled on first use of each character
    (a memo of a pure function)."""

    def __missing__(self, code: int) -> str:
        value = normalize_char(chr(code))
        self[code] = value
        return value


_TABLE = _CharTable()


def normalize_string(s: str) -> str:
    """Normalise a lexicon key or query the same way the text view is normalised."""
    return s.translate(_TABLE)


def normalize_key(s: str) -> str:
    """A lexicon key: normalised, with white space runs folded to one space."""
    return " ".join(normalize_string(s).split())


@dataclass(frozen=True)
class Normalized:
    """``norm[i]`` came from ``text[origin[i]]``."""
    text: str
    norm: str
    origin: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised view to the smallest original span covering it,
        including diacritics and tatweel attached to its last letter."""
        if not 0 <= start <= end <= len(self.norm):
            raise ValueError(f"span {start}:{end} outside normalised text of {len(self.norm)}")
        if start == end:
            pos = self.origin[start] if start < len(self.origin) else len(self.text)
            return pos, pos
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1
        while o_end < len(self.text) and self.text[o_end] in _DELETE and not self.text[o_end].isspace():
            o_end += 1
        return o_start, o_end

    @cached_property
    def _norm_index(self) -> list[int]:
        """For each original index, the normalised index of the first kept character at or
        after it."""
        index = [-1] * len(self.text) + [len(self.norm)]
        for n, o in enumerate(self.origin):
            index[o] = n
        for o in range(len(self.text) - 1, -1, -1):
            if index[o] < 0:
                index[o] = index[o + 1]
        return index

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span to the normalised view."""
        return self._norm_index[start], self._norm_index[end]


def normalize(text: str) -> Normalized:
    chars: list[str] = []
    origin: list[int] = []
    dropped = scare_quotes(text)
    for i, ch in enumerate(text):
        n = "" if i in dropped else normalize_char(ch)
        if n:
            chars.append(n)
            origin.append(i)
    return Normalized(text, "".join(chars), tuple(origin))
