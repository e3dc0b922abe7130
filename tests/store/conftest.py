"""A `store` fixture run against SQLite (a temporary file) and PostgreSQL (a fresh schema).

PostgreSQL comes from WATCHFLOOR_TEST_POSTGRES, else postgresql://127.0.0.1:5432/test;
each test gets its own schema (through search_path), dropped afterwards. When no
server answers, the postgres tests are skipped, saying so.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import pytest

from watchfloor.store import Store, open_store

POSTGRES_URL = os.environ.get("WATCHFLOOR_TEST_POSTGRES", "postgresql://127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The server URL, or a skip naming it when it is not reachable."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e .[dev]")
    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except psycopg.Error:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}; set WATCHFLOOR_TEST_POSTGRES")
    return POSTGRES_URL


def with_search_path(url: str, schema: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    import psycopg

    schema = f"watchfloor_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield with_search_path(postgres_server, schema)
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """Where a store lives: a SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "db" / "watchfloor.db")
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    opened = open_store(store_target)
    yield opened
    opened.close()
