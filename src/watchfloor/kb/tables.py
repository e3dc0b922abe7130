"""Reading the knowledge-base tables: UTF-8, tab-separated, a header line, `#` comments."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from watchfloor.errors import KnowledgeBaseError

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def read_table(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data line of the TSV file at `path`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(
            f"cannot read {path.name}: {exc}; pass a UTF-8 tab-separated file"
        ) from exc
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeBaseError(
                    f"cannot read {path.name}: header lacks {', '.join(missing)}; "
                    f"the first line must name the columns {', '.join(required)}"
                )
            continue
        cells += [""] * (len(header) - len(cells))
        yield number, dict(zip(header, cells, strict=False))


def header_of(path: Path) -> list[str]:
    """The column names of a TSV file (its first non-comment line)."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip() and not line.startswith("#"):
                    return [c.strip() for c in line.split("\t")]
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"cannot read {path.name}: {exc}; pass a UTF-8 TSV file") from exc
    return []


def split_list(cell: str) -> tuple[str, ...]:
    """The `|`-separated values of a cell, stripped, empty ones dropped."""
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def parse_start(value: str, where: str) -> date | None:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the first day it covers; empty -> None."""
    parts = _date_parts(value, where)
    if parts is None:
        return None
    year, month, day = parts
    return date(year, month or 1, day or 1)


def parse_end(value: str, where: str) -> date | None:
    """An end date as the first day after the period it names (ends are exclusive)."""
    parts = _date_parts(value, where)
    if parts is None:
        return None
    year, month, day = parts
    if day is not None and month is not None:
        return date(year, month, day)
    if month is not None:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, last).fromordinal(date(year, month, last).toordinal() + 1)
    return date(year + 1, 1, 1)


def _date_parts(value: str, where: str) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    match = _DATE.match(value)
    if not match:
        raise KnowledgeBaseError(
            f"{where}: date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY; "
            "correct it or leave it empty"
        )
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise KnowledgeBaseError(f"{where}: date {value!r} does not exist; correct it") from exc
    return int(year), int(month) if month else None, int(day) if day else None
