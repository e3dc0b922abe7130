"""Text normalisation, and the article id that hangs on it.

`normalise` is what every reader applies before an `Article` is made, so the
same report with different line endings, trailing spaces or blank-line runs
gets the same text and therefore the same id. It is idempotent.
"""

from __future__ import annotations

import re
import unicodedata

from watchfloor.domain import text_id

# Line separators other than "\n": CR LF, lone CR, NEL, LS, PS, VT, FF.
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_BLANK_RUN = re.compile(r"\n{3,}")
_SPACE_RUN = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, "\\n" line endings, no trailing spaces, at most one blank line in a row, trimmed."""
    text = _LINE_BREAK.sub("\n", unicodedata.normalize("NFC", text))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", text).strip()


def article_id(text: str) -> str:
    """The id of an article: the sha256 prefix of its normalised text."""
    return text_id(normalise(text))


def one_line(text: str | None) -> str | None:
    """A title or name on one line with single spaces; None when nothing is left."""
    if text is None:
        return None
    flat = _SPACE_RUN.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return flat or None
