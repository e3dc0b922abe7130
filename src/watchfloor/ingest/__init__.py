"""The ingest stage: files, directories, feeds, bulk files and URLs in, `Article`s out.

`read_inputs(inputs, fetcher=None, max_bytes=...)` yields an `Article` for each
article it reads and a `Rejection` (name, reason with the fix) for each input,
feed item or bulk record it cannot read; one bad input never stops the rest.

Every reader keeps the same contract: `Article.text` is the normalised body
alone (a title line, a leading `date` token or a repeated headline is taken
out and kept in `title` / `published`), and `Article.id` is
`article_id(text)`. Unknown publication dates stay None.
"""

from watchfloor.ingest.normalise import article_id, normalise
from watchfloor.ingest.pubdates import parse_published
from watchfloor.ingest.reader import DEFAULT_MAX_BYTES, Provenance, read_document, read_inputs
from watchfloor.ingest.sniff import Kind, sniff
from watchfloor.ingest.urls import FetchedPage, Fetcher, HttpFetcher

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FetchedPage",
    "Fetcher",
    "HttpFetcher",
    "Kind",
    "Provenance",
    "article_id",
    "normalise",
    "parse_published",
    "read_document",
    "read_inputs",
    "sniff",
]
