"""`watchfloor kb search` and `watchfloor kb show`: look into the actor knowledge base."""

from __future__ import annotations

from typing import Annotated

import typer

from watchfloor.cli.common import handle_errors, out, parse_day, settings
from watchfloor.cli.output import Format, print_table, to_json
from watchfloor.errors import NotFoundError, QueryError
from watchfloor.kb import KbRecord, load_kb

kb_app = typer.Typer(help="Search and show actors of the knowledge base.", no_args_is_help=True)


def _row(record: KbRecord) -> list[str]:
    held = ""
    if record.valid_from or record.valid_to:
        start = record.valid_from.isoformat() if record.valid_from else "?"
        end = record.valid_to.isoformat() if record.valid_to else "today"
        held = f"{start} – {end}"
    return [record.kb_id, record.kind, record.name, record.code or "", record.role or "", held]


def _dict(record: KbRecord) -> dict[str, object]:
    return {
        "kb_id": record.kb_id,
        "kind": record.kind,
        "name": record.name,
        "aliases": list(record.aliases),
        "country": record.country,
        "sector": record.sector,
        "code": record.code,
        "role": record.role,
        "valid_from": record.valid_from.isoformat() if record.valid_from else None,
        "valid_to": record.valid_to.isoformat() if record.valid_to else None,
        "source": record.source,
    }


def _print(records: list[KbRecord], title: str, format: Format) -> None:
    if format is Format.JSON:
        typer.echo(to_json([_dict(r) for r in records]))
    elif format is Format.TABLE:
        columns = ("kb_id", "kind", "name", "code", "role", "held")
        print_table(out, title, columns, [_row(r) for r in records])
    else:
        raise QueryError(f"--format {format.value} is not offered here; use table or json")


@kb_app.command("search")
@handle_errors
def search_cli(
    query: Annotated[str, typer.Argument(help="A name, alias or part of one")],
    date: Annotated[str | None, typer.Option(help="Only roles held on this date")] = None,
    limit: Annotated[int, typer.Option(help="At most this many")] = 25,
    format: Annotated[Format, typer.Option(help="table or json")] = Format.TABLE,
) -> None:
    """Find actors by name or alias."""
    kb = load_kb(settings().kb_path)
    found = kb.search(query, parse_day(date, "--date"))[:limit]
    _print(found, f"{len(found)} matches in knowledge base {kb.version}", format)


@kb_app.command("show")
@handle_errors
def show_cli(
    kb_id: Annotated[str, typer.Argument(help="A kb id from `watchfloor kb search`")],
    format: Annotated[Format, typer.Option(help="table or json")] = Format.TABLE,
) -> None:
    """Show one actor with every dated role and alias."""
    kb = load_kb(settings().kb_path)
    records = kb.records(kb_id)
    if not records:
        raise NotFoundError(f"no actor {kb_id!r}; find ids with `watchfloor kb search NAME`")
    _print(records, f"{records[0].name}: aliases {', '.join(records[0].aliases) or 'none'}", format)
