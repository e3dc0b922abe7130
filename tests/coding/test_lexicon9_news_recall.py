"""Argument rules for news recall: adverbial participles of time take their clause's
subject, a speaker takes part in the meeting a statement is made in, and an order to
one's own forces is no demand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_country(e.source), e.cameo, _country(e.target)) for e in events]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# -- adverbial participles of time -------------------------------------------------------


def test_a_passive_participle_after_a_preposition_of_time_acts_on_the_subject(
    code: Code,
) -> None:
    events = code(
        "The Sylvanian opposition leader is in intensive care after being arrested at a rally."
    )
    assert _coded(events) == [(None, "173", "SYL")]


def test_a_passive_participle_with_an_agent_keeps_the_subject_as_its_patient(
    code: Code,
) -> None:
    events = code(
        "The Sylvanian activist died in custody after being tortured by Freedonian police."
    )
    assert ("FRD", "1822", "SYL") in _coded(events)


def test_an_active_participle_of_time_is_done_by_the_subject(code: Code) -> None:
    events = code("Freedonian troops withdrew after shelling Sylvanian villages.")
    assert ("FRD", "194", "SYL") in _coded(events)


def test_a_fronted_participle_is_done_by_the_subject(code: Code) -> None:
    events = code(
        "Having met the Freedonian president, the Sylvanian president said talks went well."
    )
    assert sorted(_coded(events)) == [("FRD", "040", "SYL"), ("SYL", "040", "FRD")]


def test_a_participle_marked_by_while_is_done_by_the_subject(code: Code) -> None:
    events = code("The Sylvanian rebel leader was killed while visiting Freedonia.")
    assert ("SYL", "042", "FRD") in _coded(events)


def test_a_trailing_participle_elaborates_and_codes_no_event_of_its_own(code: Code) -> None:
    events = code("Freedonian troops shelled Sylvanian villages, killing ten civilians.")
    assert [e.cameo for e in events] == ["194"]


def test_an_act_done_without_is_not_done(code: Code) -> None:
    assert code("Freedonia acted without consulting Sylvania.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania insisted on holding talks with Freedonia.",
        "Sylvania insisted upon holding talks with Freedonia.",
    ],
)
def test_what_a_verb_insists_on_is_not_done(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.cameo[:2] == "04"] == []


# -- meetings a statement is made in ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        (
            "The Freedonian president said in a meeting with the Sylvanian president that "
            "the border would stay open.",
            "040",
        ),
        (
            "In a meeting with the Sylvanian president, the Freedonian president stressed "
            "that the border would stay open.",
            "040",
        ),
        (
            "The Freedonian president said during talks with the Sylvanian president that "
            "the border would stay open.",
            "046",
        ),
    ],
)
def test_a_speaker_takes_part_in_the_meeting_they_speak_in(
    code: Code, text: str, cameo: str
) -> None:
    assert sorted(_coded(code(text))) == [("FRD", cameo, "SYL"), ("SYL", cameo, "FRD")]


def test_talks_on_another_act_are_no_setting_of_it(code: Code) -> None:
    events = code("Freedonia agreed to Sylvanian mediation in the talks with the rebels.")
    assert [e for e in events if e.cameo[:2] == "04"] == []


def test_talks_ahead_are_not_yet_held(code: Code) -> None:
    events = code("The Freedonian president spoke ahead of talks with the Sylvanian president.")
    assert events == []


# -- instructions -----------------------------------------------------------------------


def test_an_order_to_ones_own_forces_is_no_demand_on_the_place(code: Code) -> None:
    events = code("The Freedonian government ordered its troops to leave Sylvania.")
    assert [e for e in events if e.cameo[:2] == "10"] == []
