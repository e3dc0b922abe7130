"""`watchfloor report`: a situation report in Markdown, to the terminal or a file."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markdown import Markdown

from watchfloor.cli.common import DbOption, handle_errors, out, parse_day, store_for
from watchfloor.coding.ontology import load_ontology
from watchfloor.report import render, report_input


@handle_errors
def report_cli(
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, country or name")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option(help="Two actors")] = None,
    story: Annotated[str | None, typer.Option(help="A story id (`watchfloor stories`)")] = None,
    since: Annotated[str | None, typer.Option(help="From this date")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date")] = None,
    output: Annotated[Path | None, typer.Option(help="Write the Markdown to this file")] = None,
    db: DbOption = None,
) -> None:
    """A readable situation report: developments in date order with their evidence."""
    store = store_for(db)
    try:
        gathered = report_input(
            store,
            actor=actor,
            dyad=dyad,
            story_id=story,
            since=parse_day(since, "--since"),
            until=parse_day(until, "--until"),
        )
    finally:
        store.close()
    text = render(gathered, load_ontology().label, today=date.today())
    if output is not None:
        output.write_text(text, encoding="utf-8")
        out.print(f"report written to {output}", highlight=False)
    elif sys.stdout.isatty():
        out.print(Markdown(text))
    else:
        typer.echo(text, nl=False)
