"""From argument tokens to the resolver's actor mentions.

An argument token names an actor when a mention covers it, or when the noun phrase it
heads contains one through noun-internal links only ("Russian officials", "officials
from South Korea", "leaders of Romania's government", "a spokesman for the EU"). Never
through a clause.

An apposition states a person's role: "John Smith, a spokesman for the European Union"
is the EU, and "Kenzo Oshima, the United Nations Emergency Relief Coordinator" is the
UN even though the knowledge base knows him only as a Japanese national. A role the
knowledge base dates for the person (a sector in its code) is kept.

An agent noun after a proper name with a country or place inside it is of that
country, with the noun's sector: "Montenegro Municipality Association officials"
(MNEGOV), "Baghdad University Medical School" (IRQEDU, not Baghdad's government).

Refugees and civilians fleeing a place, or a war or turmoil in it, are of that place's
country ("refugees fleeing the civil war in Y" are Y's refugees, as "refugees from Y"
are): the participle is the one clause an actor is read through. Only places count, not
who is fled ("fleeing the Taliban"), and a nationality only on a war or conflict ("the
Y civil war"), never on an act of force, which names its author ("fleeing Y air
strikes" are not Y's refugees). The parties or sides to a war or conflict in a place
are its country ("parties to the conflict in Y", "the warring factions in Y"), also when
the parser hangs their "to" phrase on the verb.

An event noun of force is done by the actor its modifiers name: a nationality, a
country or an organisation before it, also through a chain of noun compounds ("US
drone attacks", "NATO air raids"), its possessor ("Israel's air strikes") or, as a
subject, its "by" phrase ("attacks by Hamas killed"). A place before it names where,
not who ("the Mumbai attacks").

A subject "its/their + agent noun" belongs to the subject of the governing clause:
"Nigeria said its troops attacked rebels" is Nigeria's military (NGAMIL), "Bosnian Serbs
said their forces withdrew" the Bosnian Serbs'. The first clause up the tree with a
subject decides (in a main clause, the nearest known subject before the phrase: "After
Nigeria closed the border, its troops ..."); exactly one known actor there, no person,
agreeing in number ("its": a singular country or institution, not "the president";
"their": a plural noun or an organisation). A country's agents take the country and the
noun's sector; an organisation's or a group's are the organisation itself. Only agents
who act for their owner count (officials, troops, police, agents; a group's fighters),
not "its people". In object position the phrase is left alone: "Israel strengthened its
forces" names Israel's own means, not a target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from watchfloor.coding.clauses import (
    PASSIVE_SUBJECT_DEPS,
    SPEECH_PRONOUNS,
    SUBJECT_DEPS,
    Token,
    addressees,
    is_obligation,
    stating_verb,
    with_conjuncts,
)
from watchfloor.domain import Actor
from watchfloor.kb import Mention

NOUN_INTERNAL = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod"})
# Heads that name members of what their "of"/"from" phrase names: "a group of Moroccan
# diplomats", "doctors from two American aid groups".
MEMBER_NOUNS = frozenset(
    {"group", "team", "delegation", "coalition", "contingent", "unit", "number", "dozen",
     "hundred", "thousand", "majority", "some", "many", "several", "most", "doctor",
     "worker", "activist", "volunteer", "expert", "inspector", "observer", "monitor",
     "soldier", "fighter", "militant", "supporter", "member", "leader", "representative"}
)  # fmt: skip
# Bodies of people named by what they are made of: "a delegation comprised of Y's
# officials", "a team made up of Y experts", "a panel comprising Y judges" are Y's.
COMPOSED_NOUNS = frozenset(
    {"group", "team", "delegation", "contingent", "panel", "mission", "committee",
     "commission", "body", "unit"}
)  # fmt: skip
# Participles that say what a body is made of, with the "of" phrase they take ("made up
# of", "consisting of"; "comprising" takes its members as an object).
COMPOSING_VERBS = frozenset({"comprise", "compose", "consist", "make", "form"})
# Heads that speak or act for what their "for" phrase names: "a spokesman for the EU".
REPRESENTATIVE_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "negotiator",
     "ambassador", "emissary"}
)  # fmt: skip
# Event nouns of force, whose modifiers name who used it ("US drone attacks").
FORCE_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "air-strike", "raid", "airraid", "bombing",
     "bombardment", "shelling", "offensive", "assault", "incursion", "invasion", "barrage",
     "ambush", "fire", "gunfire", "crackdown", "onslaught"}
)  # fmt: skip
# Refugees and civilians (the sectors of the nouns that head them) fleeing a place are of
# its country; "foreign" ones and migrants, who often cross a country, are not.
FLIGHT_VERBS = frozenset({"flee", "escape"})
DISPLACED_SECTORS = frozenset({"REF", "CVL"})
NOT_DISPLACED = frozenset({"migrant", "migrants", "foreigner", "foreigners"})
# What is fled that is where the people are: "fleeing the fighting in Y", "Y's war".
TURMOIL_NOUNS = frozenset(
    {"war", "conflict", "fighting", "violence", "unrest", "crisis", "turmoil", "chaos",
     "famine", "drought", "hostilities", "bloodshed", "upheaval", "hunger", "insurgency",
     "persecution", "repression", "instability", "lawlessness", "strife"}
)  # fmt: skip
# Of those, the ones a nationality before may only place ("the Y civil war"), not author.
PLACED_TURMOIL = frozenset({"war", "conflict", "crisis", "unrest", "turmoil", "famine", "drought"})
FLIGHT_PLACE_KINDS = frozenset({"country", "metonym", "place"})
# The parties to a war or conflict in a place are of its country ("parties to the
# conflict in Y"); "warring" ones named only by the place ("the warring factions in Y").
CONFLICT_PARTIES = frozenset(
    {"parties", "sides", "factions", "belligerents", "combatants"}
)  # fmt: skip
WARRING = frozenset({"warring", "rival", "feuding", "fighting", "belligerent"})
PARTY_PREPS = frozenset({"to", "in"})
OBJECT_LINKS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass"})
# Links from an event noun to the words that modify it before it.
FORCE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Mention kinds that name a place, which before an event noun says where it happened.
PLACE_KINDS = frozenset({"metonym", "place"})
# Links and mention kinds of a country or place inside a name before an agent noun
# ("Baghdad University Medical School").
NAME_DEPS = frozenset({"compound", "nmod"})
NAME_PLACE_KINDS = frozenset({"country", "metonym", "place"})
# Possessive pronouns that give an agent noun an owner ("its troops", "their forces").
POSSESSIVES = frozenset({"its", "their"})
# Part-of-speech tags of a singular noun (an owner of "its"); plural nouns own "their".
SINGULAR_TAGS = frozenset({"NN", "NNP"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Mention kinds that name a collective, which both "its" and "their" may refer to.
COLLECTIVE_KINDS = frozenset({"organisation"})
# Mention kinds that name a country or a place standing for its government.
STATE_KINDS = frozenset({"country", "metonym"})
# Nouns naming an institution, not a person: "the government said its troops", never
# "the president said its troops".
INSTITUTION_NOUNS = frozenset(
    {"government", "army", "military", "police", "navy", "ministry", "regime",
     "administration", "cabinet", "parliament", "authority", "authorities", "council",
     "junta", "embassy", "state", "coalition", "alliance", "party", "movement", "group",
     "organisation", "organization", "force", "command", "leadership", "agency"}
)  # fmt: skip
# Sectors of an owner that is a country as a whole: its troops are the country's military.
COUNTRY_SECTORS = frozenset({"GOV", "CVL"})
# Sectors of the agents who act for a country ("its troops", "its diplomats"); its people
# or citizens do not ("allow its people to speak" is no act of the state).
STATE_AGENT_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Sectors of the agents who act for an organisation: also its fighters ("its fighters").
GROUP_AGENT_SECTORS = frozenset({*STATE_AGENT_SECTORS, "REB"})
# Clause links along which an owned phrase looks up for the subject that owns it.
OWNER_LINKS = frozenset({"ccomp", "conj", "advcl", "xcomp"})
# Pronouns that may stand for the one a duty is told to ("told Y that it must go").
ADDRESSEE_PRONOUNS = frozenset({"it", "they", "he", "she"})
# Participles through which a modifier leads what the noun names ("US-led forces").
LEADING_PARTICIPLES = frozenset({"led"})
SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "state",
        "add",
        "note",
        "insist",
        "claim",
        "declare",
        "announce",
        "explain",
        "warn",
        "believe",
        "think",
        "report",
        "write",
        "confirm",
        "reiterate",
        "stress",
        "assert",
        "affirm",
        "acknowledge",
        "admit",
        "argue",
        "vow",
        "pledge",
        "promise",
        "indicate",
        "signal",
        "reply",
        "respond",
        "complain",
        "charge",
        "allege",
        "maintain",
        "repeat",
        "emphasize",
        "emphasise",
        "predict",
        "decide",
        "conclude",
    ]
)


@dataclass(frozen=True)
class MentionIndex:
    """Token index -> the mention covering it, for one parsed article."""

    mentions: Sequence[Mention]
    by_token: dict[int, Mention] = field(default_factory=dict)

    @classmethod
    def build(cls, mentions: Sequence[Mention]) -> MentionIndex:
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        return cls(mentions=mentions, by_token=by_token)

    def at(self, index: int) -> Mention | None:
        return self.by_token.get(index)

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def mentions_of(
    token: Token, index: MentionIndex, agents: frozenset[str], owned: bool = True
) -> list[Mention]:
    """The actor mentions an argument token stands for (coordination included); with
    `owned` false, no "its troops" is traced to its owner (an owner is named directly)."""
    found: list[Mention] = []
    for head in with_conjuncts(token):
        mention = index.at(head.i)
        known = mention is not None and is_known(mention)
        if mention is not None and known and mention.kind == "person":
            mention = _stated_role(mention, head, index, agents)
        inner = _modifiers(head, index)  # "US and British forces": the resolver joins
        if not inner and mention is not None and known:  # "British forces", not "US"
            inner = [mention]
        if not inner:
            mention = _inside(head, index, agents) or _speaker(head, index)
            mention = mention or (_owned(head, index, agents) if owned else None)
            inner = [mention] if mention is not None else []
        found.extend(m for m in inner if is_known(m) and m not in found)
    return found


def _modifiers(head: Token, index: MentionIndex) -> list[Mention]:
    """Coordinated actor modifiers of one noun: "the Turkish and Greek sides" names both;
    each takes the noun's sector ("Ethiopian and Eritrean troops": ETHMIL and ERIMIL)."""
    found: list[Mention] = []
    for child in head.children:
        if child.dep_ not in ("amod", "compound", "nmod") or child.pos_ not in ("ADJ", "PROPN"):
            continue
        conjuncts = [c for c in child.children if c.dep_ == "conj"]
        if not conjuncts:
            continue
        for modifier in [child, *conjuncts]:
            mention = index.at(modifier.i)
            if mention is not None and mention not in found:
                found.append(mention)
    if len(found) < 2:
        return []
    return [_with_sector(m, _head_sector(head, index)) for m in found]


