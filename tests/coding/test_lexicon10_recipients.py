"""Recipients and targets the sentence states outside the predicate's own slots: refugees
fleeing a country, parties to a conflict in it, goods a purpose lets through, a place
investigators are sent to, refusals despite pressure, and the country a peacekeeping force
serves."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


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


def test_parties_to_the_conflict_in_a_country_are_that_country(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia demanded parties to the conflict in Sylvania to allow aid workers in.")
    assert ("FRD", "100", "SYL") in country_triples(events)


def test_the_warring_factions_in_a_country_are_that_country(code: Code) -> None:
    events = code("Freedonia urged the warring factions in Sylvania to observe the truce.")
    assert _targets(events, "02") == ["SYL"]


def test_sides_to_an_unplaced_conflict_name_no_one(code: Code) -> None:
    events = code("Freedonia urged both sides to the conflict to show restraint.")
    assert _targets(events, "02") == [None]


# --- opening a border to let goods through ---


def test_opening_a_bridge_to_allow_deliveries_to_a_country_is_access_for_it(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        "Freedonia opened the bridge to allow the delivery of 1,000 tons of grain to Sylvania."
    )
    assert ("FRD", "086", "SYL") in country_triples(events)


def test_opening_a_border_to_let_aid_reach_a_country(code: Code, country_triples: Triples) -> None:
    events = code("Freedonia opened the border to allow aid to reach Sylvania.")
    assert ("FRD", "086", "SYL") in country_triples(events)


def test_opening_airspace_for_foreign_planes_is_access_for_them(code: Code) -> None:
    events = code("Freedonia opened its airspace to allow Sylvanian planes to fly to Fenwick.")
    assert _targets(events, "086") == ["SYL"]


# --- investigators sent to a place ---


def test_investigators_sent_to_a_country_investigate_it(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia sent a team of experts to Sylvania to investigate the killings.")
    assert ("FRD", "090", "SYL") in country_triples(events)


def test_investigating_at_home_has_no_foreign_target(code: Code) -> None:
    events = code("Freedonia sent a team to Marsovia to investigate the killings.")
    assert all(_country(e.target) != "SYL" for e in events if e.cameo.startswith("09"))


# --- refusals despite pressure ---


def test_refusing_despite_pressure_refuses_who_pressed(code: Code) -> None:
    events = code("The Freedonian president refused to resign despite pressure from Sylvania.")
    assert _targets(events, "12") == ["SYL"]


def test_refusing_in_spite_of_demands_refuses_who_demanded(code: Code) -> None:
    events = code("Freedonia rejected the plan in spite of Sylvanian demands.")
    assert _targets(events, "12") == ["SYL"]


def test_refusing_in_a_place_names_no_presser(code: Code) -> None:
    events = code("The Freedonian president refused to resign in Marsovia.")
    assert _targets(events, "12") == [None]


# --- the country a peacekeeping force serves ---


def test_troops_for_a_peacekeeping_force_in_a_country_are_for_it(code: Code) -> None:
    events = code("Freedonia is ready to contribute troops to a peacekeeping force in Sylvania.")
    assert _targets(events, "07") == ["SYL"]
    target = next(e.target for e in events if e.cameo.startswith("07"))
    assert target is not None and target.sector is None  # not Sylvania's own military


def test_extending_the_mandate_of_a_peacekeeping_force_is_towards_its_country(code: Code) -> None:
    events = code(
        "Freedonia agreed to an extension of the mandate for the peacekeeping force in Sylvania."
    )
    assert _targets(events, "03") == ["SYL"]
    target = next(e.target for e in events if e.cameo.startswith("03"))
    assert target is not None and target.sector is None  # the country, not its military
