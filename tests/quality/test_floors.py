"""Quality gate: the event coder's PLOVER gold-standard scores must not drop.

The floors live in `baseline.json`, a little under the measured figures. Raising a
floor is a commit of its own, never part of a change that also
moves the scores; lowering one needs a stated reason in that commit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from watchfloor.coding.events import EventCoder
from watchfloor.evaluation.plover import PloverScores, evaluate_plover, format_table
from watchfloor.kb import ActorResolver, load_kb

BASELINE = Path(__file__).with_name("baseline.json")


@pytest.fixture(scope="module")
def scores(nlp: Any) -> PloverScores:
    return evaluate_plover(coder=EventCoder(ActorResolver(load_kb())), nlp=nlp)


def _figures(scores: PloverScores) -> dict[str, float]:
    return {
        "plover_event_accuracy": scores.event_accuracy,
        "plover_triple_f1": scores.triple.f1,
        "plover_triple_precision": scores.triple.precision,
        "plover_source_f1": scores.source.f1,
        "plover_target_f1": scores.target.f1,
    }


def test_plover_scores_stay_above_their_floors(scores: PloverScores) -> None:
    floors: dict[str, float] = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    figures = _figures(scores)
    dropped = {name: (figures[name], floor) for name, floor in floors.items()
               if figures[name] < floor}  # fmt: skip
    assert not dropped, f"below the floor (measured, floor): {dropped}\n{format_table(scores)}"
