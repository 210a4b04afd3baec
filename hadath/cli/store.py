"""``hadath ingest|events|stats|export``: the event store on the command line."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
DB_ENV = "HADATH_DB"

INGEST_EXAMPLES = """examples:
  hadath ingest articles.jsonl                 # into ./hadath.db (SQLite)
  hadath ingest news/ --db events.db           # a folder of .html/.txt/.jsonl
  hadath ingest a.jsonl --db postgresql://user:pw@127.0.0.1/hadath
  hadath ingest --results extracted.jsonl      # lines of {"document": ..., "events": [...]}

Re-running on the same input adds nothing; a changed document replaces its events; an
interrupted run resumes by running it again.  The database also comes from $HADATH_DB."""

EVENTS_EXAMPLES = """examples:
  hadath events --type ASSAULT --country PSE --from 2024-08-01 --to 2024-08-31
  hadath events --source aljazeera.net --format jsonl
  hadath events --canonical --format csv > deduplicated.csv"""

STATS_EXAMPLES = """examples:
  hadath stats
  hadath stats --db postgresql://user:pw@127.0.0.1/hadath --format json"""

EXPORT_EXAMPLES = """examples:
  hadath export --format acled -o acled.csv --country PSE
  hadath export --format parquet -o events.parquet
  hadath export --format plover -o events.plover.jsonl --from 2024-01-01
  hadath export --format csv --type PROTEST -o -       # to stdout

jsonl, csv and parquet hold one row per event mention (with its canonical_id); acled and
plover one row per deduplicated event with all its sources."""


def register(sub: argparse._SubParsersAction) -> None:
    _register_ingest(sub)
    _register_events(sub)
    _register_stats(sub)
    _register_export(sub)


def _parser(sub: argparse._SubParsersAction, name: str, help_: str, epilog: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_, description=help_, epilog=epilog,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=os.environ.get(DB_ENV, "hadath.db"),
                        help="SQLite file or postgresql:// URL (default: $HADATH_DB or hadath.db)")
    return parser


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    group.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    group.add_argument("--country", help="ISO alpha-3 code of the location (or a participant)")
    group.add_argument("--type", dest="event_type", help="PLOVER event type, e.g. ASSAULT")
    group.add_argument("--actor", help="entity id, key or name")
    group.add_argument("--place", help="place name or key")
    group.add_argument("--source", help="outlet (URL host or doc-id prefix)")


def _filters(args: argparse.Namespace):
    from ..store import EventFilter
    return EventFilter.of(date_from=args.date_from, date_to=args.date_to, country=args.country,
                          event_type=args.event_type, actor=args.actor, place=args.place,
                          source=args.source)


# ---------------------------------------------------------------- ingest

