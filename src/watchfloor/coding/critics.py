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


# Adjectives by which a speaker condemns what a clause's subject names: "X said Y's
# actions are unacceptable" is X's criticism of Y (111). Mild judgements ("regrettable",
# "unhelpful") and judgements of fact ("illegal") are left out.
CONDEMNING_ADJECTIVES = frozenset(
    {"unacceptable", "outrageous", "deplorable", "reprehensible", "shameful", "disgraceful",
     "abhorrent", "appalling", "inexcusable", "unjustifiable", "despicable", "heinous",
     "intolerable", "unconscionable", "barbaric", "abominable"}
)  # fmt: skip
# Verbs that state what a speaker holds ("said", "stressed", "reiterated that ...").
CONDEMNING_SPEECH = frozenset(
    {"say", "state", "declare", "add", "stress", "emphasize", "emphasise", "insist",
     "write", "tweet", "tell", "reiterate", "underline", "underscore", "note", "argue",
     "maintain"}
)  # fmt: skip
# Auxiliaries of a judgement not yet passed: "any attack would be unacceptable" warns.
UNREAL_AUXILIARIES = frozenset(
    {"would", "will", "wo", "'ll", "could", "might", "may", "can", "should", "must"}
)  # fmt: skip
NEGATIONS = frozenset({"not", "n't", "never"})
# Determiners of a subject that is only supposed: "any breakup would be unacceptable".
SUPPOSED_DETERMINERS = frozenset({"any", "every", "no"})


def condemning_copula(adjective: Token) -> Token | None:
    """The copula of "Y's actions are unacceptable" when the adjective condemns its
    subject in a stated clause ("X said ...", '"...", X said'); not a judgement negated,
    not yet passed ("would be unacceptable": a warning) or passed on anything supposed
    ("any breakup is unacceptable")."""
    if adjective.lemma_.lower() not in CONDEMNING_ADJECTIVES:
        return None
    head = adjective
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "is heinous and absolutely unacceptable"
    copula = head.head
    if head.dep_ != "acomp" or copula.lemma_.lower() != "be":
        return None
    if any(
        (c.dep_ == "neg" and c.lower_ in NEGATIONS)
        or (c.dep_ == "aux" and c.lower_ in UNREAL_AUXILIARIES)
        for c in copula.children
    ):
        return None
    subjects = (c for c in copula.children if c.dep_ == "nsubj")
    if any(
        d.dep_ == "det" and d.lower_ in SUPPOSED_DETERMINERS for s in subjects for d in s.children
    ):
        return None  # "said any breakup of the country was unacceptable": a warning
    return copula


def condemning_speech(copula: Token) -> Token | None:
    """The verb of saying that states the condemning clause, not itself negated."""
    if copula.dep_ != "ccomp":
        return None
    verb = copula.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CONDEMNING_SPEECH:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def condemned(copula: Token) -> list[Token]:
    """Who is condemned: the author of what the copula's subject names ("Y's actions",
    "attacks by Y", "the Sylvanian invasion"), never its victim ("the attack on Y") nor
    a pronoun."""
    subjects = [c for c in copula.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    authors: list[Token] = []
    for subject in subjects:
        for child in subject.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                authors.extend(with_conjuncts(child))
            elif child.dep_ in OWN_MODIFIERS and child.pos_ in ("PROPN", "ADJ"):
                authors.append(child)
            elif child.dep_ == "prep" and child.lower_ == "by":
                authors.extend(
                    h for p in child.children if p.dep_ == "pobj" for h in with_conjuncts(p)
                )
    return authors
