"""`open_store`: which backend a target opens, and the messages when it cannot."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from watchfloor.domain import Article, text_id
from watchfloor.errors import StoreError
from watchfloor.store import PostgresStore, SqliteStore, open_store


def test_a_path_opens_sqlite_creating_its_folders(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "watchfloor.db"

    with closing(open_store(str(target))) as store:
        assert isinstance(store, SqliteStore)
    assert target.is_file()


def test_sqlite_database_uses_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    target = tmp_path / "watchfloor.db"
    open_store(str(target)).close()

    with closing(sqlite3.connect(target)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        raw.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute("INSERT INTO articles (id, text, version_of) VALUES ('a', 'x', 'missing')")


def test_a_folder_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"it is a folder; pass a file path"):
        open_store(str(tmp_path))


def test_a_file_that_is_not_a_database_is_refused_naming_it(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("These are notes, not a database. " * 100)

    with pytest.raises(StoreError, match=r"cannot open SQLite database .*notes\.txt"):
        open_store(str(notes))


def test_a_folder_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")

    with pytest.raises(StoreError, match=r"cannot create the folder .*file.*writable folder"):
        open_store(str(blocker / "sub" / "watchfloor.db"))


def test_an_unreachable_server_is_named_without_its_password() -> None:
    url = "postgresql://watch:s3cret@127.0.0.1:1/watchfloor?connect_timeout=2"

    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL") as raised:
        open_store(url)
    assert "s3cret" not in str(raised.value)
    assert "watch:***@127.0.0.1:1" in str(raised.value)


def test_without_psycopg_the_message_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)

    with pytest.raises(StoreError, match=r"pip install 'watchfloor\[postgres\]'"):
        PostgresStore("postgresql://127.0.0.1:5432/test")


@pytest.mark.postgres
def test_a_postgres_url_opens_postgres(postgres_url: str) -> None:
    with closing(open_store(postgres_url)) as store:
        assert isinstance(store, PostgresStore)
        assert store.count_articles() == 0


def test_a_second_writer_waits_then_fails_saying_why(tmp_path: Path) -> None:
    target = tmp_path / "watchfloor.db"
    text = "Talks resumed in Geneva."
    with closing(open_store(str(target))) as first, closing(SqliteStore(target, 0.2)) as second:
        with first.transaction():
            first.add_article(Article(id=text_id(text), text=text))
            with pytest.raises(StoreError, match="another process is writing"):
                second.add_article(Article(id=text_id("Other."), text="Other."))
            assert second.count_articles() == 0  # readers see the last commit
        assert second.count_articles() == 1
