"""Lexicon 9, protest events: who protests (people placed by the site or the strike they
go out on, youths misread as a participle's object, people known by kind only) and
against whom (what a protest calls for or demands), and protesters protesting something
demonstrate rather than reject."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def coded(events: list[Event]) -> set[Coded]:
    """(source code, CAMEO code, target code) of each event."""
    return {(_code(e.source), e.cameo, _code(e.target)) for e in events}


def dyads(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of each event."""
    return {(_country(e.source), e.cameo[:2], _country(e.target)) for e in events}


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# Who protests: the place of the site, the strike gone out on.


def test_prisoners_rioting_at_a_site_in_a_country_riot_there(code: Code) -> None:
    events = code("Prisoners rioted at a jail in Sylvania on Monday.")
    assert coded(events) == {("SYLCVL", "145", "SYL")}


def test_students_protesting_at_a_site_of_their_own_sector_keep_their_protest(
    code: Code,
) -> None:
    events = code("Students protested at the university in Sylvania on Monday.")
    assert coded(events) == {("SYLEDU", "141", "SYL")}


def test_a_common_noun_before_a_place_name_is_no_part_of_the_name(code: Code) -> None:
    events = code("Prisoners rioted at a jail in the capital Lagos on Monday.")
    assert coded(events) == {("NGACVL", "145", "NGA")}


def test_a_site_named_as_another_country_s_is_what_the_protest_faces(code: Code) -> None:
    events = code("Sylvanian students protested outside the Freedonian embassy in Lagos.")
    assert ("SYL", "14", "NGA") not in dyads(events)


def test_protesters_at_sites_in_two_countries_take_neither(code: Code) -> None:
    events = code("Prisoners rioted at jails in Sylvania and Freedonia on Monday.")
    assert all(e.source is None or e.source.country is None for e in events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Workers went on strike in Sylvania on Monday.", "143"),
        ("Workers went on a hunger strike in Sylvania on Monday.", "142"),
        ("Workers came out on strike in Sylvania on Monday.", "143"),
    ],
)
def test_going_out_on_strike_in_a_place_is_striking_there(
    code: Code, text: str, cameo: str
) -> None:
    assert coded(code(text)) == {("SYLCVL", cameo, "SYL")}


def test_going_to_a_place_still_states_a_venue(code: Code) -> None:
    events = code("Workers went to Sylvania to protest against the Freedonian government.")
    assert all(e.source is None or e.source.country != "SYL" for e in events)


# Who protests: a main clause the parser takes for a participle on its subject.


def test_youths_resorting_to_throwing_stones_are_the_protesters(code: Code) -> None:
    events = code(
        "Sylvanian youths resorted to throwing stones during demonstrations against "
        "violations by the Freedonian army, officials said."
    )
    assert dyads(events) == {("SYL", "14", "FRD")}


def test_youths_resorting_to_stones_without_a_target_are_still_the_source(code: Code) -> None:
    events = code("Sylvanian youths resorted to throwing stones during demonstrations.")
    assert coded(events) == {("SYLCVL", "145", None)}


def test_a_measure_resorted_to_by_a_state_stays_a_passive_participle(code: Code) -> None:
    events = code("Sylvania condemned the measures resorted to by the Freedonian police.")
    assert all(e.source is None or e.source.country != "FRD" or e.cameo[:2] != "14"
               for e in events)  # fmt: skip


# Who protests: people known by kind only, with a known target.


def test_a_hunger_strike_by_people_known_by_kind_against_a_known_target(code: Code) -> None:
    events = code(
        "Islamists continued their hunger strike to demand the resignation of the "
        "Sylvanian president."
    )
    assert coded(events) == {(None, "142", "SYLGOV")}


def test_a_hunger_strike_without_source_or_target_codes_nothing(code: Code) -> None:
    assert code("Islamists continued their hunger strike on Monday.") == []


def test_people_known_by_kind_need_a_protest_to_code_without_a_country(code: Code) -> None:
    assert code("Islamists praised the Sylvanian president on Monday.") == []


def test_a_stance_the_converted_dictionary_codes_as_protest_needs_a_source(code: Code) -> None:
    events = code("The newspaper, which opposed the Sylvanian war, is seeking confirmation.")
    assert all(e.source is not None for e in events)


# Against whom: what a protest calls for or demands.


@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian students held a demonstration calling for the removal of the Freedonian "
        "president.",
        "Sylvanian students staged a strike demanding the resignation of the Freedonian president.",
        "Sylvanian students marched on Monday, demanding the resignation of the Freedonian "
        "president.",
    ],
)
def test_what_a_protest_calls_for_names_its_target(code: Code, text: str) -> None:
    assert dyads(code(text)) == {("SYL", "14", "FRD")}


def test_a_protest_calling_for_the_removal_of_the_own_president(code: Code) -> None:
    events = code(
        "Sylvanian students held a demonstration calling for the removal of the Sylvanian "
        "president."
    )
    assert coded(events) == {("SYLEDU", "141", "SYLGOV")}


def test_a_demand_beside_a_protest_is_no_target_of_it(code: Code) -> None:
    events = code(
        "Sylvanian students held a demonstration, and the Freedonian president called for calm."
    )
    assert ("SYL", "14", "FRD") not in dyads(events)


def test_a_purpose_that_shows_support_names_no_target(code: Code) -> None:
    events = code(
        "Sylvanian students marched on Monday to show their support for the Freedonian president."
    )
    assert dyads(events) == {("SYL", "14", None)}


def test_a_purpose_that_shows_anger_names_the_target(code: Code) -> None:
    events = code(
        "Sylvanian students marched on Monday to show their anger at the Freedonian president."
    )
    assert dyads(events) == {("SYL", "14", "FRD")}


def test_a_purpose_demonstration_gives_its_target_to_the_protest(code: Code) -> None:
    events = code(
        "Many Sylvanians took to the streets on Saturday to demonstrate against the "
        "Freedonian air strikes."
    )
    assert dyads(events) == {("SYL", "14", "FRD")}


def test_a_purpose_protest_of_a_hunger_strike_is_the_hunger_strike(code: Code) -> None:
    events = code(
        "Freedonian refugees continued their hunger strike to protest against Sylvania's decision."
    )
    assert [(e.cameo, _country(e.target)) for e in events if e.cameo[:2] == "14"] == [
        ("142", "SYL")
    ]


# Protesters protesting something demonstrate.


def test_demonstrators_protesting_results_demonstrate(code: Code) -> None:
    events = code("Freedonian police dispersed demonstrators protesting the election results.")
    assert coded(events) == {("FRDCOP", "175", "FRDCVL"), ("FRDCVL", "141", None)}


def test_a_protest_participle_on_marchers_is_their_march(code: Code) -> None:
    events = code("Sylvanian demonstrators protesting the Freedonian decision marched on Monday.")
    assert coded(events) == {("SYLCVL", "141", "FRD")}


def test_a_protest_participle_gives_no_target_over_the_march_s_own(code: Code) -> None:
    events = code("Demonstrators protesting the election results marched in Sylvania.")
    assert coded(events) == {("SYLCVL", "141", "SYL")}


def test_a_government_protesting_results_rejects_them(code: Code) -> None:
    events = code("The Sylvanian government protested the election results.")
    assert all(e.cameo[:2] != "14" for e in events)
