#!/usr/bin/env python3
"""Train the ASSAULT/PROTEST candidate rescorer shipped in hadath/data, and measure it
honestly through the whole pipeline.

Data: the dev half of openeventdata/arabic_event_gsr (MIT), read from
../shared/corpus/event_gsr (or --gsr DIR).  Sentence labels: 'yes' = 1, 'easy no' /
'difficult no' = 0, 'ambiguous' left out (as hadath eval skips it).  With --vote-weight W
a rejected sentence still counts as a report by W times the share of annotators who
accepted it when fitting (scoring and choosing use the labels).  Plus, unless
--no-supplement, our own modern wire-style sentences in scripts/training/*_wire.jsonl
(written for hadath, see scripts/training/README.md); their candidates are built the same
way.  In ``--cv`` the folds split the gsr sentences only: the supplement is added to every
training fold and never scored.

Method (docs/detection.md): the pipeline runs once without a model and records every
factual candidate event of the set's type with what the rules saw (hadath.events.
classifier.Candidate); each candidate takes its sentence's label.  A logistic regression
over candidate features is fitted; a sentence is detected when one of its candidates
reaches the decision threshold.  The regularisation C, the weight of the sentence n-grams
(text_scale), the threshold and whether strong rule evidence may override the model are
chosen by cross-validation at the sentence level (by F1 unless --beta / --min-precision
say otherwise; --supplement-weight and --balance-sources weigh the supplement against
event_gsr when fitting: docs/detection.md, thirteenth session; --nb and --l1-ratio fit the
same linear model another way: seventeenth session).

    .venv/bin/python scripts/train_classifier.py            # choose by CV, fit on all, write
    .venv/bin/python scripts/train_classifier.py --cv       # nested, pipeline-level k-fold CV

``--cv``: for each outer fold, hyper-parameters are chosen by an inner CV on the other
folds only, the model is fitted on them, and the real pipeline (Pipeline.default stages,
the coder given that fold's model) runs on the held-out sentences; detection is scored
with hadath.evaluation.detection.score_detection on the pooled held-out predictions.

Needs scikit-learn (pip install -e '.[build]'); inference does not.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hadath.evaluation import corpora  # noqa: E402
from hadath.evaluation.detection import score_detection  # noqa: E402
from hadath.events.classifier import (DEFAULT_BAR, N_FEATURES, NO_EXTRA, Candidate,  # noqa: E402
                                      ExtraFeatures, LinearModel, SentenceClassifier,
                                      candidate_features, candidate_from_event, extra_features,
                                      features, model_payload, strong_rule_evidence,
                                      validate_model_file, OVERRIDE_LEVELS)
from hadath.events.coder import EventCoder  # noqa: E402
from hadath.pipeline import Pipeline, record_to_raw  # noqa: E402

SETS = {"ASSAULT": "assault_dev.jsonl", "PROTEST": "protest_dev.jsonl"}
SUPPLEMENT = {"ASSAULT": "assault_wire.jsonl", "PROTEST": "protest_wire.jsonl"}
SUPPLEMENT_DIR = ROOT / "scripts" / "training"
# PROTEST gained nothing on the dev gold from the supplement (docs/detection.md), so by
# default only ASSAULT is trained with it.
DEFAULT_SUPPLEMENT_FOR = ("ASSAULT",)
GRID_C = (0.25, 1.0, 4.0)
GRID_TEXT_SCALE = (0.0, 1.0, 2.0, 4.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.91, 0.05))
PRUNE = 1e-3
NB_ALPHA = 1.0                   # smoothing of the log-count ratio (Wang & Manning 2012)
NB_SLOTS = ("off", "text", "all")
SAGA_MAX_ITER = 2000             # the elastic-net solver converges slowly on these features
FOLDS = 5
INNER_FOLDS = 4
SEED = 13
DEFAULT_OVERRIDE = "count"       # the shipped policy (docs/detection.md)
# A rejected sentence counts as a report by this times its share of accepting annotators
# (vote_share); 0 gives plain labels, the shipped method.  0.5 is better out of sample
# (docs/detection.md, "Sixth session") but its model fails the in-sample gate floors.
VOTE_WEIGHT = 0.0
TRAINED_ON = "openeventdata/arabic_event_gsr dev half (MIT)"
TRAINED_ON_SUPPLEMENT = " + hadath's own wire-style sentences (scripts/training)"


# ---------------------------------------------------------------- the coder with a rescorer

class RescoringCoder(EventCoder):
    """EventCoder whose model step is ``SentenceClassifier.confidence`` (the combination
    this module ships); optionally records every factual candidate it scores."""

    def __init__(self, rescorer: SentenceClassifier | None,
                 record: list[tuple[str, Candidate]] | None = None) -> None:
        super().__init__(classifier=None)
        self.rescorer = rescorer
        self.record = record

    def _confidence(self, event, sense, hit, analysis, sentence) -> float:
        score = super()._confidence(event, sense, hit, analysis, sentence)
        if self.record is not None and event.factual:
            self.record.append((event.doc_id, candidate_from_event(event, analysis.layer, score)))
        if self.rescorer is not None:
            q = self.rescorer.confidence(score, event, analysis.layer)
            if q is not None:
                event.rule += f"/model:{q:.2f}"
                return q
        return score


@lru_cache(maxsize=1)
def _base_pipeline() -> Pipeline:
    return Pipeline.default()


def pipeline_with(coder: EventCoder) -> Pipeline:
    base = _base_pipeline()
    return Pipeline(base.cleaner, base.actors, base.places, base.numbers, base.times, coder)


def run_items(pipeline: Pipeline, items: list[dict]) -> dict[str, list[dict]]:
    detected: dict[str, list[dict]] = {}
    for i, record in enumerate(corpora.detection_records(items)):
        raw = record_to_raw(record, i)
        result = pipeline.process(raw)
        events = getattr(result, "events", [])
        detected[record["id"]] = [e.to_dict() for e in events]
    return detected


# ---------------------------------------------------------------- data

@dataclass(frozen=True, slots=True)
class Fitting:
    """How the logistic regression is fitted; every variant is still one weight per slot, so
    the model file and inference stay as they are.  The defaults are the shipped method (an L2
    penalty by liblinear, features as they are).  ``nb``: NBSVM-style scaling (Wang & Manning
    2012) of the slots holding a sentence n-gram ('text') or of every slot ('all') by their
    log-count ratio on the training rows, folded back into the weights after fitting, the
    weights first pulled towards their mean magnitude by ``1 - nb_beta``.  ``l1_ratio`` > 0:
    an elastic-net penalty (1 = L1)."""
    nb: str = "off"
    nb_beta: float = 1.0
    l1_ratio: float = 0.0


PLAIN_FIT = Fitting()


@dataclass(slots=True)
class Data:
    items: list[dict]                       # scored sentences (ambiguous left out)
    y: np.ndarray                           # sentence labels
    cand_sentence: np.ndarray               # candidate -> sentence index
    cands: list[Candidate]
    x_text: csr_matrix                      # columns: the used feature indices only
    x_ctx: csr_matrix
    columns: np.ndarray                     # column -> hashed feature index
    from_gsr: np.ndarray                    # sentence -> True for event_gsr, False for supplement
    share: np.ndarray | None = None         # sentence -> how much it counts as a report (vote_share)
    x_extra: csr_matrix | None = None       # the optional namespaces of ``extra`` (fixed scales)
    extra: ExtraFeatures = NO_EXTRA
    length: bool = True                     # whether the context features hold the length bucket
    supplement_weight: float = 1.0          # fitting weight of a supplement row against a gsr one
    balance_sources: bool = False           # balance the classes within each source, not overall
    fitting: Fitting = PLAIN_FIT            # penalty and feature scaling of the regression

    def gsr_sentences(self) -> np.ndarray:
        return np.nonzero(self.from_gsr)[0]

    def supplement_sentences(self) -> np.ndarray:
        return np.nonzero(~self.from_gsr)[0]


def load_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_supplement(folder: Path | None, event_type: str) -> list[dict]:
    """Our own labelled sentences for ``event_type`` (empty without a folder or file)."""
    if folder is None:
        return []
    path = folder / SUPPLEMENT[event_type]
    return load_items(path) if path.is_file() else []


def sparse(rows: list[dict[int, float]]) -> csr_matrix:
    r, c, v = [], [], []
    for i, feats in enumerate(rows):
        for k, val in feats.items():
            r.append(i)
            c.append(k)
            v.append(val)
    return csr_matrix((v, (r, c)), shape=(len(rows), N_FEATURES))


def vote_share(item: dict, weight: float) -> float:
    """How much a sentence counts as a report when fitting: 1 for 'yes' (every annotator
    accepted it); for a rejected sentence ``weight`` times the share of annotators who
    accepted it, so a 2-2 split counts as more of a report than a 0-3 one; 0 without votes
    (our own negatives)."""
    if item["label"] == "yes":
        return 1.0
    accept, reject = item.get("accept") or 0, item.get("reject") or 0
    return weight * accept / (accept + reject) if accept + reject else 0.0


def collect(event_type: str, items: list[dict], supplement: list[dict] = (),
            vote_weight: float = 0.0, extra: ExtraFeatures = NO_EXTRA, length: bool = True) -> Data:
    log: list[tuple[str, Candidate]] = []
    run_items(pipeline_with(RescoringCoder(None, log)), list(items) + list(supplement))
    gsr_ids = {it["id"] for it in items}
    clash = gsr_ids & {it["id"] for it in supplement}
    if clash:
        raise ValueError(f"supplement ids clash with gsr ids: {sorted(clash)[:3]}")
    scored = [it for it in list(items) + list(supplement) if it["label"] != "ambiguous"]
    index = {it["id"]: i for i, it in enumerate(scored)}
    cands = [(index[d], c) for d, c in log if c.event == event_type and d in index]
    data = Data(scored, np.array([int(it["label"] == "yes") for it in scored]),
                np.array([i for i, _ in cands], dtype=int), [c for _, c in cands],
                csr_matrix((0, 0)), csr_matrix((0, 0)), np.array([], dtype=int),
                np.array([it["id"] in gsr_ids for it in scored], dtype=bool),
                np.array([vote_share(it, vote_weight) for it in scored]))
    return with_extra(data, extra, length)


def with_extra(data: Data, extra: ExtraFeatures, length: bool = True) -> Data:
    """``data`` with its feature matrices built for ``extra`` and ``length`` (the candidates,
    labels and folds unchanged), so several feature sets are compared on one run of the rules."""
    x_text = sparse([features(c.sentence_norm) for c in data.cands])
    x_ctx = sparse([candidate_features(c, 0.0, length=length) for c in data.cands])
    blocks = [x_text, x_ctx]
    if extra.active:
        blocks.append(sparse([extra_features(c, extra) for c in data.cands]))
    columns = np.unique(np.concatenate([b.indices for b in blocks]))
    x_extra = blocks[2][:, columns].tocsr() if extra.active else None
    return replace(data, x_text=x_text[:, columns].tocsr(), x_ctx=x_ctx[:, columns].tocsr(),
                   columns=columns, x_extra=x_extra, extra=extra, length=length)


# ---------------------------------------------------------------- fitting and choosing

@dataclass(frozen=True, slots=True)
class Objective:
    """What the inner CV maximises when it chooses C, text_scale and the threshold: the
    F-beta of the sentence decisions (beta < 1 weighs precision more), among the settings
    whose inner-CV precision reaches ``min_precision``; when none does, the plain F-beta
    choice stands.  The defaults are the shipped method (F1, no floor)."""
    beta: float = 1.0
    min_precision: float = 0.0

    def score(self, p: float, r: float) -> float:
        b2 = self.beta * self.beta
        return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0

    def rank(self, p: float, r: float) -> tuple[bool, float]:
        """Sort key: settings above the precision floor first, then by F-beta."""
        return p >= self.min_precision, self.score(p, r)


F1_OBJECTIVE = Objective()


@dataclass(frozen=True, slots=True)
class Params:
    c: float
    text_scale: float
    override: str = "none"
    threshold: float = 0.5


def design(data: Data, rows: np.ndarray, scale: float) -> csr_matrix:
    x = data.x_ctx[rows]
    if data.x_extra is not None:
        x = x + data.x_extra[rows]
    return x + data.x_text[rows] * scale if scale else x


def weighted_rows(data: Data, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each candidate row twice, as a report weighted by its sentence's share and as a
    mention weighted by the rest (rows of weight 0 left out); classes balanced as
    scikit-learn's ``class_weight="balanced"`` does.  With shares of 0 and 1 only this is
    the plain balanced fit on the sentence labels."""
    share = data.y[data.cand_sentence[rows]].astype(float) if data.share is None \
        else data.share[data.cand_sentence[rows]]
    index = np.concatenate([rows, rows])
    y = np.concatenate([np.ones(len(rows), dtype=int), np.zeros(len(rows), dtype=int)])
    w = np.concatenate([share, 1.0 - share])
    keep = w > 0
    index, y, w = index[keep], y[keep], w[keep]
    ours = ~data.from_gsr[data.cand_sentence[index]]
    if data.balance_sources:
        balance_classes(w, y, ours)
        balance_classes(w, y, ~ours)
        w[ours] *= data.supplement_weight
    else:
        w[ours] *= data.supplement_weight
        balance_classes(w, y, np.ones(len(w), dtype=bool))
    return index, y, w


