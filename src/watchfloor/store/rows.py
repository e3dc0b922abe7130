"""Table rows to domain objects and back, shared by both backends.

Actors and evidence spans get ids derived from their content, so the same
actor or span is stored once and a batch can be written with `executemany`.
"""

from __future__ import annotations

import functools
import json
from datetime import date, datetime
from typing import Any

from watchfloor.domain import (
    Actor,
    Article,
    Certainty,
    CertaintyChange,
    DatePrecision,
    Development,
    Event,
    EventDate,
    Evidence,
    Location,
    Plover,
    text_id,
)
from watchfloor.store.backend import Row

ARTICLE_FIELDS = "id, text, title, url, published, source, origin, version_of, duplicate_of"
ARTICLE_COLUMNS = ", ".join(f"a.{field}" for field in ARTICLE_FIELDS.split(", "))
INSERT_ARTICLE = (
    f"INSERT INTO articles ({ARTICLE_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO NOTHING"
)

_ACTOR_FIELDS = "text, name, country, sector, code, kb_id"

EVENT_COLUMNS = ", ".join(
    [
        "e.id, e.article_id, e.cameo, e.quad_class, e.goldstein, e.plover_event, e.plover_mode",
        "e.certainty, e.date_value, e.date_precision, e.date_text",
        "e.location_name, e.location_country, e.location_lat, e.location_lon, e.coder",
        "v.text, v.sentence, v.start_char, v.end_char",
        *(f"{alias}.{field}" for alias in "sta" for field in _ACTOR_FIELDS.split(", ")),
    ]
)

EVENT_FROM = """
FROM events e
JOIN evidence v ON v.id = e.evidence_id
LEFT JOIN actors s ON s.id = e.source_actor_id
LEFT JOIN actors t ON t.id = e.target_actor_id
LEFT JOIN actors a ON a.id = e.attribution_actor_id
"""

INSERT_ACTOR = (
    f"INSERT INTO actors (id, {_ACTOR_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO NOTHING"
)
INSERT_EVIDENCE = (
    "INSERT INTO evidence (id, article_id, sentence, start_char, end_char, text) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
)
INSERT_EVENT = """
INSERT INTO events (
    id, article_id, evidence_id, source_actor_id, target_actor_id, attribution_actor_id,
    cameo, cameo_root, quad_class, goldstein, plover_event, plover_mode, certainty,
    date_value, date_precision, date_text,
    location_name, location_country, location_lat, location_lon,
    coder, kb_version, ordinal, sort_date
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING
"""


