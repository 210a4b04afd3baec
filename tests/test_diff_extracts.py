"""scripts/diff_extracts.py: the comparison every rule round is measured with.  Records and
texts are made up for these tests."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("diff_extracts", ROOT / "scripts" / "diff_extracts.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module     # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


TEXT = "قصفت طائرات حربية مخزنا في بلدة ما. واعتقلت الشرطة رجلين."


def event(kind: str, trigger: str, *, actor: str | None = None, recipient: str | None = None,
          killed: int | None = None) -> dict:
    start = TEXT.index(trigger)
    sentence_start = TEXT.rfind(".", 0, start) + 1
    sentence_end = TEXT.index(".", start) + 1
    party = lambda words: [{"text": words, "country": None, "sector": None}] if words else []
    return {"doc_id": "d1", "event": kind, "rule": "r", "trigger": {"text": trigger, "start": start},
            "sentence": {"start": sentence_start, "end": sentence_end},
            "actor": party(actor), "recipient": party(recipient), "mode": None, "mutual": False,
            "date": None, "location": None, "attributed_to": None, "arrested": None, "injured": None,
            "killed": {"text": "x", "min": killed, "max": killed} if killed else None}


def test_added_removed_and_changed_events_are_told_apart(tool) -> None:
    old = [event("ASSAULT", "قصفت", recipient="مخزنا"), event("COERCE", "اعتقلت")]
    new = [event("ASSAULT", "قصفت", actor="طائرات حربية", recipient="مخزنا")]
    d = tool.diff(tool.keyed(old, {}), tool.keyed(new, {}))
    assert (len(d.added), len(d.removed), len(d.changed)) == (0, 1, 1)
    assert d.removed[0][1] == "COERCE"
    assert d.changed_fields(d.changed[0]) == ["actor"]
    assert tool.summary(d)[0] == "old 2 new 1 added 0 removed 1 changed 1"


def test_a_count_that_moves_is_a_changed_field_and_types_filter(tool) -> None:
    old = [event("ASSAULT", "قصفت", killed=2), event("COERCE", "اعتقلت", recipient="رجلين")]
    new = [event("ASSAULT", "قصفت", killed=3), event("COERCE", "اعتقلت")]
    d = tool.diff(tool.keyed(old, {}), tool.keyed(new, {}), types={"ASSAULT"})
    assert [d.changed_fields(k) for k in d.changed] == [["killed"]]


def test_text_keys_survive_offsets_that_move(tool) -> None:
    before = event("COERCE", "اعتقلت")
    after = json.loads(json.dumps(before))
    shift = 5
    after["trigger"]["start"] += shift
    after["sentence"] = {"start": before["sentence"]["start"] + shift, "end": before["sentence"]["end"] + shift}
    texts_old, texts_new = {"d1": TEXT}, {"d1": " " * shift + TEXT}
    by_offset = tool.diff(tool.keyed([before], texts_old), tool.keyed([after], texts_new))
    by_text = tool.diff(tool.keyed([before], texts_old, tool.text_key),
                        tool.keyed([after], texts_new, tool.text_key))
    assert (len(by_offset.added), len(by_offset.removed)) == (1, 1)
    assert (len(by_text.added), len(by_text.removed), len(by_text.changed)) == (0, 0, 0)


def test_the_sample_shows_the_sentence_and_old_and_new_values(tool, tmp_path, capsys) -> None:
    old_path, new_path, docs = tmp_path / "old.jsonl", tmp_path / "new.jsonl", tmp_path / "docs.jsonl"
    old_path.write_text(json.dumps(event("ASSAULT", "قصفت"), ensure_ascii=False) + "\n", encoding="utf-8")
    new_path.write_text(json.dumps(event("ASSAULT", "قصفت", actor="طائرات حربية"), ensure_ascii=False) + "\n",
                        encoding="utf-8")
    docs.write_text(json.dumps({"doc_id": "d1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    tool.main([str(old_path), str(new_path), "--show", "5", "--documents", str(docs), str(docs)])
    out = capsys.readouterr().out
    assert "changed 1" in out
    assert "sentence: قصفت طائرات حربية مخزنا في بلدة ما." in out
    assert "actor: [] -> [('طائرات حربية', None, None)]" in out
