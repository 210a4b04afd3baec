"""``Store``: documents, events, entities, places, canonical events and runs in SQLite or
PostgreSQL, behind one interface.

A document is identified by its ``doc_id`` (or, failing that, its URL) plus the sha256 of
its clean text: the same document again is skipped, a changed one has its events replaced,
and each document's rows (events, entities, dedup links) are written in one transaction (a
savepoint inside ``Store.batch``), so a killed ingest leaves only whole documents behind.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone
from os import PathLike
from typing import Any
from urllib.parse import urlsplit

from ..records import Result
from . import dedup
from .postgres import PostgresBackend, is_postgres_url
from .schema import Backend, current_version, migrate
from .sqlite import SQLiteBackend

DEFAULT_URL = "hadath.db"
NEW, REPLACED, SKIPPED = "new", "replaced", "skipped"
FEATURE_CACHE_SIZE = 200_000
GROUP_CACHE_SIZE = 50_000
IN_CHUNK = 500             # ids per IN (...) list of SQL parameters


def open_backend(url: str) -> Backend:
    if is_postgres_url(url):
        return PostgresBackend(url)
    return SQLiteBackend(url)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def outlet_of(document: Mapping[str, Any]) -> str | None:
    """The source outlet: the URL's host without ``www.``, else the doc_id's prefix."""
    url = document.get("url")
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    doc_id = document.get("doc_id") or ""
    return doc_id.split("-", 1)[0] if "-" in doc_id else None


def day_of(value: str | None) -> str | None:
    parsed = dedup.parse_day(value)
    return parsed.isoformat() if parsed else None


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters for ``events``/``export``; every field optional, all must hold.

    ``date_from``/``date_to`` (inclusive, YYYY-MM-DD) apply to the event's day, or its
    document's day when the event is not dated to the day.  ``country`` matches the
    location's country, or a participant's when the event has no location.  ``actor``
    matches an entity id, key or name; ``place`` a place name or key; ``source`` an outlet.
    """
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    place: str | None = None
    source: str | None = None
    doc_id: str | None = None

    @classmethod
    def of(cls, **kwargs: Any) -> "EventFilter":
        known = {f.name for f in fields(cls)}
        unknown = set(kwargs) - known
        if unknown:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        return cls(**{k: v for k, v in kwargs.items() if v is not None})

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = ["1 = 1"], []
        if self.date_from:
            clauses.append("e.anchor_day >= ?"); params.append(self.date_from)
        if self.date_to:
            clauses.append("e.anchor_day <= ?"); params.append(self.date_to)
        if self.event_type:
            clauses.append("e.event_type = ?"); params.append(self.event_type.upper())
        if self.country:
            clauses.append("(e.country = ? OR (e.country IS NULL AND EXISTS (SELECT 1 FROM "
                           "event_entities ee WHERE ee.event_id = e.event_id AND ee.country = ?)))")
            params += [self.country.upper()] * 2
        if self.actor:
            clauses.append("EXISTS (SELECT 1 FROM event_entities ee JOIN entities en ON "
                           "en.entity_key = ee.entity_key WHERE ee.event_id = e.event_id AND "
                           "(en.entity_key = ? OR en.entity_id = ? OR LOWER(en.name) = LOWER(?)))")
            params += [self.actor] * 3
        if self.place:
            clauses.append("e.place_key IN (SELECT place_key FROM places WHERE place_key = ? "
                           "OR LOWER(name) = LOWER(?))")
            params += [self.place] * 2
        if self.source:
            clauses.append("e.outlet = ?"); params.append(self.source)
        if self.doc_id:
            clauses.append("e.doc_id = ?"); params.append(self.doc_id)
        return " AND ".join(clauses), params


