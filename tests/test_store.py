"""The event store on both backends: idempotent ingest, replacement, atomicity, dedup,
filters, exports, CLI.  PostgreSQL runs when $HADATH_TEST_PG points at a server (each test
in a schema of its own); outside CI it skips with a message when none is reachable."""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from hadath.resources import DataError
from hadath.store import EventFilter, Store, dedup
from hadath.store.export import (acled_mapping, acled_row, acled_type, plover_record,
                                 validate_acled_mapping)
from test_dedup import count, entity, make_document, make_event, place

REPO = Path(__file__).resolve().parents[1]
PG_ENV = "HADATH_TEST_PG"


def _pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set in CI (run scripts/ci_postgres.sh)")
        pytest.skip(f"PostgreSQL tests skipped: set {PG_ENV}=postgresql://... "
                    "(scripts/ci_postgres.sh starts one)")
    try:
        import psycopg
        psycopg.connect(url, connect_timeout=3).close()
    except Exception as exc:  # no driver or no server
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {PG_ENV} unreachable in CI: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {PG_ENV} unreachable ({exc})")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "events.db")
        return
    import psycopg
    admin = _pg_admin_url()
    schema = f"hadath_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in admin else "?"
    yield f"{admin}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(db_url):
    with Store(db_url) as opened:
        yield opened


def strike(doc_id: str, **kwargs):
    kwargs.setdefault("location", place())
    kwargs.setdefault("killed", count(5))
    kwargs.setdefault("recipient", [entity("أشخاص", "PSE", "CVL")])
    return make_event(doc_id, **kwargs)


# ---------------------------------------------------------------- identity and idempotence

def test_new_document_stores_its_event_records(store):
    events = [strike("aa-1", index=0), make_event("aa-1", 1, event="ACCUSE", mode=None)]
    assert store.put(make_document("aa-1"), events) == "new"
    stored = store.events()
    assert [e["id"] for e in stored] == ["aa-1:0", "aa-1:1"]
    for original, back in zip(events, stored):
        assert {k: back[k] for k in original} == original
    assert stored[0]["quote"] == make_document("aa-1")["text"]
    assert store.stats()["documents"] == 1


def test_same_document_again_adds_nothing(store):
    for _ in range(3):
        store.put(make_document("aa-1"), [strike("aa-1")])
    assert store.put(make_document("aa-1"), [strike("aa-1")]) == "skipped"
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["canonical_events"]) == (1, 1, 1)


def test_changed_document_replaces_its_events(store):
    store.put(make_document("aa-1"), [strike("aa-1", index=0), strike("aa-1", index=1,
                                                                     location=None)])
    changed = make_document("aa-1", extra=" وأصيب آخرون")
    assert store.put(changed, [strike("aa-1", index=0, killed=count(6))]) == "replaced"
    stored = store.events()
    assert [e["id"] for e in stored] == ["aa-1:0"]
    assert stored[0]["killed"]["min"] == 6
    assert store.stats()["canonical_events"] == 1


def test_same_url_under_another_id_is_the_same_document(store):
    url = "https://www.example-news.com/a/1"
    store.put(make_document("aa-1", url=url), [strike("aa-1")])
    assert store.put(make_document("bb-7", url=url, extra="!"), [strike("bb-7")]) == "replaced"
    assert [d["doc_id"] for d in store.documents()] == ["bb-7"]
    assert store.events()[0]["outlet"] == "example-news.com"


def test_a_failing_document_leaves_nothing_behind(store):
    broken = strike("aa-1", index=1)
    del broken["event"]
    with pytest.raises(KeyError):
        store.put(make_document("aa-1"), [strike("aa-1"), broken])
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["canonical_events"]) == (0, 0, 0)


def test_a_failing_document_inside_a_batch_leaves_the_others(store):
    # bb-1's first event joins aa-1's strike before its second one fails: the savepoint
    # takes back the join, and the group kept in memory is not trusted afterwards.
    broken = strike("bb-1", index=1)
    del broken["event"]
    with store.batch():
        store.put(make_document("aa-1"), [strike("aa-1")])
        with pytest.raises(KeyError):
            store.put(make_document("bb-1"), [strike("bb-1"), broken])
        store.put(make_document("cc-1"), [strike("cc-1")])
    assert [d["doc_id"] for d in store.documents()] == ["aa-1", "cc-1"]
    (canonical,) = store.canonical_events()
    assert canonical["n_mentions"] == 2 and canonical["n_documents"] == 2
    assert sorted(m["doc_id"] for m in canonical["mentions"]) == ["aa-1", "cc-1"]
    before = _groups(store)
    store.rededup()
    assert _groups(store) == before


