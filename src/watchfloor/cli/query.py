"""`watchfloor articles` and `watchfloor events`: read what is stored."""

from __future__ import annotations

from typing import Annotated

import typer

from watchfloor.cli.common import DbOption, handle_errors, out, parse_day, store_for
from watchfloor.cli.output import Format, print_table, to_csv, to_json, to_jsonl
from watchfloor.domain import Article, Certainty, Event, EventQuery
from watchfloor.errors import QueryError

EVENT_CSV_COLUMNS = (
    "id",
    "article_id",
    "date.value",
    "date.precision",
    "source.code",
    "source.text",
    "cameo",
    "quad_class",
    "goldstein",
    "plover.event",
    "plover.mode",
    "target.code",
    "target.text",
    "certainty",
    "attribution.text",
    "location.name",
    "location.country",
    "evidence.sentence",
    "evidence.start",
    "evidence.end",
    "coder",
)


@handle_errors
def articles_cli(
    search: Annotated[str | None, typer.Option(help="Full-text search")] = None,
    limit: Annotated[int, typer.Option(help="At most this many")] = 50,
    format: Annotated[Format, typer.Option(help="table or json")] = Format.TABLE,
    db: DbOption = None,
) -> None:
    """List stored articles, newest first, or those matching --search."""
    store = store_for(db)
    try:
        found = store.find_articles(search=search, limit=limit)
    finally:
        store.close()
    if format is Format.TABLE:
        print_table(
            out,
            f"{len(found)} articles",
            ("id", "published", "source", "title"),
            [_article_row(a) for a in found],
        )
    elif format is Format.JSON:
        typer.echo(to_json([_article_summary(a) for a in found]))
    else:
        raise QueryError(f"--format {format.value} is not offered for articles; use table or json")


def _article_summary(article: Article) -> dict[str, object]:
    summary = article.to_dict()
    del summary["text"]
    return summary


def _article_row(article: Article) -> list[str]:
    published = article.published.isoformat() if article.published else "unknown"
    copy = f" (copy of {article.duplicate_of})" if article.duplicate_of else ""
    return [article.id, published, article.source or "", (article.title or "") + copy]


@handle_errors
def events_cli(
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, country or name")] = None,
    dyad: Annotated[
        tuple[str, str] | None, typer.Option(help="Two actors, either direction")
    ] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code or root (07)")] = None,
    quad: Annotated[int | None, typer.Option(help="QuadClass 1-4")] = None,
    certainty: Annotated[Certainty | None, typer.Option(help="Certainty")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD)")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many")] = None,
    format: Annotated[Format, typer.Option(help="table, json, jsonl or csv")] = Format.TABLE,
    db: DbOption = None,
) -> None:
    """List coded events with their evidence."""
    if quad is not None and quad not in (1, 2, 3, 4):
        raise QueryError(f"--quad {quad} is not a QuadClass; use 1, 2, 3 or 4")
    query = EventQuery(
        actor=actor,
        dyad=dyad,
        cameo=cameo,
        quad_class=quad,
        certainty=certainty,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        limit=limit,
    )
    store = store_for(db)
    try:
        events = store.find_events(query)
    finally:
        store.close()
    print_events(events, format)


def print_events(events: list[Event], format: Format) -> None:
    rows = [e.to_dict() for e in events]
    if format is Format.JSON:
        typer.echo(to_json(rows))
    elif format is Format.JSONL:
        typer.echo(to_jsonl(rows), nl=False)
    elif format is Format.CSV:
        typer.echo(to_csv(rows, EVENT_CSV_COLUMNS), nl=False)
    else:
        columns = ("date", "source", "event", "target", "certainty", "evidence")
        print_table(out, f"{len(events)} events", columns, [_event_row(e) for e in events])


def _event_row(event: Event) -> list[str]:
    when = event.date.value or event.date.text or "" if event.date else ""
    source = event.source.code or event.source.text if event.source else "-"
    target = event.target.code or event.target.text if event.target else "-"
    plover = f" {event.plover.event}" if event.plover else ""
    certainty = event.certainty.value
    if event.attribution:
        certainty += f" (per {event.attribution.text})"
    return [
        when or "",
        source or "",
        f"{event.cameo}{plover}",
        target or "",
        certainty,
        event.evidence.sentence,
    ]
