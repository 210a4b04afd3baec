"""Exports of stored events: JSON Lines, flat CSV, Parquet, an ACLED-style table and
PLOVER-style JSON.  ``jsonl``/``csv``/``parquet`` have one row per event mention;
``acled``/``plover`` one row per canonical (deduplicated) event."""
from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from ..records import COUNT_KINDS, PLOVER_QUADS
from ..resources import DataError, load_json, require

FORMATS = ("jsonl", "csv", "parquet", "acled", "plover")
ACLED_MAPPING_FILE = "acled_mapping.json"

# Flat columns and their Parquet types; order is the CSV's column order.
FLAT_COLUMNS: dict[str, str] = {
    "id": "string", "doc_id": "string", "canonical_id": "string", "outlet": "string",
    "published": "date", "event": "string", "mode": "string", "quad": "int",
    "date": "string", "date_precision": "string",
    "actor_names": "string", "actor_countries": "string", "actor_sectors": "string",
    "actor_ids": "string", "recipient_names": "string", "recipient_countries": "string",
    "recipient_sectors": "string", "recipient_ids": "string",
    "location": "string", "location_name": "string", "location_country": "string",
    "latitude": "float", "longitude": "float", "location_precision": "string",
    **{f"{k}_{f}": t for k in COUNT_KINDS
       for f, t in (("min", "int"), ("max", "int"), ("approx", "bool"), ("cumulative", "bool"))},
    "attributed_to": "string", "trigger": "string", "quote": "string",
    "negated": "bool", "hypothetical": "bool", "mutual": "bool", "confidence": "float",
}

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "iso3", "country", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities", "fatalities_max", "n_sources",
    "plover_event", "plover_mode",
)


# ---------------------------------------------------------------- mapping data

def validate_acled_mapping(data: Any) -> None:
    where = ACLED_MAPPING_FILE
    require(isinstance(data, dict), where, "top level must be an object")
    require(isinstance(data.get("rules"), list) and data["rules"], where, "'rules' must be a list")
    covered = set()
    for i, rule in enumerate(data["rules"]):
        at = f"{where} rules[{i}]"
        require(isinstance(rule, dict), at, "a rule is an object")
        require(rule.get("event") in PLOVER_QUADS, at, f"unknown PLOVER type {rule.get('event')!r}")
        require("event_type" in rule and "sub_event_type" in rule, at,
                "needs 'event_type' and 'sub_event_type' (null to leave the type out)")
        require((rule["event_type"] is None) == (rule["sub_event_type"] is None), at,
                "event_type and sub_event_type are both null or both set")
        sectors = rule.get("recipient_sectors")
        require(sectors is None or (isinstance(sectors, list) and sectors), at,
                "'recipient_sectors' is a non-empty list")
        if "mode" not in rule and sectors is None:
            covered.add(rule["event"])
    missing = set(PLOVER_QUADS) - covered
    require(not missing, where, f"no catch-all rule for {', '.join(sorted(missing))}")
    for key in ("geo_precision", "time_precision"):
        require(isinstance(data.get(key), dict) and all(v in (1, 2, 3) for v in data[key].values()),
                where, f"'{key}' maps names to 1, 2 or 3")


@lru_cache(maxsize=1)
def acled_mapping() -> Mapping[str, Any]:
    data = load_json(ACLED_MAPPING_FILE)
    validate_acled_mapping(data)
    return data


def acled_type(event: str, mode: str | None, recipient_sectors: Iterable[str]) -> tuple[str | None, str | None]:
    """ACLED (event_type, sub_event_type) for a PLOVER type+mode; (None, None) = not coded."""
    sectors = set(recipient_sectors)
    for rule in acled_mapping()["rules"]:
        if rule["event"] != event:
            continue
        if "mode" in rule and rule["mode"] != mode:
            continue
        if rule.get("recipient_sectors") and not sectors & set(rule["recipient_sectors"]):
            continue
        return rule["event_type"], rule["sub_event_type"]
    raise DataError(f"{ACLED_MAPPING_FILE}: no rule for {event}")


# ---------------------------------------------------------------- flat rows

def _joined(entities: Sequence[Mapping[str, Any]], key: str) -> str | None:
    values = [str(e.get(key)) for e in entities if e.get(key)]
    return "; ".join(values) if values else None


def flat_event(event: Mapping[str, Any]) -> dict[str, Any]:
    """One event record as a flat row of FLAT_COLUMNS (lists joined with '; ')."""
    location = event.get("location") or {}
    row: dict[str, Any] = {
        "id": event["id"], "doc_id": event["doc_id"], "canonical_id": event.get("canonical_id"),
        "outlet": event.get("outlet"), "published": event.get("published"),
        "event": event["event"], "mode": event.get("mode"), "quad": event.get("quad"),
        "date": event.get("date"), "date_precision": event.get("date_precision"),
        "location": location.get("text"), "location_name": location.get("name"),
        "location_country": location.get("country"), "latitude": location.get("lat"),
        "longitude": location.get("lon"), "location_precision": location.get("precision"),
        "attributed_to": (event.get("attributed_to") or {}).get("text"),
        "trigger": (event.get("trigger") or {}).get("text"), "quote": event.get("quote"),
        "negated": bool(event.get("negated")), "hypothetical": bool(event.get("hypothetical")),
        "mutual": bool(event.get("mutual")), "confidence": event.get("confidence"),
    }
    for role in ("actor", "recipient"):
        entities = event.get(role) or []
        row[f"{role}_names"] = _joined(entities, "name") or _joined(entities, "text")
        for key, column in (("country", "countries"), ("sector", "sectors"), ("id", "ids")):
            row[f"{role}_{column}"] = _joined(entities, key)
    for kind in COUNT_KINDS:
        count = event.get(kind) or {}
        row[f"{kind}_min"], row[f"{kind}_max"] = count.get("min"), count.get("max")
        row[f"{kind}_approx"] = bool(count.get("approx")) if count else None
        row[f"{kind}_cumulative"] = bool(count.get("cumulative")) if count else None
    return {column: row.get(column) for column in FLAT_COLUMNS}


