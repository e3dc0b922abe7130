"""Whom a protest is aimed at: what its purpose clause or its "in protest of", "in
defiance of" and "against" phrases name, the author of the protested act included, and
the protesters' own state when they stand outside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_in_protest_against_names_the_target(code: Code) -> None:
    events = code(
        "Freedonian workers went on strike in protest against the Sylvanian government's new tax."
    )
    assert dyads(events) == {("FRD", "SYL", "14")}


def test_in_protest_of_names_the_target(code: Code) -> None:
    events = code(
        "Freedonian workers went on strike in protest of the Sylvanian government's new tax."
    )
    assert dyads(events) == {("FRD", "SYL", "14")}


def test_in_defiance_of_names_the_target(code: Code) -> None:
    events = code("Sylvanian students marched in defiance of the Freedonian government.")
    assert dyads(events) == {("SYL", "FRD", "14")}


def test_the_author_of_the_protested_act_is_the_target(code: Code) -> None:
    events = code(
        "Freedonian exiles staged a sit-in in protest against abuses by Sylvanian police."
    )
    assert dyads(events) == {("FRD", "SYL", "14")}


def test_any_participle_agent_in_a_protest_purpose_is_its_author(code: Code) -> None:
    events = code(
        "Sylvanian farmers began a hunger strike to demand the return of land seized by "
        "the Sylvanian army."
    )
    assert ("SYL", "SYL", "14") in dyads(events)


def test_people_protest_against_their_own_country(code: Code) -> None:
    events = code(
        "Sylvanian students staged a sit-in to protest Sylvania's decision to close the "
        "universities."
    )
    assert dyads(events) == {("SYL", "SYL", "14")}
    (event,) = events
    assert event.target is not None and event.target.text == "Sylvania"


def test_another_state_sector_protests_against_its_state(code: Code) -> None:
    events = code(
        "A member of the Sylvanian parliament began a hunger strike to protest Sylvania's "
        "failure to hold elections."
    )
    assert ("SYL", "SYL", "14") in dyads(events)


def test_a_person_named_by_a_possessive_country_protests_against_its_state(code: Code) -> None:
    events = code(
        "Zora Marek, Sylvania's best-known activist, began a hunger strike in protest "
        "against the Sylvanian government's censorship."
    )
    assert dyads(events) == {("SYL", "SYL", "14")}


def test_a_thing_named_by_a_nationality_does_not_protest_against_its_country(
    code: Code,
) -> None:
    events = code("Japanese shares rallied in Tokyo on Monday.")
    assert all(e.target is None for e in events)


def test_own_country_targets_only_for_protest(code: Code) -> None:
    events = code("Sylvanian students criticized Sylvania's decision to close the universities.")
    assert all(e.target is None or e.target.country != "SYL" for e in events)
