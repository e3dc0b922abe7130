"""`SqlStore`: the `Store` protocol written once in SQL, run through a `Backend`.

Every write runs inside `transaction()`: on its own it commits at once; inside
a caller's transaction it joins it, so a failed batch leaves nothing behind.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from types import TracebackType
from typing import Self

from watchfloor.domain import Article, Development, Event, EventQuery, Story
from watchfloor.errors import NotFoundError, StoreError
from watchfloor.store import rows
from watchfloor.store.backend import Backend, existing_ids
from watchfloor.store.base import AddOutcome, AddResult
from watchfloor.store.migrations import current_version, migrate
from watchfloor.store.queries import event_filter, limit_clause
from watchfloor.store.story_tables import StoryTables

logger = logging.getLogger(__name__)

_INT64 = range(-(2**63), 2**63)
_CHUNK = 500  # ids per IN (...) list


class SqlStore:
    """A `Store` over one database connection; brings the schema up to date on open.

    One connection means one thread: give each thread or process its own store.
    """

    def __init__(self, db: Backend) -> None:
        self._db = db
        self._depth = 0
        try:
            migrate(db)
        except BaseException:
            db.close()
            raise
        self._stories = StoryTables(db, self.transaction)

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._db.begin()
        self._depth = 1
        try:
            yield
            self._db.commit()
        except BaseException:
            self._rollback_quietly()
            raise
        finally:
            self._depth = 0

    def _rollback_quietly(self) -> None:
        """Roll back while an error propagates; a failure here must not hide that error."""
        try:
            self._db.rollback()
        except StoreError as exc:
            logger.warning("%s: rollback failed: %s", self._db.describe(), exc)

    def schema_version(self) -> int:
        return current_version(self._db)

    # -- articles --------------------------------------------------------
    def add_article(self, article: Article) -> AddResult:
        with self.transaction():
            stored = self.get_article(article.id)
            if stored is not None:
                return AddResult(AddOutcome.EXISTING, stored)
            previous = self._latest_version(article.url)
            if previous is not None:
                article = replace(article, version_of=previous)
            self._check_links(article)
            if not self._db.execute(rows.INSERT_ARTICLE, rows.article_params(article)):
                # Another writer stored the same text since we looked.
                return AddResult(AddOutcome.EXISTING, self._stored(article.id))
        outcome = AddOutcome.NEW_VERSION if previous is not None else AddOutcome.NEW
        logger.debug("article %s stored (%s)", article.id, outcome.value)
        return AddResult(outcome, article)

    def _latest_version(self, url: str | None) -> str | None:
        if url is None:
            return None
        found = self._db.query(
            "SELECT id FROM articles WHERE url = ? ORDER BY seq DESC LIMIT 1", (url,)
        )
        return str(found[0][0]) if found else None

    def _check_links(self, article: Article) -> None:
        links = (("version_of", article.version_of), ("duplicate_of", article.duplicate_of))
        for field, linked in links:
            if linked is not None and self.get_article(linked) is None:
                raise NotFoundError(
                    f"cannot store article {article.id}: its {field} {linked} is not stored; "
                    "add that article first or leave the field empty"
                )

    def _stored(self, article_id: str) -> Article:
        stored = self.get_article(article_id)
        if stored is None:
            raise NotFoundError(f"article {article_id} is not stored; add it first")
        return stored

    def get_article(self, article_id: str) -> Article | None:
        found = self._db.query(
            f"SELECT {rows.ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)
        )
        return rows.article_from_row(found[0]) if found else None

    def find_articles(self, search: str | None = None, limit: int | None = None) -> list[Article]:
        limit_sql, limit_params = limit_clause(limit)
        if search is None:
            sql = (
                f"SELECT {rows.ARTICLE_COLUMNS} FROM articles a "
                f"ORDER BY a.published DESC NULLS LAST, a.seq DESC {limit_sql}"
            )
            return [rows.article_from_row(r) for r in self._db.query(sql, limit_params)]
        words = re.findall(r"\w+", search)
        if not words:
            return []
        sql = self._db.search_sql(rows.ARTICLE_COLUMNS, limit_sql)
        found = self._db.query(sql, (self._db.search_terms(words), *limit_params))
        return [rows.article_from_row(r) for r in found]

    def count_articles(self) -> int:
        return int(self._db.query("SELECT COUNT(*) FROM articles")[0][0])

    def mark_duplicate(self, article_id: str, duplicate_of: str, similarity: float) -> None:
        if article_id == duplicate_of:
            raise StoreError(f"cannot mark article {article_id} as a duplicate of itself")
        with self.transaction():
            if self.get_article(duplicate_of) is None:
                raise NotFoundError(
                    f"cannot mark article {article_id} as a copy of {duplicate_of}: "
                    f"{duplicate_of} is not stored; add it first"
                )
            changed = self._db.execute(
                "UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?",
                (duplicate_of, similarity, article_id),
            )
            if not changed:
                raise NotFoundError(
                    f"cannot mark article {article_id} as a duplicate: it is not stored; "
                    "add it first"
                )

    # -- near-duplicate signatures ---------------------------------------
    def save_signature(self, article_id: str, signature: Sequence[int]) -> None:
        values = [int(v) for v in signature]
        if any(v not in _INT64 for v in values):
            raise StoreError(
                f"cannot store the signature of article {article_id}: a value does not fit "
                "in 64 signed bits; hash into 64 bits or fewer"
            )
        with self.transaction():
            if self.get_article(article_id) is None:
                raise NotFoundError(
                    f"cannot store the signature of article {article_id}: the article is not "
                    "stored; add it first"
                )
            self._db.execute(
                "INSERT INTO signatures (article_id, signature) VALUES (?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature",
                (article_id, self._db.encode_signature(values)),
            )

    def iter_signatures(self) -> Iterator[tuple[str, list[int]]]:
        found = self._db.query("SELECT article_id, signature FROM signatures ORDER BY article_id")
        for article_id, value in found:
            yield str(article_id), self._db.decode_signature(value)

    # -- events ----------------------------------------------------------
    def add_events(self, events: Sequence[Event], kb_version: str) -> int:
        with self.transaction():
            new = self._new_events(events)
            if not new:
                return 0
            ordinals = self._ordinals(events)
            dates = self._published(sorted({e.article_id for e in new}))
            self._insert_events(new, kb_version, ordinals, dates)
        logger.debug("%d new events stored (kb %s)", len(new), kb_version)
        return len(new)

    def _new_events(self, events: Sequence[Event]) -> list[Event]:
        """The events whose ids are neither stored nor repeated earlier in `events`."""
        stored = existing_ids(self._db, "events", "id", [e.id for e in events])
        new: dict[str, Event] = {}
        for event in events:
            if event.id not in stored and event.id not in new:
                new[event.id] = event
        return list(new.values())

    def _ordinals(self, events: Sequence[Event]) -> dict[str, int]:
        """Order of appearance: the position in `events` among those of the same article,
        after any events of that article stored before."""
        article_ids = sorted({e.article_id for e in events})
        base = {a: self._next_ordinal(a) for a in article_ids}
        ordinals: dict[str, int] = {}
        for event in events:
            if event.id not in ordinals:
                ordinals[event.id] = base[event.article_id]
                base[event.article_id] += 1
        return ordinals

    def _next_ordinal(self, article_id: str) -> int:
        found = self._db.query(
            "SELECT MAX(ordinal) FROM events WHERE article_id = ?", (article_id,)
        )
        return 0 if found[0][0] is None else int(found[0][0]) + 1

    def _published(self, article_ids: list[str]) -> dict[str, str | None]:
        """The publication date of each article, raising if one is not stored."""
        dates: dict[str, str | None] = {}
        for start in range(0, len(article_ids), _CHUNK):
            chunk = article_ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT id, published FROM articles WHERE id IN ({marks})"
            for article_id, published in self._db.query(sql, chunk):
                day = rows.as_date(published)
                dates[str(article_id)] = day.isoformat() if day else None
        missing = [a for a in article_ids if a not in dates]
        if missing:
            raise NotFoundError(
                f"cannot store events of article {missing[0]}: the article is not stored; "
                "call add_article before add_events"
            )
        return dates

    def _insert_events(
        self,
        events: list[Event],
        kb_version: str,
        ordinals: dict[str, int],
        published: dict[str, str | None],
    ) -> None:
        actors = {
            rows.actor_id(actor): rows.actor_params(actor)
            for event in events
            for actor in (event.source, event.target, event.attribution)
            if actor is not None
        }
        evidence = {rows.evidence_params(e.article_id, e.evidence) for e in events}
        self._db.executemany(rows.INSERT_ACTOR, list(actors.values()))
        self._db.executemany(rows.INSERT_EVIDENCE, sorted(evidence, key=lambda r: str(r[0])))
        event_rows = [
            rows.event_params(
                e,
                kb_version=kb_version,
                ordinal=ordinals[e.id],
                sort_date=(e.date.value if e.date and e.date.value else published[e.article_id]),
            )
            for e in events
        ]
        self._db.executemany(rows.INSERT_EVENT, event_rows)

    def find_events(self, query: EventQuery) -> list[Event]:
        where = event_filter(query)
        limit_sql, limit_params = limit_clause(query.limit)
        sql = (
            f"SELECT {rows.EVENT_COLUMNS} {rows.EVENT_FROM} "
            f"{'WHERE ' + where.sql if where.sql else ''} "
            f"ORDER BY e.sort_date ASC NULLS LAST, e.article_id, e.ordinal {limit_sql}"
        )
        return [rows.event_from_row(r) for r in self._db.query(sql, where.params + limit_params)]

    def count_events(self) -> int:
        return int(self._db.query("SELECT COUNT(*) FROM events")[0][0])

    # -- stories and merged developments ---------------------------------
    def save_story(self, story: Story) -> None:
        self._stories.save_story(story)

    def get_story(self, story_id: str) -> Story | None:
        return self._stories.get_story(story_id)

    def find_stories(self, since: str | None = None, actor: str | None = None) -> list[Story]:
        return self._stories.find_stories(since, actor)

    def story_of(self, article_id: str) -> str | None:
        return self._stories.story_of(article_id)

    def save_development(self, development: Development) -> None:
        self._stories.save_development(development)

    def find_developments(self, story_id: str | None = None) -> list[Development]:
        return self._stories.find_developments(story_id)
