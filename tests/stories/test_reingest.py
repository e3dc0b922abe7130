"""Re-ingesting a corpus that holds syndicated copies inflates neither events nor corroboration."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from watchfloor.domain import CodedArticle
from watchfloor.store.base import Store
from watchfloor.stories.cluster import StoryClusterer
from watchfloor.stories.dedup import Deduplicator
from watchfloor.stories.merge import DevelopmentMerger

from .story_builders import coded, make_article, make_event, syndicated_copy

REPORTS = {
    "Wire A": (
        "North Korea has shipped more than a million artillery shells to Russia since August, "
        "South Korean intelligence officials told lawmakers on Wednesday, citing satellite "
        "images of rail cars loading containers at the port of Rajin. The shipments are "
        "believed to support Russian forces fighting in Ukraine, the officials said, adding "
        "that Pyongyang may be receiving satellite technology in return for the munitions."
    ),
    "Paper B": (
        "Pyongyang sent shells and rockets by train and ship to Russian ports, according to "
        "an analysis of commercial satellite pictures published by a think tank in Washington. "
        "Moscow and Pyongyang have both rejected earlier accounts of arms transfers, but the "
        "images show a sharp rise in freight traffic across the border near Tumangang station."
    ),
    "Radio C": (
        "Officials in Seoul said that weapons deliveries from the North to Moscow continued "
        "through October, with containers of ammunition crossing by rail. The assessment, "
        "shared with reporters in a closed briefing, did not say how the shells would be paid "
        "for, though analysts pointed to food and fuel shipments heading the other way."
    ),
}


def _corpus() -> list[CodedArticle]:
    """Three independent reports of one arms transfer, and two copies of the first."""
    originals = [
        make_article(text, title=f"{source} on arms", published=date(2023, 11, 1), source=source)
        for source, text in REPORTS.items()
    ]
    copies = [syndicated_copy(originals[0], name) for name in ("Daily D", "Evening E")]
    return [
        coded(
            article,
            make_event(article, "PRK", "RUS", "070"),
            make_event(article, "PRK", "RUS", "061", offset=80),
        )
        for article in [*originals, *copies]
    ]


def _ingest(store: Store, corpus: list[CodedArticle], skip_known: bool) -> None:
    """The pipeline's path with fresh components, as a new process would run it."""
    dedup, clusterer, merger = Deduplicator(store), StoryClusterer(store), DevelopmentMerger(store)
    for item in corpus:
        known = store.get_article(item.article.id) is not None
        if known and skip_known:
            continue
        article = store.get_article(item.article.id) if known else None
        if article is None:
            store.add_article(item.article)
            match = dedup.check(item.article)
            if match is not None:
                store.mark_duplicate(item.article.id, match.duplicate_of, match.similarity)
            article = replace(item.article, duplicate_of=match.duplicate_of if match else None)
            dedup.add(article)
        store.add_events(item.events, kb_version="test")
        item = replace(item, article=article)
        story = clusterer.assign(item)
        merger.merge(item, story.id, article.source)


def _counts(store: Store) -> tuple[int, int, int, list[tuple[str, int, int]]]:
    developments = sorted(
        (d.cameo_root, d.corroboration, len(d.event_ids)) for d in store.find_developments()
    )
    return store.count_articles(), store.count_events(), len(store.find_stories()), developments


def test_copies_in_a_corpus_add_no_corroboration(store: Store) -> None:
    _ingest(store, _corpus(), skip_known=True)
    articles, events, stories, developments = _counts(store)
    assert (articles, events, stories) == (5, 10, 1)
    assert developments == [("06", 3, 5), ("07", 3, 5)]


def test_reingesting_the_corpus_changes_no_count(store: Store) -> None:
    _ingest(store, _corpus(), skip_known=True)
    before = _counts(store)
    _ingest(store, _corpus(), skip_known=True)
    _ingest(store, _corpus(), skip_known=False)
    assert _counts(store) == before
    assert len(store.find_stories()[0].article_ids) == 5
