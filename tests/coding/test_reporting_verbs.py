"""Whoever reports, confirms or describes an event is not its actor; whoever condemns
a violent act criticises its author, not its victim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]


def _triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(_country(e.source), e.cameo[:2], _country(e.target)) for e in events}


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian officials reported an attack on the village.",
        "Sylvanian officials reported an attack on Freedonian troops.",
        "Sylvanian officials described the attack on the village.",
        "Sylvanian police confirmed the arrest of two Freedonian journalists.",
        "The Sylvanian government reported protests in Freedonia.",
    ],
)
def test_reporter_is_not_the_actor_of_the_reported_event(code: Code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.source is not None and e.source.country == "SYL"]


def test_reported_attack_keeps_the_attacker_the_text_names(code: Code) -> None:
    events = code("Sylvanian officials reported a Freedonian attack on the village.")
    assert ("FRD", "19", None) in _triples(events)


def test_reported_clause_codes_the_victim_only(code: Code) -> None:
    events = code("Sylvanian officials said that gunmen attacked a Freedonian village.")
    assert _triples(events) == {(None, "19", "FRD")}


def test_announcing_sanctions_is_imposing_them(code: Code) -> None:
    events = code("Sylvania announced sanctions on Freedonia.")
    assert ("SYL", "16", "FRD") in _triples(events)


def test_confirmed_support_is_the_confirmer_s_own(code: Code) -> None:
    assert ("SYL", "05", "FRD") in _triples(code("Sylvania confirmed its support for Freedonia."))


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania condemned the attack on Freedonia.",
        "Sylvania condemned the killing of three Freedonian soldiers.",
    ],
)
def test_condemnation_does_not_target_the_victim(code: Code, text: str) -> None:
    assert _triples(code(text)) == {("SYL", "11", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania condemned the Freedonian attack on the village.",
        "Sylvania condemned the attack by Freedonia on Sylvanian villages.",
    ],
)
def test_condemnation_targets_the_attacker(code: Code, text: str) -> None:
    assert _triples(code(text)) == {("SYL", "11", "FRD")}
