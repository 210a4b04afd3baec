"""The store's tables, written once for both backends, and the migrations between versions.

Statements use ``{json}`` for the JSON column type, ``{serial}`` for an auto-numbered
primary key and ``{real}`` for floating point; each backend's dialect fills them in.
Every migration is a list of statements applied in one transaction, after which
``meta.schema_version`` records the new version.
"""
from __future__ import annotations

SCHEMA_VERSION = 5

_V1 = [
    """CREATE TABLE IF NOT EXISTS meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS runs (
        run_id {serial},
        started TEXT NOT NULL,
        finished TEXT,
        status TEXT NOT NULL,
        command TEXT,
        n_seen INTEGER NOT NULL DEFAULT 0,
        n_new INTEGER NOT NULL DEFAULT 0,
        n_replaced INTEGER NOT NULL DEFAULT 0,
        n_skipped INTEGER NOT NULL DEFAULT 0,
        n_failed INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id TEXT PRIMARY KEY,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        content_hash TEXT NOT NULL,
        n_events INTEGER NOT NULL,
        run_id INTEGER,
        ingested TEXT NOT NULL,
        document {json} NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS documents_url ON documents (url)",
    """CREATE TABLE IF NOT EXISTS places (
        place_key TEXT PRIMARY KEY,
        name TEXT,
        country TEXT,
        lat {real},
        lon {real},
        precision TEXT)""",
    """CREATE TABLE IF NOT EXISTS entities (
        entity_key TEXT PRIMARY KEY,
        entity_id TEXT,
        name TEXT,
        country TEXT,
        sector TEXT)""",
    """CREATE TABLE IF NOT EXISTS events (
        event_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        event_type TEXT NOT NULL,
        mode TEXT,
        quad INTEGER,
        date TEXT,
        date_precision TEXT,
        anchor_day TEXT,
        country TEXT,
        place_key TEXT,
        outlet TEXT,
        published TEXT,
        killed_min INTEGER, killed_max INTEGER, killed_cumulative INTEGER,
        injured_min INTEGER, injured_max INTEGER, injured_cumulative INTEGER,
        arrested_min INTEGER, arrested_max INTEGER, arrested_cumulative INTEGER,
        attributed_to TEXT,
        quote TEXT,
        confidence {real},
        record {json} NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id)",
    "CREATE INDEX IF NOT EXISTS events_type_day ON events (event_type, anchor_day)",
    "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
    "CREATE INDEX IF NOT EXISTS events_country ON events (country)",
    """CREATE TABLE IF NOT EXISTS event_entities (
        event_id TEXT NOT NULL,
        role TEXT NOT NULL,
        position INTEGER NOT NULL,
        entity_key TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        PRIMARY KEY (event_id, role, position))""",
    "CREATE INDEX IF NOT EXISTS event_entities_key ON event_entities (entity_key)",
    """CREATE TABLE IF NOT EXISTS canonical_events (
        canonical_id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        mode TEXT,
        date_min TEXT,
        date_max TEXT,
        anchor_day TEXT,
        country TEXT,
        place_key TEXT,
        n_mentions INTEGER NOT NULL,
        n_documents INTEGER NOT NULL,
        n_sources INTEGER NOT NULL,
        killed_min INTEGER, killed_max INTEGER,
        injured_min INTEGER, injured_max INTEGER,
        arrested_min INTEGER, arrested_max INTEGER)""",
    "CREATE INDEX IF NOT EXISTS canonical_type_day ON canonical_events (event_type, anchor_day)",
    """CREATE TABLE IF NOT EXISTS mentions (
        event_id TEXT PRIMARY KEY,
        canonical_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        outlet TEXT,
        why {json} NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS mentions_canonical ON mentions (canonical_id)",
    "CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_id)",
]

# Version 2: the sha256 of a document's raw input, so a re-run skips unchanged inputs
# before extracting them.
_V2 = ["ALTER TABLE documents ADD COLUMN raw_hash TEXT"]

# Version 3: dedup blocking keys (``dedup.block_keys``) of every linked mention, so a new
# mention is compared only with the canonical events it could be corroborated by, not
# with every event of its day.  ``Store`` fills the table (also for older stores) when
# ``meta.dedup_blocking`` is not ``dedup.BLOCKING_VERSION``.
_V3 = [
    """CREATE TABLE IF NOT EXISTS dedup_keys (
        block_key TEXT NOT NULL,
        anchor_day TEXT NOT NULL,
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (block_key, anchor_day, event_id))""",
    "CREATE INDEX IF NOT EXISTS dedup_keys_doc ON dedup_keys (doc_id)",
]

# Version 4: each mention's ``dedup.signature_key``, so joining a canonical event reads
# its kinds of member (one row per signature with a count) instead of every member.
# ``Store`` fills it together with the blocking keys (``meta.dedup_blocking``).
_V4 = [
    "ALTER TABLE mentions ADD COLUMN sig TEXT",
    "CREATE INDEX IF NOT EXISTS mentions_canonical_sig ON mentions (canonical_id, sig, event_id)",
]

# Version 5: a token that changes whenever a canonical event's row is written, so a
# ``Store`` may keep the groups it has read (``dedup.Group``) and reuse one as long as its
# token is unchanged, instead of reading every member of a big group for each new mention.
# Also the blocking keys per canonical event (``group_keys``: one row per key, day and
# group, where ``dedup_keys`` has one per member, thousands for "killed 5" on a busy day),
# and an index to tell whether a group already has a member from an outlet.
_V5 = [
    "ALTER TABLE canonical_events ADD COLUMN revision TEXT",
    """CREATE TABLE IF NOT EXISTS group_keys (
        block_key TEXT NOT NULL,
        anchor_day TEXT NOT NULL,
        canonical_id TEXT NOT NULL,
        PRIMARY KEY (block_key, anchor_day, canonical_id))""",
    "CREATE INDEX IF NOT EXISTS group_keys_canonical ON group_keys (canonical_id)",
    "CREATE INDEX IF NOT EXISTS mentions_canonical_outlet ON mentions (canonical_id, outlet)",
    # The digest of each mention's sentence (``dedup.sentence_key``): signatures no longer
    # hold the sentence, so a group's republished copies of a sentence are counted here.
    "ALTER TABLE mentions ADD COLUMN sent TEXT",
    "CREATE INDEX IF NOT EXISTS mentions_sent ON mentions (sent, canonical_id, sig, event_id)",
]

# version -> statements that bring a store from version-1 to version.
MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5}

# Tables in the order a full wipe (tests, re-dedup) may clear them.
TABLES = ("group_keys", "dedup_keys", "mentions", "canonical_events", "event_entities",
          "events", "entities", "places", "documents", "runs", "meta")


# ---------------------------------------------------------------- dialects

from contextlib import AbstractContextManager  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from functools import lru_cache  # noqa: E402
from typing import Any, Protocol  # noqa: E402


@dataclass(frozen=True, slots=True)
class Dialect:
    """The few places where SQLite and PostgreSQL SQL differ.

    SQL is written with ``?`` placeholders, ``{jsonp}`` where a JSON value is bound and
    ``{json}``/``{serial}``/``{real}`` in DDL; ``render`` turns it into the backend's SQL.
    Upserts use ``INSERT ... ON CONFLICT``, which both backends understand.
    """
    name: str
    placeholder: str
    json_type: str
    json_placeholder: str
    serial: str
    real: str

    def render(self, sql: str) -> str:
        return _rendered(self, sql)


@lru_cache(maxsize=1024)
def _rendered(dialect: Dialect, sql: str) -> str:
    """``Dialect.render``, remembered: an ingest runs the same few statements per event."""
    sql = sql.replace("?", dialect.placeholder)
    return (sql.replace("{jsonp}", dialect.json_placeholder)
            .replace("{json}", dialect.json_type)
            .replace("{serial}", dialect.serial)
            .replace("{real}", dialect.real))


SQLITE = Dialect(name="sqlite", placeholder="?", json_type="TEXT", json_placeholder="?",
                 serial="INTEGER PRIMARY KEY", real="REAL")
POSTGRES = Dialect(name="postgresql", placeholder="%s", json_type="JSONB",
                   json_placeholder="CAST(%s AS JSONB)", serial="BIGSERIAL PRIMARY KEY",
                   real="DOUBLE PRECISION")


class Backend(Protocol):
    """A connection the store talks to; SQL given in the portable form of ``Dialect``."""
    dialect: Dialect
    url: str

    def execute(self, sql: str, params: tuple | list = ()) -> None: ...
    def executemany(self, sql: str, rows: list[tuple]) -> None: ...
    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]: ...
    def query_dicts(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def decode_json(self, value: Any) -> Any: ...
    def close(self) -> None: ...


def current_version(backend: Backend) -> int:
    try:
        rows = backend.query("SELECT value FROM meta WHERE key = ?", ("schema_version",))
    except Exception:  # no meta table yet: a fresh database
        return 0
    return int(rows[0][0]) if rows else 0


def migrate(backend: Backend) -> int:
    """Bring the database to SCHEMA_VERSION; each step in its own transaction."""
    version = current_version(backend)
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"database schema version {version} is newer than this hadath "
                           f"({SCHEMA_VERSION}); upgrade hadath")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with backend.transaction():
            for statement in MIGRATIONS[target]:
                backend.execute(statement)
            backend.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value", ("schema_version", str(target)))
    return SCHEMA_VERSION