def _head_sector(head: Token, index: MentionIndex) -> str | None:
    """The sector the modified noun names ("Eritrean troops": MIL)."""
    mention = index.at(head.i)
    return mention.actor.sector if mention is not None else None


def _with_sector(mention: Mention, sector: str | None) -> Mention:
    """ "Ethiopian and Eritrean troops": the bare nationality takes the troops' sector."""
    actor = mention.actor
    if sector is None or actor.sector is not None or not actor.country:
        return mention
    return replace(mention, actor=replace(actor, sector=sector, code=actor.country + sector))


def is_known(mention: Mention) -> bool:
    """Whether a mention names a coded actor (a country or a CAMEO code), not just a noun."""
    return bool(mention.actor.code or mention.actor.country)


def _stated_role(
    mention: Mention, head: Token, index: MentionIndex, agents: frozenset[str]
) -> Mention:
    """A person known only by nationality takes the role an apposition or a title before
    the name states ("U.N. mediator Diego Cordovez")."""
    if mention.actor.sector is not None:
        return mention
    for child in head.children:
        if child.dep_ == "compound" and mention.start <= child.i < mention.end:
            continue  # the person's own name
        if child.dep_ not in ("appos", "compound") or child.pos_ not in ("NOUN", "PROPN"):
            continue
        role = index.at(child.i)
        if role is None or not is_known(role):
            role = _inside(child, index, agents)
        if role is not None and role.actor.code and role.actor.code != mention.actor.code:
            found = role.actor
            actor = replace(mention.actor, country=found.country, sector=found.sector)
            return replace(mention, actor=replace(actor, code=found.code))
    return mention