def balance_classes(w: np.ndarray, y: np.ndarray, group: np.ndarray) -> None:
    """Scale the weights of ``group`` in place so that its reports and its mentions weigh
    the same, keeping the group's total.  Balancing within each source (``balance_sources``)
    gives the supplement (half reports) and event_gsr (a tenth) the same base rate, so a
    feature that only tells the sources apart, such as sentence length, predicts nothing."""
    total = w[group].sum()
    for label in (0, 1):
        part = group & (y == label)
        if w[part].sum() > 0:
            w[part] *= total / (2 * w[part].sum())


def fit(data: Data, sentences: np.ndarray, c: float, scale: float) -> LogisticRegression | None:
    rows = np.nonzero(np.isin(data.cand_sentence, sentences))[0]
    if len(set(data.y[data.cand_sentence[rows]].tolist())) < 2:
        return None
    index, y, w = weighted_rows(data, rows)
    x = design(data, index, scale)
    if data.fitting.nb == "off":
        return regression(c, data.fitting).fit(x, y, sample_weight=w)
    ratio, scaled = log_count_ratio(nb_presence(data, index, scale), y)
    model = regression(c, data.fitting).fit(x @ diags(ratio), y, sample_weight=w)
    model.coef_ = fold_ratio(model.coef_[0], ratio, scaled, data.fitting.nb_beta)[None, :]
    return model


