"""Political senses of verbs PETRARCH maps to force or hosting: elections and welcomes."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.coding import EventCoder
from watchfloor.kb import ActorResolver, load_kb


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(ActorResolver(load_kb()))


def codes(coder: EventCoder, nlp: object, text: str) -> list[tuple[str | None, str, str | None]]:
    doc = nlp(text)  # type: ignore[operator]
    return [
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        for e in coder.code(doc, "t", date(2023, 11, 1))
    ]


def test_defeating_an_election_opponent_is_no_use_of_force(coder: EventCoder, nlp: object) -> None:
    text = "The prime minister won the party election, defeating his sole Japanese opponent."
    assert all(not cameo.startswith(("18", "19", "20")) for _, cameo, _ in codes(coder, nlp, text))


def test_welcoming_leadership_is_praise_not_hosting(coder: EventCoder, nlp: object) -> None:
    text = "Indian Prime Minister Narendra Modi welcomed American leadership on climate action."
    assert codes(coder, nlp, text) == [("INDGOV", "051", "USA")]


def test_welcoming_a_visitor_is_still_hosting(coder: EventCoder, nlp: object) -> None:
    text = "Indian Prime Minister Narendra Modi welcomed the French president to Delhi."
    assert [c for _, c, _ in codes(coder, nlp, text)] == ["043"]
