"""Resolver gaps: titled surnames between holders, plural possessives in names, titles
before unknown names, agent nouns before member nouns."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from watchfloor.kb import ActorResolver, load_kb


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def code(resolver: ActorResolver, text: str, on: date | None = None) -> str | None:
    actor = resolver.resolve_text(text, on)
    return actor.code if actor else None


def test_titled_surname_no_one_holds_on_the_date_keeps_the_shared_country(
    resolver: ActorResolver,
) -> None:
    assert code(resolver, "President Bush", date(1996, 6, 1)) == "USAGOV"


def test_titled_surname_of_several_countries_stays_unknown(resolver: ActorResolver) -> None:
    assert code(resolver, "President Rivera", date(1996, 6, 1)) is None


def test_plural_possessive_apostrophe_keeps_an_organisation_name(
    resolver: ActorResolver,
) -> None:
    assert code(resolver, "the Kurdistan Workers' Party") == "TURREB"


def test_title_before_a_name_the_kb_lacks_stays_with_it(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("President Bush met the Russian delegation in Geneva.")
    mentions = resolver.mentions(doc, on=date(1996, 6, 1))
    first = mentions[0]
    assert (first.start, first.end, first.actor.code) == (0, 2, "USAGOV")


def test_agent_before_a_member_noun_names_the_actor(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("The police arrested Kenyan opposition candidates on Monday.")
    codes = {m.actor.code for m in resolver.mentions(doc, on=date(2022, 8, 1))}
    assert "KENOPP" in codes
