"""Stories and merged developments: round trips, replacement, and lookups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from watchfloor.domain import (
    Article,
    Certainty,
    CertaintyChange,
    DatePrecision,
    Development,
    Event,
    EventDate,
    Story,
)
from watchfloor.errors import NotFoundError
from watchfloor.store import Store

from .store_builders import RUS_MIL, article, event

JUNE_19 = datetime(2024, 6, 19, 8, 30, tzinfo=UTC)


@pytest.fixture
def reports(store: Store) -> list[tuple[Article, Event]]:
    """Three articles about the same visit, each with one stored event."""
    stored: list[tuple[Article, Event]] = []
    for i in range(3):
        a = article(f"Report {i}. Putin arrived in Pyongyang.", published=date(2024, 6, 19))
        store.add_article(a)
        e = event(a, "Putin arrived in Pyongyang", cameo="042", source=RUS_MIL)
        store.add_events([e], kb_version="kb-1")
        stored.append((a, e))
    return stored


def story(article_ids: tuple[str, ...], **changes: object) -> Story:
    fields: dict[str, object] = {
        "id": "story-1",
        "title": "Putin visits Pyongyang",
        "key_actors": ("RUSMIL", "PRKGOV"),
        "article_ids": article_ids,
        "first_seen": JUNE_19,
        "last_seen": JUNE_19 + timedelta(hours=5),
        "dyads": (("RUSMIL", "PRKGOV"),),
        "cameo_roots": ("04",),
    }
    fields.update(changes)
    return Story(**fields)  # type: ignore[arg-type]


def test_story_round_trips(store: Store, reports: list[tuple[Article, Event]]) -> None:
    saved = story(tuple(a.id for a, _ in reports))

    store.save_story(saved)

    assert store.get_story("story-1") == saved
    assert store.get_story("story-2") is None


def test_saving_a_story_again_replaces_it(
    store: Store, reports: list[tuple[Article, Event]]
) -> None:
    store.save_story(story((reports[0][0].id,)))
    grown = story(
        (reports[0][0].id, reports[1][0].id),
        title="Putin and Kim sign a pact",
        key_actors=("PRKGOV", "RUSMIL", "RUSGOV"),
        dyads=(("RUSMIL", "PRKGOV"), ("PRKGOV", "RUSGOV")),
        cameo_roots=("04", "05"),
        last_seen=JUNE_19 + timedelta(days=1),
    )

    store.save_story(grown)

    assert store.get_story("story-1") == grown
    assert store.find_stories() == [grown]


def test_story_of_names_the_story_of_an_article(
    store: Store, reports: list[tuple[Article, Event]]
) -> None:
    store.save_story(story((reports[0][0].id, reports[1][0].id)))

    assert store.story_of(reports[1][0].id) == "story-1"
    assert store.story_of(reports[2][0].id) is None


def test_find_stories_by_time_and_actor(store: Store, reports: list[tuple[Article, Event]]) -> None:
    old = story((reports[0][0].id,), id="old", key_actors=("USAGOV",), dyads=(), last_seen=JUNE_19)
    recent = story((reports[1][0].id,), id="recent", last_seen=JUNE_19 + timedelta(days=3))
    store.save_story(old)
    store.save_story(recent)

    assert [s.id for s in store.find_stories()] == ["recent", "old"]
    assert [s.id for s in store.find_stories(since="2024-06-20")] == ["recent"]
    assert [s.id for s in store.find_stories(actor="rus")] == ["recent"]
    assert [s.id for s in store.find_stories(actor="USA")] == ["old"]
    assert store.find_stories(since="2024-06-20", actor="USA") == []


def test_story_with_an_article_not_stored_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError, match="add_article"):
        store.save_story(story(("0123456789abcdef",)))
    assert store.get_story("story-1") is None


def development(events: list[Event], **changes: object) -> Development:
    history = tuple(
        CertaintyChange(
            certainty=Certainty.REPORTED if i == 0 else Certainty.ASSERTED,
            event_id=e.id,
            article_id=e.article_id,
            publisher=None if i == 0 else f"Wire {i}",
            seen_at=datetime(2024, 6, 19, 9 + i),
        )
        for i, e in enumerate(events)
    )
    fields: dict[str, object] = {
        "id": "dev-1",
        "story_id": "story-1",
        "source_code": "RUSMIL",
        "target_code": None,
        "cameo_root": "04",
        "cameo": "042",
        "certainty": Certainty.ASSERTED,
        "corroboration": len(events),
        "first_seen": JUNE_19,
        "date": EventDate("2024-06-19", DatePrecision.DAY, "on Wednesday"),
        "event_ids": tuple(e.id for e in events),
        "history": history,
    }
    fields.update(changes)
    return Development(**fields)  # type: ignore[arg-type]


def test_development_round_trips_with_its_history(
    store: Store, reports: list[tuple[Article, Event]]
) -> None:
    store.save_story(story(tuple(a.id for a, _ in reports)))
    merged = development([e for _, e in reports])
    loose = development([reports[0][1]], id="dev-0", story_id=None, date=None, history=())

    store.save_development(merged)
    store.save_development(loose)

    assert store.find_developments() == [loose, merged]
    assert store.find_developments(story_id="story-1") == [merged]


def test_saving_a_development_again_replaces_it(
    store: Store, reports: list[tuple[Article, Event]]
) -> None:
    store.save_story(story(tuple(a.id for a, _ in reports)))
    store.save_development(development([e for _, e in reports]))
    smaller = development([reports[2][1]], certainty=Certainty.REPORTED)

    store.save_development(smaller)

    assert store.find_developments() == [smaller]


def test_development_with_an_event_not_stored_is_refused(
    store: Store, reports: list[tuple[Article, Event]]
) -> None:
    store.save_story(story(tuple(a.id for a, _ in reports)))
    unknown = development([reports[0][1]], event_ids=("ffffffffffffffff",))

    with pytest.raises(NotFoundError, match=r"ffffffffffffffff.*add_events"):
        store.save_development(unknown)
    assert store.find_developments() == []
