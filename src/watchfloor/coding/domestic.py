"""Domestic agents named without a nationality take the country of their clause's place.

"Police fired tear gas at protesters in Khartoum": the police are Sudanese police
(SDNCOP). "Protesters gathered in Khartoum": Sudanese civilians (SDNCVL). The rule:

- only agents of domestic sectors (`DOMESTIC_SECTORS`: police, civilians and
  protesters, students, workers, farmers, government officials, legislators, courts,
  the opposition) take the place's country. Armed forces and rebels do not: soldiers
  shelling villages near Kharkiv may be either side's, so "Soldiers shelled villages
  near Kharkiv" leaves the soldiers without a country;
- an agent whose own phrase names its body or country in words the resolver did not
  join to it ("the United Nations Emergency Relief Coordinator") is that one's
  (`coding.actors`), never the place's;
- the place is stated in the agent's own clause, after a locative preposition ("in",
  "at", "near", "outside") on the verb or on one of its arguments ("at protesters in
  Khartoum"), never deeper inside a noun phrase;
- it must be unambiguous: the gazetteer knows every place the clause names, they all
  lie in one country, and no name lies in several ("Valencia" does);
- travel and meeting verbs state a venue, not a home ("officials arrived in Geneva",
  "officials met in Geneva"): their clause gives no country, save going out on a
  protest ("workers went on strike in Lagos");
- without a place, an agent the clause's police or court act on takes their country:
  police and courts act within their own country ("Egyptian police dispersed
  demonstrators": EGYCVL). The agent must not be the clause's subject.
  So do elites, former officials without a country of their own ("a Y judge ordered
  former president X to appear"), whom a place does not localize: they travel.
- without a place, an opposition (an opposition leader, party or newspaper) that a
  state of one country (the country, its government, forces, police, legislature or
  courts) acts on in conflict or orders, as the object of its verb, is that state's
  own: "the Nicaraguan government arrested an opposition leader" (NICOPP). Not through
  deeper noun phrases, and not in cooperation: "Freedonia backed opposition groups"
  may back another country's.

Some acts are done on a country's own ground, and CAMEO codes them against that country
even when the actor is of it ("DZA -> DZA"). Their target (`domestic_target`), when the
syntax names none, is:

- for imposing, extending or easing a curfew, a state of emergency or martial law, the
  country of the place it is imposed in ("imposed a curfew in Abidjan": CIV); with no
  place stated, the imposing state's own country, since one imposes these on one's own
  territory (a country, or its government, army, police, legislature or courts: rebels
  impose no martial law the codebook would count);
- for protest (demonstrations, rallies, strikes, hunger strikes, blockades, riots) by
  people outside the state (a source with a sector that is not of the state, or people
  the subject names whose country only a nationality states: "Iraqi Kurds"), the
  country of the place it is held in: its authorities are whom it addresses ("Nigerians
  rallied in Lagos": NGA). With no place stated there is no target, and a country or
  its government "protesting in Geneva" is diplomacy, not a protest held there.

The place must be stated in the act's own locative phrases: on the predicate, on its
object, on the verb that carries an event noun ("staged rallies in Gaza"), on the
gathering a movement is for or goes out on ("converged for a rally in Lagos", "went on
strike in Lagos"), or on the site it is at ("rioted at a jail in Lagos", unless a
nationality or a country names whose the site is: "outside the Freedonian embassy in
Lagos" faces the embassy); never on the actor ("exiles in London protested" says where
the exiles live) nor deeper, except where a "throughout" or "across" phrase spreads the
actors over the place ("students throughout Indonesia staged demonstrations"). A
partitive actor's members count as the actor ("thousands of students"). Every
place named there must be known to the gazetteer and lie in one country, as above. A
place that does not resolve gives no target, and it also bars the fallback to the
imposing state's country; places in several countries give no target at all, not even
by the older place rules of `targets` (`places_split`).

The target is a country-level actor: its text is the place named ("Abidjan"), or without
a place the phrase of the act ("martial law"), so the evidence shows what it rests on;
its code is the country's code, with no sector. Its mention kind is `DOMESTIC_KIND`, by
which the coder keeps it even when the source is of the same country.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any, Protocol

from watchfloor.coding.actors import MEMBER_NOUNS, MentionIndex, inner_actor, mentions_of
from watchfloor.coding.clauses import (
    OBJECT_DEPS,
    Token,
    act_heads,
    verb_arguments,
    with_conjuncts,
)
from watchfloor.coding.ontology import PROTEST_ROOT
from watchfloor.domain import Actor
from watchfloor.kb import Mention
from watchfloor.nlp.places import PLACE_LABELS

DOMESTIC_SECTORS = frozenset({"COP", "CVL", "EDU", "LAB", "AGR", "GOV", "LEG", "JUD", "OPP"})
# Former officials and other elites ("former president X") travel and speak abroad: a
# place gives them no country, but the police or courts that act on them do.
ELITES = frozenset({"ELI"})
# Police and courts act within their own country: the people they act on are of it,
# and so is the coercion they do (`jurisdiction_target`).
JURISDICTION = frozenset({"COP", "JUD"})
# Coercion (17) that only a state's own police and courts do at home, and the bans and
# restrictions (172: outlawing, banning, curfews) its government or legislature impose.
COERCION_ROOT = "17"
BANS = frozenset({"172"})
ARMED = frozenset({"MIL"})
# Clauses hung on an object noun: what they say happened elsewhere does not place it.
CLAUSE_MODIFIERS = frozenset({"acl", "relcl", "advcl"})
FRONTIERS = frozenset({"border", "frontier", "crossing", "checkpoint", "airspace"})
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "within", "throughout"}
)
# Prepositions that spread the people they qualify over a place, and so their act
# ("students throughout Indonesia staged demonstrations").
DISTRIBUTIVE_PREPS = frozenset({"throughout", "across"})
# Prepositions by which a movement is toward the gathering it is for ("converged for a
# rally in Lagos"), and the gatherings that hold a protest's place.
PURPOSE_PREPS = frozenset({"for", "to"})
# The preposition by which one goes out on a protest ("went on strike in Lagos").
OUTING_PREPS = frozenset({"on"})
GATHERINGS = frozenset(
    {"rally", "demonstration", "protest", "march", "strike", "sit-in", "vigil", "meeting"}
)
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
# Entity labels of names of people: "Kurds", "Zora Marek".
PEOPLE_LABELS = frozenset({"PERSON", "NORP"})
UNLABELLED = ""
OPPOSITION = "OPP"
# Mentions of a country itself, or of a capital standing for its state.
STATE_KINDS = frozenset({"country", "metonym"})
# Imposing or easing a curfew, a state of emergency or martial law; protest.
EMERGENCY_CODES = frozenset({"1723", "1724", "0813", "0814"})
# Sectors of a state that may impose a curfew or martial law (a country itself too).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
DOMESTIC_KIND = "domestic"
# Modifiers of a site that name whose it is ("the Freedonian embassy", "Sylvania's
# consulate").
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})
CONTAINERS = frozenset(
    {"capital", "city", "town", "village", "region", "province", "district", "outskirts",
     "suburbs", "centre", "center", "streets", "area"}
)  # fmt: skip


# Whether a verb is an act of conflict (`localize`).
Hostile = Callable[[Any], bool] | None


class Places(Protocol):
    """The gazetteer (`watchfloor.kb` `Gazetteer`)."""

    def country_of(self, name: str) -> str | None: ...


def localize(
    mentions: Sequence[Mention], doc: Any, places: Places, hostile: Hostile = None
) -> list[Mention]:
    """The mentions, with each domestic agent lacking a country given its clause's
    country (see the module doc); `hostile` tells the verbs of conflict, by which a
    state acting on an opposition acts on its own (`_opposing_state`)."""
    index = MentionIndex.build(mentions)
    return [_localized(m, doc, places, index, hostile) for m in mentions]


def _localized(
    mention: Mention, doc: Any, places: Places, index: MentionIndex, hostile: Hostile
) -> Mention:
    actor = mention.actor
    domestic = actor.sector in DOMESTIC_SECTORS
    if actor.country or not (domestic or actor.sector in ELITES) or mention.kind != "agent":
        return mention
    head = doc[mention.start : mention.end].root
    if inner_actor(head, index) is not None:
        return mention  # "the UN Emergency Relief Coordinator": the UN's, not the place's
    verb = clause_verb(head)
    if verb is None or (verb.lemma_.lower() in VENUE_VERBS and not _goes_out(verb)):
        return mention
    country = (clause_country(verb, places) if domestic else None) or _jurisdiction(
        head, verb, index
    )
    if country is None and actor.sector == OPPOSITION and hostile is not None and hostile(verb):
        country = _opposing_state(head, verb, index)
    if country is None:
        return mention
    sector = actor.sector or ""
    return replace(mention, actor=replace(actor, country=country, code=country + sector))


def _goes_out(verb: Token) -> bool:
    """Whether a movement verb is the going out on a protest ("went on strike in Lagos",
    "came out on a hunger strike"): its place is where the protest is, not a venue."""
    return any(_gathering(o) for o in _prep_objects(verb, OUTING_PREPS))


def _jurisdiction(head: Token, verb: Token, index: MentionIndex) -> str | None:
    """The country of the police or court that act on the agent in its clause: they act
    within their own country ("Egyptian police dispersed demonstrators")."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return None
    for subject in verb_arguments(verb).subjects:
        found = index.at(subject.i)
        if found is not None and found.actor.country and found.actor.sector in JURISDICTION:
            return found.actor.country
    return None


