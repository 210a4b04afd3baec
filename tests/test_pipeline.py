"""End to end: raw input -> event records, on the seed article and the bundled samples."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hadath
from hadath.cli.demo import sample_folder, sample_inputs
from hadath.ingest import iter_raw
from hadath.pipeline import record_to_raw
from hadath.records import DocError

from conftest import shared_path

SEED = ("corpus", "seed", "sisi_blinken_2024-09-18.txt")


def _spans(record: dict):
    """Every span-like dict in an event record."""
    for key in ("actor", "recipient"):
        yield from record[key]
    for key in ("date_span", "location", "killed", "injured", "arrested", "attributed_to", "trigger"):
        if record.get(key) and "start" in record[key]:
            yield record[key]


def _assert_offsets(text: str, record: dict) -> None:
    for span in _spans(record):
        assert text[span["start"]:span["end"]] == span["text"], (record["id"], span)
    s = record["sentence"]
    assert 0 <= s["start"] < s["end"] <= len(text)


@pytest.fixture(scope="module")
def seed_result():
    path = shared_path(*SEED)
    pipeline = hadath.default_pipeline()
    (raw,) = list(iter_raw([str(path)]))
    result = pipeline.process(raw, published="2024-09-18")
    assert not isinstance(result, DocError), result
    return result


def test_seed_cookie_banner_is_removed_and_in_no_event(seed_result):
    doc = seed_result.document
    assert "أوافق" not in doc.text and "ملفات تعريف الارتباط" not in doc.text
    assert doc.removed, "the banner must be recorded in removed"
    raw = shared_path(*SEED).read_text(encoding="utf-8")
    removed_text = " ".join(raw[r.start:r.end] for r in doc.removed)
    assert "بيان الخصوصية" in removed_text and "أوافق" in removed_text
    for e in seed_result.events:
        assert e.sentence.end <= len(doc.text)


def test_seed_consult_between_egypt_and_the_united_states(seed_result):
    consults = [e for e in seed_result.events if e.event == "CONSULT"
                and {"EGY", "USA"} <= {a.country for a in e.actor + e.recipient}]
    assert consults, [e.to_dict() for e in seed_result.events]
    assert consults[0].date == "2024-09-18"


def test_seed_lebanon_attack_with_counts_and_source(seed_result):
    attacks = [e for e in seed_result.events if e.event == "ASSAULT" and e.date == "2024-09-17"]
    assert attacks, [e.to_dict() for e in seed_result.events]
    e = attacks[0]
    assert e.location is not None and e.location.country == "LBN"
    assert (e.killed.min, e.killed.max) == (9, 9)
    assert (e.injured.min, e.injured.max, e.injured.approx) == (2800, 2800, True)
    assert e.attributed_to is not None and e.attributed_to.text == "احصائية أولية"


def test_seed_spans_satisfy_the_offset_identity(seed_result):
    for e in seed_result.events:
        _assert_offsets(seed_result.document.text, e.to_dict())


def test_sample_corpus_spans_satisfy_the_offset_identity():
    pipeline = hadath.default_pipeline(include_nonfactual=True)
    dates = json.loads((sample_folder() / "published.json").read_text(encoding="utf-8"))
    n_docs = n_events = 0
    for raw in iter_raw(sample_inputs()):
        assert not isinstance(raw, DocError), raw
        result = pipeline.process(raw, published=dates.get(Path(raw.source).name))
        assert not isinstance(result, DocError), result
        n_docs += 1
        for e in result.events:
            n_events += 1
            _assert_offsets(result.document.text, e.to_dict())
    assert n_docs >= 15 and n_events >= 15


def test_event_records_follow_the_contract():
    text = ("عنوان\n\nقصفت طائرات إسرائيلية فجر اليوم منزلا في مدينة خان يونس، ما أسفر عن "
            "مقتل خمسة أشخاص وإصابة 12 آخرين، بحسب مصادر طبية.")
    events = hadath.extract(text, published="2025-03-02")
    assert events
    rec = events[0].to_dict()
    expected_keys = {"id", "doc_id", "event", "mode", "quad", "actor", "recipient", "date",
                     "date_precision", "date_span", "location", "killed", "injured", "arrested",
                     "attributed_to", "trigger", "sentence", "negated", "hypothetical", "confidence"}
    assert expected_keys <= set(rec)
    assert rec["event"] == "ASSAULT" and rec["quad"] == 4
    assert rec["date"] == "2025-03-02"
    assert rec["killed"]["min"] == 5 and rec["injured"]["min"] == 12
    _assert_offsets(text, rec)


def test_without_a_publication_date_relative_dates_stay_unresolved():
    text = "عنوان\n\nقصفت طائرات إسرائيلية أمس منزلا في مدينة خان يونس وقتلت ثلاثة أشخاص."
    events = hadath.extract(text)
    assert events and all(e.date is None for e in events)


def test_cli_batch_goes_on_past_bad_documents(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("عنوان الخبر\n\nاعتقلت الشرطة العراقية أمس خمسة متظاهرين في البصرة، "
                    "بحسب مصدر أمني.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "english.txt").write_text("The quick brown fox jumps over the lazy dog. " * 5,
                                          encoding="utf-8")
    out = tmp_path / "events.jsonl"
    proc = subprocess.run([sys.executable, "-m", "hadath.cli", "extract", str(tmp_path), "-o",
                           str(out), "--published", "2024-05-01"],
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert "documents read: 4" in proc.stderr and "failed: 3" in proc.stderr
    for reason in ("empty", "binary", "not-arabic"):
        assert reason in proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["doc_id"] == "good" for r in records)


def test_cli_usage_errors_exit_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "hadath.cli", "extract", str(tmp_path),
                           "--published", "yesterday"], capture_output=True, text=True)
    assert proc.returncode == 2 and "not a date" in proc.stderr


def test_cli_version_and_help():
    out = subprocess.run([sys.executable, "-m", "hadath.cli", "--version"], capture_output=True, text=True)
    assert out.stdout.strip() == f"hadath {hadath.__version__}"
    for cmd in ("extract", "demo"):
        h = subprocess.run([sys.executable, "-m", "hadath.cli", cmd, "--help"], capture_output=True, text=True)
        assert h.returncode == 0 and "examples:" in h.stdout


def test_rules_only_pipeline_skips_the_rescorer():
    text = "عنوان\n\nوقصفت طائرات حربية فجر اليوم منزلا في مدينة خان يونس وقتلت ثلاثة أشخاص."
    pipeline = hadath.default_pipeline(rescore=False)
    result = pipeline.process(record_to_raw({"id": "r", "text": text}), published="2025-03-02")
    assert result.events and all("/model:" not in e.rule for e in result.events)
    rescored = hadath.default_pipeline().process(record_to_raw({"id": "r", "text": text}),
                                                 published="2025-03-02")
    assert any("/model:" in e.rule for e in rescored.events)
