"""The ASSAULT/PROTEST candidate rescorer: featuriser, combination, model file, loading.

Example sentences are written for these tests (fictional events)."""
from __future__ import annotations

import datetime
import json
import math
import re
from pathlib import Path

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


def test_structure_names_mark_background_relative_and_reported_triggers():
    assert "sub:near" in clf.context_names(candidate(BACKGROUND, "قصف", form="nouns"))
    relative = "أفرج المسلحون عن الصحفي الذي خطفوه قرب الحدود الشهر الماضي"
    assert "rel:near" in clf.context_names(candidate(relative, "خطفوه"))
    reported = "وقال المتحدث باسم الشرطة، إن مجهولين أطلقوا النار على الحافلة"
    names = clf.context_names(candidate(reported, "أطلقوا النار"))
    assert "speech:before" in names and "marks:1" in names
    plain = clf.context_names(candidate(REPORT, "قصفت"))
    assert "marks:0" in plain
    assert not {"sub:near", "rel:near", "speech:before"} & set(plain)


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


def test_a_clash_between_sides_of_two_countries_is_strong_evidence():
    clash = candidate(REPORT, "قصفت", form="nouns", has_actor=True, two_sided=True)
    assert clf.strong_rule_evidence(clash, "count")
    assert not clf.strong_rule_evidence(clash, "none")


def test_continued_attack_needs_its_target_named_too():
    sentence = "يواصل الجيش عملياته في الأحياء الشرقية للمدينة"
    kw = dict(form="nouns", sense="assault.general+support", cues=("continued",), has_actor=True)
    assert clf.strong_rule_evidence(candidate(sentence, "عملياته", has_recipient=True, **kw))
    # with the attacker alone it stays with the model: none of event_gsr's 3 continued-operations
    # sentences is a report (docs/detection.md, "Fourteenth session")
    assert not clf.strong_rule_evidence(candidate(sentence, "عملياته", **kw))


def test_an_armed_group_claiming_its_attack_on_a_named_target_is_strong_evidence():
    sentence = "أعلنت الكتائب استهداف آلية عسكرية عند مدخل البلدة"
    kw = dict(form="nouns", sense="assault.general", how="noun+object+announced", has_actor=True)
    assert clf.strong_rule_evidence(candidate(sentence, "استهداف", has_recipient=True, **kw))
    assert not clf.strong_rule_evidence(candidate(sentence, "استهداف", **kw))
    assert not clf.strong_rule_evidence(candidate(sentence, "استهداف", has_recipient=True, **kw), "none")
    unclaimed = dict(kw, how="noun+object")
    assert not clf.strong_rule_evidence(candidate(sentence, "استهداف", has_recipient=True, **unclaimed))


def test_noun_classes_measured_as_mentions_are_not_strong_evidence():
    """Each class covers a report the model drops on the dev gold, but its event_gsr
    candidates are mostly in rejected sentences (docs/detection.md, "Fourteenth session")."""
    killing = candidate("أدان الوزير اغتيال القاضي سمير الحداد أمام منزله", "اغتيال",
                        form="nouns", sense="assault.assassinate", has_recipient=True)
    counted = candidate("نفذ المسلحون 40 هجوما على القرى الحدودية خلال العام", "هجوما",
                        form="nouns", sense="assault.general+support", has_actor=True,
                        has_recipient=True)
    across = candidate("ندد البيان بالهجوم الإسرائيلي على مرفأ لبناني للصيادين", "الهجوم",
                       form="nouns", sense="assault.general", has_actor=True, has_recipient=True)
    for c in (killing, counted, across):
        assert not clf.strong_rule_evidence(c, "count"), c.sentence_norm


def test_two_sided_needs_a_clash_word_and_two_countries():
    import hadath
    from hadath.pipeline import record_to_raw
    from hadath.text.layer import analyze
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    for text, expected in (
            ("اندلعت اشتباكات بين الجيش اللبناني وقوة إسرائيلية قرب الحدود.", True),
            ("اندلعت اشتباكات بين الجيش العراقي ومسلحين في الموصل.", False),
            ("قصفت طائرات إسرائيلية بلدة لبنانية قرب الحدود.", False)):
        event = pipeline.process(record_to_raw({"id": "t", "text": text})).events[0]
        c = clf.candidate_from_event(event, analyze(text), 0.6)
        assert c.two_sided is expected, text


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


