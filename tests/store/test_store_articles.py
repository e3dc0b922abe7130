"""Articles, versions, full-text search, duplicates, signatures and transactions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from watchfloor.errors import NotFoundError, StoreError
from watchfloor.store import AddOutcome, Store

from .store_builders import article, event

PUTIN_VISIT = "Putin visits Pyongyang. Russia and North Korea signed a defence pact on Wednesday."
SHOIGU = "Shoigu tours a missile factory. North Korea showed Russia its missile programme."


def test_article_round_trips_every_field(store: Store) -> None:
    stored = article(PUTIN_VISIT, url="https://example.org/a", published=date(2024, 6, 19))
    undated = replace(article(SHOIGU), title=None, source=None, origin=None)

    assert store.add_article(stored).outcome is AddOutcome.NEW
    assert store.add_article(undated).outcome is AddOutcome.NEW

    assert store.get_article(stored.id) == stored
    assert store.get_article(undated.id) == undated
    assert store.get_article("0" * 16) is None


def test_same_text_again_is_existing_and_adds_nothing(store: Store) -> None:
    first = article(PUTIN_VISIT, url="https://example.org/a")
    store.add_article(first)

    again = store.add_article(replace(first, url="https://mirror.example.net/a"))

    assert again.outcome is AddOutcome.EXISTING
    assert again.article == first
    assert store.count_articles() == 1


def test_same_url_with_changed_text_is_a_new_version_of_the_latest(store: Store) -> None:
    url = "https://example.org/live"
    v1 = article("Talks begin in Geneva.", url=url)
    v2 = article("Talks begin in Geneva. Delegates arrived.", url=url)
    v3 = article("Talks begin in Geneva. Delegates arrived. A first round ended.", url=url)

    results = [store.add_article(v) for v in (v1, v2, v3)]

    assert [r.outcome for r in results] == [
        AddOutcome.NEW,
        AddOutcome.NEW_VERSION,
        AddOutcome.NEW_VERSION,
    ]
    assert results[1].article.version_of == v1.id
    assert results[2].article.version_of == v2.id
    assert store.get_article(v3.id) == replace(v3, version_of=v2.id)
    assert store.get_article(v1.id) == v1
    assert store.count_articles() == 3


def test_search_finds_an_article_by_a_word_of_its_text(store: Store) -> None:
    store.add_article(article(PUTIN_VISIT))
    store.add_article(article(SHOIGU))

    found = store.find_articles(search="pact")

    assert [a.text for a in found] == [PUTIN_VISIT]


def test_search_matches_other_forms_of_a_word(store: Store) -> None:
    store.add_article(article(SHOIGU))

    assert [a.text for a in store.find_articles(search="missiles")] == [SHOIGU]


def test_search_ranks_the_article_that_is_more_about_the_words_first(store: Store) -> None:
    passing = article("Sanctions came up once. The summit discussed trade, energy and ports.")
    central = article("Sanctions on sanctions: the new sanctions package widens sanctions.")
    store.add_article(passing)
    store.add_article(central)

    assert [a.id for a in store.find_articles(search="sanctions")] == [central.id, passing.id]


def test_search_reads_query_operators_as_plain_words(store: Store) -> None:
    store.add_article(article(PUTIN_VISIT))

    assert store.find_articles(search='pact AND "(defence*') != []
    assert store.find_articles(search="?!") == []


def test_without_search_newest_first_and_limited(store: Store) -> None:
    old = article("An old report.", published=date(2020, 1, 1))
    new = article("A new report.", published=date(2024, 1, 1))
    undated = article("An undated report.")
    for a in (old, undated, new):
        store.add_article(a)

    assert [a.id for a in store.find_articles()] == [new.id, old.id, undated.id]
    assert [a.id for a in store.find_articles(limit=2)] == [new.id, old.id]


def test_mark_duplicate_links_the_copy_to_its_original(store: Store) -> None:
    original = article(PUTIN_VISIT)
    copy = article(PUTIN_VISIT + " (Wire copy)")
    store.add_article(original)
    store.add_article(copy)

    store.mark_duplicate(copy.id, original.id, 0.93)

    assert store.get_article(copy.id) == replace(copy, duplicate_of=original.id)
    with pytest.raises(NotFoundError, match="not stored"):
        store.mark_duplicate("f" * 16, original.id, 0.9)


def test_signatures_round_trip_and_saving_again_replaces(store: Store) -> None:
    a, b = article(PUTIN_VISIT), article(SHOIGU)
    store.add_article(a)
    store.add_article(b)

    store.save_signature(a.id, [1, 2, 3])
    store.save_signature(b.id, [2**62, -(2**63), 0])
    store.save_signature(a.id, [4, 5, 6])

    assert dict(store.iter_signatures()) == {a.id: [4, 5, 6], b.id: [2**62, -(2**63), 0]}


def test_signature_values_beyond_64_bits_are_refused(store: Store) -> None:
    a = article(PUTIN_VISIT)
    store.add_article(a)

    with pytest.raises(StoreError, match="64 signed bits"):
        store.save_signature(a.id, [2**64])


def test_failed_transaction_leaves_nothing_of_the_batch(store: Store) -> None:
    kept = article(SHOIGU)
    store.add_article(kept)
    lost = article(PUTIN_VISIT)

    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(lost)
        store.add_events([event(lost, "signed a defence pact")], kb_version="kb-1")
        store.save_signature(lost.id, [7, 8])
        raise RuntimeError("the batch failed")

    assert store.get_article(lost.id) is None
    assert store.count_articles() == 1
    assert store.count_events() == 0
    assert list(store.iter_signatures()) == []


def test_nested_transaction_joins_the_outer_one(store: Store) -> None:
    a = article(PUTIN_VISIT)

    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.add_article(a)
        assert store.get_article(a.id) == a
        raise RuntimeError("the outer batch failed")

    assert store.get_article(a.id) is None


def test_events_of_an_article_not_stored_are_refused_naming_it(store: Store) -> None:
    a = article(PUTIN_VISIT)

    with pytest.raises(NotFoundError, match=f"{a.id}.*add_article"):
        store.add_events([event(a, "signed a defence pact")], kb_version="kb-1")
    assert store.count_events() == 0
