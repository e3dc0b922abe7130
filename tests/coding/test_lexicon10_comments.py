"""Verbal events in news phrasings: criticism voiced as a stance noun, critics who speak,
condemnation stated with an adjective, disagreement, and support withheld."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_country(e.source), e.cameo, _country(e.target)) for e in events]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# --- disagreement and support withheld -------------------------------------------------


def test_disagreeing_with_anything_is_disapproval(code: Code) -> None:
    events = code("The Freedonian president disagreed with the Sylvanian sanctions.")
    assert _coded(events) == [("FRD", "110", "SYL")]
