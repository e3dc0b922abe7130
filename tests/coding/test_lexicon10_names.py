"""Actors the knowledge base knows by other means, through the coder: a people of one
country (and its word that is also a first name), a place whose name holds a country's,
a name of no one country."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from watchfloor.coding.events import EventCoder
from watchfloor.domain import Event
from watchfloor.kb import ActorResolver, load_kb

FICTIONAL_KB = Path(__file__).parent / "fictional_kb"
Code = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def code(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Code:
    folder = tmp_path_factory.mktemp("names10")
    for table in FICTIONAL_KB.glob("*.tsv"):
        shutil.copy(table, folder / table.name)
    (folder / "ethnic.tsv").write_text(
        "group\tforms\tcountry\tusage\nZembla\tZemblans\tFRD\t\nMelinda\tMelindas\tFRD\tnoun\n",
        encoding="utf-8",
    )
    (folder / "more_places.tsv").write_text(
        "name\taliases\tcountry\tkind\tlat\tlon\tresolve\n"
        "New Sylvania\t\tFRD\tregion\t\t\t\n"
        "Sylvanian Sea\t\t\tregion\t\t\tblock\n",
        encoding="utf-8",
    )
    coder = EventCoder(ActorResolver(load_kb(folder)))

    def run(text: str) -> list[Event]:
        return coder.code(nlp(text), "test-article", date(2023, 11, 11))

    return run


def _codes(events: list[Event]) -> list[tuple[str | None, str, str | None]]:
    return [
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        for e in events
    ]


def test_guerrillas_of_a_people_are_its_countrys_rebels(code: Code) -> None:
    events = code("Zembla guerrillas attacked Sylvanian troops on Monday.")
    assert [(s, c[:2], t) for s, c, t in _codes(events)] == [("FRDREB", "19", "SYLMIL")]


def test_leaders_of_a_people_are_its_notables(code: Code) -> None:
    events = code("A group of Zembla leaders criticized the Sylvanian government.")
    assert [(s, t) for s, _, t in _codes(events)] == [("FRDELI", "SYLGOV")]


def test_a_people_word_that_is_a_first_name_names_no_people(code: Code) -> None:
    events = code("Melinda Hobbs criticized the Sylvanian government.")
    assert all(e.source is None or e.source.country != "FRD" for e in events)
    rebels = code("Melinda rebels attacked Sylvanian troops on Monday.")
    assert [s for s, _, _ in _codes(rebels)] == ["FRDREB"]


def test_a_place_holding_a_countrys_name_is_its_own_countrys(code: Code) -> None:
    events = code("The New Sylvania governor criticized the Sylvanian government.")
    assert [(s, t) for s, _, t in _codes(events)] == [("FRDGOV", "SYLGOV")]


def test_a_name_of_no_one_country_is_no_actor(code: Code) -> None:
    events = code("Freedonian warships attacked fishing boats in the Sylvanian Sea.")
    assert all(e.target is None or e.target.country != "SYL" for e in events)
