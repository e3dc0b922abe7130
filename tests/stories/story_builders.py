"""Builders of domain objects for the stories tests: articles, events with real evidence."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from watchfloor.domain import (
    Actor,
    Article,
    Certainty,
    CodedArticle,
    DatePrecision,
    Event,
    EventDate,
    Evidence,
)
from watchfloor.ingest.articles import new_article
from watchfloor.store.base import Store


def _government(name: str, country: str) -> Actor:
    return Actor(text=name, name=name, country=country, sector="GOV", code=f"{country}GOV")


ACTORS = {
    "PRK": _government("North Korea", "PRK"),
    "RUS": _government("Russia", "RUS"),
    "RUSMIL": Actor(text="Sergei Shoigu", name="Sergei Shoigu", country="RUS", sector="MIL",
                    code="RUSMIL"),
    "USA": _government("United States", "USA"),
    "JPN": _government("Japan", "JPN"),
    "AUS": _government("Australia", "AUS"),
}  # fmt: skip


def make_article(
    text: str,
    *,
    title: str | None = None,
    published: date | None = date(2023, 9, 5),
    source: str | None = "Wire",
    duplicate_of: str | None = None,
) -> Article:
    article = new_article(text, name="test", title=title, published=published, source=source)
    return replace(article, duplicate_of=duplicate_of)


def make_event(
    article: Article,
    source: str | None,
    target: str | None,
    cameo: str,
    *,
    certainty: Certainty = Certainty.REPORTED,
    attribution: str | None = None,
    day: str | None = None,
    offset: int = 0,
) -> Event:
    """An event whose evidence is a real slice of the article text."""
    end = min(len(article.text), offset + 40)
    evidence = Evidence(
        text=article.text[offset:end], sentence=article.text[offset:end], start=offset, end=end
    )
    src = ACTORS[source] if source else None
    tgt = ACTORS[target] if target else None
    return Event(
        id=Event.make_id(article.id, evidence, cameo, src, tgt),
        article_id=article.id,
        source=src,
        target=tgt,
        cameo=cameo,
        quad_class=2,
        goldstein=5.0,
        plover=None,
        certainty=certainty,
        attribution=ACTORS[attribution] if attribution else None,
        date=EventDate(day, DatePrecision.DAY) if day else None,
        location=None,
        evidence=evidence,
        coder="test",
    )


def coded(article: Article, *events: Event) -> CodedArticle:
    return CodedArticle(article=article, events=events)


WIKINEWS = Path(__file__).resolve().parents[2] / "examples" / "wikinews_2019_2020_clean.jsonl"
SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


@cache
def wikinews() -> tuple[Article, ...]:
    """The real Wikinews articles shipped as examples, in date order."""
    articles = []
    for line in WIKINEWS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        articles.append(
            new_article(
                record["text"],
                name=record["id"],
                title=record["title"],
                url=record["url"],
                published=date.fromisoformat(record["published"]),
                source=record["source"],
            )
        )
    return tuple(articles)


def syndicated_copy(article: Article, publisher: str) -> Article:
    """The same text under a new headline, with a boilerplate footer, from another outlet."""
    footer = (
        f"\n\nThis story was distributed by {publisher}. Copyright 2024 {publisher}. "
        "All rights reserved. Subscribe to our newsletter for the latest headlines."
    )
    copy = new_article(
        article.text + footer,
        name="copy",
        title=f"{publisher}: {article.title}",
        published=article.published,
        source=publisher,
    )
    return copy


def stored(store: Store, item: CodedArticle) -> CodedArticle:
    """Store the article (with its copy link) and its events, as the pipeline does first."""
    store.add_article(replace(item.article, duplicate_of=None))
    if item.article.duplicate_of is not None:
        store.mark_duplicate(item.article.id, item.article.duplicate_of, 0.9)
    store.add_events(item.events, kb_version="test")
    return item
