"""Negation by failure ("failed to", "was unable to") and the clause a conjunct without
its own subject shares with its head ("unless Y signed a truce and held elections")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Certainty
from watchfloor.nlp.certainty import Grade

Graded = Callable[..., Grade]


@pytest.mark.parametrize(
    ("sentence", "trigger", "cue"),
    [
        ("Freedonia and Sylvania failed to reach an agreement on Sunday.", "reach", "failed"),
        ("The rebels are failing to respect the ceasefire.", "respect", "failing"),
        ("Sylvania was unable to secure the release of the hostages.", "secure", "unable"),
        ("The failure to reach a deal angered Sylvania.", "reach", "failure"),
    ],
)
def test_failing_to_act_negates_the_act(
    graded: Graded, sentence: str, trigger: str, cue: str
) -> None:
    result = graded(sentence, trigger)
    assert (result.certainty, result.cue) == (Certainty.NEGATED, cue)


def test_managing_to_act_is_asserted(graded: Graded) -> None:
    result = graded("Freedonia and Sylvania managed to reach an agreement on Sunday.", "reach")
    assert result.certainty is Certainty.ASSERTED


def test_a_condition_covers_both_conjuncts_of_its_clause(graded: Graded) -> None:
    sentence = (
        "Freedonia will withdraw its troops unless Sylvania signed a truce "
        "and held elections within a month."
    )
    for trigger in ("signed", "held"):
        result = graded(sentence, trigger)
        assert (result.certainty, result.cue) == (Certainty.HYPOTHETICAL, "unless")


def test_conjuncts_without_a_condition_stay_asserted(graded: Graded) -> None:
    result = graded("Sylvania signed a truce and held elections within a month.", "held")
    assert result.certainty is Certainty.ASSERTED


def test_a_modal_covers_a_past_conjunct(graded: Graded) -> None:
    sentence = "Officials said the rebels may have crossed the border and attacked a village."
    result = graded(sentence, "attacked")
    assert (result.certainty, result.cue) == (Certainty.SPECULATED, "may")


def test_negation_does_not_reach_a_conjunct(graded: Graded) -> None:
    result = graded("Freedonia did not attend the summit and sent an envoy instead.", "sent")
    assert result.certainty is Certainty.ASSERTED


@pytest.mark.parametrize(
    ("sentence", "trigger", "certainty"),
    [
        (
            "Police opened an inquiry into alleged crimes committed by Sylvanian forces.",
            "committed",
            Certainty.ALLEGED,
        ),
        (
            "Police examined the suspected attack carried out by rebels.",
            "carried",
            Certainty.ALLEGED,
        ),
        ("The attack carried out by rebels killed five people.", "carried", Certainty.ASSERTED),
    ],
)
def test_a_participle_naming_the_doer_takes_its_nouns_grade(
    graded: Graded, sentence: str, trigger: str, certainty: Certainty
) -> None:
    assert graded(sentence, trigger).certainty is certainty


def test_would_have_is_a_counterfactual_not_a_reported_plan(graded: Graded) -> None:
    sentence = "Sylvania said the deal would have allowed Freedonia to send troops."
    result = graded(sentence, "allowed")
    assert (result.certainty, result.cue) == (Certainty.HYPOTHETICAL, "would have")


def test_would_after_past_speech_is_a_reported_plan(graded: Graded) -> None:
    result = graded("Sylvania said it would send troops to Freedonia.", "send")
    assert (result.certainty, result.cue) == (Certainty.PLANNED, "would")
