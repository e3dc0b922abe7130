"""The knowledge base: load it once per path, search it, index its names lazily."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from watchfloor.errors import KnowledgeBaseError
from watchfloor.kb.model import (
    AgentTerm,
    Country,
    EthnicGroup,
    KbRecord,
    Organisation,
    Person,
    Place,
    Succession,
)
from watchfloor.kb.names import NameIndex, fold, pieces
from watchfloor.kb.sources import PlaceRow, Tables, read_folder, read_override
from watchfloor.kb.variants import short_forms

log = logging.getLogger(__name__)

# Words before an agent noun that make a holder a former one ("former president").
FORMER = ("former", "ex", "ousted", "exiled", "deposed", "retired", "late")
_PLACE_RANK = {"capital": 0, "city": 1, "country": 2, "region": 3}
# Words of administrative rank after a place's name ("Kano State", "Sindh province"): a
# name the gazetteer lacks is looked up again without them.
ADMINISTRATIVE_WORDS = (
    "state", "province", "region", "district", "county", "governorate", "prefecture",
    "oblast", "territory", "department", "municipality",
)  # fmt: skip


def data_folder() -> Path:
    """The shipped knowledge base, `watchfloor/data/kb/`."""
    return Path(str(resources.files("watchfloor") / "data" / "kb"))


class Gazetteer:
    """Places by name: countries, capitals, major cities, regions.

    A contextual place (`resolve=context`: Tripoli in Lebanon beside Libya's capital) is
    found only where the sentence names its country (`near`); a place of a state founded
    later is its predecessor's before the founding day (`successions`: Juba before
    2011-07-09 is Sudan's, and no capital)."""

    def __init__(
        self, rows: list[PlaceRow], successions: dict[str, Succession] | None = None
    ) -> None:
        by_name: dict[str, Place] = {}
        countries: dict[str, set[str]] = {}
        contextual: dict[str, list[Place]] = {}
        for row in sorted(rows, key=lambda r: _PLACE_RANK[r.place.kind]):
            if row.blocking:  # no one country's: "New Guinea", "the South China Sea"
                continue
            for name in (row.place.name, *row.aliases):
                if row.contextual:
                    contextual.setdefault(fold(name), []).append(row.place)
                    continue
                by_name.setdefault(fold(name), row.place)
                countries.setdefault(fold(name), set()).add(row.place.country)
        self._by_name = by_name
        self._countries = {name: frozenset(found) for name, found in countries.items()}
        self._contextual = contextual
        self.successions = successions or {}
        self.places: tuple[Place, ...] = tuple(r.place for r in rows if not r.blocking)

    def lookup(
        self, name: str, on: date | None = None, near: frozenset[str] = frozenset()
    ) -> Place | None:
        """The place called `name` (any case; capitals and cities before countries; a
        trailing administrative word dropped when the name with it is unknown); among
        places of that name, the one of the only country of `near` (the countries its
        sentence names) that one of them lies in; as it was on the day `on`."""
        key = self._key(name)
        found = self._by_name.get(key)
        if found is None:
            return None
        return self.as_of(in_context([found, *self._contextual.get(key, ())], near), on)

    def as_of(self, place: Place, on: date | None) -> Place:
        """The place as it was on `on`: before its state's founding, its predecessor's
        (a city, not a capital)."""
        succession = self.successions.get(place.country)
        if on is None or succession is None or on >= succession.founded:
            return place
        kind = "city" if place.kind == "capital" else place.kind
        return replace(place, country=succession.predecessor, kind=kind)

    def country_of(self, name: str) -> str | None:
        """The country of the place called `name`, None when unknown or when places of
        that name lie in several countries ("Valencia": Spain and Venezuela)."""
        found = self._countries.get(self._key(name), frozenset())
        return next(iter(found)) if len(found) == 1 else None

    def _key(self, name: str) -> str:
        """The folded name as indexed: "the" dropped, and a trailing administrative word
        when only the bare name is known ("West Darfur State" -> "west darfur")."""
        key = fold(name.strip()).removeprefix("the ")
        if key in self._by_name:
            return key
        bare, _, word = key.rpartition(" ")
        return bare if word in ADMINISTRATIVE_WORDS and bare in self._by_name else key

    def __len__(self) -> int:
        return len(self.places)


def in_context(places: Sequence[Place], near: frozenset[str]) -> Place:
    """The first place, or the one place of the only country of `near` any of them lies
    in ("Tripoli ... the north Lebanese port": Lebanon's)."""
    named = {p.country for p in places if p.country in near}
    if len(named) != 1:
        return places[0]
    return next(p for p in places if p.country in named)


class KnowledgeBase:
    """Countries, places, organisations, people with dated roles, and agent nouns."""

    def __init__(self, tables: Tables, version: str) -> None:
        self.version = version
        self.countries: dict[str, Country] = tables.countries
        self.organisations: dict[str, Organisation] = tables.organisations
        self.people: dict[str, Person] = tables.people
        self.agents: dict[str, AgentTerm] = tables.agents
        self.ethnic_groups: dict[str, EthnicGroup] = tables.ethnic_groups
        self._places = tables.places + _country_places(tables)
        self._aliases = tables.aliases
        self.places = Gazetteer(self._places, tables.successions)

    @cached_property
    def names(self) -> NameIndex:
        """Every name, built on first use (once per knowledge base)."""
        index = NameIndex()
        self._index_countries(index)
        numbered = sorted(enumerate(self._places), key=lambda pair: pair[1].contextual)
        for number, row in numbered:  # contextual places after the others of their name
            if row.place.kind != "country" and row.resolvable:
                for name in (row.place.name, *row.aliases):
                    index.add(name, "place", str(number))
            elif row.blocking:  # found, so that no country inside it is, then dropped
                for name in (row.place.name, *row.aliases):
                    index.add(name, "blocked", str(number))
        for org in self.organisations.values():
            for name in (org.name, *org.aliases):
                index.add(name, "organisation", org.kb_id)
        for person in self.people.values():
            for name in (person.name, *person.aliases):
                index.add(name, "person", person.kb_id)
        for kb_id, short in self.short_names.values():  # "Carlos Menem": Carlos Saul Menem
            index.add(short, "person", kb_id)
        for term in self.agents.values():  # converted terms first, curated ones win
            for form in agent_forms(term.term):
                index.add(form, "agent", term.term, case="any", wins=True)
        for word in FORMER:
            index.add(word, "modifier", "ELI", case="any")
        for group in self.ethnic_groups.values():  # after places: "Amhara" is the region
            for name in (group.name, *group.forms):
                index.add(name, "ethnic", group.country)
        self._index_aliases(index)
        log.debug("knowledge base %s: %d names indexed", self.version, len(index))
        return index

    @cached_property
    def noun_only(self) -> frozenset[tuple[str, ...]]:
        """The folded words of peoples that are also first names ("karen"): only before
        an agent noun or as "the Karen" (see `EthnicGroup`)."""
        return frozenset(
            tuple(fold(p) for p in pieces(name))
            for group in self.ethnic_groups.values()
            if group.noun_only
            for name in (group.name, *group.forms)
        )

    @cached_property
    def short_names(self) -> dict[str, tuple[str, str]]:
        """(kb_id, name) by folded first-and-last name of people listed with a middle
        name, where that short form is theirs alone (see `variants`)."""
        return short_forms(self.people.values())

    @cached_property
    def surnames(self) -> dict[str, tuple[str, ...]]:
        """kb_ids by the folded last word of each name ("mugabe" -> Robert Mugabe)."""
        found: dict[str, set[str]] = {}
        for person in self.people.values():
            for name in (person.name, *person.aliases):
                words = name.split()
                if len(words) >= 2:
                    found.setdefault(fold(words[-1]), set()).add(person.kb_id)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def place_at(self, key: str, on: date | None = None) -> Place:
        """The place of an index entry, as it was on `on` (see `Gazetteer.as_of`)."""
        return self.places.as_of(self._places[int(key)].place, on)

    def _index_countries(self, index: NameIndex) -> None:
        for country in self.countries.values():
            for name in (country.name, *country.aliases):
                index.add(name, "country", country.code)
            for demonym in country.demonyms:
                index.add(demonym, "demonym", country.code)

    def _index_aliases(self, index: NameIndex) -> None:
        for alias, kb_id in self._aliases:
            if kb_id in self.people:
                index.add(alias, "person", kb_id)
            elif kb_id in self.organisations:
                index.add(alias, "organisation", kb_id)
            elif kb_id.removeprefix("country:") in self.countries:
                index.add(alias, "country", kb_id.removeprefix("country:"))
            else:
                raise KnowledgeBaseError(
                    f"alias {alias!r} names {kb_id!r}, which is no person, organisation or "
                    "country code of the knowledge base; correct the kb_id"
                )

    def search(self, query: str, on: date | None = None) -> list[KbRecord]:
        """Records whose name or an alias contains `query` (exact names first).

        With `on`, person roles are those held on that day.
        """
        wanted = fold(query.strip())
        if not wanted:
            return []
        found = [r for r in self._records(on) if any(wanted in fold(n) for n in _names(r))]
        return sorted(found, key=lambda r: (all(fold(n) != wanted for n in _names(r)), r.kind))

    def records(self, kb_id: str) -> list[KbRecord]:
        """Every record of one kb id: a person's roles in date order, or the one entry."""
        found = [r for r in self._records(None) if r.kb_id == kb_id]
        return sorted(found, key=lambda r: r.valid_from or date.min)

    def _records(self, on: date | None) -> list[KbRecord]:
        records = [
            KbRecord(
                "country",
                f"country:{c.code}",
                c.name,
                (*c.aliases, *c.demonyms),
                c.code,
                None,
                c.code,
            )
            for c in self.countries.values()
        ]
        records += [
            KbRecord(
                "organisation",
                o.kb_id,
                o.name,
                o.aliases,
                o.country,
                o.sector,
                o.code,
                source=o.kind,
            )
            for o in self.organisations.values()
        ]
        records += [
            KbRecord(
                "place",
                f"place:{r.place.name}",
                r.place.name,
                r.aliases,
                r.place.country,
                None,
                r.place.country,
                role=r.place.kind,
            )
            for r in self._places
        ]
        records += [
            KbRecord("agent", f"agent:{t.term}", t.term, (), None, t.sector, None, source=t.source)
            for t in self.agents.values()
        ]
        return records + [r for p in self.people.values() for r in _person_records(p, on)]


def _names(record: KbRecord) -> tuple[str, ...]:
    return (record.name, *record.aliases)


def _person_records(person: Person, on: date | None) -> list[KbRecord]:
    roles = person.roles if on is None else [r for r in person.roles if r.holds_on(on)]
    return [
        KbRecord(
            "person",
            person.kb_id,
            person.name,
            person.aliases,
            r.country,
            r.sector,
            r.code,
            r.title,
            r.start,
            r.end,
            r.source,
        )
        for r in roles
    ]


def _country_places(tables: Tables) -> list[PlaceRow]:
    listed = {r.place.name for r in tables.places if r.place.kind == "country"}
    return [
        PlaceRow(Place(c.name, c.code, "country", None, None), c.aliases, False)
        for c in tables.countries.values()
        if c.name not in listed
    ]


def agent_forms(term: str) -> tuple[str, ...]:
    """A term and its regular plural: "official" -> ("official", "officials")."""
    words = term.split(" ")
    last = words[-1]
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last if last.endswith("s") else last + "es"
    elif last == "person":
        plural = "people"
    else:
        plural = last + "s"
    return tuple(dict.fromkeys((term, " ".join([*words[:-1], plural]))))


@cache
def load_kb(override: Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base, extended or overridden by the user's file or folder.

    Cached per path: a second call with the same path returns the same object.
    """
    folder = data_folder()
    tables = read_folder(folder)
    version = (folder / "VERSION").read_text(encoding="utf-8").strip()
    if override is not None:
        read_override(Path(override), tables)
        version = f"{version}+{Path(override).name}"
    log.debug("loaded knowledge base %s", version)
    return KnowledgeBase(tables, version)
