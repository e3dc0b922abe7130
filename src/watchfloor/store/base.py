"""The `Store` protocol: what every database backend provides.

SQLite (`store/sqlite.py`) is the embedded default; PostgreSQL
(`store/postgres.py`) implements the same protocol for teams, and one test
suite runs against both. `open_store(url)` picks the backend from the URL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from watchfloor.domain import Article, Development, Event, EventQuery, Story


class AddOutcome(StrEnum):
    NEW = "new"  # a text never seen before
    EXISTING = "existing"  # the same normalised text is already stored: nothing added
    NEW_VERSION = "new_version"  # same URL, changed text: stored, linked by version_of


@dataclass(frozen=True)
class AddResult:
    outcome: AddOutcome
    article: Article  # as stored (with version_of filled in for a new version)


class Store(Protocol):
    """A database of articles, events, near-duplicate links and stories."""

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[None]:
        """One transaction: everything inside commits together or not at all.

        The pipeline wraps each batch in one. Nested use joins the outer one.
        """
        ...

    def schema_version(self) -> int: ...

    # -- articles --------------------------------------------------------
    def add_article(self, article: Article) -> AddResult: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def find_articles(self, search: str | None = None, limit: int | None = None) -> list[Article]:
        """Full-text search over title and text (FTS5 / tsvector), newest first."""
        ...

    def count_articles(self) -> int: ...

    def mark_duplicate(self, article_id: str, duplicate_of: str, similarity: float) -> None:
        """Record that `article_id` is a near-duplicate copy of `duplicate_of`."""
        ...

    # -- near-duplicate signatures (for incremental MinHash LSH) -----------
    def save_signature(self, article_id: str, signature: Sequence[int]) -> None: ...

    def iter_signatures(self) -> Iterator[tuple[str, list[int]]]: ...

    # -- events ----------------------------------------------------------
    def add_events(self, events: Sequence[Event], kb_version: str) -> int:
        """Store events (and their evidence); an event id already stored is skipped.

        Returns how many were new.
        """
        ...

    def find_events(self, query: EventQuery) -> list[Event]:
        """Events matching `query`, in date order then order of appearance."""
        ...

    def count_events(self) -> int: ...

    # -- stories and merged developments ---------------------------------
    def save_story(self, story: Story) -> None:
        """Insert or replace a story and its article membership."""
        ...

    def get_story(self, story_id: str) -> Story | None: ...

    def find_stories(self, since: str | None = None, actor: str | None = None) -> list[Story]: ...

    def story_of(self, article_id: str) -> str | None: ...

    def save_development(self, development: Development) -> None:
        """Insert or replace a development, its evidence event ids and certainty history."""
        ...

    def find_developments(self, story_id: str | None = None) -> list[Development]: ...
