"""Compare two event extracts of the same inputs, as every rule round is measured
(docs/history.md): which events a change added, removed or changed, by type and by field,
and a random sample of each kind with its sentence to read.

    hadath extract INPUTS -o old.jsonl --documents old_docs.jsonl     # before the change
    hadath extract INPUTS -o new.jsonl --documents new_docs.jsonl     # after it
    python scripts/diff_extracts.py old.jsonl new.jsonl
    python scripts/diff_extracts.py old.jsonl new.jsonl --show 30 --seed 1 \\
        --documents old_docs.jsonl new_docs.jsonl --types ASSAULT,COERCE

An event is keyed by its document, type and trigger offset; ``--key text`` keys it by the
trigger's and the sentence's text instead (for changes that move offsets, such as chrome
removal).  Only the standard library is used.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIELDS = ("actor", "recipient", "mode", "mutual", "date", "location", "killed", "injured",
          "arrested", "attributed_to")
PARTY_FIELDS = ("actor", "recipient")

Key = tuple[Any, ...]
Event = dict[str, Any]


@dataclass(frozen=True)
class ExtractDiff:
    old: dict[Key, Event]
    new: dict[Key, Event]
    added: list[Key]
    removed: list[Key]
    changed: list[Key]
    fields: tuple[str, ...]

    def changed_fields(self, key: Key) -> list[str]:
        return [f for f in self.fields if view(self.old[key], f) != view(self.new[key], f)]


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def offset_key(event: Event, texts: dict[str, str]) -> Key:
    return event["doc_id"], event["event"], event["trigger"]["start"]


def text_key(event: Event, texts: dict[str, str]) -> Key:
    """Document, type, trigger text and sentence text: stable when offsets move."""
    return event["doc_id"], event["event"], event["trigger"]["text"], sentence_text(event, texts)


def sentence_text(event: Event, texts: dict[str, str]) -> str:
    span = event["sentence"]
    return texts.get(event["doc_id"], "")[span["start"]:span["end"]]


def view(event: Event, field: str) -> Any:
    """What a reader compares: a party by its words, country and sector, a place by its
    words, name and country, a count or date as it is."""
    value = event.get(field)
    if field in PARTY_FIELDS:
        return [(p.get("text"), p.get("country"), p.get("sector")) for p in value or []]
    if isinstance(value, dict):
        return value.get("text"), value.get("name"), value.get("country"), value.get("min"), value.get("max")
    return value


def keyed(events: Iterable[Event], texts: dict[str, str], key=offset_key) -> dict[Key, Event]:
    return {key(e, texts): e for e in events}


def diff(old: dict[Key, Event], new: dict[Key, Event], types: set[str] | None = None,
         fields: tuple[str, ...] = FIELDS) -> ExtractDiff:
    def wanted(k: Key) -> bool:
        return types is None or k[1] in types

    added = sorted(k for k in new if k not in old and wanted(k))
    removed = sorted(k for k in old if k not in new and wanted(k))
    changed = sorted(k for k in new if k in old and wanted(k)
                     and any(view(new[k], f) != view(old[k], f) for f in fields))
    return ExtractDiff(old, new, added, removed, changed, fields)


def summary(d: ExtractDiff) -> list[str]:
    by_field = Counter(f for k in d.changed for f in d.changed_fields(k))
    return [
        (f"old {len(d.old)} new {len(d.new)} added {len(d.added)} removed {len(d.removed)} "
         f"changed {len(d.changed)}"),
        f"added by type {Counter(k[1] for k in d.added).most_common()}",
        f"removed by type {Counter(k[1] for k in d.removed).most_common()}",
        f"changed fields {by_field.most_common()}",
    ]


def sample(d: ExtractDiff, n: int, seed: int, old_texts: dict[str, str],
           new_texts: dict[str, str]) -> list[str]:
    """Up to ``n`` events of each kind, drawn with ``seed``, with the sentence and the fields
    to judge (for a changed event, old → new)."""
    rnd = random.Random(seed)
    out: list[str] = []
    for kind, keys, events, texts in (("ADDED", d.added, d.new, new_texts),
                                      ("REMOVED", d.removed, d.old, old_texts),
                                      ("CHANGED", d.changed, d.new, new_texts)):
        keys = list(keys)
        rnd.shuffle(keys)
        for k in keys[:n]:
            e = events[k]
            out.append(f"--- {kind} {e['doc_id']} {e['event']} {e.get('rule')} trigger={e['trigger']['text']}")
            out.append(f"    sentence: {sentence_text(e, texts)[:400]}")
            if kind == "CHANGED":
                out += [f"    {f}: {view(d.old[k], f)} -> {view(e, f)}" for f in d.changed_fields(k)]
            else:
                out += [f"    {f}: {view(e, f)}" for f in d.fields if view(e, f) not in (None, [], False)]
    return out


def document_texts(path: Path | None) -> dict[str, str]:
    return {} if path is None else {r["doc_id"]: r.get("text", "") for r in read_jsonl(path)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--documents", nargs=2, type=Path, metavar=("OLD_DOCS", "NEW_DOCS"),
                    help="document records of each run (hadath extract --documents), for sentences")
    ap.add_argument("--key", choices=("offset", "text"), default="offset")
    ap.add_argument("--types", help="comma-separated event types to compare (default all)")
    ap.add_argument("--fields", default=",".join(FIELDS))
    ap.add_argument("--show", type=int, default=0, help="print up to N events of each kind")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    old_texts, new_texts = (document_texts(p) for p in (args.documents or (None, None)))
    if args.key == "text" and not args.documents:
        ap.error("--key text needs --documents")
    key = text_key if args.key == "text" else offset_key
    d = diff(keyed(read_jsonl(args.old), old_texts, key), keyed(read_jsonl(args.new), new_texts, key),
             set(args.types.split(",")) if args.types else None, tuple(args.fields.split(",")))
    print("\n".join(summary(d)))
    if args.show:
        print("\n".join(sample(d, args.show, args.seed, old_texts, new_texts)))


if __name__ == "__main__":
    main()
