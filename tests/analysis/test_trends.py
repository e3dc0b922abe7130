"""Trends: periods from event dates (else publication), facts apart from claims."""

from __future__ import annotations

from datetime import date

from watchfloor.analysis import Period, trend
from watchfloor.domain import Certainty, DatePrecision, Event, EventDate, Evidence


def event(quad: int, goldstein: float, certainty: Certainty, when: str | None) -> Event:
    return Event(
        id=f"{quad}{goldstein}{certainty}{when}",
        article_id="a",
        source=None,
        target=None,
        cameo="042",
        quad_class=quad,
        goldstein=goldstein,
        plover=None,
        certainty=certainty,
        attribution=None,
        date=EventDate(when, DatePrecision.MONTH) if when else None,
        location=None,
        evidence=Evidence("x", "x", 0, 1),
        coder="test",
    )


def test_periods_use_event_dates_then_publication_and_keep_claims_apart() -> None:
    rows = trend(
        [
            (event(1, 2.0, Certainty.ASSERTED, "2023-07"), date(2023, 11, 11)),
            (event(4, -10.0, Certainty.REPORTED, None), date(2023, 11, 11)),
            (event(1, 5.0, Certainty.PLANNED, None), date(2023, 11, 11)),
            (event(3, -4.0, Certainty.SPECULATED, None), None),
        ]
    )
    assert [r.period for r in rows] == ["2023-07", "2023-11", "undated"]
    july, november, undated = rows
    assert (july.facts, july.mean_goldstein) == (1, 2.0)
    assert (november.facts, november.claims, november.quad[4]) == (1, 1, 1)
    assert november.mean_goldstein == -10.0  # the planned event is no fact
    assert (undated.facts, undated.claims, undated.mean_goldstein) == (0, 1, None)


def test_an_event_dated_only_to_a_year_is_not_given_a_month() -> None:
    (row,) = trend([(event(2, 7.0, Certainty.ASSERTED, "2022"), date(2023, 1, 5))])
    assert row.period == "2022 (year only)"
    (by_year,) = trend([(event(2, 7.0, Certainty.ASSERTED, "2022"), None)], Period.YEAR)
    assert by_year.period == "2022"
