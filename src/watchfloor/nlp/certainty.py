"""Certainty and attribution: how sure a report makes an event, and who says so.

`grade(trigger, context)` reads the cues scoped over an event trigger: those
on the trigger's own clause ("might", "reportedly", "not"), those on the
governors whose scope it is in ("plans to", "may pave the way for"), and the
frames above it ("X said", "officials believe", "Moscow denied") that supply
the attribution. `DocumentContext` adds what lies beyond the sentence
(questions, headings, FAQ sections, "This is just speculation."). The
vocabulary is in `nlp/cues.py`; the rules are documented in `docs/certainty.md`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Span, Token

from watchfloor.domain import CERTAINTY_RANK, Certainty
from watchfloor.nlp import cues
from watchfloor.nlp.clauses import (
    PAST_AUX,
    has_subject,
    is_condition,
    is_past,
    is_to,
    is_to_infinitive,
    phrase,
)
from watchfloor.nlp.dates import date_phrases, is_prospective
from watchfloor.nlp.sections import DocumentContext

__all__ = ["DocumentContext", "Grade", "grade"]


@dataclass(frozen=True)
class Grade:
    """The certainty of one event, the phrase that attributes it, and the deciding cue."""

    certainty: Certainty
    attribution: Span | None = None
    cue: str | None = None


class FrameKind(StrEnum):
    SPEECH = "speech"  # "said", "announced", "according to", "is said to"
    BELIEF = "belief"  # "believe", "fear", "are concerned that"
    ALLEGATION = "allegation"  # "accused of", "claimed"
    DENIAL = "denial"  # "denied", "rejected reports that"
    UNCONFIRMED = "unconfirmed"  # "isn't confirming", "unconfirmed reports say"


@dataclass(frozen=True)
class Frame:
    """A source's stance towards the proposition below it."""

    kind: FrameKind
    source: Span | None
    cue: str
    past: bool = False


@dataclass(frozen=True)
class Cue:
    certainty: Certainty
    text: str


# Local cues, strongest first: the first certainty present decides.
PRIORITY: tuple[Certainty, ...] = (
    Certainty.NEGATED,
    Certainty.HYPOTHETICAL,
    Certainty.SPECULATED,
    Certainty.PLANNED,
    Certainty.ALLEGED,
    Certainty.REPORTED,
)
# Edges across which a governor's modality no longer scopes over the trigger.
SCOPE_BREAKS: frozenset[str] = frozenset(
    {"relcl", "acl", "nsubj", "nsubjpass", "csubj", "csubjpass", "appos", "parataxis", "compound"}
)
SELF_PRONOUNS: frozenset[str] = frozenset({"it", "we", "they", "he", "she", "i", "us"})
SELF_POSSESSIVES: frozenset[str] = frozenset({"its", "our", "their", "his", "her", "my"})
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
NOUN_FRAMES: dict[Certainty, FrameKind] = {
    Certainty.REPORTED: FrameKind.SPEECH,
    Certainty.ALLEGED: FrameKind.ALLEGATION,
    Certainty.SPECULATED: FrameKind.BELIEF,
    Certainty.DENIED: FrameKind.DENIAL,
}


def grade(trigger: Token, context: DocumentContext) -> Grade:
    """The certainty of the event `trigger` names, its attribution and deciding cue."""
    local, frames = _scan(trigger)
    if local is None:
        plan = context.planned_reference(trigger)  # "will meet" ... "the meeting"
        local = Cue(Certainty.PLANNED, plan) if plan else None
    certainty, cue = (local.certainty, local.text) if local else (Certainty.ASSERTED, None)
    subject = _event_subject(trigger)
    attribution: Span | None = None
    for frame in frames:
        certainty, cue = _apply(frame, certainty, cue, subject)
        denier = frame.kind is FrameKind.DENIAL and frame.source is not None
        if denier or attribution is None:
            attribution = frame.source  # the nearest source, or whoever denies
    retraction = context.retraction(trigger.sent)
    if retraction and CERTAINTY_RANK[certainty] < CERTAINTY_RANK[Certainty.SPECULATED]:
        certainty, cue = Certainty.SPECULATED, retraction
    return Grade(certainty, attribution, cue)


