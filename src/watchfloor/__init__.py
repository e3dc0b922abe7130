"""Watchfloor: news reports about international affairs in, a source-attributed,
deduplicated, certainty-graded event database out.

    from watchfloor import Pipeline, ingest_articles, open_store, read_inputs

The domain objects import at once; the stages (`Pipeline`, `ingest_articles`,
`read_inputs`, `open_store`, `load_kb`, `ActorResolver`, `EventCoder`) import
on first use, so `import watchfloor` stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from watchfloor.domain import (
    Actor,
    Article,
    Certainty,
    CodedArticle,
    DatePrecision,
    Development,
    Event,
    EventDate,
    EventQuery,
    Evidence,
    Location,
    Plover,
    Rejection,
    Story,
)
from watchfloor.errors import WatchfloorError

if TYPE_CHECKING:
    from watchfloor.coding import EventCoder
    from watchfloor.ingest import read_inputs
    from watchfloor.kb import ActorResolver, load_kb
    from watchfloor.pipeline import IngestReport, Pipeline, ingest_articles
    from watchfloor.settings import Settings
    from watchfloor.store import open_store
    from watchfloor.store.base import Store

_LAZY = {
    "ActorResolver": "watchfloor.kb",
    "EventCoder": "watchfloor.coding",
    "IngestReport": "watchfloor.pipeline",
    "Pipeline": "watchfloor.pipeline",
    "Settings": "watchfloor.settings",
    "Store": "watchfloor.store.base",
    "ingest_articles": "watchfloor.pipeline",
    "load_kb": "watchfloor.kb",
    "open_store": "watchfloor.store",
    "read_inputs": "watchfloor.ingest",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'watchfloor' has no attribute {name!r}")


__all__ = [
    "Actor",
    "ActorResolver",
    "Article",
    "Certainty",
    "CodedArticle",
    "DatePrecision",
    "Development",
    "Event",
    "EventCoder",
    "EventDate",
    "EventQuery",
    "Evidence",
    "IngestReport",
    "Location",
    "Pipeline",
    "Plover",
    "Rejection",
    "Settings",
    "Store",
    "Story",
    "WatchfloorError",
    "ingest_articles",
    "load_kb",
    "open_store",
    "read_inputs",
]