def _opposing_state(head: Token, verb: Token, index: MentionIndex) -> str | None:
    """The country of the state that acts in conflict on an opposition named without a
    country: an opposition is in opposition to its own state ("the Nicaraguan government
    arrested an opposition leader"), while a state may back another's ("Freedonia
    backed opposition groups" says nothing of whose). Only its object, its passive subject or a
    prepositional object of the verb itself, never deeper ("condemned the arrest of
    opposition leaders" says nothing of whose), and only a state (a country, its
    government, forces, police, legislature or courts) of one country."""
    arguments = verb_arguments(verb)
    if _first_conjunct(head) not in (*arguments.objects, *arguments.datives, *_verb_pobjs(verb)):
        return None
    if _is_stance(head):
        return None  # "reiterated their opposition to the act": a stance, no party
    states = [m for s in arguments.subjects for m in mentions_of(s, index, frozenset())]
    countries = {m.actor.country for m in states}
    if not states or len(countries) != 1 or not all(_is_state(m) for m in states):
        return None
    return next(iter(countries))


def _is_stance(head: Token) -> bool:
    """Whether "opposition" names a stance, not the political opposition: someone's
    ("their opposition", "Russia's opposition") or to something ("opposition to the act")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "to") for c in head.children)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _verb_pobjs(verb: Token) -> Iterator[Token]:
    for prep in verb.children:
        if prep.dep_ == "prep":
            yield from (o for o in prep.children if o.dep_ == "pobj")


def _is_state(mention: Mention) -> bool:
    sector = mention.actor.sector
    if sector is None:
        return mention.kind in STATE_KINDS
    return sector in STATE_SECTORS


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
            yield from members(child)
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
    return str(_name_span(token).text)


def is_domestic_act(code: str) -> bool:
    """Whether an act is done on a country's own ground (see the module doc)."""
    return code in EMERGENCY_CODES or code[:2] == PROTEST_ROOT


