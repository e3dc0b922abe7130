"""`watchfloor stories` and `watchfloor story ID`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markdown import Markdown

from watchfloor.cli.common import DbOption, handle_errors, out, parse_day, store_for
from watchfloor.cli.output import Format, print_table, to_json
from watchfloor.coding.ontology import load_ontology
from watchfloor.domain import EventQuery, Story
from watchfloor.errors import NotFoundError, QueryError
from watchfloor.report.timeline import render_timeline


@handle_errors
def stories_cli(
    since: Annotated[str | None, typer.Option(help="Stories seen since this date")] = None,
    actor: Annotated[str | None, typer.Option(help="Stories with this key actor")] = None,
    format: Annotated[Format, typer.Option(help="table or json")] = Format.TABLE,
    db: DbOption = None,
) -> None:
    """List stories: articles about the same development, grouped."""
    day = parse_day(since, "--since")
    store = store_for(db)
    try:
        found = store.find_stories(since=day.isoformat() if day else None, actor=actor)
    finally:
        store.close()
    if format is Format.JSON:
        typer.echo(to_json([_story_dict(s) for s in found]))
    elif format is Format.TABLE:
        rows = [
            [
                s.id,
                f"{s.first_seen:%Y-%m-%d}",
                str(len(s.article_ids)),
                " ".join(s.key_actors[:4]),
                s.title,
            ]
            for s in found
        ]
        print_table(
            out, f"{len(found)} stories", ("id", "first seen", "articles", "actors", "title"), rows
        )
    else:
        raise QueryError(f"--format {format.value} is not offered for stories; use table or json")


def _story_dict(story: Story) -> dict[str, object]:
    return {
        "id": story.id,
        "title": story.title,
        "key_actors": list(story.key_actors),
        "article_ids": list(story.article_ids),
        "first_seen": story.first_seen.isoformat(),
        "last_seen": story.last_seen.isoformat(),
        "dyads": [list(d) for d in story.dyads],
        "cameo_roots": list(story.cameo_roots),
    }


@handle_errors
def story_cli(
    story_id: Annotated[str, typer.Argument(help="A story id from `watchfloor stories`")],
    db: DbOption = None,
) -> None:
    """A story's timeline: developments, certainty changes, sources and evidence."""
    store = store_for(db)
    try:
        story = store.get_story(story_id)
        if story is None:
            raise NotFoundError(f"no story {story_id!r}; `watchfloor stories` lists them")
        developments = store.find_developments(story_id=story_id)
        events = {e.id: e for e in store.find_events(EventQuery(story_id=story_id))}
        articles = {i: a for i in story.article_ids if (a := store.get_article(i)) is not None}
    finally:
        store.close()
    text = render_timeline(story, developments, events, articles, load_ontology().label)
    if sys.stdout.isatty():
        out.print(Markdown(text))
    else:
        typer.echo(text, nl=False)
