"""The founding articles' expectations: the events Watchfloor must code in the two seeds.

`code_seeds()` codes the seed files as `watchfloor ingest` reads them (the plain-text
reader takes the leading `date YYYY-MM-DD` token and the title line out of the body; a
seed without the token has no publication date), so the golden file's offsets are the
stored ones, and `check_seeds()` tests the expectations below;
`python -m watchfloor.evaluation.seeds` prints them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from watchfloor.domain import Certainty, Event
from watchfloor.ingest.text import read_text


@dataclass(frozen=True)
class Seed:
    name: str
    text: str
    published: date | None


@dataclass(frozen=True)
class Expectation:
    name: str
    test: Callable[[list[Event]], bool]
    lists_matches: bool = True  # False for expectations that an event is absent


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    matches: tuple[Event, ...]


def read_seed(path: Path) -> Seed:
    """A seed article's body and publication date, read as the ingest stage reads it."""
    article = read_text(
        path.read_text(encoding="utf-8"), name=path.name, source=None, origin=str(path)
    )
    return Seed(path.name, article.text, article.published)


def code_seeds(paths: Iterable[Path], coder: Any, nlp: Any) -> dict[str, list[Event]]:
    """Seed file name -> its coded events."""
    seeds = [read_seed(p) for p in sorted(paths)]
    return {
        seed.name: coder.code(doc, seed.name, seed.published)
        for seed, doc in zip(seeds, nlp.pipe([s.text for s in seeds]), strict=True)
    }


def _country(actor: Any) -> str | None:
    return actor.code[:3] if actor is not None and actor.code else None


def _dyad(event: Event, source: str, target: str) -> bool:
    return _country(event.source) == source and _country(event.target) == target


def _is_question(event: Event) -> bool:
    return event.evidence.sentence.rstrip().endswith("?")


EXPECTATIONS: tuple[Expectation, ...] = (
    Expectation(
        "North Korea -> Russia provide military aid (07x), reported",
        lambda es: any(
            _dyad(e, "PRK", "RUS")
            and e.cameo.startswith("07")
            and e.certainty == Certainty.REPORTED
            for e in es
        ),
    ),
    Expectation(
        "North Korea <-> Russia negotiating (04x), reported, both directions",
        lambda es: all(
            any(
                _dyad(e, a, b) and e.cameo.startswith("04") and e.certainty == Certainty.REPORTED
                for e in es
            )
            for a, b in (("PRK", "RUS"), ("RUS", "PRK"))
        ),
    ),
    Expectation(
        "Russia (Shoigu, RUSMIL) -> North Korea visit 042, 2023-07, asserted, in PRK",
        lambda es: any(
            _dyad(e, "RUS", "PRK")
            and e.cameo == "042"
            and e.source is not None
            and e.source.code == "RUSMIL"
            and e.certainty == Certainty.ASSERTED
            and e.date is not None
            and e.date.value == "2023-07"
            and e.location is not None
            and e.location.country == "PRK"
            for e in es
        ),
    ),
    Expectation(
        "Kim Jong Un -> Russia visit or meeting (042/043), planned",
        lambda es: any(
            _dyad(e, "PRK", "RUS")
            and e.cameo in ("042", "043")
            and e.certainty == Certainty.PLANNED
            for e in es
        ),
    ),
    Expectation(
        "Kim Jong Un seeking nuclear submarine technology, speculated, per South Korean officials",
        lambda es: any(
            _country(e.source) == "PRK"
            and "submarine" in e.evidence.sentence
            and e.certainty == Certainty.SPECULATED
            and e.attribution is not None
            and (e.attribution.country == "KOR" or "South Korea" in e.attribution.text)
            for e in es
        ),
    ),
    Expectation(
        "United States warns (13x) about North Korea or Russia",
        lambda es: any(
            _country(e.source) == "USA"
            and _country(e.target) in ("PRK", "RUS")
            and e.cameo.startswith("13")
            for e in es
        ),
    ),
    Expectation(
        "no event from a FAQ question",
        lambda es: not any(_is_question(e) for e in es),
        lists_matches=False,
    ),
)


def check_seeds(events_by_seed: dict[str, list[Event]]) -> list[Check]:
    events = [e for found in events_by_seed.values() for e in found]
    return [
        Check(
            x.name,
            x.test(events),
            tuple(e for e in events if x.lists_matches and x.test([e])),
        )
        for x in EXPECTATIONS
    ]


def format_checks(checks: list[Check]) -> str:
    lines = []
    for check in checks:
        lines.append(f"[{'ok' if check.passed else 'MISSING'}] {check.name}")
        lines.extend(
            f"      {e.source.code if e.source else None} -> "
            f"{e.target.code if e.target else None} {e.cameo} {e.certainty.value}: "
            f"{e.evidence.text!r}"
            for e in check.matches[:3]
        )
    return "\n".join(lines)


def main() -> int:
    import sys

    from watchfloor.coding.events import EventCoder
    from watchfloor.kb import ActorResolver, load_kb
    from watchfloor.nlp.parse import load_pipeline

    seeds_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("examples/seeds")
    coder = EventCoder(ActorResolver(load_kb()))
    coded = code_seeds(seeds_dir.glob("*.txt"), coder, load_pipeline())
    for name, events in coded.items():
        sys.stdout.write(f"{name}: {len(events)} events\n")
        for e in events:
            sys.stdout.write(
                f"  {e.source.code if e.source else None} -> "
                f"{e.target.code if e.target else None} {e.cameo} {e.certainty.value} "
                f"{e.date.value if e.date else ''}: {e.evidence.text!r}\n"
            )
    sys.stdout.write(format_checks(check_seeds(coded)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
