"""Publication dates from the forms that feeds, pages and bulk files use.

ISO 8601 ("2023-11-11", "2023-11-11T09:30:00Z"), RFC 822 ("Sat, 11 Nov 2023
09:30:00 +0900"), "November 11, 2023", "Nov. 11, 2023", "11 November 2023" and
"2023/11/11". The date is taken as written (no conversion to UTC, so a
Seoul-dated report keeps its Seoul day). Anything else is unknown: None, never
today or a file's modification time.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from watchfloor.monthnames import MONTHS as _MONTHS

_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_ISO_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")


def parse_published(value: str | None) -> date | None:
    """The publication date `value` names, or None when it names none."""
    if not value or not value.strip():
        return None
    value = value.strip()
    for parser in (_iso, _rfc822, _month_day_year, _day_month_year, _slashed):
        found = parser(value)
        if found is not None:
            return found
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        match = _ISO_PREFIX.match(value)
        return _make(*map(int, match.groups())) if match else None


def _rfc822(value: str) -> date | None:
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _month_day_year(value: str) -> date | None:
    match = _MONTH_DAY_YEAR.fullmatch(value)
    month = _MONTHS.get(match.group(1).lower()) if match else None
    if match is None or month is None:
        return None
    return _make(int(match.group(3)), month, int(match.group(2)))


def _day_month_year(value: str) -> date | None:
    match = _DAY_MONTH_YEAR.fullmatch(value)
    month = _MONTHS.get(match.group(2).lower()) if match else None
    if match is None or month is None:
        return None
    return _make(int(match.group(3)), month, int(match.group(1)))


def _slashed(value: str) -> date | None:
    match = _SLASHED.fullmatch(value)
    return _make(*map(int, match.groups())) if match else None
