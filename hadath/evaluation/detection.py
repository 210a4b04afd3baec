"""Scoring the sentence-level detection sets (corpus/event_gsr, gold-format.md item 4).

Each labelled sentence is a document.  The system detects the set's event type when it
emits at least one factual event of that type.  ``yes`` is positive, ``easy no`` and
``difficult no`` are negative, ``ambiguous`` is skipped.  Where annotators coded the
source/target actors (``source_role`` / ``target_role`` = ``{"main": country, ...}``), the
countries of the emitted events are checked against them for detected positives.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .gold import entity_countries, is_factual, prf, ratio

POSITIVE_LABELS = frozenset({"yes"})
NEGATIVE_LABELS = ("easy no", "difficult no")
SKIPPED_LABELS = frozenset({"ambiguous"})
COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
# annotators' role slots and the event-record side each one corresponds to
ROLE_SIDES = (("source_role", "actor"), ("target_role", "recipient"))


def detects(events: Iterable[Mapping[str, Any]], event_type: str) -> bool:
    return any(e.get("event") == event_type and is_factual(e) for e in events)


def coded_countries(spans: Iterable[Mapping[str, Any]], role: str) -> frozenset[str]:
    """Country codes the annotators gave for one role, pooled over annotators."""
    codes = set()
    for span in spans:
        value = span.get(role)
        if isinstance(value, Mapping) and COUNTRY_CODE.match(str(value.get("main") or "")):
            codes.add(value["main"])
    return frozenset(codes)


def emitted_countries(events: Iterable[Mapping[str, Any]], event_type: str,
                      side: str) -> frozenset[str]:
    countries: frozenset[str] = frozenset()
    for event in events:
        if event.get("event") == event_type and is_factual(event):
            countries |= entity_countries(event.get(side))
    return countries


def actor_agreement(items: list[Mapping[str, Any]], detected: Mapping[str, list[dict]],
                    event_type: str) -> dict[str, dict[str, Any]]:
    """Per side: over detected positives with a coded country for that role, how often an
    emitted event of the type names one of the coded countries on that side."""
    result = {}
    for role, side in ROLE_SIDES:
        n = agree = 0
        for item in items:
            coded = coded_countries(item.get("spans") or [], role)
            if not coded:
                continue
            n += 1
            agree += bool(coded & emitted_countries(detected.get(item["id"], []), event_type,
                                                    side))
        result[side] = {"n": n, "agree": agree, "rate": ratio(agree, n)}
    return result


def score_detection(items: list[Mapping[str, Any]],
                    detected: Mapping[str, list[dict]]) -> dict[str, Any]:
    """Score one detection set.  ``items`` are its JSONL records (``id``, ``event_type``,
    ``label``, ``spans``); ``detected`` maps a record id to the events emitted for it."""
    event_types = {item["event_type"] for item in items}
    if len(event_types) > 1:
        raise ValueError(f"a detection set has one event type, found {sorted(event_types)}")
    event_type = event_types.pop() if event_types else ""
    hits = {item["id"]: detects(detected.get(item["id"], []), event_type) for item in items}
    positives = [i for i in items if i["label"] in POSITIVE_LABELS]
    tp = sum(hits[i["id"]] for i in positives)
    negatives = {label: [i for i in items if i["label"] == label] for label in NEGATIVE_LABELS}
    false_positives = {label: sum(hits[i["id"]] for i in group)
                       for label, group in negatives.items()}
    fp = sum(false_positives.values())
    detected_positives = [i for i in positives if hits[i["id"]]]
    return {
        "event_type": event_type,
        "sentences": len(items),
        "skipped": sum(i["label"] in SKIPPED_LABELS for i in items),
        "positives": len(positives),
        "negatives": sum(len(g) for g in negatives.values()),
        "tp": tp, "fp": fp, "fn": len(positives) - tp,
        **prf(tp, fp, len(positives) - tp),
        "false_positive_rate": {
            label.replace(" ", "_"): {"n": len(group), "fp": false_positives[label],
                                      "rate": ratio(false_positives[label], len(group))}
            for label, group in negatives.items()},
        "actor_agreement": actor_agreement(detected_positives, detected, event_type),
        "unknown_labels": sorted({i["label"] for i in items} - POSITIVE_LABELS
                                 - SKIPPED_LABELS - set(NEGATIVE_LABELS)),
    }


def detection_errors(items: list[Mapping[str, Any]], detected: Mapping[str, list[dict]],
                     event_type: str) -> dict[str, list[dict[str, str]]]:
    """Missed positives and the negatives the system fired on (by label): id and text."""
    errors: dict[str, list[dict[str, str]]] = {"missed": [], "easy no": [], "difficult no": []}
    for item in items:
        hit = detects(detected.get(item["id"], []), event_type)
        entry = {"id": item["id"], "text": item["text"]}
        if item["label"] in POSITIVE_LABELS and not hit:
            errors["missed"].append(entry)
        elif item["label"] in errors and hit:
            errors[item["label"]].append(entry)
    return errors
