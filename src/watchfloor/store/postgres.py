"""PostgreSQL for teams: the same `Store`, on psycopg 3 (an optional dependency).

Install it with `pip install 'watchfloor[postgres]'`. The connection runs in
autocommit mode and `transaction()` issues BEGIN/COMMIT itself; full-text
search uses a generated tsvector column under a GIN index. Point the URL's
`options=-csearch_path=NAME` at a schema to keep several databases in one.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from watchfloor.errors import StoreError
from watchfloor.store.backend import Row
from watchfloor.store.sql import SqlStore

DEFAULT_CONNECT_TIMEOUT_S = 10


def import_psycopg() -> ModuleType:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError(
            "PostgreSQL support is not installed (cannot import psycopg); "
            "pip install 'watchfloor[postgres]'"
        ) from exc
    return psycopg


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


@functools.lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    """The shared SQL's `?` placeholders in psycopg's `%s` style."""
    return sql.replace("?", "%s")


class PostgresBackend:
    dialect = "postgres"

    def __init__(self, url: str) -> None:
        self._psycopg = import_psycopg()
        self._url = url
        options: dict[str, Any] = {"autocommit": True}
        if "connect_timeout" not in url:
            options["connect_timeout"] = DEFAULT_CONNECT_TIMEOUT_S
        try:
            self._conn = self._psycopg.connect(url, **options)
        except self._psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL at {redact(url)}: {str(exc).strip()}; "
                "check the URL, and that the server is running and lets this user in"
            ) from exc

    def describe(self) -> str:
        return f"PostgreSQL database {redact(self._url)}"

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        try:
            cursor = self._conn.execute(_placeholders(sql), params or None)
            return cursor.fetchall() if cursor.description else []
        except self._psycopg.Error as exc:
            raise self._failed(exc) from exc

    def execute(self, sql: str, params: Sequence[object] = ()) -> int:
        try:
            return int(self._conn.execute(_placeholders(sql), params or None).rowcount)
        except self._psycopg.Error as exc:
            raise self._failed(exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if not rows:
            return
        try:
            with self._conn.cursor() as cursor:
                cursor.executemany(_placeholders(sql), rows)
        except self._psycopg.Error as exc:
            raise self._failed(exc) from exc

    def _failed(self, exc: Exception) -> StoreError:
        if isinstance(exc, self._psycopg.errors.IntegrityError):
            fix = "the write breaks a link between records; store what it refers to first"
        elif isinstance(exc, self._psycopg.OperationalError):
            fix = "check that the server is still running and reachable"
        else:
            fix = "check that the database holds a Watchfloor schema this version understands"
        return StoreError(f"{self.describe()}: {str(exc).strip()}; {fix}")

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        if not self._conn.closed:
            self.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()

    def lock_migrations(self) -> None:
        self.execute("LOCK TABLE schema_migrations IN SHARE ROW EXCLUSIVE MODE")

    def search_sql(self, columns: str, limit_clause: str) -> str:
        return (
            f"SELECT {columns} FROM articles a, plainto_tsquery('english', ?) q "
            "WHERE a.search @@ q "
            f"ORDER BY ts_rank(a.search, q) DESC, a.published DESC NULLS LAST, a.seq DESC "
            f"{limit_clause}"
        )

    def search_terms(self, words: Sequence[str]) -> str:
        return " ".join(words)

    def encode_signature(self, signature: Sequence[int]) -> object:
        return list(signature)

    def decode_signature(self, value: object) -> list[int]:
        return [int(v) for v in value]  # type: ignore[attr-defined]


class PostgresStore(SqlStore):
    """The `Store` in a PostgreSQL database (schema created and brought up to date on open)."""

    def __init__(self, url: str) -> None:
        super().__init__(PostgresBackend(url))
