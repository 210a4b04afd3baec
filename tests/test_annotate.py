"""``hadath annotate`` and the numbers/time evaluation that runs through it."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.cli.annotate import annotate_text
from hadath.evaluation.numbers_time import score_numbers_time, score_timex

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DUCKLING = SHARED / "corpus" / "numbers_time" / "duckling_ar_dev.jsonl"
TIMEX = SHARED / "corpus" / "heideltime_timex" / "Corpus_test"

TEXT = "قتل أكثر من 30 شخصا أمس (الثلاثاء) في الجولة الرابعة من القصف، وأصيب عشرات آخرون"


def run_cli(argv: list[str], stdin: str | None = None, capsys=None, monkeypatch=None) -> tuple[int, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    return code, capsys.readouterr().out


def test_annotate_text_lists_every_kind_of_mention():
    out = annotate_text(TEXT, "2024-09-18")
    assert set(out) == {"numbers", "ordinals", "times", "actors", "places"}
    first = out["numbers"][0]
    assert (first["text"], first["min"], first["max"]) == ("أكثر من 30", 30, None)
    assert out["numbers"][1]["min"] == 10 and out["numbers"][1]["value"] is None
    assert [o["value"] for o in out["ordinals"]] == [4]
    assert out["times"][0]["value"] == "2024-09-17" and out["times"][0]["precision"] == "day"
    for group in ("numbers", "ordinals", "times"):
        for m in out[group]:
            assert TEXT[m["start"]:m["end"]] == m["text"]


def test_cli_prints_json(capsys, monkeypatch):
    code, out = run_cli(["annotate", TEXT, "--published", "2024-09-18"], capsys=capsys)
    assert code == 0
    assert json.loads(out)["times"][0]["text"] == "أمس (الثلاثاء)"


def test_cli_reads_stdin_and_files(capsys, monkeypatch, tmp_path):
    code, out = run_cli(["annotate", "-", "--published", "2024-09-18", "--prefer", "future"],
                        stdin="يصل الوفد الخميس", capsys=capsys, monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["times"][0]["value"] == "2024-09-19"
    path = tmp_path / "doc.txt"
    path.write_text("وصل 12 مسعفا", encoding="utf-8")
    code, out = run_cli(["annotate", "--file", str(path)], capsys=capsys)
    assert code == 0 and json.loads(out)["numbers"][0]["value"] == 12


def test_cli_without_anchor_reports_unresolved_span(capsys):
    code, out = run_cli(["annotate", "قصف أمس"], capsys=capsys)
    assert code == 0
    assert json.loads(out)["times"] == [{"text": "أمس", "start": 4, "end": 7, "value": None,
                                         "precision": None, "kind": "date"}]


@pytest.mark.parametrize("argv", [["annotate", "نص", "--published", "أمس"],
                                  ["annotate", "   "],
                                  ["annotate", "--file", "/nonexistent/file.txt"]])
def test_cli_usage_errors(argv, capsys):
    assert main(argv) == 2


def test_help_shows_examples(capsys):
    with pytest.raises(SystemExit):
        main(["annotate", "--help"])
    assert "examples:" in capsys.readouterr().out


def test_score_reports_per_dimension_and_failures(tmp_path):
    path = tmp_path / "mini.jsonl"
    records = [
        {"dimension": "numeral", "phrase": "سبعة عشر", "expected": {"value": 17, "type": "value"}},
        {"dimension": "numeral", "phrase": "كلمة", "expected": {"value": 3, "type": "value"}},
        {"dimension": "ordinal", "phrase": "الرابع", "expected": {"value": 4, "type": "ordinal"}},
        {"dimension": "time", "phrase": "غدا", "reference_time": "2020-06-10T08:00:00+00:00",
         "expected": {"value": "2020-06-11T00:00:00+00:00", "grain": "day", "type": "value"}},
        {"dimension": "distance", "phrase": "3 كم", "expected": {"value": 3}},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    report = score_numbers_time(path)
    assert report["dimensions"]["numeral"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert report["dimensions"]["ordinal"]["accuracy"] == 1.0
    assert report["dimensions"]["time_day"]["accuracy"] == 1.0
    assert report["skipped"] == {"distance": 1}
    assert [f["phrase"] for f in report["failures"]] == ["كلمة"]


@pytest.mark.shared
def test_duckling_targets():
    if not DUCKLING.exists():
        pytest.skip("shared corpus not available")
    dims = score_numbers_time(DUCKLING)["dimensions"]
    for dim in ("numeral", "ordinal", "time_day", "time_month", "time_year"):
        assert dims[dim]["accuracy"] >= 0.97, (dim, dims[dim])


@pytest.mark.shared
def test_timex_agreement_is_measured():
    if not TIMEX.exists():
        pytest.skip("shared corpus not available")
    report = score_timex(TIMEX)
    # regression floors for a silver set (measured 0.50 and 0.89 when written)
    assert report["gold_overall"] >= 0.45
    assert report["ours_overlapping_gold"] >= 0.8
