"""The party behind a nominal object is the target of a reaction to it: the possessor,
compound or nationality adjective of a rejected, vetoed or denounced act or proposal, its
author in a "from" or "by" phrase, and the challengers of a state it investigates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_possessor_of_a_rejected_offer_is_the_target(code: Code) -> None:
    events = code("Sylvania rejected Freedonia's offer of direct talks.")
    assert ("SYL", "FRD", "12") in dyads(events)


def test_nationality_adjective_of_a_plan_is_its_country(code: Code) -> None:
    events = code("Sylvania dismissed a Freedonian peace plan.")
    assert ("SYL", "FRD", "12") in dyads(events)


def test_author_in_a_from_phrase_is_the_target(code: Code) -> None:
    events = code("Sylvania rejected a fresh offer from Freedonia for direct talks.")
    assert ("SYL", "FRD", "12") in dyads(events)


def test_organisation_named_deep_in_a_compound_chain_is_the_target(code: Code) -> None:
    # the parser hangs "resolution" as a compound on "denouncing", and the Security
    # Council as a compound on "resolution"
    events = code(
        "Sylvania vetoed a Security Council resolution denouncing as a breach of law its raids."
    )
    targets = {e.target.code for e in events if e.cameo[:2] == "12" and e.target is not None}
    assert targets == {"IGOUNO"}


def test_object_moved_past_an_as_phrase_keeps_its_author(code: Code) -> None:
    events = code("Sylvania condemned as a grave crime Freedonia's crackdown on students.")
    assert ("SYL", "FRD", "11") in dyads(events)


def test_an_as_phrase_with_no_moved_object_names_no_target(code: Code) -> None:
    events = code("Sylvania condemned the bombing as an attack on Freedonian sovereignty.")
    assert all(target != "FRD" for _, target, root in dyads(events) if root == "11")


def test_state_investigating_its_own_rebels_is_a_domestic_event(code: Code) -> None:
    events = code("Sylvania is investigating alleged crimes by Sylvanian rebels.")
    coded = [e for e in events if e.cameo[:2] == "09" and e.target is not None]
    assert [e.target.code for e in coded if e.target is not None] == ["SYLREB"]


def test_state_investigating_its_own_officials_is_the_same_side(code: Code) -> None:
    events = code("Sylvania is investigating alleged crimes by Sylvanian officials.")
    assert all(target is None for _, target, _ in dyads(events))


def test_protest_targets_the_author_its_purpose_names(code: Code) -> None:
    events = code(
        "Kenyan teachers started a hunger strike to protest the Kenyan government's "
        "decision to cut their pay."
    )
    strikes = [e for e in events if e.cameo[:3] == "142"]
    assert [e.target.code for e in strikes if e.target is not None] == ["KENGOV"]


def test_purpose_of_support_names_no_protest_target(code: Code) -> None:
    events = code("Kenyan teachers started a hunger strike to help the Sylvanian refugees.")
    assert all(target != "SYL" for _, target, root in dyads(events) if root == "14")