def regression(c: float, fitting: Fitting) -> LogisticRegression:
    """liblinear for the L2 (shipped) and the pure L1 penalty; saga, the only solver of the
    mixed penalty, otherwise (for pure L1 saga gives the same ranking many times slower)."""
    if 0 < fitting.l1_ratio < 1:
        return LogisticRegression(C=c, solver="saga", l1_ratio=fitting.l1_ratio,
                                  max_iter=SAGA_MAX_ITER, random_state=SEED)
    if fitting.l1_ratio == 1:
        return LogisticRegression(C=c, solver="liblinear", l1_ratio=1.0)
    return LogisticRegression(C=c, solver="liblinear")


def nb_presence(data: Data, index: np.ndarray, scale: float) -> csr_matrix:
    """Which of the slots ``data.fitting.nb`` scales each fitted row holds: its sentence
    n-gram slots ('text'; none when the n-grams are off) or every slot of its design row."""
    if data.fitting.nb == "all":
        x = design(data, index, scale)
    else:
        x = data.x_text[index] if scale else csr_matrix((len(index), data.x_text.shape[1]))
    return (x != 0).astype(float).tocsr()


def log_count_ratio(presence: csr_matrix, y: np.ndarray,
                    alpha: float = NB_ALPHA) -> tuple[np.ndarray, np.ndarray]:
    """Per slot r = log((p / |p|1) / (q / |q|1)), p and q being ``alpha`` plus the binarised
    counts of the report and the mention rows, over the slots these rows hold (the others,
    held only by held-out rows, get 1: no scaling, and their weight stays 0).  Returns r and
    the mask of the slots it scales."""
    p = alpha + np.asarray(presence[y == 1].sum(axis=0)).ravel()
    q = alpha + np.asarray(presence[y == 0].sum(axis=0)).ravel()
    seen = np.asarray(presence.sum(axis=0)).ravel() > 0
    if not seen.any():
        return np.ones(len(seen)), seen
    ratio = np.log((p / p[seen].sum()) / (q / q[seen].sum()))
    return np.where(seen, ratio, 1.0), seen


