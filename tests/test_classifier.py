"""The ASSAULT/PROTEST candidate rescorer: featuriser, combination, model file, loading.

Example sentences are written for these tests (fictional events)."""
from __future__ import annotations

import math

import pytest

import hadath
from hadath.events import classifier as clf
from hadath.resources import DataError
from hadath.text.layer import TextLayer
from hadath.text.normalize import normalize_string


def candidate(sentence: str, trigger: str, **kw) -> clf.Candidate:
    norm = normalize_string(sentence)
    t = normalize_string(trigger)
    start = norm.index(t)
    defaults = dict(event="ASSAULT", form="past", sense="assault.attack", how="svo")
    defaults.update(kw)
    return clf.Candidate(sentence_norm=norm, trigger_start=start, trigger_end=start + len(t),
                         **defaults)


REPORT = "قصفت طائرات مسيرة قرية الوادي الأخضر صباح اليوم وقتلت أربعة مزارعين"
BACKGROUND = "عاد الهدوء إلى البلدة بعد قصف استمر ثلاثة أيام في الشتاء الماضي"


def test_text_features_are_normalised_and_ignore_digit_values():
    feats = clf.features(normalize_string("قتل 5 جنود في هجوم"))
    assert math.isclose(math.sqrt(sum(v * v for v in feats.values())), 1.0, rel_tol=1e-9)
    assert feats == clf.features(normalize_string("قتل 17 جنود في هجوم"))
    assert all(0 <= k < clf.N_FEATURES for k in feats)


def test_parse_rule_reads_sense_form_how_and_cues():
    assert clf.parse_rule("assault.attack/past/vso+apposition/cues:neg,report") == (
        "assault.attack", "past", "vso+apposition", ("neg", "report"))
    assert clf.parse_rule("protest.demo/nouns/none") == ("protest.demo", "nouns", "none", ())


def test_context_names_see_the_word_before_the_trigger_and_the_rule_evidence():
    names = clf.context_names(candidate(BACKGROUND, "قصف", form="nouns"))
    assert f"L1:{normalize_string('بعد')}" in names
    assert "form:nouns" in names and "form*part:nouns*none" in names
    report = clf.context_names(candidate(REPORT, "قصفت", has_actor=True, counts=("killed",)))
    assert "pos:0" in report and "has:actor" in report and "count:killed" in report
    assert not any(n.startswith("L1:") for n in report)


def test_candidate_features_scale_only_the_sentence_ngrams():
    c = candidate(REPORT, "قصفت")
    context_only = clf.candidate_features(c, text_scale=0.0)
    assert set(context_only.values()) == {1.0}
    doubled = clf.candidate_features(c, text_scale=2.0)
    text = clf.features(c.sentence_norm)
    some = next(k for k in text if k not in context_only)
    assert math.isclose(doubled[some], 2.0 * text[some])


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7])
def test_combine_is_monotone_and_puts_the_threshold_on_the_bar(threshold):
    values = [clf.combine(p / 20, threshold, 0.55) for p in range(21)]
    assert values == sorted(values)
    assert values[0] == 0.0 and math.isclose(values[-1], 1.0)
    assert math.isclose(clf.combine(threshold, threshold, 0.55), 0.55)
    assert clf.combine(threshold - 0.01, threshold, 0.55) < 0.55


def test_strong_rule_evidence_levels():
    with_count = candidate(REPORT, "قصفت", has_actor=True, counts=("killed",))
    no_count = candidate(REPORT, "قصفت", has_recipient=True)
    noun = candidate(BACKGROUND, "قصف", form="nouns", has_actor=True, counts=("killed",))
    assert clf.strong_rule_evidence(with_count, "count")
    assert not clf.strong_rule_evidence(no_count, "count")
    assert clf.strong_rule_evidence(no_count, "participant")
    assert not clf.strong_rule_evidence(noun, "participant")
    assert not clf.strong_rule_evidence(with_count, "none")


def tiny_model(weights: dict[int, float], bias: float = 0.0, override: str = "none",
               threshold: float = 0.5) -> clf.SentenceClassifier:
    return clf.SentenceClassifier({"ASSAULT": clf.LinearModel(
        "ASSAULT", bias, weights, threshold=threshold, text_scale=0.0, rule_override=override)})


def test_a_learned_weight_on_a_background_cue_lowers_the_candidate():
    cue = clf._hash("x:L1:" + normalize_string("بعد"))
    model = tiny_model({cue: -3.0}, bias=1.0)
    background = model.candidate_confidence(candidate(BACKGROUND, "قصف", form="nouns"))
    report = model.candidate_confidence(candidate(REPORT, "قصفت"))
    assert background < 0.55 <= report
    assert model.candidate_probability(candidate(REPORT, "قصفت", event="AID")) is None


def test_strong_rule_evidence_overrides_a_low_model_score_only_when_allowed():
    c = candidate(REPORT, "قصفت", has_actor=True, counts=("killed",), rule_score=0.8)
    assert tiny_model({}, bias=-5.0, override="count").candidate_confidence(c) == 0.8
    assert tiny_model({}, bias=-5.0, override="none").candidate_confidence(c) < 0.55


def test_model_file_round_trip_and_validation():
    model = clf.LinearModel("PROTEST", -0.5, {3: 0.25, 17: -1.0}, 0.4, 2.0, "participant")
    payload = clf.model_payload([model], "test data")
    assert clf.validate_model_file(payload) == {"PROTEST": model}
    bad_threshold = clf.model_payload([model], "x")
    bad_threshold["models"]["PROTEST"]["threshold"] = 1.5
    bad_override = clf.model_payload([model], "x")
    bad_override["models"]["PROTEST"]["rule_override"] = "always"
    other_space = {**payload, "n_features": 1024}
    for bad in (bad_threshold, bad_override, other_space, {"models": []}):
        with pytest.raises(DataError):
            clf.validate_model_file(bad)


def test_a_version_one_file_still_loads_with_neutral_settings():
    models = clf.validate_model_file({"n_features": clf.N_FEATURES,
                                      "models": {"ASSAULT": {"bias": 0.1, "weights": {"5": 0.2}}}})
    assert models["ASSAULT"].threshold == 0.5 and models["ASSAULT"].rule_override == "none"


def test_shipped_model_loads_for_assault_and_protest():
    model = clf.load_default_classifier()
    if model is None:
        pytest.skip("package built without the classifier")
    assert set(model.models) == {"ASSAULT", "PROTEST"}
    for m in model.models.values():
        assert 0.0 < m.threshold < 1.0 and m.rule_override in clf.OVERRIDE_LEVELS
    p = model.candidate_probability(candidate(REPORT, "قصفت", has_actor=True))
    assert p is not None and 0.0 <= p <= 1.0


def test_candidate_from_a_pipeline_event_points_at_its_trigger():
    text = "هاجم مسلحون مركزا للشرطة في مدينة الساحل الشمالي أمس وقتلوا ثلاثة من عناصره."
    result = next(hadath.extract_documents([{"id": "t", "text": text, "published": "2024-05-02"}],
                                           include_nonfactual=True))
    events = [e for e in result.events if e.event == "ASSAULT"]
    assert events
    layer = TextLayer(result.document.text)
    c = clf.candidate_from_event(events[0], layer, 0.7)
    assert c.sentence_norm[c.trigger_start:c.trigger_end] == normalize_string(events[0].trigger.text)
    assert c.form in ("past", "present", "passive", "nouns") and c.rule_score == 0.7
