"""hadath demo: the main job on the bundled sample corpus, with a readable summary."""
from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path

from ..ingest import iter_raw
from ..output import document_header, summary_line, write_jsonl
from ..records import DocError, RawDocument
from .common import Tally

EXAMPLES = """examples:
  hadath demo
  hadath demo --out /tmp/hadath-demo --include-nonfactual
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="run on the bundled sample corpus and summarise",
                       description="Extract events from the sample articles shipped with hadath "
                                   "(written for it, fictional) and print, per document, its "
                                   "events as ACTOR → EVENT → RECIPIENT, date, place, counts, "
                                   "source.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="hadath-demo", metavar="DIR",
                   help="folder for the full output: events.jsonl and documents.jsonl "
                        "(default ./hadath-demo)")
    p.add_argument("--include-nonfactual", action="store_true",
                   help="also show negated and hypothetical events")
    p.set_defaults(func=run)


def sample_folder() -> Path:
    return Path(str(resources.files("hadath") / "sample"))


ARTICLE_SUFFIXES = (".html", ".htm", ".txt", ".jsonl")


def sample_inputs(folder: Path | None = None) -> list[str]:
    """The sample articles (not the expected-events file that sits beside them)."""
    folder = folder or sample_folder()
    return sorted(str(p) for p in folder.iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith("expected"))


def _published_dates(folder: Path) -> dict[str, str]:
    path = folder / "published.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def run(args: argparse.Namespace) -> int:
    from .. import default_pipeline

    folder = sample_folder()
    dates = _published_dates(folder)
    pipeline = default_pipeline(args.include_nonfactual)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    with open(out_dir / "events.jsonl", "w", encoding="utf-8") as ev_out, \
            open(out_dir / "documents.jsonl", "w", encoding="utf-8") as doc_out:
        for raw in iter_raw(sample_inputs(folder)):
            published = dates.get(Path(raw.source).name) if isinstance(raw, RawDocument) else None
            result = raw if isinstance(raw, DocError) else pipeline.process(raw, published=published)
            tally.add(result)
            if isinstance(result, DocError):
                print(f"\n✗ {result.source}: {result.reason}: {result.message}")
                continue
            print("\n" + document_header(result.document))
            for event in result.events:
                flag = "" if event.factual else " (negated)" if event.negated else " (hypothetical)"
                print(f"  • {summary_line(event)}{flag}")
            if not result.events:
                print("  (no events)")
            write_jsonl((e.to_dict() for e in result.events), ev_out)
            write_jsonl([result.document.to_dict()], doc_out)
    print("\n" + tally.summary())
    print(f"full output: {out_dir / 'events.jsonl'} (events), {out_dir / 'documents.jsonl'} (documents)")
    return tally.exit_code
