"""Time expressions in Arabic text, resolved against the publication date.

``find_times(layer, published, prefer="past")`` returns ``TimeMention``s with a value in
``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` / ``YYYY-MM-DDTHH:MM`` per precision (day, month,
year, minute), plus durations ("ثلاثة أيام", "منذ 11 شهراً") and day counts
("لليوم الـ314") with value None.  A day count of a war the time tables know ("في اليوم
الـ100 من الحرب على غزة") is a date: the war's first day + N - 1.

Conventions (docs/numbers-and-time.md):

- a bare weekday, a day and month without a year, a month alone or a holiday is the
  latest such time on or before the publication (``prefer="past"``) or the next one on or
  after it (``prefer="future"``, Duckling's convention);  الماضي/المنصرم force strictly
  before, المقبل/القادم strictly after, whatever ``prefer`` says;
- relative expressions need an anchor: with ``published`` None they keep their span but
  value and precision are None.  Fully written dates (day, month and year; a year) resolve
  without one.

The finder runs on the normalised view.  Numbers found by ``NumberFinder`` are masked with
``#`` (offsets unchanged) so that one regex fragment, ``#+``, stands for any number
however it is written (7، السابع، سبعة، الـ24) and its value is looked up by position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Callable, Iterable

from hijridate import Gregorian, Hijri

from ..records import NumberMention, TimeMention
from ..resources import load_json, require
from ..text import TextLayer, normalize_key, normalize_string
from ..words import function_words
from .numbers import NumberFinder, default_finder

TIME_WORDS_FILE = "time_words.json"
PREFERENCES = ("past", "future")
UNITS = ("minute", "hour", "day", "week", "month", "year")
MASK = "#"
_HIJRI_YEARS = (1343, 1500)          # the Umm al-Qura range hijridate converts
_GREGORIAN_YEARS = (1900, 2100)
# "خلال الـ24 ساعة الماضية" reports on the publication day itself.
_PUBLICATION_DAY_HOURS = 24
# "5 ليلا" is 17:00 (the Duckling clock convention); 1-4 before a night word stay the small hours
_FIRST_EVENING_HOUR = 5
# "في العام الماضي"، "خلال الشهر الفائت": a month or year with a past marker is the previous
# calendar unit, not a stretch of time
CALENDAR_UNITS = ("month", "year")
# صحيفة "إسرائيل اليوم"، قناة «القدس اليوم»: a quoted name after an outlet's head noun ends in
# اليوم; it names the outlet, not today.
_QUOTED_NAME = re.compile(r"[\"«“](?P<name>[^\"«»“”\n]{1,40})[\"»”]")
_OPENING_QUOTES = "\"«“"
# Days a war's day count may stray from the publication day when the war is only inferred
# from the document ("من العدوان" in a report that names Gaza).
_WAR_DAY_SLACK = 2
# What follows an offset counted from another happening: "من <noun>" / "على <noun>"
# ("من الآن" is the publication itself).
_FROM_ANOTHER_TIME = re.compile(rf"\s+(?:من|{normalize_key('على')})\s+(?!الان(?!\w))\w")


# ---------------------------------------------------------------- data

def validate_time_words(data: Any) -> None:
    """Raise ``DataError`` when time_words.json does not follow its schema."""
    where = TIME_WORDS_FILE
    require(isinstance(data, dict), where, "top level must be an object")
    for key, size in (("months", 12), ("hijri_months", 12), ("weekdays", 7)):
        table = data.get(key)
        require(isinstance(table, dict) and len(table) == size, where, f"'{key}' needs {size} entries")
        for number, words in table.items():
            require(number.lstrip("-").isdigit(), where, f"'{key}' key {number!r} is not a number")
            require(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words),
                    where, f"'{key}'[{number}] must be a non-empty list of words")
    for key in ("relative_days", "minute_words", "hour_words", "named_hours", "clock_parts"):
        require(isinstance(data.get(key), dict), where, f"'{key}' must be an object")
    require(set(data["clock_parts"]) == {"am", "noon", "pm", "night"}, where,
            "'clock_parts' needs exactly am, noon, pm, night")
    units = data.get("units")
    require(isinstance(units, dict) and set(units) == set(UNITS), where, f"'units' needs {UNITS}")
    for unit, forms in units.items():
        require(isinstance(forms, dict) and set(forms) == {"one", "two", "many"}, where,
                f"unit {unit} needs one, two, many")
    for key in ("ambiguous_months", "hijri_year_marks", "not_today_after", "not_today_before", "day_parts",
                "past_markers", "future_markers", "current_markers", "this_words", "year_cues",
                "month_cues", "daycount_nouns", "holiday_prefixes", "minute_nouns", "bare_hour_parts",
                "day_adverbs", "year_prepositions", "year_suffixes",
                "period_start_nouns", "document_nouns", "reported_span_prepositions",
                "topic_prepositions", "aftermath_openers", "footage_nouns",
                "vague_counts", "recent_markers"):
        words = data.get(key)
        require(isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words),
                where, f"'{key}' must be a list of non-empty strings")
    for key in ("war_nouns", "war_modifiers", "war_name_heads", "war_day_verbs"):
        words = data.get(key)
        require(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words),
                where, f"'{key}' must be a non-empty list of non-empty strings")
    _validate_wars(data.get("wars"))
    require(set(data.get("offset_words", {})) == {"back", "forward", "since", "within", "span"}, where,
            "'offset_words' needs back, forward, since, within, span")
    for h in data.get("holidays", []):
        require(isinstance(h, dict) and h.get("calendar") in ("hijri", "gregorian", "easter"), where,
                f"holiday {h!r} needs calendar hijri, gregorian or easter")
        require(isinstance(h.get("names"), list) and h["names"], where, f"holiday {h!r} needs names")
        if h["calendar"] != "easter":
            require(1 <= h.get("month", 0) <= 12 and 1 <= h.get("day", 0) <= 30, where,
                    f"holiday {h['names'][0]} has no valid month/day")


def _validate_wars(wars: Any) -> None:
    where = TIME_WORDS_FILE
    require(isinstance(wars, list) and wars, where, "'wars' must be a non-empty list")
    for war in wars:
        require(isinstance(war, dict) and isinstance(war.get("name"), str) and war["name"].strip(), where,
                f"war {war!r} needs a name")
        name = war["name"]
        for key in ("targets", "names"):
            require(isinstance(war.get(key), list) and all(isinstance(w, str) and w.strip() for w in war[key]),
                    where, f"war {name}: '{key}' must be a list of non-empty strings")
        require(bool(war["targets"]), where, f"war {name} needs at least one target")
        require(isinstance(war.get("source"), str) and war["source"].strip(), where,
                f"war {name} needs a source for its first day")
        try:
            date.fromisoformat(war.get("first_day", ""))
        except (TypeError, ValueError):
            require(False, where, f"war {name}: first_day must be YYYY-MM-DD")
    targets = [normalize_key(t) for war in wars for t in war["targets"]]
    require(len(targets) == len(set(targets)), where, "a war target names one war only")


def _lookup(table: dict[str, list[str]]) -> dict[str, int]:
    return {normalize_key(w): int(k) for k, ws in table.items() for w in ws}


def _alt(words: Iterable[str], *, contract_article: bool = False) -> str:
    """A regex alternation of normalised words, longest first; spaces match any run of
    spaces.  With ``contract_article`` a word in ال also matches as لل (لليوم)."""
    forms = set(words)
    if contract_article:
        forms |= {"لل" + w[2:] for w in forms if w.startswith("ال")}
    ordered = sorted(forms, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@dataclass(frozen=True)
class TimeTables:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    not_today_after: frozenset[str]
    not_today_before: frozenset[str]
    # every word of a part of the day, alone or after a number (صباح، صباحا، ليلا ...)
    day_part_words: frozenset[str]
    clock_parts: dict[str, str]
    hour_words: dict[str, int]
    named_hours: dict[str, int]                     # منتصف الليل -> 0: an hour with no number
    minute_words: dict[str, int]
    unit_words: dict[str, tuple[str, str]]          # word -> (unit, one|two|many)
    definite_units: dict[str, str]
    directions: dict[str, str]                      # marker -> past|future|current
    offset_words: dict[str, str]                    # word -> back|forward|since|within|span
    vague_counts: frozenset[str]                    # بضعة، عدة: an unstated few
    recent_markers: frozenset[str]                  # الأخيرة: "في الأشهر الأخيرة"
    holidays: dict[str, tuple[str, int, int]]
    war_targets: dict[str, date]                    # target (غزه، قطاع غزه) -> first day
    war_names: dict[str, date]                      # own name (طوفان الاقصي) -> first day
    raw: dict[str, Any]


@lru_cache(maxsize=1)
def time_tables() -> TimeTables:
    data = load_json(TIME_WORDS_FILE)
    validate_time_words(data)
    unit_words: dict[str, tuple[str, str]] = {}
    for unit, forms in data["units"].items():
        for form in ("two", "one", "many"):
            for w in forms[form]:
                unit_words.setdefault(normalize_key(w), (unit, form))
    directions = {normalize_key(w): "past" for w in data["past_markers"]}
    directions |= {normalize_key(w): "future" for w in data["future_markers"]}
    directions |= {normalize_key(w): "current" for w in data["current_markers"]}
    return TimeTables(
        months=_lookup(data["months"]),
        ambiguous_months=frozenset(normalize_key(w) for w in data["ambiguous_months"]),
        hijri_months=_lookup(data["hijri_months"]),
        weekdays=_lookup(data["weekdays"]),
        relative_days=_lookup(data["relative_days"]),
        not_today_after=frozenset(normalize_key(w) for w in data["not_today_after"]),
        not_today_before=frozenset(normalize_key(w) for w in data["not_today_before"]),
        day_part_words=frozenset(normalize_key(w) for key in ("day_parts", "day_adverbs", "bare_hour_parts")
                                 for w in data[key]),
        clock_parts={normalize_key(w): part for part, ws in data["clock_parts"].items() for w in ws},
        hour_words=_lookup(data["hour_words"]),
        named_hours=_lookup(data["named_hours"]),
        minute_words=_lookup(data["minute_words"]),
        unit_words=unit_words,
        definite_units={normalize_key(w): unit for unit, ws in data["definite_units"].items() for w in ws},
        directions=directions,
        offset_words={normalize_key(w): kind for kind, ws in data["offset_words"].items() for w in ws},
        vague_counts=frozenset(normalize_key(w) for w in data["vague_counts"]),
        recent_markers=frozenset(normalize_key(w) for w in data["recent_markers"]),
        holidays={normalize_key(name): (h["calendar"], h.get("month", 0), h.get("day", 0))
                  for h in data["holidays"] for name in h["names"]},
        war_targets={normalize_key(t): date.fromisoformat(w["first_day"]) for w in data["wars"] for t in w["targets"]},
        war_names={normalize_key(n): date.fromisoformat(w["first_day"]) for w in data["wars"] for n in w["names"]},
        raw=data,
    )


# ---------------------------------------------------------------- calendar helpers


def _in_outlet_name(text: str, start: int, end: int) -> bool:
    """The time ends a quoted name whose opening quote follows an outlet's head noun
    ("صحيفة “إسرائيل اليوم”")."""
    opening = max(text.rfind(q, max(0, start - 40), start) for q in _OPENING_QUOTES)
    if opening < 0:
        return False
    quoted = _QUOTED_NAME.match(text, opening)
    if quoted is None or quoted.end("name") != end:
        return False
    before = text[max(0, opening - 20):opening].split()
    return bool(before) and normalize_string(before[-1]) in _outlet_heads()


@lru_cache(maxsize=1)
def _outlet_heads() -> frozenset[str]:
    return frozenset(normalize_string(w) for w in function_words().outlet_heads)


def parse_published(published: str | None) -> date | None:
    """The anchor day of "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS][tz]"; None when absent or
    unreadable."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def hijri_to_date(year: int, month: int, day: int) -> date | None:
    if not _HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1]:
        return None
    try:
        g = Hijri(year, month, day).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def pick(candidates: Iterable[date], anchor: date, direction: str) -> date | None:
    """The candidate a direction selects: past = latest on or before the anchor, future =
    earliest on or after; strict_past / strict_future exclude the anchor itself."""
    items = sorted(c for c in candidates if c is not None)
    if direction == "past":
        eligible = [c for c in items if c <= anchor]
        return eligible[-1] if eligible else None
    if direction == "strict_past":
        eligible = [c for c in items if c < anchor]
        return eligible[-1] if eligible else None
    if direction == "strict_future":
        eligible = [c for c in items if c > anchor]
        return eligible[0] if eligible else None
    eligible = [c for c in items if c >= anchor]
    return eligible[0] if eligible else None


