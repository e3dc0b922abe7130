"""What every command shares: the app, the --db option, error handling, consoles."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from watchfloor.errors import ConfigError, StoreError, WatchfloorError
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.store.base import Store

P = ParamSpec("P")
R = TypeVar("R")

EXIT_ERROR = 1
EXIT_REJECTED = 3

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLite file or postgresql:// URL [env WATCHFLOOR_DB; ./watchfloor.db]"
    ),
]


def settings(db: str | None = None, **options: object) -> Settings:
    return Settings.from_env().with_options(db=db, **options)


def is_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


def shown(db: str) -> str:
    """The database as messages name it: a PostgreSQL URL without its password."""
    from watchfloor.store.postgres import redact

    return redact(db) if is_url(db) else db


def store_for(db: str | None) -> Store:
    """The existing database to read; reading never creates an empty one."""
    target = settings(db).db
    if not is_url(target) and not Path(target).exists():
        raise StoreError(
            f"no database at {target}; ingest articles first (`watchfloor ingest PATH --db "
            f"{target}`) or pass --db / set WATCHFLOOR_DB"
        )
    return open_store(target)


def parse_day(value: str | None, option: str) -> date | None:
    """An ISO date (`2023-11-11`, `2023-11`, `2023`) from an option, as its first day."""
    if value is None:
        return None
    padded = {4: "-01-01", 7: "-01"}.get(len(value), "")
    try:
        return date.fromisoformat(value + padded)
    except ValueError:
        raise ConfigError(
            f"{option} {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
        ) from None


def progress_bar() -> Progress:
    """A progress bar on stderr that disappears when done."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """A user error becomes a one-line message and exit code 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except WatchfloorError as exc:
            err.print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
