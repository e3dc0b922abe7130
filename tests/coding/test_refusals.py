"""A cooperative act an actor says it will not perform is a rejection (CAMEO 12x) by
that actor, asserted; a negated act of yielding is a refusal to yield; other negated
acts stay negated events of their own code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Certainty, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None, Certainty]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_country(e.source), e.cameo, _country(e.target), e.certainty) for e in events]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


REFUSALS: list[tuple[str, str]] = [
    ("Freedonia will not accept refugees from Sylvania.", "1223"),
    ("Freedonia would not meet the demands of Sylvania.", "123"),
    ("Freedonia will not negotiate with Sylvania.", "125"),
    ("Freedonia won't release the Sylvanian detainees.", "1243"),
    ("Freedonia will not withdraw its troops from Sylvania.", "1246"),
]


@pytest.mark.parametrize(("text", "cameo"), REFUSALS)
def test_refused_cooperation_is_an_asserted_rejection(code: Code, text: str, cameo: str) -> None:
    assert _coded(code(text)) == [("FRD", cameo, "SYL", Certainty.ASSERTED)]


def test_refusal_of_a_mutual_act_is_only_the_refuser_s(code: Code) -> None:
    events = code("Freedonia will not negotiate with Sylvania.")
    assert [(_country(e.source), _country(e.target)) for e in events] == [("FRD", "SYL")]


def test_negated_release_is_a_refusal_to_release(code: Code) -> None:
    events = code("Freedonia did not release the Sylvanian detainees.")
    assert _coded(events) == [("FRD", "1243", "SYL", Certainty.ASSERTED)]


def test_refusal_verb_keeps_its_rejection(code: Code) -> None:
    events = code("Freedonia refused to hold talks with Sylvania.")
    assert [(c[0], c[1][:2], c[2]) for c in _coded(events)] == [("FRD", "12", "SYL")]


def test_negated_attack_stays_a_negated_attack(code: Code) -> None:
    for text in ("Freedonia did not attack Sylvania.", "Freedonia will not attack Sylvania."):
        assert _coded(code(text)) == [("FRD", "190", "SYL", Certainty.NEGATED)]


def test_meeting_that_did_not_happen_is_no_rejection(code: Code) -> None:
    events = code("Freedonia did not meet with Sylvania.")
    assert events
    assert all(e.cameo[:2] == "04" and e.certainty is Certainty.NEGATED for e in events)
