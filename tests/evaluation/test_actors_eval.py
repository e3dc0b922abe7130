"""Quality gate: actor resolution on the PLOVER gold actors must not fall below its floors.

The floors live in tests/quality/baseline_actors.json; raising one is its own commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.evaluation.actors import ActorScores, evaluate_actors, format_table, read_gold

BASELINE = Path(__file__).resolve().parent.parent / "quality" / "baseline_actors.json"


@pytest.fixture(scope="module")
def scores() -> ActorScores:
    return evaluate_actors()


def test_gold_file_has_the_known_number_of_actors() -> None:
    assert len(read_gold()) == 650


@pytest.mark.parametrize(
    "metric", ["country_accuracy", "precision", "sector_accuracy", "code_accuracy"]
)
def test_score_stays_above_its_floor(scores: ActorScores, metric: str) -> None:
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"][metric]
    assert getattr(scores, metric) >= floor, format_table(scores)


def test_table_names_every_score(scores: ActorScores) -> None:
    table = format_table(scores)
    for label in ("country accuracy", "precision", "sector accuracy", "full code accuracy"):
        assert label in table


def test_module_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    from watchfloor.evaluation.actors import main

    assert main() == 0
    assert "full code accuracy" in capsys.readouterr().out