def _scan(trigger: Token) -> tuple[Cue | None, list[Frame]]:
    """Walk from the trigger to the root, gathering modality cues and frames (nearest first)."""
    found = list(_own_cues(trigger))
    frames = list(_according_to(trigger))
    token, scoped, described = trigger, True, False
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "conj" and has_subject(token):
            token = head  # an independent clause joined to the head's: the head's cues are its own
            continue
        frame = _frame(token, head, described)
        if frame is not None:
            frames.append(frame)
            scoped = False
        else:
            scoped = scoped and _in_scope(token, head)
            if scoped:
                found.extend(_governor_cues(token, head))
            described = described or _describes(token, head)
        frames.extend(_according_to(head))
        token = head
    return _strongest(found), frames


def _strongest(found: Iterable[Cue]) -> Cue | None:
    ranked = sorted(found, key=lambda c: PRIORITY.index(c.certainty))
    return ranked[0] if ranked else None


def _apply(
    frame: Frame, certainty: Certainty, cue: str | None, subject: Span | None
) -> tuple[Certainty, str | None]:
    """The certainty after a frame is applied over the proposition's own."""
    weak = (Certainty.ASSERTED, Certainty.REPORTED, Certainty.ALLEGED)
    if frame.kind is FrameKind.DENIAL:
        return Certainty.DENIED, frame.cue
    if frame.kind is FrameKind.UNCONFIRMED and certainty in weak:
        return Certainty.SPECULATED, frame.cue
    if frame.kind is FrameKind.BELIEF and certainty in (*weak, Certainty.PLANNED):
        return Certainty.SPECULATED, frame.cue
    if frame.kind is FrameKind.ALLEGATION and certainty in weak[:2]:
        return Certainty.ALLEGED, frame.cue
    if frame.kind is FrameKind.SPEECH:
        own = _is_self(subject, frame.source) or _first_person(frame.source)
        if certainty is Certainty.ASSERTED and not own:
            return Certainty.REPORTED, frame.cue
        if certainty is Certainty.HYPOTHETICAL and cue in ("would", "'d") and frame.past:
            return Certainty.PLANNED, cue  # "said it would send troops": a reported plan
    return certainty, cue


# -- cues on the trigger and on its governors -----------------------------------


def _own_cues(trigger: Token) -> Iterator[Cue]:
    yield from _clause_cues(trigger, negation=True)
    for child in trigger.children:
        word = child.lower_
        if child.dep_ == "det" and word == "no":
            yield Cue(Certainty.NEGATED, word)
        elif child.dep_ in ("amod", "acl") and word in cues.NOUN_MODIFIERS:
            yield Cue(cues.NOUN_MODIFIERS[word], word)
    yield from _described_event_cues(trigger)
    if not is_past(trigger):
        for span in date_phrases(trigger):
            if is_prospective(span.text):
                yield Cue(Certainty.PLANNED, span.text.lower())


