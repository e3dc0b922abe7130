"""Domain objects and bare connections for the store tests."""

from __future__ import annotations

import os
from datetime import date

from watchfloor.domain import Actor, Article, Certainty, Event, EventDate, Evidence, Plover, text_id
from watchfloor.store.backend import Backend
from watchfloor.store.postgres import PostgresBackend
from watchfloor.store.sqlite import SqliteBackend


def open_backend(target: str) -> Backend:
    """A bare connection, without migrating: for building older databases."""
    if target.startswith("postgresql://"):
        return PostgresBackend(target)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    return SqliteBackend(target)


# -- domain objects for tests ------------------------------------------------

RUSSIA = Actor(text="Russia", name="Russia", country="RUS", sector=None, code="RUS", kb_id="Q159")
RUS_MIL = Actor(
    text="Russian Defense Minister Sergei Shoigu",
    name="Sergei Shoigu",
    country="RUS",
    sector="MIL",
    code="RUSMIL",
    kb_id="Q312777",
)
NORTH_KOREA = Actor(text="Pyongyang", name="North Korea", country="PRK", code="PRKGOV")
UKRAINE = Actor(text="Kyiv", name="Ukraine", country="UKR", sector="GOV", code="UKRGOV")
SPOKESMAN = Actor(text="a Kremlin spokesman", name=None, country="RUS", code="RUSGOV")


def article(text: str, *, url: str | None = None, published: date | None = None) -> Article:
    return Article(
        id=text_id(text),
        text=text,
        title=text.split(".")[0],
        url=url,
        published=published,
        source="Test Wire",
        origin=url or "test.txt",
    )


def event(
    art: Article,
    phrase: str,
    *,
    cameo: str = "042",
    source: Actor | None = RUSSIA,
    target: Actor | None = NORTH_KOREA,
    when: EventDate | None = None,
    certainty: Certainty = Certainty.ASSERTED,
    quad_class: int = 1,
) -> Event:
    """An event whose evidence is `phrase`, which must occur in the article text."""
    start = art.text.index(phrase)
    evidence = Evidence(text=phrase, sentence=phrase + ".", start=start, end=start + len(phrase))
    return Event(
        id=Event.make_id(art.id, evidence, cameo, source, target),
        article_id=art.id,
        source=source,
        target=target,
        cameo=cameo,
        quad_class=quad_class,
        goldstein=1.9,
        plover=Plover("CONSULT", "visit"),
        certainty=certainty,
        attribution=None,
        date=when,
        location=None,
        evidence=evidence,
        coder="test-coder 1",
    )
