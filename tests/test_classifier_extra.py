"""The optional feature namespaces of the rescorer (local window, trigger clause, crossed
with the trigger form): off by default, read from and written to the model file only when
a model uses them.  Example sentences are written for these tests (fictional events)."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from hadath.events import classifier as clf
from hadath.resources import DataError
from hadath.text.normalize import normalize_string

ROOT = Path(__file__).resolve().parents[1]

SETTLED = "قال رئيس البلدية إن الأسواق فتحت أبوابها، بعد قصف دام يومين على الأطراف الشرقية"
PLAIN = "أطلقت زوارق حربية قذائف على مرفأ الصيادين فجرحت ثلاثة بحارة وأغرقت قاربين"


def candidate(sentence: str, trigger: str, **kw) -> clf.Candidate:
    norm = normalize_string(sentence)
    t = normalize_string(trigger)
    start = norm.index(t)
    defaults = {"event": "ASSAULT", "form": "nouns", "sense": "assault.attack", "how": "none"}
    defaults.update(kw)
    return clf.Candidate(sentence_norm=norm, trigger_start=start, trigger_end=start + len(t),
                         **defaults)


def n(words: str) -> list[str]:
    return normalize_string(words).split()


def test_extra_features_are_off_by_default():
    c = candidate(SETTLED, "قصف")
    assert not clf.NO_EXTRA.active
    assert clf.extra_features(c, clf.NO_EXTRA) == {}
    assert clf.candidate_features(c, 1.0) == clf.candidate_features(c, 1.0, clf.NO_EXTRA)
    assert not clf.ExtraFeatures(local_window=3, local_scale=0.0).active


def test_local_words_take_the_window_on_both_sides_of_the_trigger():
    c = candidate(SETTLED, "قصف")
    assert clf.local_words(c, 2) == n("أبوابها بعد قصف دام يومين")
    assert clf.local_words(c, 0) == n("قصف")
    first = candidate(PLAIN, "أطلقت", form="past")
    assert clf.local_words(first, 2) == n("أطلقت زوارق حربية")


def test_trigger_clause_is_cut_at_a_subordinator_and_named_by_it():
    words, kind = clf.trigger_clause(candidate(SETTLED, "قصف"))
    assert kind == "sub"
    assert words == n("بعد قصف دام يومين على الأطراف الشرقية")


def test_trigger_clause_stops_at_the_next_boundary_and_skips_marks():
    reported = "أعلن الجيش أن مسلحين هاجموا نقطة تفتيش، وقال إن اثنين منهم قتلا"
    words, kind = clf.trigger_clause(candidate(reported, "هاجموا", form="past"))
    assert kind == "comp" and words == n("أن مسلحين هاجموا نقطة تفتيش")
    after_mark = "انتهى الاجتماع دون اتفاق، فاندلعت اشتباكات في الحي القديم"
    words, kind = clf.trigger_clause(candidate(after_mark, "اشتباكات"))
    assert kind == "mark" and words == n("فاندلعت اشتباكات في الحي القديم")
    words, kind = clf.trigger_clause(candidate(PLAIN, "أطلقت", form="past"))
    assert kind == "start" and words == n(PLAIN)


def test_extra_namespaces_are_normalised_and_kept_apart_from_the_sentence_ngrams():
    c = candidate(SETTLED, "قصف")
    local = clf.extra_features(c, clf.ExtraFeatures(local_window=3))
    assert math.isclose(math.sqrt(sum(v * v for v in local.values())), 1.0, rel_tol=1e-9)
    assert len(set(local) & set(clf.features(c.sentence_norm))) < 0.05 * len(local)
    clause = clf.extra_features(c, clf.ExtraFeatures(clause_scale=2.0))
    opener = clf._hash("k:open:sub")
    assert clause[opener] >= 1.0
    assert len(set(clause) & set(local)) < 0.05 * len(local)


def test_crossing_with_the_form_tells_a_verb_from_a_noun():
    extra = clf.ExtraFeatures(local_window=3, by_form=True)
    as_noun = clf.extra_features(candidate(SETTLED, "قصف", form="nouns"), extra)
    as_past = clf.extra_features(candidate(SETTLED, "قصف", form="past"), extra)
    shared = set(as_noun) & set(as_past)
    assert shared and set(as_noun) - shared and set(as_past) - shared
    plain = clf.extra_features(candidate(SETTLED, "قصف"), clf.ExtraFeatures(local_window=3))
    assert set(plain) <= shared


def test_a_model_scores_with_its_own_extra_features():
    c = candidate(SETTLED, "قصف")
    extra = clf.ExtraFeatures(clause_scale=1.0)
    opener = clf._hash("k:open:sub")
    with_extra = clf.LinearModel("ASSAULT", 0.0, {opener: -3.0}, 0.5, 1.0, "none", extra)
    without = clf.LinearModel("ASSAULT", 0.0, {opener: -3.0}, 0.5, 1.0, "none")
    assert clf.SentenceClassifier({"ASSAULT": with_extra}).candidate_probability(c) < 0.1
    assert clf.SentenceClassifier({"ASSAULT": without}).candidate_probability(c) == 0.5


def test_model_file_keeps_extra_only_when_a_model_uses_it():
    extra = clf.ExtraFeatures(local_window=6, local_scale=2.0, clause_scale=1.0, by_form=True)
    used = clf.LinearModel("ASSAULT", 0.1, {4: 0.5}, 0.4, 1.0, "count", extra)
    plain = clf.LinearModel("PROTEST", -0.2, {9: -0.5}, 0.3, 4.0, "count")
    payload = clf.model_payload([used, plain], "test")
    assert "extra" in payload["models"]["ASSAULT"] and "extra" not in payload["models"]["PROTEST"]
    assert clf.validate_model_file(payload) == {"ASSAULT": used, "PROTEST": plain}
    for key, value in (("local_window", -1), ("clause_scale", "big"), ("by_form", 1), ("other", 0)):
        bad = clf.model_payload([used], "test")
        bad["models"]["ASSAULT"]["extra"][key] = value
        with pytest.raises(DataError):
            clf.validate_model_file(bad)


def test_shipped_models_use_only_the_clause_namespace_for_protest():
    """docs/detection.md, ninth session: the PROTEST model reads the trigger's clause, the
    ASSAULT model nothing beyond the sentence."""
    shipped = clf.load_default_classifier()
    if shipped is None:
        pytest.skip("package built without the model file")
    assert shipped.models["ASSAULT"].extra == clf.NO_EXTRA
    assert shipped.models["PROTEST"].extra == clf.ExtraFeatures(clause_scale=1.0)


def test_with_extra_adds_columns_and_keeps_the_candidates():
    pytest.importorskip("sklearn")
    import sys

    import numpy as np
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc
    cands = [candidate(SETTLED, "قصف"), candidate(PLAIN, "أطلقت", form="past")]
    base = tc.Data([{}, {}], np.array([0, 1]), np.array([0, 1]), cands, None, None,
                   np.array([], dtype=int), np.ones(2, dtype=bool))
    plain = tc.with_extra(base, clf.NO_EXTRA)
    local = tc.with_extra(base, clf.ExtraFeatures(local_window=3))
    assert plain.x_extra is None and local.x_extra is not None
    assert local.cands == cands and len(local.columns) > len(plain.columns)
    rows = np.arange(2)
    difference = tc.design(local, rows, 1.0) - tc.design(plain.__class__(
        *[getattr(local, f) for f in ("items", "y", "cand_sentence", "cands", "x_text", "x_ctx",
                                      "columns", "from_gsr", "share")]), rows, 1.0)
    assert np.allclose(difference.toarray(), local.x_extra.toarray())
