"""Fixtures for the coding tests: a coder over the shipped knowledge base plus two
fictional countries (Freedonia FRD, Sylvania SYL) from `fictional_kb/`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from watchfloor.coding.events import EventCoder
from watchfloor.domain import Event
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
