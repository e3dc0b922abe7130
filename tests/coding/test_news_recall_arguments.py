"""Arguments recovered on news constructions: whom a stated stance is for, bare
legislature nouns that belong to the one country in context, newly known organisations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def codes(events: list[Event]) -> set[tuple[str | None, str | None]]:
    def code(actor: Any) -> str | None:
        return actor.code if actor is not None else None

    return {(code(e.source), code(e.target)) for e in events}


def test_stance_holder_acts_on_whom_the_support_is_for(code: Code) -> None:
    events = code("The foreign minister reaffirmed Freedonia's support for Sylvania.")
    assert ("FRD", "SYL", "05") in dyads(events)


def test_stance_addressee_reached_through_an_apposition(code: Code) -> None:
    events = code(
        "The envoy reaffirmed the commitment of Freedonia to the partnership, Sylvania's security."
    )
    assert {(s, t) for s, t, _ in dyads(events)} == {("FRD", "SYL")}


def test_stance_for_the_holders_own_people_names_no_foreign_target(code: Code) -> None:
    events = code("The envoy reaffirmed Freedonia's support for Freedonian farmers.")
    assert all(e.target is None or e.target.country != "SYL" for e in events)
    assert all(e.source is None or e.source.country == "FRD" for e in events)


def test_bare_lawmakers_belong_to_the_one_country_in_context(code: Code) -> None:
    events = code("The Sylvanian president urged lawmakers to pass the budget.")
    assert ("SYLGOV", "SYLLEG") in codes(events)


def test_bare_lawmakers_stay_unknown_when_two_countries_are_in_context(code: Code) -> None:
    events = code("After talks with Freedonia, the Sylvanian president urged lawmakers to vote.")
    assert all(e.target is None or e.target.code != "SYLLEG" for e in events)


def test_chemical_weapons_watchdog_is_a_known_organisation(code: Code) -> None:
    events = code("Sylvania pledged its support for the OPCW.")
    assert codes(events) == {("SYL", "IGO")}
