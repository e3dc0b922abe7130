"""Actors the knowledge base could know: people by first and last name, places whose
names hold a country's, peoples that live in one country."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from watchfloor.kb import ActorResolver, load_kb

PEOPLE_HEADER = "kb_id\tname\taliases\tcountry\tsector\trole\tvalid_from\tvalid_to\tsource\n"
ON = date(2010, 6, 1)


def _people(tmp_path: Path, rows: list[str]) -> ActorResolver:
    extra = tmp_path / "people.tsv"
    extra.write_text(PEOPLE_HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return ActorResolver(load_kb(extra))


def _row(kb_id: str, name: str, country: str, end: str = "") -> str:
    return f"person:{kb_id}\t{name}\t\t{country}\tGOV\tPresident\t2005-01-01\t{end}\tmine"


def test_a_middle_name_may_be_left_out(tmp_path: Path) -> None:
    resolver = _people(tmp_path, [_row("ob", "Carlos Quentin Obermaier", "UKR", "2009-01-01")])
    found = resolver.resolve_text("Carlos Obermaier", date(2007, 1, 1))
    assert found is not None and (found.code, found.kb_id) == ("UKRGOV", "person:ob")
    former = resolver.resolve_text("former president Carlos Obermaier", ON)
    assert former is not None and former.code == "UKRELI"


def test_a_middle_initial_may_be_left_out(tmp_path: Path) -> None:
    resolver = _people(tmp_path, [_row("zw", "Harold K. Zwieback", "CAN")])
    found = resolver.resolve_text("Harold Zwieback", ON)
    assert found is not None and found.kb_id == "person:zw"


def test_a_short_form_two_people_share_is_left_out(tmp_path: Path) -> None:
    resolver = _people(
        tmp_path,
        [_row("a", "Carlos Quentin Obermaier", "UKR"), _row("b", "Carlos Peter Obermaier", "POL")],
    )
    found = resolver.resolve_text("Carlos Obermaier", ON)
    assert found is None or found.kb_id is None


def test_a_short_form_that_is_someone_elses_name_is_left_out(tmp_path: Path) -> None:
    resolver = _people(
        tmp_path,
        [_row("a", "Carlos Quentin Obermaier", "UKR"), _row("b", "Carlos Obermaier", "POL")],
    )
    found = resolver.resolve_text("Carlos Obermaier", ON)
    assert found is not None and found.kb_id == "person:b"


@pytest.mark.parametrize(
    ("name", "country", "short"),
    [
        ("Augusto Zwieback Obermaier", "CHL", "Augusto Obermaier"),  # a second surname
        ("Kim Dae Obermaier", "KOR", "Kim Obermaier"),  # family name first
        ("Mohamed Quentin Obermaier", "EGY", "Mohamed Obermaier"),  # a father's name
        ("Abu Quentin Obermaier", "UKR", "Abu Obermaier"),  # a particle
    ],
)
def test_no_short_form_where_first_and_last_make_no_name(
    tmp_path: Path, name: str, country: str, short: str
) -> None:
    resolver = _people(tmp_path, [_row("x", name, country)])
    found = resolver.resolve_text(short, ON)
    assert found is None or found.kb_id != "person:x"


def test_menem_by_first_and_last_name() -> None:
    found = ActorResolver(load_kb()).resolve_text("former president Carlos Menem", ON)
    assert found is not None and found.code == "ARGELI"


def _places(tmp_path: Path) -> ActorResolver:
    (tmp_path / "countries.tsv").write_text(
        "code\tname\taliases\tdemonyms\tcapital\n"
        "FRD\tFreedonia\t\tFreedonian|Freedonians\t\n"
        "SYL\tSylvania\t\tSylvanian|Sylvanians\t\n",
        encoding="utf-8",
    )
    (tmp_path / "places.tsv").write_text(
        "name\taliases\tcountry\tkind\tlat\tlon\tresolve\n"
        "New Freedonia\t\tSYL\tregion\t\t\t\n"
        "Freedonian Sea\t\t\tregion\t\t\tblock\n",
        encoding="utf-8",
    )
    return ActorResolver(load_kb(tmp_path))


def test_a_place_whose_name_holds_a_country_is_its_own_country(tmp_path: Path) -> None:
    resolver = _places(tmp_path)
    governor = resolver.resolve_text("New Freedonia Governor", ON)
    assert governor is not None and governor.code == "SYLGOV"
    country = resolver.resolve_text("Freedonia", ON)
    assert country is not None and country.code == "FRD"


def test_a_blocking_name_hides_the_country_inside_it(tmp_path: Path) -> None:
    resolver = _places(tmp_path)
    assert resolver.resolve_text("the Freedonian Sea", ON) is None
    ships = resolver.resolve_text("Sylvanian ships in the Freedonian Sea", ON)
    assert ships is not None and ships.country == "SYL"
    assert load_kb(tmp_path).places.lookup("Freedonian Sea") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("New Mexico Governor", "USAGOV"),
        ("New South Wales police", "AUSCOP"),
        ("Niger State governor", "NGAGOV"),
        ("East Azerbaijan province", "IRN"),
        ("Georgia", "GEO"),
        ("Guinea-Bissau", "GNB"),
        ("Papua New Guinea", "PNG"),
        ("Mexico", "MEX"),
    ],
)
def test_shipped_places_that_hold_a_countrys_name(text: str, code: str) -> None:
    found = ActorResolver(load_kb()).resolve_text(text, ON)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", ["New Guinea", "the South China Sea", "the Persian Gulf"])
def test_shipped_names_of_no_one_country(text: str) -> None:
    assert ActorResolver(load_kb()).resolve_text(text, ON) is None


ETHNIC_HEADER = "group\tforms\tcountry\tusage\n"


def _peoples(tmp_path: Path) -> ActorResolver:
    (tmp_path / "ethnic.tsv").write_text(
        ETHNIC_HEADER + "Zembla\tZemblans\tUKR\t\nMelinda\tMelindas\tPOL\tnoun\n",
        encoding="utf-8",
    )
    return ActorResolver(load_kb(tmp_path))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Zemblans", "UKRCVL"),  # a people alone: civilians
        ("the Zembla", "UKRCVL"),
        ("ethnic Zemblans", "UKRCVL"),  # a people's word keeps its country after "ethnic"
        ("Zembla guerrillas", "UKRREB"),  # an agent noun keeps its sector
        ("Zembla leaders", "UKRELI"),  # its leaders are notables, not the state
        ("a group of Zembla leaders", "UKRELI"),
        ("Zembla traditional elders", "UKRELI"),
        ("Zemblans in Romania", "ROUCVL"),  # a people living elsewhere
        ("Melinda guerrillas", "POLREB"),
        ("the Melinda", "POLCVL"),
    ],
)
def test_a_people_of_one_country(tmp_path: Path, text: str, code: str) -> None:
    found = _peoples(tmp_path).resolve_text(text, ON)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", ["Melinda", "Melinda Smith", "the Melinda Gates Foundation"])
def test_a_people_that_is_a_first_name_only_before_a_noun(tmp_path: Path, text: str) -> None:
    found = _peoples(tmp_path).resolve_text(text, ON)
    assert found is None or found.country != "POL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A group of Yoruba leaders", "NGAELI"),
        ("Ibo traditional elders", "NGAELI"),
        ("a Karen guerrilla stronghold", "MMRREB"),
        ("Uighurs", "CHNCVL"),
        ("Chechen rebels", "RUSREB"),
        ("the Amhara region", "ETH"),  # the region of the same name
    ],
)
def test_shipped_peoples(text: str, code: str) -> None:
    found = ActorResolver(load_kb()).resolve_text(text, ON)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", ["Karen", "Karen Smith", "Kurdish leaders", "Hutu rebels"])
def test_shipped_peoples_leave_out_names_and_peoples_of_several_countries(text: str) -> None:
    found = ActorResolver(load_kb()).resolve_text(text, ON)
    assert found is None or found.country is None
