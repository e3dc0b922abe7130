"""Demands and conditions: a duty stated in reported speech ("X said Y must be ready
to mediate") is X's demand of Y, and the condition of an announced or threatened act
("will withdraw unless Y holds elections") is what is demanded, not an event."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def test_the_condition_of_an_announced_withdrawal_is_no_event(code: Code) -> None:
    events = code(
        "Freedonia will withdraw its ambassador from Sylvania unless President Firefly "
        "agrees to a ceasefire with Grand Fenwick."
    )
    assert [e.cameo[:2] for e in events] == ["16"]


def test_the_condition_of_a_threat_is_no_event(code: Code) -> None:
    events = code(
        "Freedonia threatened to ban voting in Marsovia if Sylvania attacked Grand Fenwick."
    )
    assert [e.cameo[:2] for e in events] == ["13"]


def test_the_condition_of_a_promise_is_no_event(code: Code, country_triples: Triples) -> None:
    events = code("Freedonia will send aid to Sylvania if Grand Fenwick agrees to a ceasefire.")
    assert country_triples(events) == [("FRD", "070", "SYL")]


def test_a_condition_of_a_general_rule_stays_an_event(code: Code, country_triples: Triples) -> None:
    events = code("If Sylvania attacks Grand Fenwick, Freedonia retaliates.")
    assert ("SYL", "190", "GFW") in country_triples(events)


def test_a_duty_to_be_ready_for_an_act_is_a_demand(code: Code, country_triples: Triples) -> None:
    events = code(
        "The Freedonian president said that Sylvania must be ready to mediate between "
        "Grand Fenwick and the rebels."
    )
    assert country_triples(events) == [("FRD", "100", "SYL")]


def test_a_duty_to_go_on_with_an_act_is_a_demand_only(code: Code, country_triples: Triples) -> None:
    events = code(
        "The Freedonian president said that Sylvania should continue to attack Grand Fenwick."
    )
    assert country_triples(events) == [("FRD", "100", "SYL")]


def test_a_duty_without_an_act_is_no_demand(code: Code) -> None:
    assert code("The Freedonian president said Sylvania should be careful.") == []


def test_a_duty_told_to_another_is_a_demand_of_the_addressee(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia told Sylvania that it must withdraw its troops.")
    assert country_triples(events) == [("FRD", "100", "SYL")]


def test_a_reminder_that_the_addressee_must_act_is_a_demand(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        "Freedonia issued a stern reminder to Sylvania that it must cooperate fully with "
        "Grand Fenwick."
    )
    assert country_triples(events) == [("FRD", "100", "SYL")]


def test_a_duty_to_act_with_a_partner_is_demanded_of_the_subject_only(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia said Sylvania must cooperate fully with Grand Fenwick.")
    assert country_triples(events) == [("FRD", "100", "SYL")]


def test_a_speaker_who_must_act_himself_demands_nothing(code: Code) -> None:
    assert code("Freedonia said that it must withdraw its troops from Sylvania.") == []


def test_a_duty_inside_an_appeal_is_the_appeal_only(code: Code, country_triples: Triples) -> None:
    events = code("Freedonia urged that Sylvania must withdraw its troops.")
    assert country_triples(events) == [("FRD", "020", "SYL")]
    events = code("Freedonia demanded that Sylvania must withdraw its troops.")
    assert country_triples(events) == [("FRD", "100", "SYL")]
