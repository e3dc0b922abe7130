"""Targets that the syntax names indirectly: the author of a rejected request, the party
inside a complement, the party a threat's condition is placed on, an actor deeper in a
noun phrase; and the place a violent or coercive act happens in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_rejecting_calls_targets_who_made_them(code: Code) -> None:
    events = code("Freedonia rejected repeated calls by Sylvania's government for a border survey.")
    assert ("FRD", "SYL", "12") in dyads(events)


def test_rejecting_an_offer_targets_who_made_it(code: Code) -> None:
    events = code("The Freedonian cabinet rejected an offer from Sylvania to share the water.")
    assert ("FRD", "SYL", "12") in dyads(events)


def test_investigation_into_crimes_targets_their_perpetrators(code: Code) -> None:
    events = code(
        "The Freedonian prosecutor opened an investigation into abuses committed by "
        "Sylvanian troops."
    )
    assert ("FRD", "SYL", "09") in dyads(events)


def test_target_inside_the_complement_phrase(code: Code) -> None:
    events = code("Freedonian hackers tried to hack into the computers of the Sylvanian army.")
    assert ("FRD", "SYL", "17") in dyads(events)


def test_refusing_to_let_an_actor_act_targets_that_actor(code: Code) -> None:
    events = code("Freedonia refused to allow Sylvanian aircraft to land at its airports.")
    assert ("FRD", "SYL", "12") in dyads(events)


def test_threat_targets_the_party_its_condition_is_placed_on(code: Code) -> None:
    events = code("Freedonia threatened to close its ports unless Sylvania releases the fishermen.")
    assert ("FRD", "SYL", "13") in dyads(events)


def test_warning_with_a_condition_in_the_stated_clause(code: Code) -> None:
    events = code("Freedonia warned it would cut off gas supplies if Sylvania joins the alliance.")
    assert ("FRD", "SYL", "13") in dyads(events)


def test_mobilising_for_a_war_against_a_country_targets_it(code: Code) -> None:
    events = code("Freedonia mobilized reservists for a possible war against Sylvania.")
    assert ("FRD", "SYL", "15") in dyads(events)


def test_helper_named_with_help_is_no_target(code: Code) -> None:
    events = code("Freedonia tightened its blockade of Sylvania with the help of Russia.")
    targets = {t for _, t, _ in dyads(events)}
    assert "SYL" in targets
    assert "RUS" not in targets


def test_quantity_phrase_on_a_particle_keeps_the_victims(code: Code) -> None:
    events = code("Freedonian rebels kidnapped up to 16 Sylvanian engineers.")
    assert ("FRD", "SYL", "18") in dyads(events)


def test_shelling_targets_in_a_city_is_against_its_country(code: Code) -> None:
    events = code("Freedonian troops shelled targets in Kharkiv on Monday.")
    assert ("FRD", "UKR", "19") in dyads(events)


def test_locative_target_is_the_country_not_its_government(code: Code) -> None:
    events = code("Freedonian rebels exploded two bombs in the capital Kabul.")
    coded = [e for e in events if e.target is not None]
    assert coded
    assert all(e.target is not None and e.target.code == "AFG" for e in coded)
    assert all(e.target is not None and e.target.sector is None for e in coded)


def test_curfew_in_a_town_of_a_country_targets_that_country(code: Code) -> None:
    events = code("Freedonia imposed a curfew in the town of Cizre in southeastern Turkey.")
    assert ("FRD", "TUR", "17") in dyads(events)


def test_place_in_the_source_country_gives_no_target(code: Code) -> None:
    events = code("Freedonian troops raided homes in Freedonia.")
    assert dyads(events) == {("FRD", None, "17")}


def test_police_raiding_at_home_act_on_their_own_country(code: Code) -> None:
    events = code("Freedonian police raided homes in Freedonia.")
    assert dyads(events) == {("FRD", "FRD", "17")}


def test_rebels_attacking_in_their_own_country_target_it(code: Code) -> None:
    events = code("Afghan rebels exploded two bombs in the capital Kabul.")
    assert dyads(events) == {("AFG", "AFG", "18")}


def test_rebels_attacking_in_their_own_country_target_it_fictional(code: Code) -> None:
    events = code("Sylvanian rebels set off a bomb in Sylvania on Sunday.")
    assert dyads(events) == {("SYL", "SYL", "18")}


def test_the_state_s_own_troops_attacking_at_home_do_not_target_it(code: Code) -> None:
    events = code("Sylvanian troops set off a bomb in Sylvania on Sunday.")
    assert dyads(events) == {("SYL", None, "18")}


def test_meeting_place_is_no_target(code: Code) -> None:
    events = code("Freedonia's foreign minister met the Sylvanian ambassador in Kharkiv.")
    targets = {t for _, t, _ in dyads(events)}
    assert "UKR" not in targets


def test_victims_without_a_known_attacker_take_no_locative_target(code: Code) -> None:
    events = code("Sylvanian troops were attacked in Kharkiv.")
    assert dyads(events) == {(None, "SYL", "19")}


def test_topic_of_joint_talks_is_no_target(code: Code) -> None:
    events = code("The Freedonian and Sylvanian delegations held detailed talks on Russia.")
    assert dyads(events) == {("FRD", "SYL", "04"), ("SYL", "FRD", "04")}


def test_people_affected_by_an_actor_are_no_target_of_help(code: Code) -> None:
    events = code("Freedonia is providing assistance to support those affected by Sylvania.")
    assert all(t != "SYL" for _, t, _ in dyads(events))


def test_a_border_named_as_the_place_of_an_act_is_no_target(code: Code) -> None:
    events = code("Freedonian troops captured a rebel stronghold on the Sylvanian border.")
    assert dyads(events) == {("FRD", None, "19")}


def test_the_neighbour_a_border_is_with_is_no_target(code: Code) -> None:
    events = code("Freedonian troops shelled villages on the border with Sylvania.")
    assert dyads(events) == {("FRD", None, "19")}


def test_a_frontier_named_as_the_place_of_an_act_is_no_target(code: Code) -> None:
    events = code("Freedonian troops attacked rebels on the Sylvanian frontier.")
    assert "SYL" not in {t for _, t, _ in dyads(events)}


def test_the_border_s_neighbour_is_no_target_when_the_parser_splits_the_phrase(
    code: Code,
) -> None:
    events = code("Burmese troops shelled villages along the border with Thailand.")
    assert dyads(events) == {("MMR", None, "19")}


def test_a_border_acted_on_keeps_its_neighbour_as_target(code: Code) -> None:
    events = code("Freedonia closed its border with Sylvania.")
    assert dyads(events) == {("FRD", "SYL", "17")}


def test_troops_massed_on_a_border_face_the_neighbour(code: Code) -> None:
    events = code("Freedonia massed troops on its border with Sylvania.")
    assert dyads(events) == {("FRD", "SYL", "15")}
