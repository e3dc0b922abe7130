"""Fixtures for the coding tests: a coder over the shipped knowledge base plus two
fictional countries (Freedonia FRD, Sylvania SYL) from `fictional_kb/`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from watchfloor.coding.events import EventCoder
from watchfloor.domain import Actor, Event
from watchfloor.kb import ActorResolver, load_kb

FICTIONAL_KB = Path(__file__).parent / "fictional_kb"
PUBLISHED = date(2023, 11, 11)


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    return EventCoder(ActorResolver(load_kb(FICTIONAL_KB)))


@pytest.fixture(scope="session")
def code(nlp: Any, coder: EventCoder) -> Callable[..., list[Event]]:
    def run(text: str, published: date | None = PUBLISHED) -> list[Event]:
        return coder.code(nlp(text), "test-article", published)

    return run


Triple = tuple[str | None, str, str | None]


def _triples(events: list[Event], side: Callable[[Actor], str | None]) -> list[Triple]:
    def party(actor: Actor | None) -> str | None:
        return side(actor) if actor is not None else None

    return [(party(e.source), e.cameo, party(e.target)) for e in events]


@pytest.fixture(scope="session")
def country_triples() -> Callable[[list[Event]], list[Triple]]:
    """(source country, CAMEO code, target country) of each event, in order."""
    return lambda events: _triples(events, lambda actor: actor.country)


@pytest.fixture(scope="session")
def code_triples() -> Callable[[list[Event]], list[Triple]]:
    """(source actor code, CAMEO code, target actor code) of each event, in order."""
    return lambda events: _triples(events, lambda actor: actor.code)
