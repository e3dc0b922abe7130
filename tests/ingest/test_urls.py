from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest

from watchfloor.domain import Article, Rejection
from watchfloor.errors import FetchError, TooLargeError
from watchfloor.ingest import FetchedPage, HttpFetcher, read_inputs
from watchfloor.version import package_version

PAGE = (
    b"<html><head><title>Kim to meet Putin</title></head><body><article>"
    b"<p>Kim Jong Un will travel to Russia to discuss a potential arms deal with Putin.</p>"
    b"</article></body></html>"
)
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
    b"<item><title>One</title><link>https://news.example/1</link>"
    b"<description>The first report.</description></item>"
    b"<item><title>Two</title><link>https://news.example/2</link>"
    b"<description>The second report.</description></item></channel></rss>"
)


def _redirects(hops: int) -> httpx.MockTransport:
    """A site where /0 redirects to /1 ... up to /<hops>, which serves the page."""

    def handle(request: httpx.Request) -> httpx.Response:
        step = int(request.url.path.strip("/"))
        if step < hops:
            return httpx.Response(302, headers={"Location": f"/{step + 1}"})
        return httpx.Response(200, content=PAGE, headers={"Content-Type": "text/html"})

    return httpx.MockTransport(handle)


def test_five_redirects_are_followed_to_the_final_url() -> None:
    with HttpFetcher(transport=_redirects(5)) as fetcher:
        page = fetcher.fetch("https://news.example/0")
    assert page == FetchedPage(
        url="https://news.example/0",
        final_url="https://news.example/5",
        content=PAGE,
        content_type="text/html",
    )


def test_a_sixth_redirect_is_refused() -> None:
    with (
        HttpFetcher(transport=_redirects(6)) as fetcher,
        pytest.raises(FetchError, match="too many redirects"),
    ):
        fetcher.fetch("https://news.example/0")


def test_declared_length_over_the_limit_is_refused_before_reading() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Length": "5000"}, content=b"x" * 5000)
    )
    fetcher = HttpFetcher(transport=transport, max_bytes=1000)
    with fetcher, pytest.raises(TooLargeError, match="over 1000 bytes"):
        fetcher.fetch("https://news.example/big")


def test_streamed_body_stops_at_the_limit() -> None:
    served: list[int] = []

    def endless() -> Iterator[bytes]:
        while True:
            served.append(1)
            yield b"<p>" + b"x" * 1021

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=endless()))
    fetcher = HttpFetcher(transport=transport, max_bytes=10_000)
    with fetcher, pytest.raises(TooLargeError):
        fetcher.fetch("https://news.example/endless")
    assert len(served) <= 11


def test_http_error_status_names_the_status() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(404))
    fetcher = HttpFetcher(transport=transport)
    with fetcher, pytest.raises(FetchError, match="HTTP 404 Not Found; check the URL"):
        fetcher.fetch("https://news.example/gone")


def test_fetched_html_becomes_an_article_at_its_final_url() -> None:
    with HttpFetcher(transport=_redirects(1)) as fetcher:
        (article,) = read_inputs(["https://news.example/0"], fetcher=fetcher)
    assert isinstance(article, Article)
    assert article.url == "https://news.example/1"
    assert article.origin == "https://news.example/0"
    assert article.source == "news.example"
    assert article.title == "Kim to meet Putin"


def test_fetched_feed_gives_its_items() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=FEED, headers={"Content-Type": "text/xml"})
    )
    with HttpFetcher(transport=transport) as fetcher:
        results = list(read_inputs(["https://news.example/rss"], fetcher=fetcher))
    assert [(r.title, r.url, r.source) for r in results if isinstance(r, Article)] == [
        ("One", "https://news.example/1", "Desk"),
        ("Two", "https://news.example/2", "Desk"),
    ]


def test_fetched_cp1252_page_uses_the_header_charset() -> None:
    body = "<p>The minister’s “frank” talks in Zürich ended on Monday evening.</p>"
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200,
            content=body.encode("cp1252"),
            headers={"Content-Type": "text/html; charset=windows-1252"},
        )
    )
    with HttpFetcher(transport=transport) as fetcher:
        (article,) = read_inputs(["https://news.example/z"], fetcher=fetcher)
    assert isinstance(article, Article)
    assert "“frank” talks in Zürich" in article.text


class _Handler(BaseHTTPRequestHandler):
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(1.5)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may have given up waiting
            self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_requests_name_watchfloor_in_the_user_agent(local_server: str) -> None:
    _Handler.user_agents.clear()
    with HttpFetcher() as fetcher:
        fetcher.fetch(f"{local_server}/page")
    (agent,) = _Handler.user_agents
    assert agent == f"watchfloor/{package_version()} (news event coder; httpx)"


def test_a_slow_server_times_out(local_server: str) -> None:
    with HttpFetcher(timeout_s=0.3) as fetcher:
        started = time.perf_counter()
        with pytest.raises(FetchError, match=r"timed out after 0.3 s"):
            fetcher.fetch(f"{local_server}/slow")
    assert time.perf_counter() - started < 1.2


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_unreachable_url_is_one_rejection_and_the_batch_goes_on(local_server: str) -> None:
    dead = f"http://127.0.0.1:{_closed_port()}/news"
    rejection, article = read_inputs([dead, f"{local_server}/page"])
    assert isinstance(rejection, Rejection) and rejection.name == dead
    assert rejection.reason.startswith(f"cannot read {dead}: unreachable (ConnectError")
    assert rejection.reason.endswith("check the URL and the network")
    assert isinstance(article, Article)


def test_oversized_page_from_any_fetcher_is_refused() -> None:
    class Canned:
        def fetch(self, url: str) -> FetchedPage:
            return FetchedPage(url, url, PAGE, "text/html")

    (rejection,) = read_inputs(["https://news.example/p"], fetcher=Canned(), max_bytes=50)
    assert isinstance(rejection, Rejection)
    assert "over the size limit of 50 bytes" in rejection.reason
