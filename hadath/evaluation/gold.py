"""Document-level scoring of event records against gold events (gold-format.md, "Scoring").

Readings chosen where the format leaves room (see docs/evaluation.md):

* Participants agree when the country set of the prediction (actor and recipient pooled)
  intersects the gold event's pooled country set.  Orientation is not a gate: for directed
  types it is scored (0.5 x share of gold actor countries found on the predicted actor
  side), so a correctly oriented prediction wins the assignment over a swapped one.
* Only factual predictions are scored (``negated`` / ``hypothetical`` true are dropped).
* Date, location and count agreement only count where the gold value is not null.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..records import COUNT_KINDS, SYMMETRIC_TYPES
from ..text.normalize import normalize_string


OVERLAP_WEIGHT = 1.0
ACTOR_SIDE_WEIGHT = 0.5
DATE_WEIGHT = 0.3
LOCATION_WEIGHT = 0.2
COUNT_WEIGHT = 0.1
NOT_OPTIONAL_WEIGHT = 0.05
# Added to every allowed pair so that a pair scoring 0 still beats leaving both unmatched
# (disallowed cells are 0 in the assignment matrix and are dropped afterwards).
ALLOWED_PAIR_BASE = 1e-6


# ---------------------------------------------------------------- participants

def entity_countries(entities: Iterable[Mapping[str, Any]] | None) -> frozenset[str]:
    return frozenset(e["country"] for e in entities or () if e.get("country"))


def participant_countries(event: Mapping[str, Any]) -> frozenset[str]:
    return entity_countries(event.get("actor")) | entity_countries(event.get("recipient"))


def is_directed(gold: Mapping[str, Any]) -> bool:
    return not gold.get("mutual") and gold["event"] not in SYMMETRIC_TYPES


def participants_agree(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """The matching gate: pooled country sets intersect; a gold event without countries
    agrees with any prediction of its type."""
    gold_countries = participant_countries(gold)
    return not gold_countries or bool(gold_countries & participant_countries(pred))


def may_match(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    return pred.get("event") == gold.get("event") and participants_agree(pred, gold)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 1.0


def actor_side_share(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> float:
    gold_actors = entity_countries(gold.get("actor"))
    if not gold_actors:
        return 0.0
    return len(gold_actors & entity_countries(pred.get("actor"))) / len(gold_actors)


# ---------------------------------------------------------------- attribute agreement

def date_agrees(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    return gold.get("date") is not None and pred.get("date") == gold["date"]


def location_country(event: Mapping[str, Any]) -> str | None:
    location = event.get("location")
    return location.get("country") if location else None


def location_agrees(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    gold_country = location_country(gold)
    return gold_country is not None and location_country(pred) == gold_country


def count_agrees(pred: Mapping[str, Any], gold: Mapping[str, Any], name: str) -> bool:
    gold_count, pred_count = gold.get(name), pred.get(name)
    if gold_count is None or pred_count is None:
        return False
    return pred_count.get("min") == gold_count.get("min") and \
        pred_count.get("max") == gold_count.get("max")


def source_text(event: Mapping[str, Any]) -> str | None:
    """The source's words: a gold string, or a prediction's span text."""
    source = event.get("attributed_to")
    return source.get("text") if isinstance(source, Mapping) else source


def _source_key(text: str) -> str:
    words = normalize_string(text).replace('"', " ").split()
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


def source_agrees(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Not in gold-format's scoring rules, reported beside them: one source's words hold
    the other's ("الوزارة" / "وزارة الصحة اللبنانية", articles aside)."""
    gold_source, pred_source = source_text(gold), source_text(pred)
    if not gold_source or not pred_source:
        return False
    g, p = _source_key(gold_source), _source_key(pred_source)
    return bool(g and p) and (g in p or p in g)


