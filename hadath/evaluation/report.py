"""Readable output for evaluation results, the flat metric names, and the floor gate.

A results dict holds ``gold`` (``score_documents`` summed over the gold files, with
``files`` giving each file's summary), ``detection`` (``score_detection`` per event type)
and, when measured, ``numbers_time``.  ``flatten_metrics`` names every headline number
(``gold.event_f1``, ``detection.ASSAULT.f1`` ...); ``eval/floors.json`` pins minimums.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FLOOR_COMMENT_KEY = "_comment"
RATE_NAMES = frozenset({"accuracy", "precision", "recall", "f1", "rate"})


# ---------------------------------------------------------------- flat metrics

def gold_metrics(gold: Mapping[str, Any]) -> dict[str, float | None]:
    metrics: dict[str, float | None] = {
        "gold.event_precision": gold["precision"],
        "gold.event_recall": gold["recall"],
        "gold.event_f1": gold["f1"],
        "gold.date_accuracy": gold["date"]["accuracy"],
        "gold.date_accuracy_required": gold.get("date_required", {}).get("accuracy"),
        "gold.location_accuracy": gold["location"]["accuracy"],
        "gold.source_accuracy": gold.get("source", {}).get("accuracy"),
        "gold.count_accuracy": gold["counts"]["all"]["accuracy"],
    }
    for event_type, tally in gold["per_type"].items():
        metrics[f"gold.{event_type}.f1"] = tally["f1"]
    return metrics


def detection_metrics(event_type: str, det: Mapping[str, Any]) -> dict[str, float | None]:
    prefix = f"detection.{event_type}"
    metrics: dict[str, float | None] = {f"{prefix}.{k}": det[k]
                                        for k in ("precision", "recall", "f1")}
    # floors are minimums, so false-positive rates are gated as specificity (1 - rate)
    for label, fpr in det["false_positive_rate"].items():
        rate = fpr["rate"]
        metrics[f"{prefix}.{label}_specificity"] = None if rate is None else 1.0 - rate
    for side, agreement in det["actor_agreement"].items():
        metrics[f"{prefix}.{side}_agreement"] = agreement["rate"]
    return metrics


def numeric_leaves(prefix: str, value: Any) -> dict[str, float]:
    if isinstance(value, bool):
        return {}
    if isinstance(value, (int, float)):
        return {prefix: float(value)}
    if isinstance(value, Mapping):
        leaves: dict[str, float] = {}
        for key, inner in value.items():
            leaves.update(numeric_leaves(f"{prefix}.{key}", inner))
        return leaves
    return {}


def numbers_time_metrics(scores: Mapping[str, Any]) -> dict[str, float]:
    """Rates only (counts of items are not metrics); plus the pooled accuracy over the
    dimensions when they report ``correct`` and ``total``."""
    metrics = {name: value for name, value in numeric_leaves("numbers_time", scores).items()
               if name.rsplit(".", 1)[-1] in RATE_NAMES}
    dimensions = [d for d in (scores.get("dimensions") or {}).values()
                  if isinstance(d, Mapping) and "correct" in d and "total" in d]
    total = sum(d["total"] for d in dimensions)
    if total:
        metrics["numbers_time.accuracy"] = sum(d["correct"] for d in dimensions) / total
    return metrics


def flatten_metrics(results: Mapping[str, Any]) -> dict[str, float]:
    """Every measured headline number under its dotted name (unmeasured ones left out)."""
    metrics: dict[str, float | None] = {}
    if "gold" in results:
        metrics.update(gold_metrics(results["gold"]))
    for event_type, det in results.get("detection", {}).items():
        metrics.update(detection_metrics(event_type, det))
    if "numbers_time" in results:
        metrics.update(numbers_time_metrics(results["numbers_time"]))
    return {k: v for k, v in metrics.items() if v is not None}


# ---------------------------------------------------------------- the gate

def load_floors(path: Path) -> dict[str, float]:
    data = json.loads(Path(path).read_text("utf-8"))
    validate_floors(data, str(path))
    return {k: float(v) for k, v in data.items() if k != FLOOR_COMMENT_KEY}


def validate_floors(data: Any, where: str) -> None:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: floors must be a JSON object")
    for key, value in data.items():
        if key == FLOOR_COMMENT_KEY:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                not 0.0 <= value <= 1.0:
            raise ValueError(f"{where}: floor {key!r} must be a number in [0, 1]")


def check_floors(metrics: Mapping[str, float], floors: Mapping[str, float],
                 require_all: bool = True) -> list[str]:
    """One line per metric below its floor (and per floor not measured, if required)."""
    failures = []
    for name, floor in sorted(floors.items()):
        if name not in metrics:
            if require_all:
                failures.append(f"{name}: not measured (floor {floor:.3f})")
        elif metrics[name] < floor:
            failures.append(f"{name}: {metrics[name]:.3f} < floor {floor:.3f}")
    return failures


# ---------------------------------------------------------------- text

def pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{100 * value:5.1f}"


def percent(value: float | None) -> str:
    return "  n/a " if value is None else f"{100 * value:5.1f}%"


def accuracy_line(name: str, acc: Mapping[str, Any]) -> str:
    return (f"  {name:<18} {percent(acc['accuracy'])}  ({acc['correct']}/{acc['n']}, "
            f"spurious where gold is null: {acc['spurious']})")


def format_gold(gold: Mapping[str, Any]) -> list[str]:
    lines = [
        f"Gold events  ({gold['documents']} documents, {gold['predictions']} predictions, "
        f"{gold['matched']} matched)",
        f"  P {pct(gold['precision'])}  R {pct(gold['recall'])}  F1 {pct(gold['f1'])}   "
        f"(TP {gold['tp']}, FP {gold['fp']}, FN {gold['fn']})",
    ]
    for name, summary in gold.get("files", {}).items():
        lines.append(f"    {name:<14} P {pct(summary['precision'])}  R {pct(summary['recall'])}"
                     f"  F1 {pct(summary['f1'])}")
    lines.append("  per type:")
    for event_type, tally in gold["per_type"].items():
        lines.append(f"    {event_type:<10} P {pct(tally['precision'])}  R {pct(tally['recall'])}"
                     f"  F1 {pct(tally['f1'])}  (TP {tally['tp']}, FP {tally['fp']}, "
                     f"FN {tally['fn']})")
    lines.append("  on matched pairs:")
    lines.append(accuracy_line("date", gold["date"]))
    if "date_required" in gold:
        lines.append(accuracy_line("  not optional", gold["date_required"]))
    lines.append(accuracy_line("location country", gold["location"]))
    if "source" in gold:
        lines.append(accuracy_line("source", gold["source"]))
    for name, acc in gold["counts"].items():
        lines.append(accuracy_line(f"count {name}", acc))
    return lines


def format_detection(event_type: str, det: Mapping[str, Any]) -> list[str]:
    lines = [
        f"Detection {event_type}  ({det['positives']} yes, {det['negatives']} no, "
        f"{det['skipped']} ambiguous skipped)",
        f"  P {pct(det['precision'])}  R {pct(det['recall'])}  F1 {pct(det['f1'])}   "
        f"(TP {det['tp']}, FP {det['fp']}, FN {det['fn']})",
    ]
    for label, fpr in det["false_positive_rate"].items():
        lines.append(f"  false-positive rate on {label.replace('_', ' '):<13}"
                     f"{percent(fpr['rate'])}  ({fpr['fp']}/{fpr['n']})")
    for side, agreement in det["actor_agreement"].items():
        lines.append(f"  {side} country agrees with annotators {percent(agreement['rate'])}  "
                     f"({agreement['agree']}/{agreement['n']} detected positives with a code)")
    return lines


def format_numbers_time(scores: Mapping[str, Any]) -> list[str]:
    lines = ["Numbers and time (duckling dev)"]
    for name, value in sorted(numbers_time_metrics(scores).items()):
        lines.append(f"  {name.removeprefix('numbers_time.'):<40} {percent(value)}")
    skipped = scores.get("skipped")
    if isinstance(skipped, Mapping) and skipped:
        lines.append(f"  not scored: {sum(skipped.values())} items of "
                     f"{', '.join(sorted(skipped))}")
    return lines


def format_text(results: Mapping[str, Any]) -> str:
    blocks = []
    if "gold" in results:
        blocks.append(format_gold(results["gold"]))
    for event_type, det in results.get("detection", {}).items():
        blocks.append(format_detection(event_type, det))
    if "numbers_time" in results:
        blocks.append(format_numbers_time(results["numbers_time"]))
    failures = results.get("pipeline_failures") or {}
    if failures:
        blocks.append([f"Pipeline failed on {len(failures)} documents (scored as predicting "
                       "nothing): " + ", ".join(f"{doc_id[:32]} ({reason})" for doc_id, reason
                                                in sorted(failures.items())[:10])])
    return "\n\n".join("\n".join(block) for block in blocks)


def format_errors(results: Mapping[str, Any]) -> str:
    """Missed gold events and spurious predictions per document, then detection errors."""
    lines = []
    for entry in results.get("gold", {}).get("errors", []):
        lines.append(f"== {entry['doc_id']}")
        for missed in entry["missed"]:
            lines.append(f"  missed   {missed['event']:<10} «{missed['quote']}»")
        for spurious in entry["spurious"]:
            sentence = spurious.get("sentence_text") or ""
            lines.append(f"  spurious {spurious['event']:<10} trigger «{spurious['trigger']}»"
                         + (f"  in «{sentence}»" if sentence else ""))
    for failure in results.get("numbers_time", {}).get("failures", []):
        lines.append(f"== numbers/time {failure.get('dimension')}: «{failure.get('phrase')}» "
                     f"expected {failure.get('expected')} got {failure.get('got')}")
    for event_type, errors in results.get("detection_errors", {}).items():
        for kind, items in errors.items():
            if items:
                lines.append(f"== detection {event_type}: {kind} ({len(items)})")
                lines.extend(f"  {item['id'][:40]}  «{item['text']}»" for item in items)
    return "\n".join(lines)