def as_date(value: object) -> date | None:
    """A stored date: PostgreSQL returns `date`, SQLite ISO text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def article_from_row(row: Row) -> Article:
    return Article(
        id=row[0],
        text=row[1],
        title=row[2],
        url=row[3],
        published=as_date(row[4]),
        source=row[5],
        origin=row[6],
        version_of=row[7],
        duplicate_of=row[8],
    )


def article_params(article: Article) -> tuple[object, ...]:
    """Values for the columns of `ARTICLE_COLUMNS`, in that order."""
    published = article.published.isoformat() if article.published else None
    return (
        article.id,
        article.text,
        article.title,
        article.url,
        published,
        article.source,
        article.origin,
        article.version_of,
        article.duplicate_of,
    )


@functools.lru_cache(maxsize=8192)
def actor_id(actor: Actor) -> str:
    """Actors are deduplicated by all their fields (the same few recur in every batch)."""
    fields = [actor.text, actor.name, actor.country, actor.sector, actor.code, actor.kb_id]
    return text_id(json.dumps(fields, ensure_ascii=False))


def actor_params(actor: Actor) -> tuple[object, ...]:
    fields = (actor.text, actor.name, actor.country, actor.sector, actor.code, actor.kb_id)
    return (actor_id(actor), *fields)


def evidence_id(article_id: str, evidence: Evidence) -> str:
    return text_id(f"{article_id}|{evidence.start}|{evidence.end}|{evidence.text}")


def evidence_params(article_id: str, evidence: Evidence) -> tuple[object, ...]:
    return (
        evidence_id(article_id, evidence),
        article_id,
        evidence.sentence,
        evidence.start,
        evidence.end,
        evidence.text,
    )


def event_params(
    event: Event, *, kb_version: str, ordinal: int, sort_date: str | None
) -> tuple[object, ...]:
    """Values for `INSERT_EVENT`."""
    date_value = event.date
    location = event.location
    return (
        event.id,
        event.article_id,
        evidence_id(event.article_id, event.evidence),
        actor_id(event.source) if event.source else None,
        actor_id(event.target) if event.target else None,
        actor_id(event.attribution) if event.attribution else None,
        event.cameo,
        event.cameo[:2],
        event.quad_class,
        event.goldstein,
        event.plover.event if event.plover else None,
        event.plover.mode if event.plover else None,
        event.certainty.value,
        date_value.value if date_value else None,
        date_value.precision.value if date_value else None,
        date_value.text if date_value else None,
        location.name if location else None,
        location.country if location else None,
        location.lat if location else None,
        location.lon if location else None,
        event.coder,
        kb_version,
        ordinal,
        sort_date,
    )


def event_from_row(row: Row) -> Event:
    return Event(
        id=row[0],
        article_id=row[1],
        cameo=row[2],
        quad_class=int(row[3]),
        goldstein=float(row[4]),
        plover=Plover(row[5], row[6]) if row[5] is not None else None,
        certainty=Certainty(row[7]),
        date=_event_date(row[8], row[9], row[10]),
        location=Location(row[11], row[12], row[13], row[14]) if row[11] is not None else None,
        coder=row[15],
        evidence=Evidence(text=row[16], sentence=row[17], start=int(row[18]), end=int(row[19])),
        source=_actor(row[20:26]),
        target=_actor(row[26:32]),
        attribution=_actor(row[32:38]),
    )


def _event_date(value: str | None, precision: str | None, text: str | None) -> EventDate | None:
    if precision is None:
        return None
    return EventDate(value=value, precision=DatePrecision(precision), text=text)


def _actor(fields: Row) -> Actor | None:
    if fields[0] is None:
        return None
    return Actor(*fields)


def date_params(value: EventDate | None) -> tuple[str | None, str | None, str | None]:
    if value is None:
        return (None, None, None)
    return (value.value, value.precision.value, value.text)


def development_from_rows(
    row: Row, event_ids: list[str], history: list[CertaintyChange]
) -> Development:
    """`row` holds the columns of `DEVELOPMENT_COLUMNS`."""
    return Development(
        id=row[0],
        story_id=row[1],
        source_code=row[2],
        target_code=row[3],
        cameo_root=row[4],
        cameo=row[5],
        certainty=Certainty(row[6]),
        corroboration=int(row[7]),
        first_seen=datetime.fromisoformat(row[8]),
        date=_event_date(row[9], row[10], row[11]),
        event_ids=tuple(event_ids),
        history=tuple(history),
    )


DEVELOPMENT_COLUMNS = (
    "id, story_id, source_code, target_code, cameo_root, cameo, certainty, corroboration, "
    "first_seen, date_value, date_precision, date_text"
)


def development_params(development: Development) -> tuple[object, ...]:
    return (
        development.id,
        development.story_id,
        development.source_code,
        development.target_code,
        development.cameo_root,
        development.cameo,
        development.certainty.value,
        development.corroboration,
        development.first_seen.isoformat(),
        *date_params(development.date),
    )


def change_from_row(row: Row) -> CertaintyChange:
    """`row`: certainty, event_id, article_id, publisher, seen_at."""
    return CertaintyChange(
        certainty=Certainty(row[0]),
        event_id=row[1],
        article_id=row[2],
        publisher=row[3],
        seen_at=datetime.fromisoformat(row[4]),
    )


def change_params(development_id: str, position: int, change: CertaintyChange) -> tuple[Any, ...]:
    return (
        development_id,
        position,
        change.certainty.value,
        change.event_id,
        change.article_id,
        change.publisher,
        change.seen_at.isoformat(),
    )
