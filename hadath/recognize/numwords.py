"""Arabic number words: the tables the number finder reads, and a writer for tests.

``number_tables()`` loads ``hadath/data/numbers.json`` once and turns its human-written
words into normalised lookup tables.  ``to_words(n)`` writes an integer out in standard
Arabic (nominative, with the counted noun masculine unless ``feminine``); the property
tests feed its output back through the finder.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..resources import load_json, require
from ..text import normalize_key

NUMBERS_FILE = "numbers.json"

# Atom kinds a number-word token can be.
UNIT, TEN, TEEN, HUNDRED, SCALE_ONE, SCALE_TWO, SCALE_MANY, VAGUE, ZERO = (
    "unit", "ten", "teen", "hundred", "scale_one", "scale_two", "scale_many", "vague", "zero")


@dataclass(frozen=True, slots=True)
class Atom:
    kind: str
    value: int


@dataclass(frozen=True, slots=True)
class NumberTables:
    """Normalised word tables.  ``words`` maps one token to its atom, ``pairs`` maps two
    tokens (a teen, a spaced hundred) to theirs."""
    words: dict[str, Atom]
    pairs: dict[tuple[str, str], Atom]
    decimal_point: frozenset[str]
    ordinal_units: dict[str, int]
    ordinal_teen_units: dict[str, int]
    teen_tens: frozenset[str]
    approximators: tuple[tuple[str, ...], ...]
    approximators_after: frozenset[str]
    lower_bounds: tuple[tuple[str, ...], ...]
    upper_bounds: tuple[tuple[str, ...], ...]
    range_openers: tuple[tuple[str, ...], ...]
    year_cues: frozenset[str]



def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    # longest first, so "ما لا يقل عن" wins over "يقل عن"
    return tuple(sorted({tuple(normalize_key(w).split()) for w in words}, key=len, reverse=True))


def validate_numbers(data: Any) -> None:
    """Raise ``DataError`` when numbers.json does not follow its schema."""
    where = NUMBERS_FILE
    require(isinstance(data, dict), where, "top level must be an object")
    for key in ("units", "teen_units", "tens", "hundred_stems", "ordinals", "ordinal_teen_units"):
        table = data.get(key)
        require(isinstance(table, dict) and table, where, f"'{key}' must be a non-empty object")
        for number, words in table.items():
            require(number.isdigit(), where, f"'{key}' key {number!r} is not a number")
            require(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words),
                    where, f"'{key}'[{number}] must be a non-empty list of words")
    require(set(data["units"]) == {str(i) for i in range(1, 10)}, where, "'units' must cover 1-9")
    require(set(data["tens"]) == {str(i) for i in range(10, 100, 10)}, where, "'tens' must cover 10-90")
    for key in ("hundred", "two_hundred", "teen_tens", "decimal_point", "approximators",
                "approximators_after", "lower_bounds", "upper_bounds", "range_openers",
                "year_cues", "zero"):
        words = data.get(key)
        require(isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words),
                where, f"'{key}' must be a list of non-empty strings")
    scales = data.get("scales")
    require(isinstance(scales, dict) and scales, where, "'scales' must be a non-empty object")
    for number, forms in scales.items():
        require(number.isdigit() and int(number) >= 1000, where, f"scale {number!r} must be a number >= 1000")
        require(isinstance(forms, dict) and set(forms) == {"one", "two", "many"}, where,
                f"scale {number} needs exactly 'one', 'two', 'many'")
    vague = data.get("vague")
    require(isinstance(vague, dict), where, "'vague' must be an object")
    for number in vague:
        require(number.isdigit(), where, f"vague key {number!r} is not a number")


def _build_words(data: dict[str, Any]) -> tuple[dict[str, Atom], dict[tuple[str, str], Atom]]:
    words: dict[str, Atom] = {}
    pairs: dict[tuple[str, str], Atom] = {}

    def put(surface: str, atom: Atom) -> None:
        key = normalize_key(surface)
        parts = key.split()
        if len(parts) == 1:
            words.setdefault(key, atom)
        elif len(parts) == 2:
            pairs.setdefault((parts[0], parts[1]), atom)

    for w in data["zero"]:
        put(w, Atom(ZERO, 0))
    for n, forms in data["units"].items():
        for w in forms:
            put(w, Atom(UNIT, int(n)))
    for n, forms in data["tens"].items():
        for w in forms:
            put(w, Atom(TEN, int(n)))
    for n, forms in data["teen_units"].items():
        for w in forms:
            for t in data["teen_tens"]:
                put(f"{w} {t}", Atom(TEEN, 10 + int(n)))
    hundreds = data["hundred"]
    for w in hundreds:
        put(w, Atom(HUNDRED, 100))
    for w in data["two_hundred"]:
        put(w, Atom(HUNDRED, 200))
    for n, stems in data["hundred_stems"].items():
        for stem in stems:
            for h in hundreds:
                put(stem + h, Atom(HUNDRED, 100 * int(n)))
                put(f"{stem} {h}", Atom(HUNDRED, 100 * int(n)))
    for n, forms in data["scales"].items():
        for kind, key in ((SCALE_ONE, "one"), (SCALE_TWO, "two"), (SCALE_MANY, "many")):
            for w in forms[key]:
                put(w, Atom(kind, int(n)))
    for n, forms in data["vague"].items():
        for w in forms:
            put(w, Atom(VAGUE, int(n)))
    return words, pairs


@lru_cache(maxsize=1)
def number_tables() -> NumberTables:
    data = load_json(NUMBERS_FILE)
    validate_numbers(data)
    words, pairs = _build_words(data)
    return NumberTables(
        words=words,
        pairs=pairs,
        decimal_point=frozenset(normalize_key(w) for w in data["decimal_point"]),
        ordinal_units={normalize_key(w): int(n) for n, ws in data["ordinals"].items() for w in ws},
        ordinal_teen_units={normalize_key(w): int(n) for n, ws in data["ordinal_teen_units"].items() for w in ws},
        teen_tens=frozenset(normalize_key(w) for w in data["teen_tens"]),
        approximators=_phrases(data["approximators"]),
        approximators_after=frozenset(normalize_key(w) for w in data["approximators_after"]),
        lower_bounds=_phrases(data["lower_bounds"]),
        upper_bounds=_phrases(data["upper_bounds"]),
        range_openers=_phrases(data["range_openers"]),
        year_cues=frozenset(normalize_key(w) for w in data["year_cues"]),
    )


# ---------------------------------------------------------------- writer

_UNITS_MASC = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")
_UNITS_FEM = ("", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع")
_TENS = ("", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_HUNDRED_STEMS = ("", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع")
_SCALES = ((1_000_000, "مليون", "مليونان", "ملايين"), (1000, "ألف", "ألفان", "آلاف"))


def _below_hundred(n: int, feminine: bool) -> str:
    # The tables are named for the counted noun: with a masculine noun 3-9 carry the ta
    # (ثلاثة رجال), with a feminine one they do not (ثلاث نساء).
    units = _UNITS_FEM if feminine else _UNITS_MASC
    if n == 0:
        return ""
    if n < 10:
        return units[n]
    if n == 10:
        return "عشر" if feminine else "عشرة"
    if n < 20:
        unit = n - 10
        ten = "عشرة" if feminine else "عشر"
        if unit == 1:
            return f"{'إحدى' if feminine else 'أحد'} {ten}"
        if unit == 2:
            return f"{'اثنتا' if feminine else 'اثنا'} {ten}"
        return f"{units[unit]} {ten}"
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    return f"{_below_hundred(unit, feminine)} و{_TENS[tens]}"


def _below_thousand(n: int, feminine: bool, hundred: str) -> str:
    h, rest = divmod(n, 100)
    parts = []
    if h == 1:
        parts.append(hundred)
    elif h == 2:
        parts.append("مئتان" if hundred == "مئة" else "مائتان")
    elif h > 2:
        parts.append(_HUNDRED_STEMS[h] + hundred)
    if rest:
        parts.append(_below_hundred(rest, feminine))
    return " و".join(parts)


def to_words(n: int, feminine: bool = False, *, hundred: str = "مائة",
             accusative_scale: bool = False) -> str:
    """Write ``0 <= n < 10**9`` in Arabic words: ``to_words(2350)`` -> "ألفان وثلاثمائة وخمسون".

    ``hundred`` picks the spelling مائة or مئة; ``accusative_scale`` writes ألفا/مليونا
    after 11-99 (the accusative of specification) instead of the bare form."""
    if not 0 <= n < 10**9:
        raise ValueError(f"to_words handles 0 .. 999,999,999, not {n}")
    if n == 0:
        return "صفر"
    parts = []
    rest = n
    for scale, one, two, many in _SCALES:
        count, rest = divmod(rest, scale)
        if count == 0:
            continue
        if count == 1:
            parts.append(one)
        elif count == 2:
            parts.append(two)
        elif 3 <= count % 100 <= 10:
            parts.append(f"{_below_thousand(count, False, hundred)} {many}")
        else:
            noun = one + "ا" if accusative_scale and 11 <= count % 100 <= 99 else one
            parts.append(f"{_below_thousand(count, False, hundred)} {noun}")
    if rest:
        parts.append(_below_thousand(rest, feminine, hundred))
    return " و".join(parts)
