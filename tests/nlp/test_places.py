"""Event locations from the trigger's clause, with the knowledge base's gazetteer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from watchfloor.domain import Location
from watchfloor.kb import load_kb
from watchfloor.nlp.places import Gazetteer, find_location


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return load_kb().places


def _where(nlp: Any, find: Callable[..., Any], places: Gazetteer, text: str, trigger: str) -> Any:
    doc = nlp(text)
    return find_location(find(doc, trigger), places)


def test_seed_visited_the_capital_of_pyongyang(
    seed_docs: dict[str, Doc], find: Callable[..., Any], places: Gazetteer
) -> None:
    found = find_location(find(seed_docs["000"], "visited"), places)
    assert found is not None
    assert (found.name, found.country) == ("Pyongyang", "PRK")
    assert found.lat is not None and found.lon is not None


def test_seed_travel_to_russia_places_the_trip_and_its_purpose(
    seed_docs: dict[str, Doc], find: Callable[..., Any], places: Gazetteer
) -> None:
    doc = seed_docs["004"]
    assert find_location(find(doc, "travel"), places) == Location("Russia", "RUS")
    assert find_location(find(doc, "discuss"), places) == Location("Russia", "RUS")


def test_talks_in_geneva(nlp: Any, find: Callable[..., Any], places: Gazetteer) -> None:
    found = _where(nlp, find, places, "The two sides held talks in Geneva on Monday.", "talks")
    assert found is not None and (found.name, found.country) == ("Geneva", "CHE")


def test_killed_in_a_city(nlp: Any, find: Callable[..., Any], places: Gazetteer) -> None:
    found = _where(nlp, find, places, "Seven civilians were killed in Kharkiv.", "killed")
    assert found is not None and found.country == "UKR"


def test_conjoined_verb_shares_its_heads_place(
    nlp: Any, find: Callable[..., Any], places: Gazetteer
) -> None:
    text = "Kim arrived in Vladivostok on Wednesday and met Putin."
    found = _where(nlp, find, places, text, "met")
    assert found is not None and found.name == "Vladivostok"


def test_nationality_of_an_actor_is_no_location(
    nlp: Any, find: Callable[..., Any], places: Gazetteer
) -> None:
    text = "Russian troops shelled the positions of Ukrainian soldiers."
    assert _where(nlp, find, places, text, "shelled") is None


def test_recipient_is_no_location(nlp: Any, find: Callable[..., Any], places: Gazetteer) -> None:
    text = "North Korea is providing weapons to Russia."
    assert _where(nlp, find, places, text, "providing") is None


def test_place_in_another_clause_is_not_the_events(
    nlp: Any, find: Callable[..., Any], places: Gazetteer
) -> None:
    text = "Officials in Kyiv said that Russian troops crossed the border."
    assert _where(nlp, find, places, text, "crossed") is None
