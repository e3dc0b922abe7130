"""HTML fragments (feed summaries and contents) to plain text, with the standard library.

Block elements become paragraph breaks, `<br>` a line break, scripts and
styles are dropped, runs of spaces inside a paragraph become one space and
character references are resolved.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from watchfloor.ingest.normalise import normalise

_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_SKIPPED = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self.skipping:
            self.skipping -= 1
        self._break(tag)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(_SPACES.sub(" ", data))

    def _break(self, tag: str) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = ("".join(collector.parts)).split("\n")
    return normalise("\n".join(line.strip() for line in lines))
