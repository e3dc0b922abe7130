"""Who "they" are when a sentence names the two parties of their own relationship.

A readout of a meeting often names the two sides only through the relationship they
reaffirm: "They reaffirmed the strategic relationship between X and Y and discussed
the two countries' cooperation". Those who reaffirm, renew or celebrate the relationship
between two countries are those two countries (a third party may welcome or discuss it,
never reaffirm it), so a meeting or talks of "they" in the same clause, or in a clause
coordinated with it, are between X and Y.

Only a plural subject that names no one by itself counts ("they", "the two sides",
"both leaders"), only the verbs of affirming one's own bond, and only a "between"
phrase naming exactly two different countries.
"""

from __future__ import annotations

from collections.abc import Iterator

from watchfloor.coding.actors import MentionIndex, is_known, mentions_of
from watchfloor.coding.clauses import Token, with_conjuncts
from watchfloor.kb import Mention

# Plural pronouns that may stand for the two parties.
PARTY_PRONOUNS = frozenset({"they"})
# Words that make a plural noun "the two" of something ("the two sides", "both leaders").
PAIR_WORDS = frozenset({"two", "both"})
# Verbs with which only the parties themselves speak of their relationship.
AFFIRMING_VERBS = frozenset({"reaffirm", "affirm", "reiterate", "renew", "celebrate"})
# Nouns of a bond between two parties.
RELATION_NOUNS = frozenset(
    {"relationship", "relations", "relation", "ties", "tie", "partnership", "alliance",
     "friendship", "bond", "bonds"}
)  # fmt: skip
# Links from a verb to another verb of the same subject ("reaffirmed ... and discussed").
SHARED_SUBJECT_LINKS = frozenset({"conj"})
PARTY_COUNT = 2


def relationship_parties(
    subjects: tuple[Token, ...], index: MentionIndex, agents: frozenset[str]
) -> list[Mention]:
    """The two countries a plural subject of no name of its own stands for, read from
    the relationship between them that it reaffirms; none when that is not said."""
    if len(subjects) != 1 or not _unnamed_pair(subjects[0]):
        return []
    subject = subjects[0]
    for verb in _clauses_of(subject.head):
        if verb.lemma_.lower() not in AFFIRMING_VERBS:
            continue
        for relation in _related(verb):
            parties = _between(relation, index, agents)
            if parties:
                return parties
    return []


def _unnamed_pair(subject: Token) -> bool:
    """ "they", "the two sides", "both leaders": a plural subject naming no one."""
    if subject.dep_ != "nsubj":
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in PARTY_PRONOUNS
    if subject.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
        return False
    return any(
        c.lower_ in PAIR_WORDS and c.dep_ in ("nummod", "det", "predet") for c in subject.children
    )


def _clauses_of(verb: Token) -> Iterator[Token]:
    """The verb and the verbs coordinated with it that have no subject of their own,
    and so share its subject ("They reaffirmed ... and discussed ...")."""
    yield verb
    for child in verb.children:
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if child.dep_ in SHARED_SUBJECT_LINKS and child.pos_ in ("VERB", "AUX") and not own_subject:
            yield from _clauses_of(child)


def _related(verb: Token) -> Iterator[Token]:
    """The relationship nouns a verb takes as its object ("reaffirmed the ties")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        yield from (t for t in with_conjuncts(obj) if t.lemma_.lower() in RELATION_NOUNS)


def _between(relation: Token, index: MentionIndex, agents: frozenset[str]) -> list[Mention]:
    """The two countries of a relation's "between" phrase, when it names exactly two."""
    found: dict[str, Mention] = {}
    for prep in relation.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for mention in mentions_of(pobj, index, agents):
                country = mention.actor.country
                if not is_known(mention) or not country:
                    return []
                found.setdefault(country, mention)
    return list(found.values()) if len(found) == PARTY_COUNT else []
