"""Quality gate: precision on real news sentences must not drop.

Watchfloor's promise is precision: an event not coded is better than a false one.
The floors (and the ceiling on false events in sentences that state none) live in
`baseline_news.json`, a little short of the measured figures. Raising a floor is a
commit of its own; lowering one needs a stated reason in that commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.evaluation.news import NewsScores, evaluate_news, format_table

BASELINE = Path(__file__).with_name("baseline_news.json")


@pytest.fixture(scope="module")
def scores() -> NewsScores:
    return evaluate_news()


def test_news_precision_stays_above_its_floor(scores: NewsScores) -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    overall = scores.overall
    assert overall.event.precision >= floors["event_precision"], format_table(scores)
    assert overall.event.recall >= floors["event_recall"], format_table(scores)


def test_false_events_in_sentences_without_one_stay_rare(scores: NewsScores) -> None:
    ceiling = json.loads(BASELINE.read_text(encoding="utf-8"))["ceilings"]
    rate = scores.overall.no_event_false_positive_rate
    assert rate <= ceiling["no_event_false_positive_rate"], format_table(scores)