def _described_event_cues(trigger: Token) -> Iterator[Cue]:
    """A participle that names who did the event its noun names takes the noun's
    grade: "alleged crimes *committed* by X", "the suspected attack *carried out* by Y"."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return
    for child in trigger.head.children:
        if child.dep_ == "amod" and child.lower_ in cues.NOUN_MODIFIERS:
            yield Cue(cues.NOUN_MODIFIERS[child.lower_], f"{child.lower_} {trigger.head.lower_}")


def _clause_cues(head: Token, negation: bool) -> Iterator[Cue]:
    """Modals, adverbs, negation and conditions on one clause head."""
    for child in head.children:
        word, dep = child.lower_, child.dep_
        if dep in ("aux", "auxpass") and word in cues.MODALS:
            yield Cue(cues.MODALS[word], _counterfactual(child) or word)
        elif dep == "advmod" and word in cues.ADVERBS:
            if negation or cues.ADVERBS[word] is not Certainty.NEGATED:
                yield Cue(cues.ADVERBS[word], word)
        elif dep == "neg" and negation and not _whether_or_not(child):
            yield Cue(Certainty.NEGATED, word)
        elif dep == "mark" and word in cues.CONDITIONALS:
            yield Cue(Certainty.HYPOTHETICAL, word)
        elif dep == "mark" and word in cues.QUESTION_MARKS:
            yield Cue(Certainty.SPECULATED, word)  # an open question
        elif dep == "advcl" and is_condition(child):
            yield Cue(Certainty.HYPOTHETICAL, _mark(child))
        elif dep in ("nsubj", "nsubjpass") and negation:
            negative = _negative_subject(child)
            if negative:
                yield Cue(Certainty.NEGATED, negative)  # "no country has recognised"


def _counterfactual(modal: Token) -> str | None:
    """ "would have allowed": a past that did not happen, never a reported plan."""
    if modal.lower_ not in ("would", "'d"):
        return None
    follows = modal.doc[modal.i + 1] if modal.i + 1 < len(modal.doc) else None
    perfect = follows is not None and follows.lower_ == "have" and follows.head.i == modal.head.i
    return f"{modal.lower_} have" if perfect else None


def _negative_subject(subject: Token) -> str | None:
    """ "no country", "none of the ministers", "neither the EU nor the US"."""
    if subject.lower_ in cues.NEGATIVE_SUBJECTS:
        return subject.lower_
    for child in subject.children:
        if child.dep_ in ("det", "preconj") and child.lower_ in ("no", "neither"):
            return child.lower_
    return None


def _whether_or_not(neg: Token) -> bool:
    """The "not" of "whether or not", which negates nothing."""
    before = neg.doc[max(neg.i - 2, 0) : neg.i]
    return [t.lower_ for t in before] == ["whether", "or"]


def _mark(clause: Token) -> str:
    return next(c.lower_ for c in clause.children if c.dep_ == "mark")


def _in_scope(token: Token, head: Token) -> bool:
    """Whether `head`'s modality scopes over the clause `token` belongs to."""
    edge = token.dep_
    if edge == "conj":
        return True  # a conjunct without a subject of its own shares its head's clause
    if edge in ("nsubj", "nsubjpass"):
        return head.lemma_.lower() in cues.LIGHT_VERBS  # "the summit will take place"
    if edge == "acl":
        lemma = head.lemma_.lower()  # "plans to send troops", "ramifications of X providing"
        governs = lemma in cues.NOUN_GOVERNORS or lemma in cues.CONSEQUENCE_NOUNS
        return governs and _is_complement(token)
    if edge in SCOPE_BREAKS:
        return False
    return not _finite_past(token)  # a finite past clause keeps its own tense


def _finite_past(token: Token) -> bool:
    """ "crossed", "had crossed", "were held": a clause whose tense is its own."""
    if token.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in token.children)


def _governor_cues(token: Token, head: Token) -> Iterator[Cue]:
    """Cues a governing word puts on the clause below it ("plans to", "may pave the way")."""
    lemma, edge = head.lemma_.lower(), token.dep_
    complement = _is_complement(token)
    if head.pos_ in ("NOUN", "PROPN"):
        if complement and lemma in cues.NOUN_GOVERNORS:
            yield Cue(cues.NOUN_GOVERNORS[lemma], head.lower_)
            if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                yield Cue(Certainty.NEGATED, f"no {head.lower_}")  # "has no plans to invade"
        elif complement and lemma in cues.CONSEQUENCE_NOUNS:
            yield from _possibility_modifiers(head)  # "potential ramifications of"
        return
    if edge in ("xcomp", "advcl") and lemma in cues.DIRECTIVES and is_to_infinitive(token):
        yield Cue(Certainty.PLANNED, f"{head.lower_} to")  # "directs the Secretary to impose"
    elif edge in ("xcomp", "ccomp") and lemma in cues.GOVERNORS:
        yield Cue(cues.GOVERNORS[lemma], head.lower_)
    elif edge == "xcomp" and is_to(head, token):
        yield Cue(Certainty.PLANNED, f"{head.lower_} to")
    elif edge == "prep" and (lemma, token.lower_) in cues.PREP_GOVERNORS:
        grade = cues.PREP_GOVERNORS[lemma, token.lower_]
        yield Cue(grade, f"{head.lower_} {token.lower_}")  # "warned of", "called for"
    # A negation does not reach into a finite adverbial clause: "will not stop,
    # even after talks were held" says nothing against the talks.
    independent = edge == "conj" or (edge == "advcl" and has_subject(token))
    yield from _clause_cues(head, negation=not independent)


