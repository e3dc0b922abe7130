"""Meetings with groups: a delegation known by what it is made of, "they" who reaffirm
the relationship between two countries and meet, and taking part in a meeting or talks
with another party."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


MUTUAL_MEETING = [("FRD", "040", "SYL"), ("SYL", "040", "FRD")]


@pytest.mark.parametrize(
    "body",
    [
        "a delegation comprised of the heads of Sylvanian institutions",
        "a delegation made up of Sylvanian officials",
        "a delegation consisting of Sylvanian officials",
        "a team composed of Sylvanian diplomats",
        "a delegation comprising Sylvanian officials",
    ],
)
def test_a_delegation_is_of_those_it_is_made_of(
    code: Code, body: str, country_triples: Triples
) -> None:
    events = code(f"Freedonian officials met today with {body}.")
    assert sorted(country_triples(events)) == MUTUAL_MEETING


def test_a_body_of_several_countries_is_no_one_of_them(code: Code) -> None:
    events = code(
        "Freedonian officials met with a team made up of Sylvanian and Fenwickian experts."
    )
    assert all(e.target is None or e.target.country != "SYL" for e in events)


def test_they_who_reaffirm_the_ties_between_two_countries_are_those_two(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        "They reaffirmed the strategic relationship between Freedonia and Sylvania and "
        "discussed the two countries' many areas of bilateral cooperation."
    )
    assert sorted(country_triples(events)) == MUTUAL_MEETING


def test_the_two_leaders_who_reaffirm_their_ties_meet(code: Code, country_triples: Triples) -> None:
    events = code(
        "The two leaders reaffirmed the close ties between Freedonia and Sylvania and "
        "discussed trade."
    )
    assert sorted(country_triples(events)) == MUTUAL_MEETING


@pytest.mark.parametrize(
    "text",
    [
        # those who discuss or welcome the ties of others may be third parties
        "They discussed the relationship between Freedonia and Sylvania.",
        "They welcomed the growing ties between Freedonia and Sylvania and discussed trade.",
        # the clause that discusses has a subject of its own
        "They reaffirmed the ties between Freedonia and Sylvania, and Fenwick discussed trade.",
        # three parties are no pair
        "They reaffirmed the ties between Freedonia, Sylvania and Grand Fenwick and discussed "
        "trade.",
    ],
)
def test_they_stay_unknown_without_their_own_relationship(code: Code, text: str) -> None:
    assert code(text) == []


def test_a_planned_meeting_of_the_two_parties_stays_planned(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        "They reaffirmed the relationship between Freedonia and Sylvania and will meet next month."
    )
    assert sorted(country_triples(events)) == MUTUAL_MEETING
    assert {e.certainty for e in events} == {"planned"}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonian officials took part in a meeting with Sylvanian officials.", "040"),
        ("Freedonian officials participated in talks with Sylvanian officials.", "046"),
        ("Freedonian diplomats participated in consultations with Sylvania.", "046"),
    ],
)
def test_taking_part_in_a_meeting_with_another_is_meeting_it(
    code: Code, text: str, cameo: str, country_triples: Triples
) -> None:
    assert sorted(country_triples(code(text))) == [("FRD", cameo, "SYL"), ("SYL", cameo, "FRD")]


def test_taking_part_in_a_meeting_with_no_partner_is_no_event(code: Code) -> None:
    assert code("Freedonian officials took part in the meeting.") == []
    assert code("Freedonian officials participated in a summit in Sylvania.") == []
