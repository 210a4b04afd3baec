"""Where the evaluation data lives and how it becomes pipeline input and predictions.

The shared corpora are not part of the repository: they are found through ``--shared``,
the ``HADATH_SHARED`` environment variable, or a ``shared`` folder next to the current
directory or next to the repository root.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..clean import normalize_date

SHARED_ENV = "HADATH_SHARED"
REPO_ROOT = Path(__file__).resolve().parents[2]
# the corpora whose record ids gold doc_ids refer to, relative to the shared folder
GOLD_CORPORA = ("corpus/almayadeen_2024/articles_dev.jsonl",
                "corpus/aljazeera_ledes/ledes_2023_2024.jsonl")
SEED_ID = "seed"
SEED_TEXT = "corpus/seed/sisi_blinken_2024-09-18.txt"
GOLD_GLOB = "gold/*.jsonl"
DETECTION_GLOB = "corpus/event_gsr/*.jsonl"
NUMBERS_TIME_FILE = "corpus/numbers_time/duckling_ar_dev.jsonl"


class EvaluationDataError(ValueError):
    """An evaluation file is missing or malformed, or a gold doc_id has no document."""


# ---------------------------------------------------------------- locating

def looks_shared(path: Path) -> bool:
    return (path / "gold").is_dir() and (path / "corpus").is_dir()


def find_shared(explicit: str | os.PathLike | None = None) -> Path | None:
    """The shared folder, or None.  An explicit path is returned only if it is one."""
    if explicit is not None:
        path = Path(explicit).expanduser()
        return path.resolve() if looks_shared(path) else None
    candidates = []
    if os.environ.get(SHARED_ENV):
        candidates.append(Path(os.environ[SHARED_ENV]).expanduser())
    candidates += [Path.cwd().parent / "shared", Path.cwd() / "shared",
                   REPO_ROOT.parent / "shared"]
    return next((c.resolve() for c in candidates if looks_shared(c)), None)


def gold_files(shared: Path) -> list[Path]:
    return sorted(shared.glob(GOLD_GLOB))


def detection_files(shared: Path) -> list[Path]:
    return sorted(shared.glob(DETECTION_GLOB))


def numbers_time_file(shared: Path) -> Path | None:
    path = shared / NUMBERS_TIME_FILE
    return path if path.is_file() else None


# ---------------------------------------------------------------- reading

def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationDataError(f"{path}:{number}: not JSON: {exc}") from exc


def load_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    docs = []
    for path in paths:
        for doc in read_jsonl(Path(path)):
            if "doc_id" not in doc or not isinstance(doc.get("events"), list):
                raise EvaluationDataError(f"{path}: a gold line needs doc_id and events")
            docs.append(doc)
    return docs


def valid_date(value: Any) -> str | None:
    """The YYYY-MM-DD day of a timestamp, None when it is not a date."""
    return normalize_date(value) if isinstance(value, str) else None


def load_corpus_records(shared: Path, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    """Corpus records (id, text, ...) for the wanted ids, the seed included."""
    found: dict[str, dict[str, Any]] = {}
    for relative in GOLD_CORPORA:
        path = shared / relative
        if not path.is_file():
            continue
        for record in read_jsonl(path):
            if record.get("id") in doc_ids:
                found[record["id"]] = record
    if SEED_ID in doc_ids and (shared / SEED_TEXT).is_file():
        found[SEED_ID] = {"id": SEED_ID, "text": (shared / SEED_TEXT).read_text("utf-8")}
    return found


def records_for_gold(gold_docs: list[dict], shared: Path) -> list[dict[str, Any]]:
    """Pipeline input for the gold documents: the ``text`` field only (no title), with the
    gold ``published`` date, which is authoritative."""
    corpus = load_corpus_records(shared, {doc["doc_id"] for doc in gold_docs})
    missing = sorted({d["doc_id"] for d in gold_docs} - corpus.keys())
    if missing:
        raise EvaluationDataError(f"gold doc_ids with no corpus record: {', '.join(missing)}")
    records, seen = [], set()
    for doc in gold_docs:
        if doc["doc_id"] in seen:
            continue
        seen.add(doc["doc_id"])
        records.append({"id": doc["doc_id"], "text": corpus[doc["doc_id"]]["text"],
                        "published": valid_date(doc.get("published"))})
    return records


def detection_records(items: list[dict]) -> list[dict[str, Any]]:
    """Each labelled sentence as a document; ``published`` only when it is a real date."""
    return [{"id": item["id"], "text": item["text"], "published": valid_date(item.get("published"))}
            for item in items]


def load_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Event records of a JSONL file (as ``hadath extract`` writes them), by doc_id."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in read_jsonl(Path(path)):
        if "event" not in record or "doc_id" not in record:
            continue        # document or error lines mixed into the stream
        grouped.setdefault(record["doc_id"], []).append(record)
    return grouped


# ---------------------------------------------------------------- running the pipeline

@dataclass(slots=True)
class PipelineRun:
    events: dict[str, list[dict[str, Any]]]     # doc_id -> event records
    texts: dict[str, str]                       # doc_id -> clean text the offsets refer to
    failures: dict[str, str]                    # doc_id -> reason


Extractor = Callable[[Iterable[dict]], Iterable[Any]]


def default_extractor() -> Extractor:
    import hadath
    extractor = getattr(hadath, "extract_documents", None)
    if extractor is None:
        raise EvaluationDataError("the pipeline (hadath.extract_documents) is not available; "
                                  "score a predictions file with --pred")
    return extractor


def run_pipeline(records: list[dict], extractor: Extractor | None = None,
                 label: str = "") -> PipelineRun:
    """Run the pipeline on corpus-like records; results are keyed by record id."""
    extract = extractor or default_extractor()
    run = PipelineRun(events={}, texts={}, failures={})
    progress = Progress(len(records), label)
    for output in extract(records):
        document = getattr(output, "document", None)
        if document is None:
            run.failures[output.doc_id or output.source] = output.reason
        else:
            run.events[document.doc_id] = [e.to_dict() for e in output.events]
            run.texts[document.doc_id] = document.text
        progress.step()
    progress.done()
    return run


class Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label, self.count = total, label, 0
        self.visible = bool(label) and sys.stderr.isatty()

    def step(self) -> None:
        self.count += 1
        if self.visible and (self.count % 10 == 0 or self.count == self.total):
            print(f"\r{self.label}: {self.count}/{self.total}", end="", file=sys.stderr)

    def done(self) -> None:
        if self.visible:
            print(file=sys.stderr)
