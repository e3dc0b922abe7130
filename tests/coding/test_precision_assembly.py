"""Assembling a sentence's candidates: parallel subjects, participles that continue an
attack, coordinated verbs stating one event, multi-party ceasefires, attempts, stance
holders and actors who undergo an event."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]


def _pairs(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo[:2], _country(e.source), _country(e.target)) for e in events]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def test_parallel_subjects_do_not_act_on_each_other(code: Code) -> None:
    events = code("Neither Freedonia nor Sylvania would endorse the election result.")
    assert not [e for e in events if e.source and e.target]


def test_two_actors_who_agree_act_jointly(code: Code) -> None:
    events = code("Freedonia and Sylvania agreed to hold joint naval exercises.")
    assert {(s, t) for _, s, t in _pairs(events)} == {("FRD", "SYL"), ("SYL", "FRD")}


def test_three_parallel_actors_are_a_list_not_a_web(code: Code) -> None:
    events = code("Freedonia, Sylvania and Russia welcomed the progress of the talks.")
    parties = {"FRD", "SYL", "RUS"}
    assert not [e for e in events if e.source and e.target and e.target.country in parties]


def test_participle_on_the_object_continues_the_attack(code: Code) -> None:
    events = code("Freedonian forces launched missiles targeting Sylvanian troops near the border.")
    assert _pairs(events) == [("19", "FRD", "SYL")]


def test_coordinated_verbs_with_the_same_actors_state_one_event(code: Code) -> None:
    events = code("Freedonian militants killed and beheaded a Sylvanian soldier.")
    assert [(s, t) for _, s, t in _pairs(events)] == [("FRD", "SYL")]


def test_coordinated_verbs_with_distinct_codes_stay_two_events(code: Code) -> None:
    events = code("Sylvanian police dispersed protesters and arrested dozens of them.")
    assert sorted(e.cameo for e in events) == ["173", "175"]


def test_multi_party_ceasefire_does_not_pair_one_side(code: Code) -> None:
    events = code("The ceasefire between Freedonia, Sylvanian rebels and the Sylvanian army held.")
    assert {(s, t) for _, s, t in _pairs(events)} == {("FRD", "SYL"), ("SYL", "FRD")}


def test_efforts_to_act_state_no_act(code: Code) -> None:
    events = code("The minister praised Sylvania's efforts to extend the truce with Freedonia.")
    assert not [e for e in events if e.source and e.source.country == "SYL"]


def test_holder_of_a_reaffirmed_stance_is_not_its_target(code: Code) -> None:
    events = code("The Secretary reaffirmed Freedonia's unwavering support for Sylvania.")
    assert not [e for e in events if e.target and e.target.country == "FRD"]


def test_actor_facing_attacks_is_their_target(code: Code) -> None:
    events = code("Sylvania is facing rebel attacks.")
    assert _pairs(events) == [("19", None, "SYL")]


def test_coordinated_nationalities_of_one_noun_do_not_act_on_each_other(code: Code) -> None:
    events = code(
        "Freedonian and Sylvanian warplanes pounded rebel positions to support the troops."
    )
    assert not [e for e in events if e.source and e.target]


def test_attack_noun_subject_and_its_verb_are_one_event(code: Code) -> None:
    events = code("A Sylvanian missile strike destroyed a Freedonian hospital.")
    assert [(s, t) for _, s, t in _pairs(events)] == [("SYL", "FRD")]


def test_attack_noun_subject_with_a_target_keeps_it(code: Code) -> None:
    events = code("Sylvanian air strikes on Freedonia killed 10 people.")
    assert [(s, t) for _, s, t in _pairs(events)] == [("SYL", "FRD")]


def test_two_triggers_of_one_act_make_one_event(code: Code) -> None:
    events = code("Freedonian riot police used tear gas to disperse demonstrators in Sylvania.")
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    assert [e.cameo for e in events].count("175") == 1


def test_a_time_between_two_dates_names_no_parties(code: Code) -> None:
    events = code("Freedonian forces attacked Sylvanian towns between Monday and Tuesday.")
    assert {(s, t) for _, s, t in _pairs(events)} == {("FRD", "SYL")}


def test_fighting_between_two_parties_without_a_subject_is_joint(code: Code) -> None:
    events = code("Fighting between Freedonia and Sylvania broke out on Monday.")
    assert {(s, t) for _, s, t in _pairs(events)} == {("FRD", "SYL"), ("SYL", "FRD")}
