"""Kill -9 an ingest mid-run, run it again, and end with exactly what one clean run stores
(documents, events, dedup groups and canonical summaries), on both backends."""
from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from hadath.store import Store
from test_dedup import count, entity, make_document, make_event, place
from test_store import _pg_admin_url

REPO = Path(__file__).resolve().parents[1]
N_DOCUMENTS = 1500
KILL_AT = (0.15, 0.55)          # kill when this share of documents is stored
TOWNS = [("Town A", 31.50, 34.46), ("Town B", 31.35, 34.30), ("Town C", 31.29, 34.25),
         ("Town D", 32.22, 35.25), ("Town E", 32.46, 35.29)]
OUTLETS = ["one.net", "two.com", "three.org", "four.tv"]


def generated_results(n: int, seed: int = 7) -> list[tuple[dict, list[dict]]]:
    """Documents from several outlets, many reporting the same fabricated strikes."""
    rng = random.Random(seed)
    results = []
    for i in range(n):
        doc_id = f"{OUTLETS[i % len(OUTLETS)].split('.')[0]}-{i:05d}"
        day = 1 + (i // 40) % 28
        published = f"2024-03-{day:02d}"
        events = []
        for index in range(rng.randint(0, 3)):
            town, lat, lon = rng.choice(TOWNS)
            events.append(make_event(
                doc_id, index, mode=rng.choice(["aerial", "heavy-weapons", None]),
                date=rng.choice([published, None]), location=place(town, lat=lat, lon=lon),
                killed=count(rng.choice([3, 4, 5, 12])),
                recipient=[entity("أشخاص", "PSE", "CVL")]))
        url = f"https://www.{OUTLETS[i % len(OUTLETS)]}/news/{i}"
        results.append((make_document(doc_id, published=published, url=url, extra=f" {i}"),
                        events))
    return results


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path):
    """A factory of fresh store URLs on one backend."""
    schemas: list[str] = []
    if request.param == "sqlite":
        yield lambda name: str(tmp_path / f"{name}.db")
        return
    import psycopg
    admin = _pg_admin_url()

    def make(name: str) -> str:
        schema = f"hadath_c_{name}_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        separator = "&" if "?" in admin else "?"
        return f"{admin}{separator}options={quote(f'-csearch_path={schema}')}"

    yield make
    with psycopg.connect(admin, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def _ingest_command(results: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "hadath.cli", "ingest", "--results", str(results),
            "--db", url, "-q"]


def _stored_documents(store: Store) -> int:
    return int(store.backend.query("SELECT COUNT(*) FROM documents")[0][0])


def _kill_when_stored(results: Path, url: str, share: float) -> int:
    """Start an ingest, SIGKILL it once ``share`` of the documents are stored; returns how
    many were stored when it died."""
    with Store(url) as watcher:
        process = subprocess.Popen(_ingest_command(results, url), cwd=REPO,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while process.poll() is None and _stored_documents(watcher) < share * N_DOCUMENTS:
                time.sleep(0.005)
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        stderr = process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        assert process.returncode == -signal.SIGKILL, f"ingest ended on its own: {stderr}"
        return _stored_documents(watcher)


def _snapshot(url: str) -> dict:
    with Store(url) as store:
        events = store.events()
        canonical = store.canonical_events()
        documents = store.documents()
    return {
        "documents": sorted((d["doc_id"], d["content_hash"], d["n_events"]) for d in documents),
        "events": sorted(json.dumps({k: v for k, v in e.items()}, sort_keys=True) for e in events),
        "groups": sorted(sorted(m["event_id"] for m in c["mentions"]) for c in canonical),
        "summaries": sorted(json.dumps({k: v for k, v in c.items() if k != "mentions"},
                                       sort_keys=True, default=str) for c in canonical),
    }


def test_killed_ingest_resumes_to_the_clean_result(fresh_url, tmp_path):
    results = tmp_path / "results.jsonl"
    with results.open("w", encoding="utf-8") as out:
        for document, events in generated_results(N_DOCUMENTS):
            out.write(json.dumps({"document": document, "events": events},
                                 ensure_ascii=False) + "\n")
    clean_url, crashed_url = fresh_url("clean"), fresh_url("crashed")
    clean = subprocess.run(_ingest_command(results, clean_url), cwd=REPO, capture_output=True,
                           text=True, timeout=600)
    assert clean.returncode == 0, clean.stderr
    with Store(crashed_url):
        pass                                  # schema in place before the watcher polls
    stored_at_kill = [_kill_when_stored(results, crashed_url, share) for share in KILL_AT]
    assert 0 < stored_at_kill[0] <= stored_at_kill[1] < N_DOCUMENTS
    resumed = subprocess.run(_ingest_command(results, crashed_url), cwd=REPO,
                             capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    expected, got = _snapshot(clean_url), _snapshot(crashed_url)
    assert len(expected["documents"]) == N_DOCUMENTS
    assert len(expected["groups"]) < len(expected["events"])     # dedup did merge
    for key in expected:
        assert got[key] == expected[key], key
    with Store(crashed_url) as store:
        runs = store.runs()
    assert [r["status"] for r in runs] == ["running", "running", "done"]
