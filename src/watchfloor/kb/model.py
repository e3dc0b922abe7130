"""The records of the knowledge base: countries, places, organisations, people, agents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from watchfloor.domain import Actor


@dataclass(frozen=True)
class Place:
    """A country, capital, city or region, with coordinates where known."""

    name: str
    country: str
    kind: str  # country | capital | city | region
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Succession:
    """A state founded on `founded` from the territory of `predecessor`: before that day
    its places were the predecessor's ("Juba" in 1990 is Sudan's)."""

    code: str
    predecessor: str
    founded: date


@dataclass(frozen=True)
class Mention:
    """An actor mention in a parsed article: spaCy token indices `[start, end)`.

    `kind` says how it was found: person, organisation, country, group (a
    nationality or organisation with an agent noun), agent, metonym, place,
    coreference.
    """

    start: int
    end: int
    actor: Actor
    kind: str


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]  # other names; all-capital ones match case-sensitively
    demonyms: tuple[str, ...]  # "Russian", "Russians", "North Korean"
    capital: str | None


@dataclass(frozen=True)
class Organisation:
    """An international organisation, armed group or national institution."""

    kb_id: str
    name: str
    aliases: tuple[str, ...]
    code: str  # full CAMEO code: IGOUNO, PSEREB, RUSGOV
    country: str | None
    sector: str | None
    kind: str  # igo | ngo | group | institution | seat


@dataclass(frozen=True)
class Role:
    """One tenure of one role of a person; open ends are None."""

    country: str | None
    sector: str | None
    title: str
    code: str | None  # the full CAMEO code for this role (IGOUNO for the UN chief)
    start: date | None
    end: date | None
    source: str

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    kb_id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    source: str

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day` (curated first, latest start first); the latest without a day.

        Undated roles (Phoenix's fallback codes) apply only when no dated role does.
        """
        dated = [r for r in self.roles if r.dated]
        if day is not None:
            dated = [r for r in dated if r.holds_on(day)]
        if dated:
            return max(dated, key=_role_rank)
        undated = [r for r in self.roles if not r.dated]
        return undated[0] if undated else None

    def titles_on(self, day: date | None) -> tuple[str, ...]:
        """The titles of every role held on `day` (all dated roles without a day)."""
        return tuple(r.title for r in self.roles if r.dated and (day is None or r.holds_on(day)))

    @property
    def country(self) -> str | None:
        """The country of the person's latest role (None for international officials)."""
        latest = self.role_on(None)
        if latest is not None and latest.country:
            return latest.country
        return next((r.country for r in self.roles if r.country), None)


def _role_rank(role: Role) -> tuple[bool, bool, date, bool]:
    """Curated before Phoenix, government before other sectors, then the latest start."""
    return (
        role.source != "phoenix",
        role.sector == "GOV",
        role.start or date.min,
        role.end is None,
    )


@dataclass(frozen=True)
class EthnicGroup:
    """A people that lives overwhelmingly in one country ("Yoruba": Nigeria): its words
    name that country's people, never its state. `noun_only` words are also common
    first names ("Karen"): they count only before an agent noun ("Karen guerrillas")
    or as "the Karen"."""

    name: str
    forms: tuple[str, ...]  # other spellings and plurals
    country: str
    noun_only: bool


@dataclass(frozen=True)
class AgentTerm:
    """A noun phrase that names a kind of actor: "defense minister" -> MIL."""

    term: str
    sector: str
    source: str


@dataclass(frozen=True)
class KbRecord:
    """One row of `KnowledgeBase.search`: a country, place, organisation, person role or agent."""

    kind: str
    kb_id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    code: str | None
    role: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    source: str | None = None
