"""`watchfloor trend`: an actor or dyad over time, by QuadClass."""

from __future__ import annotations

from typing import Annotated

import typer

from watchfloor.analysis import Period, trend
from watchfloor.cli.common import DbOption, handle_errors, out, parse_day, store_for
from watchfloor.cli.output import Format, print_table, to_csv, to_json
from watchfloor.domain import EventQuery

COLUMNS = (
    "period", "events", "facts", "claims", "verbal_cooperation", "material_cooperation",
    "verbal_conflict", "material_conflict", "mean_goldstein_of_facts",
)  # fmt: skip


@handle_errors
def trend_cli(
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, country or name")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option(help="Two actors")] = None,
    by: Annotated[Period, typer.Option(help="month or year")] = Period.MONTH,
    since: Annotated[str | None, typer.Option(help="From this date")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date")] = None,
    format: Annotated[Format, typer.Option(help="table, json or csv")] = Format.TABLE,
    db: DbOption = None,
) -> None:
    """Events per month or year by QuadClass; copies of other articles do not count."""
    query = EventQuery(
        actor=actor,
        dyad=dyad,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
    )
    store = store_for(db)
    try:
        events = store.find_events(query)
        articles = {i: store.get_article(i) for i in {e.article_id for e in events}}
    finally:
        store.close()
    independent = [
        (e, a.published) for e in events if (a := articles[e.article_id]) and not a.duplicate_of
    ]
    rows = [c.to_dict() for c in trend(independent, by)]
    if format is Format.JSON:
        typer.echo(to_json(rows))
    elif format is Format.CSV:
        typer.echo(to_csv(rows, COLUMNS), nl=False)
    else:
        title = f"{' – '.join(dyad) if dyad else actor or 'all events'} by {by.value}"
        print_table(out, title, COLUMNS, [[str(r[c]) for c in COLUMNS] for r in rows])
