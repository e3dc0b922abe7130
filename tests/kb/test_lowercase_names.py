"""Names the knowledge base writes with a lower-case first word ("al-Qaeda", "von der
Leyen") match when the text writes them so; administrations named after a president
and the Islamic Salvation Front resolve to their CAMEO codes."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.kb import ActorResolver, load_kb


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def code(resolver: ActorResolver, text: str, on: date | None = None) -> str | None:
    actor = resolver.resolve_text(text, on)
    return actor.code if actor else None


@pytest.mark.parametrize("text", ["al-Qaeda", "Al-Qaeda", "al-Qaeda leaders"])
def test_al_qaeda_matches_as_the_kb_writes_it(resolver: ActorResolver, text: str) -> None:
    assert code(resolver, text, date(2003, 1, 1)) == "IMGMUSALQ"


def test_a_lower_case_particle_name_matches_mid_sentence(resolver: ActorResolver) -> None:
    assert code(resolver, "von der Leyen", date(2022, 1, 1)) == "IGOEUREEC"


def test_a_lower_case_common_word_is_still_no_name(resolver: ActorResolver) -> None:
    assert code(resolver, "hamas", date(2022, 1, 1)) is None


@pytest.mark.parametrize("on", [date(1991, 6, 1), date(2003, 3, 1)])
def test_either_bush_administration_is_the_us_government(resolver: ActorResolver, on: date) -> None:
    assert code(resolver, "the Bush administration", on) == "USAGOV"


def test_islamic_salvation_front_is_algerian_opposition(resolver: ActorResolver) -> None:
    assert code(resolver, "the Islamic Salvation Front", date(1999, 7, 1)) == "DZAOPP"
