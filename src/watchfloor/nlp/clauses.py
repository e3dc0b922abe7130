"""Dependency-tree helpers shared by the certainty, date and place stages.

A trigger's *clause* is the trigger and the words that depend on it without
crossing into another clause (a that-clause, a relative clause, a separate
conjoined clause). Dates and places are read from it; certainty walks from it
up to the sentence root.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from watchfloor.nlp.cues import CONDITIONALS

# Dependencies that open a clause of their own below a word.
CLAUSE_EDGES: frozenset[str] = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "csubj", "csubjpass", "parataxis", "conj"}
)
SUBJECTS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Edges a trigger shares its clause's setting (date, place, tense) across:
# "arrived on Wednesday and met Putin", "will travel to Russia to discuss".
SHARING_EDGES: frozenset[str] = frozenset({"conj", "xcomp", "advcl"})

# Words of time that introduce an adverbial participle ("after being arrested", "while
# visiting Y"). Not "on" and "upon", which also introduce what a verb asks for
# ("insisted on holding talks").
PARTICIPLE_TIME_WORDS: frozenset[str] = frozenset(
    {"after", "before", "while", "when", "whilst", "since", "once"}
)

FUTURE_AUX: frozenset[str] = frozenset({"will", "shall", "'ll", "wo"})
PAST_AUX: frozenset[str] = frozenset({"had", "has", "have", "did", "was", "were"})
FUTURE_GOVERNORS: frozenset[str] = frozenset(
    {"plan", "intend", "schedule", "expect", "set", "due", "aim", "prepare", "promise", "pledge"}
)
FUTURE_MODIFIERS: frozenset[str] = frozenset(
    {"planned", "upcoming", "scheduled", "forthcoming", "impending", "proposed"}
)


def has_subject(token: Token) -> bool:
    """Whether `token` has a subject of its own (an independent clause in a conjunction)."""
    return any(child.dep_ in SUBJECTS for child in token.children)


def clause_tokens(trigger: Token) -> Iterator[Token]:
    """The trigger's clause: its subtree, stopping at words that open another clause."""
    stack = [trigger]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(child for child in token.children if not _opens_clause(child))


def _opens_clause(token: Token) -> bool:
    if token.dep_ == "conj":
        return token.pos_ in ("VERB", "AUX")
    return token.dep_ in CLAUSE_EDGES


def shared_heads(trigger: Token) -> Iterator[Token]:
    """The trigger, then the heads whose setting it shares (conjunct or purpose clause, or
    the clause a participle of time hangs on: "became Sultan in 1970 after overthrowing
    his father" is dated 1970)."""
    token = trigger
    yield token
    while token.head.i != token.i:
        if is_time_participle_of(token):
            token = token.head.head
        elif token.dep_ not in SHARING_EDGES or (token.dep_ == "conj" and has_subject(token)):
            return
        else:
            token = token.head
        yield token


def is_time_participle_of(verb: Token) -> bool:
    """Whether `verb` is a participle after a preposition of time ("after being arrested",
    "before meeting Y"), which hangs on the clause whose time it places it in."""
    head = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ in ("VBG", "VBN")
        and head.dep_ == "prep"
        and head.lower_ in PARTICIPLE_TIME_WORDS
        and head.head.i != head.i
    )


def phrase(token: Token) -> Span:
    """The whole phrase a token heads ("Officials from South Korea")."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def entity(token: Token) -> Span:
    """The named-entity span `token` belongs to, read from the IOB tags around it.

    Use it instead of scanning `doc.ents`, which spaCy rebuilds for the whole
    document on every read. A token outside any entity is a span of its own.
    """
    doc, start, end = token.doc, token.i, token.i + 1
    if token.ent_iob_ not in ("B", "I"):
        return doc[start:end]
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def is_past(trigger: Token) -> bool:
    """Past tense: a past verb form or a perfect or passive auxiliary in the past."""
    for token in shared_heads(trigger):
        if token.tag_ == "VBD":
            return True
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in FUTURE_AUX for c in auxes):
            return False
        if any(c.lower_ in PAST_AUX for c in auxes):
            return True
    return False


def is_future(trigger: Token) -> bool:
    """Future or planned: "will", "is to", "plans to", "is expected to", "planned visit"."""
    if any(c.dep_ == "amod" and c.lower_ in FUTURE_MODIFIERS for c in trigger.children):
        return True
    token = trigger
    while True:
        auxes = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a in FUTURE_AUX for a in auxes):
            return True
        if token.tag_ == "VBD" or (token.dep_ == "conj" and has_subject(token)):
            return False
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        head = token.head
        if token.dep_ == "xcomp" and (head.lemma_ in FUTURE_GOVERNORS or is_to(head, token)):
            return True
        token = head


def is_to_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_to(head: Token, xcomp: Token) -> bool:
    """ "is to visit", "is going to visit", "is about to visit"."""
    return is_to_infinitive(xcomp) and (
        head.lemma_ == "be" or (head.lemma_ == "go" and head.tag_ == "VBG")
    )


def is_condition(clause: Token) -> bool:
    """Whether an adverbial clause is a condition ("if Y attacks", "unless Y agrees")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONALS for c in clause.children)
