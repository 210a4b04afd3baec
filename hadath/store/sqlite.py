"""SQLite backend: the default, one file, zero setup; WAL so readers never block ingest."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .schema import SQLITE, Dialect

BUSY_TIMEOUT_S = 30.0
# Page cache per connection (the default 2 MB makes a busy day re-read its indexes from the
# OS through system calls on every new mention).
CACHE_KIB = 65_536


def path_from_url(url: str) -> str:
    """``sqlite:///abs/path``, ``sqlite://rel/path``, ``sqlite::memory:`` or a plain path."""
    if url.startswith("sqlite:///"):
        return "/" + url[len("sqlite:///"):]
    if url.startswith("sqlite://"):
        return url[len("sqlite://"):]
    if url.startswith("sqlite:"):
        return url[len("sqlite:"):]
    return url


class SQLiteBackend:
    dialect: Dialect = SQLITE

    def __init__(self, url: str) -> None:
        self.url = url
        path = path_from_url(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                     check_same_thread=False)
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable against a killed process in WAL mode (not against power loss).
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self._depth = 0

    def execute(self, sql: str, params: tuple | list = ()) -> None:
        self._conn.execute(self.dialect.render(sql), tuple(params))

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            self._conn.executemany(self.dialect.render(sql), rows)

    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self._conn.execute(self.dialect.render(sql), tuple(params)).fetchall()

    def query_dicts(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        cursor = self._conn.execute(self.dialect.render(sql), tuple(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction; inside another one, a savepoint: it rolls back alone on an
        exception and leaves the enclosing transaction going."""
        if self._depth:
            yield from self._savepoint()
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _savepoint(self) -> Iterator[None]:
        name = f"sp{self._depth}"
        self._conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._conn.execute(f"ROLLBACK TO {name}")
            self._conn.execute(f"RELEASE {name}")
            raise
        else:
            self._conn.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def decode_json(self, value: Any) -> Any:
        return json.loads(value) if isinstance(value, (str, bytes)) else value

    def close(self) -> None:
        self._conn.close()
