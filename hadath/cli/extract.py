"""hadath extract: event records from files, folders or stdin."""
from __future__ import annotations

import argparse
import contextlib
import sys

from ..ingest import IngestLimits, iter_raw
from ..output import CsvEventWriter, JsonlWriter, write_jsonl
from ..records import DocError
from .common import Progress, Tally, add_pipeline_options

EXAMPLES = """examples:
  hadath extract article.html
  hadath extract news/ -o events.jsonl --documents docs.jsonl
  hadath extract scraped.txt --published 2024-09-18 --format csv -o events.csv
  cat batch.jsonl | hadath extract - --quiet
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract event records from articles",
                       description="Read .html/.htm, .txt and .jsonl files (folders recursively, "
                                   "'-' for stdin) and write one event record per line.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write events here (default stdout)")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--documents", metavar="FILE", help="also write the document records (JSONL)")
    add_pipeline_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .. import default_pipeline

    pipeline = default_pipeline(args.include_nonfactual, args.min_confidence,
                                rescore=not args.rules_only)
    stdin = sys.stdin.buffer if "-" in args.inputs else None
    items = iter_raw(args.inputs, stdin=stdin, limits=IngestLimits(max_bytes=args.max_bytes))
    tally = Tally()
    progress = Progress(enabled=not args.quiet)
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) \
            if args.output else sys.stdout
        writer = CsvEventWriter(out) if args.format == "csv" else JsonlWriter(out)
        docs = stack.enter_context(open(args.documents, "w", encoding="utf-8")) \
            if args.documents else None
        for result in pipeline.run(items, published=args.published):
            tally.add(result)
            if isinstance(result, DocError):
                progress.update(tally, result.source)
                continue
            progress.update(tally, result.document.doc_id)
            writer.write(e.to_dict() for e in result.events)
            if docs:
                write_jsonl([result.document.to_dict()], docs)
    progress.close()
    if not args.quiet:
        print(tally.summary(), file=sys.stderr)
    return tally.exit_code
