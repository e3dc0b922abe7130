"""Loading the knowledge base: version, places, search, user overrides, malformed files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from watchfloor.errors import KnowledgeBaseError
from watchfloor.kb import ActorResolver, load_kb

PEOPLE_HEADER = "kb_id\tname\taliases\tcountry\tsector\trole\tvalid_from\tvalid_to\tsource\n"


def test_load_is_cached_per_path() -> None:
    assert load_kb() is load_kb()


def test_version_is_recorded() -> None:
    assert load_kb().version.count(".") == 2


def test_gazetteer_knows_capitals_cities_and_countries() -> None:
    places = load_kb().places
    pyongyang = places.lookup("Pyongyang")
    assert pyongyang is not None and (pyongyang.country, pyongyang.kind) == ("PRK", "capital")
    assert pyongyang.lat is not None and 38 < pyongyang.lat < 40
    kharkiv = places.lookup("Kharkov")
    assert kharkiv is not None and (kharkiv.name, kharkiv.country) == ("Kharkiv", "UKR")
    niger = places.lookup("Niger")
    assert niger is not None and (niger.kind, niger.country) == ("country", "NER")
    assert places.lookup("Atlantis") is None


def test_search_finds_person_roles_held_on_a_date() -> None:
    records = load_kb().search("Sergei Shoigu", on=date(2023, 11, 11))
    assert [(r.kb_id, r.code) for r in records] == [("person:sergei-shoigu", "RUSMIL")]


def test_search_without_date_lists_every_role() -> None:
    codes = {r.code for r in load_kb().search("Sergei Shoigu") if r.kind == "person"}
    assert codes == {"RUSMIL", "RUSGOV"}


def test_curated_rows_replace_phoenix_for_the_same_person() -> None:
    putin = load_kb().people["person:vladimir-putin"]
    assert {r.source for r in putin.roles} == {"curated"}


def test_override_adds_a_person_and_changes_a_role(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        PEOPLE_HEADER
        + "person:jane-roe\tJane Roe\tRoe\tUKR\tSPY\tDirector of Intelligence\t2024-01-01\t\tmine\n"
        + "person:sergei-shoigu\tSergei Shoigu\tShoigu\tRUS\tLEG\tSpeaker\t2020-01-01\t\tmine\n",
        encoding="utf-8",
    )
    resolver = ActorResolver(load_kb(extra))
    jane = resolver.resolve_text("Jane Roe", date(2024, 6, 1))
    assert jane is not None and jane.code == "UKRSPY"
    shoigu = resolver.resolve_text("Shoigu", date(2023, 11, 11))
    assert shoigu is not None and shoigu.code == "RUSLEG"
    assert load_kb(extra).version.endswith("+mine.tsv")


def test_override_folder_adds_organisations_agents_and_aliases(tmp_path: Path) -> None:
    (tmp_path / "orgs.tsv").write_text(
        "kb_id\tname\taliases\tcode\tcountry\tsector\tkind\n"
        "org:acme-front\tAcme Liberation Front\tALF\tNGAREB\tNGA\tREB\tgroup\n",
        encoding="utf-8",
    )
    (tmp_path / "agents.tsv").write_text("term\tsector\nwatchmaker\tBUS\n", encoding="utf-8")
    (tmp_path / "aliases.tsv").write_text("alias\tkb_id\nRooskia\tcountry:RUS\n", encoding="utf-8")
    resolver = ActorResolver(load_kb(tmp_path))
    front = resolver.resolve_text("ALF")
    assert front is not None and front.code == "NGAREB"
    makers = resolver.resolve_text("Swiss watchmakers")
    assert makers is not None and makers.code == "CHEBUS"
    alias = resolver.resolve_text("Rooskia")
    assert alias is not None and alias.code == "RUS"


def test_override_with_unknown_header_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("who\twhat\nx\ty\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="none of the knowledge-base tables"):
        load_kb(bad)


def test_override_with_bad_date_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "people.tsv"
    bad.write_text(
        PEOPLE_HEADER + "person:x\tX Y\t\tRUS\tGOV\tPresident\t2024-13-01\t\tmine\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"people\.tsv line 2"):
        load_kb(bad)


def test_missing_override_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="no such file"):
        load_kb(tmp_path / "absent.tsv")


def test_a_tenure_written_in_two_files_counts_once() -> None:
    kim = [r for r in load_kb().records("person:kim-jong-un") if r.role == "Supreme Leader"]
    assert len(kim) == 1


@pytest.mark.parametrize(
    ("name", "country"),
    [("West Darfur State", "SDN"), ("Sindh province", "PAK"), ("Ontario Province", "CAN")],
)
def test_gazetteer_drops_a_trailing_administrative_word(name: str, country: str) -> None:
    places = load_kb().places
    place = places.lookup(name)
    assert place is not None and place.country == country
    assert places.country_of(name) == country


def test_gazetteer_drops_only_administrative_words() -> None:
    places = load_kb().places
    assert places.lookup("Kano Airport") is None
    assert places.lookup("Atlantis State") is None


@pytest.mark.parametrize(
    ("name", "country"), [("Cizre", "TUR"), ("Gorazde", "BIH"), ("Esfahan", "IRN")]
)
def test_gazetteer_knows_towns_of_past_conflicts(name: str, country: str) -> None:
    place = load_kb().places.lookup(name)
    assert place is not None and place.country == country and place.lat is not None


def test_deputy_secretary_resolves_only_in_her_tenure() -> None:
    assert [r.code for r in load_kb().search("Deputy Secretary Sherman", on=date(2022, 3, 2))] == [
        "USAGOV"
    ]
    assert load_kb().search("Deputy Secretary Sherman", on=date(2024, 3, 2)) == []
