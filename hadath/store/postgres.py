"""PostgreSQL backend (``--db postgresql://...``) for teams; needs the ``postgres`` extra
(psycopg 3), imported only when such a URL is used."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .schema import POSTGRES, Dialect


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def _psycopg():
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("PostgreSQL needs psycopg: pip install 'hadath[postgres]'") from exc
    return psycopg


class PostgresBackend:
    dialect: Dialect = POSTGRES

    def __init__(self, url: str, connect_timeout: int = 10) -> None:
        self.url = url
        self._conn = _psycopg().connect(url, autocommit=True, connect_timeout=connect_timeout)

    def execute(self, sql: str, params: tuple | list = ()) -> None:
        self._conn.execute(self.dialect.render(sql), tuple(params) or None)

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(self.dialect.render(sql), rows)

    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self._conn.execute(self.dialect.render(sql), tuple(params) or None).fetchall()

    def query_dicts(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        cursor = self._conn.execute(self.dialect.render(sql), tuple(params) or None)
        names = [d.name for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def decode_json(self, value: Any) -> Any:
        import json
        return json.loads(value) if isinstance(value, (str, bytes)) else value

    def close(self) -> None:
        self._conn.close()
