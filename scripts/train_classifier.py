#!/usr/bin/env python3
"""Train the ASSAULT/PROTEST sentence classifier shipped in hadath/data.

Data: the dev half of openeventdata/arabic_event_gsr (MIT), read from
../shared/corpus/event_gsr (or --gsr DIR).  Labels: 'yes' = 1, 'easy no'/'difficult no' = 0,
'ambiguous' left out.  Prints 5-fold cross-validated precision/recall/F1 of the classifier
alone (threshold 0.5) so the shipped model's quality is measured out of sample, then fits
on all data and writes hadath/data/event_classifier.json.gz.

    .venv/bin/python scripts/train_classifier.py [--gsr DIR] [--out FILE]

Needs scikit-learn (pip install -e '.[build]'); inference does not.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hadath.events.classifier import N_FEATURES, features  # noqa: E402
from hadath.text.normalize import normalize_string  # noqa: E402

SETS = {"ASSAULT": "assault_dev.jsonl", "PROTEST": "protest_dev.jsonl"}
C = 4.0
PRUNE = 1e-3


def load(path: Path) -> tuple[list[str], np.ndarray]:
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["label"] == "ambiguous":
            continue
        texts.append(normalize_string(rec["text"]))
        labels.append(1 if rec["label"] == "yes" else 0)
    return texts, np.array(labels)


def matrix(texts: list[str]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        for k, v in features(t).items():
            rows.append(i)
            cols.append(k)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), N_FEATURES))


def fit(x, y) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(x, y)


def cross_validate(x, y) -> dict[str, float]:
    oof = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=13).split(x, y):
        oof[test] = fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    pred = oof >= 0.5
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "n": int(len(y))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gsr", type=Path, default=ROOT.parent / "shared" / "corpus" / "event_gsr")
    ap.add_argument("--out", type=Path, default=ROOT / "hadath" / "data" / "event_classifier.json.gz")
    args = ap.parse_args()
    if not args.gsr.is_dir():
        print(f"no event_gsr folder at {args.gsr}", file=sys.stderr)
        return 2
    models = {}
    for event, name in SETS.items():
        texts, y = load(args.gsr / name)
        x = matrix(texts)
        print(event, "5-fold CV (classifier alone, threshold 0.5):", cross_validate(x, y))
        model = fit(x, y)
        coef = model.coef_[0]
        keep = np.nonzero(np.abs(coef) > PRUNE)[0]
        models[event] = {"bias": float(model.intercept_[0]),
                         "weights": {str(int(k)): round(float(coef[k]), 4) for k in keep}}
        print(event, f"{len(keep)} weights kept")
    payload = {"n_features": N_FEATURES, "trained_on": "openeventdata/arabic_event_gsr dev half (MIT)",
               "models": models}
    args.out.write_bytes(gzip.compress(json.dumps(payload, sort_keys=True).encode("utf-8"), mtime=0))
    print("wrote", args.out, args.out.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
