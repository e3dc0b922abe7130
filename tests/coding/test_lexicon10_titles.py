"""A title and a name the knowledge base does not know, "of" a country, hold that
country's office: "President Jorge Bolano of Freedonia" is Freedonia's government."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def test_a_titled_unknown_name_of_a_country_is_its_government(
    code: Code, code_triples: Triples
) -> None:
    events = code("President Jorge Bolano of Freedonia met the Sylvanian foreign minister.")
    assert sorted(code_triples(events)) == [
        ("FRDGOV", "040", "SYLGOV"),
        ("SYLGOV", "040", "FRDGOV"),
    ]


def test_the_pronoun_of_a_titled_speaker_is_that_government(
    code: Code, code_triples: Triples
) -> None:
    events = code("King Hassan of Freedonia said he would visit Sylvania next month.")
    assert code_triples(events) == [("FRDGOV", "042", "SYL")]
