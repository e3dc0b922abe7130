"""Rewrite `seed_events.json` from what the coder produces now; review the diff.

.venv/bin/python tests/golden/regenerate.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "examples" / "seeds"
GOLDEN = HERE / "seed_events.json"


def current_events() -> dict[str, list[dict[str, Any]]]:
    """Seed file name -> its events as public JSON, coded now."""
    from watchfloor.coding.events import EventCoder
    from watchfloor.evaluation.seeds import code_seeds
    from watchfloor.kb import ActorResolver, load_kb
    from watchfloor.nlp.parse import load_pipeline

    coder = EventCoder(ActorResolver(load_kb()))
    coded = code_seeds(SEEDS.glob("*.txt"), coder, load_pipeline())
    return {name: [e.to_dict() for e in events] for name, events in coded.items()}


def render(events: dict[str, list[dict[str, Any]]]) -> str:
    return json.dumps(events, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> int:
    GOLDEN.write_text(render(current_events()), encoding="utf-8")
    sys.stdout.write(f"wrote {GOLDEN.name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
