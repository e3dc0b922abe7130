"""The pipeline: parse → actors → events (with time and certainty) → stories → store.

`Pipeline` holds the loaded resources (spaCy, knowledge base, coder), all loaded
on first use. `Pipeline.code_articles` codes articles without a database (what
`watchfloor code` does); `ingest_articles` runs the whole path into a `Store`, one
transaction per batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING, Any

from watchfloor.domain import Article, CodedArticle, Rejection
from watchfloor.nlp.parse import load_pipeline
from watchfloor.settings import Settings
from watchfloor.store.base import AddOutcome, Store

if TYPE_CHECKING:
    from watchfloor.coding import EventCoder
    from watchfloor.kb import ActorResolver, KnowledgeBase
    from watchfloor.stories.dedup import Deduplicator

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


class Pipeline:
    """The loaded stages. Nothing is loaded until a stage is first used."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()

    @cached_property
    def nlp(self) -> Any:
        return load_pipeline(self.settings.model)

    @cached_property
    def kb(self) -> KnowledgeBase:
        from watchfloor.kb import load_kb

        return load_kb(self.settings.kb_path)

    @cached_property
    def resolver(self) -> ActorResolver:
        from watchfloor.kb import ActorResolver

        return ActorResolver(self.kb)

    @cached_property
    def coder(self) -> EventCoder:
        from watchfloor.coding import EventCoder

        return EventCoder(self.resolver)

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Each article with its events, in input order."""
        pairs = ((a.text, a) for a in articles)
        docs = self.nlp.pipe(
            pairs,
            as_tuples=True,
            batch_size=self.settings.batch_size,
            n_process=self.settings.n_process,
        )
        for doc, article in docs:
            events = self.coder.code(doc, article.id, article.published)
            yield CodedArticle(article, tuple(events), sentence_count=_count_sentences(doc))


def _count_sentences(doc: Any) -> int:
    return sum(1 for _ in doc.sents)


@dataclass
class IngestReport:
    """What one `ingest` run did."""

    new: int = 0
    existing: int = 0
    versions: int = 0
    duplicates: int = 0
    events: int = 0
    stories: set[str] = field(default_factory=set)
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.new + self.versions


def ingest_articles(
    items: Iterable[Article | Rejection],
    store: Store,
    pipeline: Pipeline,
    *,
    progress: Progress | None = None,
) -> IngestReport:
    """Store, code and group every article of `items`; one transaction per batch.

    Rejections are collected, never raised: the rest of the batch still goes in.
    Texts already stored add nothing; near-duplicate copies are stored and coded
    (their events are evidence) but linked to the article they copy.
    """
    from watchfloor.stories.cluster import StoryClusterer
    from watchfloor.stories.dedup import Deduplicator
    from watchfloor.stories.merge import DevelopmentMerger

    report = IngestReport()
    dedup = Deduplicator(store)
    clusterer = StoryClusterer(store)
    merger = DevelopmentMerger(store)
    iterator = iter(items)
    while batch := list(islice(iterator, pipeline.settings.batch_size)):
        with store.transaction():
            fresh = _store_articles(batch, store, dedup, report)
            for coded in pipeline.code_articles(fresh):
                report.events += store.add_events(coded.events, pipeline.kb.version)
                story = clusterer.assign(coded)
                report.stories.add(story.id)
                merger.merge(coded, story.id, coded.article.source)
        if progress:
            progress(len(batch))
    return report


def _store_articles(
    batch: Sequence[Article | Rejection], store: Store, dedup: Deduplicator, report: IngestReport
) -> list[Article]:
    """Add the batch's articles to the store; the ones that are new, with copy links."""
    fresh: list[Article] = []
    for item in batch:
        if isinstance(item, Rejection):
            report.rejected.append(item)
            continue
        result = store.add_article(item)
        if result.outcome is AddOutcome.EXISTING:
            report.existing += 1
            continue
        if result.outcome is AddOutcome.NEW_VERSION:
            report.versions += 1
        else:
            report.new += 1
        article = result.article
        match = dedup.check(article)
        if match is not None:
            store.mark_duplicate(article.id, match.duplicate_of, match.similarity)
            article = replace(article, duplicate_of=match.duplicate_of)
            report.duplicates += 1
            log.info(
                "article %s copies %s (%.2f)", article.id, match.duplicate_of, match.similarity
            )
        dedup.add(article)
        fresh.append(article)
    return fresh