def inner_actor(head: Token, index: MentionIndex) -> Mention | None:
    """A known actor the noun phrase headed by `head` names inside it ("the United
    Nations Emergency Relief Coordinator": the UN), else None."""
    mention = _inside(head, index, frozenset())
    return mention if mention is not None and is_known(mention) else None


def _inside(head: Token, index: MentionIndex, agents: frozenset[str]) -> Mention | None:
    """A known mention inside the noun phrase headed by `head`, through noun-internal
    links (an apposition's own phrase included)."""
    lemma = head.lemma_.lower()
    if lemma in FORCE_NOUNS:
        return force_author(head, index)
    titled = _titled_of_country(head, index)
    if titled is not None:
        return titled
    for child in head.children:
        if child.dep_ in NOUN_INTERNAL:
            mention = index.at(child.i) or leader(child, index)
            if mention is not None and is_known(mention):
                return mention
        if child.dep_ == "prep" and (
            (child.lower_ in ("of", "from") and (lemma in agents or lemma in MEMBER_NOUNS))
            or (child.lower_ == "for" and lemma in REPRESENTATIVE_NOUNS)
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    mention = index.at(pobj.i) or _inside(pobj, index, agents)
                    if mention is not None:
                        return mention
    composed = _composed_of(head, index, agents)
    if composed is not None:
        return composed
    within = _named_within(head, index) or _fled_from(head, index) or _warring(head, index)
    if within is not None:
        return within
    if not _names_someone(head, index, agents):
        return None
    appositions = (c for c in head.children if c.dep_ == "appos")
    return next((m for c in appositions if (m := _inside(c, index, agents))), None)


def _composed_of(head: Token, index: MentionIndex, agents: frozenset[str]) -> Mention | None:
    """The one actor a body is made of: "a delegation comprised of the heads of Y's
    institutions", "a team made up of Y officials", "a panel comprising Y judges" are
    Y's. A body of several actors ("made up of Y and Z officials") is no one of them."""
    if head.lemma_.lower() not in COMPOSED_NOUNS:
        return None
    for participle in head.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in COMPOSING_VERBS:
            continue
        for member in _members_named(participle):
            if any(c.dep_ == "conj" for c in member.children) or _modifiers(member, index):
                return None
            mention = index.at(member.i) or _inside(member, index, agents)
            if mention is not None and is_known(mention):
                return mention
    return None


def _members_named(participle: Token) -> list[Token]:
    """What a participle of composition names as the members: the object of "of" ("made
    up of Y", "consisting of Y"), or its own object ("comprising Y"); "made" needs its
    "up" ("a delegation made of" is no English use, "made by" names the maker)."""
    lemma = participle.lemma_.lower()
    if lemma == "make" and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in participle.children
    ):
        return []
    members = [c for c in participle.children if c.dep_ == "dobj" and lemma == "comprise"]
    for prep in participle.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            members.extend(c for c in prep.children if c.dep_ == "pobj")
    return members


