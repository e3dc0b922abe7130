"""A people named by nationality and placed in a country belongs to that country;
"ethnic" names descent, and a person placed somewhere keeps their own country."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.kb import ActorResolver, load_kb


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def codes(nlp: Any, resolver: ActorResolver, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {doc[m.start : m.end].text: m.actor.code for m in resolver.mentions(doc)}


def test_ethnic_group_in_a_region_of_a_country(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "Ethnic Hungarians in western Romania protested.")
    assert found == {"Hungarians in western Romania": "ROUCVL"}


def test_people_of_a_country_after_of(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "The Albanians of southern Serbia protested.")
    assert list(found.values()) == ["SRBCVL"]


def test_nationals_in_a_country_keep_their_nationality(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "Americans in Iraq were evacuated on Monday.")
    assert found == {"Americans": "USACVL", "Iraq": "IRQ"}


def test_troops_in_a_region_keep_their_country(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "Russian troops in eastern Ukraine shelled the town.")
    assert found == {"Russian troops in eastern Ukraine": "RUSMIL"}


def test_ethnic_nationality_is_descent_not_citizenship(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "Ethnic Albanians marched on Sunday.")
    assert found == {"Albanians": None}


def test_ethnic_people_is_civilians_awaiting_a_place(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Ethnic Albanians marched on Sunday.")
    (mention,) = resolver.mentions(doc)
    assert (mention.kind, mention.actor.sector) == ("agent", "CVL")


def test_ethnic_group_of_fighters_has_no_country(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "Ethnic Albanian guerrillas attacked a police station.")
    assert found.get("Albanian guerrillas", "missing") is None


def test_person_placed_in_a_city_keeps_own_country(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "King Abdullah II in Tel Aviv refused to meet Katsav.")
    assert found["King Abdullah II in Tel Aviv"] == "JORGOV"


def test_a_place_on_the_verb_is_not_the_persons(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "Katsav met King Abdullah II in Tel Aviv on Monday.")
    assert found["King Abdullah II"] == "JORGOV"
    assert "King Abdullah II in Tel Aviv" not in found


def test_troops_withdrawn_from_a_country_are_not_its_troops(
    nlp: Any, resolver: ActorResolver
) -> None:
    found = codes(nlp, resolver, "Russia withdrew its troops from Georgia.")
    assert found.get("troops") is None
    assert found["Georgia"] == "GEO"


def test_forces_a_withdrawal_takes_from_a_country_are_not_its_forces(
    nlp: Any, resolver: ActorResolver
) -> None:
    found = codes(nlp, resolver, "Russia began the withdrawal of some forces from Georgia.")
    assert "forces from Georgia" not in " ".join(found)
    assert found["Georgia"] == "GEO"


def test_person_of_a_country_takes_it(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "King Abdullah II of Jordan arrived.")
    assert found == {"King Abdullah II of Jordan": "JORGOV"}
