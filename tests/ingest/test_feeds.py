from __future__ import annotations

import codecs
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from watchfloor.domain import Article, Rejection
from watchfloor.errors import FeedError
from watchfloor.ingest import read_inputs
from watchfloor.ingest.feeds import read_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>World Desk</title><link>https://news.example/</link>
<item><title>Kim to meet Putin</title><link>https://news.example/kim-putin</link>
<pubDate>Tue, 05 Sep 2023 23:30:00 -0500</pubDate>
<description>&lt;p&gt;Kim Jong Un will travel to Russia &amp;amp; meet Putin.&lt;/p&gt;&lt;p&gt;The
White House warned against an arms deal.&lt;/p&gt;</description></item>
<item><title>Talks in Geneva</title><link>https://news.example/geneva</link>
<pubDate>Wed, 06 Sep 2023 08:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Delegations met in <b>Geneva</b> on Wednesday.</p>
<script>track()</script>]]></content:encoded>
</item>
<item><title>Photo of the day</title><link>https://news.example/photo</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id>
<updated>2023-11-11T09:00:00Z</updated>
<entry><title>Sanctions announced</title><id>urn:x:1</id>
<link href="https://wire.example/sanctions"/><published>2023-11-11T09:00:00+09:00</published>
<updated>2023-11-12T09:00:00Z</updated>
<summary type="text">The European Union announced new sanctions on Friday.</summary></entry>
</feed>"""


def _entities(levels: int) -> str:
    declarations = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels + 1)
    )
    return f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{declarations}]>'


BILLION_LAUGHS = (
    f'<?xml version="1.0"?>{_entities(9)}<rss version="2.0"><channel><title>T</title>'
    "<item><title>a</title><description>&lol9;</description></item></channel></rss>"
)
QUADRATIC = (
    f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{"x" * 50_000}">]>'
    f'<rss version="2.0"><channel><title>T</title><item><title>a</title><description>'
    f"{'&big;' * 50_000}</description></item></channel></rss>"
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
    '<rss version="2.0"><channel><title>T</title><item><title>a</title>'
    "<description>&secret;</description></item></channel></rss>"
)


def _read(data: bytes) -> list[Article | Rejection]:
    return list(read_feed(data, name="feed.xml", source="feed.xml", origin="feed.xml"))


def test_rss_items_become_articles() -> None:
    first, second, third = _read(RSS)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Kim to meet Putin"
    assert first.url == "https://news.example/kim-putin"
    assert first.source == "World Desk"
    assert first.published == date(2023, 9, 5)  # the day as written, not shifted to UTC
    assert first.text == (
        "Kim Jong Un will travel to Russia & meet Putin.\n\n"
        "The White House warned against an arms deal."
    )
    assert second.text == "Delegations met in Geneva on Wednesday."
    assert second.published == date(2023, 9, 6)
    assert third == Rejection(
        "feed.xml#item3",
        "cannot read feed.xml#item3: no article text; pass an input with a body of text",
    )


def test_atom_entry_uses_its_published_date() -> None:
    (entry,) = _read(ATOM)
    assert isinstance(entry, Article)
    assert (entry.title, entry.source, entry.url) == (
        "Sanctions announced",
        "Atom Wire",
        "https://wire.example/sanctions",
    )
    assert entry.published == date(2023, 11, 11)
    assert entry.text == "The European Union announced new sanctions on Friday."


@pytest.mark.parametrize(
    "feed",
    [
        BILLION_LAUGHS.encode(),
        QUADRATIC.encode(),
        EXTERNAL.encode(),
        codecs.BOM_UTF16_LE + BILLION_LAUGHS.encode("utf-16-le"),
    ],
    ids=["billion-laughs", "quadratic-blowup", "external-entity", "billion-laughs-utf16"],
)
def test_entity_declarations_are_refused_quickly_and_in_little_memory(feed: bytes) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FeedError, match=r"declares XML entities \(<!ENTITY>\)"):
            _read(feed)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.0
    assert peak < 10 * len(feed) + 1_000_000


def test_malformed_xml_is_refused_not_half_read() -> None:
    broken = RSS.replace(b"</channel>", b"")
    with pytest.raises(FeedError, match=r"not well-formed XML \(.*\); pass a valid RSS/Atom"):
        _read(broken)


def test_xml_that_is_no_feed_is_refused() -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        _read(b'<?xml version="1.0"?><catalog><book>Dune</book></catalog>')


def test_feed_without_items_is_refused() -> None:
    with pytest.raises(FeedError, match="no items"):
        _read(b'<rss version="2.0"><channel><title>Empty</title></channel></rss>')


def test_feed_saved_as_txt_is_read_as_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "headlines.txt"
    path.write_bytes(ATOM)
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert article.origin == str(path)
    assert article.source == "Atom Wire"


def test_entity_bomb_file_is_one_rejection_and_the_batch_goes_on(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    good = tmp_path / "good.xml"
    good.write_bytes(ATOM)
    rejection, article = read_inputs([bomb, good])
    assert isinstance(rejection, Rejection) and rejection.name == str(bomb)
    assert "declares XML entities" in rejection.reason
    assert isinstance(article, Article)
