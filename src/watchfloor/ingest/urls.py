"""Fetching article and feed URLs.

`Fetcher` is the seam: anything with `fetch(url) -> FetchedPage`. `HttpFetcher`
is the httpx one: timeouts, at most `max_redirects` redirects, a streamed body
that stops at `max_bytes`, and a user agent that names Watchfloor. Tests pass
an `httpx.MockTransport` (or talk to a local server) instead of the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType
from typing import Protocol

import httpx

from watchfloor.errors import FetchError, TooLargeError
from watchfloor.version import package_version

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_CONNECT_TIMEOUT_S = 10.0
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchedPage:
    """What a URL returned: `final_url` is where redirects ended."""

    url: str
    final_url: str
    content: bytes
    content_type: str | None


class Fetcher(Protocol):
    def fetch(self, url: str) -> FetchedPage:
        """The page at `url`; FetchError (or TooLargeError) when it cannot be had."""
        ...


def is_url(value: str) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return value.lower().startswith(("http://", "https://"))


def user_agent() -> str:
    return f"watchfloor/{package_version()} (news event coder; httpx)"


class HttpFetcher:
    """A `Fetcher` on an httpx client; close it (or use it as a context manager)."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        max_bytes: int = 20_000_000,
        max_redirects: int = MAX_REDIRECTS,
    ) -> None:
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": user_agent()},
        )

    def fetch(self, url: str) -> FetchedPage:
        try:
            return self._get(url)
        except httpx.TooManyRedirects as exc:
            raise FetchError(url, f"too many redirects ({exc}); pass the final URL") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(
                url, f"timed out after {self.timeout_s:g} s; check the URL or try again later"
            ) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(
                url, f"unreachable ({type(exc).__name__}: {exc}); check the URL and the network"
            ) from exc

    def _get(self, url: str) -> FetchedPage:
        with self._client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(
                    url,
                    f"the server answered HTTP {response.status_code} "
                    f"{response.reason_phrase}; check the URL",
                )
            self._check_declared_length(url, response)
            content = self._read_limited(url, response)
            return FetchedPage(
                url=url,
                final_url=str(response.url),
                content=content,
                content_type=response.headers.get("content-type"),
            )

    def _check_declared_length(self, url: str, response: httpx.Response) -> None:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self._too_large(url)

    def _read_limited(self, url: str, response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_large(url)
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self, url: str) -> TooLargeError:
        return TooLargeError(
            url, f"the page is over {self.max_bytes} bytes; raise the size limit to read it"
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
