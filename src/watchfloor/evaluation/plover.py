"""Score the event coder on the PLOVER gold-standard records.

Each record's `text` is coded with its `date` as publication date. Actors compare by
country: the first three letters of the gold `code` (old codes such as "JAP" read as
current ones, `codes.OLD_CODES`) and of the coded actor's `code` ("IGOUNO" -> "IGO").
Scores, micro-averaged over records:

- event-type accuracy: share of records with a coded event of the gold PLOVER type
  (event names of earlier drafts mapped to current ones: FIGHT -> ASSAULT, ...);
- source and target F1: coded actor countries of all the record's events against the
  gold ones (an extra event with other actors costs precision);
- triple F1: (source, PLOVER event, target) of all coded events against the gold
  triples. A gold record without a target has triples with target None; a record
  whose markup marks joint actors (SRC/TAR) without a target has each ordered pair of
  its sources as triples, as Watchfloor codes joint action in both directions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from itertools import permutations, product
from pathlib import Path
from typing import Any

from watchfloor.coding.ontology import current_plover
from watchfloor.domain import Actor, Event
from watchfloor.errors import InputError
from watchfloor.evaluation.codes import gold_country

Triple = tuple[str | None, str, str | None]


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    published: date | None
    event: str
    sources: frozenset[str]
    targets: frozenset[str]
    triples: frozenset[Triple]


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class PloverScores:
    records: int
    event_hits: int
    source: Counts
    target: Counts
    triple: Counts
    coded_events: int
    by_event: dict[str, tuple[int, int]]  # gold event -> (hits, records)

    @property
    def event_accuracy(self) -> float:
        return self.event_hits / self.records if self.records else 0.0


def gold_path() -> Path:
    return Path(str(files("watchfloor") / "data" / "gold" / "PLOVER_GSR_CAMEO.txt"))


def read_gold(path: Path | None = None) -> list[GoldRecord]:
    """The gold records of a PLOVER GSR file (the DOCUMENT record skipped)."""
    source = path or gold_path()
    try:
        rows = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        reason = f"not a PLOVER gold JSON list ({exc}); pass the GSR file"
        raise InputError(str(source), reason) from exc
    return [_record(row) for row in rows if row.get("event") != "DOCUMENT" and row.get("text")]


def _countries(actors: Any) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [gold_country(a["code"]) for a in actors if isinstance(a, dict) and a.get("code")]


def _record(row: dict[str, Any]) -> GoldRecord:
    event = current_plover(row["event"], row.get("mode")).event
    sources, targets = _countries(row.get("source")), _countries(row.get("target"))
    info = row.get("textInfo")
    markup = str(info.get("markup", "")) if isinstance(info, dict) else str(info or "")
    none: list[str | None] = [None]
    triples: set[Triple] = set(product([*sources] or none, [event], [*targets] or none))
    if "SRC/TAR" in markup and not targets and len(set(sources)) >= 2:
        triples = {(s, event, t) for s, t in permutations(sorted(set(sources)), 2)}
    published = date.fromisoformat(row["date"]) if row.get("date") else None
    return GoldRecord(
        id=row["id"],
        text=row["text"],
        published=published,
        event=event,
        sources=frozenset(sources),
        targets=frozenset(targets),
        triples=frozenset(triples),
    )


def _country(actor: Actor | None) -> str | None:
    return actor.code[:3].upper() if actor is not None and actor.code else None


def _counts(predicted: set[Any], gold: frozenset[Any]) -> Counts:
    return Counts(len(predicted & gold), len(predicted - gold), len(gold - predicted))


def score_record(
    record: GoldRecord, events: Iterable[Event]
) -> tuple[bool, Counts, Counts, Counts]:
    """Whether the gold type was coded, and source, target and triple counts."""
    events = list(events)
    types = {e.plover.event for e in events if e.plover}
    sources = {c for e in events if (c := _country(e.source))}
    targets = {c for e in events if (c := _country(e.target))}
    triples: set[Triple] = {
        (_country(e.source), e.plover.event, _country(e.target)) for e in events if e.plover
    }
    return (
        record.event in types,
        _counts(sources, record.sources),
        _counts(targets, record.targets),
        _counts(triples, record.triples),
    )


def evaluate_plover(path: Path | None = None, coder: Any = None, nlp: Any = None) -> PloverScores:
    """Code every gold record and score it (see the module docstring)."""
    if coder is None or nlp is None:
        coder, nlp = _default_coder_and_pipeline(coder, nlp)
    records = read_gold(path)
    hits, total_events = 0, 0
    source, target, triple = Counts(), Counts(), Counts()
    by_event: dict[str, tuple[int, int]] = {}
    docs = nlp.pipe([r.text for r in records], batch_size=64)
    for record, doc in zip(records, docs, strict=True):
        events = coder.code(doc, record.id, record.published)
        total_events += len(events)
        hit, s, t, tr = score_record(record, events)
        hits += hit
        source, target, triple = source + s, target + t, triple + tr
        done, seen = by_event.get(record.event, (0, 0))
        by_event[record.event] = (done + hit, seen + 1)
    return PloverScores(len(records), hits, source, target, triple, total_events, by_event)


def _default_coder_and_pipeline(coder: Any, nlp: Any) -> tuple[Any, Any]:
    from watchfloor.coding.events import EventCoder
    from watchfloor.kb import ActorResolver, load_kb
    from watchfloor.nlp.parse import load_pipeline

    return coder or EventCoder(ActorResolver(load_kb())), nlp or load_pipeline()


def format_table(scores: PloverScores) -> str:
    """The scores as a plain-text table."""
    rows = [
        f"PLOVER gold records: {scores.records}   coded events: {scores.coded_events}",
        f"{'measure':<22}{'precision':>10}{'recall':>10}{'F1':>10}",
    ]
    for name, counts in (
        ("source actor", scores.source),
        ("target actor", scores.target),
        ("(source,event,target)", scores.triple),
    ):
        rows.append(f"{name:<22}{counts.precision:>10.3f}{counts.recall:>10.3f}{counts.f1:>10.3f}")
    rows.append(
        f"{'event-type accuracy':<22}{scores.event_accuracy:>30.3f}"
        f"  ({scores.event_hits}/{scores.records})"
    )
    rows.append("by gold event type:")
    for event, (hit, seen) in sorted(scores.by_event.items()):
        rows.append(f"  {event:<20}{hit:>4}/{seen:<4}{hit / seen:>8.2f}")
    return "\n".join(rows)


def main() -> int:
    import sys

    sys.stdout.write(format_table(evaluate_plover()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
