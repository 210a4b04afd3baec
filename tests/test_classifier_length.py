"""The rescorer's optional sentence-length feature (docs/detection.md, eleventh session: the
retrain).  Example sentences are written for these tests (fictional events)."""
from __future__ import annotations

import pytest

from hadath.events import classifier as clf
from hadath.resources import DataError
from hadath.text.normalize import normalize_string

SHORT = "قصفت المدفعية مخزنا للحبوب في القرية"


def short_candidate() -> clf.Candidate:
    norm = normalize_string(SHORT)
    start = norm.index(normalize_string("قصفت"))
    return clf.Candidate(event="ASSAULT", sentence_norm=norm, trigger_start=start,
                         trigger_end=start + len(normalize_string("قصفت")), form="past",
                         sense="assault.heavy-weapons", how="vso")


def test_the_length_bucket_is_a_context_feature_unless_turned_off():
    c = short_candidate()
    with_length = clf.context_names(c)
    without = clf.context_names(c, length=False)
    assert [n for n in with_length if n.startswith("len:")] == ["len:1"]
    assert not any(n.startswith("len:") for n in without)
    assert set(with_length) - set(without) == {"len:1"}


def test_a_model_without_the_length_feature_ignores_its_weight():
    c = short_candidate()
    weight = {clf._hash("x:len:1"): 5.0}
    plain = clf.LinearModel("ASSAULT", 0.0, weight, text_scale=0.0)
    blind = clf.LinearModel("ASSAULT", 0.0, weight, text_scale=0.0, length_feature=False)
    scorer = clf.SentenceClassifier({"ASSAULT": plain})
    assert scorer.candidate_probability(c) > 0.99
    assert clf.SentenceClassifier({"ASSAULT": blind}).candidate_probability(c) == 0.5


def test_model_file_writes_the_length_switch_only_when_off():
    plain = clf.LinearModel("PROTEST", -0.5, {3: 1.0}, 0.4, 2.0, "count")
    blind = clf.LinearModel("ASSAULT", 0.1, {7: -1.0}, 0.3, 4.0, "count", length_feature=False)
    payload = clf.model_payload([blind, plain], "test")
    assert "length_feature" not in payload["models"]["PROTEST"]
    assert payload["models"]["ASSAULT"]["length_feature"] is False
    assert clf.validate_model_file(payload) == {"ASSAULT": blind, "PROTEST": plain}
    payload["models"]["ASSAULT"]["length_feature"] = "no"
    with pytest.raises(DataError):
        clf.validate_model_file(payload)
