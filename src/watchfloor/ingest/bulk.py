"""Bulk files: JSON Lines and CSV with fields `id, url, title, text, published, source`.

Only `text` is required. Records are streamed, so a bulk file may be larger
than the size limit; the limit applies to each record instead. A bad record
is a Rejection named `file:line` and the rest of the file still goes in.
`origin` is the record's `id` when it has one (a corpus identifier such as
"wikinews:..."), else `file:line`. JSON Lines are UTF-8 (with or without a
byte-order mark); a CSV file's encoding is detected from its first bytes.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator, Mapping
from typing import IO, Any

from watchfloor.domain import Article, Rejection
from watchfloor.errors import DecodeError, InputError, TooLargeError, UnsupportedInputError
from watchfloor.ingest.articles import new_article
from watchfloor.ingest.pubdates import parse_published

log = logging.getLogger(__name__)

OPTIONAL_FIELDS = ("id", "url", "title", "published", "source")


def read_jsonl(stream: IO[bytes], *, name: str, max_bytes: int) -> Iterator[Article | Rejection]:
    """One article per JSON object line; blank lines are skipped.

    A first line that is no JSON object means the file is no JSON Lines (a
    pretty-printed JSON document, say): one error for the file, not one a line.
    """
    for index, (where, record) in enumerate(_records(stream, name, max_bytes)):
        if isinstance(record, InputError):
            if index == 0:
                raise UnsupportedInputError(
                    name, f"not JSON Lines ({record.reason}); write one JSON object per line"
                ) from record
            yield _reject(where, record)
            continue
        try:
            yield record_article(record, name=where)
        except InputError as error:
            yield _reject(where, error)


def _records(
    stream: IO[bytes], name: str, max_bytes: int
) -> Iterator[tuple[str, Mapping[str, Any] | InputError]]:
    """Each non-blank line as `file:line` and its JSON object, or the error that it is none."""
    for number, line in _lines(stream, max_bytes):
        where = f"{name}:{number}"
        if line is None:
            limit = f"a record over {max_bytes} bytes; split it or raise the size limit"
            yield where, TooLargeError(where, limit)
        elif line.strip():
            try:
                yield where, _json_object(line, where)
            except InputError as error:
                yield where, error


def read_csv(
    stream: IO[bytes], *, name: str, max_bytes: int, encoding: str = "utf-8-sig"
) -> Iterator[Article | Rejection]:
    """One article per CSV row after the header row; `stream` stays open."""
    _allow_fields_up_to(max_bytes)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    try:
        yield from _rows(csv.DictReader(text), name)
    finally:
        text.detach()


def _rows(reader: csv.DictReader[str], name: str) -> Iterator[Article | Rejection]:
    _read_header(reader, name)
    number = reader.line_num + 1
    while True:
        where = f"{name}:{number}"
        try:
            row = next(reader, None)
            if row is None:
                return
            yield record_article(row, name=where)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield _reject(where, DecodeError(where, f"not a readable CSV row ({exc}); fix the row"))
            if isinstance(exc, UnicodeDecodeError):
                return  # the decoder cannot resynchronise: the rest of the file is lost
        except InputError as error:
            yield _reject(where, error)
        number = reader.line_num + 1


def _read_header(reader: csv.DictReader[str], name: str) -> None:
    try:
        header = reader.fieldnames or []
    except (csv.Error, UnicodeDecodeError) as exc:
        raise DecodeError(name, f"unreadable CSV header ({exc}); fix the first line") from exc
    reader.fieldnames = [field.strip().lower() for field in header]


def record_article(record: Mapping[str, Any], *, name: str) -> Article:
    """The article in one bulk record; InputError naming `name` when it has none."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise UnsupportedInputError(
            name, "no 'text' field; every record needs the article text in 'text'"
        )
    fields = {key: _optional_str(record, key, name) for key in OPTIONAL_FIELDS}
    return new_article(
        text,
        name=name,
        title=fields["title"],
        url=fields["url"],
        published=parse_published(fields["published"]),
        source=fields["source"],
        origin=fields["id"] or name,
    )


def _optional_str(record: Mapping[str, Any], key: str, name: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise UnsupportedInputError(
        name, f"field '{key}' is {type(value).__name__}, not a string; write it as a string"
    )


def _json_object(line: bytes, name: str) -> Mapping[str, Any]:
    try:
        value = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DecodeError(name, f"not UTF-8 ({exc.reason}); JSON Lines must be UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise UnsupportedInputError(name, f"not valid JSON ({exc.msg}); fix the line") from exc
    if not isinstance(value, dict):
        raise UnsupportedInputError(
            name, f"a JSON {type(value).__name__}, not an object; write one object per line"
        )
    return value


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None for a line over `max_bytes`, which is skipped unread."""
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
        else:
            yield number, line


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while chunk := stream.readline(1 << 20):
        if chunk.endswith(b"\n"):
            return


def _allow_fields_up_to(max_bytes: int) -> None:
    """csv's field limit is process-wide; it is only ever raised, to the record size limit."""
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))


def _reject(name: str, error: InputError) -> Rejection:
    log.info("rejected %s: %s", name, error)
    return Rejection(name, str(error))
