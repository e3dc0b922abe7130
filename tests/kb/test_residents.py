"""A people named by nationality and placed in a country belongs to that country."""

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
