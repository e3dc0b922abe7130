"""The founding articles: the events they must give, and the reviewed golden file."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from watchfloor.coding.events import EventCoder
from watchfloor.domain import Event
from watchfloor.evaluation.seeds import EXPECTATIONS, check_seeds, code_seeds, read_seed
from watchfloor.kb import ActorResolver, load_kb

HERE = Path(__file__).resolve().parent


def _regenerate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", HERE / "regenerate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_events(nlp: Any, seed_paths: list[Path]) -> dict[str, list[Event]]:
    return code_seeds(seed_paths, EventCoder(ActorResolver(load_kb())), nlp)


def test_first_seed_date_token_is_stripped(seed_paths: list[Path]) -> None:
    first, second = (read_seed(p) for p in sorted(seed_paths))
    assert first.published is not None and first.published.isoformat() == "2023-11-11"
    assert first.text.startswith("US intelligence reports")
    assert second.published is None


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=lambda x: x.name)
def test_seed_expectation(seed_events: dict[str, list[Event]], expectation: Any) -> None:
    (check,) = [c for c in check_seeds(seed_events) if c.name == expectation.name]
    assert check.passed, expectation.name


def test_golden_file_equals_what_the_coder_produces(seed_events: dict[str, list[Event]]) -> None:
    regenerate = _regenerate()
    now = {name: [e.to_dict() for e in events] for name, events in seed_events.items()}
    golden = json.loads(regenerate.GOLDEN.read_text(encoding="utf-8"))
    assert regenerate.render(now) == regenerate.render(golden), (
        "the seed events changed: run tests/golden/regenerate.py and review the diff"
    )
