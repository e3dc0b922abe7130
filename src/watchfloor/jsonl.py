"""The JSON Lines batch contract of `watchfloor code` and `watchfloor resolve`.

Each input line is `{"id", "text", "date"?}`; a line that cannot be read becomes
a `LineError` naming the file and line, and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from watchfloor.errors import InputError


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    date: date | None


@dataclass(frozen=True)
class LineError:
    id: str | None
    reason: str


def read_records(path: Path) -> Iterator[Record | LineError]:
    """The records of a JSONL file, in order; bad lines as `LineError`."""
    try:
        handle: IO[str] = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"{exc.strerror}; pass an existing JSONL file") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _record(line, f"{path.name}:{number}")


def _record(line: str, where: str) -> Record | LineError:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        return LineError(None, f"{where}: not JSON ({exc.msg}); write one JSON object per line")
    if not isinstance(raw, dict):
        return LineError(None, f'{where}: not a JSON object; write {{"id", "text"}} objects')
    rid = raw.get("id")
    rid = str(rid) if rid is not None else None
    text = raw.get("text")
    if rid is None or not isinstance(text, str):
        return LineError(rid, f'{where}: needs a string "text" and an "id"')
    when = raw.get("date")
    try:
        day = date.fromisoformat(str(when)[:10]) if when else None
    except ValueError:
        return LineError(rid, f"{where}: date {when!r} is not YYYY-MM-DD")
    return Record(rid, text, day)
