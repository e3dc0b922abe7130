"""Actor resolution scored on the PLOVER gold-standard records.

Each gold actor (`actorText`, `code`, optional `sector`) is resolved in isolation
at its record's date. Scores:

- country: the gold code's country part (or IGO/NGO/IMG prefix) against the
  resolved country (or code prefix); over all gold actors (a None is wrong),
- precision: the same, over the actors the resolver did resolve,
- sector: over the gold actors whose sector is a CAMEO sector ("***" and empty
  are skipped),
- code: country and (where the gold has one) sector both right.

The gold uses a few codes of older CAMEO versions: JAP, ITL and VTN count as
JPN, ITA and VNM.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.domain import Actor
from watchfloor.errors import WatchfloorError
from watchfloor.evaluation.codes import gold_country
from watchfloor.kb import ActorResolver, load_kb

GROUP_PREFIXES = ("IGO", "NGO", "IMG")


@dataclass(frozen=True)
class ActorScores:
    actors: int
    resolved: int
    country_correct: int
    sector_total: int
    sector_correct: int
    code_correct: int

    @property
    def country_accuracy(self) -> float:
        return _ratio(self.country_correct, self.actors)

    @property
    def precision(self) -> float:
        return _ratio(self.country_correct, self.resolved)

    @property
    def recall(self) -> float:
        return self.country_accuracy

    @property
    def sector_accuracy(self) -> float:
        return _ratio(self.sector_correct, self.sector_total)

    @property
    def code_accuracy(self) -> float:
        return _ratio(self.code_correct, self.actors)


@dataclass(frozen=True)
class GoldActor:
    text: str
    country: str
    sector: str | None
    on: date | None


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def gold_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "gold" / "PLOVER_GSR_CAMEO.txt"))


def read_gold(path: Path | None = None) -> list[GoldActor]:
    """Every source and target actor of the gold records, with its record's date."""
    source = path or gold_path()
    try:
        records = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WatchfloorError(
            f"cannot read gold records {source.name}: {exc}; pass the PLOVER JSON list"
        ) from exc
    return [actor for record in records for actor in _record_actors(record)]


def _record_actors(record: dict[str, Any]) -> list[GoldActor]:
    on = _day(record.get("date"))
    found = []
    for role in ("source", "target"):
        items = record.get(role)
        if not isinstance(items, list):
            continue
        for item in items:
            if isinstance(item, dict) and item.get("actorText") and item.get("code"):
                code = str(item["code"]).strip().upper()
                sector = str(item.get("sector") or "")[:3].upper()
                found.append(
                    GoldActor(
                        text=" ".join(str(item["actorText"]).split()),
                        country=gold_country(code),
                        sector=sector if sector.isalpha() and len(sector) == 3 else None,
                        on=on,
                    )
                )
    return found


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def evaluate_actors(path: Path | None = None, kb_path: Path | None = None) -> ActorScores:
    """Scores of the resolver on the gold actors of `path` (default: the shipped file)."""
    resolver = ActorResolver(load_kb(kb_path))
    gold = read_gold(path)
    results = [(g, resolver.resolve_text(g.text, g.on)) for g in gold]
    countries = [_country_right(g, a) for g, a in results]
    sectors = [(g, a) for g, a in results if g.sector]
    return ActorScores(
        actors=len(gold),
        resolved=sum(a is not None and _country_of(a) is not None for _, a in results),
        country_correct=sum(countries),
        sector_total=len(sectors),
        sector_correct=sum(a is not None and a.sector == g.sector for g, a in sectors),
        code_correct=sum(
            right and (g.sector is None or (a is not None and a.sector == g.sector))
            for (g, a), right in zip(results, countries, strict=True)
        ),
    )


def _country_of(actor: Actor) -> str | None:
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code else None


def _country_right(gold: GoldActor, actor: Actor | None) -> bool:
    return actor is not None and _country_of(actor) == gold.country


def format_table(scores: ActorScores) -> str:
    """A plain-text table of the scores."""
    rows = [
        ("gold actors", str(scores.actors)),
        ("resolved", str(scores.resolved)),
        ("country accuracy (recall)", f"{scores.country_accuracy:.3f}"),
        ("country precision", f"{scores.precision:.3f}"),
        (f"sector accuracy (n={scores.sector_total})", f"{scores.sector_accuracy:.3f}"),
        ("full code accuracy", f"{scores.code_accuracy:.3f}"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value:>7}" for name, value in rows)


def main() -> int:
    import sys

    sys.stdout.write(format_table(evaluate_actors()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
