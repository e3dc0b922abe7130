"""Actors and dyads over time: events per period by QuadClass, with mean Goldstein score.

Only independent reports count (copies of another article add nothing), and
claims are kept apart from facts: a period's `facts` are asserted, reported or
alleged events; `claims` are planned, speculated, hypothetical, negated or denied.
An event's period is its own date, else its article's publication date; events
with neither are counted as `undated`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from watchfloor.domain import Certainty, Event

FACTS = frozenset({Certainty.ASSERTED, Certainty.REPORTED, Certainty.ALLEGED})
UNDATED = "undated"


class Period(StrEnum):
    MONTH = "month"
    YEAR = "year"


@dataclass
class PeriodCounts:
    period: str
    quad: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    facts: int = 0
    claims: int = 0
    goldstein_sum: float = 0.0

    @property
    def total(self) -> int:
        return self.facts + self.claims

    @property
    def mean_goldstein(self) -> float | None:
        return round(self.goldstein_sum / self.facts, 2) if self.facts else None

    def to_dict(self) -> dict[str, object]:
        return {
            "period": self.period,
            "events": self.total,
            "facts": self.facts,
            "claims": self.claims,
            "verbal_cooperation": self.quad[1],
            "material_cooperation": self.quad[2],
            "verbal_conflict": self.quad[3],
            "material_conflict": self.quad[4],
            "mean_goldstein_of_facts": self.mean_goldstein,
        }


def period_of(event: Event, published: date | None, period: Period) -> str:
    """ "2023-07" (month) or "2023" (year); an event dated only to a year has no month."""
    value = event.date.value if event.date and event.date.value else None
    if value is None and published is not None:
        value = published.isoformat()
    if value is None:
        return UNDATED
    if period is Period.YEAR:
        return value[:4]
    return value[:7] if len(value) >= 7 else f"{value[:4]} (year only)"


def trend(
    events: Iterable[tuple[Event, date | None]], period: Period = Period.MONTH
) -> list[PeriodCounts]:
    """Counts per period, oldest first, `undated` last; each event with its article's date."""
    table: dict[str, PeriodCounts] = defaultdict(lambda: PeriodCounts(""))
    for event, published in events:
        key = period_of(event, published, period)
        counts = table[key]
        counts.period = key
        if event.quad_class in counts.quad:
            counts.quad[event.quad_class] += 1
        if event.certainty in FACTS:
            counts.facts += 1
            counts.goldstein_sum += event.goldstein
        else:
            counts.claims += 1
    return sorted(table.values(), key=lambda c: (c.period == UNDATED, c.period))
