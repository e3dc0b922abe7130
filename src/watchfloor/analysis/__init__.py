"""Analysis over stored events: actors and dyads over time."""

from watchfloor.analysis.trends import Period, PeriodCounts, trend

__all__ = ["Period", "PeriodCounts", "trend"]
