"""Score the number and time recognisers through the same code path as ``hadath annotate``.

``score_numbers_time(path)`` reads a Duckling-style JSON Lines file (``dimension``,
``phrase``, ``expected``, and for times ``reference_time``), annotates every phrase and
reports exact accuracy per dimension: ``numeral``, ``ordinal`` and ``time_<grain>``.  Time
records are resolved with ``prefer="future"`` against their reference time (Duckling's
convention).  Interval times and the dimensions hadath does not model (money, distance,
...) are counted under ``skipped``.

``score_timex(directory)`` measures span agreement with TimeML TIMEX3 files (silver):
the share of gold spans one of our time mentions overlaps, and the share of ours that
overlap a gold span.

    python -m hadath.evaluation.numbers_time FILE_OR_TML_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Callable

from ..cli.annotate import annotate_text

Annotate = Callable[..., dict[str, Any]]
_GRAIN_LENGTH = {"year": 4, "month": 7, "day": 10, "hour": 16, "minute": 16}
_OUR_PRECISION = {"year": "year", "month": "month", "day": "day", "hour": "minute", "minute": "minute"}
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_TAG = re.compile(r"<[^>]+>")
_TYPE = re.compile(r'type="([^"]+)"')


def _longest(mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    return max(mentions, key=lambda m: (m["end"] - m["start"], -m["start"]), default=None)


def _same_number(got: Any, expected: Any) -> bool:
    return got is not None and expected is not None and abs(float(got) - float(expected)) < 1e-9


def _judge_numeral(out: dict[str, Any], expected: dict[str, Any]) -> tuple[bool, Any]:
    best = _longest(out["numbers"])
    got = best["value"] if best else None
    return _same_number(got, expected.get("value")), got


def _judge_ordinal(out: dict[str, Any], expected: dict[str, Any]) -> tuple[bool, Any]:
    best = _longest(out["ordinals"])
    got = best["value"] if best else None
    return _same_number(got, expected.get("value")), got


def _judge_time(out: dict[str, Any], expected: dict[str, Any]) -> tuple[bool, Any]:
    grain = expected["grain"]
    best = _longest([t for t in out["times"] if t.get("kind", "date") == "date"])
    if best is None:
        return False, None
    want = expected["value"][:_GRAIN_LENGTH[grain]]
    got = best["value"]
    if grain == "hour" and got:
        got_cmp = got[:13] + ":00" if got.endswith(":00") else got
    else:
        got_cmp = got
    ok = got_cmp == want and best["precision"] == _OUR_PRECISION[grain]
    return ok, {"value": got, "precision": best["precision"], "text": best["text"]}


def _dimension_of(record: dict[str, Any]) -> str | None:
    dim = record.get("dimension")
    expected = record.get("expected") or {}
    if dim in ("numeral", "ordinal"):
        return dim
    if dim == "time" and expected.get("type") == "value" and expected.get("grain") in _GRAIN_LENGTH:
        return f"time_{expected['grain']}"
    return None


def score_numbers_time(path: str | Path, *, annotate: Annotate = annotate_text) -> dict[str, Any]:
    """Per-dimension exact accuracy and the failures, for a Duckling-style JSONL file."""
    counts: dict[str, list[int]] = {}
    skipped: dict[str, int] = {}
    failures: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            dim = _dimension_of(record)
            if dim is None:
                key = record.get("dimension", "?")
                if key == "time":
                    key = f"time_{(record.get('expected') or {}).get('type', '?')}_{(record.get('expected') or {}).get('grain')}"
                skipped[key] = skipped.get(key, 0) + 1
                continue
            if dim.startswith("time"):
                out = annotate(record["phrase"], record.get("reference_time"), "future")
                ok, got = _judge_time(out, record["expected"])
            else:
                out = annotate(record["phrase"])
                ok, got = (_judge_numeral if dim == "numeral" else _judge_ordinal)(out, record["expected"])
            tally = counts.setdefault(dim, [0, 0])
            tally[0] += ok
            tally[1] += 1
            if not ok:
                failures.append({"dimension": dim, "phrase": record["phrase"],
                                 "expected": record["expected"], "got": got})
    dims = {d: {"correct": c, "total": n, "accuracy": round(c / n, 4) if n else None}
            for d, (c, n) in sorted(counts.items())}
    return {"dimensions": dims, "skipped": skipped, "failures": failures}


# ---------------------------------------------------------------- TimeML silver

def _read_tml(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text of a .tml file and its TIMEX3 spans (start, end, type) in that text."""
    raw = path.read_text(encoding="utf-8-sig")
    body = raw.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _TIMEX.finditer(body):
        before = _TAG.sub("", body[pos:m.start()])
        text_parts.append(before)
        length += len(before)
        inner = _TAG.sub("", m.group(2))
        type_match = _TYPE.search(m.group(1))
        spans.append((length, length + len(inner), type_match.group(1) if type_match else "?"))
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(_TAG.sub("", body[pos:]))
    return "".join(text_parts).lstrip("\ufeff"), spans


def score_timex(directory: str | Path, *, annotate: Annotate = annotate_text,
                published: str | None = None) -> dict[str, Any]:
    """Span agreement with TIMEX3 annotations: gold spans we overlap (per type), and our
    spans that overlap a gold one.  Values are not compared (the files carry no DCT)."""
    found: dict[str, list[int]] = {}
    ours_total = ours_matched = 0
    missed: list[str] = []
    for path in sorted(Path(directory).glob("*.tml")):
        text, gold = _read_tml(path)
        predicted = [(t["start"], t["end"]) for t in annotate(text, published, "past")["times"]]
        for start, end, kind in gold:
            hit = any(s < end and start < e for s, e in predicted)
            tally = found.setdefault(kind, [0, 0])
            tally[0] += hit
            tally[1] += 1
            if not hit:
                missed.append(text[start:end])
        ours_total += len(predicted)
        ours_matched += sum(any(s < ge and gs < e for gs, ge, _ in gold) for s, e in predicted)
    gold_total = sum(n for _, n in found.values())
    gold_hit = sum(c for c, _ in found.values())
    return {
        "gold_spans_found": {k: {"found": c, "total": n, "share": round(c / n, 4)} for k, (c, n) in sorted(found.items())},
        "gold_overall": round(gold_hit / gold_total, 4) if gold_total else None,
        "ours_overlapping_gold": round(ours_matched / ours_total, 4) if ours_total else None,
        "ours_total": ours_total,
        "missed": missed,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m hadath.evaluation.numbers_time FILE.jsonl|TML_DIR", file=sys.stderr)
        return 2
    target = Path(args[0])
    report = score_timex(target) if target.is_dir() else score_numbers_time(target)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
