"""A story's timeline in Markdown: developments in order, with first seen, certainty
changes, independent sources and evidence sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from watchfloor.domain import Article, Development, Event, Story


def render_timeline(
    story: Story,
    developments: Sequence[Development],
    events: dict[str, Event],
    articles: dict[str, Article],
    label: Callable[[str], str],
) -> str:
    lines = [
        f"# Story {story.id}: {story.title}",
        "",
        f"_Key actors: {', '.join(story.key_actors) or 'none'} · "
        f"{len(story.article_ids)} articles · first seen {story.first_seen:%Y-%m-%d %H:%M} · "
        f"last seen {story.last_seen:%Y-%m-%d %H:%M}_",
        "",
    ]
    ordered = sorted(
        developments, key=lambda d: ((d.date.value or "9999") if d.date else "9999", d.first_seen)
    )
    for development in ordered:
        lines += _development(development, events, articles, label)
    if not developments:
        lines.append("No coded developments yet.")
    return "\n".join(lines).rstrip() + "\n"


def _development(
    development: Development,
    events: dict[str, Event],
    articles: dict[str, Article],
    label: Callable[[str], str],
) -> list[str]:
    when = development.date.value if development.date and development.date.value else "undated"
    who = f"{development.source_code or '?'} → {development.target_code or '?'}"
    lines = [
        f"## {when} · {who}: {label(development.cameo)} ({development.cameo})",
        "",
        f"**{development.certainty.value}** · {development.corroboration} independent "
        f"source(s) · first seen {development.first_seen:%Y-%m-%d %H:%M}",
        "",
    ]
    if len(development.history) > 1:
        steps = " → ".join(
            f"{c.certainty.value} ({c.publisher or c.article_id})" for c in development.history
        )
        lines += [f"Certainty history: {steps}", ""]
    for event_id in development.event_ids:
        event = events.get(event_id)
        if event is None:
            continue
        article = articles.get(event.article_id)
        source = (article.source or article.title or article.id) if article else event.article_id
        copy = " (copy)" if article and article.duplicate_of else ""
        lines += [
            f"> {event.evidence.sentence}",
            f"> — {source}{copy}, {event.certainty.value}",
            "",
        ]
    return lines