# ---------------------------------------------------------------- our own training sentences

ROOT = Path(__file__).resolve().parents[1]
SUPPLEMENT_FILES = sorted((ROOT / "scripts" / "training").glob("*.jsonl"))
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+")
SHINGLE = 8


def supplement_rows() -> list[dict]:
    return [json.loads(line) for path in SUPPLEMENT_FILES
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shingles(text: str) -> set[str]:
    words = ARABIC_WORD.findall(text)
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_supplement_rows_are_valid_labelled_sentences():
    rows = supplement_rows()
    assert {p.name for p in SUPPLEMENT_FILES} >= {"assault_wire.jsonl", "protest_wire.jsonl"}
    for row in rows:
        assert set(row) == {"id", "text", "label", "published", "note"}, row
        assert row["label"] in ("yes", "no")
        assert row["text"].strip() and row["note"].strip()
        datetime.date.fromisoformat(row["published"])
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    texts = [normalize_string(r["text"]) for r in rows]
    assert len(texts) == len(set(texts))


def test_supplement_is_large_enough_and_roughly_balanced():
    for path, minimum in (("assault_wire.jsonl", 300), ("protest_wire.jsonl", 150)):
        labels = [json.loads(line)["label"] for line in
                  (ROOT / "scripts" / "training" / path).read_text(encoding="utf-8").splitlines()
                  if line.strip()]
        assert len(labels) >= minimum
        assert 0.4 <= labels.count("yes") / len(labels) <= 0.6


def shared_corpus_texts():
    for path in SHARED_CORPUS.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                yield from (record[k] for k in ("text", "title") if isinstance(record.get(k), str))
    for path in SHARED_CORPUS.rglob("*.txt"):
        yield path.read_text(encoding="utf-8", errors="ignore")


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="no shared corpora next to the repo")
def test_no_supplement_sentence_is_taken_from_the_shared_corpora():
    ours = {s: r["id"] for r in supplement_rows() for s in shingles(r["text"])}
    borrowed = {ours[s] for text in shared_corpus_texts() for s in shingles(text) if s in ours}
    assert not borrowed, sorted(borrowed)


def test_training_folds_hold_the_whole_supplement_and_score_only_gsr():
    pytest.importorskip("sklearn")
    import sys

    import numpy as np
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc
    n_gsr, n_extra = 40, 12
    y = np.array([i % 4 == 0 for i in range(n_gsr)] + [i % 2 == 0 for i in range(n_extra)], dtype=int)
    from_gsr = np.array([True] * n_gsr + [False] * n_extra)
    data = tc.Data([], y, np.array([], dtype=int), [], None, None, np.array([]), from_gsr)
    folds = tc.outer_folds(data)
    extra = set(range(n_gsr, n_gsr + n_extra))
    assert len(folds) == tc.FOLDS
    assert sorted(i for _, test in folds for i in test) == list(range(n_gsr))
    for train, test in folds:
        assert extra <= set(train.tolist())
        assert not extra & set(test.tolist()) and not set(train.tolist()) & set(test.tolist())
    assert tc.load_supplement(None, "ASSAULT") == []
    assert len(tc.load_supplement(tc.SUPPLEMENT_DIR, "PROTEST")) >= 150


def test_vote_share_ranks_split_votes_between_reports_and_clear_mentions():
    pytest.importorskip("sklearn")
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc
    report = {"label": "yes", "accept": 3, "reject": 0}
    split = {"label": "difficult no", "accept": 2, "reject": 2}
    leaning_no = {"label": "difficult no", "accept": 1, "reject": 2}
    clear_no = {"label": "easy no", "accept": 0, "reject": 3}
    ours = {"label": "no"}
    shares = [tc.vote_share(it, 0.5) for it in (report, split, leaning_no, clear_no, ours)]
    assert shares[0] == 1.0 and shares[3] == shares[4] == 0.0
    assert shares[0] > shares[1] > shares[2] > shares[3]
    assert tc.vote_share(split, 0.0) == 0.0


