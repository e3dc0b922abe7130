"""`watchfloor code` and `watchfloor resolve`: coding and resolution without a database."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from watchfloor.cli.common import (
    EXIT_REJECTED,
    err,
    handle_errors,
    parse_day,
    progress_bar,
    settings,
)
from watchfloor.domain import Article
from watchfloor.jsonl import LineError, Record, read_records
from watchfloor.pipeline import Pipeline

InputOption = Annotated[Path, typer.Option("--input", help="JSONL: {id, text, date?} per line")]
OutputOption = Annotated[Path, typer.Option("--output", help="JSONL to write, one line per input")]


@handle_errors
def code_cli(
    input: InputOption,
    output: OutputOption,
    n_process: Annotated[int | None, typer.Option(help="spaCy processes")] = None,
) -> None:
    """Code events in a JSONL file: {"id", "events": [...]} per input line."""
    pipeline = Pipeline(settings(n_process=n_process))
    problems = 0
    with output.open("w", encoding="utf-8") as sink, progress_bar() as bar:
        task = bar.add_task("coding", total=None)
        for line in _code_lines(read_records(input), pipeline):
            problems += "error" in line
            _write(sink, line)
            bar.advance(task)
    _exit_if(problems)


def _code_lines(
    items: Iterable[Record | LineError], pipeline: Pipeline
) -> Iterator[dict[str, Any]]:
    """Output lines in input order: records are coded in batches, errors pass through."""
    pending: list[Record | LineError] = list(items)
    articles = (
        Article(id=r.id, text=r.text, published=r.date) for r in pending if isinstance(r, Record)
    )
    coded = pipeline.code_articles(articles)
    for item in pending:
        if isinstance(item, LineError):
            err.print(f"[yellow]skipped[/] {item.reason}", highlight=False)
            yield {"id": item.id, "events": [], "error": item.reason}
        else:
            result = next(coded)
            yield {"id": item.id, "events": [e.to_dict() for e in result.events]}


@handle_errors
def resolve_cli(
    text: Annotated[str | None, typer.Argument(help="An actor phrase")] = None,
    date: Annotated[str | None, typer.Option(help="Resolve as of this date (YYYY-MM-DD)")] = None,
    input: Annotated[Path | None, typer.Option("--input", help="JSONL batch")] = None,
    output: Annotated[Path | None, typer.Option("--output", help="JSONL to write")] = None,
) -> None:
    """Resolve an actor phrase (or a JSONL batch) to {text, name, country, sector, code, kb_id}."""
    pipeline = Pipeline(settings())
    if input is not None:
        if output is None:
            raise typer.BadParameter("--input needs --output")
        _resolve_batch(pipeline, input, output)
        return
    if text is None:
        raise typer.BadParameter("give a TEXT to resolve, or --input and --output")
    actor = pipeline.resolver.resolve_text(text, parse_day(date, "--date"))
    typer.echo(json.dumps(actor.to_dict() if actor else None, ensure_ascii=False, indent=2))


def _resolve_batch(pipeline: Pipeline, input: Path, output: Path) -> None:
    problems = 0
    with output.open("w", encoding="utf-8") as sink:
        for item in read_records(input):
            if isinstance(item, LineError):
                problems += 1
                err.print(f"[yellow]skipped[/] {item.reason}", highlight=False)
                _write(sink, {"id": item.id, "actor": None, "error": item.reason})
                continue
            actor = pipeline.resolver.resolve_text(item.text, item.date)
            _write(sink, {"id": item.id, "actor": actor.to_dict() if actor else None})
    _exit_if(problems)


def _write(sink: IO[str], line: dict[str, Any]) -> None:
    sink.write(json.dumps(line, ensure_ascii=False) + "\n")


def _exit_if(problems: int) -> None:
    if problems:
        err.print(f"{problems} line(s) could not be read; see above", highlight=False)
        raise typer.Exit(EXIT_REJECTED)
