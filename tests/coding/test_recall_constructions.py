"""Constructions that state an event without a plain verb-subject-object frame: duties
stated by a speaker, participles on a statement, event nouns after a support verb."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Certainty, Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_duty_stated_by_the_subject_of_the_main_verb_is_a_demand(code: Code) -> None:
    events = code(
        "The Freedonian foreign minister reiterated that Sylvania must reopen the harbour."
    )
    demands = [e for e in events if e.cameo == "100"]
    assert dyads(demands) == {("FRD", "SYL", "10")}
    assert demands[0].certainty == Certainty.ASSERTED


def test_duty_with_an_uncoded_verb_is_still_a_demand(code: Code) -> None:
    events = code("Freedonia declared on Monday that Sylvania must drop its tariffs.")
    assert ("FRD", "SYL", "10") in dyads(events)


def test_duty_a_speaker_states_for_itself_is_no_demand(code: Code) -> None:
    events = code("Freedonia said that Freedonia must rebuild its roads.")
    assert all(not e.cameo.startswith("10") for e in events)


def test_participle_on_an_issued_statement_takes_the_issuer(code: Code) -> None:
    events = code("Sylvania issued a statement condemning Freedonia on Tuesday.")
    assert ("SYL", "FRD", "11") in dyads(events)


def test_event_noun_with_a_possessive_pronoun_takes_the_support_verb_subject(
    code: Code,
) -> None:
    events = code("Freedonia launched its invasion of Sylvania on Monday.")
    assert any(s == "FRD" and t == "SYL" for s, t, _ in dyads(events))


def test_adjective_before_a_noun_is_no_sports_context(code: Code) -> None:
    events = code("Freedonia held talks with Sylvania on the final status of the border.")
    assert ("FRD", "SYL", "04") in dyads(events)


def test_sports_noun_still_voids_the_event(code: Code) -> None:
    events = code("Freedonia beat Sylvania in the final on Sunday.")
    assert all(not e.cameo.startswith("19") for e in events)
