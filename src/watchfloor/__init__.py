"""Watchfloor: news reports about international affairs in, a source-attributed,
deduplicated, certainty-graded event database out."""

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

__all__ = [
    "Actor",
    "Article",
    "Certainty",
    "CodedArticle",
    "DatePrecision",
    "Development",
    "Event",
    "EventDate",
    "EventQuery",
    "Evidence",
    "Location",
    "Plover",
    "Rejection",
    "Story",
    "WatchfloorError",
]
