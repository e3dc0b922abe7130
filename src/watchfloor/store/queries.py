"""`EventQuery` filters as SQL, shared by both backends.

Every value travels as a parameter; LIKE patterns escape `%`, `_` and `\\`.
Event dates are ISO prefixes ("2023", "2023-07", "2023-07-12"), so a date
filter compares by prefix: an event dated "2023-07" is within
`since=2023-07-01` and within `until=2023-07-01`.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.domain import EventQuery
from watchfloor.errors import QueryError


@dataclass(frozen=True)
class Filter:
    sql: str  # conditions joined by AND, or "" when there are none
    params: tuple[object, ...]


def event_filter(query: EventQuery) -> Filter:
    parts: list[tuple[str, tuple[object, ...]]] = []
    if query.actor is not None:
        parts.append(_either_side(query.actor))
    if query.dyad is not None:
        parts.append(_dyad(*query.dyad))
    if query.cameo is not None:
        parts.append(("e.cameo LIKE ? ESCAPE '\\'", (_cameo_prefix(query.cameo),)))
    if query.quad_class is not None:
        parts.append(("e.quad_class = ?", (query.quad_class,)))
    if query.certainty is not None:
        parts.append(("e.certainty = ?", (query.certainty.value,)))
    if query.since is not None:
        since = query.since.isoformat()
        # The first test can use the index; the second compares by the event date's precision.
        sql = "e.sort_date >= ? AND e.sort_date >= substr(CAST(? AS TEXT), 1, length(e.sort_date))"
        parts.append((sql, (since[:4], since)))
    if query.until is not None:
        parts.append(("e.sort_date <= ?", (query.until.isoformat(),)))
    if query.article_id is not None:
        parts.append(("e.article_id = ?", (query.article_id,)))
    if query.story_id is not None:
        sql = "e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
        parts.append((sql, (query.story_id,)))
    return Filter(
        sql=" AND ".join(f"({sql})" for sql, _ in parts),
        params=tuple(p for _, params in parts for p in params),
    )


def limit_clause(limit: int | None) -> tuple[str, tuple[object, ...]]:
    if limit is None:
        return "", ()
    if limit < 0:
        raise QueryError(f"limit={limit} is negative; pass 0 or more, or no limit")
    return "LIMIT ?", (limit,)


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _cameo_prefix(cameo: str) -> str:
    code = cameo.strip()
    if not code.isdigit() or len(code) > 4:
        raise QueryError(
            f"cameo={cameo!r} is not a CAMEO code; pass its digits, a root such as '07' "
            "or a full code such as '074'"
        )
    return code + "%"


def actor_match(alias: str, value: str) -> tuple[str, tuple[object, ...]]:
    """An actor (table alias) matches a code prefix, its country, or part of its name or text."""
    needle = value.strip()
    if not needle:
        raise QueryError("actor is empty; pass a code (RUS, RUSMIL), a country or a name")
    contains = f"%{like_escape(needle.lower())}%"
    sql = (
        f"{alias}.code LIKE ? ESCAPE '\\' OR {alias}.country = ? "
        f"OR LOWER({alias}.name) LIKE ? ESCAPE '\\' OR LOWER({alias}.text) LIKE ? ESCAPE '\\'"
    )
    return sql, (like_escape(needle.upper()) + "%", needle.upper(), contains, contains)


def _either_side(value: str) -> tuple[str, tuple[object, ...]]:
    source_sql, source_params = actor_match("s", value)
    target_sql, target_params = actor_match("t", value)
    return f"({source_sql}) OR ({target_sql})", source_params + target_params


def _dyad(first: str, second: str) -> tuple[str, tuple[object, ...]]:
    s1, p1 = actor_match("s", first)
    t2, p2 = actor_match("t", second)
    s2, p3 = actor_match("s", second)
    t1, p4 = actor_match("t", first)
    sql = f"(({s1}) AND ({t2})) OR (({s2}) AND ({t1}))"
    return sql, p1 + p2 + p3 + p4
