"""Sanctions and legal measures: sanctions stated by their first-person author ("we are
imposing sanctions against Y"), bans of flights and trade as embargoes, economic
pressure imposed as sanctions, and measures directed to be taken as planned."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_country(e.source), e.cameo, _country(e.target)) for e in events]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def test_sanctions_imposed_by_we_are_coded_against_their_target(code: Code) -> None:
    events = code("We are imposing sanctions against the Sylvanian entity Acme Trading Ltd.")
    assert _coded(events) == [(None, "163", "SYL")]


def test_an_unnamed_we_codes_no_act_but_a_reduction_of_relations(code: Code) -> None:
    assert code("We met Sylvanian officials on Tuesday.") == []
    assert code("We are imposing new taxes.") == []