def test_an_ingest_stopped_by_a_failing_document_keeps_the_batch_before_it(store):
    from hadath.store import ingest
    broken = strike("bb-1", index=1)
    del broken["event"]
    items = [(make_document("aa-1"), [strike("aa-1")]),
             (make_document("bb-1"), [strike("bb-1"), broken]),
             (make_document("cc-1"), [strike("cc-1")])]
    with pytest.raises(KeyError):
        ingest(store, items, commit_every=10)
    assert [d["doc_id"] for d in store.documents()] == ["aa-1"]
    assert store.stats()["events"] == 1
    (run,) = store.runs()
    assert run["status"] == "interrupted" and run["n_seen"] == 2


def test_ingest_commits_in_batches_and_stores_every_document(store):
    from hadath.store import ingest
    items = [(make_document(f"d{i % 3}-{i}"), [strike(f"d{i % 3}-{i}")]) for i in range(7)]
    report = ingest(store, items, commit_every=3)
    assert report.counts["new"] == 7 and store.stats()["documents"] == 7
    assert store.stats()["canonical_events"] == 1


def test_reopening_keeps_schema_and_data(db_url):
    with Store(db_url) as first:
        first.put(make_document("aa-1"), [strike("aa-1")])
        version = first.schema_version
    with Store(db_url) as second:
        assert second.schema_version == version >= 1
        assert second.stats()["events"] == 1


def test_rerun_skips_unchanged_raw_inputs_before_extraction(store, tmp_path):
    from hadath.store.ingest import Extracted, Unchanged, extracted, ingest
    text = tmp_path / "news.txt"
    text.write_text("اعتقلت الشرطة ثلاثة شبان في مدينة الخليل صباح اليوم.\n", encoding="utf-8")
    first = list(extracted([str(text)], published="2024-08-14", store=store))
    assert [type(item) for item in first] == [Extracted]
    assert ingest(store, first).counts["new"] == 1
    again = list(extracted([str(text)], published="2024-08-14", store=store))
    assert again == [Unchanged(first[0].result.document.doc_id)]
    assert ingest(store, again).counts["skipped"] == 1
    # Another --published fallback is another input: extracted again, then found unchanged.
    other = list(extracted([str(text)], published="2024-08-15", store=store))
    assert [type(item) for item in other] == [Extracted]
    text.write_text("اعتقلت الشرطة أربعة شبان في مدينة الخليل صباح اليوم.\n", encoding="utf-8")
    changed = list(extracted([str(text)], published="2024-08-14", store=store))
    assert [type(item) for item in changed] == [Extracted]
    assert ingest(store, changed).counts["replaced"] == 1
    assert store.documents()[0]["raw_hash"] == changed[0].raw_hash


def test_schema_v1_store_is_migrated_with_raw_hash(tmp_path):
    from hadath.store.schema import MIGRATIONS, SCHEMA_VERSION
    from hadath.store.sqlite import SQLiteBackend
    path = str(tmp_path / "old.db")
    backend = SQLiteBackend(path)
    with backend.transaction():
        for statement in MIGRATIONS[1]:
            backend.execute(statement)
        backend.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("schema_version", "1"))
    backend.close()
    with Store(path) as opened:
        assert opened.schema_version == SCHEMA_VERSION == 5
        assert opened.put(make_document("aa-1"), [strike("aa-1")], raw_hash="r1") == "new"
        assert opened.raw_unchanged("aa-1", "r1") and not opened.raw_unchanged("aa-1", "r2")


