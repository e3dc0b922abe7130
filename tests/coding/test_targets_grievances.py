"""Whom disapproval and threats are aimed at: a complaint targets what it is about before
whom it is addressed to, and a threat the place of the act it threatens, not the place
where it was made."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_complaint_to_an_organisation_targets_the_party_complained_about(code: Code) -> None:
    events = code("Sylvania complained to the United Nations over Freedonian air strikes.")
    assert dyads(events) == {("SYL", "FRD", "11")}


def test_complaint_about_no_one_targets_its_addressee(code: Code) -> None:
    events = code("Sylvania complained to Freedonia about the weather.")
    assert dyads(events) == {("SYL", "FRD", "11")}


def test_criticised_object_wins_over_what_the_criticism_is_about(code: Code) -> None:
    events = code("Sylvania criticized Freedonia over Kenyan raids.")
    assert dyads(events) == {("SYL", "FRD", "11")}


def test_threat_targets_the_country_of_the_threatened_act(code: Code) -> None:
    events = code("Freedonian rebels threatened to resume attacks in Sylvania.")
    assert ("FRD", "SYL", "13") in dyads(events)


def test_where_a_threat_is_made_is_no_target(code: Code) -> None:
    events = code("Freedonia threatened in Nairobi to close its ports.")
    assert dyads(events) == {("FRD", None, "13")}