def test_weighted_rows_balance_the_classes_and_reduce_to_plain_labels():
    pytest.importorskip("sklearn")
    import sys

    import numpy as np
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc
    y = np.array([1, 0, 0, 0, 0])
    cand_sentence = np.array([0, 1, 2, 3, 4, 4])
    plain = tc.Data([], y, cand_sentence, [], None, None, np.array([]), np.ones(5, dtype=bool))
    index, labels, w = tc.weighted_rows(plain, np.arange(6))
    assert sorted(index.tolist()) == list(range(6))
    assert labels.tolist() == [int(y[s]) for s in cand_sentence[index]]
    assert np.isclose(w[labels == 1].sum(), w[labels == 0].sum())
    soft = tc.Data([], y, cand_sentence, [], None, None, np.array([]), np.ones(5, dtype=bool),
                   np.array([1.0, 0.25, 0.0, 0.0, 0.0]))
    index, labels, w = tc.weighted_rows(soft, np.arange(6))
    assert 1 in index[labels == 1] and 1 in index[labels == 0]
    assert np.isclose(w[labels == 1].sum(), w[labels == 0].sum())
    assert np.isclose(w.sum(), 1.0 + 0.25 + 0.75 + 4 * 1.0)     # balancing keeps the total


def test_kept_models_are_read_back_unchanged_from_the_shipped_file(tmp_path):
    pytest.importorskip("sklearn")
    import gzip
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc
    shipped = ROOT / "hadath" / "data" / "event_classifier.json.gz"
    (assault,) = tc.kept_models(shipped, ["ASSAULT"])
    assert assault == clf.validate_model_file(json.loads(gzip.decompress(shipped.read_bytes())))["ASSAULT"]
    only_protest = tmp_path / "p.json.gz"
    payload = clf.model_payload([clf.LinearModel("PROTEST", 0.1, {1: 0.5})], "test")
    only_protest.write_bytes(gzip.compress(json.dumps(payload).encode("utf-8")))
    with pytest.raises(SystemExit, match="ASSAULT"):
        tc.kept_models(only_protest, ["ASSAULT"])


def training_script():
    pytest.importorskip("sklearn")
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc
    return tc


def test_the_default_objective_is_f1_and_a_small_beta_prefers_precision():
    tc = training_script()
    assert math.isclose(tc.F1_OBJECTIVE.score(0.6, 0.9), 2 * 0.6 * 0.9 / 1.5)
    precise, broad = (0.8, 0.6), (0.6, 0.8)
    assert math.isclose(tc.F1_OBJECTIVE.score(*precise), tc.F1_OBJECTIVE.score(*broad))
    half = tc.Objective(beta=0.5)
    assert half.score(*precise) > half.score(*broad)
    assert tc.Objective(beta=2.0).score(*precise) < tc.Objective(beta=2.0).score(*broad)
    assert half.score(0.0, 0.0) == 0.0


def test_a_precision_floor_ranks_every_setting_above_it_first():
    tc = training_script()
    floor = tc.Objective(min_precision=0.7)
    above_floor, better_f1_below = (0.72, 0.5), (0.6, 0.9)
    assert floor.rank(*above_floor) > floor.rank(*better_f1_below)
    assert tc.F1_OBJECTIVE.rank(*above_floor) < tc.F1_OBJECTIVE.rank(*better_f1_below)
    # below the floor everywhere, the plain F1 order decides
    assert floor.rank(0.5, 0.9) > floor.rank(0.55, 0.5)


def separable_data(tc, seed: int = 0):
    """One candidate per sentence; feature 0 is noisy evidence for a report, feature 1 a
    constant; 40 % reports."""
    import numpy as np
    from scipy.sparse import csr_matrix
    rng = np.random.default_rng(seed)
    n = 120
    y = (np.arange(n) % 5 < 2).astype(int)
    signal = y + rng.normal(0.0, 0.8, n)
    x_ctx = csr_matrix(np.column_stack([signal, np.ones(n)]))
    x_text = csr_matrix((n, 2))
    return tc.Data([{"label": "yes" if v else "easy no"} for v in y], y, np.arange(n), [],
                   x_text, x_ctx, np.arange(2), np.ones(n, dtype=bool))


