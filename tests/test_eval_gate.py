"""``hadath eval`` end to end: on a synthetic shared folder with an injected extractor, and
the CI gate on the real dev sets through the real pipeline (when ../shared is present)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.evaluation import corpora
from hadath.records import ActorMention, Document, Event, Result, Sentence, Span

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REPO_ROOT = Path(__file__).resolve().parents[1]

# own example sentences: one strike, one protest, one unrelated statement
STRIKE = "قصفت طائرات إسرائيلية بلدة في جنوب لبنان."
MARCH = "تظاهر مئات الطلاب أمام البرلمان."
WEATHER = "يتوقع أن يكون الطقس معتدلا غدا."


def keyword_extractor(records: Iterable[dict]) -> Iterator[Result]:
    """A stand-in pipeline: ASSAULT (ISR on LBN) on قصف, PROTEST on تظاهر."""
    for record in records:
        text = record["text"]
        document = Document(doc_id=record["id"], text=text, published=record.get("published"))
        sentence = Sentence(index=0, start=0, end=len(text))
        events = []
        for word, event_type in (("قصف", "ASSAULT"), ("تظاهر", "PROTEST")):
            at = text.find(word)
            if at < 0:
                continue
            actor = [ActorMention(at, at + 3, text[at:at + 3], None, "ISR", "MIL")] \
                if event_type == "ASSAULT" else []
            recipient = [ActorMention(0, 1, text[0], None, "LBN", "CVL")] \
                if event_type == "ASSAULT" else []
            events.append(Event(doc_id=record["id"], index=len(events), event=event_type,
                                mode=None, trigger=Span(word, at, at + len(word)),
                                sentence=sentence, actor=actor, recipient=recipient))
        yield Result(document=document, events=events)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def gold_event(event: str, actor: list[str], recipient: list[str], quote: str) -> dict:
    return {"event": event, "mode": None, "mutual": False, "date": None, "location": None,
            "actor": [{"country": c, "sector": None} for c in actor],
            "recipient": [{"country": c, "sector": None} for c in recipient],
            "killed": None, "injured": None, "arrested": None, "attributed_to": None,
            "quote": quote, "optional": False}


@pytest.fixture
def synthetic_shared(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    write_jsonl(shared / corpora.GOLD_CORPORA[0], [
        {"id": "doc-a", "title": "عنوان", "text": f"{STRIKE} {WEATHER}"},
        {"id": "doc-b", "title": "عنوان", "text": WEATHER}])
    write_jsonl(shared / "gold" / "dev_x.jsonl", [
        {"doc_id": "doc-a", "published": "2024-03-03", "complete": True,
         "events": [gold_event("ASSAULT", ["ISR"], ["LBN"], STRIKE)]},
        {"doc_id": "doc-b", "published": "2024-03-04", "complete": True,
         "events": [gold_event("PROTEST", [], [], WEATHER)]}])
    labels = [("s1", "yes", STRIKE), ("s2", "difficult no", MARCH),
              ("s3", "easy no", WEATHER), ("s4", "ambiguous", STRIKE)]
    write_jsonl(shared / "corpus" / "event_gsr" / "assault_dev.jsonl", [
        {"id": i, "event_type": "ASSAULT", "label": label, "text": text,
         "published": "2009-01-02", "spans": []} for i, label, text in labels])
    return shared


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpora, "default_extractor", lambda: keyword_extractor)


def run_json(capsys: pytest.CaptureFixture, argv: list[str]) -> tuple[int, dict]:
    code = main(["eval", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_eval_scores_a_synthetic_shared_folder(synthetic_shared, fake_pipeline, capsys):
    code, out = run_json(capsys, ["--shared", str(synthetic_shared), "--errors"])
    assert code == 0
    gold = out["gold"]
    assert (gold["tp"], gold["fp"], gold["fn"]) == (1, 0, 1)
    assert gold["files"]["dev_x.jsonl"]["recall"] == 0.5
    assert gold["errors"][0]["missed"][0]["event"] == "PROTEST"
    det = out["detection"]["ASSAULT"]
    assert (det["tp"], det["fp"], det["fn"], det["skipped"]) == (1, 0, 0, 1)
    assert out["metrics"]["detection.ASSAULT.difficult_no_specificity"] == 1.0


def test_gate_fails_below_a_floor_and_lists_it(synthetic_shared, fake_pipeline, capsys,
                                               tmp_path):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"_comment": "test", "gold.event_recall": 0.9,
                                  "gold.event_precision": 0.9}), "utf-8")
    code = main(["eval", "--shared", str(synthetic_shared), "--gate", "--floors", str(floors)])
    out = capsys.readouterr().out
    assert code == 1
    assert "gold.event_recall: 0.500 < floor 0.900" in out
    assert "gold.event_precision" not in out.split("gate:")[1]


def test_pred_file_is_scored_without_running_the_pipeline(synthetic_shared, tmp_path, capsys):
    pred = tmp_path / "pred.jsonl"
    write_jsonl(pred, [{"doc_id": "doc-b", "event": "PROTEST", "actor": [], "recipient": [],
                        "negated": False, "hypothetical": False}])
    gold = synthetic_shared / "gold" / "dev_x.jsonl"
    code, out = run_json(capsys, ["--gold", str(gold), "--pred", str(pred)])
    assert code == 0
    assert (out["gold"]["tp"], out["gold"]["fn"]) == (1, 1)
    assert not any(name.startswith("detection.") for name in out["metrics"])


def test_no_shared_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(corpora.SHARED_ENV, str(tmp_path / "nowhere"))
    monkeypatch.setattr(corpora, "REPO_ROOT", tmp_path / "repo")
    assert main(["eval", "--gate"]) == 0
    assert "skipped: no shared corpora" in capsys.readouterr().out
    assert main(["eval"]) == 2
    assert "no shared corpora" in capsys.readouterr().err


def test_missing_file_is_a_usage_error(synthetic_shared, capsys):
    assert main(["eval", "--shared", str(synthetic_shared), "--gold", "no-such.jsonl"]) == 2


def test_gold_documents_use_text_and_gold_published(synthetic_shared):
    gold = corpora.load_gold(corpora.gold_files(synthetic_shared))
    records = corpora.records_for_gold(gold, synthetic_shared)
    assert records[0] == {"id": "doc-a", "text": f"{STRIKE} {WEATHER}",
                          "published": "2024-03-03"}
    assert corpora.valid_date("2024-09-06T09:52:19+03:00") == "2024-09-06"
    assert corpora.valid_date("b9c4-d0-10") is None


def test_unknown_gold_doc_id_is_reported(synthetic_shared):
    gold = [{"doc_id": "no-such-doc", "events": []}]
    with pytest.raises(corpora.EvaluationDataError, match="no-such-doc"):
        corpora.records_for_gold(gold, synthetic_shared)


def test_shared_folder_from_the_environment(synthetic_shared, monkeypatch):
    monkeypatch.setenv(corpora.SHARED_ENV, str(synthetic_shared))
    assert corpora.find_shared() == synthetic_shared.resolve()
    assert corpora.find_shared(synthetic_shared / "gold") is None


@pytest.mark.shared
def test_gate_on_the_real_dev_sets(capsys):
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is absent")
    import hadath
    if not hasattr(hadath, "extract_documents"):
        pytest.skip("the pipeline (hadath.extract_documents) is not built yet")
    code, out = run_json(capsys, ["--shared", str(SHARED), "--gate"])
    assert out["gate"]["failures"] == [] and code == 0
    assert out["gold"]["documents"] == sum(
        1 for path in (SHARED / "gold").glob("*.jsonl") for _ in open(path, encoding="utf-8"))
    assert {"ASSAULT", "PROTEST"} <= out["detection"].keys()
    floors = json.loads((REPO_ROOT / "eval" / "floors.json").read_text("utf-8"))
    assert {k for k in floors if not k.startswith("_")} <= out["metrics"].keys()


def test_rules_only_scores_the_pipeline_without_the_rescorer(synthetic_shared, capsys, monkeypatch):
    import hadath
    seen: list[bool] = []

    def recording_extractor(records, **options):
        seen.append(options.get("rescore", True))
        return keyword_extractor(records)

    monkeypatch.setattr(hadath, "extract_documents", recording_extractor)
    code, out = run_json(capsys, ["--shared", str(synthetic_shared), "--rules-only"])
    assert code == 0 and out["gold"]["tp"] == 1
    assert seen and not any(seen)
