"""Actor phrases of lexicon 10: what a nationality word names when it is no party (a
language), and agents named by the body they are affiliated with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from watchfloor.kb import ActorResolver, load_kb

FICTIONAL_KB = Path(__file__).parent.parent / "coding" / "fictional_kb"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb(FICTIONAL_KB))


def codes(nlp: Any, resolver: ActorResolver, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {doc[m.start : m.end].text: m.actor.code for m in resolver.mentions(doc)}


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania lifted curbs on the use of the Freedonian language in schools.",
        "Sylvania closed two Freedonian-language newspapers.",
        "The court banned Freedonian literature and music.",
    ],
)
def test_a_nationality_of_a_culture_names_no_actor(
    nlp: Any, resolver: ActorResolver, text: str
) -> None:
    found = codes(nlp, resolver, text)
    assert "FRD" not in {code[:3] for code in found.values() if code}


def test_a_nationality_before_people_still_names_them(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "Freedonian teachers protested in Sylvania.")
    assert found.get("Freedonian teachers") == "FRDEDU"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Workers affiliated with the Freedonian teachers' union stopped work.",
            "Workers affiliated with the Freedonian",
            "FRDCVL",
        ),
        (
            "Some 200 gunmen affiliated with the Sylvanian army stormed the town on Monday.",
            "gunmen affiliated with the Sylvanian",
            "SYLREB",
        ),
    ],
)
def test_agents_affiliated_with_a_body_are_of_its_country(
    nlp: Any, resolver: ActorResolver, text: str, phrase: str, code: str
) -> None:
    assert codes(nlp, resolver, text).get(phrase) == code


def test_affiliated_to_in_isolation(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("gunmen affiliated to the Sylvanian army")
    assert actor is not None and actor.code == "SYLREB"


def test_affiliated_as_a_verb_joins_nothing(nlp: Any, resolver: ActorResolver) -> None:
    found = codes(nlp, resolver, "The rebels affiliated themselves with Sylvania last year.")
    assert found.get("Sylvania") == "SYL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sylvanian Freedonians", "SYLCVL"),
        ("Sylvanian Freedonian", "SYL"),
        ("Freedonians", "FRDCVL"),
    ],
)
def test_a_people_of_a_country_are_its_civilians(
    resolver: ActorResolver, text: str, code: str
) -> None:
    actor = resolver.resolve_text(text)
    assert actor is not None and actor.code == code