def test_a_precision_floor_chooses_a_threshold_no_lower_than_plain_f1():
    tc = training_script()
    import numpy as np
    data = separable_data(tc)
    sentences = np.arange(len(data.y))
    plain, _ = tc.choose(data, sentences, "none")
    floored, _ = tc.choose(data, sentences, "none", objective=tc.Objective(min_precision=0.9))
    assert floored.threshold >= plain.threshold
    assert floored.threshold > min(tc.THRESHOLDS)
    unchanged, _ = tc.choose(data, sentences, "none", objective=tc.Objective(min_precision=0.0))
    assert unchanged == plain


def mixed_sources(tc, **kw):
    """Six gsr sentences (one report) and four supplement sentences (two reports), one
    candidate each."""
    import numpy as np
    y = np.array([1, 0, 0, 0, 0, 0, 1, 1, 0, 0])
    from_gsr = np.array([True] * 6 + [False] * 4)
    return tc.Data([], y, np.arange(10), [], None, None, np.array([]), from_gsr, **kw)


def test_supplement_weight_scales_a_supplement_row_against_a_gsr_row_of_its_class():
    tc = training_script()
    import numpy as np
    index, labels, w = tc.weighted_rows(mixed_sources(tc, supplement_weight=0.5), np.arange(10))
    by_row = {(int(i), int(lab)): float(v) for i, lab, v in zip(index, labels, w)}
    assert np.isclose(by_row[(6, 1)] / by_row[(0, 1)], 0.5)
    assert np.isclose(by_row[(8, 0)] / by_row[(1, 0)], 0.5)
    assert np.isclose(w[labels == 1].sum(), w[labels == 0].sum())
    same = tc.weighted_rows(mixed_sources(tc), np.arange(10))
    plain = tc.weighted_rows(mixed_sources(tc, supplement_weight=1.0, balance_sources=False),
                             np.arange(10))
    assert all(np.array_equal(a, b) for a, b in zip(same, plain))


def test_balancing_within_sources_gives_each_source_the_same_base_rate():
    tc = training_script()
    import numpy as np
    for weight in (1.0, 0.25):
        data = mixed_sources(tc, balance_sources=True, supplement_weight=weight)
        index, labels, w = tc.weighted_rows(data, np.arange(10))
        ours = ~data.from_gsr[index]
        for source in (ours, ~ours):
            assert np.isclose(w[source & (labels == 1)].sum(), w[source & (labels == 0)].sum())
        assert np.isclose(w[ours].sum(), weight * 4)     # the source's row count, times the weight
        assert np.isclose(w[~ours].sum(), 6)
    # overall balancing alone leaves the supplement's reports heavier than its mentions
    index, labels, w = tc.weighted_rows(mixed_sources(tc), np.arange(10))
    ours = index >= 6
    assert w[ours & (labels == 1)].sum() > w[ours & (labels == 0)].sum()


def noisy_data(tc, seed: int = 0, **kw):
    """One candidate per sentence, 40 % reports.  Text slots 0-1 carry evidence for a
    report and against it, slots 2-21 are noise; context slot 22 is a constant."""
    import numpy as np
    from scipy.sparse import csr_matrix
    rng = np.random.default_rng(seed)
    n = 150
    y = (np.arange(n) % 5 < 2).astype(int)
    evidence = np.column_stack([(rng.random(n) < 0.2 + 0.6 * y), (rng.random(n) < 0.7 - 0.5 * y)])
    noise = rng.random((n, 20)) < 0.3
    text = np.column_stack([evidence, noise, np.zeros(n)]).astype(float)
    ctx = np.zeros((n, 23))
    ctx[:, 22] = 1.0
    return tc.Data([{"label": "yes" if v else "easy no"} for v in y], y, np.arange(n), [],
                   csr_matrix(text), csr_matrix(ctx), np.arange(23), np.ones(n, dtype=bool), **kw)