def _titled_of_country(head: Token, index: MentionIndex) -> Mention | None:
    """A title and a name the knowledge base does not know, "of" a country: "President
    Jorge Bolano of Chile", "King Hassan of Morocco" hold that country's office (CHLGOV,
    MARGOV). Only a country counts: "President Smith of the bank" names no state."""
    agent = index.at(head.i)
    if agent is None or agent.kind != "agent" or agent.actor.country or not agent.actor.sector:
        return None
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for pobj in child.children:
            place = index.at(pobj.i) if pobj.dep_ == "pobj" else None
            if place is not None and place.kind == "country" and place.actor.country:
                country, sector = place.actor.country, agent.actor.sector
                actor = replace(
                    agent.actor,
                    text=head.doc[agent.start : place.end].text,
                    country=country,
                    code=country + sector,
                )
                return Mention(agent.start, place.end, actor, "group")
    return None


def _named_within(head: Token, index: MentionIndex) -> Mention | None:
    """An agent noun after a proper name with a country or place inside it: "Montenegro
    Municipality Association officials", "Baghdad University Medical School". The place
    names the country, the agent noun the sector (MNEGOV, IRQEDU): a capital inside a
    name is no government."""
    agent = index.at(head.i)
    if agent is None or agent.kind != "agent" or agent.actor.country or not agent.actor.sector:
        return None
    place = _name_place(head, index, depth=0)
    if place is None or not place.actor.country:
        return None
    country, sector = place.actor.country, agent.actor.sector
    text = head.doc[place.start : head.i + 1].text
    actor = Actor(text=text, country=country, sector=sector, code=country + sector)
    return Mention(place.start, head.i + 1, actor, "group")


