"""One actor from one phrase: country from the nationality word, sector from the agent noun.

Rules, in order:
- A person the knowledge base knows takes the role held on the article's date
  (the latest role without a date). The text's country must agree with the
  person's; if it does not, the name is taken as someone else's and only the
  text counts. When the text's title names a sector (Defense Minister -> MIL)
  that differs from the dated role but matches another role the person has
  held, the text's role is used: the article speaks of that tenure. A generic
  title (official, leader, President) never overrides the knowledge base.
- A person the knowledge base knows only by nationality (no role on the date) whose
  title names an international organisation ("UN envoy Kenzo Oshima") is that
  organisation's: the text states the role.
- "former", "ex-", "ousted" before the title make the sector ELI (elites).
- An organisation keeps its own code; an international one followed by an
  agent noun with another sector ("UN peacekeepers") gets that sector appended
  (IGOUNOMIL).
- Otherwise the country is the first nationality, country or capital before the
  head noun, else the one after "of/from/in"; the sector is the head agent
  noun's. A capital alone is its government (metonymy: "Pyongyang said"); a
  plural nationality alone is civilians ("Iranians" -> IRNCVL), and so is one after a
  country's name or nationality, a people of that country ("Bosnian Serbs" -> BIHCVL).
- A nationality alone followed by "of/in" a place ("ethnic Albanians in Serbia",
  "the Albanians of southern Serbia") is a people of that place: its country, CVL.
- A nationality after "ethnic" names descent, not citizenship: "ethnic Albanians",
  "ethnic Albanian guerrillas" have no country from it (a people alone is CVL); the
  clause's place may give one later (`coding.domestic`).
- A person's "in/at/near" place says where the person is, not whose: "King Abdullah
  II in Tel Aviv" is still Jordan's king. Only "of/from" phrases state a person's
  country ("Mr Smith of Freedonia").
- Agents "loyal to" or "affiliated with" someone are of that one's country, with their
  own sector: "forces loyal to President X" are X's country's military, "militants loyal
  to Y's president" Y's, "workers affiliated with a Y union" Y's workers; loyal to an
  organisation, they are the organisation. Agents "based in" a place, or a "Y-based"
  agent, are of the place's country.
- A place is taken as it was on the article's date: before its state was founded it
  is the predecessor's, and a later capital is no capital then ("Juba" in 1990 is
  Sudan's, not South Sudan's government; `successions.tsv`).
- No country and no sector: no actor. A code only when the country is known.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from watchfloor.domain import Actor
from watchfloor.kb.base import KnowledgeBase
from watchfloor.kb.model import Person, Role
from watchfloor.kb.names import fold
from watchfloor.kb.phrases import ALLEGIANCE_WORDS, PEOPLE_KINDS, Phrase, Segment
from watchfloor.kb.tokens import Tok

INTERNATIONAL_KEEP = frozenset({"GOV", "IGO", "NGO"})
# Kinds of names that give a phrase its country.
COUNTRY_KINDS = frozenset({"country", "demonym", "place", "ethnic"})
# Sectors of nouns that say nothing of the actor ("member", "group"): the next noun decides.
VAGUE_SECTORS = frozenset({"UNK", "JNK"})
# Titles too general to say which of a person's roles the text means.
GENERIC_TITLES = frozenset(
    {
        "official",
        "leader",
        "head",
        "chief",
        "politician",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "envoy",
        "authority",
        "dignitary",
        "statesman",
    }
)


@dataclass(frozen=True)
class Resolved:
    actor: Actor
    kind: str
    titles: tuple[str, ...] = ()  # of the roles the person holds on the date


def compose(kb: KnowledgeBase, toks: list[Tok], phrase: Phrase, on: date | None) -> Resolved | None:
    text = span_text(toks, phrase.start, phrase.end)
    pre, after = phrase.pre(), phrase.after()
    residence = _first_country(kb, after, on) if _only_demonym(pre) else None
    if residence is not None:  # "ethnic Albanians in Serbia": a people of Serbia
        actor = Actor(text=text, country=residence, sector="CVL", code=residence + "CVL")
        return Resolved(actor, "group")
    if _link(toks, phrase) in ALLEGIANCE_WORDS:  # "militants loyal to Y's president"
        loyal = _loyal(kb, toks, phrase, on)
        if loyal is not None:
            return loyal
    stated = [s for s in pre if not _ethnic(toks, s) and not _diaspora(phrase, s)]
    whose = after if _states_origin(toks, phrase) else []
    country = _first_country(kb, stated, on) or _first_country(kb, whose, on)
    head = _head_agent(kb, pre) or _head_agent(kb, after)
    agent = head[0] if head else None
    former = _former(pre)
    titled_by = next((s for s in reversed(pre) if s.kind == "organisation"), None)
    person = _person(kb, phrase.segments, on, country)
    if person is None and phrase.name and agent is not None:
        person = _titled_surname(kb, span_text(toks, *phrase.name), on, country, agent)
    if person is not None:
        employer = titled_by if person.role_on(on) is None else None
        if employer is not None and _international(kb, employer):  # "UN envoy Kenzo Oshima"
            actor = _organisation_actor(kb, text, employer, agent).actor
            return Resolved(replace(actor, name=person.name, kb_id=person.kb_id), "person")
        title = None if head is None or head[1] in GENERIC_TITLES else agent
        return _person_actor(text, person, on, country, title, former)
    if country is None and phrase.name and agent is not None:
        country = _surname_country(kb, span_text(toks, *phrase.name), agent)
    org = titled_by or next((s for s in after if s.kind == "organisation"), None)
    national = org is not None and _national_before(kb, pre, org)
    if (
        org is not None
        and not national
        and (_is_head(pre, org) or agent is not None or not country)
    ):
        return _organisation_actor(kb, text, org, agent)
    if national and agent is None:
        agent = "GOV"  # "Russian Security Council": a national body, not the UN's
    name = span_text(toks, *phrase.name) if phrase.name else None
    sector = "ELI" if former and agent else agent
    if agent is None and country is not None:
        sector = _bare_sector(kb, phrase, on)
    if agent is None and len(stated) < len(pre) and not phrase.name:
        sector = "CVL"  # "ethnic Albanians": a people, of no state the text names
    if _of_a_people(stated, whose):  # "the Yoruba", "Karen guerrillas", "Yoruba leaders"
        sector = _people_sector(phrase, agent, sector)
    if country is None and sector is None:
        return None
    code = country + sector if country and sector else country
    actor = Actor(text=text, name=name, country=country, sector=sector, code=code)
    return Resolved(actor, _kind(phrase, agent) if country else "agent")


def span_text(toks: list[Tok], start: int, end: int) -> str:
    return "".join(t.text + (" " if t.space else "") for t in toks[start:end]).strip()


def _ethnic(toks: list[Tok], segment: Segment) -> bool:
    """A nationality word after "ethnic": descent, not citizenship."""
    start = segment.start
    return segment.kind == "demonym" and start > 0 and toks[start - 1].lower == "ethnic"


# Links after which a place states whose a person is ("Mr Smith of Freedonia"), unlike
# where the person is ("King Abdullah in Tel Aviv").
ORIGIN_LINKS = frozenset({"of", "from"})


def _link(toks: list[Tok], phrase: Phrase) -> str | None:
    """The word that links the phrase's segments after `post` to those before it."""
    if not phrase.post:
        return None
    return toks[phrase.segments[phrase.post - 1].end].lower


