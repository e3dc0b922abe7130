"""Actor phrases of allegiance and base, resolved in isolation: "forces loyal to
President X", "militants loyal to Y's president", "a group based in Y", "a Y-based
newspaper"."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from watchfloor.kb import ActorResolver, load_kb


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("forces loyal to President Laurent Gbagbo", "CIVMIL"),
        ("militants loyal to Iraq's al-Qaeda leader", "IRQREB"),
        ("militants loyal to Hamas", "PSEREB"),
        ("a London-based newspaper", "GBRJRN"),
        ("rebels based in eastern Sudan", "SDNREB"),
    ],
)
def test_allegiance_and_base_give_the_country(
    resolver: ActorResolver, text: str, code: str
) -> None:
    actor = resolver.resolve_text(text, date(2004, 6, 1))
    assert actor is not None and actor.code == code


def test_based_as_a_verb_joins_nothing(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Last year Russia based troops in Syria.")
    found = {doc[m.start : m.end].text: m.actor.code for m in resolver.mentions(doc)}
    assert found.get("Russia") == "RUS"