def _fled_from(head: Token, index: MentionIndex) -> Mention | None:
    """Refugees or civilians fleeing a place or the turmoil in it, as the people of its
    country with the noun's sector ("refugees fleeing the civil war in Y": Y's REF)."""
    agent = index.at(head.i)
    if agent is None or agent.actor.country or agent.actor.sector not in DISPLACED_SECTORS:
        return None
    if head.lower_ in NOT_DISPLACED or any(c.lower_ == "foreign" for c in head.children):
        return None
    for verb in head.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in FLIGHT_VERBS:
            place = _fled_place(verb, index)
            if place is not None and place.actor.country:
                country, sector = place.actor.country, str(agent.actor.sector)
                end = max(place.end, *(c.i + 1 for c in verb.children if c.dep_ == "dobj"))
                text = head.doc[head.i : end].text
                actor = Actor(text=text, country=country, sector=sector, code=country + sector)
                return Mention(head.i, end, actor, "group")
    return None


def _fled_place(verb: Token, index: MentionIndex) -> Mention | None:
    """The place a flight leaves: its object ("fleeing Y"), its "from" or "in" phrase,
    or the place of the turmoil it flees ("the war in Y", "Y's civil war")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for token in holders:
        found = _flight_place(token, index, token is verb)
        if found is not None:
            return found
    return None


def _flight_place(token: Token, index: MentionIndex, is_verb: bool) -> Mention | None:
    """A place `token` names (an object of flight), or one in its "in"/"from" phrase or,
    for turmoil, before it."""
    if not is_verb:
        mention = index.at(token.i)
        if mention is not None:
            return mention if mention.kind in FLIGHT_PLACE_KINDS else None
        if token.lemma_.lower() not in TURMOIL_NOUNS:
            return None
    preps = ("from", "in") if is_verb else ("in",)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                mention = index.at(pobj.i) if pobj.dep_ == "pobj" else None
                if mention is not None and mention.kind in FLIGHT_PLACE_KINDS:
                    return mention
        elif not is_verb and child.dep_ in FORCE_MODIFIER_DEPS:
            mention = index.at(child.i)
            if mention is not None and _places_turmoil(mention, token):
                return mention
    return None


def _warring(head: Token, index: MentionIndex) -> Mention | None:
    """The parties or sides to a war or conflict in a place, as its country ("parties to
    the conflict in Y", "all sides in Y's civil war", "the warring factions in Y")."""
    if head.lower_ not in CONFLICT_PARTIES:
        return None
    warring = any(c.dep_ == "amod" and c.lower_ in WARRING for c in head.children)
    for prep in _trailing_preps(head):
        if prep.lower_ not in PARTY_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            mention = index.at(pobj.i)
            place = mention if warring and prep.lower_ == "in" else None
            if place is None and pobj.lemma_.lower() in TURMOIL_NOUNS:
                place = _flight_place(pobj, index, is_verb=False)
            if place is not None and place.kind in FLIGHT_PLACE_KINDS and place.actor.country:
                country = place.actor.country
                end = max(place.end, pobj.i + 1)
                actor = Actor(text=head.doc[head.i : end].text, country=country, code=country)
                return Mention(head.i, end, actor, "group")
    return None


def _trailing_preps(head: Token) -> list[Token]:
    """The prepositions of a noun, and one right after it that the parser hung on its
    verb ("demanded [parties] [to the conflict in Y] to allow ...")."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    after = head.right_edge.i + 1
    if head.dep_ in OBJECT_LINKS and after < len(head.doc):
        following = head.doc[after]
        if following.dep_ == "prep" and following.head.i == head.head.i:
            preps.append(following)
    return preps


def _places_turmoil(mention: Mention, turmoil: Token) -> bool:
    """Whether a modifier of turmoil says where it is: a place, or a nationality before a
    war or a crisis ("the Y civil war"), never before violence or persecution (its author)."""
    if mention.kind in FLIGHT_PLACE_KINDS:
        return True
    return mention.kind == "demonym" and turmoil.lemma_.lower() in PLACED_TURMOIL


def _name_place(token: Token, index: MentionIndex, depth: int) -> Mention | None:
    """A country or place among the capitalised words of a name before `token`, through
    at most three of them ("Montenegro Municipality Association")."""
    for child in token.children:
        if child.dep_ not in NAME_DEPS or child.pos_ != "PROPN" or child.i > token.i:
            continue
        mention = index.at(child.i)
        if mention is not None:
            return mention if mention.kind in NAME_PLACE_KINDS else None
        if depth < 2:
            found = _name_place(child, index, depth + 1)
            if found is not None:
                return found
    return None


def force_author(noun: Token, index: MentionIndex) -> Mention | None:
    """Who an event noun of force is by: the actor a modifier names, through noun
    compounds ("US drone attacks": US), its possessor ("Israel's strikes"), else, when
    the noun is a subject, its "by" phrase ("attacks by Hamas killed"). A place modifier
    names where: "the Mumbai attacks" is by no one the text names."""
    found = _force_modifier(noun, index, depth=0)
    if found is not None or noun.dep_ not in SUBJECT_DEPS:
        return found  # "discussed the attack by X" is no discussion with X
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                mention = index.at(pobj.i) if pobj.dep_ == "pobj" else None
                if mention is not None and is_known(mention):
                    return mention
    return None


def _force_modifier(noun: Token, index: MentionIndex, depth: int) -> Mention | None:
    """The known actor among the modifiers of `noun`, or of a noun compound on it ("US
    drone attacks": "US" modifies "drone"), a place kept out unless it is the possessor
    ("Moscow's offensive")."""
    for child in noun.children:
        if child.dep_ not in FORCE_MODIFIER_DEPS:
            continue
        mention = index.at(child.i) or leader(child, index)
        if mention is not None and is_known(mention):
            if mention.kind not in PLACE_KINDS or child.dep_ == "poss":
                return mention
            continue
        if child.dep_ == "compound" and child.pos_ == "NOUN" and depth < 2:
            inner = _force_modifier(child, index, depth + 1)
            if inner is not None:
                return inner
    return None


def _names_someone(head: Token, index: MentionIndex, agents: frozenset[str]) -> bool:
    """Whether a noun names a person or agent whose apposition may state their role
    ("John Smith, a spokesman for the EU"), not a thing ("the partnership, Y's security")."""
    mention = index.at(head.i)
    return (
        head.pos_ == "PROPN"
        or (mention is not None and mention.kind in ("agent", "person"))
        or head.lemma_.lower() in agents
        or head.lemma_.lower() in REPRESENTATIVE_NOUNS
    )


def _speaker(head: Token, index: MentionIndex) -> Mention | None:
    """ "X said he was pessimistic": `he` is X when its clause is what X said; but
    "X told Y that it must leave": a duty told to Y is Y's (`_duty_addressee`)."""
    addressee = _duty_addressee(head, index)
    if addressee is not None:
        return addressee
    speaker = speaker_of(head)
    if speaker is None:
        return None
    mention = index.at(speaker.i)
    if mention is not None and is_known(mention):
        return mention
    return _titled_of_country(speaker, index)  # "King Hassan of Morocco said he ..."


def _duty_addressee(head: Token, index: MentionIndex) -> Mention | None:
    """The actor a duty is told to, when a third-person pronoun is the duty's subject:
    "X told Y that it must withdraw", "X issued a reminder to Y that it must cooperate"
    (one does not remind another of one's own duty)."""
    if head.pos_ != "PRON" or head.lower_ not in ADDRESSEE_PRONOUNS or head.dep_ != "nsubj":
        return None
    clause = head.head
    stating = stating_verb(clause) if is_obligation(clause) else None
    if stating is None:
        return None
    for token in addressees(stating, clause):
        mention = index.at(token.i)
        if mention is not None and is_known(mention):
            return mention
    return None


# Verbs that report someone's words through an "as saying" phrase.
QUOTING_VERBS = frozenset({"quote", "cite", "report"})


def speaker_of(head: Token) -> Token | None:
    """The subject of the speech verb whose reported clause a pronoun is the subject of
    ("X said he was pessimistic": X), else None."""
    if head.lower_ not in SPEECH_PRONOUNS or head.pos_ != "PRON":
        return None
    clause = head.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    speech = clause.head
    for child in speech.children:
        if child.dep_ == "nsubj" and child.i != head.i:
            return child
    return _quoted_speaker(speech)


def _quoted_speaker(speech: Token) -> Token | None:
    """The one quoted when a speech verb is the "as" phrase of a verb of quoting: "X was
    quoted as saying he would ..." (X), "Y quoted X as saying" (X)."""
    prep = speech.head
    if speech.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    deps = ("dobj", "nsubjpass")
    return next((c for c in verb.children if c.dep_ in deps), None)


def _owned(head: Token, index: MentionIndex, agents: frozenset[str]) -> Mention | None:
    """ "Nigeria said its troops attacked rebels": a subject "its/their + agent noun" is
    the agent of the actor the governing clause's subject names (NGAMIL)."""
    possessive = next(
        (c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None
    )
    agent = index.at(head.i)
    if possessive is None or agent is None or agent.kind != "agent" or not agent.actor.sector:
        return None
    if head.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None
    owners = _owners(head.head, possessive.i, index, agents)
    if len(owners) != 1 or not _agrees(possessive, owners[0], head.doc):
        return None
    start, end = min(possessive.i, agent.start), max(head.i + 1, agent.end)
    actor = _owned_actor(owners[0].actor, agent.actor.sector, head.doc[start:end].text)
    return None if actor is None else Mention(start, end, actor, "group")


def _owners(verb: Token, before: int, index: MentionIndex, agents: frozenset[str]) -> list[Mention]:
    """The known actors the subject of the clause governing `verb` names: the first
    clause up the tree with a subject of its own ("Nigeria said [its troops attacked]");
    in a main clause, the nearest known subject before position `before`."""
    clause = verb
    for _ in range(4):
        if clause.head.i == clause.i:
            return _preceding_subject(verb.doc[verb.sent.start : before], index, agents)
        if clause.dep_ not in OWNER_LINKS:
            return []
        clause = clause.head
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            found = [m for s in subjects for m in mentions_of(s, index, agents, owned=False)]
            return [] if any(m.kind == "person" for m in found) else found
    return []


def _preceding_subject(span: Any, index: MentionIndex, agents: frozenset[str]) -> list[Mention]:
    """The known actors the last subject with one in `span` names: "After Nigeria
    attacked, its troops entered the town" (Nigeria)."""
    for token in reversed(span):
        if token.dep_ in SUBJECT_DEPS:
            found = mentions_of(token, index, agents, owned=False)
            if found:
                return [] if any(m.kind == "person" for m in found) else found
    return []


def _agrees(possessive: Token, owner: Mention, doc: Any) -> bool:
    """ "its" refers to a singular noun that is no person ("the government", not "the
    president"), "their" to a plural one; both to an organisation."""
    if owner.kind in COLLECTIVE_KINDS:
        return True
    root = doc[owner.start : owner.end].root
    if possessive.lower_ != "its":
        return root.tag_ in PLURAL_TAGS
    institution = owner.kind in STATE_KINDS or root.lemma_.lower() in INSTITUTION_NOUNS
    return root.tag_ in SINGULAR_TAGS and institution


def _owned_actor(owner: Actor, sector: str, text: str) -> Actor | None:
    """A country's agents take its country and their own sector ("its troops": NGAMIL);
    an organisation's or a group's are the organisation ("its fighters": its own code).
    Agents who do not act for their owner ("its people") are no one's: None."""
    if owner.country and (owner.sector is None or owner.sector in COUNTRY_SECTORS):
        if sector not in STATE_AGENT_SECTORS:
            return None
        return Actor(text=text, country=owner.country, sector=sector, code=owner.country + sector)
    return replace(owner, text=text) if sector in GROUP_AGENT_SECTORS else None


def leader(modifier: Token, index: MentionIndex) -> Mention | None:
    """ "US-led forces", "Saudi-backed militias": the actor modifying a leading participle."""
    if modifier.lower_ not in LEADING_PARTICIPLES:
        return None
    for child in modifier.children:
        if child.dep_ in ("npadvmod", "compound", "amod", "nmod"):
            found = index.at(child.i)
            if found is not None and is_known(found):
                return found
    return None


def mention_text_span(mention: Mention, doc: Any) -> Any:
    return doc[mention.start : mention.end]
