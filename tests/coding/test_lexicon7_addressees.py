"""Lexicon 7: a complaint lodged with an addressee targets what it is about, a welcome
given to a visitor is hosting, ordered or stepped-up patrols show police power, and a
place named with its administrative word is still the gazetteer's place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_party(e.source), e.cameo, _party(e.target)) for e in events]


def _party(actor: Actor | None) -> str | None:
    return (actor.country or actor.code) if actor is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia lodged a complaint with the United Nations over Sylvanian raids.",
        "Freedonia filed a complaint with the United Nations against Sylvania.",
    ],
)
def test_complaint_lodged_with_an_addressee_targets_its_grievance(code: Code, text: str) -> None:
    assert _coded(code(text)) == [("FRD", "114", "SYL")]


def test_complaint_about_no_one_targets_the_body_it_is_lodged_with(code: Code) -> None:
    events = code("Freedonia lodged a complaint with the United Nations about the weather.")
    assert _coded(events) == [("FRD", "114", "IGOUNO")]


def test_protest_note_sent_to_a_government_is_a_complaint(code: Code) -> None:
    assert _coded(code("Freedonia sent a protest note to Sylvania.")) == [("FRD", "114", "SYL")]


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian president gave a warm welcome to the Sylvanian leader.",
        "The Freedonian president gave the Sylvanian leader a warm welcome.",
    ],
)
def test_welcome_given_to_a_visitor_is_hosting(code: Code, text: str) -> None:
    assert _coded(code(text)) == [("FRD", "043", "SYL")]


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian president gave a speech to the Sylvanian parliament.",
        "The Freedonian president gave a warm welcome to the new law.",
    ],
)
def test_speeches_and_welcomes_to_things_are_no_visit(code: Code, text: str) -> None:
    assert [e.cameo for e in code(text) if e.cameo.startswith("04")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian government stepped up police patrols in the capital.",
        "Freedonian police increased patrols along the border.",
    ],
)
def test_more_patrols_show_police_power(code: Code, text: str) -> None:
    assert [e.cameo for e in code(text)] == ["150"]


def test_ordering_goods_is_no_show_of_force(code: Code) -> None:
    assert code("The Freedonian government ordered new textbooks for schools.") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sylvania lifted a state of emergency in West Darfur State.", "SDN"),
        ("Freedonian authorities imposed a curfew in Kano State.", "NGA"),
    ],
)
def test_domestic_act_in_a_place_named_with_its_rank(code: Code, text: str, country: str) -> None:
    assert [e.target.country for e in code(text) if e.target is not None] == [country]
