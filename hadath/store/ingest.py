"""Feed documents into a ``Store``: raw inputs through the pipeline, or results extracted
elsewhere (JSON Lines of ``{"document": {...}, "events": [...]}``).  Documents commit in
batches (``COMMIT_EVERY`` documents or ``COMMIT_SECONDS`` of extraction), each inside a
savepoint of its own, so a killed run loses at most the batch being stored and resumes by
simply running again; a raw input the store already holds unchanged (same doc id, same
sha256 of the raw input) is not extracted again."""
from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..records import DocError, RawDocument, Result
from .core import NEW, REPLACED, SKIPPED, Store

Progress = Callable[[Counter], None]
StoredItem = tuple[Mapping[str, Any], list[Mapping[str, Any]]]
COMMIT_EVERY = 50
COMMIT_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Extracted:
    """A pipeline result and the identity of the raw input it came from."""
    result: Result
    raw_hash: str


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A raw input the store already holds as it is: skipped before extraction."""
    doc_id: str


Item = Result | DocError | StoredItem | Extracted | Unchanged


@dataclass(slots=True)
class IngestReport:
    run_id: int
    counts: Counter = field(default_factory=Counter)
    errors: list[DocError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.counts["failed"]


def ingest(store: Store, items: Iterable[Item], *,
           command: str = "ingest", progress: Progress | None = None,
           every: int = 100, commit_every: int = COMMIT_EVERY,
           commit_seconds: float = COMMIT_SECONDS) -> IngestReport:
    """Store every result; a DocError is counted and kept, never stops the batch.  Items
    are gathered (extracted) first, then stored in one transaction per batch."""
    report = IngestReport(run_id=store.begin_run(command))
    status = "interrupted"
    try:
        for batch in _batches(items, commit_every, commit_seconds):
            with store.batch():
                for item in batch:
                    _store_item(store, item, report)
                    if progress and report.counts["seen"] % every == 0:
                        progress(report.counts)
        status = "done"
    finally:
        store.finish_run(report.run_id, report.counts, status=status)
    return report


def _batches(items: Iterable[Item], size: int, seconds: float) -> Iterator[list[Item]]:
    """Consecutive items, ``size`` at most, cut early once gathering them took ``seconds``
    (extraction is slow: a batch must not hold back what is already done for long)."""
    batch: list[Item] = []
    started = time.monotonic()
    for item in items:
        batch.append(item)
        if len(batch) >= size or time.monotonic() - started >= seconds:
            yield batch
            batch, started = [], time.monotonic()
    if batch:
        yield batch


def _store_item(store: Store, item: Item, report: IngestReport) -> None:
    report.counts["seen"] += 1
    if isinstance(item, DocError):
        report.counts["failed"] += 1
        report.errors.append(item)
    elif isinstance(item, Unchanged):
        report.counts[SKIPPED] += 1
    else:
        identity = None
        if isinstance(item, Extracted):
            item, identity = item.result, item.raw_hash
        document, events = _as_records(item)
        outcome = store.put(document, events, run_id=report.run_id, raw_hash=identity)
        report.counts[outcome] += 1
        if outcome != SKIPPED:
            report.counts["events"] += len(events)


def _as_records(item: Result | StoredItem) -> StoredItem:
    if isinstance(item, Result):
        return item.document.to_dict(), [e.to_dict() for e in item.events]
    document, events = item
    return document, list(events)


# ---------------------------------------------------------------- sources of items

def extracted(inputs: Iterable[str], *, published: str | None = None,
              include_nonfactual: bool = False,
              store: Store | None = None) -> Iterator[Extracted | Unchanged | DocError]:
    """Raw inputs (files, folders, "-") read by ``hadath.ingest`` and run through the
    pipeline; with a ``store``, inputs it already holds unchanged are not extracted."""
    import sys

    from .. import default_pipeline
    from ..ingest import iter_raw

    pipeline = default_pipeline(include_nonfactual)
    for raw in iter_raw(inputs, stdin=sys.stdin.buffer):
        if isinstance(raw, DocError):
            yield raw
            continue
        identity = raw_hash(raw, published, include_nonfactual)
        if store is not None and store.raw_unchanged(raw.doc_id, identity):
            yield Unchanged(raw.doc_id)
            continue
        result = pipeline.process(raw, published=published)
        yield result if isinstance(result, DocError) else Extracted(result, identity)


def raw_hash(raw: RawDocument, published: str | None, include_nonfactual: bool) -> str:
    """sha256 of everything extraction reads: the raw content and its metadata, plus the
    options that change what is stored (the ``--published`` fallback, non-factual events)."""
    identity = [raw.kind, raw.content, raw.url, raw.title, raw.published, published,
                include_nonfactual]
    return hashlib.sha256(json.dumps(identity, ensure_ascii=False).encode("utf-8")).hexdigest()


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


__all__ = ["IngestReport", "Extracted", "Unchanged", "ingest", "extracted", "raw_hash",
           "stored_results", "NEW", "REPLACED", "SKIPPED"]