def test_schema_v4_store_is_migrated_and_its_groups_are_read_again(tmp_path):
    from hadath.store.schema import MIGRATIONS
    from hadath.store.sqlite import SQLiteBackend
    path = str(tmp_path / "v4.db")
    with Store(path) as first:
        first.put(make_document("aa-1"), [strike("aa-1")])
    # Take the store back to version 4 and blocking version 2: what version 5 adds is gone.
    backend = SQLiteBackend(path)
    with backend.transaction():
        for statement in ("DROP TABLE group_keys", "DROP INDEX mentions_canonical_outlet",
                          "DROP INDEX mentions_sent",
                          "ALTER TABLE mentions DROP COLUMN sent",
                          "ALTER TABLE canonical_events DROP COLUMN revision"):
            backend.execute(statement)
        backend.execute("UPDATE meta SET value = ? WHERE key = ?", ("4", "schema_version"))
        backend.execute("UPDATE meta SET value = ? WHERE key = ?", ("2", "dedup_blocking"))
    backend.close()
    assert MIGRATIONS[5]
    with Store(path) as opened:
        assert opened.schema_version == 5
        (row,) = opened.backend.query("SELECT revision FROM canonical_events")
        assert row[0] is None                         # never trusted from a cache
        # The keys of every group and the sentence digests are filled when opened.
        assert opened.backend.query("SELECT COUNT(*) FROM group_keys")[0][0] > 0
        assert opened.backend.query("SELECT sent FROM mentions")[0][0]
        assert opened.put(make_document("bb-1"), [strike("bb-1")]) == "new"
        (canonical,) = opened.canonical_events()
        assert canonical["n_mentions"] == 2 and "revision" not in canonical
        assert opened.backend.query("SELECT revision FROM canonical_events")[0][0]


def test_runs_are_recorded(store):
    from hadath.store import ingest
    report = ingest(store, [(make_document("aa-1"), [strike("aa-1")]),
                            (make_document("aa-1"), [strike("aa-1")])])
    assert (report.counts["new"], report.counts["skipped"]) == (1, 1)
    (run,) = store.runs()
    assert run["status"] == "done" and run["n_new"] == 1 and run["finished"]


# ---------------------------------------------------------------- dedup in the store

def test_two_outlets_reporting_one_strike_become_one_event(store):
    store.put(make_document("aa-1", url="https://outlet-one.net/x"), [strike("aa-1")])
    store.put(make_document("bb-1", url="https://outlet-two.com/y", published="2024-08-15"),
              [strike("bb-1", killed=count(7))])
    (canonical,) = store.canonical_events()
    assert canonical["n_sources"] == 2 and canonical["n_mentions"] == 2
    assert (canonical["killed_min"], canonical["killed_max"]) == (5, 7)
    counts = sorted(m["killed"]["min"] for m in canonical["mentions"])
    assert counts == [5, 7]
    joined = [m for m in canonical["mentions"] if m["why"]["merged"]]
    assert joined and joined[0]["why"]["corroborated_by"]


def test_same_day_strikes_in_different_towns_stay_apart(store):
    store.put(make_document("aa-1"), [strike("aa-1")])
    store.put(make_document("bb-1"), [strike("bb-1", location=place("Rafah", lat=31.29,
                                                                    lon=34.25))])
    assert store.stats()["canonical_events"] == 2


def test_new_documents_join_existing_events_and_replacement_updates_them(store):
    for doc in ("aa-1", "bb-1", "cc-1"):
        store.put(make_document(doc, url=f"https://{doc}.org/n"), [strike(doc)])
    assert store.stats()["canonical_events"] == 1
    assert store.canonical_events()[0]["n_sources"] == 3
    store.put(make_document("bb-1", url="https://bb-1.org/n", extra="."),
              [strike("bb-1", location=place("Rafah", lat=31.29, lon=34.25))])
    sizes = sorted(c["n_mentions"] for c in store.canonical_events())
    assert sizes == [1, 2]


def test_a_big_group_is_read_as_its_kinds_of_member(store):
    # Many republished copies and a few differing reports of one strike: the store reads
    # the group as one row per signature, and its canonical row still sums every member.
    for i in range(12):
        doc = f"o{i % 3}-{i}"
        killed = count(5) if i % 4 else count(6)
        store.put(make_document(doc, url=f"https://o{i % 3}.org/{i}"), [strike(doc, killed=killed)])
    (canonical,) = store.canonical_events()
    assert canonical["n_mentions"] == 12 and canonical["n_documents"] == 12
    assert canonical["n_sources"] == 3
    assert (canonical["killed_min"], canonical["killed_max"]) == (5, 6)
    group = store._groups([canonical["canonical_id"]])[canonical["canonical_id"]]
    assert sorted(kind.n for kind in group.kinds) == [3, 9]
    assert group.size == 12 and group.same_document is None
    members = [dedup.features(e, e["published"], e["outlet"], e["quote"])
               for e in store.events()]
    expected = dedup.summarize(members)
    for key in ("mode", "date_min", "anchor_day", "country", "place_key", "killed_min",
                "killed_max", "n_mentions"):
        assert canonical[key] == expected[key]


