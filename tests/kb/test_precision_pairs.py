"""Two parties joined by a hyphen name a relation between them, not one actor."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.kb import ActorResolver, load_kb


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def _mentioned(resolver: ActorResolver, nlp: Any, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.actor.country) for m in resolver.mentions(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "They praised the U.S.-Israel partnership on Monday.",
        "The US-Japan alliance was discussed at length.",
        "They prepared for the EU-China summit.",
    ],
)
def test_hyphenated_pair_of_parties_is_no_actor(
    resolver: ActorResolver, nlp: Any, text: str
) -> None:
    assert _mentioned(resolver, nlp, text) == []


def test_hyphenated_country_name_still_resolves(resolver: ActorResolver, nlp: Any) -> None:
    assert [c for _, c in _mentioned(resolver, nlp, "Guinea-Bissau held elections.")] == ["GNB"]


def test_party_before_a_hyphenated_participle_still_resolves(
    resolver: ActorResolver, nlp: Any
) -> None:
    mentioned = _mentioned(resolver, nlp, "The U.S.-led coalition struck targets in Syria.")
    assert ("USA" in {c for _, c in mentioned}) and ("SYR" in {c for _, c in mentioned})
