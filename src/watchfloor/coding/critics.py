"""Critics who speak: "critics of Y say ...", "Y's critics argue ...", "according to Y's
critics, ..." state criticism of Y (111) by the critics, whatever they say.

Only critics who speak criticise: "Y jailed his critics", "critics of Y were arrested"
state no criticism. The one criticised is the critic noun's possessor or "of" phrase,
never a pronoun (whose referent is not known here); the critics' own actor is named only
by a modifier of the noun ("Sylvanian critics of Y", "opposition critics"), and is often
not named at all.
"""

from __future__ import annotations

from watchfloor.coding.clauses import Token, with_conjuncts

CRITIC_NOUNS = frozenset({"critic", "critics"})
# Verbs by which critics voice their criticism ("critics say", "critics charge that ...").
CRITICS_SPEECH = frozenset(
    {"say", "argue", "claim", "charge", "contend", "allege", "complain", "warn", "insist",
     "maintain", "accuse", "write", "note", "point", "question", "suggest"}
)  # fmt: skip
CRITICISM_CODE = "111"
OWN_MODIFIERS = frozenset({"amod", "compound"})


def is_speaking_critic(noun: Token) -> bool:
    """Whether a critic noun is the subject of a verb of saying ("critics of Y say") or
    the source of an "according to" phrase ("according to Y's critics")."""
    if noun.pos_ != "NOUN" or noun.lower_ not in CRITIC_NOUNS:
        return False
    head = noun.head
    if noun.dep_ == "nsubj":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in CRITICS_SPEECH
    return bool(noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")


def criticised(noun: Token) -> list[Token]:
    """Heads of whom critics are critics of: the possessor ("Y's critics") or the "of"
    phrase ("critics of Y"), conjuncts included; pronouns name no one here."""
    heads: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss":
            heads.extend(with_conjuncts(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    heads.extend(with_conjuncts(pobj))
    return [head for head in heads if head.pos_ != "PRON"]


def critics_own(noun: Token) -> list[Token]:
    """The noun and its modifiers, which may name who the critics are ("Sylvanian
    critics", "opposition critics")."""
    return [noun, *(c for c in noun.children if c.dep_ in OWN_MODIFIERS)]