def fold_ratio(coef: np.ndarray, ratio: np.ndarray, scaled: np.ndarray, beta: float) -> np.ndarray:
    """Weights on the raw features from weights fitted on ratio-scaled ones (w' = w * r), the
    scaled slots' weights first interpolated towards their mean magnitude as in NBSVM."""
    w = coef.copy()
    if beta != 1.0 and scaled.any():
        w[scaled] = (1.0 - beta) * np.abs(w[scaled]).mean() + beta * w[scaled]
    return w * ratio


def candidate_probabilities(data: Data, model: LogisticRegression | None, sentences: np.ndarray,
                            scale: float) -> tuple[np.ndarray, np.ndarray]:
    rows = np.nonzero(np.isin(data.cand_sentence, sentences))[0]
    if model is None or not len(rows):
        return rows, np.zeros(len(rows))
    return rows, model.predict_proba(design(data, rows, scale))[:, 1]


def sentence_decisions(data: Data, rows: np.ndarray, probs: np.ndarray, n: int,
                       threshold: float, override: str) -> np.ndarray:
    fired = probs >= threshold
    if override != "none" and len(rows):
        fired |= np.array([strong_rule_evidence(data.cands[r], override)
                           and data.cands[r].rule_score >= DEFAULT_BAR for r in rows], dtype=bool)
    out = np.zeros(n, dtype=bool)
    out[data.cand_sentence[rows[fired]]] = True
    return out


