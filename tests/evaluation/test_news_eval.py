"""The news-sentence gold set is well formed, and its scorer counts what it claims."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from watchfloor.coding.ontology import load_ontology
from watchfloor.domain import Actor, Certainty, Event, Evidence
from watchfloor.errors import InputError
from watchfloor.evaluation.news import (
    GoldEvent,
    GoldSentence,
    evaluate_news,
    format_errors,
    format_table,
    match_events,
    read_gold,
    score_results,
    score_sentence,
)

ASSERTED, PLANNED = Certainty.ASSERTED, Certainty.PLANNED


def coded(
    cameo: str,
    source: str | None,
    target: str | None,
    certainty: Certainty = ASSERTED,
) -> Event:
    """A coded event as the coder would emit it; an actor code None is an unresolved actor."""

    def actor(code: str | None) -> Actor:
        return Actor(text=code or "someone", code=code, country=code[:3] if code else None)

    evidence = Evidence(text="x", sentence="x", start=0, end=1)
    return Event(
        id=f"{cameo}{source}{target}",
        article_id="a",
        source=actor(source),
        target=actor(target) if target else None,
        cameo=cameo,
        quad_class=1,
        goldstein=0.0,
        plover=None,
        certainty=certainty,
        attribution=None,
        date=None,
        location=None,
        evidence=evidence,
        coder="test",
    )


def gold(
    cameo: str, source: str | None, target: str | None, certainty: Certainty = ASSERTED
) -> GoldEvent:
    return GoldEvent(cameo[:2], cameo if len(cameo) > 2 else None, source, target, certainty)


def sentence(events: Sequence[GoldEvent], corpus: str = "c/one.jsonl") -> GoldSentence:
    return GoldSentence("s#1", "Text.", date(2020, 1, 1), corpus, tuple(events))


# -- matching ----------------------------------------------------------------


def test_same_root_and_countries_match_despite_subcode_and_sector() -> None:
    pairs, extra, misses = match_events(
        [gold("042", "USA", "DEU")], [coded("043", "USAGOV", "DEUGOV")]
    )
    assert len(pairs) == 1 and not extra and not misses


def test_wrong_root_is_a_false_positive_and_a_miss() -> None:
    result = score_sentence(sentence([gold("111", "RUS", "UKR")]), [coded("190", "RUS", "UKR")])
    assert (result.event.tp, result.event.fp, result.event.fn) == (0, 1, 1)
    assert (result.root.tp, result.root.fp, result.root.fn) == (0, 1, 1)


def test_swapped_direction_fails_event_match_but_keeps_root_match() -> None:
    result = score_sentence(sentence([gold("163", "USA", "IRN")]), [coded("163", "IRN", "USA")])
    assert (result.event.tp, result.event.fp, result.event.fn) == (0, 1, 1)
    assert (result.root.tp, result.root.fp, result.root.fn) == (1, 0, 0)


def test_unknown_coded_side_matches_only_a_null_gold_side() -> None:
    protest = sentence([gold("145", "SYR", None)])
    assert score_sentence(protest, [coded("145", "SYRREB", None)]).event.tp == 1
    named = sentence([gold("145", "SYR", "SYR")])
    assert score_sentence(named, [coded("145", "SYR", None)]).event.tp == 0


def test_actor_without_code_counts_as_unknown_side() -> None:
    result = score_sentence(sentence([gold("120", None, "IRN")]), [coded("120", None, "IRNGOV")])
    assert result.event.tp == 1


def test_organisations_compare_by_their_three_letter_prefix() -> None:
    pairs, _, _ = match_events([gold("040", "USA", "IGOWSTNAT")], [coded("040", "USA", "IGOUNO")])
    assert len(pairs) == 1


def test_a_duplicate_coded_event_costs_precision() -> None:
    result = score_sentence(
        sentence([gold("195", "IRN", "ISR")]),
        [coded("195", "IRN", "ISR"), coded("190", "IRNMIL", "ISR")],
    )
    assert (result.event.tp, result.event.fp, result.event.fn) == (1, 1, 0)


def test_certainty_prefers_the_gold_event_with_the_same_grade() -> None:
    both = [gold("042", "USA", "IND", ASSERTED), gold("042", "USA", "IND", PLANNED)]
    result = score_sentence(sentence(both), [coded("042", "USA", "IND", PLANNED)])
    assert result.certainty_hits == 1
    assert result.misses[0].certainty is ASSERTED


# -- summaries ---------------------------------------------------------------


def test_summary_counts_certainty_and_no_event_false_positives() -> None:
    results = [
        score_sentence(
            sentence([gold("042", "USA", "IND", PLANNED)]), [coded("042", "USA", "IND")]
        ),
        score_sentence(sentence([], "c/two.jsonl"), [coded("010", "GBR", None)]),
        score_sentence(sentence([], "c/two.jsonl"), []),
    ]
    scores = score_results(results)
    assert scores.overall.certainty_accuracy == 0.0
    assert scores.overall.event.precision == 0.5
    assert scores.overall.no_event_false_positive_rate == 0.5
    assert scores.by_corpus["c/one.jsonl"].no_event_sentences == 0
    assert scores.by_corpus["c/two.jsonl"].no_event_with_coded == 1


def _write_gold(path: Path) -> Path:
    rows = [
        {
            "id": "a#0",
            "published": "2020-01-08",
            "text": "Iran launched missiles at US troops.",
            "source": "wikinews/w.jsonl",
            "events": [
                {
                    "source": "IRN",
                    "source_text": "Iran",
                    "cameo_root": "19",
                    "cameo": "195",
                    "target": "USA",
                    "target_text": "US troops",
                    "certainty": "asserted",
                }
            ],
        },
        {
            "id": "b#3",
            "published": "2021-05-01",
            "text": "It rained in Oslo.",
            "source": "us_gov/x.jsonl",
            "events": [],
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_evaluate_news_scores_each_corpus_and_lists_errors(tmp_path: Path) -> None:
    def fake_coder(sentences: Sequence[GoldSentence]) -> list[list[Event]]:
        return [[coded("195", "IRNMIL", "USAMIL")], [coded("010", "NOR", None)]]

    scores = evaluate_news(_write_gold(tmp_path / "g.jsonl"), coder=fake_coder)
    assert scores.overall.event.tp == 1 and scores.overall.no_event_with_coded == 1
    table = format_table(scores)
    assert "w " in table and "x " in table
    errors = format_errors(scores)
    assert "b#3" in errors and "+ 010 NOR->None" in errors and "a#0" not in errors


def test_malformed_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"id": "a#0", "text": "x", "source": "s", "events": [{"cameo_root": "04", '
        '"certainty": "sure"}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"bad\.jsonl line 1"):
        read_gold(path)


# -- the shipped gold file ---------------------------------------------------

_ACTOR = re.compile(r"^([A-Z]{3})([A-Z]{3})*$")


@pytest.fixture(scope="module")
def shipped() -> list[GoldSentence]:
    return read_gold()


def test_gold_ids_are_unique_and_dates_known(shipped: list[GoldSentence]) -> None:
    assert len(shipped) >= 150
    assert len({s.id for s in shipped}) == len(shipped)
    assert all(s.published is not None for s in shipped)


def test_gold_codes_are_valid_cameo(shipped: list[GoldSentence]) -> None:
    ontology = load_ontology()
    for s in shipped:
        for e in s.events:
            assert ontology.known(e.cameo_root), (s.id, e)
            assert e.cameo is None or (ontology.known(e.cameo) and e.cameo[:2] == e.cameo_root)


def test_gold_actors_are_codes_and_texts_come_from_the_sentence(
    shipped: list[GoldSentence],
) -> None:
    for s in shipped:
        for e in s.events:
            assert e.source is not None or e.target is not None, s.id
            for code in (e.source, e.target):
                assert code is None or _ACTOR.match(code), (s.id, code)
            for text in (e.source_text, e.target_text):
                assert text is None or text in s.text, (s.id, text)


def test_gold_keeps_sentences_without_events(shipped: list[GoldSentence]) -> None:
    empty = sum(1 for s in shipped if not s.events)
    assert empty / len(shipped) >= 0.2