def test_copies_of_a_sentence_are_counted_per_candidate_group_and_kind(store):
    # Every test document states its strike in one same sentence: two towns make two
    # groups, two counts two kinds in one of them.
    for i in range(6):
        doc = f"o{i}-{i}"
        town = place() if i % 2 == 0 else place("Rafah", lat=31.29, lon=34.25)
        store.put(make_document(doc), [strike(doc, location=town,
                                              killed=count(6) if i == 4 else count(5))])
    rows = store.backend.query("SELECT canonical_id, sig, event_id, sent FROM mentions")
    sentence = rows[0][3]
    expected: dict[str, dict[str, list[str]]] = {}
    for canonical_id, sig, event_id, sent in sorted(rows):
        if sent == sentence:
            expected.setdefault(canonical_id, {}).setdefault(sig, []).append(event_id)
    groups = sorted(expected)
    assert len(groups) == 2 and sorted(len(kinds) for kinds in expected.values()) == [1, 2]
    got = store._same_sentence(groups, sentence)
    assert got == {c: {sig: (len(ids), tuple(ids[:dedup.MAX_LISTED]))
                       for sig, ids in kinds.items()} for c, kinds in expected.items()}
    assert set(store._same_sentence(groups[:1], sentence)) == {groups[0]}


def test_rededup_reproduces_incremental_links(store):
    for i, doc in enumerate(("aa-1", "bb-1", "cc-1", "dd-1")):
        loc = place() if i % 2 == 0 else place("Rafah", lat=31.29, lon=34.25)
        store.put(make_document(doc), [strike(doc, location=loc)])
    before = _groups(store)
    assert store.rededup() == 2
    assert _groups(store) == before


def test_groups_kept_by_the_store_equal_groups_read_again(store):
    # Copies and differing reports of one strike arrive in an order unlike their ids: the
    # group the store keeps after each join is the one it would read from its rows.
    for i, doc in enumerate(("mm-1", "cc-1", "zz-1", "aa-1", "kk-1", "bb-1")):
        killed = count(5) if i % 3 else count(6)
        store.put(make_document(doc), [strike(doc, killed=killed)])
        (canonical_id,) = store._group_cache
        kept = store._group_cache[canonical_id][1]
        assert kept == store._read_groups([canonical_id])[canonical_id]
    assert kept.size == 6 and [k.n for k in kept.kinds] == [2, 4]
    assert kept.kinds[0].first.doc_id == "aa-1"


def test_a_group_grown_by_another_store_is_read_again(db_url):
    with Store(db_url) as one, Store(db_url) as two:
        one.put(make_document("aa-1"), [strike("aa-1")])
        two.put(make_document("bb-1"), [strike("bb-1", killed=count(7))])
        # ``one`` still keeps the group as it wrote it (one member); its token is stale.
        one.put(make_document("cc-1"), [strike("cc-1", killed=count(6))])
        (canonical,) = one.canonical_events()
        assert canonical["n_mentions"] == 3
        assert (canonical["killed_min"], canonical["killed_max"]) == (5, 7)


def test_a_replaced_member_is_never_seen_through_a_kept_group(store):
    store.put(make_document("aa-1"), [strike("aa-1")])
    store.put(make_document("bb-1"), [strike("bb-1")])
    # bb-1 now reports another town: the first strike keeps one member only,
    # and a third report of it joins that one member.
    store.put(make_document("bb-1", extra="."),
              [strike("bb-1", location=place("Rafah", lat=31.29, lon=34.25))])
    store.put(make_document("cc-1"), [strike("cc-1")])
    assert sorted(c["n_mentions"] for c in store.canonical_events()) == [1, 2]
    assert _groups(store) == {frozenset({"aa-1:0", "cc-1:0"}), frozenset({"bb-1:0"})}


def _groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(m["event_id"] for m in c["mentions"]) for c in store.canonical_events()}


def test_nonfactual_events_are_stored_but_not_deduplicated(store):
    store.put(make_document("aa-1"), [strike("aa-1", negated=True)])
    assert store.stats()["events"] == 1 and store.stats()["canonical_events"] == 0
    assert store.events()[0]["canonical_id"] is None


# ---------------------------------------------------------------- filters

