"""Sanctions and legal measures: sanctions stated by their first-person author ("we are
imposing sanctions against Y"), bans of flights and trade as embargoes, economic
pressure imposed as sanctions, and measures directed to be taken as planned."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Certainty, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def test_sanctions_imposed_by_we_are_coded_against_their_target(
    code: Code, country_triples: Triples
) -> None:
    events = code("We are imposing sanctions against the Sylvanian entity Acme Trading Ltd.")
    assert country_triples(events) == [(None, "163", "SYL")]


def test_an_unnamed_we_codes_no_act_but_a_reduction_of_relations(code: Code) -> None:
    assert code("We met Sylvanian officials on Tuesday.") == []
    assert code("We are imposing new taxes.") == []


def test_a_ban_on_flights_to_a_country_is_an_embargo_on_it(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia banned Freedonian airlines' flights to nine Sylvanian airports.")
    assert country_triples(events) == [("FRD", "163", "SYL")]


def test_a_measure_banning_flights_is_its_issuer_embargo(
    code: Code, country_triples: Triples
) -> None:
    events = code("Sylvania rejected the new Freedonian measure that bans flights to Sylvania.")
    assert ("FRD", "163", "SYL") in country_triples(events)


def test_a_ban_on_imports_from_a_country_is_an_embargo_on_it(
    code: Code, country_triples: Triples
) -> None:
    assert country_triples(code("Freedonia banned imports from Sylvania.")) == [
        ("FRD", "163", "SYL")
    ]


def test_suspended_flights_are_no_embargo(code: Code) -> None:
    events = code("Freedonian airlines suspended flights to Sylvania because of the fighting.")
    assert all(e.cameo != "163" for e in events)


def test_economic_pressure_imposed_on_a_country_is_sanctions(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia imposed economic pressure on Sylvania.")
    assert country_triples(events) == [("FRD", "163", "SYL")]


def test_sanctions_directed_to_be_imposed_are_planned(code: Code) -> None:
    text = "The Freedonian government directed its ministers to impose sanctions on Sylvania."
    events = code(text)
    assert [(e.cameo, e.certainty) for e in events] == [("163", Certainty.PLANNED)]