class Store:
    """The event store.  ``Store("events.db")`` (SQLite) or ``Store("postgresql://...")``."""

    def __init__(self, url: str | PathLike[str] = DEFAULT_URL) -> None:
        self.url = str(url)
        self.backend = open_backend(self.url)
        migrate(self.backend)
        self._ensure_block_keys()
        # Dedup features of stored events, keyed by (event_id, document content hash) so a
        # replaced document (even by another process) never hits a stale entry.
        self._features: OrderedDict[tuple[str, str], dedup.Features] = OrderedDict()
        # Canonical events as read or written by this store, keyed by canonical id with the
        # row's ``revision`` token: a token is new on every write (and one written by a
        # rolled-back transaction never comes back), so a matching token means the
        # members are the same, whichever process wrote them.
        self._group_cache: OrderedDict[str, tuple[str, dedup.Group]] = OrderedDict()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    @property
    def schema_version(self) -> int:
        return current_version(self.backend)

    # ------------------------------------------------------------ runs

    def begin_run(self, command: str) -> int:
        with self.backend.transaction():
            rows = self.backend.query(
                "INSERT INTO runs (started, status, command) VALUES (?, ?, ?) RETURNING run_id",
                (now_iso(), "running", command))
        return int(rows[0][0])

    def finish_run(self, run_id: int, counts: Mapping[str, int], status: str = "done") -> None:
        with self.backend.transaction():
            self.backend.execute(
                "UPDATE runs SET finished = ?, status = ?, n_seen = ?, n_new = ?, "
                "n_replaced = ?, n_skipped = ?, n_failed = ?, n_events = ? WHERE run_id = ?",
                (now_iso(), status, counts.get("seen", 0), counts.get(NEW, 0),
                 counts.get(REPLACED, 0), counts.get(SKIPPED, 0), counts.get("failed", 0),
                 counts.get("events", 0), run_id))

    # ------------------------------------------------------------ writing

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Commit the documents ``put`` inside it together (one commit per document is a
        large share of a big ingest).  Each document still has a savepoint of its own: one
        that fails rolls back alone, and the documents before it commit even when its
        exception ends the batch."""
        failure: BaseException | None = None
        with self.backend.transaction():
            try:
                yield
            except BaseException as exc:      # re-raised once the others are committed
                failure = exc
        if failure is not None:
            raise failure

    def add(self, result: Result, run_id: int | None = None) -> str:
        """Store one pipeline ``Result``; returns "new", "replaced" or "skipped"."""
        return self.put(result.document.to_dict(), [e.to_dict() for e in result.events],
                        run_id=run_id)

    def put(self, document: Mapping[str, Any], events: Sequence[Mapping[str, Any]],
            run_id: int | None = None, raw_hash: str | None = None) -> str:
        """Store a document record and its event records (the JSON contract); ``raw_hash``
        identifies the raw input it came from (see ``raw_unchanged``)."""
        digest = content_hash(document["text"])
        with self.backend.transaction():
            existing = self._existing(document["doc_id"], document.get("url"))
            if existing == (document["doc_id"], digest):
                if raw_hash is not None:
                    self.backend.execute("UPDATE documents SET raw_hash = ? WHERE doc_id = ?",
                                         (raw_hash, document["doc_id"]))
                return SKIPPED
            affected: set[str] = set()
            if existing is not None:
                affected = self._remove_document(existing[0])
            self._insert_document(document, digest, len(events), run_id, raw_hash)
            published, outlet = day_of(document.get("published")), outlet_of(document)
            for event in events:
                self._insert_event(event, document, published, outlet)
            own: dict[str, str] = {}
            for event in events:
                if not (event.get("negated") or event.get("hypothetical")):
                    self._link(self._remember((event["id"], digest), dedup.features(
                        event, published, outlet, _sentence_text(event, document["text"]))),
                        own)
            for canonical_id in sorted(affected):
                self._refresh_canonical(canonical_id)
        return REPLACED if existing is not None else NEW

    def raw_unchanged(self, doc_id: str, raw_hash: str) -> bool:
        """Whether this document was stored from exactly this raw input: a re-run can then
        skip it without extracting it again."""
        rows = self.backend.query("SELECT raw_hash FROM documents WHERE doc_id = ?", (doc_id,))
        return bool(rows) and rows[0][0] == raw_hash

    def _existing(self, doc_id: str, url: str | None) -> tuple[str, str] | None:
        rows = self.backend.query("SELECT doc_id, content_hash FROM documents WHERE doc_id = ?",
                                  (doc_id,))
        if not rows and url:
            rows = self.backend.query(
                "SELECT doc_id, content_hash FROM documents WHERE url = ? ORDER BY doc_id",
                (url,))
        return (rows[0][0], rows[0][1]) if rows else None

    def _remove_document(self, doc_id: str) -> set[str]:
        """Delete a document and its rows; return the canonical events it was part of."""
        affected = {r[0] for r in self.backend.query(
            "SELECT DISTINCT canonical_id FROM mentions WHERE doc_id = ?", (doc_id,))}
        self.backend.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
        self.backend.execute("DELETE FROM dedup_keys WHERE doc_id = ?", (doc_id,))
        # Their members change before ``_refresh_canonical`` rewrites them: no cached group
        # (here or in another process) may stand for them meanwhile.
        for canonical_id in affected:
            self.backend.execute("UPDATE canonical_events SET revision = NULL WHERE "
                                 "canonical_id = ?", (canonical_id,))
            self._group_cache.pop(canonical_id, None)
        self.backend.execute("DELETE FROM event_entities WHERE event_id IN "
                             "(SELECT event_id FROM events WHERE doc_id = ?)", (doc_id,))
        self.backend.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
        self.backend.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        return affected

    def _insert_document(self, document: Mapping[str, Any], digest: str, n_events: int,
                         run_id: int | None, raw_hash: str | None) -> None:
        self.backend.execute(
            "INSERT INTO documents (doc_id, url, outlet, title, published, content_hash, "
            "raw_hash, n_events, run_id, ingested, document) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {jsonp})",
            (document["doc_id"], document.get("url"), outlet_of(document), document.get("title"),
             document.get("published"), digest, raw_hash, n_events, run_id, now_iso(),
             json.dumps(dict(document), ensure_ascii=False)))

    def _insert_event(self, event: Mapping[str, Any], document: Mapping[str, Any],
                      published: str | None, outlet: str | None) -> None:
        location = event.get("location")
        place = dedup.place_of(location)
        if place is not None:
            self.backend.execute(
                "INSERT INTO places (place_key, name, country, lat, lon, precision) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (place_key) DO NOTHING",
                (place.key, place.name, place.country, place.lat, place.lon, place.precision))
        quote = _sentence_text(event, document["text"])
        day = (day_of(event.get("date")) if event.get("date_precision") == "day" else None)
        self.backend.execute(
            "INSERT INTO events (event_id, doc_id, idx, event_type, mode, quad, date, "
            "date_precision, anchor_day, country, place_key, outlet, published, "
            "killed_min, killed_max, killed_cumulative, injured_min, injured_max, "
            "injured_cumulative, arrested_min, arrested_max, arrested_cumulative, "
            "attributed_to, quote, confidence, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {jsonp})",
            (event["id"], event["doc_id"], _index_of(event), event["event"], event.get("mode"),
             event.get("quad"), event.get("date"), event.get("date_precision"),
             day or published, (location or {}).get("country"),
             place.key if place else None, outlet, published,
             *_count_columns(event.get("killed")), *_count_columns(event.get("injured")),
             *_count_columns(event.get("arrested")),
             (event.get("attributed_to") or {}).get("text"), quote, event.get("confidence"),
             json.dumps(dict(event), ensure_ascii=False)))
        self._insert_entities(event)

    def _insert_entities(self, event: Mapping[str, Any]) -> None:
        entities, links = [], []
        for role in ("actor", "recipient"):
            for position, entity in enumerate(event.get(role) or []):
                key = dedup.entity_key(entity)
                entities.append((key, entity.get("id"), entity.get("name") or entity.get("text"),
                                 entity.get("country"), entity.get("sector")))
                links.append((event["id"], role, position, key, entity.get("country"),
                              entity.get("sector")))
        self.backend.executemany(
            "INSERT INTO entities (entity_key, entity_id, name, country, sector) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_key) DO NOTHING", entities)
        self.backend.executemany(
            "INSERT INTO event_entities (event_id, role, position, entity_key, country, sector) "
            "VALUES (?, ?, ?, ?, ?, ?)", links)

    # ------------------------------------------------------------ dedup

    def _link(self, new: dedup.Features, own: dict[str, str] | None = None) -> str:
        """Link ``new`` to a canonical event.  ``own``: the canonical events of the mentions
        of ``new``'s document linked so far (to their first event id), when the caller
        links a document's mentions one after the other; it is kept up to date here."""
        keys = sorted(dedup.block_keys(new)) if new.anchor is not None else []
        groups = self._candidate_groups(new, keys, own)
        link = dedup.choose(new, groups)
        canonical_id = link.canonical_id or f"c:{new.event_id}"
        sig = dedup.signature_key(new)
        sizes = self._sizes_with(canonical_id, new) if canonical_id in groups else (1, 1)
        self.backend.execute(
            "INSERT INTO mentions (event_id, canonical_id, doc_id, outlet, why, sig, sent) "
            "VALUES (?, ?, ?, ?, {jsonp}, ?, ?)",
            (new.event_id, canonical_id, new.doc_id, new.outlet,
             json.dumps(link.why, ensure_ascii=False, default=str), sig,
             dedup.sentence_key(new)))
        grown = dedup.with_member(groups.get(canonical_id), new, sig)
        revision = self._write_canonical(canonical_id, [(k.first, k.n) for k in grown.kinds],
                                         sizes)
        self._cache_group(canonical_id, revision, grown)
        self._insert_block_keys(new, keys, canonical_id)
        if own is not None:
            own[canonical_id] = min(own.get(canonical_id, new.event_id), new.event_id)
        return canonical_id

    def _sizes_with(self, canonical_id: str, new: dedup.Features) -> tuple[int, int]:
        """(documents, sources) of a stored canonical event once ``new`` joins it: one more
        document (a group never holds two mentions of one document) and one more source
        unless a member already has the new one's (outlet, else its document id)."""
        n_documents, n_sources = self.backend.query(
            "SELECT n_documents, n_sources FROM canonical_events WHERE canonical_id = ?",
            (canonical_id,))[0]
        source = new.outlet or new.doc_id
        known = self.backend.query(
            "SELECT 1 FROM mentions WHERE canonical_id = ? AND outlet = ? LIMIT 1",
            (canonical_id, source))
        if not known and new.outlet:     # a member without outlet counts its document id
            known = self.backend.query(
                "SELECT 1 FROM mentions WHERE doc_id = ? AND canonical_id = ? AND "
                "(outlet IS NULL OR outlet = '') LIMIT 1", (source, canonical_id))
        return int(n_documents) + 1, int(n_sources) + (0 if known else 1)

    def _candidate_groups(self, new: dedup.Features, keys: Sequence[str] | None = None,
                          own: Mapping[str, str] | None = None) -> dict[str, dedup.Group]:
        """The canonical events with a member that shares a blocking key with ``new`` and
        is at most ``MAX_DAY_GAP`` days from it: the only ones it can join (a group needs a
        corroborating member, see ``dedup.block_keys``), found through ``group_keys``."""
        if keys is None:
            keys = sorted(dedup.block_keys(new)) if new.anchor is not None else []
        if not keys or new.anchor is None:
            return {}
        low = new.anchor.fromordinal(new.anchor.toordinal() - dedup.MAX_DAY_GAP).isoformat()
        high = new.anchor.fromordinal(new.anchor.toordinal() + dedup.MAX_DAY_GAP).isoformat()
        ids: set[str] = set()
        for chunk in _chunks(keys):
            ids.update(r[0] for r in self.backend.query(
                "SELECT DISTINCT canonical_id FROM group_keys WHERE block_key IN "
                f"({_marks(chunk)}) AND anchor_day >= ? AND anchor_day <= ?",
                (*chunk, low, high)))
        return self._groups(sorted(ids), new.doc_id, dedup.sentence_key(new), own)

    def _insert_block_keys(self, features: dedup.Features, keys: Sequence[str],
                           canonical_id: str) -> None:
        if features.anchor is None or not keys:
            return
        day = features.anchor.isoformat()
        self.backend.executemany(
            "INSERT INTO dedup_keys (block_key, anchor_day, event_id, doc_id) VALUES "
            "(?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(key, day, features.event_id, features.doc_id) for key in keys])
        self.backend.executemany(
            "INSERT INTO group_keys (block_key, anchor_day, canonical_id) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING", [(key, day, canonical_id) for key in keys])

    def _rebuild_group_keys(self, canonical_id: str) -> None:
        """A group's keys from its members' (after a member left it)."""
        self.backend.execute("DELETE FROM group_keys WHERE canonical_id = ?", (canonical_id,))
        self.backend.execute(
            "INSERT INTO group_keys (block_key, anchor_day, canonical_id) SELECT DISTINCT "
            "k.block_key, k.anchor_day, m.canonical_id FROM dedup_keys k JOIN mentions m ON "
            "m.event_id = k.event_id WHERE m.canonical_id = ?", (canonical_id,))

    def _ensure_block_keys(self) -> None:
        """Rebuild the blocking keys of every linked mention when the store's keys were made
        by another ``dedup.BLOCKING_VERSION`` (or by a hadath without them)."""
        version = str(dedup.BLOCKING_VERSION)
        rows = self.backend.query("SELECT value FROM meta WHERE key = ?", ("dedup_blocking",))
        if rows and rows[0][0] == version:
            return
        with self.backend.transaction():
            self.backend.execute("DELETE FROM dedup_keys")
            self.backend.execute("DELETE FROM group_keys")
            rows = self.backend.query(
                "SELECT e.event_id, e.record, e.published, e.outlet, e.quote, m.canonical_id "
                "FROM events e JOIN mentions m ON m.event_id = e.event_id ORDER BY e.event_id")
            for event_id, record, published, outlet, quote, canonical_id in rows:
                features = dedup.features(self.backend.decode_json(record), published,
                                          outlet, quote)
                self._insert_block_keys(features, sorted(dedup.block_keys(features)),
                                        canonical_id)
                self.backend.execute("UPDATE mentions SET sig = ?, sent = ? WHERE event_id = ?",
                                     (dedup.signature_key(features),
                                      dedup.sentence_key(features), event_id))
            self.backend.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value", ("dedup_blocking", version))

    def _groups(self, canonical_ids: Sequence[str], doc_id: str | None = None,
                sentence: str | None = None,
                own: Mapping[str, str] | None = None) -> dict[str, dedup.Group]:
        """Each canonical event as its kinds of member (``dedup.Group``), read from the
        per-mention signatures: one row per kind and listed member, so the Python work of a
        join grows with the number of distinct signatures, not with the group's size."""
        groups: dict[str, dedup.Group] = {}
        missing: list[str] = []
        revisions = self._revisions(canonical_ids)
        for canonical_id in canonical_ids:
            cached = self._group_cache.get(canonical_id)
            revision = revisions.get(canonical_id)
            if cached is not None and revision is not None and cached[0] == revision:
                self._group_cache.move_to_end(canonical_id)
                groups[canonical_id] = cached[1]
            else:
                missing.append(canonical_id)
        for canonical_id, group in self._read_groups(missing).items():
            groups[canonical_id] = group
            if (revision := revisions.get(canonical_id)) is not None:
                self._cache_group(canonical_id, revision, group)
        if own is not None:
            same = {canonical_id: own[canonical_id] for canonical_id in canonical_ids
                    if canonical_id in own}
        else:
            same = self._same_document(canonical_ids, doc_id) if doc_id is not None else {}
        copies = self._same_sentence(canonical_ids, sentence) if sentence is not None else {}
        return {canonical_id: replace(groups[canonical_id],
                                      same_document=same.get(canonical_id),
                                      same_sentence=copies.get(canonical_id, {}))
                for canonical_id in canonical_ids if canonical_id in groups}

    def _same_sentence(self, canonical_ids: Sequence[str], sentence: str
                       ) -> dict[str, dict[str, tuple[int, tuple[str, ...]]]]:
        """Per canonical event and kind, its members stated in the sentence with digest
        ``sentence``: how many and the first ``MAX_LISTED`` event ids.  Counted through the
        digest's index (most sentences have no copy), ids listed only for the candidates."""
        wanted = set(canonical_ids)
        copies: dict[str, dict[str, tuple[int, tuple[str, ...]]]] = {}
        for canonical_id, sig, n in self.backend.query(
                "SELECT canonical_id, sig, COUNT(*) FROM mentions WHERE sent = ? "
                "GROUP BY canonical_id, sig", (sentence,)):
            if canonical_id in wanted:
                ids = tuple(r[0] for r in self.backend.query(
                    "SELECT event_id FROM mentions WHERE sent = ? AND canonical_id = ? AND "
                    "sig = ? ORDER BY event_id LIMIT ?",
                    (sentence, canonical_id, sig, dedup.MAX_LISTED)))
                copies.setdefault(canonical_id, {})[sig] = (int(n), ids)
        return copies

    def _revisions(self, canonical_ids: Sequence[str]) -> dict[str, str | None]:
        revisions: dict[str, str | None] = {}
        for chunk in _chunks(canonical_ids):
            revisions.update((r[0], r[1]) for r in self.backend.query(
                "SELECT canonical_id, revision FROM canonical_events WHERE canonical_id IN "
                f"({_marks(chunk)})", chunk))
        return revisions

    def _read_groups(self, canonical_ids: Sequence[str]) -> dict[str, dedup.Group]:
        listed: dict[str, dict[str, list[str]]] = {}
        sizes: dict[tuple[str, str], int] = {}
        for chunk in _chunks(canonical_ids):
            rows = self.backend.query(
                "SELECT canonical_id, sig, event_id, n FROM (SELECT canonical_id, sig, "
                "event_id, ROW_NUMBER() OVER (PARTITION BY canonical_id, sig ORDER BY "
                "event_id) AS rn, COUNT(*) OVER (PARTITION BY canonical_id, sig) AS n FROM "
                f"mentions WHERE canonical_id IN ({_marks(chunk)})) kinds "
                "WHERE rn <= ? ORDER BY canonical_id, event_id", (*chunk, dedup.MAX_LISTED))
            for canonical_id, sig, event_id, n in rows:
                listed.setdefault(canonical_id, {}).setdefault(sig, []).append(event_id)
                sizes[(canonical_id, sig)] = int(n)
        firsts = self._features_of([ids[0] for kinds in listed.values() for ids in kinds.values()])
        return {canonical_id: dedup.Group(
                    tuple(dedup.Kind(firsts[ids[0]], sizes[(canonical_id, sig)], tuple(ids), sig)
                          for sig, ids in kinds.items()))
                for canonical_id, kinds in listed.items()}

    def _same_document(self, canonical_ids: Sequence[str], doc_id: str) -> dict[str, str]:
        """The first member from document ``doc_id`` of each canonical event that has one."""
        same: dict[str, str] = {}
        for chunk in _chunks(canonical_ids):
            same.update((r[0], r[1]) for r in self.backend.query(
                "SELECT canonical_id, MIN(event_id) FROM mentions WHERE doc_id = ? AND "
                f"canonical_id IN ({_marks(chunk)}) GROUP BY canonical_id",
                (doc_id, *chunk)))
        return same

    def _cache_group(self, canonical_id: str, revision: str, group: dedup.Group) -> None:
        self._group_cache[canonical_id] = (revision, replace(group, same_document=None,
                                                             same_sentence={}))
        self._group_cache.move_to_end(canonical_id)
        while len(self._group_cache) > GROUP_CACHE_SIZE:
            self._group_cache.popitem(last=False)

    def _features_of(self, event_ids: Sequence[str]) -> dict[str, dedup.Features]:
        """Dedup features of stored events (through the cache)."""
        keys: list[tuple[str, str]] = []
        for chunk in _chunks(event_ids):
            keys += [(r[0], r[1]) for r in self.backend.query(
                "SELECT e.event_id, d.content_hash FROM events e JOIN documents d ON "
                f"d.doc_id = e.doc_id WHERE e.event_id IN ({_marks(chunk)})",
                chunk)]
        self._load_features(keys)
        return {key[0]: self._features[key] for key in keys}

    def _load_features(self, keys: Sequence[tuple[str, str]]) -> None:
        """Make sure the features of these (event_id, content_hash) are cached."""
        missing = [key for key in keys if key not in self._features]
        for key in keys:
            if key in self._features:
                self._features.move_to_end(key)
        for chunk in _chunks([event_id for event_id, _ in missing]):
            rows = self.backend.query(
                "SELECT e.event_id, d.content_hash, e.record, e.published, e.outlet, e.quote "
                "FROM events e "
                "JOIN documents d ON d.doc_id = e.doc_id WHERE e.event_id IN "
                f"({_marks(chunk)})", chunk)
            for event_id, digest, record, published, outlet, quote in rows:
                self._remember((event_id, digest), dedup.features(
                    self.backend.decode_json(record), published, outlet, quote))

    def _remember(self, key: tuple[str, str], features: dedup.Features) -> dedup.Features:
        self._features[key] = features
        self._features.move_to_end(key)
        while len(self._features) > FEATURE_CACHE_SIZE:
            self._features.popitem(last=False)
        return features

    def _refresh_canonical(self, canonical_id: str) -> None:
        group = self._read_groups([canonical_id]).get(canonical_id)
        self._rebuild_group_keys(canonical_id)
        if group is not None:
            revision = self._write_canonical(canonical_id, [(k.first, k.n) for k in group.kinds])
            self._cache_group(canonical_id, revision, group)
        else:
            self.backend.execute("DELETE FROM canonical_events WHERE canonical_id = ?",
                                 (canonical_id,))

    def _write_canonical(self, canonical_id: str,
                         kinds: Sequence[tuple[dedup.Features, int]],
                         sizes: tuple[int, int] | None = None) -> str:
        """Write the canonical row from its kinds of member, (first member, count) in
        member order; document and source counts are ``sizes`` or come from its mention
        rows.  Returns the row's new ``revision`` token."""
        n_documents, n_sources = sizes or self.backend.query(
            "SELECT COUNT(DISTINCT doc_id), COUNT(DISTINCT COALESCE(NULLIF(outlet, ''), "
            "doc_id)) FROM mentions WHERE canonical_id = ?", (canonical_id,))[0]
        summary = dedup.summarize_kinds(kinds, int(n_documents), int(n_sources))
        revision = uuid.uuid4().hex
        summary["revision"] = revision
        columns = list(summary)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
        self.backend.execute(
            f"INSERT INTO canonical_events (canonical_id, {', '.join(columns)}) VALUES "
            f"(?, {', '.join('?' * len(columns))}) ON CONFLICT (canonical_id) DO UPDATE SET "
            f"{updates}", (canonical_id, *summary.values()))
        return revision

    def rededup(self) -> int:
        """Recompute every dedup link from scratch in ingest order; returns canonical count."""
        self._group_cache.clear()
        with self.backend.transaction():
            self.backend.execute("DELETE FROM mentions")
            self.backend.execute("DELETE FROM canonical_events")
            self.backend.execute("DELETE FROM dedup_keys")
            self.backend.execute("DELETE FROM group_keys")
            rows = self.backend.query(
                "SELECT e.record, e.published, e.outlet, e.quote, d.content_hash FROM events e "
                "JOIN documents d ON d.doc_id = e.doc_id ORDER BY d.ingested, d.doc_id, e.idx")
            own: dict[str, str] = {}
            current: str | None = None
            for record, published, outlet, quote, digest in rows:
                event = self.backend.decode_json(record)
                if event["doc_id"] != current:         # rows come document by document
                    own, current = {}, event["doc_id"]
                if not (event.get("negated") or event.get("hypothetical")):
                    self._link(self._remember((event["id"], digest),
                                              dedup.features(event, published, outlet, quote)),
                               own)
        return int(self.backend.query("SELECT COUNT(*) FROM canonical_events")[0][0])

    # ------------------------------------------------------------ reading

    def events(self, filters: EventFilter | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Event records (the contract) plus ``canonical_id``, ``outlet`` and ``published``."""
        where, params = (filters or EventFilter.of(**kwargs)).where()
        rows = self.backend.query(
            "SELECT e.record, m.canonical_id, e.outlet, e.published, e.quote FROM events e "
            f"LEFT JOIN mentions m ON m.event_id = e.event_id WHERE {where} "
            "ORDER BY e.anchor_day, e.doc_id, e.idx", params)
        records = []
        for record, canonical_id, outlet, published, quote in rows:
            event = self.backend.decode_json(record)
            event.update(canonical_id=canonical_id, outlet=outlet, published=published,
                         quote=quote)
            records.append(event)
        return records

    def canonical_events(self, filters: EventFilter | None = None,
                         **kwargs: Any) -> list[dict[str, Any]]:
        """Deduplicated events: the canonical row, its place and every mention with its own
        counts, attribution, quote and the reason it was merged."""
        mentions: dict[str, list[dict[str, Any]]] = {}
        for event in self.events(filters, **kwargs):
            if event["canonical_id"]:
                mentions.setdefault(event["canonical_id"], []).append(event)
        if not mentions:
            return []
        canon = self._canonical_rows(sorted(mentions))
        whys = self._whys(sorted(mentions))
        out = []
        for canonical_id, row in sorted(canon.items(), key=lambda kv: (kv[1]["anchor_day"] or "",
                                                                       kv[0])):
            row["mentions"] = [_mention_of(e, whys.get(e["id"])) for e in mentions[canonical_id]]
            out.append(row)
        return out

    def _canonical_rows(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        rows: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(ids):
            for row in self.backend.query_dicts(
                    "SELECT c.*, p.name AS place_name, p.lat, p.lon, p.precision AS "
                    "place_precision FROM canonical_events c LEFT JOIN places p ON "
                    f"p.place_key = c.place_key WHERE c.canonical_id IN "
                    f"({_marks(chunk)})", chunk):
                row.pop("revision", None)
                rows[row["canonical_id"]] = row
        return rows

    def _whys(self, ids: Sequence[str]) -> dict[str, Any]:
        whys = {}
        for chunk in _chunks(ids):
            for event_id, why in self.backend.query(
                    "SELECT event_id, why FROM mentions WHERE canonical_id IN "
                    f"({_marks(chunk)})", chunk):
                whys[event_id] = self.backend.decode_json(why)
        return whys

    def documents(self) -> list[dict[str, Any]]:
        return self.backend.query_dicts(
            "SELECT doc_id, url, outlet, title, published, content_hash, raw_hash, n_events, "
            "run_id, ingested FROM documents ORDER BY doc_id")

    def runs(self) -> list[dict[str, Any]]:
        return self.backend.query_dicts("SELECT * FROM runs ORDER BY run_id")

    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> int:
            return int(self.backend.query(sql)[0][0] or 0)
        by = {
            "type": "SELECT event_type, COUNT(*) FROM events GROUP BY event_type",
            "outlet": "SELECT COALESCE(outlet, '-'), COUNT(*) FROM documents GROUP BY outlet",
        }
        return {
            "backend": self.backend.dialect.name,
            "schema_version": self.schema_version,
            "documents": one("SELECT COUNT(*) FROM documents"),
            "events": one("SELECT COUNT(*) FROM events"),
            "canonical_events": one("SELECT COUNT(*) FROM canonical_events"),
            "multi_source_events": one(
                "SELECT COUNT(*) FROM canonical_events WHERE n_documents > 1"),
            "merged_mentions": one(
                "SELECT COALESCE(SUM(n_mentions - 1), 0) FROM canonical_events"),
            "entities": one("SELECT COUNT(*) FROM entities"),
            "places": one("SELECT COUNT(*) FROM places"),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "unfinished_runs": one("SELECT COUNT(*) FROM runs WHERE finished IS NULL"),
            "events_by_type": dict(sorted(self.backend.query(by["type"]))),
            "documents_by_outlet": dict(sorted(self.backend.query(by["outlet"]))),
        }

    def to_frame(self, level: str = "events", filters: EventFilter | None = None,
                 **kwargs: Any) -> Any:
        """Flat rows (see ``export.flat_event``): a pandas DataFrame when pandas is
        installed, else a list of dicts (which ``polars.DataFrame`` also accepts)."""
        from .export import flat_canonical, flat_event
        if level == "events":
            rows = [flat_event(e) for e in self.events(filters, **kwargs)]
        elif level == "canonical":
            rows = [flat_canonical(c) for c in self.canonical_events(filters, **kwargs)]
        else:
            raise ValueError("level must be 'events' or 'canonical'")
        try:
            import pandas
        except ImportError:
            return rows
        return pandas.DataFrame(rows)


def _chunks(items: Sequence[Any]) -> Iterator[list[Any]]:
    """``items`` in lists short enough for the parameters of one ``IN (...)``."""
    for start in range(0, len(items), IN_CHUNK):
        yield list(items[start:start + IN_CHUNK])


def _marks(chunk: Sequence[Any]) -> str:
    """The ``?, ?, ...`` of an ``IN (...)`` over ``chunk``."""
    return ", ".join("?" * len(chunk))


def _sentence_text(event: Mapping[str, Any], text: str) -> str | None:
    sentence = event.get("sentence") or {}
    return text[sentence.get("start", 0):sentence.get("end", 0)] or None


def _index_of(event: Mapping[str, Any]) -> int:
    tail = str(event["id"]).rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _count_columns(count: Mapping[str, Any] | None) -> tuple[Any, Any, Any]:
    if not count:
        return None, None, None
    return count.get("min"), count.get("max"), int(bool(count.get("cumulative")))


def _mention_of(event: Mapping[str, Any], why: Any) -> dict[str, Any]:
    return {"event_id": event["id"], "doc_id": event["doc_id"], "outlet": event["outlet"],
            "published": event["published"], "sentence": event.get("sentence"),
            "trigger": event.get("trigger"), "quote": event.get("quote"),
            "actor": event.get("actor") or [], "recipient": event.get("recipient") or [],
            "mutual": bool(event.get("mutual")),
            "killed": event.get("killed"), "injured": event.get("injured"),
            "arrested": event.get("arrested"), "attributed_to": event.get("attributed_to"),
            "why": why}

