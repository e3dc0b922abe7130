"""Near-duplicate detection: syndicated copies are linked to their original, other texts are not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from watchfloor.domain import Article
from watchfloor.store import open_store
from watchfloor.store.base import Store
from watchfloor.stories.dedup import Deduplicator, DuplicateMatch

from .story_builders import make_article, syndicated_copy, wikinews


def _ingest(store: Store, dedup: Deduplicator, *articles: Article) -> list[DuplicateMatch | None]:
    """Add articles the way the pipeline does; return the matches found."""
    matches: list[DuplicateMatch | None] = []
    for article in articles:
        store.add_article(article)
        match = dedup.check(article)
        if match is not None:
            store.mark_duplicate(article.id, match.duplicate_of, match.similarity)
        dedup.add(article)
        matches.append(match)
    return matches


def test_syndicated_copy_with_new_headline_and_footer_is_detected(store: Store) -> None:
    original = wikinews()[10]
    copy = syndicated_copy(original, "Global Wire")
    first, second = _ingest(store, Deduplicator(store), original, copy)
    assert first is None
    assert second is not None
    assert second.duplicate_of == original.id
    assert second.similarity > 0.8


def test_unrelated_article_is_not_a_duplicate(store: Store) -> None:
    articles = wikinews()[:30]
    matches = _ingest(store, Deduplicator(store), *articles)
    assert matches == [None] * len(articles)


def test_reopened_store_still_detects_copies(db_path: Path) -> None:
    original = wikinews()[5]
    first = open_store(str(db_path))
    _ingest(first, Deduplicator(first), original)
    first.close()

    reopened = open_store(str(db_path))
    try:
        match = Deduplicator(reopened).check(syndicated_copy(original, "Evening Post"))
    finally:
        reopened.close()
    assert match is not None
    assert match.duplicate_of == original.id


def test_copy_of_a_copy_points_at_the_original(store: Store) -> None:
    original = wikinews()[20]
    copy = syndicated_copy(original, "Global Wire")
    copy_of_copy = syndicated_copy(copy, "Daily Digest")
    matches = _ingest(store, Deduplicator(store), original, copy, copy_of_copy)
    assert matches[2] is not None
    assert matches[2].duplicate_of == original.id


def test_earliest_published_match_is_the_original(store: Store) -> None:
    base = wikinews()[12]
    later = replace(syndicated_copy(base, "Late Wire"), published=date(2019, 12, 1))
    earlier = replace(syndicated_copy(base, "Early Wire"), published=date(2019, 1, 1))
    dedup = Deduplicator(store, threshold=0.5)
    # both stored as independent texts (as if found before dedup ran)
    for article in (later, earlier):
        store.add_article(article)
        dedup.add(article)
    match = dedup.check(base)
    assert match is not None
    assert match.duplicate_of == earlier.id


def test_truncated_copy_is_detected_by_containment(store: Store) -> None:
    original = wikinews()[30]
    words = original.text.split(" ")
    truncated = make_article(" ".join(words[: len(words) * 6 // 10]), source="Brief News")
    matches = _ingest(store, Deduplicator(store), original, truncated)
    assert matches[1] is not None
    assert matches[1].duplicate_of == original.id


def test_short_texts_match_only_when_the_same(store: Store) -> None:
    short = make_article("Talks resume in Geneva.", source="A")
    other = make_article("Talks collapse in Geneva.", source="B")
    same = make_article("Talks resume in Geneva!", source="C")
    matches = _ingest(store, Deduplicator(store), short, other, same)
    assert matches[:2] == [None, None]
    assert matches[2] is not None
    assert matches[2].duplicate_of == short.id


def test_adding_the_same_article_twice_saves_one_signature(store: Store) -> None:
    article = wikinews()[3]
    dedup = Deduplicator(store)
    _ingest(store, dedup, article)
    dedup.add(article)
    assert [aid for aid, _ in store.iter_signatures()] == [article.id]
