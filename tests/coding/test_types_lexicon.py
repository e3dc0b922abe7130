"""Event types from the parsed sentence: light verbs with event objects, measure nouns,
announced acts (fictional countries Freedonia FRD and Sylvania SYL)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def typed(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source country, PLOVER event, target country) of each event."""
    return {
        (e.source.country if e.source else None, e.plover.event,
         e.target.country if e.target else None)
        for e in events
        if e.plover is not None
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia mounted an invasion of Sylvania on Tuesday.", "192"),
        ("Freedonia mounted a fresh offensive against Sylvania.", "190"),
        ("Freedonia opened an investigation into Sylvania's customs officials.", "090"),
        ("Freedonia undertook a mediation mission between Sylvania and its rebels.", "045"),
        ("Freedonia restored diplomatic relations with Sylvania.", "050"),
        ("Freedonia denied entry visas to Sylvania's delegation.", "120"),
        ("Freedonian doctors handed over 300 kg of medicine to Sylvania.", "073"),
        ("Freedonia suspended part of its aid program for Sylvania.", "162"),
        ("Freedonia accepted Sylvanian mediation in the border dispute.", "038"),
        ("Freedonian police dispersed the protesters with water cannon.", "175"),
    ],
)
def test_event_object_carries_the_event(code: Code, text: str, cameo: str) -> None:
    events = code(text)
    assert cameo in {e.cameo for e in events if e.source and e.source.country == "FRD"}


def test_pressing_another_actor_to_act_is_an_appeal_not_the_act(code: Code) -> None:
    events = code("Freedonia pressed Sylvania to withdraw its troops from the border.")
    assert ("FRD", "REQUEST", "SYL") in typed(events)
    assert not any(e.cameo.startswith("08") for e in events)  # the withdrawal is only asked


def test_an_appeal_is_a_plover_request(code: Code) -> None:
    events = code("Freedonia urged Sylvania to release the detained journalists.")
    assert ("FRD", "REQUEST", "SYL") in typed(events)


def test_announced_sanction_is_a_threat_and_keeps_its_cameo(code: Code) -> None:
    events = code("Freedonia said it will expel Sylvania's ambassador next week.")
    coded = {(e.cameo, e.plover and e.plover.event) for e in events}
    assert ("166", "THREATEN") in coded


def test_sanction_that_took_place_stays_a_sanction(code: Code) -> None:
    events = code("Freedonia expelled Sylvania's ambassador on Monday.")
    assert ("FRD", "SANCTION", "SYL") in typed(events)


def test_announced_aid_is_a_promise(code: Code) -> None:
    events = code("Freedonia will send 2,000 tonnes of food aid to Sylvania.")
    assert ("FRD", "AGREE", "SYL") in typed(events)


def test_agreeing_to_a_truce_is_a_promise_both_ways(code: Code) -> None:
    events = code("Freedonia and Sylvania agreed to a ceasefire on Sunday.")
    assert {e.cameo for e in events} == {"0356"}
    assert typed(events) == {("FRD", "AGREE", "SYL"), ("SYL", "AGREE", "FRD")}
