"""The embedded default: one SQLite file in WAL mode, foreign keys on.

WAL lets readers work while one process writes; a writer waits up to the busy
timeout for another writer's lock before it fails with a `StoreError`.
Transactions start with `BEGIN IMMEDIATE`, so a batch takes the write lock
up front instead of failing half-way.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Sequence

from watchfloor.errors import StoreError
from watchfloor.store.backend import Row
from watchfloor.store.sql import SqlStore

DEFAULT_BUSY_TIMEOUT_S = 10.0


class SqliteBackend:
    dialect = "sqlite"

    def __init__(self, path: str, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> None:
        self._path = path
        try:
            self._conn = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._cannot_open(exc) from exc
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            self._conn.close()
            raise self._cannot_open(exc) from exc

    def _cannot_open(self, exc: sqlite3.Error) -> StoreError:
        return StoreError(
            f"cannot open SQLite database {self._path}: {exc}; pass the path of a "
            "Watchfloor database or of a new file in a writable folder"
        )

    def describe(self) -> str:
        return f"SQLite database {self._path}"

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc

    def execute(self, sql: str, params: Sequence[object] = ()) -> int:
        try:
            return self._conn.execute(sql, params).rowcount
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if not rows:
            return
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc

    def _failed(self, exc: sqlite3.Error) -> StoreError:
        if "locked" in str(exc) or "busy" in str(exc):
            fix = "another process is writing to it; retry when it has finished"
        elif isinstance(exc, sqlite3.IntegrityError):
            fix = "the write breaks a link between records; store what it refers to first"
        else:
            fix = "check that the file is a Watchfloor database on a writable disk"
        return StoreError(f"{self.describe()}: {exc}; {fix}")

    def begin(self) -> None:
        self.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        if self._conn.in_transaction:
            self.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()

    def lock_migrations(self) -> None:
        """`BEGIN IMMEDIATE` already holds the write lock."""

    def search_sql(self, columns: str, limit_clause: str) -> str:
        return (
            f"SELECT {columns} FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH ? "
            f"ORDER BY articles_fts.rank, a.published DESC NULLS LAST, a.seq DESC {limit_clause}"
        )

    def search_terms(self, words: Sequence[str]) -> str:
        """Each word quoted: FTS5 operators in the user's text are read as plain words."""
        return " ".join('"' + word.replace('"', '""') + '"' for word in words)

    def encode_signature(self, signature: Sequence[int]) -> object:
        return struct.pack(f"<{len(signature)}q", *signature)

    def decode_signature(self, value: object) -> list[int]:
        data = bytes(value)  # type: ignore[call-overload]
        return list(struct.unpack(f"<{len(data) // 8}q", data))


class SqliteStore(SqlStore):
    """The `Store` in one SQLite file (created, and brought up to date, on open)."""

    def __init__(
        self, path: str | os.PathLike[str], busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S
    ) -> None:
        super().__init__(SqliteBackend(os.fspath(path), busy_timeout_s))