def test_filters(store):
    store.put(make_document("aa-1", url="https://one.net/a"),
              [strike("aa-1", actor=[entity(id_="isr-idf", name="Israel Defense Forces")])])
    store.put(make_document("bb-1", url="https://two.net/b", published="2024-09-02"),
              [make_event("bb-1", event="PROTEST", mode="demo", date="2024-09-01",
                          actor=[entity("متظاهرون", "JOR", "CVL")],
                          location=place("Amman", "JOR", lat=31.95, lon=35.93))])
    def ids(**kw):
        return [e["id"] for e in store.events(**kw)]
    assert ids(event_type="protest") == ["bb-1:0"]
    assert ids(country="PSE") == ["aa-1:0"]
    assert ids(date_from="2024-08-20") == ["bb-1:0"]
    assert ids(date_to="2024-08-20") == ["aa-1:0"]
    assert ids(actor="isr-idf") == ids(actor="israel defense forces") == ["aa-1:0"]
    assert ids(place="Amman") == ["bb-1:0"]
    assert ids(source="one.net") == ["aa-1:0"]
    with pytest.raises(TypeError):
        store.events(colour="red")
    assert store.events(EventFilter(country="JOR", event_type="PROTEST"))[0]["id"] == "bb-1:0"


def test_to_frame_is_pandas_or_rows(store):
    store.put(make_document("aa-1"), [strike("aa-1")])
    frame = store.to_frame()
    try:
        import pandas  # noqa: F401
    except ImportError:
        assert frame[0]["id"] == "aa-1:0" and frame[0]["killed_min"] == 5
    else:
        assert list(frame["id"]) == ["aa-1:0"]
    assert len(store.to_frame(level="canonical")) == 1


# ---------------------------------------------------------------- exports

def test_acled_mapping_file_is_valid_and_maps_modes():
    validate_acled_mapping(acled_mapping())
    assert acled_type("ASSAULT", "aerial", []) == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_type("ASSAULT", "firearms", ["CVL"]) == ("Violence against civilians", "Attack")
    assert acled_type("ASSAULT", "firearms", ["MIL"]) == ("Battles", "Armed clash")
    assert acled_type("ACCUSE", None, []) == (None, None)


def test_acled_mapping_validator_rejects_gaps():
    data = json.loads(json.dumps(acled_mapping()))
    data["rules"] = [r for r in data["rules"] if r["event"] != "PROTEST" or "mode" in r]
    with pytest.raises(DataError, match="PROTEST"):
        validate_acled_mapping(data)
    with pytest.raises(DataError, match="PLOVER type"):
        validate_acled_mapping({**acled_mapping(), "rules": [{"event": "BOMB"}]})


def test_acled_row_takes_the_conservative_minimum(store):
    store.put(make_document("aa-1", url="https://one.net/a"), [strike("aa-1")])
    store.put(make_document("bb-1", url="https://two.net/b"), [strike("bb-1", killed=count(5, 8))])
    (canonical,) = store.canonical_events()
    row = acled_row(canonical)
    assert row["event_type"] == "Explosions/Remote violence"
    assert (row["fatalities"], row["fatalities_max"], row["n_sources"]) == (5, 8, 2)
    assert row["country"] == "Palestine" and row["geo_precision"] == 1
    assert row["source"] == "one.net; two.net" and row["time_precision"] == 1
    plover = plover_record(canonical)
    assert plover["event"] == "ASSAULT" and len(plover["mentions"]) == 2
    assert (row["actor1"], row["actor2"]) == ("طائرات", "أشخاص")


def test_acled_row_names_both_sides_of_a_clash(store):
    sides = [entity("الجيش", "SDN", "MIL", name="Sudanese Armed Forces"),
             entity("قوات الدعم السريع", "SDN", "REB", name="Rapid Support Forces")]
    clash = make_event("aa-1", mode=None, actor=sides, recipient=[])
    store.put(make_document("aa-1"), [{**clash, "mutual": True}])
    (canonical,) = store.canonical_events()
    row = acled_row(canonical)
    assert row["event_type"] == "Battles"
    assert {row["actor1"], row["actor2"]} == {"Sudanese Armed Forces", "Rapid Support Forces"}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hadath.cli", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def _results_file(path: Path, docs: list[tuple[dict, list[dict]]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for document, events in docs:
            out.write(json.dumps({"document": document, "events": events}, ensure_ascii=False)
                      + "\n")
    return path


