"""Situation reports: facts apart from claims, developments in date order, evidence cited."""

from __future__ import annotations

from datetime import UTC, date, datetime

from watchfloor.domain import (
    Actor,
    Article,
    Certainty,
    DatePrecision,
    Development,
    Event,
    EventDate,
    Evidence,
)
from watchfloor.report.markdown import ReportInput, render

ARTICLE = Article(id="a1", text="...", title="Arms deal", source="Example News",
                  published=date(2023, 11, 11))  # fmt: skip
COPY = Article(id="a2", text="....", title="Arms deal", source="Mirror", duplicate_of="a1")


def event(eid: str, article: str, cameo: str, certainty: Certainty, when: str | None,
          sentence: str) -> Event:  # fmt: skip
    return Event(
        id=eid,
        article_id=article,
        source=Actor("Russia", "Russia", "RUS", None, "RUS"),
        target=Actor("North Korea", "North Korea", "PRK", None, "PRK"),
        cameo=cameo,
        quad_class=1,
        goldstein=1.9,
        plover=None,
        certainty=certainty,
        attribution=Actor("US intelligence", None, "USA", "SPY", "USASPY")
        if certainty is Certainty.REPORTED
        else None,
        date=EventDate(when, DatePrecision.MONTH, "In July") if when else None,
        location=None,
        evidence=Evidence("Russia visited", sentence, 0, 14),
        coder="watchfloor test",
    )


def label(cameo: str) -> str:
    return {"042": "Make a visit", "036": "Express intent to meet"}.get(cameo, cameo)


def test_facts_come_in_date_order_and_claims_apart() -> None:
    events = [
        event("e2", "a1", "042", Certainty.ASSERTED, "2023-09", "Second visit."),
        event("e1", "a1", "042", Certainty.REPORTED, "2023-07", "First  visit,\n reported."),
        event("e3", "a1", "036", Certainty.PLANNED, None, "Kim will travel."),
    ]
    text = render(ReportInput("RUS – PRK", events, {"a1": ARTICLE}), label)
    facts, _, claims = text.partition("## Plans, claims and speculation")
    assert facts.index("### 2023-07") < facts.index("### 2023-09")
    assert "**reported**, according to US intelligence" not in facts
    assert "**reported, according to US intelligence**" in facts
    assert "> First visit, reported." in facts
    assert "Kim will travel." in claims and "Kim will travel." not in facts
    assert "“Arms deal”, Example News, 2023-11-11, article a1, characters 0–14" in facts


def test_a_merged_development_shows_all_evidence_and_counts_publishers_not_copies() -> None:
    original = event("e1", "a1", "042", Certainty.ASSERTED, "2023-07", "Shoigu visited.")
    copied = event("e2", "a2", "042", Certainty.ASSERTED, "2023-07", "Shoigu visited.")
    merged = Development(
        id="d1", story_id="s1", source_code="RUS", target_code="PRK", cameo_root="04",
        cameo="042", certainty=Certainty.ASSERTED, corroboration=1,
        first_seen=datetime(2023, 11, 11, tzinfo=UTC), date=None, event_ids=("e1", "e2"),
    )  # fmt: skip
    text = render(
        ReportInput("RUS", [original, copied], {"a1": ARTICLE, "a2": COPY}, [merged]), label
    )
    assert text.count("### ") == 1
    assert "1 independent source" in text
    assert "copy of a1" in text
    assert "2 articles (1 independent publisher)" in text


def test_no_events_says_so() -> None:
    assert "No events match." in render(ReportInput("XYZ", [], {}), label)
