"""Plain-text articles.

Two conventions of plain-text news files are read:

- a leading `date 2023-11-11` token at the very start is the publication date;
  it is removed, and the body continues after it (on the same line or the next);
- a short first line without sentence-final punctuation, followed by a blank
  line and more text, is the title ("Kim Jong Un Will Meet With Putin").

The title is removed from the body, as in every other format: an article's
`text` is always its body alone, the text evidence offsets point into, and a
headline repeated in a title field never shifts them.
"""

from __future__ import annotations

import re
from datetime import date

from watchfloor.domain import Article
from watchfloor.ingest.articles import new_article
from watchfloor.ingest.normalise import normalise
from watchfloor.ingest.pubdates import parse_published

MAX_TITLE_CHARS = 150
_DATE_TOKEN = re.compile(
    r"date(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})(?:[ \t]+|\n+|\Z)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’»)\]]*\Z")


def read_text(
    text: str, *, name: str, source: str | None, origin: str | None, url: str | None = None
) -> Article:
    """The article in a plain text: date token and title taken out of the body."""
    published, body = split_date_token(normalise(text))
    title, body = split_title(body)
    return new_article(
        body,
        name=name,
        title=title,
        url=url,
        published=published,
        source=source,
        origin=origin,
    )


def split_date_token(text: str) -> tuple[date | None, str]:
    """The date a leading `date YYYY-MM-DD` token names, and the text after it.

    A token that names no real day is left in the text.
    """
    match = _DATE_TOKEN.match(text)
    published = parse_published(match.group(1)) if match else None
    if match is None or published is None:
        return None, text
    return published, text[match.end() :].lstrip()


def split_title(text: str) -> tuple[str | None, str]:
    """The title line and the body, or (None, text) when the first line is no title."""
    first, _, rest = text.partition("\n\n")
    is_title = (
        bool(rest.strip())
        and "\n" not in first
        and len(first) <= MAX_TITLE_CHARS
        and not _SENTENCE_END.search(first)
    )
    return (first.strip(), rest) if is_title else (None, text)
