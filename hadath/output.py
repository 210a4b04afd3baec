"""Writers: event records as JSON Lines or flat CSV, documents as JSON Lines, and the
readable one-line summary the demo prints."""
from __future__ import annotations

import csv
import json
from typing import Any, Iterable, TextIO

from .records import COUNT_KINDS, Document, Event

CSV_COLUMNS = (
    "id", "doc_id", "event", "mode", "quad",
    "actor_text", "actor_name", "actor_country", "actor_sector",
    "recipient_text", "recipient_name", "recipient_country", "recipient_sector",
    "date", "date_precision", "date_text",
    "location_text", "location_name", "location_country", "lat", "lon", "location_precision",
    "killed_min", "killed_max", "killed_approx", "killed_cumulative",
    "injured_min", "injured_max", "injured_approx", "injured_cumulative",
    "arrested_min", "arrested_max", "arrested_approx", "arrested_cumulative",
    "attributed_to", "trigger", "trigger_start", "trigger_end",
    "sentence_start", "sentence_end", "negated", "hypothetical", "mutual", "confidence",
    "rule",
)
LIST_SEPARATOR = " | "


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _join(entities: list[dict[str, Any]], key: str) -> str:
    return LIST_SEPARATOR.join("" if e.get(key) is None else str(e[key]) for e in entities)


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat CSV row; compound actors are joined with ' | '."""
    row: dict[str, Any] = {k: record.get(k) for k in ("id", "doc_id", "event", "mode", "quad",
                                                      "date", "date_precision", "negated",
                                                      "hypothetical", "mutual", "confidence",
                                                      "rule")}
    for side in ("actor", "recipient"):
        for key in ("text", "name", "country", "sector"):
            row[f"{side}_{key}"] = _join(record[side], key)
    row["date_text"] = (record.get("date_span") or {}).get("text")
    loc = record.get("location") or {}
    row.update(location_text=loc.get("text"), location_name=loc.get("name"),
               location_country=loc.get("country"), lat=loc.get("lat"), lon=loc.get("lon"),
               location_precision=loc.get("precision"))
    for kind in COUNT_KINDS:
        c = record.get(kind) or {}
        for key in ("min", "max", "approx", "cumulative"):
            row[f"{kind}_{key}"] = c.get(key)
    row["attributed_to"] = (record.get("attributed_to") or {}).get("text")
    trig = record["trigger"]
    row.update(trigger=trig["text"], trigger_start=trig["start"], trigger_end=trig["end"],
               sentence_start=record["sentence"]["start"], sentence_end=record["sentence"]["end"])
    return row


class CsvEventWriter:
    """Streams event records as flat CSV rows (header first)."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        self._writer.writeheader()

    def write(self, records: Iterable[dict[str, Any]]) -> int:
        n = 0
        for rec in records:
            self._writer.writerow(flat_row(rec))
            n += 1
        return n


class JsonlWriter:
    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, records: Iterable[dict[str, Any]]) -> int:
        return write_jsonl(records, self._out)


def _entity_label(entities: list[Any]) -> str:
    if not entities:
        return "?"
    parts = []
    for e in entities:
        code = "/".join(x for x in (e.country, e.sector) if x)
        parts.append(f"{e.text}" + (f" [{code}]" if code else ""))
    return " + ".join(parts)


def _count_label(name: str, c) -> str | None:
    if c is None:
        return None
    if c.min is not None and c.max == c.min:
        value = str(c.min)
    elif c.max is None:
        value = f"{c.min}+"
    elif c.min is None:
        value = f"≤{c.max}"
    else:
        value = f"{c.min}–{c.max}"
    flags = ("~" if c.approx else "") + (" total" if c.cumulative else "")
    return f"{name} {flags[:1]}{value}{flags[1:]}".replace("  ", " ")


def summary_line(event: Event) -> str:
    """ACTOR → EVENT/mode → RECIPIENT, date, place, killed/injured, per SOURCE"""
    head = f"{_entity_label(event.actor)} → {event.event}" + (f"/{event.mode}" if event.mode else "") \
        + f" → {_entity_label(event.recipient)}"
    extras = [event.date or "undated"]
    if event.location:
        extras.append(f"{event.location.text} [{event.location.country}]")
    for kind in COUNT_KINDS:
        label = _count_label(kind, getattr(event, kind))
        if label:
            extras.append(label)
    if event.attributed_to:
        extras.append(f"per {event.attributed_to.text}")
    return f"{head}, " + ", ".join(extras)


def document_header(doc: Document) -> str:
    title = doc.title or doc.text.split("\n", 1)[0][:90]
    return f"{doc.doc_id} ({doc.published or 'no date'}): {title}"
