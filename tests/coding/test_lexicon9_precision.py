"""Lexicon 9 and its precision rules: senses the converted dictionary over-extends
(controlling "for", mobilising support, weapons used), participles that name people or
the means of an attack, powers to act, and event nouns inside a threat's content."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def test_a_participle_with_an_article_names_people_not_an_act(code: Code) -> None:
    events = code("Freedonian helicopters evacuated the wounded from Sylvania on Friday.")
    assert [e.cameo[:2] for e in events] == ["07"]


def test_controlling_a_country_for_years_is_no_visit(code: Code) -> None:
    assert code("Sylvanian rebels have controlled Freedonia for years.") == []


def test_mobilising_support_is_no_show_of_force(code: Code) -> None:
    assert code("Freedonia has mobilized pressure groups in Sylvania.") == []
    assert [e.cameo for e in code("Freedonia mobilized its troops against Sylvania.")] == ["154"]


def test_aircraft_using_missiles_is_one_attack_not_repression(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonian aircraft using guided missiles killed four Sylvanians.")
    assert country_triples(events) == [("FRD", "190", "SYL")]


def test_a_right_to_fire_is_no_attack(code: Code) -> None:
    events = code("Freedonia defended the right of its troops to fire on Sylvanian militants.")
    assert all(e.cameo[:2] != "19" for e in events)


def test_a_strike_threatened_is_the_threat_only(code: Code) -> None:
    events = code("Freedonian farmers threatened to hold a general strike unless Sylvania paid.")
    assert [e.cameo[:2] for e in events] == ["13"]