def _participants(canonical: Mapping[str, Any], role: str) -> list[dict[str, Any]]:
    """The role's entities over all mentions, most often reported first, deduplicated."""
    seen: Counter[tuple] = Counter()
    for mention in canonical["mentions"]:
        for entity in mention.get(role) or []:
            seen[(entity.get("name") or entity.get("text"), entity.get("country"),
                  entity.get("sector"), entity.get("id"))] += 1
    ordered = sorted(seen.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return [{"name": n, "country": c, "sector": s, "id": i} for (n, c, s, i), _ in ordered]


def flat_canonical(canonical: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("canonical_id", "event_type", "mode", "date_min", "date_max", "anchor_day",
            "country", "place_name", "lat", "lon", "place_precision", "n_mentions",
            "n_documents", "n_sources", *(f"{k}_{b}" for k in COUNT_KINDS for b in ("min", "max")))
    row = {k: canonical.get(k) for k in keys}
    row["sources"] = "; ".join(sorted({m["outlet"] or m["doc_id"] for m in canonical["mentions"]}))
    row["quote"] = canonical["mentions"][0].get("quote")
    return row


def _event_day(canonical: Mapping[str, Any]) -> tuple[str | None, str]:
    if canonical.get("date_min"):
        return canonical["date_min"], "day"
    precisions = [m.get("date_precision") for m in canonical["mentions"] if m.get("date")]
    if precisions:
        return canonical["mentions"][0].get("date"), precisions[0]
    return canonical.get("anchor_day"), "undated"


def acled_row(canonical: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ACLED-style row of a canonical event, or None when ACLED does not code its type."""
    recipients = _participants(canonical, "recipient")
    event_type, sub_event_type = acled_type(
        canonical["event_type"], canonical.get("mode"), (r["sector"] for r in recipients if r["sector"]))
    if event_type is None:
        return None
    mapping = acled_mapping()
    day, precision = _event_day(canonical)
    actors = _participants(canonical, "actor")
    if any(m.get("mutual") for m in canonical["mentions"]):
        # two-sided fighting names every side as an actor: ACLED's actor2 is the second
        recipients = actors[1:] + recipients
    iso3 = canonical.get("country")
    return {
        "event_id_cnty": canonical["canonical_id"], "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": mapping["time_precision"].get(precision, 3),
        "event_type": event_type, "sub_event_type": sub_event_type,
        "actor1": actors[0]["name"] if actors else None,
        "actor2": recipients[0]["name"] if recipients else None,
        "iso3": iso3, "country": country_name(iso3),
        "location": canonical.get("place_name"), "latitude": canonical.get("lat"),
        "longitude": canonical.get("lon"),
        "geo_precision": mapping["geo_precision"].get(canonical.get("place_precision") or "", 3),
        "source": "; ".join(sorted({m["outlet"] or m["doc_id"] for m in canonical["mentions"]})),
        "notes": canonical["mentions"][0].get("quote"),
        # ACLED's fatalities: the conservative minimum over the sources (0 when none said).
        "fatalities": canonical.get("killed_min") or 0,
        "fatalities_max": canonical.get("killed_max"),
        "n_sources": canonical.get("n_sources"),
        "plover_event": canonical["event_type"], "plover_mode": canonical.get("mode"),
    }


@lru_cache(maxsize=512)
def country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    if iso3 == "PSE":
        return "Palestine"
    import pycountry
    country = pycountry.countries.get(alpha_3=iso3)
    return country.name if country else iso3


def plover_record(canonical: Mapping[str, Any]) -> dict[str, Any]:
    """A canonical event in PLOVER's event-data shape, with its sources and mentions."""
    day, precision = _event_day(canonical)
    return {
        "id": canonical["canonical_id"], "date": day, "date_precision": precision,
        "event": canonical["event_type"], "mode": canonical.get("mode"),
        "quad": PLOVER_QUADS[canonical["event_type"]],
        "actor": _participants(canonical, "actor"),
        "recipient": _participants(canonical, "recipient"),
        "location": ({"name": canonical.get("place_name"), "country": canonical.get("country"),
                      "lat": canonical.get("lat"), "lon": canonical.get("lon"),
                      "precision": canonical.get("place_precision")}
                     if canonical.get("place_name") or canonical.get("country") else None),
        **{kind: ({"min": canonical[f"{kind}_min"], "max": canonical[f"{kind}_max"]}
                  if canonical.get(f"{kind}_min") is not None else None) for kind in COUNT_KINDS},
        "n_sources": canonical.get("n_sources"), "n_documents": canonical.get("n_documents"),
        "mentions": [{k: m.get(k) for k in ("event_id", "doc_id", "outlet", "published",
                                            "quote", "killed", "injured", "arrested",
                                            "attributed_to", "why")}
                     for m in canonical["mentions"]],
    }


# ---------------------------------------------------------------- writers


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_parquet(rows: Sequence[Mapping[str, Any]], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'hadath[parquet]'") from exc
    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "bool": pa.bool_(), "date": pa.date32()}
    schema = pa.schema([(name, types[kind]) for name, kind in FLAT_COLUMNS.items()])
    columns = {name: [_parquet_value(row.get(name), kind) for row in rows]
               for name, kind in FLAT_COLUMNS.items()}
    pq.write_table(pa.table(columns, schema=schema), str(path))
    return len(rows)


def _parquet_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date":
        from datetime import date
        return date.fromisoformat(str(value)[:10])
    return value
