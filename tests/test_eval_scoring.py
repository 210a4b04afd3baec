"""Scoring rules of gold-format.md on synthetic gold and prediction dicts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.evaluation.detection import coded_countries, detection_errors, score_detection
from hadath.evaluation.gold import match_events, pair_score, participants_agree, score_documents
from hadath.evaluation.report import check_floors, flatten_metrics, load_floors

REPO_ROOT = Path(__file__).resolve().parents[1]


def side(*countries: str | None) -> list[dict]:
    return [{"country": c, "sector": None} for c in countries]


def gold_event(event: str, actor=(), recipient=(), **fields) -> dict:
    base = {"event": event, "mode": None, "actor": side(*actor), "recipient": side(*recipient),
            "mutual": False, "date": None, "location": None, "killed": None, "injured": None,
            "arrested": None, "attributed_to": None, "quote": f"نص {event}", "optional": False}
    return {**base, **fields}


def pred_event(event: str, actor=(), recipient=(), **fields) -> dict:
    base = {"event": event, "mode": None, "actor": side(*actor), "recipient": side(*recipient),
            "date": None, "location": None, "killed": None, "injured": None, "arrested": None,
            "trigger": {"text": "قصف", "start": 0, "end": 3},
            "sentence": {"index": 0, "start": 0, "end": 10},
            "negated": False, "hypothetical": False}
    return {**base, **fields}


def doc(events: list[dict], doc_id: str = "d1", complete: bool = True) -> dict:
    return {"doc_id": doc_id, "published": "2024-05-02", "complete": complete, "events": events}


def count(low: int | None, high: int | None) -> dict:
    return {"min": low, "max": high, "approx": False, "cumulative": False}


# ---------------------------------------------------------------- matching gate

def test_type_mismatch_never_matches():
    gold = [gold_event("ASSAULT", ["ISR"], ["PSE"])]
    preds = [pred_event("COERCE", ["ISR"], ["PSE"])]
    result = score_documents([doc(gold)], {"d1": preds})
    assert (result["tp"], result["fp"], result["fn"]) == (0, 1, 1)


def test_disjoint_countries_do_not_match():
    gold = gold_event("ASSAULT", ["ISR"], ["LBN"])
    assert not participants_agree(pred_event("ASSAULT", ["USA"], ["SYR"]), gold)
    result = score_documents([doc([gold])], {"d1": [pred_event("ASSAULT", ["USA"], ["SYR"])]})
    assert result["tp"] == 0 and result["fp"] == 1


def test_gold_without_countries_matches_on_type_alone():
    gold = [gold_event("PROTEST")]
    preds = [pred_event("PROTEST", ["EGY"], [])]
    result = score_documents([doc(gold)], {"d1": preds})
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)


def test_prediction_without_countries_misses_gold_with_countries():
    gold = [gold_event("ACCUSE", ["JOR"], ["ISR"])]
    result = score_documents([doc(gold)], {"d1": [pred_event("ACCUSE")]})
    assert (result["tp"], result["fp"], result["fn"]) == (0, 1, 1)


def test_swapped_sides_still_match_a_directed_event():
    gold = gold_event("ASSAULT", ["ISR"], ["PSE"])
    assert participants_agree(pred_event("ASSAULT", ["PSE"], ["ISR"]), gold)


# ---------------------------------------------------------------- assignment

def test_matching_is_one_to_one():
    gold = [gold_event("ASSAULT", ["ISR"], ["LBN"])]
    preds = [pred_event("ASSAULT", ["ISR"], ["LBN"]), pred_event("ASSAULT", ["ISR"], ["LBN"])]
    result = score_documents([doc(gold)], {"d1": preds})
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 0)


def test_hungarian_finds_the_global_best_not_the_greedy_pairing():
    # pred 0 fits both golds, pred 1 fits only gold 0: greedy on pred 0 would lose a match
    golds = [gold_event("ASSAULT", ["SYR"], ["TUR"]), gold_event("ASSAULT", ["SYR"], [])]
    preds = [pred_event("ASSAULT", ["SYR"], ["TUR"]), pred_event("ASSAULT", [], ["TUR"])]
    assert sorted(match_events(preds, golds)) == [(0, 1), (1, 0)]
    result = score_documents([doc(golds)], {"d1": preds})
    assert (result["tp"], result["fp"], result["fn"]) == (2, 0, 0)


def test_directed_actor_bonus_picks_the_right_orientation():
    golds = [gold_event("ACCUSE", ["IRN"], ["USA"], quote="اتهمت طهران واشنطن"),
             gold_event("ACCUSE", ["USA"], ["IRN"], quote="اتهمت واشنطن طهران")]
    preds = [pred_event("ACCUSE", ["USA"], ["IRN"]), pred_event("ACCUSE", ["IRN"], ["USA"])]
    assert sorted(match_events(preds, golds)) == [(0, 1), (1, 0)]
    assert pair_score(preds[1], golds[0]) > pair_score(preds[0], golds[0])


def test_symmetric_types_get_no_orientation_bonus():
    gold = gold_event("CONSULT", ["EGY"], ["USA"])
    same = pred_event("CONSULT", ["EGY"], ["USA"])
    swapped = pred_event("CONSULT", ["USA"], ["EGY"])
    assert pair_score(same, gold) == pytest.approx(pair_score(swapped, gold))


def test_mutual_events_get_no_orientation_bonus():
    gold = gold_event("ASSAULT", ["ISR", "LBN"], [], mutual=True)
    pred = pred_event("ASSAULT", ["ISR"], ["LBN"])
    assert pair_score(pred, gold) == pytest.approx(pair_score(
        pred_event("ASSAULT", ["ISR", "LBN"], []), gold))
    result = score_documents([doc([gold])], {"d1": [pred]})
    assert result["tp"] == 1


def test_date_agreement_decides_between_two_otherwise_equal_golds():
    golds = [gold_event("ASSAULT", ["ISR"], ["PSE"], date="2024-05-01"),
             gold_event("ASSAULT", ["ISR"], ["PSE"], date="2024-05-02")]
    preds = [pred_event("ASSAULT", ["ISR"], ["PSE"], date="2024-05-02"),
             pred_event("ASSAULT", ["ISR"], ["PSE"], date="2024-05-01")]
    assert sorted(match_events(preds, golds)) == [(0, 1), (1, 0)]


# ---------------------------------------------------------------- optional and complete

def test_optional_gold_is_neither_rewarded_nor_punished():
    golds = [gold_event("ASSAULT", ["ISR"], ["PSE"]),
             gold_event("SUPPORT", ["YEM"], ["PSE"], optional=True),
             gold_event("REJECT", ["YEM"], [], optional=True)]
    preds = [pred_event("ASSAULT", ["ISR"], ["PSE"]), pred_event("SUPPORT", ["YEM"], ["PSE"])]
    result = score_documents([doc(golds)], {"d1": preds})
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)
    assert result["matched"] == 2
    assert result["precision"] == 1.0 and result["recall"] == 1.0


def test_non_optional_gold_preferred_over_optional_twin():
    golds = [gold_event("ASSAULT", ["ISR"], ["PSE"], optional=True),
             gold_event("ASSAULT", ["ISR"], ["PSE"])]
    preds = [pred_event("ASSAULT", ["ISR"], ["PSE"])]
    assert match_events(preds, golds) == [(0, 1)]


def test_incomplete_gold_does_not_count_unmatched_predictions():
    golds = [gold_event("ASSAULT", ["ISR"], ["PSE"])]
    preds = [pred_event("ASSAULT", ["ISR"], ["PSE"]), pred_event("PROTEST", ["FRA"], [])]
    complete = score_documents([doc(golds)], {"d1": preds})
    partial = score_documents([doc(golds, complete=False)], {"d1": preds})
    assert complete["fp"] == 1 and partial["fp"] == 0
    assert partial["precision"] == 1.0


def test_nonfactual_predictions_are_not_scored():
    golds = [gold_event("THREATEN", ["IRN"], ["ISR"])]
    preds = [pred_event("ASSAULT", ["IRN"], ["ISR"], hypothetical=True),
             pred_event("THREATEN", ["IRN"], ["ISR"])]
    result = score_documents([doc(golds)], {"d1": preds})
    assert (result["tp"], result["fp"], result["predictions"]) == (1, 0, 1)


def test_documents_are_summed_and_unknown_doc_ids_ignored():
    docs = [doc([gold_event("AID", ["QAT"], ["PSE"])], "a"),
            doc([gold_event("SANCTION", ["USA"], ["RUS"])], "b")]
    preds = {"a": [pred_event("AID", ["QAT"], ["PSE"])],
             "zzz": [pred_event("SANCTION", ["USA"], ["RUS"])]}
    result = score_documents(docs, preds)
    assert (result["documents"], result["tp"], result["fp"], result["fn"]) == (2, 1, 0, 1)
    assert result["per_type"]["SANCTION"]["recall"] == 0.0
    assert result["per_type"]["AID"]["f1"] == 1.0
    assert [e["doc_id"] for e in result["errors"]] == ["b"]


# ---------------------------------------------------------------- attributes

def test_date_and_location_accuracy_over_gold_non_null():
    golds = [gold_event("ASSAULT", ["ISR"], ["LBN"], date="2024-05-01",
                        location={"country": "LBN", "place": "صور"}),
             gold_event("COERCE", ["ISR"], ["PSE"], date="2024-05",
                        location={"country": "PSE", "place": "جنين"}),
             gold_event("ACCUSE", ["LBN"], ["ISR"])]
    preds = [pred_event("ASSAULT", ["ISR"], ["LBN"], date="2024-05-01",
                        location={"country": "LBN", "text": "صور"}),
             pred_event("COERCE", ["ISR"], ["PSE"], date="2024-05-02",
                        location={"country": "ISR", "text": "تل أبيب"}),
             pred_event("ACCUSE", ["LBN"], ["ISR"], date="2024-05-02")]
    result = score_documents([doc(golds)], {"d1": preds})
    assert result["date"] == {"n": 2, "correct": 1, "accuracy": 0.5, "spurious": 1}
    assert result["location"] == {"n": 2, "correct": 1, "accuracy": 0.5, "spurious": 0}


def test_dates_of_optional_gold_events_are_also_reported_apart():
    golds = [gold_event("ASSAULT", ["ISR"], ["LBN"], date="2024-05-01"),
             gold_event("ASSAULT", ["PSE"], ["ISR"], date="2023-10-07", optional=True)]
    preds = [pred_event("ASSAULT", ["ISR"], ["LBN"], date="2024-05-01"),
             pred_event("ASSAULT", ["PSE"], ["ISR"])]
    result = score_documents([doc(golds)], {"d1": preds})
    assert result["date"]["n"] == 2 and result["date"]["correct"] == 1
    assert result["date_required"] == {"n": 1, "correct": 1, "accuracy": 1.0, "spurious": 0}


def test_sources_agree_when_one_holds_the_others_words():
    def src(text):
        return {"text": text, "start": 0, "end": len(text)}
    golds = [gold_event("ASSAULT", ["ISR"], ["LBN"], attributed_to="الوزارة"),
             gold_event("COERCE", ["ISR"], ["PSE"], attributed_to="مصادر محلية"),
             gold_event("ACCUSE", ["LBN"], ["ISR"])]
    preds = [pred_event("ASSAULT", ["ISR"], ["LBN"], attributed_to=src("وزارة الصحة اللبنانية")),
             pred_event("COERCE", ["ISR"], ["PSE"], attributed_to=src("الجيش")),
             pred_event("ACCUSE", ["LBN"], ["ISR"], attributed_to=src("الرئاسة"))]
    result = score_documents([doc(golds)], {"d1": preds})
    assert result["source"] == {"n": 2, "correct": 1, "accuracy": 0.5, "spurious": 1}


def test_count_accuracy_needs_equal_min_and_max():
    golds = [gold_event("ASSAULT", ["ISR"], ["PSE"], date="2024-05-01",
                        killed=count(9, 9), injured=count(40, None)),
             gold_event("ASSAULT", ["ISR"], ["LBN"], date="2024-05-02",
                        killed=count(3, 3), arrested=None)]
    preds = [pred_event("ASSAULT", ["ISR"], ["PSE"], date="2024-05-01",
                        killed=count(9, 9), injured=count(40, 40)),
             pred_event("ASSAULT", ["ISR"], ["LBN"], date="2024-05-02",
                        killed=None, arrested=count(5, 5))]
    result = score_documents([doc(golds)], {"d1": preds})
    counts = result["counts"]
    assert counts["killed"] == {"n": 2, "correct": 1, "accuracy": 0.5, "spurious": 0}
    assert counts["injured"]["accuracy"] == 0.0
    assert counts["arrested"] == {"n": 0, "correct": 0, "accuracy": None, "spurious": 1}
    assert counts["all"]["n"] == 3 and counts["all"]["correct"] == 1


def test_agreeing_count_raises_the_pair_score():
    gold = gold_event("ASSAULT", [], ["PSE"], killed=count(12, 12))
    right = pred_event("ASSAULT", [], ["PSE"], killed=count(12, 12))
    wrong = pred_event("ASSAULT", [], ["PSE"], killed=count(12, None))
    assert pair_score(right, gold) == pytest.approx(pair_score(wrong, gold) + 0.1)


# ---------------------------------------------------------------- detection

def gsr(item_id: str, label: str, spans: list | None = None) -> dict:
    return {"id": item_id, "event_type": "ASSAULT", "label": label, "text": "جملة تجريبية",
            "published": "2010-01-01", "spans": spans or []}


def test_detection_scoring_on_a_mini_set():
    coded = [{"source_role": {"main": "IRQ", "role": "MIL"},
              "target_role": {"main": "None", "role": "CVL"}}]
    items = [gsr("p1", "yes", coded), gsr("p2", "yes"), gsr("p3", "yes"),
             gsr("d1", "difficult no"), gsr("d2", "difficult no"),
             gsr("e1", "easy no"), gsr("e2", "easy no"), gsr("e3", "easy no"),
             gsr("a1", "ambiguous")]
    detected = {"p1": [pred_event("ASSAULT", ["IRQ"], [])],
                "p2": [pred_event("ASSAULT")],
                "p3": [pred_event("ASSAULT", hypothetical=True), pred_event("PROTEST")],
                "d1": [pred_event("ASSAULT")],
                "a1": [pred_event("ASSAULT")]}
    result = score_detection(items, detected)
    assert (result["tp"], result["fp"], result["fn"]) == (2, 1, 1)
    assert result["precision"] == pytest.approx(2 / 3)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["skipped"] == 1
    assert result["false_positive_rate"]["difficult_no"] == {"n": 2, "fp": 1, "rate": 0.5}
    assert result["false_positive_rate"]["easy_no"]["rate"] == 0.0
    assert result["actor_agreement"]["actor"] == {"n": 1, "agree": 1, "rate": 1.0}
    assert result["actor_agreement"]["recipient"]["n"] == 0
    errors = detection_errors(items, detected, "ASSAULT")
    assert [e["id"] for e in errors["missed"]] == ["p3"]
    assert [e["id"] for e in errors["difficult no"]] == ["d1"]


def test_coded_countries_ignore_placeholders():
    spans = [{"source_role": {"main": "None", "role": "GOV"}}, {"source_role": "UNKNOWN"},
             {"source_role": {}}, {"source_role": {"main": "EGY", "role": "COP"}}]
    assert coded_countries(spans, "source_role") == {"EGY"}


def test_detection_set_must_have_one_type():
    items = [gsr("x", "yes"), {**gsr("y", "yes"), "event_type": "PROTEST"}]
    with pytest.raises(ValueError):
        score_detection(items, {})


# ---------------------------------------------------------------- metrics and floors

def test_flat_metrics_and_floor_check():
    result = score_documents([doc([gold_event("AID", ["QAT"], ["PSE"])])],
                             {"d1": [pred_event("AID", ["QAT"], ["PSE"])]})
    metrics = flatten_metrics({"gold": result})
    assert metrics["gold.event_f1"] == 1.0
    assert "gold.date_accuracy" not in metrics          # nothing to measure: left out
    floors = {"gold.event_f1": 0.9, "gold.event_recall": 1.0, "detection.ASSAULT.f1": 0.1}
    assert check_floors(metrics, floors) == ["detection.ASSAULT.f1: not measured (floor 0.100)"]
    assert check_floors(metrics, floors, require_all=False) == []
    assert check_floors({**metrics, "gold.event_recall": 0.5}, floors, require_all=False) == [
        "gold.event_recall: 0.500 < floor 1.000"]


def test_pinned_floors_file_is_valid_and_names_measured_metrics():
    floors = load_floors(REPO_ROOT / "eval" / "floors.json")
    assert {"gold.event_f1", "gold.event_precision", "detection.ASSAULT.f1",
            "detection.PROTEST.f1"} <= floors.keys()
    raw = json.loads((REPO_ROOT / "eval" / "floors.json").read_text("utf-8"))
    assert "only go up" in raw["_comment"]
