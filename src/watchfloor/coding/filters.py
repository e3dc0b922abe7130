"""Candidates that are no news event: sports and idioms, and historical background.

Background rule: an event whose date, as the text gives it, ended more than
`BACKGROUND_DAYS` before the article was published is background ("in 1950 North
Korea invaded the South" in a 2023 article) and is not coded. Events without a
resolved date, and articles without a publication date, are kept.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from watchfloor.coding.clauses import Token
from watchfloor.domain import DatePrecision, EventDate

BACKGROUND_DAYS = 365
CONTEXT_DEPS = frozenset({"prep", "pobj", "dobj", "obj", "nsubj", "npadvmod", "compound", "amod"})


def in_discard_context(trigger: Token, discards: frozenset[str]) -> bool:
    """Whether the trigger's own phrase (not other clauses) names a sport, game or idiom."""
    stack = list(trigger.children)
    seen = 0
    while stack and seen < 40:
        token = stack.pop()
        seen += 1
        if token.lemma_.lower() in discards or token.lower_ in discards:
            return True
        stack.extend(c for c in token.children if c.dep_ in CONTEXT_DEPS)
    return False


def is_background(event_date: EventDate | None, published: date | None) -> bool:
    """Whether the event ended more than a year before publication (see module doc)."""
    if event_date is None or published is None or not event_date.value:
        return False
    last_day = _last_day(event_date)
    if last_day is None:
        return False
    return published - last_day > timedelta(days=BACKGROUND_DAYS)


def _last_day(event_date: EventDate) -> date | None:
    value = event_date.value or ""
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if event_date.precision == DatePrecision.DAY and len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if event_date.precision == DatePrecision.MONTH and len(parts) >= 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    if len(parts) >= 1:
        return date(parts[0], 12, 31)
    return None
