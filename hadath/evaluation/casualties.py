"""Running casualty totals in event records checked against an independent daily series.

Wire reports often repeat a health ministry's running total ("ارتفع عدد الشهداء إلى ...");
hadath codes it as an ASSAULT whose ``killed`` / ``injured`` count is ``cumulative``.  The
shared folder's ``corpus/casualty_reference`` (TechForPalestine palestine-datasets,
public-domain Unlicense) holds the same totals by report date for the Gaza Strip (Ministry of
Health), the West Bank (UN OCHA) and Lebanon (Ministry of Public Health).

``score_casualties(events, published, reference)`` is a pure function over event records:
it picks the running totals that can be compared (a Gaza, West Bank or Lebanon place, the
region's own people as victims, an exact number), finds the reference range for the day the
total was reported, and reports the agreement per region and per kind with every
disagreement.  ``load_reference(directory)`` reads and validates the series.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..clean import normalize_date
from .corpora import EvaluationDataError

REFERENCE_RELATIVE = Path("corpus") / "casualty_reference"
KINDS = ("killed", "injured")
# region -> (file, kind -> the fields that hold its running total).  The West Bank series
# has two measures, OCHA's flash reports and its later verified figures; a report may cite
# either (or the Palestinian ministry, closer to the flash one), so both bound the range.
# Lebanon's ministry restarts its count at each escalation: the "_reported" fields are the
# figures as it published them, which is what the news repeats.
REFERENCE_SERIES: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    "gaza": ("casualties_daily.json",
             {"killed": ("killed_cum",), "injured": ("injured_cum",)}),
    "west_bank": ("west_bank_daily.json",
                  {"killed": ("killed_cum", "verified.killed_cum"),
                   "injured": ("injured_cum", "verified.injured_cum")}),
    "lebanon": ("lebanon_casualties_daily.json",
                {"killed": ("killed_cum_reported",), "injured": ("injured_cum_reported",)}),
}
REGION_COUNTRY = {"gaza": "PSE", "west_bank": "PSE", "lebanon": "LBN"}
# The two Palestinian territories by the coordinates the gazetteer gives every place
# (lat_min, lat_max, lon_min, lon_max), a little wider than the borders.
REGION_BOXES = {"gaza": (31.20, 31.62, 34.19, 34.58),
                "west_bank": (31.33, 32.56, 34.87, 35.58)}
# A running total below these is a town's, a camp's or a month's tally, not the region's:
# each region's reference passed its floor within the first weeks of October 2023.
REGION_FLOORS = {"gaza": 1000, "west_bank": 100, "lebanon": 100}
# A report dated d quotes the ministry's last statement, typically of d or the day before,
# sometimes two or three days old (weekend, lost connections); the reference row of d + 1
# often covers the evening of d, after the report was written.
WINDOW_BEFORE_DAYS = 3
WINDOW_AFTER_DAYS = 1
# Figures are rounded in the text ("أكثر من 40 ألفا") and revised later in the series.
TOLERANCE = 0.03
# Lebanon reports only some days: with no row in the window, the rows just before and
# after it bracket the total, when neither lies farther than this from the window.
MAX_BRACKET_GAP_DAYS = 10
DAY_PRECISIONS = frozenset({"day", "minute"})

Series = list[tuple[date, tuple[int, ...]]]
Reference = dict[str, dict[str, Series]]


class CasualtyReferenceError(EvaluationDataError):
    """The reference series is missing or malformed."""


# ---------------------------------------------------------------- the reference

def field_value(row: Mapping[str, Any], dotted: str) -> Any:
    value: Any = row
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def read_series_file(path: Path, fields: Mapping[str, tuple[str, ...]]) -> dict[str, Series]:
    if not path.is_file():
        raise CasualtyReferenceError(f"casualty reference file missing: {path}")
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CasualtyReferenceError(f"{path}: not JSON: {exc}") from exc
    if not isinstance(rows, list):
        raise CasualtyReferenceError(f"{path}: expected a JSON array of daily reports")
    series: dict[str, Series] = {kind: [] for kind in fields}
    for number, row in enumerate(rows):
        day = parse_day(row.get("report_date") if isinstance(row, Mapping) else None)
        if day is None:
            raise CasualtyReferenceError(f"{path}: row {number} has no report_date YYYY-MM-DD")
        for kind, names in fields.items():
            values = [field_value(row, name) for name in names]
            if any(v is not None and (not isinstance(v, int) or v < 0) for v in values):
                raise CasualtyReferenceError(f"{path}: row {number}: {kind} total is not a "
                                             f"count: {values}")
            present = tuple(v for v in values if v is not None)
            if present:
                series[kind].append((day, present))
    for kind, points in series.items():
        if not points:
            raise CasualtyReferenceError(f"{path}: no row has {' or '.join(fields[kind])}")
        points.sort()
    return series


def load_reference(directory: str | Path) -> Reference:
    """region -> kind -> [(report day, totals)] sorted by day; CasualtyReferenceError when a
    file is missing or a row is malformed."""
    folder = Path(directory)
    return {region: read_series_file(folder / name, fields)
            for region, (name, fields) in REFERENCE_SERIES.items()}


def reference_directory(shared: Path) -> Path:
    return shared / REFERENCE_RELATIVE


def parse_day(value: Any) -> date | None:
    text = normalize_date(value) if isinstance(value, str) else None
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def reference_range(series: Series, day: date) -> tuple[int, int, date, date] | None:
    """(low, high, first day, last day) of the totals the ministry stood at around ``day``:
    the rows of the window, else the nearest rows bracketing it; None when there are none."""
    start = day - timedelta(days=WINDOW_BEFORE_DAYS)
    end = day + timedelta(days=WINDOW_AFTER_DAYS)
    inside = [(d, values) for d, values in series if start <= d <= end]
    if not inside:
        before = [(d, v) for d, v in series
                  if start - timedelta(days=MAX_BRACKET_GAP_DAYS) <= d < start]
        after = [(d, v) for d, v in series
                 if end < d <= end + timedelta(days=MAX_BRACKET_GAP_DAYS)]
        if not before or not after:
            return None
        inside = [before[-1], after[0]]
    values = [v for _, vs in inside for v in vs]
    return min(values), max(values), inside[0][0], inside[-1][0]


def agrees(value: float, low: int, high: int) -> bool:
    return low * (1 - TOLERANCE) <= value <= high * (1 + TOLERANCE)


# ---------------------------------------------------------------- choosing the totals

def place_region(place: Mapping[str, Any] | None) -> str | None:
    """gaza / west_bank / lebanon for a location or party, None when it is none of them or
    a Palestinian place the coordinates do not place (the whole country, a new place)."""
    if not place:
        return None
    country = place.get("country")
    if country == REGION_COUNTRY["lebanon"]:
        return "lebanon"
    lat, lon = place.get("lat"), place.get("lon")
    if country != "PSE" or lat is None or lon is None or place.get("precision") == "country":
        return None
    for region, (lat_min, lat_max, lon_min, lon_max) in REGION_BOXES.items():
        if lat_min <= lat <= lat_max and lon_min <= lon <= lon_max:
            return region
    return None


def event_region(event: Mapping[str, Any]) -> str | None:
    """The region of the event's location; with no location, Lebanon when a victim is
    Lebanese (a Palestinian victim does not tell Gaza from the West Bank)."""
    if event.get("location"):
        return place_region(event["location"])
    countries = {party.get("country") for party in event.get("recipient") or []}
    return "lebanon" if REGION_COUNTRY["lebanon"] in countries else None


def foreign_victims(event: Mapping[str, Any], region: str) -> bool:
    """A victim of another country (an army's own soldiers, settlers): the ministry's
    total does not count them."""
    own = REGION_COUNTRY[region]
    return any(party.get("country") not in (None, own) for party in event.get("recipient") or [])


@lru_cache(maxsize=1)
def number_finder() -> Any:
    from ..recognize.numbers import NumberFinder
    return NumberFinder.default()


def vague_count(count: Mapping[str, Any]) -> bool:
    """"عشرات الآلاف"، "آلاف": no number in the count's words has a value."""
    from ..text import TextLayer
    text = count.get("text") or ""
    return not any(m.value is not None for m in number_finder().find(TextLayer(text)))


def report_day(event: Mapping[str, Any], published: date | None) -> tuple[date | None, str]:
    """The event's own day when the record resolves it to a day, else the publication's."""
    if event.get("date_precision") in DAY_PRECISIONS:
        own = parse_day(event.get("date"))
        if own:
            return own, "event"
    return published, "published"


def skip_reason(event: Mapping[str, Any], kind: str, region: str | None) -> str | None:
    count = event[kind]
    if count.get("min") is None or vague_count(count):
        return "vague number"
    if region is None:
        return "region not Gaza, West Bank or Lebanon"
    if foreign_victims(event, region):
        return "victims not the region's people"
    if count["min"] < REGION_FLOORS[region]:
        return "below the region's floor (a local tally)"
    return None


def running_totals(events: Iterable[Mapping[str, Any]]) -> Iterable[tuple[Mapping[str, Any], str]]:
    """(event, kind) for every cumulative killed / injured count, each count span once
    (events sharing one count phrase would otherwise weigh it twice)."""
    seen: set[tuple] = set()
    for event in events:
        for kind in KINDS:
            count = event.get(kind)
            if not count or not count.get("cumulative"):
                continue
            key = (event.get("doc_id"), kind, count.get("start"), count.get("end"),
                   count.get("min"))
            if key not in seen:
                seen.add(key)
                yield event, kind


# ---------------------------------------------------------------- scoring

def sentence_of(event: Mapping[str, Any], texts: Mapping[str, str]) -> str | None:
    text = texts.get(event.get("doc_id") or "")
    sentence = event.get("sentence") or {}
    if not text or "start" not in sentence or sentence.get("end", 0) > len(text):
        return None
    return text[sentence["start"]:sentence["end"]].strip()


def rate_of(tally: Counter) -> dict[str, Any]:
    n = tally["compared"]
    return {"compared": n, "agree": tally["agree"],
            "rate": round(tally["agree"] / n, 4) if n else None}


def score_casualties(events: Iterable[Mapping[str, Any]],
                     published: Mapping[str, date | str | None],
                     reference: Reference,
                     texts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Agreement of the running totals in ``events`` (event records) with the reference.

    ``published`` maps doc_id to the publication day (the day used when the event's own day
    is not resolved), ``texts`` doc_id to the clean text (for the disagreements' sentences).
    """
    texts = texts or {}
    by_region: dict[str, Counter] = {region: Counter() for region in REFERENCE_SERIES}
    by_kind: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    skipped: Counter = Counter()
    disagreements: list[dict[str, Any]] = []
    for event, kind in running_totals(events):
        region = event_region(event)
        reason = skip_reason(event, kind, region)
        pub = published.get(event.get("doc_id") or "")
        day, day_source = report_day(event, pub if isinstance(pub, date) else parse_day(pub))
        if reason is None and day is None:
            reason = "no date"
        found = None if reason else reference_range(reference[region][kind], day)
        if reason is None and found is None:
            reason = "no reference row near the day"
        if reason:
            skipped[reason] += 1
            continue
        low, high, first, last = found
        value = event[kind]["min"]
        ok = agrees(value, low, high)
        for tally in (by_region[region], by_kind[kind]):
            tally["compared"] += 1
            tally["agree"] += ok
        if not ok:
            disagreements.append({
                "doc_id": event.get("doc_id"), "event_id": event.get("id"), "region": region,
                "kind": kind, "value": value, "count_text": event[kind].get("text"),
                "day": day.isoformat(), "day_from": day_source,
                "reference": {"low": low, "high": high, "from": first.isoformat(),
                              "to": last.isoformat()},
                "sentence": sentence_of(event, texts)})
    total = sum((by_region[r] for r in by_region), Counter())
    return {"window_days": [-WINDOW_BEFORE_DAYS, WINDOW_AFTER_DAYS], "tolerance": TOLERANCE,
            **rate_of(total),
            "by_region": {region: rate_of(t) for region, t in by_region.items()},
            "by_kind": {kind: rate_of(t) for kind, t in by_kind.items()},
            "skipped": dict(skipped.most_common()),
            "disagreements": disagreements}


# ---------------------------------------------------------------- output

def format_casualties(scores: Mapping[str, Any]) -> str:
    def line(name: str, tally: Mapping[str, Any]) -> str:
        rate = "  n/a " if tally["rate"] is None else f"{100 * tally['rate']:5.1f}%"
        return f"  {name:<10} {rate}  ({tally['agree']}/{tally['compared']})"

    before, after = scores["window_days"]
    lines = [(f"Casualty running totals against the reference (window {before}..+{after} "
              f"days, tolerance {100 * scores['tolerance']:.0f}%)"), line("all", scores)]
    lines += [line(region, tally) for region, tally in scores["by_region"].items()]
    lines += [line(kind, tally) for kind, tally in scores["by_kind"].items()]
    if scores["skipped"]:
        lines.append("  not compared: " + ", ".join(f"{reason} {n}" for reason, n
                                                    in scores["skipped"].items()))
    for item in scores["disagreements"]:
        ref = item["reference"]
        lines.append(f"  ✗ {item['doc_id']} {item['region']} {item['kind']} {item['value']} "
                     f"on {item['day']} ({item['day_from']}); reference {ref['low']}..."
                     f"{ref['high']} ({ref['from']}..{ref['to']})")
        if item.get("sentence"):
            lines.append(f"      «{item['sentence']}»")
    return "\n".join(lines)