def direction_of(marker: str | None, prefer: str, tables: TimeTables) -> str:
    kind = tables.directions.get(marker or "")
    if kind == "past":
        return "strict_past"
    if kind == "future":
        return "strict_future"
    if kind == "current":
        return "current"
    return prefer


def fmt(value: date | None, precision: str) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    if precision == "year":
        return f"{value.year:04d}", "year"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}", "month"
    return value.isoformat(), "day"


# ---------------------------------------------------------------- candidates

Resolver = Callable[[date | None], tuple[str | None, str | None]]


@dataclass(frozen=True)
class Candidate:
    start: int                       # normalised offsets
    end: int
    kind: str                        # date | duration | daycount
    resolve: Resolver
    rank: int = 0                    # tie-break: lower wins


def _unresolved(_: date | None) -> tuple[None, None]:
    return None, None


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then the earlier start, then the rule's rank; no overlaps."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start, c.rank)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


class _Masked:
    """The normalised text with every number replaced by ``#`` and the numbers by start."""

    def __init__(self, norm: str, numbers: list[NumberMention], protected: re.Pattern[str],
                 anchor: date | None = None) -> None:
        self.anchor = anchor
        chars = list(norm)
        self.at: dict[int, NumberMention] = {}
        # ordinals that are part of a name (كانون الثاني، أول أمس) stay words
        names = [(m.start(), m.end()) for m in protected.finditer(norm)]
        for m in numbers:
            if any(s < m.end and m.start < e for s, e in names):
                continue
            for k in range(m.start, m.end):
                chars[k] = MASK
            self.at[m.start] = m
        self.text = "".join(chars)

    def number(self, match: re.Match[str], group: str) -> NumberMention | None:
        if match.group(group) is None:
            return None
        pos = match.start(group) + match.group(group).find(MASK)
        return self.at.get(pos)

    def integer(self, match: re.Match[str], group: str) -> int | None:
        m = self.number(match, group)
        if m is None or not isinstance(m.value, int) or m.min != m.max:
            return None
        return m.value