def domestic_target(
    trigger: Token, code: str, sources: Sequence[Mention], places: Places
) -> Mention | None:
    """The target of an act done on a country's own ground (see the module doc)."""
    if not is_domestic_act(code):
        return None
    if code[:2] == PROTEST_ROOT and not all(_is_populace(s, trigger) for s in sources):
        return None
    phrases = list(_act_locatives(trigger))
    names = _named_in(phrases)
    if names:
        countries = _countries(names, places)
        country = next(iter(countries)) if len(countries) == 1 else None
        return None if country is None else _country_target(_name_span(names[0]), country)
    if any(p.lemma_.lower() in CONTAINERS for p in phrases):
        return None  # "in the region": a place not named
    home = _state_country(sources)
    if code not in EMERGENCY_CODES or home is None:
        return None
    return _country_target(_act_phrase(trigger), home)


def jurisdiction_target(
    code: str, sources: Sequence[Mention], objects: Sequence[Token], index: MentionIndex
) -> Mention | None:
    """The own country as target of coercion a state can only do at home, on an object
    the text does not place abroad: police and courts coercing anyone ("Turkish police
    prevented the demonstration"), a government or legislature banning or restricting
    ("the British government outlawed the organization"). Armed forces are not
    included: soldiers detain people abroad too."""
    if code[:2] != COERCION_ROOT or code in EMERGENCY_CODES or not objects:
        return None  # curfews and martial law have their own rule (`domestic_target`)
    home = _state_country(sources)
    sectors = {s.actor.sector for s in sources}
    if home is None or not (sectors <= JURISDICTION or (code[:3] in BANS and not sectors & ARMED)):
        return None
    head = objects[0]
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in FRONTIERS:
        return None  # a border faces a neighbour: "closed the border" is not done at home
    inside = [index.at(t.i) for t in _phrase_tokens(head)]
    if any(m is not None and m.actor.country and m.actor.country != home for m in inside):
        return None  # "arrested two Russian nationals": not the state's own
    return _country_target(head.doc[head.left_edge.i : head.i + 1], home)


def _phrase_tokens(head: Token) -> Iterator[Token]:
    """The tokens of an object's noun phrase without the clauses hung on it: in "prevented
    the demonstration staged by students to protest the sending of troops to Iraq" the
    clause says what the protest is about, not where the demonstration is."""
    yield head
    for child in head.children:
        if child.dep_ not in CLAUSE_MODIFIERS:
            yield from _phrase_tokens(child)


def places_split(trigger: Token, places: Places) -> bool:
    """Whether the act's own locative phrases name places of several known countries ("a
    curfew in Mombasa and Kano")."""
    names = _named_in(list(_act_locatives(trigger)))
    return len(_countries(names, places) - {None}) > 1


