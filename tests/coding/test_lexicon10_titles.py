"""A title and a name the knowledge base does not know, "of" a country, hold that
country's office: "President Jorge Bolano of Freedonia" is Freedonia's government."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def _coded(events: list[Event]) -> list[Coded]:
    return [(_code(e.source), e.cameo, _code(e.target)) for e in events]


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def test_a_titled_unknown_name_of_a_country_is_its_government(code: Code) -> None:
    events = code("President Jorge Bolano of Freedonia met the Sylvanian foreign minister.")
    assert sorted(_coded(events)) == [("FRDGOV", "040", "SYLGOV"), ("SYLGOV", "040", "FRDGOV")]


def test_the_pronoun_of_a_titled_speaker_is_that_government(code: Code) -> None:
    events = code("King Hassan of Freedonia said he would visit Sylvania next month.")
    assert _coded(events) == [("FRDGOV", "042", "SYL")]
