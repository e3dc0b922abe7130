from __future__ import annotations

from datetime import date

import pytest

from watchfloor.ingest.pubdates import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-11", date(2023, 11, 11)),
        ("2023-11-11T09:30:00Z", date(2023, 11, 11)),
        ("2023-11-11T23:30:00-05:00", date(2023, 11, 11)),
        ("2023-11-11 08:00", date(2023, 11, 11)),
        ("Sat, 11 Nov 2023 23:30:00 -0500", date(2023, 11, 11)),
        ("Sat, 11 Nov 2023 09:30:00 GMT", date(2023, 11, 11)),
        ("November 11, 2023", date(2023, 11, 11)),
        ("Nov. 11, 2023", date(2023, 11, 11)),
        ("Sept 5, 2023", date(2023, 9, 5)),
        ("11 November 2023", date(2023, 11, 11)),
        ("5th May 2021", date(2021, 5, 5)),
        ("2023/11/11", date(2023, 11, 11)),
    ],
)
def test_common_forms_give_the_day_as_written(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "may",
        "the talks may resume",
        "12 May",
        "2023-02-30",
        "yesterday",
        "Smarch 3, 2020",
    ],
)
def test_unknown_dates_stay_none(value: str | None) -> None:
    assert parse_published(value) is None
