"""A readable situation report in Markdown: developments in date order, each with
its certainty, attribution, corroboration and evidence sentence.

Facts and claims are kept apart: asserted and reported developments come first;
what is planned, speculated, hypothetical, negated or denied has its own section,
so a reader never takes a speculation for a fact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from watchfloor.domain import Actor, Article, Certainty, Development, Event
from watchfloor.version import package_version

FACTUAL = (Certainty.ASSERTED, Certainty.REPORTED, Certainty.ALLEGED)
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class Item:
    """One development as the report shows it: its lead event and its evidence."""

    lead: Event
    evidence: tuple[Event, ...]
    corroboration: int
    certainty: Certainty


@dataclass(frozen=True)
class ReportInput:
    title: str
    events: Sequence[Event]
    articles: dict[str, Article]
    developments: Sequence[Development] = ()


def group(events: Sequence[Event], developments: Sequence[Development]) -> list[Item]:
    """Events grouped by the development that merged them; an unmerged event stands alone."""
    by_id = {e.id: e for e in events}
    items: list[Item] = []
    seen: set[str] = set()
    for development in developments:
        members = tuple(by_id[i] for i in development.event_ids if i in by_id)
        if not members:
            continue
        seen.update(e.id for e in members)
        items.append(Item(members[0], members, development.corroboration, development.certainty))
    items += [Item(e, (e,), 1, e.certainty) for e in events if e.id not in seen]
    return sorted(items, key=lambda item: (_when(item.lead), item.lead.evidence.start))


def _when(event: Event) -> str:
    return (event.date.value if event.date and event.date.value else None) or "9999"


def render(report: ReportInput, label: Callable[[str], str], today: date | None = None) -> str:
    """The Markdown text of a situation report."""
    items = group(report.events, report.developments)
    facts = [i for i in items if i.certainty in FACTUAL]
    claims = [i for i in items if i.certainty not in FACTUAL]
    lines = [f"# Situation report: {report.title}", "", _preamble(report, items, today), ""]
    lines += _summary(items)
    lines += _section("Developments", facts, report.articles, label)
    lines += _section("Plans, claims and speculation", claims, report.articles, label)
    lines += _sources(report.articles)
    return "\n".join(lines).rstrip() + "\n"


def _preamble(report: ReportInput, items: list[Item], today: date | None) -> str:
    publishers = {a.source for a in report.articles.values() if a.source and not a.duplicate_of}
    made = f" on {today.isoformat()}" if today else ""
    return (
        f"_watchfloor {package_version()}{made}: {_count(len(items), 'development')} from "
        f"{_count(len(report.events), 'coded statement')} in "
        f"{_count(len(report.articles), 'article')} "
        f"({_count(len(publishers), 'independent publisher')})._"
    )


def _summary(items: list[Item]) -> list[str]:
    if not items:
        return ["No events match.", ""]
    certainty = Counter(i.certainty.value for i in items)
    quads = Counter(QUAD_NAMES[i.lead.quad_class] for i in items if i.lead.quad_class in QUAD_NAMES)
    return [
        "## Summary",
        "",
        "- By certainty: " + ", ".join(f"{n} {c}" for c, n in certainty.most_common()),
        "- By kind: " + ", ".join(f"{n} {q}" for q, n in quads.most_common()),
        "",
    ]


def _section(
    heading: str, items: list[Item], articles: dict[str, Article], label: Callable[[str], str]
) -> list[str]:
    if not items:
        return []
    lines = [f"## {heading}", ""]
    for item in items:
        lines += _item(item, articles, label)
    return lines


def _item(item: Item, articles: dict[str, Article], label: Callable[[str], str]) -> list[str]:
    event = item.lead
    when = event.date.value if event.date and event.date.value else "undated"
    if event.date and event.date.text and not event.date.value:
        when = f"undated ({event.date.text})"
    who = _actor(event.source) + " → " + _actor(event.target)
    certainty = item.certainty.value
    if event.attribution:
        certainty += f", according to {event.attribution.text}"
    where = f" in {event.location.name}" if event.location else ""
    lines = [
        f"### {when} · {who}: {label(event.cameo)} ({event.cameo}){where}",
        "",
        f"**{certainty}** · {_count(item.corroboration, 'independent source')}",
        "",
    ]
    for evidence in item.evidence:
        article = articles.get(evidence.article_id)
        lines.append(f"> {' '.join(evidence.evidence.sentence.split())}")
        lines.append(f"> — {_cite(article, evidence)}")
        lines.append("")
    return lines


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "(none)"
    name = actor.name or actor.text
    return f"{name} ({actor.code})" if actor.code else name


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _cite(article: Article | None, event: Event) -> str:
    if article is None:
        return f"article {event.article_id}"
    parts = [f"“{article.title}”"] if article.title else []
    if article.source:
        parts.append(article.source)
    if article.published:
        parts.append(article.published.isoformat())
    if article.duplicate_of:
        parts.append(f"copy of {article.duplicate_of}")
    parts.append(f"article {article.id}, characters {event.evidence.start}–{event.evidence.end}")
    return ", ".join(parts)


def _sources(articles: dict[str, Article]) -> list[str]:
    if not articles:
        return []
    lines = ["## Sources", ""]
    for article in sorted(articles.values(), key=lambda a: (a.published or date.min, a.id)):
        published = article.published.isoformat() if article.published else "date unknown"
        link = f" <{article.url}>" if article.url else ""
        lines.append(
            f"- `{article.id}` {published} {article.source or ''}: "
            f"{article.title or '(untitled)'}{link}"
        )
    return [*lines, ""]
