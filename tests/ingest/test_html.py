from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from watchfloor.domain import Article, Rejection
from watchfloor.errors import UnsupportedInputError
from watchfloor.ingest import read_inputs
from watchfloor.ingest.html import read_html

PAGE = """<!DOCTYPE html>
<html><head><title>Kim to meet Putin | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-09-05T10:00:00+09:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Kim to meet Putin</h1>
<p>The Supreme Leader of North Korea, Kim Jong Un, will travel to Russia to discuss a
potential arms deal with Russia's President Vladimir Putin.</p>
<p>Officials in Washington warned on Monday that any arms transfer would violate United
Nations Security Council resolutions.</p>
</article><footer>Copyright Example News</footer></body></html>"""

UNDATED = """<html><head><title>Ceasefire talks</title></head><body><article>
<p>Delegations from both sides met in Geneva to discuss a ceasefire along the front line.</p>
</article></body></html>"""


def test_page_gives_body_title_date_and_site_name() -> None:
    article = read_html(PAGE, name="page.html", source="page.html", origin="page.html")
    assert article.title == "Kim to meet Putin"
    assert article.source == "Example News"
    assert article.published == date(2023, 9, 5)
    assert article.text.startswith("The Supreme Leader of North Korea")
    assert "\n\nOfficials in Washington warned" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text


def test_page_without_a_date_keeps_it_unknown() -> None:
    article = read_html(UNDATED, name="u.html", source="u.html", origin="u.html")
    assert article.published is None
    assert article.source == "u.html"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Index</title></head><body><nav>Home</nav></body></html>",
        "<html><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_page_without_body_text_is_refused(page: str) -> None:
    with pytest.raises(UnsupportedInputError, match="no article text found in the HTML"):
        read_html(page, name="empty.html", source=None, origin=None)


def test_fragment_without_html_element_is_read() -> None:
    fragment = "<div><p>Delegations from both sides met in Geneva to discuss a ceasefire.</p></div>"
    article = read_html(fragment, name="f.html", source=None, origin=None)
    assert article.text == "Delegations from both sides met in Geneva to discuss a ceasefire."


def test_html_with_a_misleading_extension_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert article.title == "Kim to meet Putin"
    assert "<p>" not in article.text


def test_empty_page_file_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (result,) = read_inputs([path])
    assert isinstance(result, Rejection)
    assert result.name == str(path)
    assert "no article text found in the HTML" in result.reason
