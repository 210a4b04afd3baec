"""``hadath annotate``: every mention recognised in one text, as JSON, with spans and values."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..records import NumberMention
from ..recognize.actors import find_actors, read_as_places
from ..recognize.numbers import find_numbers
from ..recognize.places import find_places, without_person_names
from ..recognize.times import PREFERENCES, find_times, parse_published
from ..text import TextLayer

EXAMPLES = """examples:
  hadath annotate "قتل أكثر من 40 شخصا أمس (الثلاثاء) في غارة" --published 2024-09-18
  echo "وصل نحو ثلاثة آلاف نازح صباح اليوم" | hadath annotate - --published 2024-09-18
  hadath annotate --file article.txt --published 2024-09-18T10:00 --prefer future

Numbers carry value, min, max (null = open) and approx; times carry a value written
YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DDTHH:MM per their precision (null without an anchor
for relative expressions), and a kind: date, duration or daycount.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "annotate", help="print the numbers, times, actors and places found in a text",
        description="Print as JSON every mention recognised in one Arabic text.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", nargs="?", help="the text, or - to read standard input")
    parser.add_argument("--file", metavar="PATH", help="read the text from a UTF-8 file")
    parser.add_argument("--published", metavar="DATETIME",
                        help="publication date (YYYY-MM-DD or YYYY-MM-DDTHH:MM), the anchor of relative times")
    parser.add_argument("--prefer", choices=PREFERENCES, default="past",
                        help="bare weekdays and dates without a year: the latest on or before "
                             "publication (past, default) or the next on or after (future)")
    parser.set_defaults(func=run)


def _number(m: NumberMention) -> dict[str, Any]:
    return m.to_dict()


def _ordinal(m: NumberMention) -> dict[str, Any]:
    return {"text": m.text, "start": m.start, "end": m.end, "value": m.value}


def _entity(m: Any) -> dict[str, Any]:
    for method in ("to_entity", "to_dict"):
        if hasattr(m, method):
            return getattr(m, method)()
    return {"text": m.text, "start": m.start, "end": m.end}


def annotate_text(text: str, published: str | None = None, prefer: str = "past") -> dict[str, Any]:
    """The JSON-ready mentions of ``text``: what ``hadath annotate`` prints."""
    layer = TextLayer(text)
    numbers = find_numbers(layer)
    times = find_times(layer, published, prefer=prefer)
    out: dict[str, Any] = {
        "numbers": [_number(m) for m in numbers if not m.ordinal],
        "ordinals": [_ordinal(m) for m in numbers if m.ordinal],
        "times": [{**t.to_dict(), "kind": t.kind} for t in times],
    }
    actors = find_actors(layer, published)
    places = without_person_names(find_places(layer), actors)
    out["actors"] = [_entity(m) for m in read_as_places(actors, places)]
    out["places"] = [_entity(m) for m in places]
    return out


def _read_input(args: argparse.Namespace) -> str | None:
    if args.file:
        with open(args.file, encoding="utf-8") as fh:
            return fh.read()
    if args.text == "-" or (args.text is None and not sys.stdin.isatty()):
        return sys.stdin.read()
    return args.text


def run(args: argparse.Namespace) -> int:
    if args.file and args.text:
        print("hadath annotate: give either TEXT or --file, not both", file=sys.stderr)
        return 2
    if args.published and parse_published(args.published) is None:
        print(f"hadath annotate: --published {args.published!r} is not YYYY-MM-DD[THH:MM]", file=sys.stderr)
        return 2
    try:
        text = _read_input(args)
    except OSError as exc:
        print(f"hadath annotate: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    if not text or not text.strip():
        print("hadath annotate: no text given (TEXT, - for standard input, or --file PATH)", file=sys.stderr)
        return 2
    result = annotate_text(text, args.published, args.prefer)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
