"""Event locations: the place a trigger's clause says the event happened.

"visited Pyongyang", "talks in Geneva", "visited the capital of Pyongyang",
"will travel to Russia". Only a place stated in the trigger's clause counts:
never an actor's nationality ("Russian troops"), never a place elsewhere in
the sentence. Coordinates and country come from the gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Protocol

from spacy.tokens import Span, Token

from watchfloor.domain import Location
from watchfloor.nlp.clauses import clause_tokens, entity, phrase, shared_heads

# Prepositions that place an event, and those that place it only after a verb of motion.
LOCATIVE: frozenset[str] = frozenset(
    {"in", "at", "near", "inside", "outside", "outside of", "within", "across", "around", "on"}
)
DIRECTIONAL: frozenset[str] = frozenset({"to", "into"})
MOTION: frozenset[str] = frozenset(
    {
        "travel",
        "go",
        "fly",
        "arrive",
        "come",
        "return",
        "head",
        "trip",
        "visit",
        "journey",
        "deploy",
        "march",
        "advance",
        "move",
        "send",
        "dispatch",
        "transfer",
    }
)
# Verbs and nouns whose object is where the event happens ("visited Pyongyang").
PLACE_OBJECT: frozenset[str] = frozenset(
    {
        "visit",
        "tour",
        "enter",
        "reach",
        "invade",
        "occupy",
        "shell",
        "bomb",
        "capture",
        "seize",
        "besiege",
        "raid",
        "storm",
        "liberate",
        "retake",
        "attack",
        "strike",
        "hit",
    }
)
# Nouns that name a part of a place: "the capital of Pyongyang", "the city of Bakhmut".
CONTAINERS: frozenset[str] = frozenset(
    {
        "capital",
        "city",
        "town",
        "village",
        "region",
        "province",
        "port",
        "outskirts",
        "suburbs",
        "centre",
        "center",
        "border",
        "streets",
        "heart",
        "area",
        "district",
        "territory",
        "coast",
        "island",
    }
)
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
# Entity types that are never a place, even when the gazetteer knows the word.
NOT_PLACES: frozenset[str] = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})


class PlaceRecord(Protocol):
    """A gazetteer entry (`watchfloor.kb` `Place`)."""

    @property
    def name(self) -> str: ...

    @property
    def country(self) -> str | None: ...

    @property
    def lat(self) -> float | None: ...

    @property
    def lon(self) -> float | None: ...


class Gazetteer(Protocol):
    """The places index of the knowledge base: countries, capitals, major cities."""

    def lookup(
        self, name: str, on: date | None = None, near: frozenset[str] = frozenset()
    ) -> PlaceRecord | None: ...


def find_location(
    trigger: Token, places: Gazetteer, on: date | None = None, near: frozenset[str] = frozenset()
) -> Location | None:
    """Where the event `trigger` names happened, if its clause says; else None. The
    place is as it was on `on`, and a name places of several countries bear is the one
    of the country the sentence names (`near`, see the gazetteer's `lookup`)."""
    for head in shared_heads(trigger):
        for candidate in _candidates(head):
            location = _locate(candidate, places, on, near)
            if location is not None:
                return location
    return None


def _candidates(trigger: Token) -> Iterator[Token]:
    """Place words of the clause: locative objects first, nearest to the trigger first."""
    members = {t.i for t in clause_tokens(trigger)}
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "attr"))]
    for head in heads:
        for child in sorted(head.children, key=lambda c: abs(c.i - trigger.i)):
            if child.dep_ == "prep" and _places_event(child, trigger):
                yield from _objects(child, members)
    lemma = trigger.lemma_.lower()
    if lemma in PLACE_OBJECT:
        for child in trigger.children:
            if child.dep_ in ("dobj", "pobj", "compound"):
                yield from _inner(child)


def _places_event(prep: Token, trigger: Token) -> bool:
    word = prep.lower_
    if word in LOCATIVE:
        return True
    return word in DIRECTIONAL and trigger.lemma_.lower() in MOTION


def _objects(prep: Token, members: set[int]) -> Iterator[Token]:
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.i in members:
            yield from _inner(obj)


def _inner(token: Token) -> Iterator[Token]:
    """The place itself, looking through "the capital of" and "the city of"."""
    yield token
    if token.lemma_.lower() in CONTAINERS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        yield obj


def _locate(
    token: Token, places: Gazetteer, on: date | None, near: frozenset[str]
) -> Location | None:
    """A Location for a place word: its entity's name, with the gazetteer's facts."""
    if token.ent_type_ in PLACE_LABELS:
        name = _name(_entity(token))
    elif token.pos_ == "PROPN" and token.ent_type_ not in NOT_PLACES:
        name = _name(_proper_name(token))
    else:
        return None
    record = places.lookup(name, on, near)
    if record is None:
        return Location(name=name) if token.ent_type_ in PLACE_LABELS else None
    return Location(name=record.name, country=record.country, lat=record.lat, lon=record.lon)


def _name(span: Span) -> str:
    name = span.text.strip()
    return name[4:] if name.lower().startswith("the ") else name


def _proper_name(token: Token) -> Span:
    """A proper noun with the compounds before it ("New Delhi")."""
    start = token.i
    while (
        start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head == token
    ):
        start -= 1
    return token.doc[start : token.i + 1]


def _entity(token: Token) -> Span:
    """The place entity around `token` (from its IOB tags), else the phrase it heads."""
    return entity(token) if token.ent_iob_ in ("B", "I") else phrase(token)
