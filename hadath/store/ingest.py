"""Feed documents into a ``Store``: raw inputs through the pipeline, or results extracted
elsewhere (JSON Lines of ``{"document": {...}, "events": [...]}``).  Every document commits
on its own, so an interrupted run resumes by simply running again."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..records import DocError, Result
from .core import NEW, REPLACED, SKIPPED, Store

Progress = Callable[[Counter], None]
StoredItem = tuple[Mapping[str, Any], list[Mapping[str, Any]]]


@dataclass(slots=True)
class IngestReport:
    run_id: int
    counts: Counter = field(default_factory=Counter)
    errors: list[DocError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.counts["failed"]


def ingest(store: Store, items: Iterable[Result | DocError | StoredItem], *,
           command: str = "ingest", progress: Progress | None = None,
           every: int = 100) -> IngestReport:
    """Store every result; a DocError is counted and kept, never stops the batch."""
    report = IngestReport(run_id=store.begin_run(command))
    status = "interrupted"
    try:
        for item in items:
            report.counts["seen"] += 1
            if isinstance(item, DocError):
                report.counts["failed"] += 1
                report.errors.append(item)
            else:
                document, events = _as_records(item)
                outcome = store.put(document, events, run_id=report.run_id)
                report.counts[outcome] += 1
                if outcome != SKIPPED:
                    report.counts["events"] += len(events)
            if progress and report.counts["seen"] % every == 0:
                progress(report.counts)
        status = "done"
    finally:
        store.finish_run(report.run_id, report.counts, status=status)
    return report


def _as_records(item: Result | StoredItem) -> StoredItem:
    if isinstance(item, Result):
        return item.document.to_dict(), [e.to_dict() for e in item.events]
    document, events = item
    return document, list(events)


# ---------------------------------------------------------------- sources of items

def extracted(inputs: Iterable[str], *, published: str | None = None,
              include_nonfactual: bool = False) -> Iterator[Result | DocError]:
    """Raw inputs (files, folders, "-") read by ``hadath.ingest`` and run through the pipeline."""
    import sys

    from .. import default_pipeline
    from ..ingest import iter_raw

    pipeline = default_pipeline(include_nonfactual)
    for raw in iter_raw(inputs, stdin=sys.stdin.buffer):
        yield raw if isinstance(raw, DocError) else pipeline.process(raw, published=published)


def stored_results(paths: Iterable[str]) -> Iterator[StoredItem | DocError]:
    """Results extracted elsewhere: JSON Lines whose lines hold "document" and "events"."""
    for path in paths:
        with _open(path) as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield _stored_item(line, f"{path}:{number}")


def _open(path: str) -> TextIO:
    import sys
    if path == "-":
        return open(sys.stdin.fileno(), encoding="utf-8", closefd=False)
    return Path(path).open(encoding="utf-8")


def _stored_item(line: str, where: str) -> StoredItem | DocError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return DocError(where, None, "bad-json", f"{where}: invalid JSON ({exc.msg})")
    document = record.get("document") if isinstance(record, dict) else None
    events = record.get("events") if isinstance(record, dict) else None
    if not isinstance(document, dict) or not isinstance(events, list):
        return DocError(where, None, "not-a-result",
                        f'{where}: a line must hold a "document" object and an "events" list')
    if not isinstance(document.get("doc_id"), str) or not isinstance(document.get("text"), str):
        return DocError(where, document.get("doc_id"), "not-a-result",
                        f'{where}: the document needs "doc_id" and "text"')
    return document, events


__all__ = ["IngestReport", "ingest", "extracted", "stored_results", "NEW", "REPLACED", "SKIPPED"]