def _loyal(kb: KnowledgeBase, toks: list[Tok], phrase: Phrase, on: date | None) -> Resolved | None:
    """ "Forces loyal to President X", "militants loyal to Y's president": the agents of
    the country of whom they are loyal to, with their own sector (an organisation's
    fighters are the organisation's). None when that one names no country."""
    whom = compose(kb, toks, Phrase(phrase.after()), on)
    if whom is None:
        return None
    text = span_text(toks, phrase.start, phrase.end)
    if whom.kind == "organisation":
        return Resolved(replace(whom.actor, text=text), "organisation")
    country = whom.actor.country
    if country is None:
        return None
    head = _head_agent(kb, phrase.pre())
    sector = head[0] if head else None
    actor = Actor(text=text, country=country, sector=sector, code=country + (sector or ""))
    return Resolved(actor, "group" if sector else "country")


def _states_origin(toks: list[Tok], phrase: Phrase) -> bool:
    """Whether the phrase's segments after its link may give its country: always, but
    for a person placed "in/at/near" somewhere."""
    if phrase.post is None or "person" not in {s.kind for s in phrase.pre()}:
        return True
    link = toks[phrase.segments[phrase.post - 1].end].lower
    return link in ORIGIN_LINKS


def _only_demonym(segments: list[Segment]) -> bool:
    return len(segments) == 1 and segments[0].kind in PEOPLE_KINDS


def _diaspora(phrase: Phrase, segment: Segment) -> bool:
    """A people's word before a person's name says whose people, not which state the
    person serves ("Tibetan spiritual leader X" may live in exile): no country from it."""
    return segment.kind == "ethnic" and "person" in phrase.kinds


