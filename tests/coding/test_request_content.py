"""What a demand, appeal, offer or invitation asks for is no event of its own; an event
noun that only dates its clause ("since the invasion") is background."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def _codes(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source and e.source.country, e.cameo, e.target and e.target.country) for e in events}


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Freedonia issued an ultimatum to Sylvania to withdraw its troops from the border.",
            "087",
        ),
        ("Sylvania rejected an appeal from Freedonia to release the prisoners.", "084"),
        ("Freedonia invited the Sylvanian president to visit Russia.", "042"),
        ("Freedonia urged Sylvania to begin the withdrawal of its troops.", "087"),
        ("Sylvania refused to begin the withdrawal of its troops.", "087"),
    ],
)
def test_what_is_asked_for_or_refused_is_not_coded(code: Code, sentence: str, content: str) -> None:
    codes = _codes(code(sentence))
    assert codes
    assert not any(cameo.startswith(content) for _, cameo, _ in codes), codes


def test_the_speech_act_itself_stays_coded(code: Code) -> None:
    assert ("SYL", "120", "FRD") in _codes(
        code("Sylvania rejected an appeal from Freedonia to release the prisoners.")
    )
    assert ("FRD", "040", "SYL") in _codes(
        code("Freedonia invited the Sylvanian president to visit Russia.")
    )


def test_an_act_after_a_demand_is_coded(code: Code) -> None:
    events = code("Sylvania eased restrictions after Freedonia demanded it.")
    assert ("SYL", "081", None) in _codes(events)


def test_an_agreed_act_is_planned_not_dropped(code: Code) -> None:
    events = code("Sylvania agreed to begin the withdrawal of its troops.")
    assert [e.certainty.value for e in events if e.cameo.startswith("087")] == ["planned"]


def test_a_reminder_of_a_fact_states_the_fact(code: Code) -> None:
    events = code("Freedonia issued a reminder that Sylvania attacked the border post in May.")
    assert ("SYL", "190", None) in _codes(events)


@pytest.mark.parametrize("preposition", ["since", "after", "following"])
def test_an_event_that_only_dates_the_clause_is_background(code: Code, preposition: str) -> None:
    sentence = f"Sylvanian refugees fled to Russia {preposition} Freedonia's invasion of Sylvania."
    assert ("FRD", "192", "SYL") not in _codes(code(sentence))


def test_an_event_noun_as_subject_is_news(code: Code) -> None:
    events = code("Freedonia's invasion of Sylvania began on Monday.")
    assert ("FRD", "192", "SYL") in _codes(events)


def test_a_clause_after_a_demand_noun_is_its_content(code: Code) -> None:
    events = code("Freedonia renewed its demand that Sylvania lift its blockade of Russia.")
    assert not any(e.cameo.startswith("087") for e in events)


def test_a_reminder_of_a_fact_by_verb_states_the_fact(code: Code) -> None:
    events = code("Freedonia reminded Sylvania that it invaded Russia in May.")
    assert any(e.cameo == "192" for e in events)
