"""Targets of offers, refuge and force: asylum sought in a country, a "to" phrase the
parser left without its object, fire opened to disperse or repel someone, concessions
made after talks with a party, and police coercing a protest whose purpose names a
foreign place."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def test_refuge_sought_in_a_country_asks_that_country(code: Code, country_triples: Triples) -> None:
    events = code("Some 800 Sylvanian Kurds sought refuge in Freedonia last month.")
    assert country_triples(events) == [("SYL", "0233", "FRD")]
    assert events[0].plover is not None and events[0].plover.event == "REQUEST"


def test_asylum_applied_for_in_a_country_asks_that_country(
    code: Code, country_triples: Triples
) -> None:
    events = code("Sylvanian dissidents applied for asylum in Freedonia.")
    assert country_triples(events) == [("SYL", "0233", "FRD")]


def test_refuge_sought_in_an_unknown_place_has_no_target(code: Code) -> None:
    assert all(e.target is None for e in code("Sylvanian villagers sought shelter in a school."))


def test_a_to_phrase_the_parser_left_empty_takes_the_clause_subject_after_it(
    code: Code,
    country_triples: Triples,
) -> None:
    text = (
        "Sylvania has granted diplomatic asylum to five Freedonian army officers holed up"
        " in a diplomatic residence."
    )
    assert country_triples(code(text)) == [("SYL", "075", "FRD")]


def test_fire_opened_to_disperse_protesters_is_repression_of_them(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonian police opened fire to disperse Sylvanian demonstrators.")
    assert country_triples(events) == [("FRD", "175", "SYL")]


def test_fire_opened_to_repel_infiltrators_is_fire_on_them(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonian troops opened fire to repel Sylvanian infiltrators.")
    assert ("FRD", "193", "SYL") in country_triples(events)


def test_fire_opened_to_protect_people_does_not_target_them(code: Code) -> None:
    events = code("Freedonian troops opened fire to protect Sylvanian civilians.")
    assert all(e.target is None for e in events)


def test_a_strike_called_off_after_talks_with_the_government_yields_to_it(
    code: Code,
    country_triples: Triples,
) -> None:
    events = code(
        "Sylvanian teachers called off a strike after talks with the Sylvanian government."
    )
    assert [(e.cameo, e.target.sector if e.target else None) for e in events] == [("082", "GOV")]
    assert country_triples(events) == [("SYL", "082", "SYL")]


def test_troops_withdrawn_after_talks_with_a_neighbour_retreat_from_it(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia withdrew its troops after talks with Sylvania.")
    assert country_triples(events) == [("FRD", "0874", "SYL")]


def test_a_mediator_of_the_talks_is_not_whom_a_concession_is_made_to(code: Code) -> None:
    events = code("Sylvanian workers ended their strike after a meeting with Freedonian mediators.")
    assert all(e.target is None for e in events)


def test_a_curfew_eased_after_an_agreement_stays_on_the_own_country(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia lifted the curfew following an agreement with Sylvanian rebels.")
    assert country_triples(events) == [("FRD", "0813", "FRD")]


def test_police_stopping_a_protest_against_a_foreign_act_coerce_at_home(
    code: Code, country_triples: Triples
) -> None:
    text = (
        "Freedonian police prevented the demonstration staged by students to protest the"
        " decision of sending troops to Sylvania."
    )
    assert ("FRD", "1721", "FRD") in country_triples(code(text))


def test_police_arresting_foreign_nationals_do_not_coerce_their_own_country(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonian police arrested two Sylvanian nationals.")
    assert ("FRD", "173", "FRD") not in country_triples(events)


def test_trailing_participles_of_force_act_on_whom_the_clause_fired_on(
    code: Code, country_triples: Triples
) -> None:
    text = (
        "Freedonian police opened fire to disperse Sylvanian demonstrators, killing one"
        " person and arresting 12."
    )
    coded = country_triples(code(text))
    assert ("FRD", "190", "SYL") in coded
    assert ("FRD", "173", "SYL") in coded


def test_killing_that_elaborates_a_bombing_is_the_same_attack(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonian jets bombed Sylvanian positions, killing 20 people.")
    assert country_triples(events) == [("FRD", "190", "SYL")]


def test_a_riot_elaborated_by_participles_is_one_protest(code: Code) -> None:
    text = "Sylvanian prisoners rioted at a jail in Marsovia, setting fire to their mattresses."
    assert [e.cameo[:2] for e in code(text)] == ["14"]


def test_a_participle_of_an_ambushed_clause_is_not_its_subjects_act(code: Code) -> None:
    events = code("Freedonian troops were ambushed in Sylvania, killing three.")
    assert all(e.source is None or e.source.country != "FRD" for e in events)
