"""Stances stated with a copula: "X is opposed to Y" and "X is against Y" are X opposing
Y (the lexicon's "oppose"), not an act done to X."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {
        (
            e.source.country if e.source else None,
            e.cameo,
            e.target.country if e.target else None,
        )
        for e in events
    }


def test_opposed_to_is_the_subjects_stance(code: Code) -> None:
    events = code("Freedonia is opposed to Sylvanian troops in the region.")
    assert triples(events) == {("FRD", "110", "SYL")}


def test_opposed_to_under_a_reporting_verb(code: Code) -> None:
    events = code("Freedonia is opposed to Sylvanian troops in the region, an aide said on Monday.")
    assert ("FRD", "110", "SYL") in triples(events)


def test_opposed_by_keeps_the_passive(code: Code) -> None:
    events = code("Freedonia was opposed by Sylvania.")
    assert triples(events) == {("SYL", "110", "FRD")}


def test_against_is_a_stance(code: Code) -> None:
    events = code("Freedonia is against the Sylvanian plan.")
    assert triples(events) == {("FRD", "127", "SYL")}


def test_against_without_an_actor_subject_codes_nothing(code: Code) -> None:
    assert code("The vote was against Sylvania.") == []