def test_log_count_ratio_favours_slots_of_reports_and_leaves_unseen_slots_alone():
    tc = training_script()
    import numpy as np
    from scipy.sparse import csr_matrix
    presence = csr_matrix(np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 1, 0]], float))
    y = np.array([1, 1, 0, 0, 0])
    ratio, scaled = tc.log_count_ratio(presence, y)
    # over the two slots the rows hold: p = 1 + (2, 0), q = 1 + (0, 3)
    assert math.isclose(ratio[0], math.log((3 / 4) / (1 / 5)))
    assert math.isclose(ratio[1], math.log((1 / 4) / (4 / 5)))
    assert ratio[2] == 1.0 and scaled.tolist() == [True, True, False]
    # no slot held at all (the n-grams off): nothing is scaled
    nothing, none = tc.log_count_ratio(csr_matrix((2, 3)), np.array([1, 0]))
    assert nothing.tolist() == [1.0, 1.0, 1.0] and not none.any()


def test_nb_scaling_is_folded_into_plain_weights_on_the_raw_features():
    tc = training_script()
    import numpy as np
    from scipy.sparse import diags
    sentences = np.arange(150)
    for slots in ("text", "all"):
        data = noisy_data(tc, fitting=tc.Fitting(nb=slots))
        model = tc.fit(data, sentences, 1.0, 2.0)
        x = tc.design(data, sentences, 2.0)
        ratio, scaled = tc.log_count_ratio(tc.nb_presence(data, sentences, 2.0), data.y)
        assert scaled[22] == (slots == "all")          # the context slot only with 'all'
        index, y, w = tc.weighted_rows(data, sentences)
        on_scaled = tc.regression(1.0, data.fitting).fit(x[index] @ diags(ratio), y, sample_weight=w)
        assert np.allclose(model.predict_proba(x), on_scaled.predict_proba(x @ diags(ratio)))
        linear = tc.to_linear("ASSAULT", model, tc.Params(1.0, 1.0), data.columns)
        row = {int(k): float(v) for k, v in zip(x[0].indices, x[0].data)}
        assert math.isclose(linear.probability(row), model.predict_proba(x[:1])[0, 1], abs_tol=1e-3)
        assert model.coef_[0][0] > 0 > model.coef_[0][1]
    plain = tc.fit(noisy_data(tc), sentences, 1.0, 2.0)
    assert not np.allclose(plain.coef_, model.coef_)


def test_nb_beta_pulls_the_scaled_weights_towards_their_mean_magnitude():
    tc = training_script()
    import numpy as np
    coef, ratio = np.array([2.0, -1.0, 0.5]), np.array([0.5, 2.0, 1.0])
    scaled = np.array([True, True, False])
    assert np.allclose(tc.fold_ratio(coef, ratio, scaled, 1.0), [1.0, -2.0, 0.5])
    # mean |w| over the scaled slots is 1.5: (1.5 + 2) / 2 and (1.5 - 1) / 2
    assert np.allclose(tc.fold_ratio(coef, ratio, scaled, 0.5), [1.75 * 0.5, 0.25 * 2.0, 0.5])


def test_the_plain_fitting_is_the_shipped_liblinear_l2_fit():
    tc = training_script()
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    assert tc.regression(4.0, tc.PLAIN_FIT).get_params() == \
        LogisticRegression(C=4.0, solver="liblinear").get_params()
    data = noisy_data(tc)
    sentences = np.arange(150)
    index, y, w = tc.weighted_rows(data, sentences)
    direct = LogisticRegression(C=4.0, solver="liblinear").fit(tc.design(data, index, 1.0), y,
                                                               sample_weight=w)
    assert np.array_equal(tc.fit(data, sentences, 4.0, 1.0).coef_, direct.coef_)


def test_an_l1_or_elastic_net_penalty_keeps_fewer_slots_than_l2():
    tc = training_script()
    import numpy as np
    sentences = np.arange(150)

    def kept(l1_ratio):
        model = tc.fit(noisy_data(tc, fitting=tc.Fitting(l1_ratio=l1_ratio)), sentences, 0.25, 1.0)
        assert model.coef_[0][0] > 0 > model.coef_[0][1]      # the evidence survives
        return int((np.abs(model.coef_[0]) > tc.PRUNE).sum())

    assert tc.regression(1.0, tc.Fitting(l1_ratio=0.5)).solver == "saga"
    l2 = kept(0.0)
    assert kept(1.0) < kept(0.5) < l2
