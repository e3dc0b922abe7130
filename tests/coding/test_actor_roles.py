"""Roles the text states for a person or a representative: appositions and
"a spokesman for X"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def sources(events: list[Event]) -> set[Any]:
    return {e.source.code if e.source else None for e in events}


def test_a_spokesman_for_an_organisation_speaks_for_it(code: Code) -> None:
    events = code("A spokesman for the European Union criticised Sylvania.")
    assert sources(events) == {"IGOEUREEC"}


def test_an_unknown_person_takes_the_role_of_the_apposition(code: Code) -> None:
    events = code("Jan Kowalski, a spokeswoman for the Freedonian government, criticised Sylvania.")
    assert sources(events) == {"FRDGOV"}
    assert all(e.source is not None and e.source.text.startswith("the Freedonian") for e in events)


def test_a_person_known_only_by_nationality_takes_the_stated_role(code: Code) -> None:
    # The knowledge base knows Kenzo Oshima as a Japanese national, without a role.
    events = code(
        "Kenzo Oshima, the United Nations Emergency Relief Coordinator, criticised Sylvania."
    )
    (event,) = events
    assert event.source is not None
    assert (event.source.text, event.source.code) == ("Kenzo Oshima", "IGOUNO")


def test_an_apposition_naming_no_actor_changes_nothing(code: Code) -> None:
    assert code("Jan Kowalski, a mother of three, criticised Sylvania.") == []
    events = code("Kenzo Oshima, a former diplomat, criticised Sylvania.")
    assert sources(events) == {"JPN"}


def test_a_dated_role_of_the_knowledge_base_is_kept(code: Code) -> None:
    events = code("Hamid Karzai, the former Freedonian envoy, criticised Sylvania.", None)
    assert sources(events) == {"AFGGOV"}


def test_a_thing_in_apposition_is_no_role(code: Code) -> None:
    events = code(
        "The envoy reaffirmed the commitment of Freedonia to the partnership, Sylvania's security."
    )
    assert {(e.source.country if e.source else None) for e in events} == {"FRD"}


def test_an_organisation_in_the_title_before_the_name_is_the_employer(code: Code) -> None:
    for text in (
        "UN envoy Kenzo Oshima criticised Sylvania.",  # one phrase for the resolver
        "Sylvanian rebels said they would meet U.N. mediator Kenzo Oshima.",  # two mentions
    ):
        events = code(text)
        assert "IGOUNO" in {a.code for e in events for a in (e.source, e.target) if a}, text


def test_a_national_title_before_a_known_role_holder_changes_nothing(code: Code) -> None:
    events = code("Russian Foreign Minister Sergei Lavrov criticised Sylvania.")
    assert sources(events) == {"RUSGOV"}