def f1(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def choose(data: Data, sentences: np.ndarray, override: str, seed: int = SEED,
           always: np.ndarray | None = None,
           objective: Objective = F1_OBJECTIVE) -> tuple[Params, float]:
    """Hyper-parameters by an inner CV over ``sentences`` (sentence-level ``objective``,
    F1 by default; the score returned is the chosen setting's F1); the rule override level
    is a policy given from outside, the threshold is chosen under it.  ``always``:
    sentences added to every inner training fold and never scored."""
    always = np.array([], dtype=int) if always is None else always
    y = data.y[sentences]
    folds = list(StratifiedKFold(INNER_FOLDS, shuffle=True, random_state=seed).split(sentences, y))
    best: tuple[tuple[bool, float], float, Params] = ((False, -1.0), -1.0, Params(1.0, 1.0, override))
    for c, scale in itertools.product(GRID_C, GRID_TEXT_SCALE):
        oof_rows, oof_probs = [], []
        for train, test in folds:
            model = fit(data, np.concatenate([sentences[train], always]), c, scale)
            rows, probs = candidate_probabilities(data, model, sentences[test], scale)
            oof_rows.append(rows)
            oof_probs.append(probs)
        rows, probs = np.concatenate(oof_rows), np.concatenate(oof_probs)
        for t in THRESHOLDS:
            pred = sentence_decisions(data, rows, probs, len(data.y), t, override)[sentences]
            p, r, score = f1(pred, y)
            if objective.rank(p, r) > best[0]:
                best = (objective.rank(p, r), score, Params(c, scale, override, float(t)))
    return best[2], best[1]


def to_linear(event_type: str, model: LogisticRegression, params: Params,
              columns: np.ndarray, extra: ExtraFeatures = NO_EXTRA, length: bool = True) -> LinearModel:
    coef = model.coef_[0]
    keep = np.nonzero(np.abs(coef) > PRUNE)[0]
    return LinearModel(event_type, round(float(model.intercept_[0]), 4),
                       {int(columns[k]): round(float(coef[k]), 4) for k in keep},
                       params.threshold, params.text_scale, params.override, extra, length)


# ---------------------------------------------------------------- commands

def kept_models(path: Path, keep: list[str]) -> list[LinearModel]:
    """The models of the ``keep`` types read from the model file at ``path``."""
    models = validate_model_file(json.loads(gzip.decompress(path.read_bytes())))
    missing = [t for t in keep if t not in models]
    if missing:
        raise SystemExit(f"{path} has no model for {', '.join(missing)} to keep")
    return [models[t] for t in keep]


def report(name: str, scores: dict) -> None:
    dn = scores["false_positive_rate"]["difficult_no"]
    en = scores["false_positive_rate"]["easy_no"]
    print(f"{name}: P {scores['precision']:.3f} R {scores['recall']:.3f} F1 {scores['f1']:.3f} "
          f"(tp {scores['tp']} fp {scores['fp']} fn {scores['fn']}); difficult-no FPR "
          f"{dn['rate']:.3f} ({dn['fp']}/{dn['n']}), easy-no FPR {en['rate']:.3f}")


def select(data: Data, train: np.ndarray, override: str, select_on: str,
           seed: int = SEED, objective: Objective = F1_OBJECTIVE) -> tuple[Params, float]:
    """Choose on all of ``train`` ('all') or score the inner CV on its gsr sentences only,
    the supplement joining every inner training fold ('gsr')."""
    if select_on == "all":
        return choose(data, train, override, seed, objective=objective)
    gsr = train[data.from_gsr[train]]
    return choose(data, gsr, override, seed, always=train[~data.from_gsr[train]], objective=objective)


def outer_folds(data: Data, seed: int = SEED) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) sentence indices: stratified folds over the gsr sentences, with every
    supplement sentence in every training fold and none in a test fold."""
    gsr = data.gsr_sentences()
    extra = data.supplement_sentences()
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(gsr, data.y[gsr])
    return [(np.sort(np.concatenate([gsr[train], extra])), gsr[test]) for train, test in folds]


def dump_predictions(path: Path, event_type: str, items: list[dict],
                     detected: dict[str, list[dict]]) -> None:
    """One JSON line per held-out sentence: its label, text and the events of
    ``event_type`` the pipeline coded in it (for error analysis; appends)."""
    with path.open("a", encoding="utf-8") as out:
        for it in items:
            events = [e for e in detected.get(it["id"], []) if e.get("event") == event_type]
            out.write(json.dumps({"type": event_type, "id": it["id"], "label": it["label"],
                                  "text": it["text"], "events": events},
                                 ensure_ascii=False) + "\n")


def simulate_cv(data: Data, override: str, select_on: str = "gsr", seed: int = SEED,
                objective: Objective = F1_OBJECTIVE) -> tuple[float, float, float, float]:
    """The candidate-level simulation of ``cross_validate``'s folds, without the pipeline
    runs (the two agree; this is the fast screen): held-out gsr P, R, F1 and the rate of
    detected 'difficult no' sentences."""
    n = len(data.y)
    gsr = data.gsr_sentences()
    offline = np.zeros(n, dtype=bool)
    for k, (train, test) in enumerate(outer_folds(data, seed)):
        params, _ = select(data, train, override, select_on, seed=seed + k, objective=objective)
        model = fit(data, train, params.c, params.text_scale)
        rows, probs = candidate_probabilities(data, model, test, params.text_scale)
        offline |= sentence_decisions(data, rows, probs, n, params.threshold, params.override)
    difficult = np.array([data.items[i]["label"] == "difficult no" for i in gsr], dtype=bool)
    rate = float(offline[gsr][difficult].mean()) if difficult.any() else 0.0
    return (*f1(offline[gsr], data.y[gsr]), rate)


def cross_validate(event_type: str, data: Data, items: list[dict], override: str,
                   select_on: str = "gsr", dump: Path | None = None, seed: int = SEED,
                   objective: Objective = F1_OBJECTIVE) -> dict:
    """Outer folds over the gsr sentences; the supplement joins every training fold."""
    n = len(data.y)
    gsr = data.gsr_sentences()
    detected: dict[str, list[dict]] = {}
    offline = np.zeros(n, dtype=bool)
    for k, (train, test) in enumerate(outer_folds(data, seed)):
        params, inner = select(data, train, override, select_on, seed=seed + k, objective=objective)
        model = fit(data, train, params.c, params.text_scale)
        print(f"  fold {k}: {params} inner-CV F1 {inner:.3f}", flush=True)
        rows, probs = candidate_probabilities(data, model, test, params.text_scale)
        offline |= sentence_decisions(data, rows, probs, n, params.threshold, params.override)
        rescorer = SentenceClassifier({event_type: to_linear(event_type, model, params, data.columns,
                                                             data.extra, data.length)})
        held_out = [data.items[i] for i in test]
        detected.update(run_items(pipeline_with(RescoringCoder(rescorer)), held_out))
    p, r, f = f1(offline[gsr], data.y[gsr])
    print(f"  (candidate-level simulation of the same folds: P {p:.3f} R {r:.3f} F1 {f:.3f})")
    scored_gsr = [data.items[i] for i in gsr]
    scored_ids = {it["id"] for it in scored_gsr}
    ambiguous = [it for it in items if it["id"] not in scored_ids]
    if dump is not None:
        dump_predictions(dump, event_type, scored_gsr, detected)
    return score_detection(scored_gsr + ambiguous, detected)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gsr", type=Path, default=ROOT.parent / "shared" / "corpus" / "event_gsr")
    ap.add_argument("--out", type=Path, default=ROOT / "hadath" / "data" / "event_classifier.json.gz")
    ap.add_argument("--cv", action="store_true",
                    help="nested pipeline-level k-fold CV; prints scores, writes nothing")
    ap.add_argument("--only", choices=sorted(SETS), help="one event type")
    ap.add_argument("--override", choices=OVERRIDE_LEVELS, default=DEFAULT_OVERRIDE,
                    help=f"rule evidence that stands whatever the model says (default {DEFAULT_OVERRIDE})")
    ap.add_argument("--supplement", type=Path, default=SUPPLEMENT_DIR,
                    help="folder of our own labelled sentences (default scripts/training)")
    ap.add_argument("--no-supplement", action="store_true", help="train on event_gsr only")
    ap.add_argument("--supplement-for", action="append", choices=sorted(SETS),
                    help="event types trained with the supplement (repeatable; default "
                         + ", ".join(DEFAULT_SUPPLEMENT_FOR) + ")")
    ap.add_argument("--select-on", choices=("all", "gsr"), default="gsr",
                    help="sentences the inner CV scores when choosing C, text_scale and the "
                         "threshold: the gsr ones only (default; the supplement joins every "
                         "inner training fold) or all training sentences")
    ap.add_argument("--vote-weight", type=float, default=VOTE_WEIGHT,
                    help="how much a rejected event_gsr sentence counts as a report, times its "
                         f"share of accepting annotators (default {VOTE_WEIGHT}; 0 = plain labels)")
    ap.add_argument("--keep", action="append", choices=sorted(SETS), default=[],
                    help="keep this type's model from the file at --out as it is and train the "
                         "others (repeatable); the shipped file keeps ASSAULT (docs/detection.md)")
    ap.add_argument("--seed", type=int, default=SEED,
                    help=f"with --cv: seed of the fold split (default {SEED}); compare several "
                         "to see how much of a difference is fold noise")
    ap.add_argument("--local-window", type=int, default=0,
                    help="add the n-grams of the words within K of the trigger as a namespace "
                         "of their own (default 0: off)")
    ap.add_argument("--local-scale", type=float, default=1.0, help="weight of --local-window's n-grams")
    ap.add_argument("--clause-scale", type=float, default=0.0,
                    help="add the n-grams of the trigger's clause and its opening boundary, "
                         "at this weight (default 0: off)")
    ap.add_argument("--no-length", action="store_true",
                    help="leave the sentence-length bucket out of the context features (it can "
                         "learn which source a sentence comes from rather than whether it is a "
                         "report: docs/detection.md, eleventh session)")
    ap.add_argument("--by-form", action="store_true",
                    help="also cross the local / clause n-grams with the trigger form")
    ap.add_argument("--beta", type=float, default=1.0,
                    help="choose C, text_scale and the threshold by the inner-CV F-beta "
                         "(default 1: F1; below 1 weighs precision more)")
    ap.add_argument("--min-precision", type=float, default=0.0,
                    help="choose only among settings whose inner-CV precision reaches this "
                         "(default 0: no floor; when none does, the plain choice stands)")
    ap.add_argument("--supplement-weight", type=float, default=1.0,
                    help="fitting weight of a supplement row against an event_gsr one "
                         "(default 1)")
    ap.add_argument("--balance-sources", action="store_true",
                    help="balance reports against mentions within each source (event_gsr, "
                         "supplement) rather than overall, so the supplement's base rate of "
                         "one half is no feature (docs/detection.md, thirteenth session)")
    ap.add_argument("--nb", choices=NB_SLOTS, default="off",
                    help="scale the sentence n-gram slots ('text') or every slot ('all') by their "
                         "log-count ratio on the training rows when fitting, folded back into "
                         "the weights (NBSVM; default off)")
    ap.add_argument("--nb-beta", type=float, default=1.0,
                    help="with --nb: interpolate the fitted weights towards their mean "
                         "magnitude, w' = (1 - beta) mean|w| + beta w (default 1: none)")
    ap.add_argument("--l1-ratio", type=float, default=0.0,
                    help="elastic-net mixing of the penalty (saga), 1 = L1 (liblinear) "
                         "(default 0: the shipped L2 fit by liblinear)")
    ap.add_argument("--simulate", action="store_true",
                    help="with --cv: the candidate-level simulation only, no pipeline runs")
    ap.add_argument("--dump", type=Path,
                    help="with --cv: append the pooled held-out predictions to this JSONL file")
    args = ap.parse_args()
    supplement_dir = None if args.no_supplement else args.supplement
    if not args.gsr.is_dir():
        print(f"no event_gsr folder at {args.gsr}", file=sys.stderr)
        return 2
    linear = kept_models(args.out, args.keep) if args.keep and not args.cv else []
    extra = ExtraFeatures(args.local_window, args.local_scale, args.clause_scale, args.by_form)
    objective = Objective(args.beta, args.min_precision)
    for event_type, name in SETS.items():
        if (args.only and event_type != args.only) or (event_type in args.keep and not args.cv):
            continue
        items = load_items(args.gsr / name)
        with_supplement = event_type in (args.supplement_for or DEFAULT_SUPPLEMENT_FOR)
        supplement = load_supplement(supplement_dir if with_supplement else None, event_type)
        data = replace(collect(event_type, items, supplement, args.vote_weight, extra, not args.no_length),
                       supplement_weight=args.supplement_weight, balance_sources=args.balance_sources,
                       fitting=Fitting(args.nb, args.nb_beta, args.l1_ratio))
        n_extra = len(data.supplement_sentences())
        print(f"{event_type}: {len(data.y)} sentences ({int(data.y.sum())} yes; {n_extra} from the "
              f"supplement), {len(data.cands)} candidates", flush=True)
        if args.cv and args.simulate:
            p, r, f, rate = simulate_cv(data, args.override, args.select_on, args.seed, objective)
            print(f"{event_type} {FOLDS}-fold candidate-level CV: P {p:.3f} R {r:.3f} F1 {f:.3f}; "
                  f"difficult-no FPR {rate:.3f}")
            continue
        if args.cv:
            report(f"{event_type} {FOLDS}-fold pipeline CV",
                   cross_validate(event_type, data, items, args.override, args.select_on,
                                  args.dump, args.seed, objective))
            continue
        params, score = select(data, np.arange(len(data.y)), args.override, args.select_on,
                               objective=objective)
        print(f"  chosen by {INNER_FOLDS}-fold CV: {params} (sentence F1 {score:.3f})")
        model = fit(data, np.arange(len(data.y)), params.c, params.text_scale)
        linear.append(to_linear(event_type, model, params, data.columns, data.extra, data.length))
        print(f"  {len(linear[-1].weights)} weights kept")
    if args.cv or args.only:
        return 0
    types = [t for t in (args.supplement_for or DEFAULT_SUPPLEMENT_FOR) if t in SETS]
    note = f"{TRAINED_ON_SUPPLEMENT} for {', '.join(types)}" if supplement_dir and types else ""
    if args.keep:
        note += f"; {', '.join(args.keep)} kept from an earlier run of this script"
    payload = model_payload(linear, TRAINED_ON + note)
    args.out.write_bytes(gzip.compress(json.dumps(payload, sort_keys=True).encode("utf-8"), mtime=0))
    print("wrote", args.out, args.out.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