def _is_complement(token: Token) -> bool:
    """ "plans *to* send", "the risk *of* war": a word's complement, not a description of it.

    A past participle describes its noun ("the threat posed by Iran").
    """
    if token.dep_ == "acl":
        return token.tag_ != "VBN"
    return token.dep_ == "prep" and token.lower_ in cues.COMPLEMENT_PREPS


def _possibility_modifiers(noun: Token) -> Iterator[Cue]:
    """The speculative or hypothetical adjectives of a noun ("potential", "possible")."""
    for child in noun.children:
        grade = cues.NOUN_MODIFIERS.get(child.lower_) if child.dep_ == "amod" else None
        if grade in (Certainty.SPECULATED, Certainty.HYPOTHETICAL):
            yield Cue(grade, f"{child.lower_} {noun.lower_}")


# -- frames: who says so ----------------------------------------------------------


def _describes(token: Token, head: Token) -> bool:
    """Whether `token`'s clause describes the noun `head` ("the territory, which was occupied")."""
    if token.dep_ == "relcl":
        return True
    lemma = head.lemma_.lower()
    governs = lemma in cues.NOUN_GOVERNORS or lemma in cues.CONSEQUENCE_NOUNS
    return token.dep_ == "acl" and not (governs and _is_complement(token))


def _frame(token: Token, head: Token, described: bool = False) -> Frame | None:
    """The frame `head` puts over the proposition below it through `token`, if any.

    `described`: the proposition lies in a clause that describes a noun on the
    way up ("rejected the measure that bans flights"), which no denial reaches.
    """
    if head.pos_ in ("NOUN", "PROPN"):
        return _noun_frame(token, head)
    kind = _frame_kind(token, head, described)
    if kind is None:
        return None
    withheld = _is_negated(head)
    if withheld and kind is FrameKind.SPEECH:
        return Frame(FrameKind.UNCONFIRMED, None, _verb_phrase(head))
    if withheld and kind is FrameKind.DENIAL:
        kind = FrameKind.SPEECH  # "did not deny"
    source = _source(head)
    if kind is FrameKind.SPEECH and source is not None and _unconfirmed(source):
        kind = FrameKind.UNCONFIRMED
    return Frame(kind, source, _verb_phrase(head), past=is_past(head))


def _frame_kind(token: Token, head: Token, described: bool = False) -> FrameKind | None:
    """Which frame a verb or adjective puts over its complement, by lemma and edge."""
    lemma, edge = head.lemma_.lower(), token.dep_
    passive = any(c.dep_ == "auxpass" for c in head.children)
    clausal = edge == "ccomp" or (edge == "xcomp" and passive)  # "that ...", "is said to"
    if lemma in cues.DENIAL and (clausal or edge == "xcomp"):
        return FrameKind.DENIAL
    if lemma in cues.DENIAL and edge == "dobj" and _denied_object(token, lemma, described):
        return FrameKind.DENIAL
    if lemma in cues.BELIEF and clausal and not (lemma == "expect" and edge == "xcomp"):
        return FrameKind.BELIEF
    via_of = edge == "prep" and token.lower_ in ("of", "for", "over", "with")
    if lemma in cues.ALLEGATION and (clausal or via_of or edge == "xcomp"):
        return FrameKind.ALLEGATION
    if lemma in cues.SPEECH and (clausal or (edge == "nsubjpass" and passive)):
        return FrameKind.SPEECH
    if lemma in cues.SPEECH_OBJECT and edge == "dobj":
        return FrameKind.SPEECH  # "confirmed the attack"
    return None


def _denied_object(obj: Token, verb: str, described: bool) -> bool:
    """Whether denying `obj` denies the event below it.

    A report is denied by any denial verb ("rejected reports", "dismissed
    claims"); an event itself only by a verb of fact ("denied the attack",
    "disputed any involvement in the strike") and not through a clause that
    describes the object ("rejected the measure that bans flights"). A request
    or an offer is refused, not denied ("denied the request").
    """
    noun = obj.lemma_.lower()
    if noun in cues.SPEECH_NOUNS:
        return True
    refused = noun in cues.NOUN_GOVERNORS or noun in cues.REFUSED_OBJECTS
    return verb in cues.FACT_DENIAL and not described and not refused


