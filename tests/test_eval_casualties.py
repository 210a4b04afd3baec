"""Running casualty totals against the daily reference series (hadath/evaluation/casualties.py)."""
from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import shared_path

from hadath.evaluation import corpora
from hadath.evaluation.casualties import (
    CasualtyReferenceError,
    load_reference,
    reference_directory,
    score_casualties,
)

GAZA_CITY = {"text": "غزة", "name": "Gaza", "country": "PSE", "lat": 31.5, "lon": 34.47,
             "precision": "city"}
NABLUS = {"text": "نابلس", "name": "Nablus", "country": "PSE", "lat": 32.22, "lon": 35.26,
          "precision": "city"}
TYRE = {"text": "صور", "name": "Tyre", "country": "LBN", "lat": 33.27, "lon": 35.2,
        "precision": "city"}
PALESTINE = {"text": "فلسطين", "name": "PSE", "country": "PSE", "lat": None, "lon": None,
             "precision": "country"}
PALESTINIANS = {"text": "الفلسطينيين", "country": "PSE", "sector": None}
SOLDIERS = {"text": "جنديا", "country": "ISR", "sector": "MIL"}


def write_reference(folder, gaza=None, west_bank=None, lebanon=None):
    gaza = gaza if gaza is not None else [
        {"report_date": "2024-03-01", "killed_cum": 30000, "injured_cum": 70000},
        {"report_date": "2024-03-02", "killed_cum": 30100, "injured_cum": 70300},
        {"report_date": "2024-03-03", "killed_cum": 30200, "injured_cum": 70600},
        {"report_date": "2024-03-20", "killed_cum": 31900, "injured_cum": 74000}]
    west_bank = west_bank if west_bank is not None else [
        {"report_date": "2024-03-02", "killed_cum": 400, "injured_cum": 4500,
         "verified": {"killed_cum": 410}}]
    lebanon = lebanon if lebanon is not None else [
        {"report_date": "2024-02-25", "killed_cum_reported": 300, "injured_cum_reported": 900},
        {"report_date": "2024-03-06", "killed_cum_reported": 330, "injured_cum_reported": 990}]
    for name, rows in (("casualties_daily.json", gaza), ("west_bank_daily.json", west_bank),
                       ("lebanon_casualties_daily.json", lebanon)):
        (folder / name).write_text(json.dumps(rows), encoding="utf-8")
    return folder


@pytest.fixture
def reference(tmp_path):
    return load_reference(write_reference(tmp_path))


def total(value, text=None, *, kind="killed", location=GAZA_CITY, recipients=(PALESTINIANS,),
          doc_id="d1", cumulative=True, date_value=None, start=10):
    return {"id": f"{doc_id}:{kind}:{value}", "doc_id": doc_id, "event": "ASSAULT",
            "location": location, "recipient": list(recipients),
            "date": date_value, "date_precision": "day" if date_value else None,
            kind: {"min": value, "max": value, "approx": False, "cumulative": cumulative,
                   "text": text or f"إلى {value} شهيد", "start": start, "end": start + 12},
            "sentence": {"start": 0, "end": 20}}


def score(reference, *events, published="2024-03-03", texts=None):
    return score_casualties(events, {e["doc_id"]: published for e in events}, reference, texts)


def test_a_total_the_series_holds_around_the_day_agrees(reference):
    result = score(reference, total(30150))
    assert (result["compared"], result["agree"]) == (1, 1)
    assert result["by_region"]["gaza"]["rate"] == 1.0
    assert result["disagreements"] == []


def test_a_rounded_total_agrees_within_the_tolerance(reference):
    assert score(reference, total(30000, "أكثر من 30 ألف شهيد"))["agree"] == 1


def test_an_injured_total_is_scored_under_its_kind(reference):
    result = score(reference, total(70500, "و70500 جريح", kind="injured"))
    assert result["by_kind"]["injured"] == {"compared": 1, "agree": 1, "rate": 1.0}
    assert result["by_kind"]["killed"]["compared"] == 0


def test_a_wrong_total_is_listed_with_its_sentence_and_range(reference):
    result = score(reference, total(72000, "و72000 جريح"),
                   texts={"d1": "ارتفع العدد إلى 72000 جريح في القطاع"})
    assert (result["compared"], result["agree"]) == (1, 0)
    wrong = result["disagreements"][0]
    assert (wrong["value"], wrong["region"], wrong["day_from"]) == (72000, "gaza", "published")
    assert (wrong["reference"]["low"], wrong["reference"]["high"]) == (30000, 30200)
    assert wrong["sentence"].startswith("ارتفع العدد")


def test_the_events_own_day_is_preferred_to_publication(reference):
    event = total(31900, date_value="2024-03-20")
    result = score(reference, event, published="2024-03-02")
    assert result["agree"] == 1
    assert score(reference, total(31900), published="2024-03-02")["agree"] == 0


def test_a_day_far_from_every_reference_row_is_not_compared(reference):
    result = score(reference, total(30100), published="2024-06-15")
    assert result["compared"] == 0
    assert result["skipped"] == {"no reference row near the day": 1}


def test_the_window_reaches_three_days_back_and_one_ahead(reference):
    assert score(reference, total(30000), published="2024-03-04")["agree"] == 1
    assert score(reference, total(30200), published="2024-03-02")["agree"] == 1
    assert score(reference, total(30000), published="2024-03-08")["compared"] == 0


