"""The versioned schema: fresh databases, older ones brought up to date, newer ones refused."""

from __future__ import annotations

from contextlib import closing

import pytest

from watchfloor.domain import Article, text_id
from watchfloor.errors import StoreError
from watchfloor.store import Store, open_store
from watchfloor.store.migrations import LATEST_VERSION, MIGRATIONS, migrate

from .store_builders import open_backend

OLD_TEXT = "Stored before stories existed."
OLD_ARTICLE = Article(id=text_id(OLD_TEXT), text=OLD_TEXT)


def test_a_new_database_is_at_the_latest_version(store: Store) -> None:
    assert store.schema_version() == LATEST_VERSION == len(MIGRATIONS)


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


@pytest.fixture
def first_version_database(store_target: str) -> str:
    """A database with only the first migration applied, holding one article."""
    db = open_backend(store_target)
    try:
        assert migrate(db, target=1) == 1
        old = OLD_ARTICLE
        db.execute("INSERT INTO articles (id, text) VALUES (?, ?)", (old.id, old.text))
    finally:
        db.close()
    return store_target


def test_an_older_database_is_brought_to_the_latest_version_on_open(
    first_version_database: str,
) -> None:
    with closing(open_store(first_version_database)) as store:
        assert store.schema_version() == LATEST_VERSION
        assert store.get_article(OLD_ARTICLE.id) == OLD_ARTICLE
        assert store.find_articles(search="stories") == [OLD_ARTICLE]
        assert store.find_stories() == []


def test_migrations_are_recorded_once(store_target: str) -> None:
    open_store(store_target).close()
    open_store(store_target).close()

    db = open_backend(store_target)
    try:
        recorded = db.query("SELECT version, name FROM schema_migrations ORDER BY version")
    finally:
        db.close()
    assert recorded == [(m.version, m.name) for m in MIGRATIONS]


def test_a_database_from_a_newer_watchfloor_is_refused(store_target: str) -> None:
    open_store(store_target).close()
    db = open_backend(store_target)
    try:
        db.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (LATEST_VERSION + 1, "from the future", "2099-01-01T00:00:00+00:00"),
        )
    finally:
        db.close()

    with pytest.raises(StoreError, match=r"newer than this Watchfloor.*upgrade"):
        open_store(store_target)
