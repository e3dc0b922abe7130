"""The seam between the shared SQL store and one database driver.

`SqlStore` (`store/sql.py`) writes its SQL once, with `?` placeholders, and
runs it through a `Backend`: `SqliteBackend` (`store/sqlite.py`) or
`PostgresBackend` (`store/postgres.py`). A backend owns the connection, the
transaction statements, the driver's errors (raised as `StoreError`) and the
few fragments of SQL that differ between the two (full-text search,
signature encoding).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

Row = tuple[Any, ...]


class Backend(Protocol):
    dialect: str  # "sqlite" or "postgres": picks the statements of a migration

    def describe(self) -> str:
        """The database named for messages (a path, or a URL without its password)."""
        ...

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """Run one statement and return its rows."""
        ...

    def execute(self, sql: str, params: Sequence[object] = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        ...

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None: ...

    def begin(self) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...

    def lock_migrations(self) -> None:
        """Keep concurrent openers from migrating at the same time (inside `begin`)."""
        ...

    def search_sql(self, columns: str, limit_clause: str) -> str:
        """A ranked full-text search over articles `a`, taking one `?`: `search_terms()`."""
        ...

    def search_terms(self, words: Sequence[str]) -> str:
        """The words to find, written in this backend's full-text query syntax."""
        ...

    def encode_signature(self, signature: Sequence[int]) -> object: ...

    def decode_signature(self, value: object) -> list[int]: ...


def existing_ids(db: Backend, table: str, column: str, ids: Sequence[str]) -> set[str]:
    """Those of `ids` found in `table.column` (queried in chunks of 500)."""
    found: set[str] = set()
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT {column} FROM {table} WHERE {column} IN ({marks})"
        found.update(str(row[0]) for row in db.query(sql, chunk))
    return found