def test_a_west_bank_place_is_compared_with_the_west_bank_series(reference):
    result = score(reference, total(405, location=NABLUS), published="2024-03-02")
    assert result["by_region"]["west_bank"] == {"compared": 1, "agree": 1, "rate": 1.0}
    assert result["by_region"]["gaza"]["compared"] == 0


def test_a_gaza_sized_total_placed_in_the_west_bank_disagrees(reference):
    result = score(reference, total(30100, location=NABLUS), published="2024-03-02")
    assert result["by_region"]["west_bank"]["agree"] == 0


def test_sparse_lebanon_rows_bracket_the_day(reference):
    lebanese = {"text": "مواطنين", "country": "LBN", "sector": None}
    result = score(reference, total(320, location=TYRE, recipients=(lebanese,)))
    assert result["by_region"]["lebanon"] == {"compared": 1, "agree": 1, "rate": 1.0}


def test_a_place_outside_the_three_regions_is_skipped(reference):
    cairo = {"text": "القاهرة", "country": "EGY", "lat": 30.04, "lon": 31.24, "precision": "city"}
    result = score(reference, total(30100, location=cairo), total(30100, location=PALESTINE,
                                                                   doc_id="d2"))
    assert result["compared"] == 0
    assert result["skipped"] == {"region not Gaza, West Bank or Lebanon": 2}


def test_an_armys_own_soldiers_are_not_compared(reference):
    result = score(reference, total(4300, "إصابة 4300 جندي", recipients=(SOLDIERS,)),
                   total(320, location=TYRE, doc_id="d2"))
    assert result["compared"] == 0
    assert result["skipped"] == {"victims not the region's people": 2}


def test_vague_totals_are_skipped(reference):
    result = score(reference, total(10000, "عشرات الآلاف"), total(1000, "آلاف", doc_id="d2"))
    assert result["compared"] == 0
    assert result["skipped"] == {"vague number": 2}


def test_a_local_tally_below_the_regions_floor_is_skipped(reference):
    result = score(reference, total(120, "إلى 120 شهيدا"))
    assert result["skipped"] == {"below the region's floor (a local tally)": 1}


def test_only_cumulative_counts_are_considered(reference):
    assert score(reference, total(30100, cumulative=False))["skipped"] == {}
    assert score(reference, total(30100, cumulative=False))["compared"] == 0


def test_one_count_shared_by_two_events_is_compared_once(reference):
    first, second = total(30100), total(30100)
    second["id"] = "d1:other"
    assert score(reference, first, second)["compared"] == 1


def test_publication_days_may_be_timestamps_or_dates(reference):
    event = total(30150)
    assert score_casualties([event], {"d1": "2024-03-03T09:00:00+03:00"}, reference)["agree"] == 1
    assert score_casualties([event], {"d1": date(2024, 3, 3)}, reference)["agree"] == 1


def test_a_missing_reference_file_is_a_clear_error(tmp_path):
    write_reference(tmp_path)
    (tmp_path / "west_bank_daily.json").unlink()
    with pytest.raises(CasualtyReferenceError, match="west_bank_daily.json"):
        load_reference(tmp_path)


def test_a_malformed_reference_row_is_a_clear_error(tmp_path):
    write_reference(tmp_path, gaza=[{"report_date": "March", "killed_cum": 3}])
    with pytest.raises(CasualtyReferenceError, match="report_date"):
        load_reference(tmp_path)
    write_reference(tmp_path, gaza=[{"report_date": "2024-03-01", "killed_cum": "many",
                                     "injured_cum": 5}])
    with pytest.raises(CasualtyReferenceError, match="not a count"):
        load_reference(tmp_path)


def test_a_series_without_its_field_is_a_clear_error(tmp_path):
    write_reference(tmp_path, lebanon=[{"report_date": "2024-03-01", "killed_cum": 3}])
    with pytest.raises(CasualtyReferenceError, match="killed_cum_reported"):
        load_reference(tmp_path)


# ---------------------------------------------------------------- shared wire files

# measured on the two wire files at the end of the thirteenth session: 56 compared, 93 % agree
# (Gaza 46/47); 54 and 87 % (Gaza 42/45) when the check was written
AGREEMENT_FLOOR = 0.85
GAZA_AGREEMENT_FLOOR = 0.9
MIN_COMPARED = 40


@pytest.mark.shared
def test_wire_totals_mostly_agree_with_the_reference():
    shared = shared_path("corpus", "casualty_reference").parents[1]
    reference = load_reference(reference_directory(shared))
    records = [{"id": r["id"], "text": r["text"],
                "published": corpora.valid_date(r.get("published"))}
               for relative in corpora.GOLD_CORPORA
               for r in corpora.read_jsonl(shared_path(relative))
               if "الشهداء" in r["text"] or "شهيد" in r["text"]]
    run = corpora.run_pipeline(records)
    events = [e for doc_events in run.events.values() for e in doc_events]
    result = score_casualties(events, {r["id"]: r["published"] for r in records}, reference,
                              run.texts)
    assert result["compared"] >= MIN_COMPARED
    assert result["rate"] >= AGREEMENT_FLOOR
    assert result["by_region"]["gaza"]["rate"] >= GAZA_AGREEMENT_FLOOR
