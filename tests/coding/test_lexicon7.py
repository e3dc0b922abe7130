"""Lexicon 7: forces arriving in a country, oaths to fight
parsed as adverbial clauses, failures that code nothing, strikes named by their kind,
inhabitants of a place, measure nouns of time and series, and a refusal whose subject
is a pronoun for the speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Certainty, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_country(e.source), e.cameo, _country(e.target)) for e in events]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonian peacekeepers arrived in Sylvania on Tuesday.", "074"),
        ("Freedonian peacekeeping troops arrived in Sylvania on Tuesday.", "074"),
        ("A contingent of Freedonian peacekeepers arrived in Sylvania on Tuesday.", "074"),
        ("Freedonian troops arrived in Sylvania on Tuesday.", "154"),
    ],
)
def test_forces_arriving_in_a_country_are_deployed_there(code: Code, text: str, cameo: str) -> None:
    assert ("FRD", cameo, "SYL") in _coded(code(text))


def test_a_minister_arriving_in_a_country_is_still_a_visit(code: Code) -> None:
    events = code("The Freedonian foreign minister arrived in Sylvania on Tuesday.")
    assert [e.cameo for e in events] == ["042"]


def test_an_oath_to_fight_parsed_as_a_purpose_clause_is_a_threat(code: Code) -> None:
    events = code("Sylvanian rebels have sworn to fight the Freedonian army.")
    assert [e.cameo for e in events] == ["138"]


def test_a_failed_agreement_is_no_agreement(code: Code) -> None:
    assert code("Freedonia and Sylvania failed to reach an agreement on Sunday.") == []


def test_failing_to_uphold_rights_is_no_rejection(code: Code) -> None:
    events = code("Freedonian authorities are failing to uphold the rights of Sylvanian refugees.")
    assert events == []


def test_threat_of_a_general_strike_is_no_armed_strike(code: Code) -> None:
    events = code(
        "Sylvanian workers threatened to hold a general strike unless Freedonia paid them."
    )
    assert "190" not in [e.cameo for e in events]
    assert ("SYL", "130", "FRD") in _coded(events)


def test_inhabitants_of_a_country_are_its_actor(code: Code) -> None:
    events = code("Druze inhabitants of the Sylvanian highlands threatened to attack Freedonia.")
    assert _coded(events) == [("SYL", "138", "FRD")]


def test_days_of_talks_are_talks(code: Code) -> None:
    events = code("Freedonia and Sylvania held three days of talks in Geneva on Monday.")
    assert [e.cameo for e in events] == ["046", "046"]


def test_a_round_of_talks_is_talks(code: Code) -> None:
    events = code("Freedonia and Sylvania held a new round of talks on Monday.")
    assert [e.cameo for e in events] == ["046", "046"]


def test_a_pronoun_subject_for_the_speaker_refuses(code: Code) -> None:
    events = code("Freedonia says it will not accept any more refugees from Sylvania.")
    assert [(e.cameo, e.certainty) for e in events] == [("1223", Certainty.ASSERTED)]
    assert events[0].source is not None and events[0].source.country == "FRD"
