"""RSS and Atom feeds: each item becomes an article.

feedparser reads the bytes. Before it does, a feed that declares entities
(`<!ENTITY`) is refused: feeds never need them, and they are how "billion
laughs" and external-entity attacks work. A feed that is not well-formed XML is
refused too, rather than read by feedparser's forgiving fallback parser.
The item's content (else its summary) is stripped of HTML; its link is the
url, its date the publication date, the feed's title the source.
"""

from __future__ import annotations

import io
import logging
import xml.sax
from collections.abc import Iterator
from typing import Any

from watchfloor.domain import Article, Rejection
from watchfloor.errors import FeedError, InputError
from watchfloor.ingest.articles import new_article
from watchfloor.ingest.decode import bom_encoding
from watchfloor.ingest.markup import html_to_text
from watchfloor.ingest.normalise import one_line
from watchfloor.ingest.pubdates import parse_published

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def read_feed(
    data: bytes, *, name: str, source: str | None, origin: str | None
) -> Iterator[Article | Rejection]:
    """The articles of a feed, and a Rejection for each item without text."""
    parsed = _parse(data, name)
    feed_title = one_line(parsed.feed.get("title")) or source
    for number, entry in enumerate(parsed.entries, start=1):
        item_name = f"{name}#item{number}"
        try:
            yield _article(entry, name=item_name, source=feed_title, origin=origin)
        except InputError as error:
            log.info("rejected %s: %s", item_name, error)
            yield Rejection(item_name, str(error))


def _parse(data: bytes, name: str) -> Any:
    _refuse_entities(data, name)
    import feedparser

    # A stream, never bytes or str: feedparser would try those as a file name or URL.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    error = parsed.get("bozo_exception")
    if isinstance(error, xml.sax.SAXException):
        raise FeedError(
            name, f"not well-formed XML ({error.getMessage()}); pass a valid RSS/Atom file or URL"
        )
    if not parsed.get("version"):
        raise FeedError(name, "XML but not an RSS or Atom feed; pass an RSS/Atom file or URL")
    if not parsed.entries:
        raise FeedError(name, "a feed with no items; pass a feed that lists articles")
    return parsed


def _refuse_entities(data: bytes, name: str) -> None:
    codec = bom_encoding(data)
    wide = codec is not None and "<!ENTITY" in data.decode(codec, errors="ignore")
    if b"<!ENTITY" in data or wide:
        raise FeedError(
            name,
            "the feed declares XML entities (<!ENTITY>), which can expand without bound or "
            "read local files; refused: pass a feed without a DOCTYPE entity block",
        )


def _article(entry: Any, *, name: str, source: str | None, origin: str | None) -> Article:
    published = parse_published(entry.get("published") or entry.get("updated"))
    return new_article(
        _entry_text(entry),
        name=name,
        title=html_to_text(entry.get("title") or "") or None,
        url=entry.get("link"),
        published=published,
        source=source,
        origin=origin,
    )


def _entry_text(entry: Any) -> str:
    parts = entry.get("content") or []
    detail = parts[0] if parts else entry.get("summary_detail")
    if detail is None:
        return ""
    value = str(detail.get("value") or "")
    kind = str(detail.get("type") or "text/html")
    return html_to_text(value) if kind in _HTML_TYPES else value