def _of_a_people(stated: list[Segment], whose: list[Segment]) -> bool:
    """Whether the phrase's country comes from a people's word ("Yoruba": Nigeria's),
    before its link or after it ("a group of Yoruba leaders")."""
    found = [s for s in stated if s.kind in COUNTRY_KINDS]
    found = found or [s for s in whose if s.kind in COUNTRY_KINDS]
    return bool(found) and found[0].kind == "ethnic"


def _people_sector(phrase: Phrase, agent: str | None, sector: str | None) -> str | None:
    """A people alone is civilians (Phoenix: ETHNIC_GROUP [~CVL]); a government noun
    after it names the people's notables, not the state ("Yoruba leaders": ELI); another
    agent noun keeps its sector ("Karen guerrillas": REB)."""
    if agent == "GOV":
        return "ELI"
    names = phrase.kinds - {"agent", "modifier"}
    if agent is None and names == {"ethnic"} and not phrase.name:
        return "CVL"
    return sector


def _first_country(kb: KnowledgeBase, segments: list[Segment], on: date | None) -> str | None:
    for segment in segments:
        entry = segment.entries[0]
        if entry.kind in ("country", "demonym", "ethnic"):
            return entry.key
        if entry.kind == "place":
            return kb.place_at(entry.key, on).country
    return None


def _head_agent(kb: KnowledgeBase, segments: list[Segment]) -> tuple[str, str] | None:
    """(sector, term) of the last agent noun."""
    terms = [kb.agents[s.entries[0].key] for s in segments if s.kind == "agent"]
    terms = [t for t in terms if t.sector not in VAGUE_SECTORS]
    return (terms[-1].sector, terms[-1].term) if terms else None


def _international(kb: KnowledgeBase, org: Segment) -> bool:
    """Whether an organisation belongs to no country ("UN envoy", "EU negotiator")."""
    return kb.organisations[org.entries[0].key].country is None


def _former(segments: list[Segment]) -> bool:
    return any(s.kind == "modifier" for s in segments)


def _national_before(kb: KnowledgeBase, pre: list[Segment], org: Segment) -> bool:
    """A nationality or country before an international body's name makes it national."""
    if kb.organisations[org.entries[0].key].country is not None:
        return False
    before = pre[: pre.index(org)] if org in pre else []
    return any(s.kind in ("country", "demonym") for s in before)


def _is_head(pre: list[Segment], segment: Segment) -> bool:
    heads = [s for s in pre if s.kind in ("organisation", "country", "place", "agent")]
    return bool(heads) and heads[-1] is segment


def _bare_sector(kb: KnowledgeBase, phrase: Phrase, on: date | None) -> str | None:
    """A capital alone is its government; a plural nationality alone, its civilians, and
    so is a plural nationality after a country's ("Bosnian Serbs": a people of Bosnia)."""
    if phrase.name:
        return None
    if len(phrase.segments) > 1:
        return "CVL" if _people_of_a_country(kb, phrase.segments) else None
    entry = phrase.segments[0].entries[0]
    if entry.kind == "place" and kb.place_at(entry.key, on).kind == "capital":
        return "GOV"
    if entry.kind == "demonym" and _plural_demonym(kb, entry.key, entry.surface):
        return "CVL"
    return None


def _people_of_a_country(kb: KnowledgeBase, segments: list[Segment]) -> bool:
    """ "Bosnian Serbs", "Kosovo Albanians": nationality or country words, the last a
    plural nationality that names a people."""
    *first, last = segments
    entry = last.entries[0]
    if last.kind != "demonym" or not _plural_demonym(kb, entry.key, entry.surface):
        return False
    return all(s.kind in ("country", "demonym", "place") for s in first)


def _plural_demonym(kb: KnowledgeBase, code: str, surface: tuple[str, ...]) -> bool:
    word = " ".join(surface)
    demonyms = kb.countries[code].demonyms
    return word.endswith("s") and (word[:-1] in demonyms or word.endswith("ese"))


def _kind(phrase: Phrase, agent: str | None) -> str:
    if agent is not None:
        return "group" if phrase.kinds & COUNTRY_KINDS else "agent"
    if phrase.kinds == {"place"} and len(phrase.segments) == 1:
        return "metonym"
    return "country"


