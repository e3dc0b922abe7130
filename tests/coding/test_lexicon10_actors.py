"""Lexicon 10: actors of event arguments that were missed or wrongly resolved: the
subject of "be engaged in <act>", roles stated by an apposition, actors named inside an
institution's name, and others."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def test_the_subject_of_engaged_in_an_act_does_it(code: Code, code_triples: Triples) -> None:
    events = code("Freedonian forces were engaged in ethnic cleansing in Sylvania.")
    assert code_triples(events) == [("FRDMIL", "203", "SYL")]


def test_engaged_by_someone_is_still_a_passive(code: Code) -> None:
    events = code("Freedonian forces were engaged in ethnic cleansing by Sylvanian rebels.")
    assert all(_code(e.source) != "FRDMIL" for e in events)


def test_an_apposition_naming_a_body_outranks_the_clause_place(code: Code) -> None:
    text = (
        "Rufus Firefly, the United Nations Emergency Relief Coordinator, "
        "criticized the rebels in Sylvania."
    )
    events = code(text, date(2010, 6, 1))
    assert [_code(e.source) for e in events] == ["IGOUNO"]


def test_an_unjoined_title_of_a_body_is_not_placed(code: Code) -> None:
    events = code(
        "The United Nations Emergency Relief Coordinator criticized the rebels in Sylvania."
    )
    assert [_code(e.source) for e in events] == ["IGOUNO"]


def test_a_place_inside_a_name_gives_the_agent_its_country(
    code: Code, code_triples: Triples
) -> None:
    events = code("Fenwick Municipality Association officials demanded aid from Sylvania.")
    assert code_triples(events) == [("GFWGOV", "023", "SYL")]


def test_a_capital_inside_an_institution_name_is_no_government(
    code: Code, code_triples: Triples
) -> None:
    events = code("Sylvanian police raided the Fenwick University Medical School.")
    assert code_triples(events) == [("SYLCOP", "190", "GFWEDU")]


def test_a_participle_of_a_verbless_sentence_is_its_verb(code: Code, code_triples: Triples) -> None:
    text = (
        "Doctors from two Freedonian aid groups donated and personally delivered "
        "$50,000 worth of medicine to a Sylvanian hospital."
    )
    assert code_triples(code(text)) == [("FRDMED", "073", "SYLMED")]


def test_a_passive_headline_keeps_its_victims(code: Code) -> None:
    events = code("Five Freedonian soldiers killed by Sylvanian rebels near the border.")
    assert all(_code(e.source) != "FRDMIL" for e in events)


def test_promising_to_democratize_is_intent_to_reform(code: Code, code_triples: Triples) -> None:
    events = code("The Freedonian government vowed to democratize the country.")
    assert code_triples(events) == [("FRDGOV", "0344", None)]
    events = code("Freedonian President Rufus Firefly promised to reform the constitution.")
    assert code_triples(events) == [("FRDGOV", "034", None)]
