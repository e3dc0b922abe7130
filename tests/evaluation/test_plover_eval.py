"""The PLOVER gold-standard evaluation: reading records, scoring, the table."""

from __future__ import annotations

import json
from pathlib import Path

from watchfloor.domain import Actor, Certainty, Event, Evidence, Plover
from watchfloor.evaluation.plover import (
    Counts,
    PloverScores,
    format_table,
    read_gold,
    score_record,
)

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "internal documentation"},
    {
        "id": "R1", "date": "2000-01-01", "event": "FIGHT", "mode": "",
        "source": [{"actorText": "Freedonian", "code": "FRDMIL"}],
        "target": [{"actorText": "Sylvania", "code": "SYL"}],
        "text": "Freedonian troops shelled Sylvania.",
    },
    {
        "id": "R2", "date": "2000-01-02", "event": "AGREE",
        "source": [{"actorText": "Freedonia", "code": "FRD"},
                   {"actorText": "Sylvania", "code": "SYL"}],
        "target": "",
        "text": "Freedonia and Sylvania agreed to cooperate.",
        "textInfo": {"markup": "(SRC/TAR: Freedonia) and (SRC/TAR: Sylvania) (EVT: agreed)"},
    },
]  # fmt: skip


def _event(source: str | None, cameo: str, plover: str, target: str | None) -> Event:
    evidence = Evidence("x", "x", 0, 1)
    return Event(
        id="e", article_id="a",
        source=Actor(text=source, code=source) if source else None,
        target=Actor(text=target, code=target) if target else None,
        cameo=cameo, quad_class=4, goldstein=-10.0, plover=Plover(plover),
        certainty=Certainty.ASSERTED, attribution=None, date=None, location=None,
        evidence=evidence, coder="test",
    )  # fmt: skip


def _gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_reading_skips_documentation_and_maps_old_event_names(tmp_path: Path) -> None:
    records = read_gold(_gold(tmp_path))
    assert [r.id for r in records] == ["R1", "R2"]
    assert records[0].event == "ASSAULT"
    assert records[0].sources == {"FRD"}  # country: first three letters of the code
    assert records[0].triples == {("FRD", "ASSAULT", "SYL")}


def test_joint_actors_without_target_expect_both_directions(tmp_path: Path) -> None:
    joint = read_gold(_gold(tmp_path))[1]
    assert joint.triples == {("FRD", "AGREE", "SYL"), ("SYL", "AGREE", "FRD")}


def test_scoring_counts_type_actors_and_triples(tmp_path: Path) -> None:
    record = read_gold(_gold(tmp_path))[0]
    hit, source, target, triple = score_record(
        record, [_event("FRDMIL", "195", "ASSAULT", "SYL"), _event("SYL", "111", "ACCUSE", None)]
    )
    assert hit
    assert source == Counts(tp=1, fp=1, fn=0)
    assert target == Counts(tp=1, fp=0, fn=0)
    assert triple == Counts(tp=1, fp=1, fn=0)
    assert triple.precision == 0.5 and triple.recall == 1.0


def test_missing_event_is_a_miss(tmp_path: Path) -> None:
    record = read_gold(_gold(tmp_path))[0]
    hit, _, _, triple = score_record(record, [])
    assert not hit and triple == Counts(tp=0, fp=0, fn=1) and triple.f1 == 0.0


def test_table_shows_every_measure() -> None:
    scores = PloverScores(
        records=2, event_hits=1, source=Counts(1, 0, 1), target=Counts(1, 1, 0),
        triple=Counts(1, 1, 1), coded_events=3, by_event={"ASSAULT": (1, 2)},
    )  # fmt: skip
    table = format_table(scores)
    for row in ("source actor", "target actor", "(source,event,target)", "event-type accuracy"):
        assert row in table
    assert "0.500" in table and "ASSAULT" in table


def test_old_country_codes_of_the_gold_read_as_current_ones(tmp_path: Path) -> None:
    record = {
        "id": "R3", "date": "1990-01-01", "event": "CONSULT",
        "source": [{"actorText": "Japanese Prime Minister", "code": "JAPGOV"}],
        "target": [{"actorText": "Italy", "code": "ITL"}],
        "text": "The Japanese Prime Minister met Italy's president.",
    }  # fmt: skip
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    (gold,) = read_gold(path)
    assert gold.triples == {("JPN", "CONSULT", "ITA")}
    hit, *_, triple = score_record(gold, [_event("JPNGOV", "040", "CONSULT", "ITA")])
    assert hit and triple == Counts(1, 0, 0)
