"""The `watchfloor` command: thin commands over importable functions.

Exit codes: 0 done; 1 an error (a message, never a traceback); 2 a usage error;
3 some inputs were rejected and the rest went in.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from watchfloor.cli.batch import code_cli, resolve_cli
from watchfloor.cli.common import configure_logging
from watchfloor.cli.evaluate import eval_cli
from watchfloor.cli.ingest import ingest_cli
from watchfloor.cli.kb import kb_app
from watchfloor.cli.query import articles_cli, events_cli
from watchfloor.cli.report import report_cli
from watchfloor.cli.stories import stories_cli, story_cli
from watchfloor.cli.trend import trend_cli

app = typer.Typer(
    name="watchfloor",
    help="News reports about international affairs in; a source-attributed, deduplicated, "
    "certainty-graded event database out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress")] = False,
    kb: Annotated[
        Path | None,
        typer.Option("--kb", help="Your knowledge-base file or folder [env WATCHFLOOR_KB]"),
    ] = None,
) -> None:
    configure_logging(verbose)
    if kb is not None:  # every command reads its settings from the environment
        os.environ["WATCHFLOOR_KB"] = str(kb)


app.command("ingest")(ingest_cli)
app.command("articles")(articles_cli)
app.command("events")(events_cli)
app.command("code")(code_cli)
app.command("resolve")(resolve_cli)
app.command("report")(report_cli)
app.command("stories")(stories_cli)
app.command("story")(story_cli)
app.command("trend")(trend_cli)
app.command("eval")(eval_cli)
app.add_typer(kb_app, name="kb")
