"""Sources the resolver finds but the argument structure used to lose: coordinated
nationality modifiers, a leading country ("X-led"), a pronoun after a confirming verb, a
passive agent hung on the wrong word; event nouns under verbs that act against them; and
the author of an attack noun ("US drone attacks", "attacks by X", not "the Paris bombings");
the owner of "its troops", "their forces"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_coordinated_nationalities_are_joint_sources(code: Code) -> None:
    events = code("Senior Freedonian and Sylvanian officials agreed on a new border.")
    assert {("FRD", "SYL", "03"), ("SYL", "FRD", "03")} <= dyads(events)


def test_coordinated_nationalities_are_both_asked(code: Code) -> None:
    events = code("Sylvania said that US and Freedonian forces must leave the area.")
    assert {("SYL", "USA", "10"), ("SYL", "FRD", "10")} <= dyads(events)


def test_leading_country_is_the_source_of_its_forces(code: Code) -> None:
    events = code("Sylvanian-led forces attacked a Freedonian convoy near the border.")
    assert ("SYL", "FRD", "19") in dyads(events)


def test_backing_country_is_not_the_source(code: Code) -> None:
    events = code("Sylvanian-backed militias attacked a Freedonian convoy near the border.")
    assert all(source != "SYL" for source, _, _ in dyads(events))


def test_pronoun_after_confirmed_is_the_confirming_actor(code: Code) -> None:
    events = code("Freedonia confirmed on Monday it would lift the blockade of Sylvania.")
    assert ("FRD", "SYL", "08") in dyads(events)


def test_passive_agent_on_the_gerund_is_the_accuser(code: Code) -> None:
    events = code("Sylvania has been accused of violating the ceasefire by Freedonian officials.")
    assert ("FRD", "SYL", "11") in dyads(events)


def test_by_phrase_of_means_is_no_accuser(code: Code) -> None:
    events = code("Sylvania has been accused of violating the ceasefire by shelling villages.")
    assert all(source is None for source, _, _ in dyads(events))


def test_preventing_a_demonstration_is_no_demonstration(code: Code) -> None:
    events = code("Freedonian police prevented the demonstration by students in the capital.")
    assert all(not e.cameo.startswith("14") for e in events)


def test_support_verb_still_gives_its_subject_to_the_event_noun(code: Code) -> None:
    events = code("Freedonia launched a new offensive against Sylvania on Monday.")
    assert ("FRD", "SYL", "19") in dyads(events)


def test_nationality_through_a_compound_chain_is_the_attacker(code: Code) -> None:
    events = code("Recent US drone attacks have killed at least eight Freedonian soldiers.")
    assert dyads(events) == {("USA", "FRD", "19")}


def test_by_phrase_of_an_attack_is_the_attacker(code: Code) -> None:
    events = code("Attacks by Sylvania killed two Freedonian soldiers.")
    assert dyads(events) == {("SYL", "FRD", "19")}


def test_place_before_an_attack_noun_is_no_attacker(code: Code) -> None:
    events = code("The Paris bombings killed 130 people.")
    assert all(e.source is None for e in events)


def test_by_phrase_of_an_attack_object_is_no_target(code: Code) -> None:
    events = code("The ministers discussed the attack by Sylvania on Freedonia.")
    assert all(e.target is None or e.target.country != "SYL" for e in events)


def test_its_troops_belong_to_the_reporting_country(code: Code) -> None:
    events = code("Freedonia said its troops had attacked Sylvanian rebels near the border.")
    sources = {(e.source.code, e.source.text) for e in events if e.source is not None}
    assert sources == {("FRDMIL", "its troops")}


def test_their_forces_belong_to_a_plural_speaker(code: Code) -> None:
    events = code("The Sylvanians said their forces had attacked Freedonia on Monday.")
    assert {e.source.code for e in events if e.source is not None} == {"SYLMIL"}


def test_their_troops_of_a_singular_country_have_no_owner(code: Code) -> None:
    events = code("Freedonia said their troops had attacked Sylvania on Monday.")
    assert all(e.source is None for e in events)


def test_its_troops_of_a_person_have_no_owner(code: Code) -> None:
    events = code("The Freedonian president said its troops had attacked Sylvania.")
    assert all(e.source is None for e in events)


def test_their_forces_of_two_countries_have_no_owner(code: Code) -> None:
    events = code("Freedonia and Sylvania said their forces had attacked the rebels.")
    assert all(e.source is None for e in events)


def test_its_people_do_not_act_for_the_state(code: Code) -> None:
    events = code("Freedonia said its people would protest against Sylvania.")
    assert all(e.source is None or e.source.country != "FRD" for e in events)


def test_its_troops_in_a_main_clause_belong_to_the_preceding_subject(code: Code) -> None:
    events = code("After Freedonia closed the border, its troops attacked Sylvanian rebels.")
    assert "FRDMIL" in {e.source.code for e in events if e.source is not None}


def test_owners_that_are_owned_phrases_themselves_are_not_traced(code: Code) -> None:
    events = code("Their troops attacked Sylvania, their leaders said.")
    assert all(e.source is None for e in events)
