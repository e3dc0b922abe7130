"""Acts done on a country's own ground target the country of the place they happen in,
the source's own included: curfews, states of emergency and martial law (and, without a
place, the imposing state's own country), and protest held in a named place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_curfew_in_a_city_of_the_source_country_targets_that_country(code: Code) -> None:
    events = code("The Nigerian government imposed a curfew in Kano after the riots.")
    assert ("NGA", "NGA", "17") in dyads(events)


def test_domestic_target_names_the_place_and_the_country_only(code: Code) -> None:
    events = code("The Nigerian government imposed a curfew in Kano after the riots.")
    (target,) = [e.target for e in events if e.target is not None]
    assert (target.text, target.code, target.sector) == ("Kano", "NGA", None)
    assert "Kano" in events[0].evidence.text


def test_martial_law_without_a_place_targets_the_imposing_state(code: Code) -> None:
    events = code("Sylvania's government declared martial law on Sunday.")
    (event,) = events
    assert event.target is not None
    assert (event.target.code, event.target.text) == ("SYL", "martial law")


def test_lifting_a_state_of_emergency_targets_the_own_country(code: Code) -> None:
    events = code("The Sylvanian government lifted the state of emergency on Friday.")
    assert ("SYL", "SYL", "08") in dyads(events)


def test_rebels_declaring_martial_law_have_no_domestic_target(code: Code) -> None:
    events = code("Sylvanian rebels declared martial law.")
    assert dyads(events) == {("SYL", None, "17")}


def test_unknown_place_gives_no_target_and_no_fallback(code: Code) -> None:
    events = code("The Sylvanian government imposed a curfew in Xandor.")
    assert dyads(events) == {("SYL", None, "17")}


def test_unnamed_place_gives_no_fallback(code: Code) -> None:
    events = code("The Sylvanian government imposed a curfew in the region.")
    assert dyads(events) == {("SYL", None, "17")}


def test_protest_in_a_named_city_targets_its_country(code: Code) -> None:
    events = code("Thousands of Nigerians rallied in Lagos on Sunday.")
    assert ("NGA", "NGA", "14") in dyads(events)


def test_protest_in_the_source_country_itself_targets_it(code: Code) -> None:
    events = code("Freedonian protesters rallied in Freedonia against the new tax.")
    assert dyads(events) == {("FRD", "FRD", "14")}


def test_blockade_of_roads_in_a_city_targets_its_country(code: Code) -> None:
    events = code("Kenyan farmers blocked roads in Mombasa on Tuesday.")
    assert ("KEN", "KEN", "14") in dyads(events)


def test_protest_without_a_place_has_no_target(code: Code) -> None:
    events = code("Sylvanian students staged a hunger strike on Monday.")
    assert dyads(events) == {("SYL", None, "14")}


def test_stated_target_wins_over_the_venue(code: Code) -> None:
    events = code("Freedonian exiles rallied in Sylvania against the Freedonian government.")
    targets = {t for _, t, root in dyads(events) if root == "14"}
    assert targets == {"FRD"}


def test_where_the_protesters_live_is_no_venue(code: Code) -> None:
    events = code("Freedonian exiles in Sylvania staged a hunger strike.")
    assert all(target is None for _, target, _ in dyads(events))


def test_violence_in_the_own_country_takes_no_place_target(code: Code) -> None:
    events = code("Freedonian troops shelled rebel positions in Freedonia on Monday.")
    assert all(target != "FRD" for _, target, _ in dyads(events))


def test_a_state_protesting_abroad_takes_no_venue_target(code: Code) -> None:
    events = code("The Kenyan government protested in Nairobi on Monday.")
    assert ("KEN", "KEN", "14") not in dyads(events)


def test_shares_rallying_in_a_city_are_no_protest_against_it(code: Code) -> None:
    events = code("Sylvanian shares rallied in Sylvania after the announcement.")
    assert ("SYL", "SYL", "14") not in dyads(events)


def test_a_people_named_by_nationality_protest_in_their_country(code: Code) -> None:
    events = code("Thousands of Iraqi Kurds rallied in Kirkuk on Sunday.")
    assert dyads(events) == {("IRQ", "IRQ", "14")}


def test_protesters_spread_throughout_a_country_protest_in_it(code: Code) -> None:
    events = code("Thousands of students throughout Nigeria staged demonstrations on Friday.")
    assert ("NGA", "NGA", "14") in dyads(events)


def test_protesters_living_in_a_city_do_not_place_their_protest(code: Code) -> None:
    events = code("Thousands of students in Lagos staged demonstrations on Friday.")
    assert dyads(events) == {("NGA", None, "14")}


def test_the_place_of_the_rally_a_crowd_converges_for(code: Code) -> None:
    events = code("Thousands of Nigerians were converging on Friday for a rally in Lagos.")
    assert ("NGA", "NGA", "14") in dyads(events)


def test_places_in_two_countries_give_no_target_at_all(code: Code) -> None:
    events = code("The Kenyan government imposed a curfew in Mombasa and Kano.")
    assert dyads(events) == {("KEN", None, "17")}


def test_police_coercion_of_an_unplaced_object_is_at_home(code: Code) -> None:
    events = code("Freedonian police prevented the demonstration on Monday.")
    assert [(e.cameo, e.target and e.target.code, e.target and e.target.text)
            for e in events] == [("1721", "FRD", "the demonstration")]  # fmt: skip


def test_a_government_ban_is_at_home(code: Code) -> None:
    events = code("The Freedonian government outlawed the largest opposition newspaper.")
    # the opposition a state bans is its own (`domestic._opposing_state`)
    assert [(e.cameo[:3], e.target and e.target.code) for e in events] == [("172", "FRDOPP")]
    events = code("The Freedonian government outlawed the largest independent newspaper.")
    assert [(e.cameo[:3], e.target and e.target.code) for e in events] == [("172", "FRD")]


def test_soldiers_detaining_unnamed_people_get_no_home_target(code: Code) -> None:
    events = code("Freedonian troops detained 15 sailors.")
    assert [e.target for e in events] == [None]


def test_police_detaining_foreigners_target_the_foreigners(code: Code) -> None:
    events = code("Freedonian police detained two Sylvanian nationals.")
    assert [e.target and e.target.country for e in events] == ["SYL"]


def test_closing_a_border_is_not_done_at_home(code: Code) -> None:
    events = code("The Freedonian government closed the entire border.")
    assert [e.target for e in events] == [None]
