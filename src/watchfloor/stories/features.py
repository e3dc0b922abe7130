"""What the coded events of an article say about its story: actors, dyads, CAMEO roots."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from watchfloor.domain import Actor, Event


def country_of(actor: Actor | None) -> str | None:
    """The actor's country, else the first three letters of its code (RUSMIL → RUS)."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code else None


def dyad_of(event: Event) -> tuple[str, str] | None:
    """The unordered pair of countries of an event, or None for a one-sided event."""
    source, target = country_of(event.source), country_of(event.target)
    if source is None or target is None or source == target:
        return None
    first, second = sorted((source, target))
    return first, second


@dataclass
class EventFeatures:
    """Counts of actor codes, countries, dyads and CAMEO roots over some events."""

    actors: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    dyads: Counter[tuple[str, str]] = field(default_factory=Counter)
    roots: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, events: Iterable[Event]) -> EventFeatures:
        features = cls()
        for event in events:
            features.add(event)
        return features

    def add(self, event: Event) -> None:
        for actor in (event.source, event.target):
            if actor is not None and actor.code:
                self.actors[actor.code] += 1
            country = country_of(actor)
            if country:
                self.countries[country] += 1
        dyad = dyad_of(event)
        if dyad:
            self.dyads[dyad] += 1
        self.roots[event.cameo[:2]] += 1

    def update(self, other: EventFeatures) -> None:
        self.actors.update(other.actors)
        self.countries.update(other.countries)
        self.dyads.update(other.dyads)
        self.roots.update(other.roots)

    def __bool__(self) -> bool:
        return bool(self.countries)
