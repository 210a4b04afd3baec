"""A small sentence classifier that tells reports of an ASSAULT or PROTEST from mentions.

Logistic regression over hashed character and word n-grams of the normalised sentence,
trained by ``scripts/train_classifier.py`` on the dev half of openeventdata's
arabic_event_gsr (MIT licence) and shipped as ``data/event_classifier.json.gz``.  The
featuriser lives here so training and inference share it exactly; scoring needs no
scikit-learn.
"""
from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

from ..resources import data_path, load_json, require

N_FEATURES = 1 << 18
CHAR_NGRAMS = (2, 3, 4, 5)
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


def features(sentence_norm: str) -> dict[int, float]:
    """Hashed, L2-normalised n-gram counts of a normalised sentence."""
    text = _DIGITS.sub("0", sentence_norm)
    words = _WORD.findall(text)
    counts: dict[int, float] = {}

    def add(gram: str) -> None:
        h = zlib.crc32(gram.encode("utf-8")) % N_FEATURES
        counts[h] = counts.get(h, 0.0) + 1.0

    for w in words:
        add("w:" + w)
        padded = f" {w} "
        for n in CHAR_NGRAMS:
            for i in range(len(padded) - n + 1):
                add("c:" + padded[i:i + n])
    for a, b in zip(words, words[1:]):
        add(f"b:{a} {b}")
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


@dataclass(frozen=True, slots=True)
class LinearModel:
    event: str
    bias: float
    weights: dict[int, float]

    def probability(self, feats: dict[int, float]) -> float:
        z = self.bias + sum(v * self.weights.get(k, 0.0) for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class SentenceClassifier:
    """``probability(sentence_norm, event)`` for the types it has a model for, else None."""

    def __init__(self, models: dict[str, LinearModel]) -> None:
        self.models = models

    def probability(self, sentence_norm: str, event: str) -> float | None:
        model = self.models.get(event)
        if model is None:
            return None
        return model.probability(features(sentence_norm))


def validate_model_file(data) -> dict[str, LinearModel]:
    where = "event_classifier.json.gz"
    require(isinstance(data, dict) and isinstance(data.get("models"), dict), where, "needs 'models'")
    require(data.get("n_features") == N_FEATURES, where, "was trained with another featuriser")
    models = {}
    for event, m in data["models"].items():
        require(isinstance(m.get("bias"), (int, float)) and isinstance(m.get("weights"), dict),
                where, f"model {event} needs bias and weights")
        models[event] = LinearModel(event, float(m["bias"]),
                                    {int(k): float(v) for k, v in m["weights"].items()})
    return models


@lru_cache(maxsize=1)
def load_default_classifier() -> SentenceClassifier | None:
    """The shipped model, or None when the package was built without it."""
    if not data_path("event_classifier.json.gz").is_file():
        return None
    return SentenceClassifier(validate_model_file(load_json("event_classifier.json.gz")))
