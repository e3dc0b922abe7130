"""Events: round trip, idempotence, order of appearance, and every `EventQuery` filter."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from watchfloor.domain import (
    Certainty,
    DatePrecision,
    Event,
    EventDate,
    EventQuery,
    Location,
    Story,
)
from watchfloor.errors import QueryError
from watchfloor.store import Store

from .store_builders import RUS_MIL, SPOKESMAN, UKRAINE, article, event

TEXT = (
    "Russia accused Kyiv of shelling. Shoigu met Pyongyang officials in July. "
    "A Kremlin spokesman said the visit went well. Russia will host talks in 2023."
)
JULY = EventDate("2023-07", DatePrecision.MONTH, "in July")
YEAR = EventDate("2023", DatePrecision.YEAR, "in 2023")


@pytest.fixture
def news(store: Store) -> list[Event]:
    """Four events of one article published 2023-07-20, stored in order of appearance.

    By date they come as 3 ("2023"), 1 ("2023-07"), then 0 and 2 (published 2023-07-20).
    """
    a = article(TEXT, published=date(2023, 7, 20))
    store.add_article(a)
    events = [
        event(a, "Russia accused Kyiv", cameo="112", target=UKRAINE, quad_class=3),
        event(a, "Shoigu met Pyongyang", source=RUS_MIL, when=JULY),
        event(a, "said the visit went well", cameo="010", source=SPOKESMAN, target=None),
        event(a, "Russia will host talks", cameo="043", when=YEAR, certainty=Certainty.PLANNED),
    ]
    store.add_events(events, kb_version="kb-1")
    return events


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_event_round_trips_every_field_including_empty_ones(store: Store) -> None:
    a = article(TEXT, published=date(2023, 7, 20))
    store.add_article(a)
    full = replace(
        event(a, "Shoigu met Pyongyang", source=RUS_MIL, when=JULY),
        goldstein=-7.25,
        attribution=SPOKESMAN,
        location=Location("Pyongyang", "PRK", 39.0392, 125.7625),
    )
    bare = replace(
        event(a, "Russia accused Kyiv", cameo="112", source=None, target=None),
        plover=None,
        date=EventDate(None, DatePrecision.UNKNOWN, None),
        location=Location("Kyiv"),
    )
    empty = replace(bare, id="e" * 16, date=None, location=None)

    store.add_events([full, bare, empty], kb_version="kb-1")

    found = store.find_events(EventQuery())
    assert found == [full, bare, empty]
    assert [e.to_dict() for e in found] == [full.to_dict(), bare.to_dict(), empty.to_dict()]


def test_adding_the_same_events_again_adds_nothing(store: Store, news: list[Event]) -> None:
    assert store.add_events(news, kb_version="kb-2") == 0
    assert store.add_events([*news[:1], *news[:1]], kb_version="kb-2") == 0
    assert store.count_events() == 4


def test_add_events_counts_new_ones_once(store: Store) -> None:
    a = article(TEXT)
    store.add_article(a)
    first = event(a, "Russia accused Kyiv", target=UKRAINE)
    second = event(a, "Shoigu met Pyongyang", source=RUS_MIL)

    assert store.add_events([first, first], kb_version="kb-1") == 1
    assert store.add_events([first, second], kb_version="kb-1") == 1
    assert ids(store.find_events(EventQuery())) == [first.id, second.id]


def test_events_keep_their_order_of_appearance(store: Store) -> None:
    a = article(TEXT, published=date(2023, 7, 20))
    store.add_article(a)
    phrases = ["Russia will host talks", "Russia accused Kyiv", "A Kremlin spokesman"]
    events = [event(a, p) for p in phrases]

    store.add_events(events, kb_version="kb-1")

    assert ids(store.find_events(EventQuery())) == ids(events)


def test_events_are_ordered_by_date_then_article(store: Store) -> None:
    late = article("Late report. Russia met Pyongyang.", published=date(2023, 7, 30))
    early = article("Early report. Russia met Pyongyang.", published=date(2023, 7, 30))
    undated = article("Undated report. Russia met Pyongyang.")
    for a in (late, early, undated):
        store.add_article(a)
    on_day = EventDate("2023-07-05", DatePrecision.DAY, "on 5 July")
    from_late = event(late, "Russia met Pyongyang")
    from_early = event(early, "Russia met Pyongyang", when=on_day)
    from_undated = event(undated, "Russia met Pyongyang")

    store.add_events([from_undated, from_late, from_early], kb_version="kb-1")

    assert ids(store.find_events(EventQuery())) == [from_early.id, from_late.id, from_undated.id]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("rus", [3, 1, 0, 2]),  # code prefix, any case
        ("RUSMIL", [1]),  # a longer code prefix
        ("UKR", [0]),  # target code
        ("PRK", [3, 1]),  # country of the target
        ("shoigu", [1]),  # part of the name
        ("kremlin", [2]),  # part of the mention text
        ("CHN", []),
        ("R_S", []),  # LIKE wildcards in the value are plain characters
        ("%", []),
    ],
)
def test_actor_filter(store: Store, news: list[Event], actor: str, expected: list[int]) -> None:
    found = store.find_events(EventQuery(actor=actor))
    assert ids(found) == [news[i].id for i in expected]


def test_dyad_filter_matches_either_direction(store: Store, news: list[Event]) -> None:
    both_ways = [news[3].id, news[1].id]
    assert ids(store.find_events(EventQuery(dyad=("RUS", "PRK")))) == both_ways
    assert ids(store.find_events(EventQuery(dyad=("PRK", "RUS")))) == both_ways
    assert ids(store.find_events(EventQuery(dyad=("UKR", "PRK")))) == []


def test_cameo_filter_takes_a_code_or_a_root(store: Store, news: list[Event]) -> None:
    assert ids(store.find_events(EventQuery(cameo="04"))) == [news[3].id, news[1].id]
    assert ids(store.find_events(EventQuery(cameo="043"))) == [news[3].id]
    assert ids(store.find_events(EventQuery(cameo="11"))) == [news[0].id]


def test_cameo_filter_refuses_what_is_not_a_code(store: Store) -> None:
    with pytest.raises(QueryError, match="not a CAMEO code"):
        store.find_events(EventQuery(cameo="04%"))


def test_quad_class_and_certainty_filters(store: Store, news: list[Event]) -> None:
    assert ids(store.find_events(EventQuery(quad_class=3))) == [news[0].id]
    assert ids(store.find_events(EventQuery(certainty=Certainty.PLANNED))) == [news[3].id]


def test_dates_compare_by_the_precision_of_the_event_date(store: Store, news: list[Event]) -> None:
    def between(since: date | None, until: date | None) -> list[str]:
        return ids(store.find_events(EventQuery(since=since, until=until)))

    year, july, published_day = news[3].id, news[1].id, [news[0].id, news[2].id]
    # Sorted: "2023" (year), "2023-07" (July), then "2023-07-20" (the publication date).
    assert between(date(2023, 7, 1), None) == [year, july, *published_day]
    assert between(None, date(2023, 7, 1)) == [year, july]
    assert between(date(2023, 7, 21), None) == [year, july]
    assert between(date(2023, 8, 1), date(2023, 12, 31)) == [year]
    assert between(date(2024, 1, 1), None) == []
    assert between(date(2023, 7, 20), date(2023, 7, 20)) == [year, july, *published_day]


def test_article_story_and_limit_filters(store: Store, news: list[Event]) -> None:
    other = article("Another report. Russia accused Kyiv.", published=date(2023, 7, 21))
    store.add_article(other)
    elsewhere = event(other, "Russia accused Kyiv", target=UKRAINE)
    store.add_events([elsewhere], kb_version="kb-1")
    now = datetime(2023, 7, 21, tzinfo=UTC)
    story = Story("s1", "Russia and Ukraine", ("RUS", "UKR"), (other.id,), now, now)
    store.save_story(story)

    assert ids(store.find_events(EventQuery(article_id=other.id))) == [elsewhere.id]
    assert ids(store.find_events(EventQuery(story_id="s1"))) == [elsewhere.id]
    assert ids(store.find_events(EventQuery(limit=2))) == [news[3].id, news[1].id]
    assert store.find_events(EventQuery(limit=0)) == []
    assert store.find_events(EventQuery(actor="UKR", limit=1)) == [news[0]]


def test_filters_combine(store: Store, news: list[Event]) -> None:
    query = EventQuery(actor="RUS", cameo="04", since=date(2023, 7, 1), until=date(2023, 7, 31))
    assert ids(store.find_events(query)) == [news[3].id, news[1].id]
