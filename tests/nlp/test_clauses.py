"""Dependency-tree helpers, with the real spaCy parse."""

from __future__ import annotations

from typing import Any

from watchfloor.nlp.clauses import entity


def test_entity_is_the_whole_named_entity_around_a_token(nlp: Any) -> None:
    doc = nlp("Troops crossed the border on 12 March 2022 near the city of New Delhi.")
    march = next(t for t in doc if t.text == "March")
    expected = next(ent for ent in doc.ents if ent.start <= march.i < ent.end)
    found = entity(march)
    assert (found.start, found.end, found.label_) == (expected.start, expected.end, "DATE")


def test_entity_of_a_token_outside_any_entity_is_the_token(nlp: Any) -> None:
    doc = nlp("Troops crossed the border.")
    crossed = doc[1]
    assert entity(crossed).text == "crossed"
