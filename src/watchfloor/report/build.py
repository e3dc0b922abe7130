"""Gather what a situation report shows from a store: events, their articles, developments."""

from __future__ import annotations

from datetime import date

from watchfloor.domain import Article, Development, EventQuery
from watchfloor.errors import NotFoundError, QueryError
from watchfloor.report.markdown import ReportInput
from watchfloor.store.base import Store


def report_input(
    store: Store,
    *,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    story_id: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> ReportInput:
    """The events, articles and developments for one actor, dyad or story."""
    if sum(x is not None for x in (actor, dyad, story_id)) > 1:
        raise QueryError("give one of --actor, --dyad or --story, not several")
    title = _title(store, actor, dyad, story_id)
    query = EventQuery(actor=actor, dyad=dyad, story_id=story_id, since=since, until=until)
    events = store.find_events(query)
    articles = _articles(store, {e.article_id for e in events})
    developments = _developments(store, articles)
    return ReportInput(title, events, articles, developments)


def _title(
    store: Store, actor: str | None, dyad: tuple[str, str] | None, story_id: str | None
) -> str:
    if story_id is not None:
        story = store.get_story(story_id)
        if story is None:
            raise NotFoundError(f"no story {story_id!r}; `watchfloor stories` lists them")
        return story.title
    if dyad is not None:
        return f"{dyad[0]} – {dyad[1]}"
    return actor or "all events"


def _articles(store: Store, ids: set[str]) -> dict[str, Article]:
    found = (store.get_article(i) for i in sorted(ids))
    return {a.id: a for a in found if a is not None}


def _developments(store: Store, articles: dict[str, Article]) -> list[Development]:
    story_ids = {s for s in (store.story_of(i) for i in articles) if s is not None}
    return [d for s in sorted(story_ids) for d in store.find_developments(story_id=s)]
