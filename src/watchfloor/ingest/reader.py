"""`read_inputs`: paths, directories and URLs in, articles (or rejections) out.

Every input is sniffed by content and handed to the reader of its kind. An
input that cannot be read yields one `Rejection` whose reason names the cause
and the fix; the batch goes on.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx

from watchfloor.domain import Article, Rejection
from watchfloor.errors import InputError
from watchfloor.ingest.bulk import read_csv, read_jsonl
from watchfloor.ingest.decode import decode_bytes, stream_codec
from watchfloor.ingest.feeds import read_feed
from watchfloor.ingest.html import read_html
from watchfloor.ingest.paths import check_file, files_under, read_head, read_limited, too_large
from watchfloor.ingest.sniff import HEAD_BYTES, Kind, sniff
from watchfloor.ingest.text import read_text
from watchfloor.ingest.urls import Fetcher, HttpFetcher, is_url

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
Result = Article | Rejection


@dataclass(frozen=True)
class Provenance:
    """Where one document's bytes came from."""

    name: str  # how messages name it: the path or URL
    origin: str  # Article.origin
    source: str | None  # the publisher when the document itself names none
    url: str | None = None
    content_type: str | None = None


def read_inputs(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    fetcher: Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Result]:
    """Articles from files, directories (recursively) and http(s) URLs, in input order.

    Without a `fetcher`, an `HttpFetcher` is made when the first URL comes and
    closed when the iteration ends.
    """
    with ExitStack() as stack:
        for item in inputs:
            value = os.fspath(item)
            if is_url(value):
                if fetcher is None:
                    fetcher = stack.enter_context(HttpFetcher(max_bytes=max_bytes))
                yield from _guarded(value, _read_url(value, fetcher, max_bytes))
                continue
            for path in files_under(Path(value)):
                yield from _guarded(str(path), _read_file(path, max_bytes))


def read_document(data: bytes, kind: Kind, where: Provenance) -> Iterator[Result]:
    """The articles in one document of a known kind."""
    name = where.name
    if kind is Kind.FEED:
        yield from read_feed(data, name=name, source=where.source, origin=where.origin)
    elif kind is Kind.JSONL:
        yield from read_jsonl(io.BytesIO(data), name=name, max_bytes=len(data))
    elif kind is Kind.CSV:
        stream = io.BytesIO(data)
        yield from read_csv(stream, name=name, max_bytes=len(data), encoding=stream_codec(data))
    else:
        text = decode_bytes(data, name, where.content_type)
        read = read_html if kind is Kind.HTML else read_text
        yield read(text, name=name, source=where.source, origin=where.origin, url=where.url)


def _guarded(name: str, results: Iterator[Result]) -> Iterator[Result]:
    """The results, with an error that ends them turned into one Rejection."""
    try:
        yield from results
    except InputError as error:
        log.info("rejected %s: %s", error.name, error)
        yield Rejection(error.name, str(error))
    except OSError as exc:
        log.info("rejected %s: %s", name, exc)
        yield Rejection(name, f"cannot read {name}: {exc.strerror or exc}; check its permissions")


def _read_file(path: Path, max_bytes: int) -> Iterator[Result]:
    name = str(path)
    check_file(path)
    head = read_head(path, HEAD_BYTES)
    kind = sniff(head, name)
    if kind in (Kind.JSONL, Kind.CSV):
        with path.open("rb") as stream:
            if kind is Kind.JSONL:
                yield from read_jsonl(stream, name=name, max_bytes=max_bytes)
            else:
                codec = stream_codec(head)
                yield from read_csv(stream, name=name, max_bytes=max_bytes, encoding=codec)
        return
    where = Provenance(name=name, origin=name, source=path.name)
    yield from read_document(read_limited(path, max_bytes), kind, where)


def _read_url(url: str, fetcher: Fetcher, max_bytes: int) -> Iterator[Result]:
    page = fetcher.fetch(url)
    if len(page.content) > max_bytes:
        raise too_large(url, max_bytes)
    where = Provenance(
        name=url,
        origin=url,
        source=httpx.URL(page.final_url).host or None,
        url=page.final_url,
        content_type=page.content_type,
    )
    log.debug("fetched %s (%d bytes) from %s", url, len(page.content), page.final_url)
    yield from read_document(page.content, sniff(page.content[:HEAD_BYTES], url), where)
