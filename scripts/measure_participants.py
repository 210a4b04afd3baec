#!/usr/bin/env python3
"""How many gold participants does the actor recogniser find where the event is stated?

For every non-optional event of the dev gold (``<shared>/gold/*.jsonl``), each country of
its actor and recipient lists counts as found when an actor mention (any kind: person,
organisation, role phrase, country, demonym, identifying place) with that country lies in
a sentence that overlaps the gold ``quote``.  The date passed to the resolver is the gold
``published`` date, as in the pipeline.

Misses are put in one class each, checked in this order:
  role-no-country   a role phrase (institution/agent) without a country is in the sentence
  place             the place recogniser finds a place of that country in the sentence
  other-country     the sentence names other countries but not this one (implicit actor,
                    or a name or group the KB does not know)
  nothing           the recogniser finds no country at all in the sentence

Usage: python scripts/measure_participants.py [--shared PATH] [--misses FILE.jsonl]
(write miss listings outside the repository: they quote the shared texts).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hadath.evaluation.corpora import (find_shared, gold_files, load_gold,  # noqa: E402
                                       records_for_gold)
from hadath.recognize.actors import ActorResolver, default_resolver  # noqa: E402
from hadath.recognize.places import PlaceFinder  # noqa: E402
from hadath.records import ActorMention  # noqa: E402
from hadath.text import TextLayer  # noqa: E402

ROLE_KINDS = frozenset({"institution", "agent"})


@dataclass(frozen=True, slots=True)
class Participant:
    doc_id: str
    country: str
    side: str
    found: bool
    miss_class: str | None
    sentence: str
    mentions: tuple[tuple[str, str | None, str], ...]


def quote_window(layer: TextLayer, quote: str) -> tuple[int, int] | None:
    """Start and end of the sentences overlapping the first occurrence of ``quote``."""
    at = layer.text.find(quote)
    if at < 0:
        return None
    end = at + len(quote)
    spans = [(s.start, s.end) for s in layer.sentences if s.start < end and at < s.end]
    if not spans:
        return at, end
    return min(s for s, _ in spans), max(e for _, e in spans)


def classify_miss(country: str, mentions: list[ActorMention], place_countries: set[str]) -> str:
    if any(m.kind in ROLE_KINDS and m.country is None for m in mentions):
        return "role-no-country"
    if country in place_countries:
        return "place"
    if any(m.country for m in mentions):
        return "other-country"
    return "nothing"


def measure(shared: Path, resolver: ActorResolver, places: PlaceFinder) -> list[Participant]:
    gold_docs = load_gold(gold_files(shared))
    texts = {r["id"]: (r["text"], r["published"]) for r in records_for_gold(gold_docs, shared)}
    out: list[Participant] = []
    for doc in gold_docs:
        text, published = texts[doc["doc_id"]]
        layer = TextLayer(text)
        mentions = resolver.find(layer, date=published)
        place_mentions = places.find(layer)
        for event in doc["events"]:
            if event.get("optional"):
                continue
            window = quote_window(layer, event.get("quote") or "")
            if window is None:
                continue
            start, end = window
            inside = [m for m in mentions if start <= m.start and m.end <= end]
            found_countries = {m.country for m in inside if m.country}
            place_countries = {p.country for p in place_mentions
                               if start <= p.start and p.end <= end and p.country}
            for side in ("actor", "recipient"):
                for country in sorted({e.get("country") for e in event.get(side) or []} - {None}):
                    found = country in found_countries
                    out.append(Participant(
                        doc["doc_id"], country, side, found,
                        None if found else classify_miss(country, inside, place_countries),
                        text[start:end],
                        tuple((m.text, m.country, m.rule) for m in inside)))
    return out


def report(rows: list[Participant]) -> dict[str, Any]:
    found = sum(r.found for r in rows)
    misses = Counter(r.miss_class for r in rows if not r.found)
    by_country = Counter(r.country for r in rows if not r.found)
    return {"participants": len(rows), "found": found,
            "share": round(found / len(rows), 3) if rows else None,
            "misses_by_class": dict(misses.most_common()),
            "misses_by_country": dict(by_country.most_common(12))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", help="the shared folder (default: found as hadath eval does)")
    ap.add_argument("--misses", type=Path, help="write each miss with its sentence here (JSONL)")
    args = ap.parse_args(argv)
    shared = find_shared(args.shared)
    if shared is None:
        print("shared folder not found", file=sys.stderr)
        return 2
    rows = measure(shared, default_resolver(), PlaceFinder.default())
    print(json.dumps(report(rows), ensure_ascii=False, indent=1))
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as handle:
            for r in rows:
                if not r.found:
                    handle.write(json.dumps({"doc_id": r.doc_id, "country": r.country,
                                             "side": r.side, "class": r.miss_class,
                                             "sentence": r.sentence, "mentions": r.mentions},
                                            ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