def _noun_frame(token: Token, head: Token) -> Frame | None:
    """ "reports that ...", "claims that ...", "fears of ..."."""
    lemma = head.lemma_.lower()
    if lemma not in cues.SPEECH_NOUNS or token.dep_ not in ("acl", "ccomp", "appos", "prep"):
        return None
    if token.dep_ == "prep" and token.lower_ not in ("of", "about"):
        return None
    kind = NOUN_FRAMES.get(cues.SPEECH_NOUNS[lemma], FrameKind.SPEECH)
    if any(c.lower_ in cues.UNCONFIRMED_SOURCES for c in head.children):
        kind = FrameKind.UNCONFIRMED
    modifiers = [t for t in head.lefts if t.dep_ in ("compound", "poss", "amod", "nmod")]
    source = head.doc[modifiers[0].left_edge.i : head.i + 1] if modifiers else None
    return Frame(kind, source, head.lower_)


def _according_to(head: Token) -> Iterator[Frame]:
    """ "According to NSC coordinator John Kirby, ..." and "..., citing officials"."""
    for child in head.children:
        if child.lower_ == "according":
            for to in child.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        yield Frame(FrameKind.SPEECH, phrase(obj), "according to")
        elif child.lower_ == "citing" and child.dep_ in ("advcl", "prep", "xcomp"):
            for obj in child.children:
                if obj.dep_ in ("dobj", "pobj"):
                    yield Frame(FrameKind.SPEECH, phrase(obj), "citing")


def _is_negated(head: Token) -> bool:
    """ "isn't confirming", "did not say", "declined to confirm"."""
    if any(c.dep_ == "neg" for c in head.children):
        return True
    governor = head.head
    return head.dep_ == "xcomp" and governor.lemma_.lower() in cues.WITHHOLDING


def _trim(span: Span) -> Span:
    """A source phrase without a date the parser attached before it ("date 2023-11-11 US ...")."""
    dates = [t.i for t in span if t.ent_type_ in ("DATE", "TIME")]
    if not dates:
        return span
    rest = span.doc[dates[-1] + 1 : span.end]
    nouns = [t for t in rest if t.pos_ in ("NOUN", "PROPN")]
    return rest if nouns and dates[-1] + 1 > span.start else span


def _source(head: Token) -> Span | None:
    """Who holds the frame: the subject, the agent of a passive, or an adjective's subject."""
    token = head
    while True:
        for child in token.children:
            if child.dep_ == "nsubj":
                return _trim(phrase(child))
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return _trim(phrase(objs[0])) if objs else None
        if token.dep_ in ("acomp", "conj", "xcomp") and token.head.i != token.i:
            token = token.head
            continue
        return None


def _unconfirmed(source: Span) -> bool:
    return any(t.lower_ in cues.UNCONFIRMED_SOURCES for t in source)


def _verb_phrase(head: Token) -> str:
    """The frame verb with its auxiliaries and negation: "is said", "isn't confirming"."""
    parts = [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i]
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in cues.WITHHOLDING:
        parts.append(head.head)  # "declined to confirm"
    start = min((c.i for c in parts), default=head.i)
    return head.doc[start : head.i + 1].text.lower()


# -- self-reports ----------------------------------------------------------------


def _event_subject(trigger: Token) -> Span | None:
    """Who does the event: the subject of the trigger's clause or its possessor."""
    token = trigger
    while True:
        for child in token.children:
            if child.dep_ in ("nsubj", "poss"):
                return phrase(child)
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return None
        token = token.head


def _is_self(subject: Span | None, source: Span | None) -> bool:
    """Whether the source speaks of its own action ("the ministry said its forces struck")."""
    if subject is None or source is None:
        return False
    if subject.root.lower_ in SELF_PRONOUNS or subject.root.lower_ in SELF_POSSESSIVES:
        return True
    if any(t.dep_ == "poss" and t.lower_ in SELF_POSSESSIVES for t in subject):
        return True
    return bool(_name_stems(subject) & _name_stems(source))


def _first_person(source: Span | None) -> bool:
    """Whether the author speaks ("I am pleased to announce the release of Y"): a statement
    in the first person outside quotation marks is the document's own assertion."""
    return source is not None and source.root.lower_ in FIRST_PERSON


def _name_stems(span: Span) -> set[str]:
    """Five-letter stems of the names in a phrase ("russi" for Russia and Russian)."""
    return {
        t.lower_[:5]
        for t in span
        if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
    }
