"""Lexicon 10 senses: welcoming a development is praise, not hosting; a price charged is
no legal charge; a hunger or general strike named as a noun is a protest, not an attack; a
telephone call, like a meeting, is coded both ways."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def test_welcoming_cooperation_is_no_hosting(code: Code) -> None:
    events = code("Freedonia and Sylvania welcomed enhanced cooperation in space.")
    assert all(e.cameo != "043" for e in events)


def test_welcoming_a_development_is_praise(code: Code, country_triples: Triples) -> None:
    events = code("Freedonia welcomed the resumption of talks with Sylvania.")
    assert country_triples(events) == [("FRD", "051", "SYL")]


def test_welcoming_a_delegation_is_hosting(code: Code) -> None:
    events = code("Freedonia welcomed the Sylvanian delegation on Monday.")
    assert [e.cameo for e in events] == ["043"]


def test_charging_a_tariff_is_no_legal_action(code: Code) -> None:
    assert code("Sylvania is charging Freedonian companies zero tariffs.") == []
    assert code("The Sylvanian bank charges Freedonian customers a fee.") == []


def test_charging_people_with_a_crime_is_legal_action(code: Code, country_triples: Triples) -> None:
    events = code("Sylvania charged two Freedonian journalists with espionage.")
    assert country_triples(events) == [("SYL", "173", "FRD")]


def test_a_hunger_strike_is_a_protest_not_an_attack(code: Code) -> None:
    events = code("The hunger strike by Freedonian prisoners entered its tenth day.")
    assert [(e.cameo, e.plover.event if e.plover else None) for e in events] == [("142", "PROTEST")]


def test_a_phone_call_between_leaders_is_a_consultation(
    code: Code, country_triples: Triples
) -> None:
    events = code("The phone call between the Freedonian and Sylvanian presidents lasted an hour.")
    assert sorted(country_triples(events)) == [("FRD", "041", "SYL"), ("SYL", "041", "FRD")]


def test_a_telephone_call_is_a_consultation_both_ways(code: Code, country_triples: Triples) -> None:
    events = code("The Freedonian president telephoned the Sylvanian foreign minister on Monday.")
    assert sorted(country_triples(events)) == [("FRD", "041", "SYL"), ("SYL", "041", "FRD")]
