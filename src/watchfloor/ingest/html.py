"""HTML pages: trafilatura extracts the body, title, date and site name.

The body keeps one paragraph per block, separated by blank lines. A first
paragraph that repeats the title (the page's `<h1>`) is dropped, so `text` is
the body alone, as in every other format. The date is what the page states
(htmldate over its metadata and markup); trafilatura's file date is never
used. A page whose extracted body is shorter than `MIN_BODY_CHARS` (navigation
only, an empty shell, a login wall) is refused.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from watchfloor.domain import Article
from watchfloor.errors import UnsupportedInputError
from watchfloor.ingest.articles import new_article
from watchfloor.ingest.normalise import one_line
from watchfloor.ingest.pubdates import parse_published

log = logging.getLogger(__name__)

MIN_BODY_CHARS = 40
_DOCUMENT_TAG = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)


def read_html(
    page: str, *, name: str, source: str | None, origin: str | None, url: str | None = None
) -> Article:
    """The article on an HTML page; UnsupportedInputError when it has no body text."""
    extracted = _extract(page, url)
    body = _paragraphs(str(extracted.get("text") or ""), extracted.get("title"))
    if len(body) < MIN_BODY_CHARS:
        raise UnsupportedInputError(
            name,
            f"no article text found in the HTML ({len(body)} characters after extraction); "
            "pass the page of a single article, not an index, login or empty page",
        )
    article = new_article(
        body,
        name=name,
        title=extracted.get("title"),
        url=url or extracted.get("url"),
        published=parse_published(extracted.get("date")),
        source=extracted.get("sitename") or source,
        origin=origin,
    )
    log.debug("article %s: extracted %d characters from %s", article.id, len(body), name)
    return article


def _extract(page: str, url: str | None) -> dict[str, Any]:
    if not _DOCUMENT_TAG.search(page[:4096]):
        page = f"<html><body>{page}</body></html>"  # a fragment: trafilatura wants a document
    import trafilatura

    document = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return {}
    return document if isinstance(document, dict) else dict(document.as_dict())


def _paragraphs(text: str, title: str | None) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and one_line(lines[0]) == one_line(title):
        lines = lines[1:]
    return "\n\n".join(lines)
