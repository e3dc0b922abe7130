"""What a protest is against, where its phrases say so (rule 4 of `targets`).

- Its purpose clause: "began a hunger strike to protest Y's decision", "marched,
  demanding Y's withdrawal"; a purpose that shows support names whom it is for.
- Its grievance phrases: "in protest of/against/at/over Y", "in defiance of Y", the
  "against" phrase of a protest noun, also of a protest it follows ("rioted following a
  demonstration calling for the removal of Y") or in a relative clause on it.
- An arrest it protests that names neither author nor place: the protesters' own state.
- Whether the protesters' own state may be its target at all: only when they stand
  outside it ("Y students" against "Y's president").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from watchfloor.coding.actors import MentionIndex
from watchfloor.coding.clauses import (
    OBJECT_DEPS,
    Arguments,
    Token,
    act_heads,
    objects_of,
    verb_arguments,
)
from watchfloor.coding.domestic import DOMESTIC_KIND, STATE_SECTORS, named_people
from watchfloor.domain import Actor
from watchfloor.kb import Mention
from watchfloor.nlp.clauses import is_to_infinitive
from watchfloor.nlp.places import PLACE_LABELS

# Protest (14) is against the party its purpose clause names ("to protest Y's decision").
PURPOSE_VERBS = frozenset(
    {"protest", "demand", "denounce", "condemn", "oppose", "press", "urge", "reject",
     "challenge", "decry", "criticize", "criticise", "show", "express", "voice", "call",
     "seek"}
)  # fmt: skip
# What a purpose that only shows or voices backing shows: it names whom a protest is for.
SUPPORT_NOUNS = frozenset({"support", "solidarity", "sympathy", "backing", "loyalty"})
# Phrases naming what a protest is against: "in protest of/against/at/over Y", "in
# defiance of Y"; and the protest nouns whose "against" phrase does ("demonstrations
# against Y"), in an "in"/"during" phrase or as the act itself.
OPPOSING_NOUNS = frozenset({"protest", "defiance"})
OPPOSED_PREPS = frozenset({"of", "against", "at", "over"})
PROTEST_NOUNS = frozenset(
    {"protest", "demonstration", "rally", "march", "strike", "sit-in", "vigil", "riot",
     "boycott", "walkout"}
)  # fmt: skip
PROTEST_NOUN_PREPS = frozenset({"against"})
PROTEST_FRAME_PREPS = frozenset({"in", "during"})
# A protest that follows another continues it: "rioted following a demonstration calling
# for the removal of Y" is aimed at what that demonstration was ("after" and "following",
# which the parser may read as a verb taking the protest as its object).
SEQUEL_PREPS = frozenset({"after", "following"})
# Nouns of an arrest or detention: only a state does it (`arrests_protested`).
ARREST_NOUNS = frozenset({"arrest", "detention", "imprisonment", "jailing", "incarceration"})


def protest_purposes(trigger: Token) -> Iterator[Token]:
    """Purpose infinitives and participles of protest on the trigger, or on the verb
    that carries it ("began a hunger strike [to protest Y's decision]", "marched in
    Lagos, [demanding Y's withdrawal]"), and on the protest noun ("a demonstration
    [calling for the removal of Y]", "a strike [to demand ...]")."""
    heads = act_heads(trigger)
    nouns = [*heads, *(c for head in heads for c in head.children if c.dep_ in OBJECT_DEPS)]
    nouns += [p for head in heads for p in preceding_protests(head)]
    holders = [(head, "advcl") for head in heads]
    holders += [(noun, "acl") for noun in nouns if is_protest_noun(noun)]
    for holder, dep in holders:
        for child in holder.children:
            if child.dep_ != dep or child.lemma_.lower() not in PURPOSE_VERBS:
                continue
            if _voices_support(child):
                continue  # "to show their support for Y": Y is whom it is for
            if child.tag_ == "VBG" or is_to_infinitive(child):
                yield child


def _voices_support(purpose: Token) -> bool:
    """Whether a protest's purpose shows or voices support, solidarity or sympathy: it
    names whom the protest is for, not whom it is against."""
    objects = verb_arguments(purpose).objects
    return any(o.lemma_.lower() in SUPPORT_NOUNS for o in objects)


def grievance_phrases(trigger: Token) -> Iterator[Token]:
    """What a protest's phrases say it is against: "in protest of/against/at/over Y",
    "in defiance of Y" on the act or the event noun it carries, and the "against" phrase
    of a protest noun there ("staged protests against Y", "during demonstrations against
    Y")."""
    heads = act_heads(trigger)
    heads += [c for head in list(heads) for c in head.children if c.dep_ in OBJECT_DEPS]
    heads += [p for head in list(heads) for p in preceding_protests(head)]
    heads += [c for head in list(heads) if is_protest_noun(head) for c in _relatives(head)]
    for head in heads:
        if is_protest_noun(head):
            yield from objects_of(head, PROTEST_NOUN_PREPS)
        for frame in objects_of(head, PROTEST_FRAME_PREPS):
            if frame.lemma_.lower() in OPPOSING_NOUNS:
                yield from objects_of(frame, OPPOSED_PREPS)
            elif is_protest_noun(frame):
                yield from objects_of(frame, PROTEST_NOUN_PREPS)


def arrests_protested(
    grievances: Sequence[Token], subjects: list[Mention], args: Arguments, index: MentionIndex
) -> list[Mention]:
    """The protesters' own country, when what they protest is an arrest or detention that
    names neither its author nor any place ("in protest of last week's arrest of
    activists"): only a state arrests, and people protest their own state's arrests. The
    protesters must all be of one country and stand outside its state."""
    country = _populace_country(subjects, args)
    for noun in grievances:
        if country is None or noun.lemma_.lower() not in ARREST_NOUNS:
            continue
        if any(_names_elsewhere(token, country, index) for token in noun.subtree):
            return []  # "the arrest of activists in Y", "by Y's police": not the own state
        actor = Actor(text=str(noun.text), country=country, code=country)
        return [Mention(noun.i, noun.i + 1, actor, DOMESTIC_KIND)]
    return []


def protests_own_state(target: Mention, compatriots: list[Mention], args: Arguments) -> bool:
    """Whether a protest by `subjects` may be aimed at `target` of their own country: the
    target is the state (a country, a person known by nationality, a state sector) and
    each protester of its country stands outside it ("Y students" protest against "Y's
    president", "a member of Y's parliament" against "Y's government")."""
    if target.actor.sector not in (None, *STATE_SECTORS):
        return False
    return all(_outside(s, target, args) for s in compatriots)


def _outside(source: Mention, target: Mention, args: Arguments) -> bool:
    """Whether a protester stands outside the state it protests against: people of a
    sector not of the state, another state sector than the target's, a person, or people
    whose country only a nationality or possessive states ("Iraqi Kurds", "Z, Y's
    leading activist"); not the country itself ("Y protested") nor a thing ("Y shares")."""
    sector = source.actor.sector
    return _outside_state(source, args) or (sector is not None and sector != target.actor.sector)


def _populace_country(subjects: list[Mention], args: Arguments) -> str | None:
    """The one country of protesters who all stand outside its state (the opposition,
    students, a person, "Iraqi Kurds"), else None."""
    countries = {s.actor.country for s in subjects}
    if len(countries) != 1 or None in countries:
        return None
    if not all(_outside_state(s, args) for s in subjects):
        return None
    return next(iter(countries))


def _outside_state(source: Mention, args: Arguments) -> bool:
    sector = source.actor.sector
    if sector is not None:
        return sector not in STATE_SECTORS
    return source.kind == "person" or named_people(source, args.subjects)


def _names_elsewhere(token: Token, country: str, index: MentionIndex) -> bool:
    """Whether a word of a grievance names an actor of another country, or a place."""
    mention = index.at(token.i)
    if mention is not None and mention.actor.country and mention.actor.country != country:
        return True
    return bool(token.ent_type_ in PLACE_LABELS) and mention is None


def _relatives(noun: Token) -> Iterator[Token]:
    """Relative clauses on a protest noun, which say what the protest did and why ("a
    general strike that shut down the capital in protest of Y's decision")."""
    return (c for c in noun.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX"))


def preceding_protests(head: Token) -> Iterator[Token]:
    """The protest an act follows ("rioted [following a demonstration]", "after rallies"),
    whose purpose and grievance the act continues."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in SEQUEL_PREPS:
            nouns = (o for o in prep.children if o.dep_ in ("pobj", *OBJECT_DEPS))
            yield from (n for n in nouns if is_protest_noun(n))


def is_protest_noun(token: Token) -> bool:
    return bool(token.pos_ == "NOUN" and token.lemma_.lower() in PROTEST_NOUNS)
