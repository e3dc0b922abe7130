"""`watchfloor eval`: every scored evaluation, printed as tables."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from watchfloor.cli.common import handle_errors, out
from watchfloor.errors import ConfigError


class Suite(StrEnum):
    ACTORS = "actors"
    PLOVER = "plover"
    NEWS = "news"
    SEEDS = "seeds"


@handle_errors
def eval_cli(
    only: Annotated[list[Suite] | None, typer.Option(help="Run only these suites")] = None,
    seeds: Annotated[Path, typer.Option(help="Folder of the seed articles")] = Path(
        "examples/seeds"
    ),
) -> None:
    """Score actor resolution and event coding on the gold sets; check the seed events."""
    for suite in only or list(Suite):
        out.rule(suite.value, align="left")
        typer.echo(_run(suite, seeds))


def _run(suite: Suite, seeds: Path) -> str:
    if suite is Suite.ACTORS:
        from watchfloor.evaluation import actors

        return actors.format_table(actors.evaluate_actors())
    if suite is Suite.PLOVER:
        from watchfloor.evaluation import plover

        return plover.format_table(plover.evaluate_plover())
    if suite is Suite.NEWS:
        from watchfloor.evaluation import news

        return news.format_table(news.evaluate_news())
    return _seeds(seeds)


def _seeds(folder: Path) -> str:
    from watchfloor.coding import EventCoder
    from watchfloor.evaluation import seeds
    from watchfloor.kb import ActorResolver, load_kb
    from watchfloor.nlp.parse import load_pipeline

    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise ConfigError(f"no seed articles in {folder}; pass --seeds FOLDER")
    coded = seeds.code_seeds(paths, EventCoder(ActorResolver(load_kb())), load_pipeline())
    return seeds.format_checks(seeds.check_seeds(coded))