# ---------------------------------------------------------------- the finder

_WORD_RE = re.compile(r"\w+")


class TimeFinder:
    """Finds and resolves time expressions.  Regexes are compiled once per finder."""

    def __init__(self, tables: TimeTables, numbers: NumberFinder) -> None:
        self.t = tables
        self.numbers = numbers
        self.rules = self._compile_rules()
        self.names = self._compile_names()
        self.other_war = self._compile_other_war()

    @classmethod
    def default(cls) -> "TimeFinder":
        """The shared finder built from the package's time_words.json."""
        return default_time_finder()

    # ------------------------------------------------------------ regexes
    def _compile_names(self) -> re.Pattern[str]:
        """Multi-word time names, some of which contain an ordinal."""
        words = [w for table in (self.t.months, self.t.hijri_months, self.t.relative_days, self.t.holidays)
                 for w in table if " " in w]
        return re.compile(rf"(?<!\w){_alt(words)}(?!\w)")

    def _compile_other_war(self) -> re.Pattern[str]:
        """What follows a day count of some other war: a war noun, its modifiers, then
        another definite word or على ("من الحرب الروسية"، "من الحرب على السودان")."""
        noun, modifier = self._war_noun_and_modifier()
        ala = normalize_key("على")
        return re.compile(rf"(?:\s+{ala}\s+التوالي)?\s+(?:من\s+)?{noun}(?:\s+{modifier}){{0,3}}"
                          rf"\s+(?:(?!{modifier}(?!\w))ال(?!تي|ذي)\w|{ala}(?!\w))")

    def _war_noun_and_modifier(self) -> tuple[str, str]:
        """Alternations of the war nouns (also after ل / لل) and of their modifiers."""
        raw = self.t.raw
        nouns = [normalize_key(w) for w in raw["war_nouns"]]
        noun = _alt(nouns + ["ل" + w for w in nouns if not w.startswith("ال")], contract_article=True)
        return noun, _alt(normalize_key(w) for w in raw["war_modifiers"])

    def _compile_rules(self) -> list[tuple[re.Pattern[str], Callable[..., Candidate | None]]]:
        t, raw = self.t, self.t.raw
        month = _alt(t.months)
        hmonth = _alt(t.hijri_months)
        weekday = _alt(t.weekdays, contract_article=True)
        relday = _alt(t.relative_days, contract_article=True)
        direction = _alt(t.directions)
        daypart = _alt(normalize_key(w) for w in raw["day_parts"])
        clockpart = _alt(t.clock_parts)
        hourword = _alt(t.hour_words)
        named_hour = _alt(t.named_hours)
        minuteword = _alt(t.minute_words)
        yearsuffix = _alt(normalize_key(w) for w in raw["year_suffixes"])
        yearprep = _alt(normalize_key(w) for w in raw["year_prepositions"])
        bare_part = _alt(normalize_key(w) for w in raw["bare_hour_parts"])
        day_adverb = _alt(normalize_key(w) for w in raw["day_adverbs"])
        that_day = _alt(t.not_today_before)
        minnoun = _alt(normalize_key(w) for w in raw["minute_nouns"])
        unit = "(?:ال)?" + _alt(t.unit_words)
        defunit = _alt(t.definite_units, contract_article=True)
        yearunit = _alt((w for w, u in t.definite_units.items() if u == "year"), contract_article=True)
        this = _alt(normalize_key(w) for w in raw["this_words"])
        offset = _alt(t.offset_words)
        few = _alt(t.vague_counts)
        recent = _alt(t.recent_markers)
        yearcue = _alt((normalize_key(w) for w in raw["year_cues"]), contract_article=True)
        hmark = _alt(normalize_key(w) for w in raw["hijri_year_marks"])
        holiday = _alt(t.holidays)
        hprefix = _alt(normalize_key(w) for w in raw["holiday_prefixes"])
        dnoun = _alt(normalize_key(w) for w in raw["daycount_nouns"])
        num = rf"(?:ال)?{MASK}+"
        pre = r"(?<!\w)(?:[وف]?[بلك]?)"
        end = r"(?!\w)"
        war = self._war_phrase()
        day_of = _alt(normalize_key(w) for w in raw["daycount_nouns"] if normalize_key(w) != "يوم")
        war_verb = _alt(normalize_key(w) for w in raw["war_day_verbs"])
        ala = normalize_key("على")
        sep = r"\s*[،,]?\s*"
        alt_month = rf"(?:\s*[/(-]\s*{month}(?:\s*\))?)?"
        year_part = rf"(?:\s+(?:من\s+)?(?:{yearcue}\s+)?(?P<y>{num}))?"
        # a numeric date starts a word or follows a one-letter proclitic (و18/9)
        numeric_start = r"(?:(?<![\w#/.-])|(?<=\s[وفبل])|(?<=^[وفبل]))"
        wd_prefix = rf"(?:(?:يوم\s+)?{weekday}{sep}(?:الموافق\s+)?)?"
        minutes = (rf"(?:\s+(?:(?P<mw>{minuteword})|و\s*(?P<mn>{MASK}+)\s+{minnoun}))?")
        clock_day = rf"(?:\s+(?:من\s+)?(?:{daypart}\s+)?(?:يوم\s+)?(?P<rel>{relday}|{weekday}))?"
        specs: list[tuple[str, Callable[..., Candidate | None]]] = [
            (numeric_start + r"(?P<x>(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2}))(?![\w#/-]|\.\d)",
             self._numeric_date),
            (numeric_start + r"(?P<x>(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2}))(?![\w#/-]|\.\d)",
             self._numeric_date),
            (numeric_start + r"(?P<x>(?P<d>\d{1,2})/(?P<m>\d{1,2}))(?![\w#/]|\.\d)", self._numeric_date),
            (rf"{pre}(?P<x>{wd_prefix}(?P<d>{num})\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{month}){alt_month}"
             rf"{year_part}(?:\s+(?P<dir>{direction}))?){end}", self._day_month),
            (rf"{pre}(?P<x>{wd_prefix}(?P<d>{num})\s+(?:من\s+)?(?:شهر\s+)?(?P<hmon>{hmonth})"
             rf"{year_part}(?:\s*(?P<hm>{hmark}))?(?:\s+(?P<dir>{direction}))?){end}", self._hijri_day_month),
            (rf"{pre}(?P<x>(?:شهر\s+)?(?P<mon>{month}){alt_month}\s+(?:من\s+)?(?:{yearcue}\s+)?(?P<y>{num})){end}",
             self._month_year),
            # "في أيلول/سبتمبر من العام الماضي"، "في 3 آذار من هذا العام": the year is relative
            (rf"{pre}(?P<x>{wd_prefix}(?:(?P<d>{num})\s+(?:من\s+)?)?(?:شهر\s+)?(?P<mon>{month}){alt_month}"
             rf"\s+(?:من\s+)?(?:(?P<this>{this})\s+)?(?P<u>{yearunit})(?:\s+(?P<dir>{direction}))?){end}",
             self._month_of_relative_year),
            (rf"{pre}(?P<x>(?:شهر\s+)?(?P<hmon>{hmonth})\s+(?:من\s+)?(?:{yearcue}\s+)?(?P<y>{num})\s*(?P<hm>{hmark})?){end}",
             self._hijri_month_year),
            (rf"{pre}(?P<x>(?P<cue>شهر\s+)?(?P<mon>{month}|{hmonth}){alt_month}(?:\s+(?P<dir>{direction}))?){end}",
             self._month_alone),
            (rf"{pre}(?P<x>{yearcue}\s+(?P<y>{num})(?:\s*(?P<hm>{hmark}))?){end}", self._year),
            (rf"{pre}(?P<x>(?P<y>{MASK}{{4}})\s?{yearsuffix}){end}", self._bare_year),
            (rf"{pre}{yearprep}\s+(?P<x>(?P<y>{MASK}{{4}})){end}", self._bare_year),
            (rf"{pre}(?P<x>(?:(?P<this>{this})\s+)?(?P<u>{defunit})(?:\s+(?P<dir>{direction}))?){end}",
             self._relative_unit),
            (rf"{pre}(?P<x>(?:(?P<part>{daypart})\s+)?(?:يوم\s+)?(?P<rel>{relday})"
             rf"(?:\s*\(\s*{weekday}\s*\)|{sep}{weekday})?){end}", self._relative_day),
            (rf"{pre}(?P<x>(?:(?P<part>{daypart})\s+)?(?:يوم\s+)?(?P<wd>{weekday})(?:\s+(?P<dir>{direction}))?){end}",
             self._weekday),
            # "أفادت الوزارة صباحاً": no day word follows (those are the rules above), nor
            # a demonstrative of a day told elsewhere ("مساء ذلك اليوم")
            (rf"{pre}(?P<x>{day_adverb}){end}(?!\s*(?:يوم|{that_day}|{relday}|{weekday}))",
             self._report_day),
            (rf"{pre}(?P<x>(?P<pre>{offset})\s+(?:(?P<n>{num})\s+|(?P<few>{few})\s+)?(?P<u>{unit})"
             rf"(?:\s+(?P<dir>{direction}|{recent}))?){end}", self._offset),
            # the unit before its number: "خلال الساعات الـ24 الأخيرة"
            (rf"{pre}(?P<x>(?P<pre>{offset})\s+(?P<u>ال{_alt(t.unit_words)})\s+(?P<n>{num})"
             rf"\s+(?P<dir>{direction}|{recent})){end}", self._offset),
            (rf"(?<!\w)(?P<x>(?P<n>{MASK}+)\s+(?P<u>{unit})){end}", self._bare_duration),
            # "في اليوم الـ100 من الحرب على غزة"، "لليوم الـ20 على التوالي حربه على غزة"
            (rf"{pre}(?P<x>(?P<day>(?:ال|لل)?{dnoun})\s+(?P<n>{num}))(?:\s+{ala}\s+التوالي)?"
             rf"\s+(?:من\s+)?{war}", self._war_day),
            # "عدوانه على غزة الذي دخل يومه الـ100"، "الحرب على غزة في يومها الـ50"
            (rf"(?<!\w)(?:[وفبل]|لل)?{war}(?:\s+(?:التي|الذي))?(?:\s+{war_verb})?\s+(?:في\s+)?"
             rf"(?P<x>(?P<own>{day_of})\s+(?P<n>{num})){end}", self._war_day),
            (rf"{pre}(?P<x>(?:ال|لل)?{dnoun}\s+(?P<n>{num})(?:\s+على\s+التوالي)?){end}", self._daycount),
            (rf"{pre}(?P<x>(?:ال|لل)?ساعه\s+(?P<h>{num}|{hourword}|\d{{1,2}}:\d{{2}}){minutes}"
             rf"(?:\s+(?:من\s+)?(?P<part>{clockpart}))?{clock_day}){end}", self._clock),
            (rf"{pre}(?P<x>(?P<h>{num}|{hourword}){minutes}\s+(?P<part>{bare_part})){end}",
             self._clock),
            (rf"(?<![\w:#])(?P<x>(?P<h>\d{{1,2}}:\d{{2}})(?:\s+(?P<part>{clockpart}))?){end}", self._clock),
            (rf"{pre}(?P<x>(?:(?:ال|لل)?ساعه\s+)?(?P<h>{named_hour}){clock_day}){end}", self._clock),
            (rf"{pre}(?P<x>(?:{hprefix}\s+)?(?P<hol>{holiday})(?:\s+(?P<dir>{direction}))?){end}", self._holiday),
        ]
        return [(re.compile(p), h) for p, h in specs]

    def _war_phrase(self) -> str:
        """A war noun with its modifiers and target ("العدوان الإسرائيلي المتواصل على قطاع
        غزة"), or a war's own name ("ملحمة "طوفان الأقصى""); groups ``tgt`` / ``name``.  A
        war noun followed by another definite word or by على with an unknown target names
        some other war and does not match ("الحرب الروسية")."""
        raw = self.t.raw
        noun, modifier = self._war_noun_and_modifier()
        target = _alt(list(self.t.war_targets) + ["القطاع"])
        heads = _alt(normalize_key(w) for w in raw["war_name_heads"])
        name = _alt(self.t.war_names)
        quote = r"[\"«“']?"
        ala = normalize_key("على")
        by_noun = (rf"{noun}(?:\s+{modifier}){{0,3}}(?:\s+{ala}\s+(?P<tgt>{target})(?!\w)"
                   rf"|(?!\s+(?:ال(?!تي|ذي)\w|{ala}(?!\w))))")
        by_name = rf"(?:{heads}\s+)?{quote}(?P<name>{name}){quote}"
        return rf"(?:{by_noun}|{by_name})(?!\w)"

    # ------------------------------------------------------------ entry point
    def find(self, layer: TextLayer, published: str | None, *, prefer: str = "past") -> list[TimeMention]:
        if prefer not in PREFERENCES:
            raise ValueError(f"prefer must be one of {PREFERENCES}, not {prefer!r}")
        anchor = parse_published(published)
        masked = _Masked(layer.view.norm, self.numbers.find_in_norm(layer.view.norm), self.names, anchor)
        candidates: list[Candidate] = []
        for rank, (regex, handler) in enumerate(self.rules):
            for match in regex.finditer(masked.text):
                cand = handler(match, masked, prefer)
                if cand is not None:
                    candidates.append(Candidate(cand.start, cand.end, cand.kind, cand.resolve, rank))
        out = []
        for c in choose(candidates):
            start, end = layer.view.to_original(c.start, c.end)
            value, precision = c.resolve(anchor) if c.kind == "date" else (None, None)
            if _in_outlet_name(layer.text, start, end):
                continue
            out.append(TimeMention(start, end, layer.text[start:end], value, precision, c.kind))
        return self._day_then_clock(layer, out, anchor)

    def _day_then_clock(self, layer: TextLayer, mentions: list[TimeMention],
                        anchor: date | None) -> list[TimeMention]:
        """"أمس 18:40"، "مساء أمس الساعة التاسعة": a clock time right after a day takes that
        day (a clock alone is read on the anchor day), and the day's evening word its half."""
        out: list[TimeMention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (prev is not None and anchor is not None and prev.precision == "day"
                    and m.precision == "minute" and m.value and prev.value
                    and m.value[:10] == anchor.isoformat()
                    and not layer.text[prev.end:m.start].strip(" \u00a0،,")):
                hour, minute = int(m.value[11:13]), int(m.value[14:16])
                part = next((self.t.clock_parts[w] for w in _WORD_RE.findall(normalize_string(prev.text))
                             if w in self.t.clock_parts), None)
                hour = self._day_half(hour, part)
                out[-1] = TimeMention(prev.start, m.end, layer.text[prev.start:m.end],
                                      f"{prev.value}T{hour:02d}:{minute:02d}", "minute", "date")
                continue
            out.append(m)
        return out

    # ------------------------------------------------------------ handlers
    @staticmethod
    def _span(match: re.Match[str], kind: str, resolve: Resolver) -> Candidate:
        return Candidate(match.start("x"), match.end("x"), kind, resolve)

    def _numeric_date(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        day, month = int(match.group("d")), int(match.group("m"))
        year_text = match.groupdict().get("y")
        if year_text is not None:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            value = safe_date(year, month, day)
            if value is None:
                return None
            return self._span(match, "date", lambda _a: fmt(value, "day"))
        if safe_date(2000, month, day) is None:      # 2000 is a leap year: 29/2 stays valid
            return None
        return self._span(match, "date", lambda a: fmt(self._month_day(a, month, day, prefer), "day"))

    @staticmethod
    def _month_day(anchor: date | None, month: int, day: int, direction: str) -> date | None:
        if anchor is None:
            return None
        if direction == "current":
            return safe_date(anchor.year, month, day)
        years = range(anchor.year - 1, anchor.year + 2)
        return pick((safe_date(y, month, day) for y in years), anchor, direction)

    def _year_value(self, masked: _Masked, match: re.Match[str], hijri: bool = False) -> int | None:
        year = masked.integer(match, "y")
        low, high = _HIJRI_YEARS if hijri else _GREGORIAN_YEARS
        if year is None or not low <= year <= high:
            return None
        return year

    def _day_value(self, masked: _Masked, match: re.Match[str]) -> int | None:
        day = masked.integer(match, "d")
        return day if day is not None and 1 <= day <= 31 else None

    def _day_month(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        day = self._day_value(masked, match)
        if day is None:
            return None
        month = self.t.months[" ".join(match.group("mon").split())]
        if match.group("y") is not None:
            year = self._year_value(masked, match)
            if year is None:
                return None
            value = safe_date(year, month, day)
            return None if value is None else self._span(match, "date", lambda _a: fmt(value, "day"))
        direction = direction_of(match.group("dir"), prefer, self.t)
        if safe_date(2000, month, day) is None:
            return None
        return self._span(match, "date", lambda a: fmt(self._month_day(a, month, day, direction), "day"))

    def _hijri_day_month(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        day = self._day_value(masked, match)
        if day is None or day > 30:
            return None
        month = self.t.hijri_months[" ".join(match.group("hmon").split())]
        if match.group("y") is not None:
            year = self._year_value(masked, match, hijri=True)
            value = hijri_to_date(year, month, day) if year else None
            return None if value is None else self._span(match, "date", lambda _a: fmt(value, "day"))
        direction = direction_of(match.group("dir"), prefer, self.t)
        return self._span(match, "date", lambda a: fmt(self._hijri_nearest(a, month, day, direction), "day"))

    @staticmethod
    def _hijri_nearest(anchor: date | None, month: int, day: int, direction: str) -> date | None:
        if anchor is None:
            return None
        hyear = hijri_year_of(anchor)
        if hyear is None:
            return None
        if direction == "current":
            return hijri_to_date(hyear, month, day)
        return pick((hijri_to_date(y, month, day) for y in range(hyear - 1, hyear + 2)), anchor, direction)

    @classmethod
    def _hijri_month_nearest(cls, anchor: date | None, month: int, direction: str) -> date | None:
        """The 15th day of the Hijri month meant (reported as its Gregorian month).  In the
        past it is the latest one begun by the anchor: "في شهر رمضان" written on its third
        day is the current Ramadan, not last year's."""
        if direction != "past" or anchor is None:
            return cls._hijri_nearest(anchor, month, 15, direction)
        hyear = hijri_year_of(anchor)
        if hyear is None:
            return None
        begun = [y for y in range(hyear - 1, hyear + 2)
                 if (first := hijri_to_date(y, month, 1)) is not None and first <= anchor]
        return hijri_to_date(max(begun), month, 15) if begun else None

    def _month_year(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        year = self._year_value(masked, match)
        if year is None:
            return None
        value = date(year, self.t.months[" ".join(match.group("mon").split())], 1)
        return self._span(match, "date", lambda _a: fmt(value, "month"))

    def _month_of_relative_year(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        marker = match.group("dir")
        if not marker and not match.group("this"):
            return None
        month = self.t.months[" ".join(match.group("mon").split())]
        step = {"past": -1, "future": 1, "current": 0}[self.t.directions.get(marker or "", "current")]
        if match.group("d") is None:
            return self._span(match, "date", lambda a: fmt(date(a.year + step, month, 1), "month") if a else (None, None))
        day = self._day_value(masked, match)
        if day is None or safe_date(2000, month, day) is None:
            return None
        return self._span(match, "date",
                          lambda a: fmt(safe_date(a.year + step, month, day), "day") if a else (None, None))

    def _hijri_month_year(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        year = self._year_value(masked, match, hijri=True)
        if year is None:
            return None
        # A Hijri month straddles two Gregorian ones: report the month of its 15th day.
        value = hijri_to_date(year, self.t.hijri_months[" ".join(match.group("hmon").split())], 15)
        return None if value is None else self._span(match, "date", lambda _a: fmt(value, "month"))

    def _month_alone(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        name = " ".join(match.group("mon").split())
        has_context = bool(match.group("cue") or match.group("dir"))
        if name in self.t.hijri_months:
            if not has_context:
                return None
            month = self.t.hijri_months[name]
            direction = direction_of(match.group("dir"), prefer, self.t)
            return self._span(match, "date",
                              lambda a: fmt(self._hijri_month_nearest(a, month, direction), "month"))
        if name in self.t.ambiguous_months and not has_context:
            return None
        month = self.t.months[name]
        direction = direction_of(match.group("dir"), prefer, self.t)
        return self._span(match, "date", lambda a: fmt(self._month_only(a, month, direction), "month"))

    @staticmethod
    def _month_only(anchor: date | None, month: int, direction: str) -> date | None:
        """Months compare as their first day against the first day of the anchor's month:
        "أكتوبر الماضي" is the latest October strictly before the publication month."""
        if anchor is None:
            return None
        if direction == "current":
            return date(anchor.year, month, 1)
        first = anchor.replace(day=1)
        return pick((date(y, month, 1) for y in range(anchor.year - 1, anchor.year + 2)), first, direction)

    def _year(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        if match.group("hm"):
            year = self._year_value(masked, match, hijri=True)
            start = hijri_to_date(year, 1, 1) if year else None
            if start is None:
                return None
            return self._span(match, "date", lambda _a: fmt(start, "year"))
        year = self._year_value(masked, match)
        if year is None:
            return None
        value = date(year, 1, 1)
        return self._span(match, "date", lambda _a: fmt(value, "year"))

    def _bare_year(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        number = masked.number(match, "y")
        if number is None or number.min != number.max or number.approx:
            return None
        year = self._year_value(masked, match)
        if year is None:
            return None
        value = date(year, 1, 1)
        return self._span(match, "date", lambda _a: fmt(value, "year"))

    def _relative_unit(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        marker = match.group("dir")
        if not marker and not match.group("this"):
            return None
        word = match.group("u")
        unit = self.t.definite_units.get(word) or self.t.definite_units.get("ال" + word[2:])
        kind = self.t.directions.get(marker or "", "current")
        step = {"past": -1, "future": 1, "current": 0}[kind]
        if unit == "week":
            return self._span(match, "date", _unresolved)   # no week value in the contract
        return self._span(match, "date", lambda a: self._shift_period(a, unit, step))

    @staticmethod
    def _shift_period(anchor: date | None, unit: str, step: int) -> tuple[str | None, str | None]:
        if anchor is None:
            return None, None
        if unit == "year":
            return fmt(date(anchor.year + step, 1, 1), "year")
        return fmt(add_months(anchor.replace(day=1), step), "month")

    def _relative_day(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        rel = " ".join(match.group("rel").split())
        offset = self.t.relative_days.get(rel, self.t.relative_days.get("ال" + rel[2:]))
        if offset is None:
            return None
        if offset == 0 and rel.endswith("يوم") and (self._narrative_day(masked.text, match.end("x"))
                                                   or self._day_told_before(masked.text, match.start("x"))):
            return None
        return self._span(match, "date",
                          lambda a: fmt(a + timedelta(days=offset), "day") if a else (None, None))

    def _report_day(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        if self._habitual_pair(masked.text, match.start("x"), match.end("x")):
            return None
        return self._span(match, "date", lambda a: fmt(a, "day") if a else (None, None))

    def _habitual_pair(self, text: str, start: int, end: int) -> bool:
        """"صباح مساء"، "صباحا ومساء"، "ليلا ونهارا": two parts of the day together say
        "all the time", not when."""
        parts = self.t.day_part_words
        before = text[max(0, start - 14):start].rstrip("وفبلك").split()   # less a proclitic
        after = text[end:end + 12].split()
        return bool(before) and before[-1].removeprefix("و") in parts \
            or bool(after) and after[0].removeprefix("و") in parts | {"نهارا"}

    def _day_told_before(self, text: str, pos: int) -> bool:
        """"في ذلك اليوم"، "في نفس اليوم": the day of a story told, not today."""
        before = text[max(0, pos - 12):pos].split()
        return bool(before) and before[-1] in self.t.not_today_before

    def _narrative_day(self, text: str, pos: int) -> bool:
        """اليوم followed by التالي / نفسه / an ordinal is 'the day' of a story, not today."""
        nxt = text[pos:pos + 40].split()
        return bool(nxt) and (nxt[0] in self.t.not_today_after or nxt[0].lstrip("ال").startswith(MASK)
                              or nxt[0].startswith(MASK))

    def _weekday(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        word = match.group("wd")
        weekday = self.t.weekdays.get(word, self.t.weekdays.get("ال" + word[2:]))
        if weekday is None:
            return None
        direction = direction_of(match.group("dir"), prefer, self.t)
        return self._span(match, "date", lambda a: fmt(self._weekday_date(a, weekday, direction), "day"))

    @staticmethod
    def _weekday_date(anchor: date | None, weekday: int, direction: str) -> date | None:
        if anchor is None:
            return None
        if direction == "current":
            direction = "past"
        candidates = (anchor + timedelta(days=k) for k in range(-7, 8) if (anchor.weekday() + k) % 7 == weekday)
        return pick(candidates, anchor, direction)

    def _count(self, match: re.Match[str], masked: _Masked) -> tuple[str, int | None, bool]:
        """(unit, count, definite) of "N unit" / dual unit; count None when unknown."""
        word = match.group("u")
        definite = word.startswith("ال") and word[2:] in self.t.unit_words
        unit, form = self.t.unit_words[word[2:] if definite else word]
        if form == "two":
            return unit, 2, definite
        if match.group("n") is None:
            return unit, (1 if form == "one" and not definite else None), definite
        number = masked.number(match, "n")
        # "الساعات الـ24": after a definite unit, "الـ24" reads as an ordinal but counts
        counts_after_unit = definite and match.start("u") < match.start("n")
        if number is None or (number.ordinal and not counts_after_unit) or number.value is None \
                or number.min != number.max:
            return unit, None, definite
        return unit, int(number.value), definite

    def _offset(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        kind = self.t.offset_words[" ".join(match.group("pre").split())]
        unit, count, definite = self._count(match, masked)
        marker = match.group("dir")
        if self._vague_past(match, kind, unit, count):
            return self._span(match, "date", _unresolved)
        if count is None and not (definite and marker):
            if match.group("n") is None:
                return None
            return self._span(match, "duration", _unresolved)
        if match.group("n") is None and count == 1 and kind not in ("back", "forward"):
            return None                       # "في يوم" / "خلال يوم": too vague to be a time
        if kind == "within" and self._last_calendar_unit(match):
            # "في العام الماضي"، "خلال الشهر الماضي": the calendar year or month before this
            # one, read by the bare unit's rule inside ("العام الماضي"), not a duration
            return None
        if kind == "within" and marker:
            if count is not None and self._hours(unit, count) <= _PUBLICATION_DAY_HOURS:
                return self._span(match, "date", lambda a: fmt(a, "day"))
            return self._span(match, "duration", _unresolved)
        if kind == "span" or count is None or (kind == "since" and unit not in ("minute", "hour", "day")):
            return self._span(match, "duration", _unresolved)
        if kind != "since" and _FROM_ANOTHER_TIME.match(masked.text, match.end("x")):
            # "بعد 200 يوم من الحرب"، "قبل 3 أيام من الاقتراع": counted from another
            # happening, not from the publication
            return self._span(match, "duration", _unresolved)
        step = -count if kind in ("back", "since") else count
        return self._span(match, "date", lambda a: self._shift(a, unit, step))

    def _vague_past(self, match: re.Match[str], kind: str, unit: str, count: int | None) -> bool:
        """"قبل أشهر"، "قبل بضعة أيام"، "في الأشهر الأخيرة"، "خلال الأيام الماضية": some days
        (or longer) ago, with no number: the fact has a past time of its own, which names no
        day, so it is a date without a value (not a length, and not nothing: the report's
        day must not date what it tells)."""
        word = match.group("u")
        definite = word.startswith("ال") and word[2:] in self.t.unit_words
        _, form = self.t.unit_words[word[2:] if definite else word]
        if count is not None or match.group("n") is not None or form != "many" \
                or unit not in ("day", "week", "month", "year"):
            return False
        marker = match.group("dir")
        if kind == "back":
            return not definite and marker is None
        return kind == "within" and marker is not None and match.group("few") is None and definite \
            and (self.t.directions.get(normalize_key(marker)) == "past" or normalize_key(marker) in self.t.recent_markers)

    def _last_calendar_unit(self, match: re.Match[str]) -> bool:
        """The phrase is a singular definite month or year with a past marker and no number
        ("العام الماضي"، "الشهر الفائت"): the previous calendar unit."""
        word, marker = match.group("u"), match.group("dir")
        if match.group("n") is not None or not marker or not word.startswith("ال"):
            return False
        unit, form = self.t.unit_words.get(word[2:], ("", ""))
        return unit in CALENDAR_UNITS and form == "one" \
            and self.t.directions.get(normalize_key(marker)) == "past"

    @staticmethod
    def _hours(unit: str, count: int) -> int:
        return count * {"minute": 0, "hour": 1, "day": 24, "week": 168, "month": 720, "year": 8760}[unit]

    @staticmethod
    def _shift(anchor: date | None, unit: str, step: int) -> tuple[str | None, str | None]:
        if anchor is None:
            return None, None
        if unit in ("minute", "hour"):
            return fmt(anchor, "day") if abs(step) < 24 or unit == "minute" else fmt(
                anchor + timedelta(hours=step), "day")
        if unit == "day":
            return fmt(anchor + timedelta(days=step), "day")
        if unit == "week":
            return fmt(anchor + timedelta(weeks=step), "day")
        if unit == "month":
            return fmt(add_months(anchor.replace(day=1), step), "month")
        return fmt(date(anchor.year + step, 1, 1), "year")

    def _bare_duration(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        number = masked.number(match, "n")
        word = match.group("u")
        if number is None or number.ordinal or word.startswith("ال"):
            return None
        return self._span(match, "duration", _unresolved)

    def _daycount(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        """A day count with no war phrase the rules above read ("لليوم الـ40"، "في اليوم الـ119
        من الحرب،" in a report that never names Gaza): a war's day when the count lands on the
        publication day itself, a count of something else otherwise."""
        number = masked.number(match, "n")
        if number is None or not number.ordinal:
            return None
        if isinstance(number.value, int) and number.min == number.max and masked.anchor is not None \
                and not self.other_war.match(masked.text, match.end("x")):
            if any(first + timedelta(days=number.value - 1) == masked.anchor for first in self._war_first_days()):
                anchor = masked.anchor
                return self._span(match, "date", lambda _a: fmt(anchor, "day"))
        return self._span(match, "daycount", _unresolved)

    def _war_first_days(self) -> set[date]:
        return set(self.t.war_targets.values()) | set(self.t.war_names.values())

    def _war_day(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        """Day N of a war: its first day + N - 1, whatever the publication date."""
        number = masked.number(match, "n")
        if number is None or not isinstance(number.value, int) or number.min != number.max \
                or number.value < 1:
            return None
        groups = match.groupdict()
        if groups.get("day") == "يوم":
            return None             # "يوم 7" is a day of a month
        if (groups.get("own") or "").startswith("ال") and not number.ordinal:
            return None             # "الحرب على غزة اليوم 30 ..." is a count told today
        named = self._named_war(match)
        first = named or self._war_in_context(masked.text)
        if first is None:
            return None
        value = first + timedelta(days=number.value - 1)
        if named is None and not _near(value, masked.anchor):
            # "في اليوم السابع من عدوانه" in a report on a newer campaign
            return None
        return self._span(match, "date", lambda _anchor: fmt(value, "day"))

    def _named_war(self, match: re.Match[str]) -> date | None:
        """The first day of the war the phrase names by its own name or its target."""
        name, target = match.group("name"), match.group("tgt")
        if name:
            return self.t.war_names.get(re.sub(r"\s+", " ", name))
        return self.t.war_targets.get(re.sub(r"\s+", " ", target)) if target else None

    def _war_in_context(self, text: str) -> date | None:
        """For a war noun alone ("من العدوان") or on "القطاع": the first day of the one war
        whose target the document names."""
        named = {first for t, first in self.t.war_targets.items()
                 if re.search(rf"(?<!\w)(?:[وفبل]|لل)?{re.escape(t)}(?!\w)", text)}
        return named.pop() if len(named) == 1 else None

    def _clock(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        hour_minute = self._hour_minute(match, masked)
        if hour_minute is None:
            return None
        hour, minute = hour_minute
        day_resolver = self._clock_day(match, prefer)

        def resolve(anchor: date | None) -> tuple[str | None, str | None]:
            day = day_resolver(anchor)
            if day is None:
                return None, None
            return f"{day.isoformat()}T{hour:02d}:{minute:02d}", "minute"
        return self._span(match, "date", resolve)

    def _hour_minute(self, match: re.Match[str], masked: _Masked) -> tuple[int, int] | None:
        text = match.group("h")
        if ":" in text:
            hour, minute = (int(p) for p in text.split(":"))
        elif MASK in text:
            hour, minute = masked.integer(match, "h"), 0
            if hour is None:
                return None
        else:
            key = " ".join(text.split())
            hour, minute = self.t.hour_words.get(key, self.t.named_hours.get(key)), 0
            if hour is None:
                return None
        words = match.groupdict().get("mw")
        if match.groupdict().get("mn"):
            extra = masked.integer(match, "mn")
            if extra is None:
                return None
            minute += extra
        elif words:
            delta = self.t.minute_words[" ".join(words.split())]
            if delta < 0:
                hour, minute = hour - 1, 60 + delta
            else:
                minute += delta
        part = self.t.clock_parts.get(" ".join((match.groupdict().get("part") or "").split()))
        hour = self._day_half(hour, part)
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            return None
        return hour, minute

    @staticmethod
    def _day_half(hour: int, part: str | None) -> int:
        if part == "pm" and hour < 12:
            return hour + 12
        if part == "noon" and hour < 6:
            return hour + 12
        if part == "night":
            if hour == 12:
                return 0
            if _FIRST_EVENING_HOUR <= hour < 12:
                return hour + 12
        if hour == 24:
            return 0
        return hour

    def _clock_day(self, match: re.Match[str], prefer: str) -> Callable[[date | None], date | None]:
        rel = " ".join((match.groupdict().get("rel") or "").split())
        if not rel:
            return lambda a: a
        offset = self.t.relative_days.get(rel, self.t.relative_days.get("ال" + rel[2:]))
        if offset is not None:
            return lambda a: a + timedelta(days=offset) if a else None
        weekday = self.t.weekdays.get(rel, self.t.weekdays.get("ال" + rel[2:]))
        return lambda a: self._weekday_date(a, weekday, prefer)

    def _holiday(self, match: re.Match[str], masked: _Masked, prefer: str) -> Candidate | None:
        calendar, month, day = self.t.holidays[" ".join(match.group("hol").split())]
        direction = direction_of(match.group("dir"), prefer, self.t)

        def resolve(anchor: date | None) -> tuple[str | None, str | None]:
            if anchor is None:
                return None, None
            if calendar == "hijri":
                return fmt(self._hijri_nearest(anchor, month, day, direction), "day")
            years = range(anchor.year - 1, anchor.year + 2)
            if calendar == "easter":
                return fmt(pick((easter(y) for y in years), anchor, _inclusive(direction)), "day")
            return fmt(self._month_day(anchor, month, day, direction), "day")
        return self._span(match, "date", resolve)


def _near(value: date, anchor: date | None) -> bool:
    """A day count read from context agrees with the publication day (a report tells its
    own day of the war, or the day before)."""
    return anchor is not None and abs((value - anchor).days) <= _WAR_DAY_SLACK


def _inclusive(direction: str) -> str:
    return "past" if direction == "current" else direction


# ---------------------------------------------------------------- module API

@lru_cache(maxsize=1)
def default_time_finder() -> TimeFinder:
    return TimeFinder(time_tables(), default_finder())


def find_times(layer: TextLayer, published: str | None, *, prefer: str = "past") -> list[TimeMention]:
    """Every time expression of the text, resolved against ``published``."""
    return default_time_finder().find(layer, published, prefer=prefer)


# A day count's first word: "في اليوم الـ282"، "لليوم الـ40"، "يومه الـ348" (the proclitics
# before it stay outside the mention).
_DAY_COUNT_HEAD = re.compile(rf"(?:ال|لل)?{_alt(normalize_key(w) for w in time_tables().raw['daycount_nouns'])}\s")


def names_day_count(t: TimeMention) -> bool:
    """The date is a day count ("اليوم الـ282"), read as the war's day N: it states the day
    the report was written, whatever the page's stamp says."""
    return t.kind == "date" and t.precision == "day" and any(ch.isdigit() for ch in t.text) \
        and _DAY_COUNT_HEAD.match(normalize_key(t.text)) is not None
