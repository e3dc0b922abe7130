"""PLOVER event types: appeals are requests, announced acts are promises or threats."""

from __future__ import annotations

import pytest

from watchfloor.coding.ontology import load_ontology
from watchfloor.domain import Certainty, Plover


@pytest.mark.parametrize(
    ("cameo", "plover"),
    [("020", Plover("REQUEST", None)), ("0233", Plover("REQUEST", "assist")),
     ("0241", Plover("REQUEST", "change")), ("026", Plover("REQUEST", "meet"))],
)  # fmt: skip
def test_appeals_missing_from_the_2021_table_are_requests(cameo: str, plover: Plover) -> None:
    assert load_ontology().plover(cameo) == plover


def test_statements_have_no_plover_event() -> None:
    assert load_ontology().plover("010") is None


def test_the_2021_table_keeps_its_own_rows() -> None:
    ontology = load_ontology()
    assert ontology.plover("1053") == Plover("REQUEST", "yield")
    assert ontology.plover("030") == Plover("AGREE", None)


@pytest.mark.parametrize("certainty", [Certainty.PLANNED, Certainty.HYPOTHETICAL])
@pytest.mark.parametrize("cameo", ["042", "073", "0874", "057"])
def test_announced_cooperation_is_agree(cameo: str, certainty: Certainty) -> None:
    assert load_ontology().intended_plover(cameo, certainty) == Plover("AGREE", None)


@pytest.mark.parametrize("certainty", [Certainty.PLANNED, Certainty.HYPOTHETICAL])
@pytest.mark.parametrize("cameo", ["143", "1662", "1723", "191", "190"])
def test_announced_coercion_or_force_is_threaten(cameo: str, certainty: Certainty) -> None:
    assert load_ontology().intended_plover(cameo, certainty) == Plover("THREATEN", None)


@pytest.mark.parametrize("cameo", ["154", "100", "111", "020", "010"])
def test_announced_mobilization_and_verbal_acts_keep_their_type(cameo: str) -> None:
    ontology = load_ontology()
    assert ontology.intended_plover(cameo, Certainty.PLANNED) == ontology.plover(cameo)


@pytest.mark.parametrize(
    "certainty", [Certainty.ASSERTED, Certainty.REPORTED, Certainty.NEGATED, Certainty.SPECULATED]
)
def test_acts_that_took_place_keep_their_type(certainty: Certainty) -> None:
    ontology = load_ontology()
    assert ontology.intended_plover("1723", certainty) == Plover("COERCE", "curfew")
    assert ontology.intended_plover("0874", certainty) == Plover("RETREAT", "disarm")
