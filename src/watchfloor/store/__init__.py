"""Where articles, events, stories and developments are kept.

`open_store(target)` opens a PostgreSQL database for a `postgresql://` (or
`postgres://`) URL and a SQLite file for anything else; either way the
schema is created or migrated to the current version on open.
"""

from __future__ import annotations

from pathlib import Path

from watchfloor.errors import StoreError
from watchfloor.store.base import AddOutcome, AddResult, Store
from watchfloor.store.postgres import PostgresStore
from watchfloor.store.sqlite import SqliteStore

__all__ = ["AddOutcome", "AddResult", "PostgresStore", "SqliteStore", "Store", "open_store"]

_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(target: str) -> bool:
    return target.lower().startswith(_POSTGRES_SCHEMES)


def open_store(target: str) -> Store:
    """A PostgreSQL store for a `postgresql://` URL, else a SQLite file (folders created)."""
    if is_postgres_url(target):
        return PostgresStore(target)
    if target == ":memory:":
        return SqliteStore(target)
    path = Path(target).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the folder {path.parent} for the database {path}: "
            f"{exc.strerror or exc}; pass a path in a writable folder (--db or WATCHFLOOR_DB)"
        ) from exc
    if path.is_dir():
        raise StoreError(
            f"cannot open the database {path}: it is a folder; pass a file path such as "
            f"{path / 'watchfloor.db'} (--db or WATCHFLOOR_DB)"
        )
    return SqliteStore(path)
