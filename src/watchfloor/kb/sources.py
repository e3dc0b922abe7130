"""Turning the knowledge-base tables into records, and merging a user's override on top.

Each table is recognised by its header, so a user's override file (or folder of
files) may hold any of them; see `data/kb/README.md`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from watchfloor.errors import KnowledgeBaseError
from watchfloor.kb.model import (
    AgentTerm,
    Country,
    EthnicGroup,
    Organisation,
    Person,
    Place,
    Role,
    Succession,
)
from watchfloor.kb.names import fold
from watchfloor.kb.tables import header_of, parse_end, parse_start, read_table, split_list

PEOPLE_COLUMNS = (
    "kb_id",
    "name",
    "aliases",
    "country",
    "sector",
    "role",
    "valid_from",
    "valid_to",
    "source",
)
COUNTRY_COLUMNS = ("code", "name", "aliases", "demonyms", "capital")
PLACE_COLUMNS = ("name", "aliases", "country", "kind", "lat", "lon")
ORGANISATION_COLUMNS = ("kb_id", "name", "aliases", "code", "country", "sector", "kind")
AGENT_COLUMNS = ("term", "sector")  # sector "-" removes the term
ALIAS_COLUMNS = ("alias", "kb_id")
SUCCESSION_COLUMNS = ("code", "predecessor", "founded")
ETHNIC_COLUMNS = ("group", "forms", "country", "usage")  # usage "noun": see EthnicGroup
# `resolve` values of a place: kept out of actor resolution, or taken only where its
# sentence names its country (a name a better-known place of another country bears).
UNRESOLVED = frozenset({"no", "false", "0"})
CONTEXTUAL = "context"
# `resolve=block`: a name that names no actor and hides the country's name inside it
# ("New Guinea", an island of two countries, is not Guinea; "the South China Sea").
BLOCKING = "block"

PLACE_KINDS = frozenset({"country", "capital", "city", "region"})


@dataclass(frozen=True)
class PlaceRow:
    place: Place
    aliases: tuple[str, ...]
    resolvable: bool  # False keeps the names out of actor resolution
    contextual: bool = False  # only where the sentence names its country
    blocking: bool = False  # no actor, and no country inside its name either


@dataclass
class Tables:
    """Everything read from one folder or override, before indexing."""

    countries: dict[str, Country] = field(default_factory=dict)
    places: list[PlaceRow] = field(default_factory=list)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    agents: dict[str, AgentTerm] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (alias, kb_id)
    successions: dict[str, Succession] = field(default_factory=dict)  # by the new state
    people_by_name: dict[str, set[str]] = field(default_factory=dict)  # full name -> kb_ids
    ethnic_groups: dict[str, EthnicGroup] = field(default_factory=dict)  # by name


def read_folder(folder: Path) -> Tables:
    """The shipped tables in `folder` (the package's `data/kb/`)."""
    tables = Tables()
    read_any(folder / "countries.tsv", tables)
    read_any(folder / "places.tsv", tables)
    read_any(folder / "organisations.tsv", tables)
    read_any(folder / "agents_phoenix.tsv", tables)
    read_any(folder / "agents.tsv", tables)  # curated terms win over converted ones
    read_any(folder / "successions.tsv", tables)
    read_any(folder / "ethnic_groups.tsv", tables)
    people = sorted((folder / "people").glob("*.tsv"))
    phoenix = [p for p in people if p.name == "phoenix.tsv"]
    for path in phoenix + [p for p in people if p.name != "phoenix.tsv"]:
        read_people(path, tables, replace_all=False)
    return tables


def read_override(path: Path, tables: Tables) -> None:
    """Adds (or replaces) what the user's file or folder at `path` holds."""
    if path.is_dir():
        for child in sorted(path.rglob("*.tsv")):
            read_override(child, tables)
        return
    if not path.is_file():
        raise KnowledgeBaseError(
            f"cannot read knowledge-base override {path}: no such file or folder; "
            "fix the path given with --kb or WATCHFLOOR_KB"
        )
    columns = set(header_of(path))
    if set(PEOPLE_COLUMNS) <= columns:
        read_people(path, tables, replace_all=True)
    else:
        read_any(path, tables)


def read_any(path: Path, tables: Tables) -> None:
    """Reads a countries, places, organisations, agents, aliases or successions table, by
    its header."""
    if not path.exists():
        return
    columns = set(header_of(path))
    readers = (
        (COUNTRY_COLUMNS, _read_countries),
        (PLACE_COLUMNS, _read_places),
        (ORGANISATION_COLUMNS, _read_organisations),
        (ALIAS_COLUMNS, _read_aliases),
        (AGENT_COLUMNS, _read_agents),
        (SUCCESSION_COLUMNS, _read_successions),
        (ETHNIC_COLUMNS, _read_ethnic_groups),
    )
    for required, reader in readers:
        if set(required) <= columns:
            reader(path, tables)
            return
    raise KnowledgeBaseError(
        f"cannot read {path.name}: its header ({', '.join(sorted(columns))}) is none of the "
        "knowledge-base tables; see data/kb/README.md for the columns of each"
    )


def _read_countries(path: Path, tables: Tables) -> None:
    for _, row in read_table(path, COUNTRY_COLUMNS):
        code = row["code"]
        tables.countries[code] = Country(
            code=code,
            name=row["name"],
            aliases=split_list(row["aliases"]),
            demonyms=split_list(row["demonyms"]),
            capital=row["capital"] or None,
        )


def _read_places(path: Path, tables: Tables) -> None:
    for number, row in read_table(path, PLACE_COLUMNS):
        where = f"{path.name} line {number}"
        if row["kind"] not in PLACE_KINDS:
            raise KnowledgeBaseError(
                f"{where}: kind {row['kind']!r} is not one of {', '.join(sorted(PLACE_KINDS))}"
            )
        place = Place(
            name=row["name"],
            country=row["country"],
            kind=row["kind"],
            lat=_coordinate(row["lat"], where),
            lon=_coordinate(row["lon"], where),
        )
        resolve = row.get("resolve", "").lower()
        tables.places.append(
            PlaceRow(
                place,
                split_list(row["aliases"]),
                resolvable=resolve not in UNRESOLVED | {BLOCKING},
                contextual=resolve == CONTEXTUAL,
                blocking=resolve == BLOCKING,
            )
        )


def _read_successions(path: Path, tables: Tables) -> None:
    for number, row in read_table(path, SUCCESSION_COLUMNS):
        founded = parse_start(row["founded"], f"{path.name} line {number}")
        if founded is None or not row["code"] or not row["predecessor"]:
            raise KnowledgeBaseError(
                f"{path.name} line {number}: a succession needs a code, a predecessor and "
                "the founding date (YYYY-MM-DD)"
            )
        tables.successions[row["code"]] = Succession(row["code"], row["predecessor"], founded)


def _read_ethnic_groups(path: Path, tables: Tables) -> None:
    for number, row in read_table(path, ETHNIC_COLUMNS):
        country = row["country"].upper()
        if not row["group"] or len(country) != 3:
            raise KnowledgeBaseError(
                f"{path.name} line {number}: an ethnic group needs a name and the "
                "3-letter code of its one country"
            )
        tables.ethnic_groups[row["group"]] = EthnicGroup(
            name=row["group"],
            forms=split_list(row["forms"]),
            country=country,
            noun_only=row["usage"].lower() == "noun",
        )


def _coordinate(value: str, where: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise KnowledgeBaseError(f"{where}: coordinate {value!r} is not a number") from exc


def _read_organisations(path: Path, tables: Tables) -> None:
    for number, row in read_table(path, ORGANISATION_COLUMNS):
        if not row["kb_id"] or not row["code"]:
            raise KnowledgeBaseError(
                f"{path.name} line {number}: an organisation needs a kb_id and a code"
            )
        tables.organisations[row["kb_id"]] = Organisation(
            kb_id=row["kb_id"],
            name=row["name"],
            aliases=split_list(row["aliases"]),
            code=row["code"],
            country=row["country"] or None,
            sector=row["sector"] or None,
            kind=row["kind"] or "group",
        )


def _read_agents(path: Path, tables: Tables) -> None:
    for number, row in read_table(path, AGENT_COLUMNS):
        term, sector = row["term"].strip().lower(), row["sector"].strip().upper()
        if term and sector == "-":  # "not an agent": removes a term an earlier table has
            tables.agents.pop(term, None)
            continue
        if not term or len(sector) != 3:
            raise KnowledgeBaseError(
                f"{path.name} line {number}: an agent needs a term and a 3-letter sector"
            )
        tables.agents.pop(term, None)  # a later table's term comes after (and wins) in the index
        tables.agents[term] = AgentTerm(term, sector, row.get("source") or path.stem)


def _read_aliases(path: Path, tables: Tables) -> None:
    for _, row in read_table(path, ALIAS_COLUMNS):
        if row["alias"] and row["kb_id"]:
            tables.aliases.append((row["alias"], row["kb_id"]))


def read_people(path: Path, tables: Tables, *, replace_all: bool) -> None:
    """Adds the people of one file; its people replace earlier ones with the same id or name.

    With `replace_all` (a user's override) every row of a person in the file replaces
    all earlier rows of that person; shipped curated files replace Phoenix people the
    same way, so the curated tenures win where both know a person.
    """
    grouped: dict[str, list[tuple[str, dict[str, str]]]] = defaultdict(list)
    for number, row in read_table(path, PEOPLE_COLUMNS):
        if not row["kb_id"] or not row["name"]:
            raise KnowledgeBaseError(
                f"{path.name} line {number}: a person needs a kb_id and a name"
            )
        grouped[row["kb_id"]].append((f"{path.name} line {number}", row))
    if not tables.people_by_name:
        tables.people_by_name = _names_of(tables.people)
    by_name = tables.people_by_name
    for kb_id, rows in grouped.items():
        person = _person(kb_id, rows)
        earlier = tables.people.get(kb_id)
        names = _full_names(person)
        if replace_all or person.source != "phoenix":
            for twin in {k for n in names for k in by_name.get(n, ()) if k in tables.people}:
                if twin != kb_id and (replace_all or tables.people[twin].source == "phoenix"):
                    del tables.people[twin]
        if earlier is not None and not replace_all and earlier.source == person.source:
            person = replace(
                person,
                aliases=_merged(earlier.aliases, person.aliases),
                # the same tenure written in two files (core and a region) counts once
                roles=tuple(dict.fromkeys(earlier.roles + person.roles)),
            )
        tables.people[kb_id] = person
        for name in names:
            by_name.setdefault(name, set()).add(kb_id)


def _full_names(person: Person) -> set[str]:
    """The person's names of two words or more, folded (bare surnames are left out)."""
    return {fold(n) for n in (person.name, *person.aliases) if len(n.split()) >= 2}


def _names_of(people: dict[str, Person]) -> dict[str, set[str]]:
    by_name: dict[str, set[str]] = defaultdict(set)
    for kb_id, person in people.items():
        for name in _full_names(person):
            by_name[name].add(kb_id)
    return by_name


def _person(kb_id: str, rows: list[tuple[str, dict[str, str]]]) -> Person:
    roles = tuple(dict.fromkeys(_role(where, row) for where, row in rows))
    aliases: tuple[str, ...] = ()
    for _, row in rows:
        aliases = _merged(aliases, split_list(row["aliases"]))
    sources = {row["source"] or "curated" for _, row in rows}
    source = "phoenix" if sources == {"phoenix"} else "curated"
    return Person(kb_id=kb_id, name=rows[0][1]["name"], aliases=aliases, roles=roles, source=source)


def _role(where: str, row: dict[str, str]) -> Role:
    title, _, written = row["role"].partition(":")
    country = row["country"].upper() or None
    sector = row["sector"].upper() or None
    if sector is not None and len(sector) != 3:
        raise KnowledgeBaseError(f"{where}: sector {sector!r} is not a 3-letter CAMEO sector")
    code = written.strip() or (country + (sector or "") if country else None)
    return Role(
        country=country,
        sector=sector,
        title=title.strip(),
        code=code,
        start=parse_start(row["valid_from"], where),
        end=parse_end(row["valid_to"], where),
        source=row["source"] or "curated",
    )


def _merged(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(first + second))