def _person(
    kb: KnowledgeBase, segments: list[Segment], on: date | None, country: str | None
) -> Person | None:
    """The person named, when the name is theirs alone (or the text's country decides)."""
    named = next((s for s in reversed(segments) if s.kind == "person"), None)
    if named is None:
        return None
    people = [kb.people[e.key] for e in named.entries if e.key in kb.people]
    if len(people) > 1:
        people = [
            p
            for p in people
            if p.role_on(on) is not None and (country is None or p.country == country)
        ] or people
        people = [p for p in people if p.source != "phoenix"] or people
    return people[0] if len({p.kb_id for p in people}) == 1 else None


def _titled_surname(
    kb: KnowledgeBase, name: str, on: date | None, country: str | None, sector: str
) -> Person | None:
    """The one person with this surname who holds a role in `sector` (on the date, if any).

    Only for a name after a title ("President Mugabe"), and only when unambiguous.
    """
    words = name.split()
    candidates = [kb.people[k] for k in kb.surnames.get(fold(words[-1]), ())]
    fitting = [
        p
        for p in candidates
        if (country is None or p.country == country)
        and any(r.sector == sector and (on is None or r.holds_on(on)) for r in p.roles)
        and (len(words) == 1 or fold(name) in {fold(n) for n in (p.name, *p.aliases)})
    ]
    return fitting[0] if len(fitting) == 1 else None


def _surname_country(kb: KnowledgeBase, name: str, sector: str) -> str | None:
    """The country of a titled surname no one holds on the date ("President Bush" in a
    year between two Presidents Bush): known when every person of that name shares one
    country and one of them has held a role in the title's sector."""
    words = name.split()
    candidates = [
        kb.people[k]
        for k in kb.surnames.get(fold(words[-1]), ())
        if len(words) == 1
        or fold(name) in {fold(n) for n in (kb.people[k].name, *kb.people[k].aliases)}
    ]
    countries = {p.country for p in candidates}
    if len(countries) != 1 or not any(r.sector == sector for p in candidates for r in p.roles):
        return None
    return countries.pop()


def _person_actor(
    text: str,
    person: Person,
    on: date | None,
    country: str | None,
    agent: str | None,
    former: bool,
) -> Resolved:
    role = person.role_on(on)
    own = (role.country if role else None) or person.country
    international = role is not None and role.country is None
    if country and own and country != own and not international:
        actor = Actor(text=text, country=country, sector=agent, code=country + (agent or ""))
        return Resolved(actor, "group")
    if agent and (role is None or (role.sector != agent and not _names_role(text, role))):
        role = _role_with_sector(person, agent, on) or role
    if role is None:
        place = country or own
        sector = "ELI" if former else agent
        code = (place + (sector or "")) if place else None
        actor = Actor(text, person.name, place, sector, code, person.kb_id)
        return Resolved(actor, "person", person.titles_on(on))
    sector = "ELI" if former else role.sector
    code = role.code if not former else (role.country or "") + "ELI"
    actor = Actor(text, person.name, role.country, sector, code or None, person.kb_id)
    return Resolved(actor, "person", person.titles_on(on))


TITLE_FILLER = frozenset({"of", "the", "and", "for", "minister", "ministry", "state", "affairs"})


def _names_role(text: str, role: Role) -> bool:
    """Whether the phrase's title words name `role` ("NATO Secretary General Mark Rutte")."""
    words = {w for w in fold(role.title).replace("-", " ").split() if w not in TITLE_FILLER}
    said = set(fold(text).replace("-", " ").split())
    return bool(words & said)


def _role_with_sector(person: Person, sector: str, on: date | None) -> Role | None:
    """The person's role in `sector` nearest to `on` (when the text's title names it)."""
    roles = [r for r in person.roles if r.sector == sector and r.dated]
    if not roles:
        return None
    if on is None:
        return max(roles, key=lambda r: r.start or date.min)
    return min(roles, key=lambda r: _distance(r, on))


def _distance(role: Role, on: date) -> int:
    if role.holds_on(on):
        return 0
    if role.start and on < role.start:
        return (role.start - on).days
    return (on - role.end).days if role.end else 0


def _organisation_actor(
    kb: KnowledgeBase, text: str, segment: Segment, agent: str | None
) -> Resolved:
    org = kb.organisations[segment.entries[0].key]
    sector, code = org.sector, org.code
    if org.country is None and agent and agent not in INTERNATIONAL_KEEP and agent != org.sector:
        sector, code = agent, org.code + agent
    kind = "metonym" if org.kind == "seat" else "organisation"
    actor = Actor(text, org.name, org.country, sector, code, org.kb_id)
    return Resolved(actor, kind)
