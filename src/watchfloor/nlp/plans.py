"""Plans named earlier in an article: "his planned visit" ... "the visit".

A news article introduces an event as planned ("Kim Jong Un will meet Putin",
"his planned visit to Russia") and later refers back to it with a bare
definite noun ("The meeting between Putin and Kim Jong Un marks ..."). That
later mention carries no cue of its own, yet the event has not happened.

`PlanIndex.build(doc)` makes one pass over the article and records, per event
key (the verb a scheduled event's noun names: "meeting" -> "meet"), each
mention that says the event is planned or that it took place. `planned_reference(trigger)` says
whether a definite event noun refers back to an event last named as planned:
the same key, a plan that names its participants, and either the same
participants in the reference or, where the reference names none, a plan
close before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Token

from watchfloor.domain import Certainty
from watchfloor.nlp import cues
from watchfloor.nlp.clauses import (
    SUBJECTS,
    clause_tokens,
    is_future,
    is_past,
    is_to_infinitive,
    phrase,
)

# How many earlier mentions of one key a reference looks back over.
MAX_LOOKBACK = 8
# How far back (in tokens) a reference that names no participant finds its plan.
MAX_UNNAMED_DISTANCE = 300
# Verbs whose object is an event that is held: "will hold talks", "held a summit".
HOLDING_VERBS: frozenset[str] = frozenset({"hold", "have", "conduct", "stage", "host"})
NAME_ENTITIES: frozenset[str] = frozenset({"PERSON", "NORP", "GPE", "ORG", "LOC", "FAC"})


@dataclass(frozen=True)
class EventMention:
    """One mention of an event: planned (with its cue) or said to have taken place."""

    index: int
    planned: bool
    names: frozenset[str]
    cue: str


@dataclass(frozen=True)
class PlanIndex:
    """The planned and past mentions of each event key, in article order.

    `positions` holds the token index of each mention, for a binary search.
    """

    mentions: Mapping[str, tuple[EventMention, ...]]
    positions: Mapping[str, tuple[int, ...]]

    @classmethod
    def build(cls, doc: Doc) -> PlanIndex:
        """One pass over the tokens of `doc`."""
        found: dict[str, list[EventMention]] = {}
        keys = frozenset(cues.EVENT_NOMINALS.values())
        for token in doc:
            key = event_key(token)
            mention = _mention(token) if key in keys else None
            if key is not None and mention is not None:
                found.setdefault(key, []).append(mention)
        mentions = {key: tuple(found[key]) for key in found}
        positions = {key: tuple(m.index for m in found[key]) for key in found}
        return cls(MappingProxyType(mentions), MappingProxyType(positions))

    def planned_reference(self, trigger: Token) -> str | None:
        """The cue of the plan a definite event noun refers back to, if it is still a plan."""
        key = event_key(trigger)
        if key is None or trigger.pos_ != "NOUN" or not _is_definite(trigger):
            return None
        reference = phrase(trigger)
        if _took_place(trigger) or any(t.lower_ in cues.PAST_MARKERS for t in reference):
            return None  # "the meeting took place", "the recent trip", "our discussion today"
        mentions = self.mentions.get(key, ())
        end = bisect_left(self.positions.get(key, ()), trigger.i)
        names = _names(reference)
        for mention in reversed(mentions[max(end - MAX_LOOKBACK, 0) : end]):
            if names and mention.names and not names & mention.names:
                continue  # another event of the same kind: "the meeting between Blinken and Wang"
            if not mention.planned:
                return None  # the plan was carried out: "Ruto met Modi on Friday"
            near = trigger.i - mention.index <= MAX_UNNAMED_DISTANCE
            if mention.names and (names or near):
                return mention.cue
        return None


# One encounter, whatever word names it: "will travel to Moscow to discuss trade with
# Putin" plans the meeting that "the talks" or "the meeting between Putin and Kim" name.
ENCOUNTERS = frozenset({"meet", "talk", "discuss", "negotiate", "consult"})


def event_key(token: Token) -> str | None:
    """The verb a scheduled event's word names ("meeting" and "meet" share "meet").

    None for a noun that names no scheduled event (`cues.EVENT_NOMINALS`).
    """
    lemma = token.lemma_.lower()
    key = cues.EVENT_NOMINALS.get(lemma) if token.pos_ == "NOUN" else lemma
    return "meet" if key in ENCOUNTERS else key


def _mention(token: Token) -> EventMention | None:
    if token.pos_ == "VERB":
        return _verb_mention(token)
    if token.pos_ == "NOUN":
        return _noun_mention(token)
    return None


def _verb_mention(verb: Token) -> EventMention | None:
    """ "will meet", "plans to visit" (planned); "met", "has visited" (took place)."""
    if _negated(verb):
        return None
    if is_future(verb) or _purpose_of_plan(verb):
        return EventMention(verb.i, True, _clause_names(verb), _verb_words(verb))
    if is_past(verb):
        return EventMention(verb.i, False, _clause_names(verb), verb.lower_)
    return None


def _purpose_of_plan(verb: Token) -> bool:
    """ "will travel to Moscow *to discuss* trade": the purpose of a plan is planned too."""
    return is_to_infinitive(verb) and verb.dep_ in ("advcl", "xcomp") and is_future(verb.head)


def _noun_mention(noun: Token) -> EventMention | None:
    """ "his planned visit", "the summit will take place", "held talks"."""
    for child in noun.children:
        if child.dep_ == "amod" and cues.NOUN_MODIFIERS.get(child.lower_) is Certainty.PLANNED:
            return EventMention(noun.i, True, _names(phrase(noun)), f"{child.lower_} {noun.lower_}")
    verb = noun.head
    lemma = verb.lemma_.lower()
    subject = noun.dep_ in SUBJECTS and lemma in cues.OCCURRENCE_VERBS | cues.LIGHT_VERBS
    held = noun.dep_ == "dobj" and lemma in HOLDING_VERBS
    if not (subject or held) or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
        return None
    names = _names(phrase(noun)) | _clause_names(verb)
    if is_future(verb):
        words = _verb_words(verb)  # "to hold elections", "summit will take"
        cue = f"{words} {noun.lower_}" if held else f"{noun.lower_} {words}"
        return EventMention(noun.i, True, names, cue)
    if is_past(verb):
        return EventMention(noun.i, False, names, noun.lower_)
    return None


def _took_place(noun: Token) -> bool:
    """ "the meeting took place", "the talks ended": the reference itself says it happened."""
    verb = noun.head
    occurs = noun.dep_ in SUBJECTS and verb.lemma_.lower() in cues.OCCURRENCE_VERBS
    return occurs and is_past(verb)


def _is_definite(noun: Token) -> bool:
    """ "the meeting", "this visit", "his trip", "Kim's visit"."""
    return any(
        (c.dep_ == "det" and c.lower_ in cues.DEFINITE_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _verb_words(verb: Token) -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    start = auxes[0].i if auxes else verb.i
    return verb.doc[start : verb.i + 1].text.lower()


def _clause_names(verb: Token) -> frozenset[str]:
    """The names in a verb's clause and the subject of a head it shares ("will travel to meet")."""
    tokens = list(clause_tokens(verb))
    head = verb
    while not any(c.dep_ in SUBJECTS for c in head.children) and head.dep_ in ("xcomp", "advcl"):
        head = head.head
        tokens.extend(t for c in head.children if c.dep_ in SUBJECTS for t in phrase(c))
    return _names(tokens)


def _names(tokens: Iterable[Token]) -> frozenset[str]:
    """Five-letter stems of the names among `tokens` ("russi" for Russia and Russian)."""
    return frozenset(
        t.lower_[:5]
        for t in tokens
        if not t.is_stop and (t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTITIES)
    )
