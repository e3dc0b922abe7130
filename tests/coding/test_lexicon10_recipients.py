"""Recipients and targets the sentence states outside the predicate's own slots: refugees
fleeing a country and parties to a conflict in it."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_country(e.source), e.cameo, _country(e.target)) for e in events]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _targets(events: list[Event], root: str) -> list[str | None]:
    return [_country(e.target) for e in events if e.cameo.startswith(root)]


# --- refugees fleeing a country are its refugees ---


def test_refugees_fleeing_a_war_in_a_country_are_its_refugees(code: Code) -> None:
    events = code("Freedonia will provide food aid to refugees fleeing the civil war in Sylvania.")
    assert _targets(events, "07") == ["SYL"]
    target = next(e.target for e in events if e.cameo.startswith("07"))
    assert target is not None and target.sector == "REF"


def test_civilians_fleeing_a_country_or_its_war_are_its_civilians(code: Code) -> None:
    assert _targets(code("Freedonia will send aid to civilians fleeing Sylvania."), "07") == ["SYL"]
    events = code("Freedonia will send aid to refugees fleeing the Sylvanian civil war.")
    assert _targets(events, "07") == ["SYL"]


def test_refugees_fleeing_attacks_are_not_the_attackers(code: Code) -> None:
    events = code("Freedonia will send aid to refugees fleeing Sylvanian air strikes.")
    assert _targets(events, "07") == [None]


def test_migrants_fleeing_a_country_are_not_its_people(code: Code) -> None:
    assert _targets(code("Freedonia will send aid to migrants fleeing Sylvania."), "07") == [None]


# --- the parties to a conflict in a country ---


def test_parties_to_the_conflict_in_a_country_are_that_country(code: Code) -> None:
    events = code("Freedonia demanded parties to the conflict in Sylvania to allow aid workers in.")
    assert ("FRD", "100", "SYL") in _coded(events)


def test_the_warring_factions_in_a_country_are_that_country(code: Code) -> None:
    events = code("Freedonia urged the warring factions in Sylvania to observe the truce.")
    assert _targets(events, "02") == ["SYL"]


def test_sides_to_an_unplaced_conflict_name_no_one(code: Code) -> None:
    events = code("Freedonia urged both sides to the conflict to show restraint.")
    assert _targets(events, "02") == [None]
