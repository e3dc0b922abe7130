"""Who acts on whom: demanded clauses, governed acts, member nouns, coordinated modifiers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_subject_of_a_demanded_clause_is_the_target(code: Code) -> None:
    events = code("Freedonia demanded that Sylvania withdraw its troops from the border.")
    assert dyads(events) == {("FRD", "SYL", "10")}


def test_content_of_a_demand_is_not_coded_as_an_event(code: Code) -> None:
    events = code("Freedonia urged that Sylvania attack the rebels.")
    assert all(e.source is None or e.source.country != "SYL" for e in events)


def test_infinitive_under_an_offer_is_promised_not_done(code: Code) -> None:
    events = code("Freedonia offered troops to Sylvania to help fight Russia.")
    assert ("FRD", "SYL", "03") in dyads(events)
    assert all(not e.cameo.startswith("19") for e in events)


def test_group_of_diplomats_takes_the_members_country(code: Code) -> None:
    events = code("A group of Freedonian diplomats held talks with Sylvania on Monday.")
    assert ("FRD", "SYL", "04") in dyads(events)


def test_people_from_an_organisation_act_for_it(code: Code) -> None:
    events = code("Doctors from Freedonian aid groups delivered medicine to Sylvania.")
    assert dyads(events) == {("FRD", "SYL", "07")}


def test_coordinated_nationality_modifiers_name_both_sides(code: Code) -> None:
    events = code("The Freedonian and Sylvanian sides agreed to resume talks.")
    assert dyads(events) == {
        ("FRD", "SYL", "03"),
        ("SYL", "FRD", "03"),
        ("FRD", "SYL", "04"),  # the agreed talks, planned
        ("SYL", "FRD", "04"),
    }
    assert {e.certainty.value for e in events if e.cameo.startswith("04")} == {"planned"}


def test_ethnic_group_in_a_country_belongs_to_that_country(code: Code) -> None:
    events = code(
        "Ethnic Freedonians in southern Sylvania demanded autonomy from the Sylvanian government."
    )
    assert {e.source.country for e in events if e.source} == {"SYL"}


def test_gerund_after_look_forward_to_is_the_subjects_planned_act(code: Code) -> None:
    events = code("Freedonia looks forward to welcoming the Sylvanian president.")
    assert [(e.cameo, e.source and e.source.country, e.target and e.target.country,
             e.certainty.value) for e in events] == [("043", "FRD", "SYL", "planned")]  # fmt: skip


def test_gerund_after_resorted_to_is_the_subjects_act(code: Code) -> None:
    events = code("Freedonian rebels resorted to shelling Sylvania.")
    assert {(e.source and e.source.code, e.target and e.target.country, e.certainty.value)
            for e in events} == {("FRDREB", "SYL", "asserted")}  # fmt: skip


def test_gerund_of_an_accusation_is_not_the_accusers_act(code: Code) -> None:
    events = code("Freedonia accused Sylvania of shelling the border town.")
    assert all(e.source is None or e.source.country != "FRD" for e in events if e.cameo[:2] == "19")
