"""Precision filters: events missing a needed side, enumerations, deaths, one country on
both sides, and sports words that are verbs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.coding.filters import lacks_needed_side, same_country_noise
from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]


def test_enumerated_targets_give_no_event(code: Code) -> None:
    assert code("Freedonia sent weapons to Sylvania, Russia, Japan and India.") == []


def test_two_coordinated_targets_give_two_events(code: Code) -> None:
    events = code("Freedonia sent weapons to Sylvania and Russia.")
    assert {e.target.country for e in events if e.target} == {"SYL", "RUS"}


def test_death_of_a_leader_is_not_an_event(code: Code) -> None:
    assert code("The Freedonian president died on Monday.") == []


def test_talks_without_a_source_are_not_coded(code: Code) -> None:
    assert code("Talks were held with Sylvania on Monday.") == []


def test_ties_without_a_partner_are_not_coded(code: Code) -> None:
    assert code("Freedonia has established diplomatic ties.") == []
    assert code("Freedonia has established diplomatic ties with Sylvania.") != []


def test_unidentified_agent_keeps_an_unknown_source(code: Code) -> None:
    events = code("The Secretary thanked Sylvania for its support.")
    assert [(e.source, e.target and e.target.country) for e in events] == [(None, "SYL")]


def test_violence_against_a_known_victim_keeps_an_unknown_source(code: Code) -> None:
    events = code("Three Sylvanian soldiers were killed by a roadside bomb.")
    assert [(e.source, e.target and e.target.country) for e in events] == [(None, "SYL")]


def test_one_country_on_both_sides_needs_distinct_sectors(code: Code) -> None:
    assert code("Freedonia condemned Freedonian officials.") == []
    events = code("The Freedonian opposition criticised the Freedonian government.")
    assert [(e.source and e.source.code, e.target and e.target.code) for e in events] == [
        ("FRDOPP", "FRDGOV")
    ]


def test_sports_word_used_as_a_verb_does_not_void_the_event(code: Code) -> None:
    events = code("Freedonia demanded that Sylvania match its tariff cuts.")
    assert [(e.source and e.source.country, e.target and e.target.country) for e in events] == [
        ("FRD", "SYL")
    ]


def test_same_country_noise_rules() -> None:
    russia, kremlin = Actor("Russia", country="RUS"), Actor("Kremlin", country="RUS", sector="GOV")
    opposition = Actor("opposition", country="RUS", sector="OPP")
    assert same_country_noise(russia, kremlin)
    assert same_country_noise(kremlin, kremlin)
    assert not same_country_noise(opposition, kremlin)
    assert not same_country_noise(russia, Actor("Ukraine", country="UKR"))


def test_needed_sides_by_root() -> None:
    assert lacks_needed_side("042", has_source=True, has_target=False, named_agent=False)
    assert not lacks_needed_side("141", has_source=True, has_target=False, named_agent=False)
    assert lacks_needed_side("111", has_source=False, has_target=True, named_agent=False)
    assert not lacks_needed_side("111", has_source=False, has_target=True, named_agent=True)
    assert not lacks_needed_side("190", has_source=False, has_target=True, named_agent=False)


def test_war_games_are_manoeuvres_not_sport(code: Code) -> None:
    events = code("Freedonian and Sylvanian warships launched war games on Monday.")
    assert {(e.cameo, e.source and e.source.country) for e in events} == {
        ("062", "FRD"),
        ("062", "SYL"),
    }


def test_a_series_of_bombs_is_no_television_series(code: Code) -> None:
    (event,) = code("Freedonian rebels exploded a series of bombs on Monday.")
    assert (event.cameo, event.source and event.source.code) == ("183", "FRDREB")


def test_a_series_of_games_is_still_sport(code: Code) -> None:
    assert code("Freedonia beat Sylvania in a series of games.") == []


@pytest.mark.parametrize(
    "sentence",
    ["The threat from Freedonia remains high.", "The terrorist threat from Freedonia is degraded."],
)
def test_a_threat_level_is_no_threat_made(code: Code, sentence: str) -> None:
    assert code(sentence) == []


def test_a_threat_made_is_still_coded(code: Code) -> None:
    events = code("Freedonia's threats against Sylvania continued on Monday.")
    assert [(e.cameo, e.target and e.target.country) for e in events] == [("130", "SYL")]


def test_a_named_victim_of_an_arrest_without_the_arrester(code: Code) -> None:
    events = code("Freedonian opposition leaders were arrested on Monday.")
    assert [(e.cameo, e.source, e.target and e.target.code) for e in events] == [
        ("173", None, "FRDOPP")
    ]


def test_police_arresting_a_person_of_their_own_country_is_an_event(code: Code) -> None:
    events = code("Zimbabwean police arrested Morgan Tsvangirai on Monday.")
    assert [(e.cameo, e.source and e.source.code, e.target and e.target.country)
            for e in events] == [("173", "ZWECOP", "ZWE")]  # fmt: skip


def test_a_place_is_no_one_arrested(code: Code) -> None:
    assert code("Prisoners detained at Sylvania have lost hope.") == []


def test_a_nationality_is_someone_kidnapped(code: Code) -> None:
    events = code("A Sylvanian was kidnapped on Monday.")
    assert [(e.cameo, e.target and e.target.country) for e in events] == [("181", "SYL")]
