"""What the batch commands share: options, progress on stderr, the closing summary."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from ..records import DocError, Result


def iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                        help="publication date for inputs that carry none (relative dates "
                             "such as اليوم/أمس resolve against it; never guessed)")
    parser.add_argument("--include-nonfactual", action="store_true",
                        help="also emit negated and hypothetical events (flagged)")
    parser.add_argument("--min-confidence", type=float, default=0.5, metavar="X",
                        help="drop events below this confidence (default 0.5)")
    parser.add_argument("--rules-only", action="store_true",
                        help="do not rescore ASSAULT/PROTEST candidates with the shipped model "
                             "(more recall on recent conflict news, more false events)")
    parser.add_argument("--max-bytes", type=int, default=5_000_000, metavar="N",
                        help="largest input document accepted (default 5 MB)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")


@dataclass
class Tally:
    read: int = 0
    events: int = 0
    failed: list[DocError] = field(default_factory=list)

    def add(self, item: Result | DocError) -> None:
        self.read += 1
        if isinstance(item, DocError):
            self.failed.append(item)
        else:
            self.events += len(item.events)

    def summary(self) -> str:
        lines = [f"documents read: {self.read}, processed: {self.read - len(self.failed)}, "
                 f"failed: {len(self.failed)}, events found: {self.events}"]
        if self.failed:
            reasons = Counter(e.reason for e in self.failed)
            lines.append("failures by reason: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()))
            for e in self.failed:
                lines.append(f"  {e.source}: {e.reason}: {e.message}")
        return "\n".join(lines)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


class Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO = sys.stderr, enabled: bool = True) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()

    def update(self, tally: Tally, label: str = "") -> None:
        if self.enabled:
            self.stream.write(f"\r{tally.read} documents, {tally.events} events, "
                              f"{len(tally.failed)} failed {label[:40]:<40}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
