"""Fixtures shared by every test folder: the real spaCy pipeline and the seed articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from watchfloor.nlp.parse import load_pipeline

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "examples" / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
