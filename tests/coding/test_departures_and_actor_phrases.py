"""Lexicon 9: arguments of event nouns of departure, the "from" phrase of what is
accepted or rejected, and actor phrases of allegiance and base."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# --- Departures: the "from" phrase is the place left --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia speeded up the withdrawal of some invasion forces from Sylvania.",
        "Freedonia accelerated the pullout of its troops from Sylvania.",
        "Freedonia completed the withdrawal of its forces from Sylvania.",
        "The withdrawal of Freedonian forces from Sylvania began on Monday.",
    ],
)
def test_the_place_a_withdrawal_leaves_is_its_target_not_its_source(code: Code, text: str) -> None:
    events = code(text)
    assert [(_country(e.source), e.cameo, e.target and e.target.code) for e in events] == [
        ("FRD", "0874", "SYL")
    ]


def test_a_withdrawal_of_troops_from_a_country_names_no_troops_of_that_country(
    code: Code,
) -> None:
    events = code("Freedonia withdrew its troops from Sylvania.")
    assert [(e.source and e.source.code, e.target and e.target.code) for e in events] == [
        ("FRD", "SYL")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Freedonian forces completed their withdrawal from the Sylvanian town of Zenda.",
        "Freedonian officials said on Tuesday their forces had completed their withdrawal "
        "from the Sylvanian town of Zenda.",
    ],
)
def test_a_completed_withdrawal_belongs_to_the_forces_it_is_theirs(code: Code, text: str) -> None:
    events = code(text)
    assert [(e.source and e.source.code, e.cameo, _country(e.target)) for e in events] == [
        ("FRDMIL", "0874", "SYL")
    ]


def test_a_retreat_within_the_own_country_has_no_target(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        "Sylvanian officials said on Tuesday their forces had completed their withdrawal "
        "from the Sylvanian town of Zenda."
    )
    assert country_triples(events) == [("SYL", "0874", None)]


def test_a_demanded_withdrawal_is_a_demand_on_the_forces_not_on_the_place(code: Code) -> None:
    events = code("Sylvania demanded the withdrawal of Freedonian troops from Sylvania.")
    assert [(e.cameo[:2], _country(e.target)) for e in events] == [("10", "FRD")]
    assert all(e.cameo != "0874" for e in events)


# --- What is accepted or rejected: its "from" phrase names the target ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sylvania rejected a fresh offer from Freedonia for talks.", ("SYL", "FRD")),
        ("Sylvania declined a proposal from Freedonia for a ceasefire.", ("SYL", "FRD")),
        ("Sylvania rejected calls from Freedonia for a ceasefire.", ("SYL", "FRD")),
        (
            "The Freedonian government accepted demands from Sylvanian rebels.",
            ("FRD", "SYL"),
        ),
        ("Sylvania conceded to demands from Freedonia to overhaul the judiciary.", ("SYL", "FRD")),
    ],
)
def test_the_author_of_what_is_accepted_or_rejected_is_the_target(
    code: Code, text: str, expected: tuple[str, str]
) -> None:
    assert [(_country(e.source), _country(e.target)) for e in code(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania turned down an invitation from Freedonia to attend talks.",
        "Sylvania turned down a Freedonian request for talks.",
        "Sylvania turned down Freedonia's offer of talks.",
    ],
)
def test_turning_down_an_offer_rejects_it(code: Code, text: str, country_triples: Triples) -> None:
    assert country_triples(code(text)) == [("SYL", "120", "FRD")]


def test_turning_down_a_thing_is_no_rejection(code: Code) -> None:
    assert code("Sylvania turned down the volume of its broadcasts to Freedonia.") == []


# --- Actor phrases: allegiance and base ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Militants loyal to Sylvania's president attacked Freedonian troops.", "SYLREB"),
        ("Forces loyal to President Rufus T. Firefly attacked Sylvanian troops.", "FRDMIL"),
        ("Forces loyal to the Freedonian president attacked Sylvanian troops.", "FRDMIL"),
        ("Fighters loyal to the Sylvanian government attacked Freedonian troops.", "SYLREB"),
        ("A militant group based in Sylvania attacked Freedonian troops.", "SYLREB"),
        ("Rebels based in northern Sylvania attacked Freedonian troops.", "SYLREB"),
        ("Sylvania-based rebels attacked Freedonian troops.", "SYLREB"),
    ],
)
def test_agents_take_the_country_they_serve_or_are_based_in(
    code: Code, text: str, source: str
) -> None:
    events = code(text)
    assert [e.source and e.source.code for e in events] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "A group based in Sylvania attacked Freedonian troops.",
        "A Sylvania-based group attacked Freedonian troops.",
    ],
)
def test_a_group_based_in_a_country_is_of_it(
    code: Code, text: str, country_triples: Triples
) -> None:
    assert country_triples(code(text)) == [("SYL", "190", "FRD")]


def test_agents_loyal_to_no_one_known_stay_unknown(code: Code) -> None:
    events = code("Forces loyal to the president attacked Sylvanian troops.")
    assert [(e.source, _country(e.target)) for e in events] == [(None, "SYL")]
