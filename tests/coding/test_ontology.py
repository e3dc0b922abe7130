"""The CAMEO ontology tables: labels, Goldstein scores, quad classes, PLOVER names."""

from __future__ import annotations

import pytest

from watchfloor.coding.ontology import current_plover, load_ontology, quad_class
from watchfloor.domain import Plover
from watchfloor.errors import LexiconError


@pytest.mark.parametrize(
    ("cameo", "quad"), [("010", 1), ("057", 1), ("0712", 2), ("084", 2), ("090", 3),
                        ("138", 3), ("141", 4), ("190", 4), ("2042", 4)],
)  # fmt: skip
def test_quad_class_follows_the_cameo_roots(cameo: str, quad: int) -> None:
    assert quad_class(cameo) == quad


def test_unknown_root_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="CAMEO roots run from 01 to 20"):
        quad_class("250")


def test_labels_and_goldstein_scores() -> None:
    ontology = load_ontology()
    assert ontology.label("042") == "Make a visit"
    assert ontology.goldstein("190") == -10.0
    assert ontology.goldstein("0712") == ontology.goldstein("071")  # falls back to the parent


def test_plover_uses_current_names_and_falls_back_to_the_parent_code() -> None:
    ontology = load_ontology()
    assert ontology.plover("042") == Plover("CONSULT", "visit")
    assert ontology.plover("0712") == Plover("AID", None)
    assert ontology.plover("193") == Plover("ASSAULT", "firearms")
    assert ontology.plover("1123") == Plover("ACCUSE", "allege")
    assert ontology.plover("100") == Plover("REQUEST", None)


@pytest.mark.parametrize(
    ("old", "new"),
    [("DEMAND", Plover("REQUEST")), ("DISAPPROVE", Plover("ACCUSE")),
     ("FIGHT", Plover("ASSAULT")), ("INVESTIGATE", Plover("ACCUSE", "investigate")),
     ("AID", Plover("AID"))],
)  # fmt: skip
def test_old_plover_names_map_to_current_ones(old: str, new: Plover) -> None:
    assert current_plover(old) == new


def test_unknown_label_names_the_table() -> None:
    with pytest.raises(LexiconError, match=r"CAMEO\.eventcodes\.tsv"):
        load_ontology().label("999")
