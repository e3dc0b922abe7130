"""Merged developments: evidence from many articles, corroboration by independent publishers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from watchfloor.domain import (
    Article,
    Certainty,
    CodedArticle,
    DatePrecision,
    Development,
    EventDate,
)
from watchfloor.store import open_store
from watchfloor.store.base import Store
from watchfloor.stories.merge import DevelopmentMerger, event_interval

from .story_builders import coded, make_article, make_event, stored


def _report(text: str, source: str, day: date = date(2023, 9, 5)) -> Article:
    return make_article(text, published=day, source=source)


def _merge(merger: DevelopmentMerger, item: CodedArticle) -> list[Development]:
    stored(merger.store, item)
    return merger.merge(item, None, item.article.source)


def _arms(
    article: Article,
    certainty: Certainty = Certainty.REPORTED,
    attribution: str | None = None,
) -> CodedArticle:
    """North Korea gives Russia military aid (CAMEO 070), graded as the article has it."""
    event = make_event(article, "PRK", "RUS", "070", certainty=certainty, attribution=attribution)
    return coded(article, event)


def _only(store: Store) -> Development:
    developments = store.find_developments()
    assert len(developments) == 1
    return developments[0]


def test_two_independent_publishers_corroborate_one_development(store: Store) -> None:
    merger = DevelopmentMerger(store)
    _merge(
        merger, _arms(_report("North Korea shipped shells to Russia, officials said.", "Wire A"))
    )
    _merge(merger, _arms(_report("Pyongyang has sent artillery shells to Moscow.", "Paper B")))
    development = _only(store)
    assert development.corroboration == 2
    assert len(development.event_ids) == 2
    assert (development.source_code, development.target_code) == ("PRKGOV", "RUSGOV")
    assert development.cameo_root == "07"


def test_near_duplicate_copy_adds_evidence_but_no_corroboration(store: Store) -> None:
    merger = DevelopmentMerger(store)
    original = _report("North Korea shipped shells to Russia, officials said.", "Wire A")
    copy = replace(
        _report("North Korea shipped shells to Russia, officials said. (Syndicated)", "Paper B"),
        duplicate_of=original.id,
    )
    _merge(merger, _arms(original))
    _merge(merger, _arms(copy))
    development = _only(store)
    assert development.corroboration == 1
    assert len(development.event_ids) == 2


def test_same_publisher_twice_counts_once(store: Store) -> None:
    merger = DevelopmentMerger(store)
    _merge(merger, _arms(_report("North Korea shipped shells to Russia.", "Wire A")))
    _merge(merger, _arms(_report("More shells went from North Korea to Russia.", "WIRE A ")))
    assert _only(store).corroboration == 1


def test_official_statement_upgrades_reported_to_asserted_and_keeps_history(
    store: Store,
) -> None:
    merger = DevelopmentMerger(store)
    intelligence = _report("US intelligence says North Korea supplies arms to Russia.", "Wire A")
    kremlin = _report("The Kremlin confirmed it received North Korean munitions.", "Paper B")
    _merge(merger, _arms(intelligence, certainty=Certainty.REPORTED, attribution="USA"))
    assert _only(store).certainty is Certainty.REPORTED
    _merge(merger, _arms(kremlin, certainty=Certainty.ASSERTED, attribution="RUS"))
    development = _only(store)
    assert development.certainty is Certainty.ASSERTED
    assert [c.certainty for c in development.history] == [Certainty.REPORTED, Certainty.ASSERTED]
    assert [c.article_id for c in development.history] == [intelligence.id, kremlin.id]
    assert development.history[1].publisher == "paper b"


def test_third_party_assertion_counts_as_a_report(store: Store) -> None:
    merger = DevelopmentMerger(store)
    claim = _report("Washington said North Korea has delivered arms to Russia.", "Wire A")
    _merge(merger, _arms(claim, certainty=Certainty.ASSERTED, attribution="USA"))
    assert _only(store).certainty is Certainty.REPORTED


def test_denial_by_a_party_is_recorded_and_not_overridden_by_reports(store: Store) -> None:
    merger = DevelopmentMerger(store)
    report = _report("North Korea reportedly sent arms to Russia.", "Wire A")
    denial = _report("Moscow denied receiving any weapons from Pyongyang.", "Paper B")
    another = _report("Sources say North Korean arms reached Russia.", "Daily C")
    confirmation = _report("Pyongyang confirmed the arms shipment to Russia.", "Radio D")
    _merge(merger, _arms(report, certainty=Certainty.REPORTED))
    _merge(merger, _arms(denial, certainty=Certainty.DENIED, attribution="RUS"))
    assert _only(store).certainty is Certainty.DENIED
    _merge(merger, _arms(another, certainty=Certainty.REPORTED))
    assert _only(store).certainty is Certainty.DENIED
    _merge(merger, _arms(confirmation, certainty=Certainty.ASSERTED, attribution="PRK"))
    development = _only(store)
    assert development.certainty is Certainty.ASSERTED
    assert [c.certainty for c in development.history] == [
        Certainty.REPORTED,
        Certainty.DENIED,
        Certainty.ASSERTED,
    ]
    assert development.corroboration == 4


def test_denial_after_confirmation_is_recorded_without_changing_certainty(store: Store) -> None:
    merger = DevelopmentMerger(store)
    _merge(merger, _arms(_report("North Korea sent arms to Russia.", "Wire A"),
                         certainty=Certainty.ASSERTED))  # fmt: skip
    _merge(merger, _arms(_report("Russia denies getting arms.", "Paper B"),
                         certainty=Certainty.DENIED, attribution="RUS"))  # fmt: skip
    development = _only(store)
    assert development.certainty is Certainty.ASSERTED
    assert [c.certainty for c in development.history] == [Certainty.ASSERTED, Certainty.DENIED]


def test_events_outside_the_window_or_with_another_root_stay_apart(store: Store) -> None:
    merger = DevelopmentMerger(store, window_days=3)
    first = _report("North Korea shipped shells to Russia.", "Wire A", date(2023, 9, 5))
    later = _report("North Korea shipped more shells to Russia.", "Paper B", date(2023, 10, 20))
    threat = _report("North Korea threatened Russia.", "Daily C", date(2023, 9, 5))
    _merge(merger, _arms(first))
    _merge(merger, _arms(later))
    _merge(merger, coded(threat, make_event(threat, "PRK", "RUS", "130")))
    assert len(store.find_developments()) == 3


def test_merging_the_same_article_again_changes_nothing(store: Store) -> None:
    merger = DevelopmentMerger(store)
    item = _arms(_report("North Korea shipped shells to Russia.", "Wire A"))
    _merge(merger, item)
    assert _merge(merger, item) == []
    assert _only(store).event_ids == (item.events[0].id,)


def test_reopened_store_continues_counting_publishers(db_path: Path) -> None:
    store = open_store(str(db_path))
    _merge(
        DevelopmentMerger(store), _arms(_report("North Korea shipped shells to Russia.", "Wire A"))
    )
    store.close()
    reopened = open_store(str(db_path))
    try:
        merger = DevelopmentMerger(reopened)
        _merge(merger, _arms(_report("Shells went from North Korea to Russia.", "Wire A")))
        _merge(merger, _arms(_report("Pyongyang armed Moscow with shells.", "Paper B")))
        development = _only(reopened)
    finally:
        reopened.close()
    assert development.corroboration == 2
    assert len(development.event_ids) == 3


def test_events_without_actor_codes_are_not_merged(store: Store) -> None:
    article = _report("Shells were shipped.", "Wire A")
    assert (
        DevelopmentMerger(store).merge(coded(article, make_event(article, None, None, "070")), None)
        == []
    )


def test_month_precision_date_covers_the_whole_month() -> None:
    article = _report("In July North Korea shipped shells to Russia.", "Wire A")
    event = replace(make_event(article, "PRK", "RUS", "070"), date=None)
    assert event_interval(event, date(2023, 9, 5)) == (date(2023, 9, 5), date(2023, 9, 5))
    monthly = replace(event, date=EventDate("2023-07", DatePrecision.MONTH))
    assert event_interval(monthly, date(2023, 9, 5)) == (date(2023, 7, 1), date(2023, 7, 31))
