"""Making an `Article`: the one place where text is normalised and the id computed."""

from __future__ import annotations

from datetime import date

from watchfloor.domain import Article, text_id
from watchfloor.errors import UnsupportedInputError
from watchfloor.ingest.normalise import normalise, one_line


def new_article(
    text: str,
    *,
    name: str,
    title: str | None = None,
    url: str | None = None,
    published: date | None = None,
    source: str | None = None,
    origin: str | None = None,
) -> Article:
    """An article with normalised `text` and the id of that text.

    UnsupportedInputError when no text is left: `name` says which input.
    """
    body = normalise(text)
    if not body:
        raise UnsupportedInputError(name, "no article text; pass an input with a body of text")
    return Article(
        id=text_id(body),
        text=body,
        title=one_line(title),
        url=one_line(url),
        published=published,
        source=one_line(source),
        origin=origin,
    )