def test_cli_ingest_events_stats_export(db_url, tmp_path):
    results = _results_file(tmp_path / "r.jsonl", [
        (make_document("aa-1", url="https://one.net/a"), [strike("aa-1")]),
        (make_document("bb-1", url="https://two.net/b"), [strike("bb-1")]),
    ])
    (tmp_path / "bad.jsonl").write_text('{"document": 1}\n', encoding="utf-8")
    done = _cli("ingest", "--results", str(results), str(tmp_path / "bad.jsonl"), "--db", db_url)
    assert done.returncode == 1 and "not-a-result" in done.stderr
    again = _cli("ingest", "--results", str(results), "--db", db_url, "-q")
    assert again.returncode == 0
    listed = _cli("events", "--db", db_url, "--format", "jsonl", "--country", "PSE")
    assert [json.loads(l)["id"] for l in listed.stdout.splitlines()] == ["aa-1:0", "bb-1:0"]
    table = _cli("events", "--db", db_url, "--canonical")
    assert "(1 rows)" in table.stdout
    stats = json.loads(_cli("stats", "--db", db_url, "--format", "json").stdout)
    assert (stats["documents"], stats["multi_source_events"], stats["runs"]) == (2, 1, 2)
    acled = tmp_path / "acled.csv"
    assert _cli("export", "--db", db_url, "--format", "acled", "-o", str(acled)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(acled.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1 and rows[0]["fatalities"] == "5" and rows[0]["n_sources"] == "2"
    flat = _cli("export", "--db", db_url, "--format", "csv", "-o", "-")
    assert len(list(csv.DictReader(io.StringIO(flat.stdout)))) == 2


def test_parquet_export_has_typed_columns(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from hadath.store.export import flat_event, write_parquet
    store.put(make_document("aa-1"), [strike("aa-1")])
    path = tmp_path / "e.parquet"
    write_parquet([flat_event(e) for e in store.events()], path)
    table = pq.read_table(path)
    assert str(table.schema.field("killed_min").type) == "int64"
    assert str(table.schema.field("published").type) == "date32[day]"
    assert table.column("id").to_pylist() == ["aa-1:0"]


# ---------------------------------------------------------------- SQLite specifics

def test_sqlite_readers_are_not_blocked_by_a_writer(tmp_path):
    path = tmp_path / "wal.db"
    with Store(path) as writer:
        writer.put(make_document("aa-1"), [strike("aa-1")])
        with writer.backend.transaction():
            writer.backend.execute("DELETE FROM events")
            reader = sqlite3.connect(path, timeout=0.1)
            assert reader.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
            reader.close()
        assert writer.stats()["events"] == 0
        mode = writer.backend.query("PRAGMA journal_mode")[0][0]
    assert mode == "wal"


def test_store_without_block_keys_rebuilds_them_and_still_merges(tmp_path):
    path = str(tmp_path / "old.db")
    with Store(path) as first:
        first.put(make_document("aa-1"), [strike("aa-1")])
        # A store written before blocking keys existed: no keys, no marker.
        with first.backend.transaction():
            first.backend.execute("DELETE FROM dedup_keys")
            first.backend.execute("DELETE FROM meta WHERE key = ?", ("dedup_blocking",))
    with Store(path) as reopened:
        assert reopened.backend.query("SELECT COUNT(*) FROM dedup_keys")[0][0] > 0
        reopened.put(make_document("bb-1"), [strike("bb-1")])
        assert reopened.stats()["canonical_events"] == 1


def _busy(doc_id: str, town: int, killed: int):
    """A strike in its own sentence (no republished copy) in town ``town``."""
    document = make_document(doc_id, extra=f" {doc_id}")
    event = strike(doc_id, location=place(name=f"Town{town}", lat=31.0 + town / 10, lon=34.0),
                   killed=count(killed))
    event["sentence"]["end"] = len(document["text"])
    return document, event


def test_busy_day_compares_a_new_event_only_with_its_block(store):
    # Fifty strikes on one day in fifty different towns: none is a candidate of another.
    for i in range(50):
        document, event = _busy(f"d{i:02d}-1", i, i % 2 + 1)
        store.put(document, [event])
    document, event = _busy("zz-1", 7, 2)
    new = dedup.features(event, "2024-08-14", "zz", document["text"][:event["sentence"]["end"]])
    assert list(store._candidate_groups(new)) == ["c:d07-1:0"]
    assert store.put(document, [event]) == "new"
    assert store.stats()["canonical_events"] == 50
    keys = "SELECT COUNT(*) FROM dedup_keys WHERE doc_id = ?"
    assert store.backend.query(keys, ("zz-1",))[0][0] > 0
    store.put(make_document("zz-1", extra=" ثم انسحبت"), [])
    assert store.backend.query(keys, ("zz-1",))[0][0] == 0
