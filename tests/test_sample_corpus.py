"""The bundled sample corpus (hadath/sample) and the benchmark scripts (bench/)."""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

from hadath.clean import Cleaner
from hadath.cli.demo import sample_inputs
from hadath.ingest import iter_raw
from hadath.records import INTERNATIONAL_CODES, PLOVER_QUADS, SECTORS, DocError, Document

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "hadath" / "sample"
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNT_KEYS = ("killed", "injured", "arrested")


def load_bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def expected_documents() -> dict[str, dict]:
    lines = (SAMPLE / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return {doc["doc_id"]: doc for doc in map(json.loads, lines)}


@pytest.fixture(scope="module")
def clean_documents() -> dict[str, Document]:
    published = json.loads((SAMPLE / "published.json").read_text(encoding="utf-8"))
    cleaner, documents = Cleaner(), {}
    for raw in iter_raw(sample_inputs()):
        assert not isinstance(raw, DocError), raw
        file_name = Path(raw.source.split(":")[0]).name
        document = cleaner.try_clean(raw, published=published.get(file_name))
        assert not isinstance(document, DocError), document
        documents[document.doc_id] = document
    return documents


def test_sample_has_the_promised_mix():
    names = [p.name for p in SAMPLE.iterdir()]
    articles = [n for n in names if re.match(r"^\d\d-[a-z0-9-]+\.(html|txt|jsonl)$", n)]
    assert len(articles) >= 15
    assert {n.rsplit(".", 1)[1] for n in articles} == {"html", "txt", "jsonl"}


def test_every_expected_document_exists_and_every_document_is_annotated(clean_documents):
    assert set(expected_documents()) == set(clean_documents)


def test_quotes_are_exact_substrings_of_the_clean_text(clean_documents):
    for doc_id, doc in expected_documents().items():
        for event in doc["events"]:
            assert event["quote"] in clean_documents[doc_id].text, (doc_id, event["quote"])


def test_published_dates_agree_with_the_pages_and_the_mapping(clean_documents):
    for doc_id, doc in expected_documents().items():
        assert clean_documents[doc_id].published == doc["published"], doc_id


def test_legacy_encodings_decode_to_arabic(clean_documents):
    for doc_id in ("14-egypt-eu-agreement", "15-europe-protests"):
        text = clean_documents[doc_id].text
        assert sum("\u0621" <= ch <= "\u064a" for ch in text) > 500, doc_id
    raw_1256 = (SAMPLE / "14-egypt-eu-agreement.txt").read_bytes()
    raw_utf16 = (SAMPLE / "15-europe-protests.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw_1256.decode("utf-8")
    assert raw_utf16[:2] in (b"\xff\xfe", b"\xfe\xff")


def valid_country(code: str) -> bool:
    return code in INTERNATIONAL_CODES or pycountry.countries.get(alpha_3=code) is not None


def check_entity(entity: dict, where: str) -> None:
    assert set(entity) <= {"country", "sector", "name"}, where
    assert valid_country(entity["country"]), where
    assert entity["sector"] is None or entity["sector"] in SECTORS, where


def check_count(count: dict | None, where: str) -> None:
    if count is None:
        return
    assert isinstance(count["min"], int) and count["min"] >= 0, where
    assert count["max"] is None or count["max"] >= count["min"], where
    assert isinstance(count.get("approx", False), bool), where


def test_expected_events_follow_the_gold_format():
    for doc_id, doc in expected_documents().items():
        assert doc["complete"] is True and DATE.match(doc["published"]), doc_id
        for event in doc["events"]:
            where = f"{doc_id}: {event['quote']}"
            assert event["event"] in PLOVER_QUADS, where
            for entity in event["actor"] + event["recipient"]:
                check_entity(entity, where)
            assert event["date"] is None or DATE.match(event["date"]), where
            assert event["date"] is None or event["date"] <= doc["published"], where
            if event["location"] is not None:
                country = event["location"]["country"]
                assert country is None or valid_country(country), where
                assert event["location"]["place"], where
            for key in COUNT_KEYS:
                check_count(event[key], where)
            assert isinstance(event["mutual"], bool) and isinstance(event["optional"], bool), where


def test_hard_negative_articles_expect_no_event_of_the_misleading_type():
    expected = expected_documents()
    sport_types = {e["event"] for e in expected["10-sport-economy"]["events"]}
    assert "ASSAULT" not in sport_types
    denial_types = {e["event"] for e in expected["17-iraq-denials-calls"]["events"]}
    assert not denial_types & {"ASSAULT", "PROTEST", "CONSULT"}


# ------------------------------------------------------------------ bench/

def test_generator_is_deterministic_and_prefix_stable(tmp_path):
    generate = load_bench("generate")
    generate.generate(12, tmp_path / "a", seed=5)
    generate.generate(4, tmp_path / "b", seed=5)
    for kind, suffix in (("text", "txt"), ("html", "html")):
        for i in range(4):
            name = f"{kind}/{i:05d}.{suffix}"
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    manifest = (tmp_path / "a" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(manifest) == 24


def test_generated_html_keeps_chrome_and_sets_the_date(tmp_path):
    generate = load_bench("generate")
    generate.generate(3, tmp_path, seed=1)
    entries = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    html_entry = next(e for e in entries if e["kind"] == "html")
    page = (tmp_path / html_entry["path"]).read_text(encoding="utf-8")
    assert f'content="{html_entry["published"]}T' in page
    assert "cookie" in page and "<footer" in page and page.count("<p>") >= 4


def test_generator_swaps_places_only_as_whole_words():
    generate = load_bench("generate")
    pattern = generate.whole_word("عمان")
    assert pattern.search("وصل الوفد إلى عمان أمس")
    assert pattern.search("وصل الوفد وعمان")
    assert not pattern.search("قال الجيش العماني")


def test_run_reports_a_table_through_an_injected_batch_function(tmp_path, monkeypatch):
    generate = load_bench("generate")
    generate.generate(3, tmp_path / "corpus", seed=2)
    fake = tmp_path / "fakebatch.py"
    fake.write_text(
        "from types import SimpleNamespace\n"
        "def extract_documents(records, **_):\n"
        "    for r in records:\n"
        "        yield SimpleNamespace(events=[r['id']])\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    out = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), str(tmp_path / "corpus"),
                          "--repeats", "1", "--api", "fakebatch:extract_documents"],
                         capture_output=True, text=True, check=True).stdout
    rows = {line.split("|")[1].strip(): line.split("|") for line in out.splitlines()
            if line.startswith("| ") and not line.startswith("| measurement")}
    assert set(rows) == {"pipeline-text", "pipeline-html", "trafilatura"}
    assert rows["pipeline-text"][2].strip() == "3" and rows["pipeline-text"][4].strip() == "3"
    assert "trafilatura-alone time" in out