def _register_ingest(sub: argparse._SubParsersAction) -> None:
    parser = _parser(sub, "ingest", "extract events from documents and store them",
                     INGEST_EXAMPLES)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help='files, folders, or "-" for stdin')
    parser.add_argument("--results", action="store_true",
                        help="inputs are already extracted results, not documents")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date for documents that carry none")
    parser.add_argument("--include-nonfactual", action="store_true",
                        help="also store negated and hypothetical events")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    parser.set_defaults(func=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    from ..store import Store, ingest
    from ..store.ingest import extracted, stored_results
    progress = None if args.quiet else _print_progress
    with Store(args.db) as store:
        items = (stored_results(args.inputs) if args.results else
                 extracted(args.inputs, published=args.published,
                           include_nonfactual=args.include_nonfactual, store=store))
        report = ingest(store, items, command=" ".join(["ingest", *args.inputs]),
                        progress=progress)
    for error in report.errors:
        print(f"hadath: {error.source}: {error.reason}: {error.message}", file=sys.stderr)
    if not args.quiet:
        _print_progress(report.counts, final=True)
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _print_progress(counts: Counter, final: bool = False) -> None:
    label = "done" if final else "progress"
    print(f"hadath ingest {label}: {counts['seen']} seen, {counts['new']} new, "
          f"{counts['replaced']} replaced, {counts['skipped']} unchanged, "
          f"{counts['failed']} failed, {counts['events']} events", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- events

TABLE_COLUMNS = ("date", "event", "mode", "location_name", "location_country", "killed_min",
                 "actor_names", "recipient_names", "outlet", "id")
CANONICAL_TABLE_COLUMNS = ("anchor_day", "event_type", "mode", "place_name", "country",
                           "n_sources", "killed_min", "killed_max", "sources", "canonical_id")


def _register_events(sub: argparse._SubParsersAction) -> None:
    parser = _parser(sub, "events", "list stored events", EVENTS_EXAMPLES)
    _add_filters(parser)
    parser.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    parser.add_argument("--canonical", action="store_true",
                        help="deduplicated events (one per happening, with sources)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many (0 = all)")
    parser.set_defaults(func=run_events)


def run_events(args: argparse.Namespace) -> int:
    from ..store import Store
    from ..output import write_jsonl
    from ..store.export import flat_canonical, flat_event, write_csv
    with Store(args.db) as store:
        records = (store.canonical_events(_filters(args)) if args.canonical
                   else store.events(_filters(args)))
    if args.limit:
        records = records[:args.limit]
    flat = [flat_canonical(r) if args.canonical else flat_event(r) for r in records]
    if args.format == "jsonl":
        write_jsonl(records, sys.stdout)
    elif args.format == "csv":
        write_csv(flat, list(flat[0]) if flat else [], sys.stdout)
    else:
        _print_table(flat, CANONICAL_TABLE_COLUMNS if args.canonical else TABLE_COLUMNS,
                     sys.stdout)
    return EXIT_OK


def _print_table(rows: list[dict[str, Any]], columns: tuple[str, ...], out: TextIO) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} rows)\n")


def _cell(value: Any, width: int = 40) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


# ---------------------------------------------------------------- stats

def _register_stats(sub: argparse._SubParsersAction) -> None:
    parser = _parser(sub, "stats", "what the store holds", STATS_EXAMPLES)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    from ..store import Store
    with Store(args.db) as store:
        stats = store.stats()
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return EXIT_OK
    for key, value in stats.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for name, n in value.items():
                print(f"  {name}: {n}")
        else:
            print(f"{key}: {value}")
    return EXIT_OK


# ---------------------------------------------------------------- export

def _register_export(sub: argparse._SubParsersAction) -> None:
    from ..store.export import FORMATS
    parser = _parser(sub, "export", "export stored events", EXPORT_EXAMPLES)
    _add_filters(parser)
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("-o", "--output", required=True, help='file to write, "-" for stdout')
    parser.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from ..store import Store
    from ..output import write_jsonl
    from ..store.export import (ACLED_COLUMNS, FLAT_COLUMNS, acled_row, flat_event,
                                plover_record, write_csv, write_parquet)
    if args.format == "parquet" and args.output == "-":
        print("hadath export: parquet needs a file (-o FILE)", file=sys.stderr)
        return EXIT_USAGE
    with Store(args.db) as store:
        if args.format in ("acled", "plover"):
            canonical = store.canonical_events(_filters(args))
        else:
            events = store.events(_filters(args))
    if args.format == "parquet":
        n = write_parquet([flat_event(e) for e in events], Path(args.output))
    else:
        with _output(args.output) as out:
            if args.format == "jsonl":
                n = write_jsonl(events, out)
            elif args.format == "csv":
                n = write_csv((flat_event(e) for e in events), list(FLAT_COLUMNS), out)
            elif args.format == "acled":
                rows = (r for c in canonical if (r := acled_row(c)) is not None)
                n = write_csv(rows, ACLED_COLUMNS, out)
            else:
                n = write_jsonl((plover_record(c) for c in canonical), out)
    print(f"hadath export: {n} rows ({args.format})", file=sys.stderr)
    return EXIT_OK


class _output:
    """stdout for "-", else the file (UTF-8, with BOM for CSV so Excel reads Arabic)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.stream: TextIO | None = None

    def __enter__(self) -> TextIO:
        if self.name == "-":
            return sys.stdout
        path = Path(self.name)
        encoding = "utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8"
        self.stream = path.open("w", encoding=encoding, newline="")
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None:
            self.stream.close()
