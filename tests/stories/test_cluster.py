"""Story clustering: articles about the same development share a story, others start their own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from watchfloor.domain import Article, Certainty, CodedArticle, Story
from watchfloor.ingest.articles import new_article
from watchfloor.store import open_store
from watchfloor.store.base import Store
from watchfloor.stories.cluster import StoryClusterer

from .story_builders import (
    SEEDS,
    coded,
    make_article,
    make_event,
    stored,
    syndicated_copy,
    wikinews,
)

TRADE_TEXT = (
    "Japan and Australia signed a free trade agreement in Canberra on Tuesday, cutting tariffs "
    "on beef, wine and cars. Japanese Prime Minister Fumio Kishida and Australian Prime "
    "Minister Anthony Albanese said the agreement would deepen economic ties between the two "
    "countries. The deal, negotiated over four years, removes duties on most farm exports and "
    "opens government procurement to companies from both nations."
)


def _assign(clusterer: StoryClusterer, item: CodedArticle) -> Story:
    return clusterer.assign(stored(clusterer.store, item))


def _seed_articles() -> list[Article]:
    paths = sorted(SEEDS.glob("*.txt"))
    first = new_article(paths[0].read_text(encoding="utf-8"), name=paths[0].name,
                        published=date(2023, 11, 11), source="Seed One")  # fmt: skip
    text = paths[1].read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    second = new_article(body, name=paths[1].name, title=title, source="Seed Two")
    return [first, second]


def _coded_seeds() -> list[CodedArticle]:
    """The seeds with the events the coder finds in them (PRK–RUS arms and talks)."""
    first, second = _seed_articles()
    return [
        coded(
            first,
            make_event(first, "PRK", "RUS", "070", certainty=Certainty.REPORTED),
            make_event(first, "PRK", "RUS", "043", offset=50),
            make_event(first, "RUSMIL", "PRK", "042", offset=100, certainty=Certainty.ASSERTED),
        ),
        coded(
            second,
            make_event(second, "PRK", "RUS", "042", certainty=Certainty.PLANNED),
            make_event(second, "USA", "PRK", "130", offset=60),
        ),
    ]


def _coded_trade() -> CodedArticle:
    article = make_article(TRADE_TEXT, title="Japan and Australia sign free trade agreement",
                           published=date(2023, 11, 12), source="Pacific Times")  # fmt: skip
    return coded(article, make_event(article, "JPN", "AUS", "057", certainty=Certainty.ASSERTED))


def test_seed_articles_form_one_story(store: Store) -> None:
    clusterer = StoryClusterer(store)
    first, second = (_assign(clusterer, c) for c in _coded_seeds())
    assert first.id == second.id
    assert len(second.article_ids) == 2
    assert ("PRK", "RUS") in second.dyads
    assert set(second.key_actors[:2]) == {"PRKGOV", "RUSGOV"}
    assert store.story_of(_seed_articles()[1].id) == first.id


def test_trade_agreement_between_other_countries_starts_its_own_story(store: Store) -> None:
    clusterer = StoryClusterer(store)
    seeds = [_assign(clusterer, c) for c in _coded_seeds()]
    trade = _assign(clusterer, _coded_trade())
    assert trade.id != seeds[-1].id
    assert trade.article_ids == (_coded_trade().article.id,)
    assert trade.title == "Japan and Australia sign free trade agreement"


def test_near_duplicate_copy_joins_its_originals_story(store: Store) -> None:
    clusterer = StoryClusterer(store)
    original = wikinews()[40]
    story = _assign(clusterer, coded(original))
    _assign(clusterer, _coded_trade())
    copy = replace(syndicated_copy(original, "Global Wire"), duplicate_of=original.id)
    joined = _assign(clusterer, coded(copy))
    assert joined.id == story.id
    assert joined.article_ids == (original.id, copy.id)


def test_article_assigned_again_stays_in_its_story(store: Store) -> None:
    clusterer = StoryClusterer(store)
    article = coded(wikinews()[0])
    first = _assign(clusterer, article)
    again = _assign(clusterer, article)
    assert again == first
    assert len(store.find_stories()) == 1


def test_reopened_store_rebuilds_stories_for_follow_ups(db_path: Path) -> None:
    seeds = _coded_seeds()
    store = open_store(str(db_path))
    story = _assign(StoryClusterer(store), seeds[0])
    _assign(StoryClusterer(store), _coded_trade())
    store.close()

    reopened = open_store(str(db_path))
    try:
        follow_up = _assign(StoryClusterer(reopened), seeds[1])
    finally:
        reopened.close()
    assert follow_up.id == story.id
    assert len(follow_up.article_ids) == 2


def test_same_topic_outside_the_time_window_starts_a_new_story(store: Store) -> None:
    clusterer = StoryClusterer(store, window_days=7)
    seeds = _coded_seeds()
    first = _assign(clusterer, seeds[0])
    late_article = replace(
        seeds[1].article, published=seeds[0].article.published + timedelta(days=60)
    )
    late = _assign(clusterer, replace(seeds[1], article=late_article))
    assert late.id != first.id


def test_unrelated_wikinews_articles_do_not_merge_into_one_story(store: Store) -> None:
    clusterer = StoryClusterer(store)
    articles = wikinews()[:25]
    stories = {_assign(clusterer, coded(a)).id for a in articles}
    assert len(stories) >= 20


def test_story_without_titles_is_named_by_its_main_dyad(store: Store) -> None:
    article = make_article("Officials met in the capital to discuss the shipment of shells.")
    story = _assign(
        StoryClusterer(store),
        coded(
            article,
            make_event(article, "PRK", "RUS", "070"),
            make_event(article, "RUS", "PRK", "071"),
        ),
    )
    assert story.title == "PRK–RUS: provide aid"
