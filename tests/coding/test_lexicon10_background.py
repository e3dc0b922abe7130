"""Descriptions are not events: a relative clause that characterises an actor, what a
document aims to do, a standing situation that others monitor, the purpose of an offer,
and an appeal to one's own people."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _roots(events: list[Event]) -> list[str]:
    return [e.cameo[:2] for e in events]


# --- a bare-present relative clause characterises its antecedent ---------------------


def test_what_a_group_advocates_is_no_appeal(code: Code, country_triples: Triples) -> None:
    events = code(
        "Freedonia threatened to close its border if the Sylvanian Liberation Front, "
        "which advocates the overthrow of Freedonia's government, took part in the talks."
    )
    assert "02" not in _roots(events)
    assert ("FRD", "130", "SYL") in country_triples(events)


def test_what_rebels_seek_is_no_event_but_their_attack_is(code: Code) -> None:
    events = code(
        "Sylvanian rebels, who oppose the Freedonian government, attacked a Freedonian base."
    )
    assert _roots(events) == ["19"]


def test_a_relative_clause_in_the_past_or_perfect_is_an_event(
    code: Code, country_triples: Triples
) -> None:
    perfect = code("The Sylvanian Liberation Front, which has attacked Freedonian troops, met.")
    assert ("SYL", "190", "FRD") in country_triples(perfect)
    past = code("Freedonian rebels, who attacked Sylvanian troops on Monday, said they would talk.")
    assert ("FRD", "190", "SYL") in country_triples(past)


def test_a_dated_present_relative_clause_is_a_schedule(code: Code) -> None:
    events = code(
        "The Freedonian delegation, which arrives in Sylvania on Monday, will hold talks "
        "with Sylvanian officials."
    )
    assert "042" in [e.cameo for e in events]


def test_a_report_inside_a_relative_clause_keeps_its_event(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia, which says Sylvanian troops attacked its posts, closed the border.")
    assert ("SYL", "190", None) in country_triples(events)


# --- what a document aims to do is its content ---------------------------------------


def test_what_a_resolution_aims_to_do_is_not_done(code: Code) -> None:
    events = code(
        "Freedonia said it will back a U.N. Security Council resolution that aims to "
        "impose sanctions on Sylvania."
    )
    assert _roots(events) == ["05"]


def test_what_a_draft_is_designed_to_do_is_not_done(code: Code) -> None:
    events = code(
        "Freedonia backed a Security Council draft designed to impose an arms embargo on Sylvania."
    )
    assert "16" not in _roots(events)
    assert _roots(events) == ["05"]


def test_what_a_plan_seeks_to_do_is_not_done(code: Code) -> None:
    assert code("The Freedonian resolution seeks to impose sanctions on Sylvania.") == []
    assert code("The Freedonian plan is designed to impose a blockade on Sylvania.") == []


def test_a_body_that_imposes_sanctions_acts(code: Code) -> None:
    events = code("The United Nations imposed sanctions on Sylvania to force it to negotiate.")
    assert ("IGO", "163", "SYL") in [
        (e.source and e.source.code[:3], e.cameo, _country(e.target)) for e in events
    ]


# --- the purpose of an offer is offered, not done -------------------------------------


def test_what_offered_troops_would_help_do_is_no_event(
    code: Code, country_triples: Triples
) -> None:
    events = code("Sylvania offered its troops to Freedonia to help it oust Rufus T. Firefly.")
    assert country_triples(events) == [("SYL", "030", "FRD")]


def test_helping_someone_oust_a_leader_is_done(code: Code) -> None:
    events = code("Sylvanian troops helped Freedonian rebels oust Rufus T. Firefly.")
    assert "174" in [e.cameo for e in events]


# --- advice to one's own people is no appeal to anyone else ---------------------------


def test_travel_advice_to_its_citizens_is_no_appeal(code: Code) -> None:
    assert code("Freedonia urged its citizens to avoid travel to Sylvania.") == []
    assert code("Freedonia called on its citizens to leave Sylvania.") == []


def test_an_appeal_to_its_allies_or_to_another_state_stays(
    code: Code, country_triples: Triples
) -> None:
    allies = code("Freedonia urged its allies to impose sanctions on Sylvania.")
    assert [e.cameo for e in allies] == ["020"]
    assert country_triples(code("Freedonia urged Sylvania to release the prisoners.")) == [
        ("FRD", "020", "SYL")
    ]


# --- a standing arrangement others oversee is no new event ----------------------------


def test_a_ceasefire_peacekeepers_oversee_is_no_new_ceasefire(code: Code) -> None:
    events = code(
        "UN peacekeepers, who are deployed in the region to oversee a ceasefire between "
        "Freedonia and Sylvania, left."
    )
    assert "08" not in _roots(events)


def test_monitored_clashes_still_happened(code: Code, country_triples: Triples) -> None:
    events = code("Observers monitored clashes between Freedonian and Sylvanian troops.")
    assert sorted(country_triples(events)) == [("FRD", "190", "SYL"), ("SYL", "190", "FRD")]


def test_a_declared_ceasefire_is_an_event(code: Code, country_triples: Triples) -> None:
    events = code("Freedonia and Sylvania declared a ceasefire on Monday.")
    assert sorted(country_triples(events)) == [("FRD", "0871", "SYL"), ("SYL", "0871", "FRD")]


# --- a meeting someone offers to host is the host's offer ------------------------------


def test_who_was_quoted_as_saying_he_would_host_is_the_host(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        "Rufus T. Firefly was quoted today as saying he would be ready to host a meeting "
        "between Sylvania and Grand Fenwick."
    )
    assert sorted(country_triples(events)) == [("FRD", "043", "GFW"), ("FRD", "043", "SYL")]


def test_talks_someone_would_host_are_no_talks_of_the_parties(code: Code) -> None:
    offered = code(
        "Baron Otto Kurz said he would be ready to host talks between Sylvania and Grand Fenwick."
    )
    assert "046" not in [e.cameo for e in offered]


def test_talks_someone_hosted_are_the_parties_talks(code: Code, country_triples: Triples) -> None:
    events = code("Baron Otto Kurz hosted talks between Sylvania and Grand Fenwick on Monday.")
    assert sorted(country_triples(events)) == [("GFW", "046", "SYL"), ("SYL", "046", "GFW")]


# --- showing a quality is no protest ----------------------------------------------------


def test_demonstrating_progress_is_no_protest(code: Code) -> None:
    assert code("Freedonia has demonstrated significant progress in improving its controls.") == []
    assert code("The Sylvanian court is expected to demonstrate its effectiveness.") == []


def test_demonstrating_against_someone_or_a_feeling_is_a_protest(
    code: Code, country_triples: Triples
) -> None:
    against = code("Freedonian students demonstrated against Sylvania on Monday.")
    assert country_triples(against) == [("FRD", "141", "SYL")]
    anger = code("Freedonian workers demonstrated their anger in front of the Sylvanian embassy.")
    assert [e.cameo for e in anger] == ["141"]


# --- what an appeal asks for has not happened -----------------------------------------


def test_a_ceasefire_called_for_is_no_ceasefire(code: Code) -> None:
    events = code("Freedonia called for a ceasefire between Sylvania and Grand Fenwick.")
    assert [(_country(e.source), e.cameo[:2]) for e in events] == [("FRD", "02")]
    appealed = code("Freedonia appealed for talks between Sylvania and Grand Fenwick.")
    assert [(_country(e.source), e.cameo[:2]) for e in appealed] == [("FRD", "02")]


def test_a_ceasefire_between_two_sides_is_theirs(code: Code, country_triples: Triples) -> None:
    events = code("A ceasefire between Sylvania and Grand Fenwick took effect on Monday.")
    assert sorted(country_triples(events)) == [("GFW", "0871", "SYL"), ("SYL", "0871", "GFW")]
