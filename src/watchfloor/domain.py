"""The domain objects every stage passes along: articles, actors, events, stories.

All are frozen dataclasses. `to_dict()` gives the public JSON shape documented in
the README; `from_dict()` reads it back (stores and tests use both).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Certainty(StrEnum):
    """How certain a report makes an event, strongest first."""

    ASSERTED = "asserted"  # stated as fact by the article or an official party
    REPORTED = "reported"  # "reportedly", "is said to", "according to"
    ALLEGED = "alleged"  # "accused of", "alleged"
    SPECULATED = "speculated"  # "might", "could", "believe", "this is just speculation"
    PLANNED = "planned"  # "will", "plans to", "is scheduled to"
    HYPOTHETICAL = "hypothetical"  # conditionals: "if the deal proceeds"
    NEGATED = "negated"  # "did not", "never"
    DENIED = "denied"  # a party denies it


# Order used when merging evidence: a lower rank is a stronger claim.
CERTAINTY_RANK: dict[Certainty, int] = {c: i for i, c in enumerate(Certainty)}


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


def text_id(text: str, length: int = 16) -> str:
    """A stable hexadecimal id for a text (sha256 prefix)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One news article as ingested. `id` is the hash of its normalised text."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None  # unknown stays None: never mtime or today
    source: str | None = None  # publisher or site name, else the file name
    origin: str | None = None  # the path or URL it was read from
    version_of: str | None = None  # id of the previous version of the same URL
    duplicate_of: str | None = None  # id of the article this one copies (near-duplicate)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "origin": self.origin,
            "version_of": self.version_of,
            "duplicate_of": self.duplicate_of,
            "text": self.text,
        }


@dataclass(frozen=True)
class Actor:
    """A resolved actor mention: `code` is the CAMEO actor code (country + sector)."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3 (or CAMEO's code where it differs)
    sector: str | None = None  # GOV, MIL, SPY, IGO, ...
    code: str | None = None  # e.g. RUSMIL, PRKGOV, USASPY, IGOUNO
    kb_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "kb_id": self.kb_id,
        }

    def to_event_dict(self) -> dict[str, Any]:
        """The shape inside an event object (no kb_id)."""
        d = self.to_dict()
        del d["kb_id"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            text=d["text"],
            name=d.get("name"),
            country=d.get("country"),
            sector=d.get("sector"),
            code=d.get("code"),
            kb_id=d.get("kb_id"),
        )


@dataclass(frozen=True)
class EventDate:
    """When an event happened, never more precise than the text says.

    `value` is "2023-07-12", "2023-07", "2023" or None (precision unknown).
    """

    value: str | None
    precision: DatePrecision
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision.value, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventDate:
        return cls(
            value=d.get("value"), precision=DatePrecision(d["precision"]), text=d.get("text")
        )


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        return cls(name=d["name"], country=d.get("country"), lat=d.get("lat"), lon=d.get("lon"))


@dataclass(frozen=True)
class Evidence:
    """Where an event stands in its article.

    `text` is the shortest span covering the event's actors and trigger; `start`
    and `end` are its character offsets in the article text
    (`article.text[start:end] == text`); `sentence` is the whole sentence.
    """

    text: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "sentence": self.sentence, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(text=d["text"], sentence=d["sentence"], start=d["start"], end=d["end"])


@dataclass(frozen=True)
class Plover:
    event: str
    mode: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "mode": self.mode}


@dataclass(frozen=True)
class Event:
    """One coded event with its evidence. The public JSON shape is `to_dict()`."""

    id: str
    article_id: str
    source: Actor | None
    target: Actor | None
    cameo: str
    quad_class: int
    goldstein: float
    plover: Plover | None
    certainty: Certainty
    attribution: Actor | None
    date: EventDate | None
    location: Location | None
    evidence: Evidence
    coder: str

    @staticmethod
    def make_id(
        article_id: str,
        evidence: Evidence,
        cameo: str,
        source: Actor | None,
        target: Actor | None,
    ) -> str:
        """Deterministic: the same coding of the same span gets the same id."""
        key = "|".join(
            [
                article_id,
                str(evidence.start),
                str(evidence.end),
                cameo,
                (source.code or source.text) if source else "",
                (target.code or target.text) if target else "",
            ]
        )
        return text_id(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "source": self.source.to_event_dict() if self.source else None,
            "target": self.target.to_event_dict() if self.target else None,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover.to_dict() if self.plover else None,
            "certainty": self.certainty.value,
            "attribution": (
                {k: v for k, v in self.attribution.to_event_dict().items() if k != "code"}
                if self.attribution
                else None
            ),
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "coder": self.coder,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        plover = d.get("plover")
        return cls(
            id=d["id"],
            article_id=d["article_id"],
            source=Actor.from_dict(d["source"]) if d.get("source") else None,
            target=Actor.from_dict(d["target"]) if d.get("target") else None,
            cameo=d["cameo"],
            quad_class=int(d["quad_class"]),
            goldstein=float(d["goldstein"]),
            plover=Plover(plover["event"], plover.get("mode")) if plover else None,
            certainty=Certainty(d["certainty"]),
            attribution=Actor.from_dict(d["attribution"]) if d.get("attribution") else None,
            date=EventDate.from_dict(d["date"]) if d.get("date") else None,
            location=Location.from_dict(d["location"]) if d.get("location") else None,
            evidence=Evidence.from_dict(d["evidence"]),
            coder=d["coder"],
        )


@dataclass(frozen=True)
class Rejection:
    """An input that could not be ingested, and why (the fix is in `reason`)."""

    name: str
    reason: str


@dataclass(frozen=True)
class CodedArticle:
    """An article after the pipeline: its events in order of appearance."""

    article: Article
    events: tuple[Event, ...]
    sentence_count: int = 0


@dataclass(frozen=True)
class CertaintyChange:
    """One step in the certainty history of a development."""

    certainty: Certainty
    event_id: str  # the evidence that caused the change
    article_id: str
    publisher: str | None
    seen_at: datetime


@dataclass(frozen=True)
class Development:
    """The same event reported in several articles, merged: one row, many evidence items.

    `corroboration` counts independent publishers (near-duplicate copies add none).
    `certainty` is the strongest that any independent source supports.
    """

    id: str
    story_id: str | None
    source_code: str | None
    target_code: str | None
    cameo_root: str
    cameo: str
    certainty: Certainty
    corroboration: int
    first_seen: datetime
    date: EventDate | None
    event_ids: tuple[str, ...]
    history: tuple[CertaintyChange, ...] = ()


@dataclass(frozen=True)
class Story:
    """Articles about the same development, grouped as they arrive."""

    id: str
    title: str
    key_actors: tuple[str, ...]  # actor codes, most frequent first
    article_ids: tuple[str, ...]
    first_seen: datetime
    last_seen: datetime
    dyads: tuple[tuple[str, str], ...] = ()
    cameo_roots: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventQuery:
    """Filters for `Store.find_events`; every field is optional.

    `actor` matches an actor code prefix (RUS, RUSMIL), country or name, as source
    or target; `dyad` matches either direction; `cameo` is a code or a root
    prefix ("07" matches 070-075); dates compare with the event date (falling back
    to the article's publication date).
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    cameo: str | None = None
    quad_class: int | None = None
    certainty: Certainty | None = None
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    story_id: str | None = None
    limit: int | None = None