def pair_score(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> float:
    """The assignment score of gold-format.md for a pair that may match."""
    score = OVERLAP_WEIGHT * jaccard(participant_countries(pred), participant_countries(gold))
    if is_directed(gold):
        score += ACTOR_SIDE_WEIGHT * actor_side_share(pred, gold)
    score += DATE_WEIGHT * date_agrees(pred, gold)
    score += LOCATION_WEIGHT * location_agrees(pred, gold)
    score += COUNT_WEIGHT * sum(count_agrees(pred, gold, name) for name in COUNT_KINDS)
    score += NOT_OPTIONAL_WEIGHT * (not gold.get("optional"))
    return score


# ---------------------------------------------------------------- matching

def is_factual(pred: Mapping[str, Any]) -> bool:
    return not (pred.get("negated") or pred.get("hypothetical"))


def match_events(preds: list[Mapping[str, Any]],
                 golds: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one matching that maximises the summed pair score; (pred index, gold index)."""
    if not preds or not golds:
        return []
    weights = np.zeros((len(preds), len(golds)))
    for i, pred in enumerate(preds):
        for j, gold in enumerate(golds):
            if may_match(pred, gold):
                weights[i, j] = ALLOWED_PAIR_BASE + pair_score(pred, gold)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols) if weights[i, j] > 0]


# ---------------------------------------------------------------- tallies

@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, **prf(self.tp, self.fp, self.fn)}


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass(slots=True)
class Accuracy:
    """Agreement on matched pairs where the gold value is not null; ``spurious`` counts
    pairs where gold is null but the prediction gives a value."""
    n: int = 0
    correct: int = 0
    spurious: int = 0

    def add(self, other: Accuracy) -> None:
        self.n += other.n
        self.correct += other.correct
        self.spurious += other.spurious

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "correct": self.correct, "accuracy": ratio(self.correct, self.n),
                "spurious": self.spurious}


@dataclass(slots=True)
class DocumentScore:
    doc_id: str
    total: Tally = field(default_factory=Tally)
    per_type: dict[str, Tally] = field(default_factory=dict)
    date: Accuracy = field(default_factory=Accuracy)
    # the same on pairs whose gold event is not optional: an optional event's match is
    # "neither rewarded nor punished", so its date is reported apart
    date_required: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    source: Accuracy = field(default_factory=Accuracy)
    counts: dict[str, Accuracy] = field(
        default_factory=lambda: {name: Accuracy() for name in COUNT_KINDS})
    matched: list[tuple[dict, dict]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)

    def type_tally(self, event_type: str) -> Tally:
        return self.per_type.setdefault(event_type, Tally())


def attribute_accuracy(gold_value: Any, pred_value: Any, agrees: bool) -> Accuracy:
    if gold_value is None:
        return Accuracy(spurious=int(pred_value is not None))
    return Accuracy(n=1, correct=int(agrees))


def score_pair(score: DocumentScore, pred: dict, gold: dict) -> None:
    score.matched.append((pred, gold))
    if not gold.get("optional"):
        score.total.tp += 1
        score.type_tally(gold["event"]).tp += 1
    date = attribute_accuracy(gold.get("date"), pred.get("date"), date_agrees(pred, gold))
    score.date.add(date)
    if not gold.get("optional"):
        score.date_required.add(date)
    score.location.add(attribute_accuracy(location_country(gold), location_country(pred),
                                          location_agrees(pred, gold)))
    score.source.add(attribute_accuracy(source_text(gold), source_text(pred),
                                        source_agrees(pred, gold)))
    for name in COUNT_KINDS:
        score.counts[name].add(attribute_accuracy(gold.get(name), pred.get(name),
                                                  count_agrees(pred, gold, name)))


def score_document(gold_doc: Mapping[str, Any], predictions: list[dict]) -> DocumentScore:
    """Score one document: match, then tally TP/FP/FN and attribute agreement."""
    golds = list(gold_doc.get("events", []))
    preds = [p for p in predictions if is_factual(p)]
    score = DocumentScore(doc_id=gold_doc["doc_id"])
    pairs = match_events(preds, golds)
    matched_preds = {i for i, _ in pairs}
    matched_golds = {j for _, j in pairs}
    for i, j in pairs:
        score_pair(score, preds[i], golds[j])
    for j, gold in enumerate(golds):
        if j not in matched_golds and not gold.get("optional"):
            score.total.fn += 1
            score.type_tally(gold["event"]).fn += 1
            score.missed.append(gold)
    for i, pred in enumerate(preds):
        if i not in matched_preds:
            score.spurious.append(pred)
            if gold_doc.get("complete"):
                score.total.fp += 1
                score.type_tally(pred["event"]).fp += 1
    return score


def summarize(scores: list[DocumentScore], n_predictions: int) -> dict[str, Any]:
    total, date, date_required, location, source = Tally(), Accuracy(), Accuracy(), Accuracy(), Accuracy()
    per_type: dict[str, Tally] = {}
    counts = {name: Accuracy() for name in COUNT_KINDS}
    for score in scores:
        total.add(score.total)
        date.add(score.date)
        date_required.add(score.date_required)
        location.add(score.location)
        source.add(score.source)
        for event_type, tally in score.per_type.items():
            per_type.setdefault(event_type, Tally()).add(tally)
        for name in COUNT_KINDS:
            counts[name].add(score.counts[name])
    all_counts = Accuracy()
    for accuracy in counts.values():
        all_counts.add(accuracy)
    return {
        "documents": len(scores),
        "predictions": n_predictions,
        "matched": sum(len(s.matched) for s in scores),
        **total.to_dict(),
        "per_type": {t: per_type[t].to_dict() for t in sorted(per_type)},
        "date": date.to_dict(),
        "date_required": date_required.to_dict(),
        "location": location.to_dict(),
        "source": source.to_dict(),
        "counts": {**{name: counts[name].to_dict() for name in COUNT_KINDS},
                   "all": all_counts.to_dict()},
    }


def error_entry(score: DocumentScore) -> dict[str, Any]:
    return {
        "doc_id": score.doc_id,
        "missed": [{"event": g["event"], "quote": g.get("quote")} for g in score.missed],
        "spurious": [{"event": p["event"], "trigger": (p.get("trigger") or {}).get("text"),
                      "sentence": p.get("sentence")} for p in score.spurious],
    }


def score_documents(gold_docs: list[dict],
                    predictions: Mapping[str, list[dict]]) -> dict[str, Any]:
    """Score predictions (event-record dicts grouped by ``doc_id``) against gold documents.

    The gold documents define the document set: predictions for other doc_ids are ignored,
    a gold document without predictions scores as predicting nothing.  Returns the summed
    metrics plus ``errors`` (missed gold events, unmatched predictions per document).
    """
    scores = [score_document(doc, predictions.get(doc["doc_id"], [])) for doc in gold_docs]
    n_predictions = sum(len([p for p in predictions.get(doc["doc_id"], []) if is_factual(p)])
                        for doc in gold_docs)
    summary = summarize(scores, n_predictions)
    summary["errors"] = [error_entry(s) for s in scores if s.missed or s.spurious]
    return summary
