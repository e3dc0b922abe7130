"""Events whose pattern matched but whose arguments were lost on the way to an event."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def test_league_in_an_organisation_name_is_no_sports_context(code: Code) -> None:
    events = code(
        "Arab League envoy Omar Haddad undertook a mediation mission between Syria and Egypt."
    )
    assert {(e.source and e.source.code, e.target and e.target.code) for e in events} >= {
        ("IGOMEAARL", "SYR"),
        ("IGOMEAARL", "EGY"),
    }


def test_sports_league_context_still_discards_the_event(code: Code) -> None:
    events = code("Freedonia defeated Sylvania in the football league final on Sunday.")
    assert events == []
