"""Write throughput of the stores: synthetic articles and events, stored in batches.

    python bench/store_write.py [--events 20000] [--per-article 10] [--batch 50]
                                [--postgres URL]

Prints rows per second for SQLite (a temporary file) and, when a server
answers, for PostgreSQL (WATCHFLOOR_TEST_POSTGRES or postgresql://127.0.0.1:5432/test,
in a temporary schema that is dropped afterwards). Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from watchfloor.domain import (
    Actor,
    Article,
    Certainty,
    DatePrecision,
    Event,
    EventDate,
    Evidence,
    Plover,
    text_id,
)
from watchfloor.errors import StoreError
from watchfloor.store import Store, open_store

ACTORS = [
    Actor("Russia", "Russia", "RUS", None, "RUS", "Q159"),
    Actor("Pyongyang", "North Korea", "PRK", "GOV", "PRKGOV", "Q423"),
    Actor("Kyiv", "Ukraine", "UKR", "GOV", "UKRGOV", "Q212"),
    Actor("the Pentagon", "United States", "USA", "MIL", "USAMIL", "Q11208"),
    Actor("Beijing", "China", "CHN", "GOV", "CHNGOV", "Q148"),
]
CAMEOS = ["010", "036", "042", "043", "057", "112", "130", "173", "190"]


@dataclass(frozen=True)
class Batch:
    articles: list[Article]
    events: list[Event]


def synthetic(n_events: int, per_article: int, batch: int) -> Iterator[Batch]:
    """Batches of `batch` articles, each with `per_article` events."""
    n_articles = max(1, n_events // per_article)
    for first in range(0, n_articles, batch):
        articles = [_article(i) for i in range(first, min(first + batch, n_articles))]
        events = [_event(a, k) for a in articles for k in range(per_article)]
        yield Batch(articles, events)


def _article(i: int) -> Article:
    sentences = [f"Sentence {k} of report {i} about talks between capitals." for k in range(12)]
    text = " ".join(sentences)
    published = date(2023, 1, 1) + timedelta(days=i % 365)
    url = f"https://example.org/{i}"
    return Article(text_id(text), text, f"Report {i}", url, published, "Bench Wire", url)


def _event(a: Article, k: int) -> Event:
    start = k * 50
    evidence = Evidence(a.text[start : start + 30], a.text[start : start + 50], start, start + 30)
    source, target = ACTORS[k % len(ACTORS)], ACTORS[(k + 1) % len(ACTORS)]
    cameo = CAMEOS[k % len(CAMEOS)]
    return Event(
        id=Event.make_id(a.id, evidence, cameo, source, target),
        article_id=a.id,
        source=source,
        target=target,
        cameo=cameo,
        quad_class=1 + k % 4,
        goldstein=float(k % 10) - 5,
        plover=Plover("CONSULT", None),
        certainty=list(Certainty)[k % len(Certainty)],
        attribution=None,
        date=EventDate(a.published.isoformat(), DatePrecision.DAY) if a.published else None,
        location=None,
        evidence=evidence,
        coder="bench",
    )


def run(store: Store, args: argparse.Namespace) -> tuple[int, int, float]:
    batches = list(synthetic(args.events, args.per_article, args.batch))
    articles = events = 0
    started = time.perf_counter()
    for batch in batches:
        with store.transaction():
            for a in batch.articles:
                store.add_article(a)
            events += store.add_events(batch.events, kb_version="bench")
        articles += len(batch.articles)
    return articles, events, time.perf_counter() - started


def report(name: str, articles: int, events: int, seconds: float) -> None:
    print(
        f"{name:<11} {events:>7} events {articles:>6} articles in {seconds:6.2f} s: "
        f"{events / seconds:>9,.0f} events/s {articles / seconds:>8,.0f} articles/s"
    )


@contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    import psycopg

    schema = f"watchfloor_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(url, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        raise StoreError(f"not reachable at {url}") from exc
    with admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            separator = "&" if "?" in url else "?"
            yield f"{url}{separator}options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--batch", type=int, default=50, help="articles per transaction")
    default_pg = os.environ.get("WATCHFLOOR_TEST_POSTGRES", "postgresql://127.0.0.1:5432/test")
    parser.add_argument("--postgres", default=default_pg)
    args = parser.parse_args()

    with (
        tempfile.TemporaryDirectory() as folder,
        closing(open_store(str(Path(folder) / "bench.db"))) as store,
    ):
        report("sqlite", *run(store, args))
    try:
        with postgres_schema(args.postgres) as url, closing(open_store(url)) as store:
            report("postgresql", *run(store, args))
    except (ImportError, StoreError) as exc:
        print(f"postgresql  skipped: {exc}")


if __name__ == "__main__":
    main()
