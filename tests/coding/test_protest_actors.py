"""Protest events: who protests (youths misread as a participle's object)."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def coded(events: list[Event]) -> set[Coded]:
    """(source code, CAMEO code, target code) of each event."""
    return {(_code(e.source), e.cameo, _code(e.target)) for e in events}


def dyads(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of each event."""
    return {(_country(e.source), e.cameo[:2], _country(e.target)) for e in events}


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# Who protests: a main clause the parser takes for a participle on its subject.


def test_youths_resorting_to_throwing_stones_are_the_protesters(code: Code) -> None:
    events = code(
        "Sylvanian youths resorted to throwing stones during demonstrations against "
        "violations by the Freedonian army, officials said."
    )
    assert dyads(events) == {("SYL", "14", "FRD")}


def test_youths_resorting_to_stones_without_a_target_are_still_the_source(code: Code) -> None:
    events = code("Sylvanian youths resorted to throwing stones during demonstrations.")
    assert coded(events) == {("SYLCVL", "145", None)}


def test_a_measure_resorted_to_by_a_state_stays_a_passive_participle(code: Code) -> None:
    events = code("Sylvania condemned the measures resorted to by the Freedonian police.")
    assert all(e.source is None or e.source.country != "FRD" or e.cameo[:2] != "14"
               for e in events)  # fmt: skip