def _countries(names: Sequence[Token], places: Places) -> set[str | None]:
    """The countries of place names (None for one the gazetteer does not place)."""
    return {places.country_of(_place_name(name)) for name in names}


def _named_in(phrases: Sequence[Token]) -> list[Token]:
    return [n for phrase in phrases for p in with_conjuncts(phrase) for n in _named_places(p)]


def _is_populace(source: Mention, trigger: Token) -> bool:
    """Whether a source is people outside the state: "Freedonia protested in Geneva" is
    diplomacy, and "Japanese shares rallied in Tokyo" no protest; "Iraqi Kurds rallied
    in Kirkuk" are people of Iraq."""
    sector = source.actor.sector
    if sector is None:
        subjects = [c for verb in act_heads(trigger) for c in verb.children if c.dep_ == "nsubj"]
        return named_people(source, subjects)
    return sector not in STATE_SECTORS


def named_people(source: Mention, subjects: Sequence[Token]) -> bool:
    """Whether a sectorless source is only the nationality or possessive of people named
    as the subject ("Iraqi [Kurds]", "thousands of Iraqi [Kurds]", "[Z], Y's leading
    activist"): the people are of the country, not its state."""
    return any(
        not source.start <= token.i < source.end and token.ent_type_ in PEOPLE_LABELS
        for subject in subjects
        for token in (subject, *members(subject), *_appositions(subject))
    )


def _appositions(noun: Token) -> Iterator[Token]:
    return (c for c in noun.children if c.dep_ == "appos")


def _state_country(sources: Sequence[Mention]) -> str | None:
    """The one country of the sources when they are all of its state, else None."""
    countries = {s.actor.country for s in sources}
    if len(countries) != 1 or any(s.actor.sector not in (None, *STATE_SECTORS) for s in sources):
        return None
    return next(iter(countries))


def _act_locatives(trigger: Token) -> Iterator[Token]:
    """Objects of the locative phrases of the act itself: on the predicate, on its objects,
    on the verb that carries an event noun ("staged rallies in Gaza"), on the gathering
    a movement is for or goes out on ("converged for a rally in Lagos", "went on strike
    in Lagos"), and where its site lies ("at a jail in Lagos"); and the places its actors
    are spread over ("students throughout Indonesia staged rallies")."""
    verbs = act_heads(trigger)
    heads = list(verbs)
    heads += [c for head in verbs for c in head.children if c.dep_ in OBJECT_DEPS]
    gatherings = PURPOSE_PREPS | OUTING_PREPS
    heads += [g for head in verbs for g in _prep_objects(head, gatherings) if _gathering(g)]
    for head in heads:
        for site in _prep_objects(head, LOCATIVE_PREPS):
            yield site
            yield from _site_places(site)
    for verb in verbs:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for people in (subject, *members(subject)):
                yield from _prep_objects(people, DISTRIBUTIVE_PREPS)


def _site_places(site: Token) -> Iterator[Token]:
    """Where the site of an act lies ("rioted at a jail [in Lagos]"), unless a nationality
    or a country names whose the site is ("outside the Freedonian embassy in Lagos": the
    embassy, not the city, is what the act faces)."""
    if any(c.dep_ in OWNER_DEPS and c.ent_type_ in OWNER_LABELS for c in site.children):
        return
    yield from _prep_objects(site, LOCATIVE_PREPS - DISTRIBUTIVE_PREPS)


def members(noun: Token) -> Iterator[Token]:
    """Whom a partitive names ("thousands of students")."""
    if noun.lemma_.lower() in MEMBER_NOUNS:
        yield from _prep_objects(noun, frozenset({"of"}))


def _prep_objects(head: Token, preps: frozenset[str]) -> Iterator[Token]:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (o for o in prep.children if o.dep_ == "pobj")


def _gathering(noun: Token) -> bool:
    return bool(noun.pos_ == "NOUN" and noun.lemma_.lower() in GATHERINGS)


def _act_phrase(trigger: Token) -> Any:
    """What is imposed ("martial law", "the state of emergency"): the predicate's object,
    else the predicate itself."""
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    head = objects[0] if objects else trigger
    return trigger.doc[head.left_edge.i : head.right_edge.i + 1]


def _name_span(token: Token) -> Any:
    """The proper name with the proper-noun compounds before it ("New Delhi"); a common
    noun before it is no part of the name ("the capital Dili")."""
    doc, start = token.doc, token.i
    while start > 0 and _name_part(doc[start - 1], token):
        start -= 1
    return doc[start : token.i + 1]


def _name_part(word: Token, name: Token) -> bool:
    return bool(word.dep_ == "compound" and word.head == name and word.pos_ == "PROPN")


def _country_target(span: Any, country: str) -> Mention:
    actor = Actor(text=str(span.text), country=country, code=country)
    return Mention(span.start, span.end, actor, DOMESTIC_KIND)
