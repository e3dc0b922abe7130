"""`watchfloor ingest PATH|URL...`: read, code, group and store articles."""

from __future__ import annotations

from typing import Annotated

import typer

from watchfloor.cli.common import (
    EXIT_REJECTED,
    DbOption,
    err,
    handle_errors,
    out,
    progress_bar,
    settings,
    shown,
)
from watchfloor.ingest import read_inputs
from watchfloor.pipeline import IngestReport, Pipeline, ingest_articles
from watchfloor.store import open_store


@handle_errors
def ingest_cli(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories, feeds, JSONL/CSV or URLs")
    ],
    db: DbOption = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per transaction")] = None,
    n_process: Annotated[int | None, typer.Option(help="spaCy processes")] = None,
) -> None:
    """Ingest articles into the database: parse, code events, group stories."""
    config = settings(db, batch_size=batch_size, n_process=n_process)
    pipeline = Pipeline(config)
    store = open_store(config.db)
    try:
        with progress_bar() as bar:
            task = bar.add_task("ingesting", total=None)
            report = ingest_articles(
                read_inputs(inputs),
                store,
                pipeline,
                progress=lambda n: bar.advance(task, n),
            )
    finally:
        store.close()
    _print_report(report, config.db)
    if report.rejected:
        raise typer.Exit(EXIT_REJECTED)


def _print_report(report: IngestReport, db: str) -> None:
    out.print(
        f"{report.articles} articles stored in {shown(db)} "
        f"({report.new} new, {report.versions} new versions, {report.duplicates} copies of "
        f"earlier articles); {report.existing} already stored; "
        f"{report.events} events; {len(report.stories)} stories touched",
        highlight=False,
    )
    for rejection in report.rejected:
        err.print(f"[yellow]rejected[/] {rejection.reason}", highlight=False)
    if report.rejected:
        err.print(f"{len(report.rejected)} input(s) rejected; the rest went in", highlight=False)
