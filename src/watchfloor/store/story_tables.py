"""Stories, their members, and merged developments with their certainty history.

Saving a story or a development replaces what was stored under its id, so
the clusterer and the merger can save the same one again as it grows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime

from watchfloor.domain import Development, Story
from watchfloor.errors import NotFoundError
from watchfloor.store import rows
from watchfloor.store.backend import Backend, Row, existing_ids
from watchfloor.store.queries import like_escape

_STORY_CHILDREN = ("story_articles", "story_actors", "story_dyads", "story_cameo_roots")


class StoryTables:
    def __init__(self, db: Backend, transaction: Callable[[], AbstractContextManager[None]]):
        self._db = db
        self._transaction = transaction

    # -- stories ---------------------------------------------------------
    def save_story(self, story: Story) -> None:
        with self._transaction():
            self._require("articles", story.article_ids, f"story {story.id}", "add_article")
            self._db.execute(
                "INSERT INTO stories (id, title, first_seen, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                "first_seen = excluded.first_seen, last_seen = excluded.last_seen",
                (story.id, story.title, story.first_seen.isoformat(), story.last_seen.isoformat()),
            )
            for table in _STORY_CHILDREN:
                self._db.execute(f"DELETE FROM {table} WHERE story_id = ?", (story.id,))
            self._insert_members(story)

    def _insert_members(self, story: Story) -> None:
        sid = story.id
        self._db.executemany(
            "INSERT INTO story_articles (story_id, position, article_id) VALUES (?, ?, ?)",
            [(sid, i, a) for i, a in enumerate(story.article_ids)],
        )
        self._db.executemany(
            "INSERT INTO story_actors (story_id, position, code) VALUES (?, ?, ?)",
            [(sid, i, code) for i, code in enumerate(story.key_actors)],
        )
        self._db.executemany(
            "INSERT INTO story_dyads (story_id, position, source_code, target_code) "
            "VALUES (?, ?, ?, ?)",
            [(sid, i, source, target) for i, (source, target) in enumerate(story.dyads)],
        )
        self._db.executemany(
            "INSERT INTO story_cameo_roots (story_id, position, cameo_root) VALUES (?, ?, ?)",
            [(sid, i, root) for i, root in enumerate(story.cameo_roots)],
        )

    def get_story(self, story_id: str) -> Story | None:
        found = self._db.query(
            "SELECT id, title, first_seen, last_seen FROM stories WHERE id = ?", (story_id,)
        )
        return self._story(found[0]) if found else None

    def _story(self, row: Row) -> Story:
        story_id = row[0]
        dyads = self._children("source_code, target_code", "story_dyads", story_id)
        return Story(
            id=story_id,
            title=row[1],
            first_seen=datetime.fromisoformat(row[2]),
            last_seen=datetime.fromisoformat(row[3]),
            article_ids=self._column("article_id", "story_articles", story_id),
            key_actors=self._column("code", "story_actors", story_id),
            dyads=tuple((r[0], r[1]) for r in dyads),
            cameo_roots=self._column("cameo_root", "story_cameo_roots", story_id),
        )

    def _column(self, column: str, table: str, story_id: str) -> tuple[str, ...]:
        return tuple(str(r[0]) for r in self._children(column, table, story_id))

    def _children(self, columns: str, table: str, story_id: str) -> list[Row]:
        return self._db.query(
            f"SELECT {columns} FROM {table} WHERE story_id = ? ORDER BY position", (story_id,)
        )

    def find_stories(self, since: str | None = None, actor: str | None = None) -> list[Story]:
        """Stories seen since `since` (ISO date or time), with `actor` (a code prefix) among
        their key actors or dyads; the most recently seen first."""
        conditions: list[str] = []
        params: list[object] = []
        if since:
            conditions.append("s.last_seen >= ?")
            params.append(since)
        if actor and actor.strip():
            pattern = like_escape(actor.strip().upper()) + "%"
            conditions.append(
                "EXISTS (SELECT 1 FROM story_actors k WHERE k.story_id = s.id "
                "AND k.code LIKE ? ESCAPE '\\') OR EXISTS (SELECT 1 FROM story_dyads d "
                "WHERE d.story_id = s.id AND (d.source_code LIKE ? ESCAPE '\\' "
                "OR d.target_code LIKE ? ESCAPE '\\'))"
            )
            params.extend([pattern, pattern, pattern])
        where = "WHERE " + " AND ".join(f"({c})" for c in conditions) if conditions else ""
        found = self._db.query(
            f"SELECT s.id, s.title, s.first_seen, s.last_seen FROM stories s {where} "
            "ORDER BY s.last_seen DESC, s.id",
            params,
        )
        return [self._story(row) for row in found]

    def story_of(self, article_id: str) -> str | None:
        """The story an article belongs to (the most recently seen, should there be several)."""
        found = self._db.query(
            "SELECT m.story_id FROM story_articles m JOIN stories s ON s.id = m.story_id "
            "WHERE m.article_id = ? ORDER BY s.last_seen DESC, s.id LIMIT 1",
            (article_id,),
        )
        return str(found[0][0]) if found else None

    # -- developments ----------------------------------------------------
    def save_development(self, development: Development) -> None:
        did = development.id
        what = f"development {did}"
        with self._transaction():
            if development.story_id is not None:
                self._require("stories", [development.story_id], what, "save_story")
            history_events = [change.event_id for change in development.history]
            self._require("events", [*development.event_ids, *history_events], what, "add_events")
            history_articles = [change.article_id for change in development.history]
            self._require("articles", history_articles, what, "add_article")
            self._upsert_development(development)
            self._db.executemany(
                "INSERT INTO development_events (development_id, position, event_id) "
                "VALUES (?, ?, ?)",
                [(did, i, event_id) for i, event_id in enumerate(development.event_ids)],
            )
            self._db.executemany(
                "INSERT INTO certainty_history (development_id, position, certainty, event_id, "
                "article_id, publisher, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [rows.change_params(did, i, c) for i, c in enumerate(development.history)],
            )

    def _upsert_development(self, development: Development) -> None:
        columns = rows.DEVELOPMENT_COLUMNS
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns.split(", ")[1:])
        self._db.execute(
            f"INSERT INTO developments ({columns}) VALUES ({', '.join('?' * 12)}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            rows.development_params(development),
        )
        for table in ("development_events", "certainty_history"):
            self._db.execute(f"DELETE FROM {table} WHERE development_id = ?", (development.id,))

    def find_developments(self, story_id: str | None = None) -> list[Development]:
        where, params = ("WHERE story_id = ?", [story_id]) if story_id is not None else ("", [])
        found = self._db.query(
            f"SELECT {rows.DEVELOPMENT_COLUMNS} FROM developments {where} ORDER BY first_seen, id",
            params,
        )
        return [self._development(row) for row in found]

    def _development(self, row: Row) -> Development:
        development_id = row[0]
        event_ids = self._db.query(
            "SELECT event_id FROM development_events WHERE development_id = ? ORDER BY position",
            (development_id,),
        )
        history = self._db.query(
            "SELECT certainty, event_id, article_id, publisher, seen_at FROM certainty_history "
            "WHERE development_id = ? ORDER BY position",
            (development_id,),
        )
        return rows.development_from_rows(
            row, [r[0] for r in event_ids], [rows.change_from_row(r) for r in history]
        )

    def _require(self, table: str, ids: Sequence[str], what: str, fix: str) -> None:
        missing = sorted(set(ids) - existing_ids(self._db, table, "id", ids))
        if missing:
            raise NotFoundError(
                f"cannot save {what}: {table} {', '.join(missing[:5])} not stored; call {fix} first"
            )
