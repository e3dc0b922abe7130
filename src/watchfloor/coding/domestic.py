"""Domestic agents named without a nationality take the country of their clause's place.

"Police fired tear gas at protesters in Khartoum": the police are Sudanese police
(SDNCOP). "Protesters gathered in Khartoum": Sudanese civilians (SDNCVL). The rule:

- only agents of domestic sectors (`DOMESTIC_SECTORS`: police, civilians and
  protesters, students, workers, farmers, government officials, legislators, courts,
  the opposition) take the place's country. Armed forces and rebels do not: soldiers
  shelling villages near Kharkiv may be either side's, so "Soldiers shelled villages
  near Kharkiv" leaves the soldiers without a country;
- the place is stated in the agent's own clause, after a locative preposition ("in",
  "at", "near", "outside") on the verb or on one of its arguments ("at protesters in
  Khartoum"), never deeper inside a noun phrase;
- it must be unambiguous: the gazetteer knows every place the clause names, they all
  lie in one country, and no name lies in several ("Valencia" does);
- travel and meeting verbs state a venue, not a home ("officials arrived in Geneva",
  "officials met in Geneva"): their clause gives no country.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any, Protocol

from watchfloor.coding.clauses import Token, with_conjuncts
from watchfloor.kb import Mention

DOMESTIC_SECTORS = frozenset({"COP", "CVL", "EDU", "LAB", "AGR", "GOV", "LEG", "JUD", "OPP"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "within"})
# Verbs whose place is a venue or destination rather than where the agent belongs.
VENUE_VERBS = frozenset(
    {"travel", "arrive", "visit", "meet", "fly", "come", "go", "return", "attend", "land",
     "tour", "host", "convene", "talk", "negotiate", "sign", "stay",
     "flee", "escape", "move", "relocate", "deport", "extradite", "send", "evacuate"}
)  # fmt: skip
# Links from an argument up to the verb of its clause.
ARGUMENT_LINKS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "prep", "agent", "conj", "appos", "dative",
     "attr", "compound", "amod", "nmod", "poss"}
)  # fmt: skip
CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "dative"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
UNLABELLED = ""
CONTAINERS = frozenset(
    {"capital", "city", "town", "village", "region", "province", "district", "outskirts",
     "suburbs", "centre", "center", "streets", "area"}
)  # fmt: skip


class Places(Protocol):
    """The gazetteer (`watchfloor.kb` `Gazetteer`)."""

    def country_of(self, name: str) -> str | None: ...


def localize(mentions: Sequence[Mention], doc: Any, places: Places) -> list[Mention]:
    """The mentions, with each domestic agent lacking a country given its clause's
    country (see the module doc)."""
    return [_localized(m, doc, places) for m in mentions]


def _localized(mention: Mention, doc: Any, places: Places) -> Mention:
    actor = mention.actor
    if actor.country or actor.sector not in DOMESTIC_SECTORS or mention.kind != "agent":
        return mention
    verb = clause_verb(doc[mention.start : mention.end].root)
    if verb is None or verb.lemma_.lower() in VENUE_VERBS:
        return mention
    country = clause_country(verb, places)
    if country is None:
        return mention
    sector = actor.sector or ""
    return replace(mention, actor=replace(actor, country=country, code=country + sector))


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause an argument belongs to ("protesters" in "fired at protesters")."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ not in ARGUMENT_LINKS or token.head.i == token.i:
            return None
        token = token.head
    return None


def clause_country(verb: Token, places: Places) -> str | None:
    """The one country of the places the verb's clause states, else None."""
    countries: set[str | None] = set()
    for place in _clause_places(verb):
        countries.add(places.country_of(_place_name(place)))
    if len(countries) != 1:
        return None
    return next(iter(countries))


def _clause_places(verb: Token) -> Iterator[Token]:
    """Places of the verb's own locative phrases and of its arguments' ("fired at
    protesters in Khartoum"); never deeper ("support for the ceasefire between the
    parties in Gaza" places no one in Gaza)."""
    for head in (verb, *_arguments(verb)):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    for place in with_conjuncts(obj):
                        yield from _named_places(place)


def _arguments(verb: Token) -> Iterator[Token]:
    """Subjects, objects and prepositional objects of the verb."""
    for child in verb.children:
        if child.dep_ in CLAUSE_ARGUMENTS:
            yield from with_conjuncts(child)
        elif child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from with_conjuncts(obj)


def _named_places(token: Token) -> Iterator[Token]:
    """Proper place names: the object itself, or X in "the city of X"."""
    if _is_place_name(token):
        yield token
    if token.lemma_.lower() in CONTAINERS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                yield from (o for o in prep.children if o.dep_ == "pobj" and _is_place_name(o))


def _is_place_name(token: Token) -> bool:
    if token.ent_type_ in PLACE_LABELS:
        return True
    return bool(token.pos_ == "PROPN" and token.ent_type_ == UNLABELLED)


def _place_name(token: Token) -> str:
    """The proper name with the compounds before it ("New Delhi")."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
        start -= 1
    return str(doc[start : token.i + 1].text)
