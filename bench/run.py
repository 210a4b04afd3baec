#!/usr/bin/env python3
"""Throughput and memory of the hadath pipeline on a generated corpus.

    python bench/generate.py --n 2000 --out /tmp/hadath-bench
    python bench/run.py /tmp/hadath-bench            # all three measurements, 3 runs each
    python bench/run.py /tmp/hadath-bench --dry-run  # only trafilatura alone (no pipeline)

Each run of each measurement is a fresh subprocess (one process = one core):

  pipeline-text   hadath.extract_documents on DIR/text/*.txt (records with "text", "published")
  pipeline-html   hadath.extract_documents on DIR/html/*.html (records with "html")
  trafilatura     trafilatura.extract(html) alone on the same HTML: the yardstick

The worker reads its documents, warms up on one document (imports, lexicon loading), then
times the loop over all documents.  Peak RSS is the child's maximum resident set size as the
kernel reports it to the parent (os.wait4), so it includes the lexicons and the documents
held in memory.  The report is a markdown table of medians over the runs.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

MEASUREMENTS = ("pipeline-text", "pipeline-html", "trafilatura")
DEFAULT_API = "hadath:extract_documents"


# ------------------------------------------------------------------ worker (child process)

def load_manifest(corpus: Path, kind: str, limit: int | None) -> list[dict[str, Any]]:
    entries = []
    with open(corpus / "manifest.jsonl", encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            if entry["kind"] == kind:
                entries.append(entry)
    return entries[:limit] if limit else entries


def text_records(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    return [{"id": e["id"], "text": (corpus / e["path"]).read_text(encoding="utf-8"),
             "published": e["published"]} for e in load_manifest(corpus, "text", limit)]


def html_records(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    return [{"id": e["id"], "html": (corpus / e["path"]).read_text(encoding="utf-8")}
            for e in load_manifest(corpus, "html", limit)]


def resolve_api(spec: str) -> Callable[..., Iterable[Any]]:
    """'module:function', e.g. 'hadath:extract_documents' (tests can pass a fake)."""
    module_name, _, func_name = spec.partition(":")
    return getattr(importlib.import_module(module_name), func_name or "extract_documents")


def count_outcomes(outcomes: Iterable[Any]) -> dict[str, int]:
    """Results carry ``.events``; anything else (a DocError) counts as a failed document."""
    docs = errors = events = 0
    for outcome in outcomes:
        docs += 1
        found = getattr(outcome, "events", None)
        if found is None:
            errors += 1
        else:
            events += len(found)
    return {"docs": docs, "errors": errors, "events": events}


def timed(setup: Callable[[], Callable[[], dict[str, int]]]) -> dict[str, Any]:
    """Run ``setup`` (imports, warm-up; returns the loop), then the loop, timing both.
    The loop's CPU time (process_time) is what one core spent, whatever else the machine
    was doing; its wall time is what a user waits."""
    start = time.perf_counter()
    loop = setup()
    wall, cpu = time.perf_counter(), time.process_time()
    counts = loop()
    return {"setup_seconds": wall - start, "seconds": time.perf_counter() - wall,
            "cpu_seconds": time.process_time() - cpu, **counts}


def pipeline_loop(records: list[dict[str, Any]], api: str) -> Callable[[], dict[str, int]]:
    extract_documents = resolve_api(api)
    count_outcomes(extract_documents(records[:1]))            # warm-up: imports, lexicons
    return lambda: count_outcomes(extract_documents(records))


def trafilatura_loop(records: list[dict[str, Any]]) -> Callable[[], dict[str, int]]:
    import trafilatura
    trafilatura.extract(records[0]["html"])                   # warm-up

    def loop() -> dict[str, int]:
        empty = sum(1 for r in records if not trafilatura.extract(r["html"]))
        return {"docs": len(records), "errors": empty, "events": 0}
    return loop


def worker(measurement: str, corpus: Path, limit: int | None, api: str) -> dict[str, Any]:
    if measurement == "pipeline-text":
        records = text_records(corpus, limit)
        report = timed(lambda: pipeline_loop(records, api))
    elif measurement == "pipeline-html":
        records = html_records(corpus, limit)
        report = timed(lambda: pipeline_loop(records, api))
    else:
        records = html_records(corpus, limit)
        report = timed(lambda: trafilatura_loop(records))
    return {"measurement": measurement, **report}


# ------------------------------------------------------------------ parent

@dataclass(frozen=True)
class Run:
    measurement: str
    docs: int
    errors: int
    events: int
    setup_seconds: float    # import + one-document warm-up
    seconds: float          # wall time of the timed loop
    cpu_seconds: float      # CPU time of the timed loop
    peak_rss_mb: float


def max_rss_mb(usage: resource.struct_rusage) -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return usage.ru_maxrss * scale / 2**20


def spawn(measurement: str, corpus: Path, limit: int | None, api: str) -> Run:
    cmd = [sys.executable, str(Path(__file__).resolve()), str(corpus), "--worker", measurement,
           "--api", api]
    if limit:
        cmd += ["--limit", str(limit)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    output = child.stdout.read() if child.stdout else b""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{measurement} worker failed with exit code {child.returncode}")
    report = json.loads(output.decode("utf-8").strip().splitlines()[-1])
    return Run(measurement, report["docs"], report["errors"], report["events"],
               report["setup_seconds"], report["seconds"], report["cpu_seconds"],
               max_rss_mb(usage))


@dataclass(frozen=True)
class Summary:
    measurement: str
    runs: int
    docs: int
    errors: int
    events: int
    setup_seconds: float
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    @property
    def docs_per_cpu_second(self) -> float:
        return self.docs / self.cpu_seconds if self.cpu_seconds else float("inf")


def summarize(runs: list[Run]) -> Summary:
    first = runs[0]
    return Summary(first.measurement, len(runs), first.docs, first.errors, first.events,
                   statistics.median(r.setup_seconds for r in runs),
                   statistics.median(r.seconds for r in runs),
                   statistics.median(r.cpu_seconds for r in runs),
                   max(r.peak_rss_mb for r in runs))


def markdown_table(summaries: dict[str, Summary]) -> str:
    lines = ["| measurement | docs | failed | events | setup s | wall s | CPU s "
             "| docs/s (wall) | docs/s per core (CPU) | peak RSS MB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in summaries.values():
        lines.append(f"| {s.measurement} | {s.docs} | {s.errors} | {s.events} "
                     f"| {s.setup_seconds:.2f} | {s.seconds:.2f} | {s.cpu_seconds:.2f} "
                     f"| {s.docs_per_second:.1f} | {s.docs_per_cpu_second:.1f} "
                     f"| {s.peak_rss_mb:.0f} |")
    return "\n".join(lines)


def ratio_lines(summaries: dict[str, Summary]) -> list[str]:
    lines = []
    yardstick = summaries.get("trafilatura")
    for name in ("pipeline-html", "pipeline-text"):
        if yardstick and name in summaries and yardstick.seconds and yardstick.cpu_seconds:
            wall = summaries[name].seconds / yardstick.seconds
            cpu = summaries[name].cpu_seconds / yardstick.cpu_seconds
            lines.append(f"- {name} time / trafilatura-alone time: {wall:.2f}x wall, "
                         f"{cpu:.2f}x CPU")
    return lines


def environment_line(runs: int) -> str:
    import platform
    return (f"Python {platform.python_version()} on {platform.machine()}, "
            f"{os.cpu_count()} CPUs visible; one process per run, median of {runs} runs "
            f"(setup s = imports + a one-document warm-up, outside the timed loop; wall s and "
            f"CPU s = the loop; peak RSS = the whole child process).")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark the hadath pipeline against trafilatura alone.",
        epilog=__doc__.split("\n\n")[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="directory written by bench/generate.py")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (default 3)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N documents")
    parser.add_argument("--dry-run", action="store_true",
                        help="only measure trafilatura alone (no hadath pipeline needed)")
    parser.add_argument("--api", default=DEFAULT_API,
                        help=f"batch function as module:function (default {DEFAULT_API})")
    parser.add_argument("--worker", choices=MEASUREMENTS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (args.corpus / "manifest.jsonl").exists():
        print(f"{args.corpus}/manifest.jsonl not found: run bench/generate.py first",
              file=sys.stderr)
        return 2
    if args.worker:
        print(json.dumps(worker(args.worker, args.corpus, args.limit, args.api)))
        return 0
    if args.repeats < 1:
        print("--repeats must be at least 1", file=sys.stderr)
        return 2
    measurements = ("trafilatura",) if args.dry_run else MEASUREMENTS
    summaries = {}
    for name in measurements:
        runs = []
        for i in range(args.repeats):
            runs.append(spawn(name, args.corpus, args.limit, args.api))
            print(f"{name} run {i + 1}/{args.repeats}: {runs[-1].seconds:.2f} s", file=sys.stderr)
        summaries[name] = summarize(runs)
    print(markdown_table(summaries))
    print()
    for line in ratio_lines(summaries):
        print(line)
    print(environment_line(args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
