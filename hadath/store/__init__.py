"""The event store: SQLite (default) or PostgreSQL, idempotent ingest, cross-outlet dedup,
exports.  ``Store(url)`` is the Python entry point; see docs/store.md."""
from .core import DEFAULT_URL, EventFilter, Store, content_hash, outlet_of
from .ingest import IngestReport, ingest

__all__ = ["Store", "EventFilter", "DEFAULT_URL", "IngestReport", "ingest", "content_hash",
           "outlet_of"]
