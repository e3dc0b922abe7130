"""Assembling the candidates of one sentence into the events it states.

Candidates are found trigger by trigger; some only make sense together:

- parallel subjects: "Neither the EU nor the US would endorse the result" names two
  actors doing the same thing, not one acting on the other. A mutual pattern (meet,
  talk, clash, ceasefire) pairs coordinated actors with each other, and so do two
  actors who agree, consult or cooperate ("Jordan and Britain agreed to ..."); three
  or more actors doing one such thing ("France, Germany and Italy welcome ...") are
  a list, not a web of events between them;
- a participle on the object continues its verb's event: "Iran launched missiles
  targeting US troops" is one attack by Iran on US troops, not an attack by Iran
  on no one and another by no one on US troops;
- a mutual event among three or more parties ("a ceasefire between Israel, Hamas and
  other groups in Gaza") does not pair parties of one country: they are one side;
- a protest's purpose clause states what it demands: "protesters gathered to demand
  the release of detainees" is one protest, not a protest and a demand;
- a protest in the purpose clause of another, or a protest participle on its
  protesters, restates it: "took to the streets to demonstrate against Y" and
  "demonstrators protesting Y marched" are one protest each, which takes the
  restatement's target when it names none of its own;
- coordinated verbs of one code with the same actors state one event ("killed and
  beheaded a man"); where one of them lacks a side the other of its code names, it
  adds nothing;
- an event noun that is the subject of a verb of the same root, or both of force
  (coercion, assault, fight, mass violence), states the verb's event: "Israeli air
  strikes killed 10 Palestinians" is one killing by Israel of Palestinians, not also
  strikes by Israel on no one. Of the two, the one without a target goes (the noun's
  when neither has one);
- a trailing participle of force or coercion without a target of its own acts on the
  target of the force its clause states ("police opened fire on Y protesters, killing
  one and arresting 12"), and one of violence elaborating violence restates it
  ("jets bombed Y's positions, killing 20" is one attack);
- a participle on the source of a force event that has no target of its own names the
  means: "British aircraft using guided missiles killed four Iraqis" is one killing,
  not also a use of missiles on no one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from watchfloor.coding.candidates import Candidate
from watchfloor.coding.clauses import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Token,
    elaborated_clause,
    is_stray_subject,
    with_conjuncts,
)
from watchfloor.coding.ontology import PROTEST_ROOT
from watchfloor.kb import Mention

# Roots where two coordinated actors act with each other: intent to cooperate, consult,
# material cooperation ("X and Y agreed to hold exercises").
JOINT_ROOTS = frozenset({"03", "04", "06"})
# Roots of material conflict, whose participles carry their verb's attack on.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Roots of force: coercion and material conflict ("a strike destroyed": 1712 and 190).
FORCE_ROOTS = frozenset({"17", *VIOLENT_ROOTS})
DEMAND_ROOT = "10"
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def assemble(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates of one sentence as the events it states (see the module doc)."""
    candidates = list(candidates)
    spans = [s for c in candidates for s in (_span(c.source), _span(c.target)) if s]
    found = [c for c in candidates if not _parallel_pair(c, spans)]
    found = _merge_participles(found)
    found = _carry_victims(found)
    found = _drop_same_side(found)
    found = _drop_protest_demands(found)
    found = _merge_protests(found)
    found = _drop_subject_nouns(found)
    found = _drop_means(found)
    return _drop_redundant(found)


def _root(candidate: Candidate) -> str:
    return candidate.pattern.code[:2]


def _head(trigger: Token, mention: Mention) -> Token:
    return trigger.doc[mention.start : mention.end].root


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i and not is_stray_subject(token):
        token = token.head
    return token


def _parallel_pair(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    """Whether source and target are coordinated actors that do not act on each other;
    `spans` are the sentence's actor mentions: a name the parser split into conjuncts
    ("SPLM/A") is one party (`_party`)."""
    if candidate.pattern.mutual or candidate.source is None or candidate.target is None:
        return False
    source = _group(_head(candidate.trigger, candidate.source))
    target = _group(_head(candidate.trigger, candidate.target))
    if source.i != target.i:
        return False
    if _root(candidate) not in JOINT_ROOTS:
        return True
    parties = {_party(t, spans) for t in with_conjuncts(_first_conjunct(source))}
    return len(parties) > 2


def _party(token: Token, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The mention a conjunct is part of, else the conjunct itself; a conjunct joined by
    a slash to the word before it is part of that name ("SPLM/A")."""
    i = token.i
    while i >= 2 and token.doc[i - 1].text == "/":
        i -= 2
    return next((s for s in spans if s[0] <= i < s[1]), (i, i + 1))


def _group(token: Token) -> Token:
    """The head of the coordination a token is part of; coordinated modifiers stand for
    their noun ("British and American warplanes": both are the warplanes)."""
    first = _first_conjunct(token)
    coordinated = first.i != token.i or any(c.dep_ == "conj" for c in first.children)
    if coordinated and first.dep_ in ("amod", "compound"):
        return first.head
    return first


def _merge_participles(candidates: list[Candidate]) -> list[Candidate]:
    """ "X launched missiles targeting Y": the participle's target joins the verb's source."""

    def absorbs(participle: Candidate, verb: Candidate) -> bool:
        return _open_participle(participle) and _carries(verb, participle.trigger)

    def combine(verb: Candidate, participle: Candidate) -> Candidate:
        pattern = _specific(verb, participle).pattern
        return replace(verb, target=participle.target, pattern=pattern)

    return _fold(candidates, absorbs, combine)


def _carry_victims(candidates: list[Candidate]) -> list[Candidate]:
    """ "Police opened fire on Y protesters, killing one person and arresting 12": a
    trailing participle of force or coercion that names no target of its own acts on the
    target of the force or coercion its clause states, by the same source (the people
    killed and arrested are among those fired on). Violence elaborating violence
    restates it: "jets bombed Y's positions, killing 20" is one attack."""
    found: list[Candidate] = []
    for candidate in candidates:
        clause = elaborated_clause(candidate.trigger)
        if candidate.target is None and clause is not None and _root(candidate) in FORCE_ROOTS:
            stated = next((c for c in candidates if _states_force(c, clause, candidate)), None)
            if stated is not None:
                if {_root(stated), _root(candidate)} <= VIOLENT_ROOTS:
                    continue
                candidate = replace(candidate, target=stated.target)
        found.append(candidate)
    return found


def _states_force(candidate: Candidate, clause: Token, participle: Candidate) -> bool:
    """Whether `candidate` is force or coercion on a target stated by `clause`'s verb
    with the participle's source."""
    if candidate.trigger.i != clause.i or candidate.target is None:
        return False
    same_source = _span(candidate.source) == _span(participle.source)
    return same_source and _root(candidate) in FORCE_ROOTS


def _fold(
    candidates: list[Candidate],
    absorbs: Callable[[Candidate, Candidate], bool],
    combine: Callable[[Candidate, Candidate], Candidate],
) -> list[Candidate]:
    """Each candidate that another one `absorbs` (the first, in order) folded into it:
    the other becomes `combine(other, candidate)` and the candidate goes."""
    merged = list(candidates)
    for part in candidates:
        if part not in merged:
            continue  # already folded into, and replaced by, its combination
        whole = next((w for w in merged if w is not part and absorbs(part, w)), None)
        if whole is not None:
            merged[merged.index(whole)] = combine(whole, part)
            merged.remove(part)
    return merged


def _open_participle(candidate: Candidate) -> bool:
    """A violent participle on a noun with a target and no source ("missiles targeting Y")."""
    trigger = candidate.trigger
    return (
        candidate.source is None
        and candidate.target is not None
        and _root(candidate) in VIOLENT_ROOTS
        and trigger.dep_ == "acl"
        and trigger.tag_ == "VBG"
    )


def _carries(verb: Candidate, participle: Token) -> bool:
    """Whether `verb` is a violent event with a source and no target whose trigger is the
    participle's noun or governs it as object."""
    if verb.source is None or verb.target is not None or _root(verb) not in VIOLENT_ROOTS:
        return False
    noun = participle.head
    if verb.trigger.i == noun.i:
        return True
    return bool(noun.dep_ in OBJECT_DEPS and noun.head.i == verb.trigger.i)


def _specific(first: Candidate, second: Candidate) -> Candidate:
    """The candidate with the more specific code (longer, then not ending in 0)."""

    def rank(candidate: Candidate) -> tuple[int, bool]:
        code = candidate.pattern.code
        return len(code), not code.endswith("0")

    return second if rank(second) > rank(first) else first


def _drop_same_side(candidates: list[Candidate]) -> list[Candidate]:
    """Pairs of one country in a mutual event among three or more parties."""
    parties: dict[int, set[tuple[int, int]]] = {}
    for candidate in candidates:
        if candidate.pattern.mutual:
            spans = parties.setdefault(candidate.trigger.i, set())
            spans.update((m.start, m.end) for m in (candidate.source, candidate.target) if m)
    return [
        c
        for c in candidates
        if not (len(parties.get(c.trigger.i, ())) >= 3 and c.pattern.mutual and _one_country(c))
    ]


def _one_country(candidate: Candidate) -> bool:
    if candidate.source is None or candidate.target is None:
        return False
    country = candidate.source.actor.country
    return country is not None and country == candidate.target.actor.country


def _drop_protest_demands(candidates: list[Candidate]) -> list[Candidate]:
    """Demands (10) in the infinitive purpose clause of a protest (14) by the same source."""
    protests = [c for c in candidates if _root(c) == PROTEST_ROOT]
    return [
        c
        for c in candidates
        if not (
            _root(c) == DEMAND_ROOT
            and c.trigger.dep_ in PURPOSE_DEPS
            and any(_purpose_of(c, p) for p in protests)
        )
    ]


def _purpose_of(candidate: Candidate, protest: Candidate) -> bool:
    """Whether `candidate` is in the purpose clause of `protest`, by the same source."""
    same_source = _span(candidate.source) == _span(protest.source)
    return same_source and candidate.trigger.head.i == protest.trigger.i


def _merge_protests(candidates: list[Candidate]) -> list[Candidate]:
    """A protest restating another ("took to the streets to demonstrate against Y",
    "demonstrators protesting Y marched") is that protest, which takes its target when
    it names none of its own."""

    def absorbs(restated: Candidate, protest: Candidate) -> bool:
        return _root(restated) == PROTEST_ROOT and _restates_protest(restated, protest)

    def combine(protest: Candidate, restated: Candidate) -> Candidate:
        return protest if protest.target is not None else replace(protest, target=restated.target)

    return _fold(candidates, absorbs, combine)


def _restates_protest(candidate: Candidate, protest: Candidate) -> bool:
    """Whether `candidate` restates `protest` (another trigger of root 14): in its purpose
    clause, or as a participle on its protesters."""
    trigger = candidate.trigger
    if _root(protest) != PROTEST_ROOT or protest.trigger.i == trigger.i:
        return False
    if trigger.dep_ in PURPOSE_DEPS:
        return _purpose_of(candidate, protest)
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG" or candidate.source is None:
        return False
    if protest.source is None or _span(protest.source) != _span(candidate.source):
        return False
    return bool(_head(protest.trigger, protest.source).i == trigger.head.i)


def _drop_subject_nouns(candidates: list[Candidate]) -> list[Candidate]:
    """ "Israeli air strikes killed 10 Palestinians": of the strikes (ISR -> none) and the
    killing (ISR -> PSE), one event, the one without a target goes."""
    return [
        c
        for c in candidates
        if not any(_restates(c, other) for other in candidates if other is not c)
    ]


def _drop_means(candidates: list[Candidate]) -> list[Candidate]:
    """Targetless force participles on the source of another force event."""
    return [
        c
        for c in candidates
        if not (
            c.target is None
            and c.trigger.dep_ == "acl"
            and _root(c) in FORCE_ROOTS
            and any(_means_of(c, other) for other in candidates if other is not c)
        )
    ]


def _means_of(participle: Candidate, other: Candidate) -> bool:
    source = other.source
    if source is None or _root(other) not in FORCE_ROOTS:
        return False
    return bool(source.start <= participle.trigger.head.i < source.end)


def _restates(candidate: Candidate, other: Candidate) -> bool:
    """Whether `candidate` is the subject noun's or the verb's half of one event stated
    fully by `other`: same root and source, and `other` names a target or is the verb."""
    pair = (candidate, other) if candidate.nominal else (other, candidate)
    noun, verb = pair
    if not noun.nominal or verb.nominal or candidate.target is not None:
        return False
    if noun.trigger.dep_ not in SUBJECT_DEPS or noun.trigger.head.i != verb.trigger.i:
        return False
    if not _same_act(noun, verb) or _span(noun.source) != _span(verb.source):
        return False
    return other.target is not None or other is verb


def _same_act(first: Candidate, second: Candidate) -> bool:
    """Same root, or both of force ("a strike destroyed the house": 190 and 1712)."""
    roots = {_root(first), _root(second)}
    return len(roots) == 1 or roots <= FORCE_ROOTS


def _drop_redundant(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates of coordinated triggers that another one states at least as fully."""
    return [
        candidate
        for number, candidate in enumerate(candidates)
        if not any(
            _covers(other, candidate, other_first=k < number)
            for k, other in enumerate(candidates)
            if k != number
        )
    ]


def _covers(other: Candidate, candidate: Candidate, other_first: bool) -> bool:
    """Whether `other` states `candidate`'s event: coordinated triggers of one root, and
    the same code and actors, or the same actor on one side and a known actor where
    `candidate` has none with the same three-digit code ("arrested and charged" with
    both is two events, and so are "dispersed protesters and arrested dozens")."""
    if _root(other) != _root(candidate) or not _coordinated(other.trigger, candidate.trigger):
        return False
    if other.trigger.i == candidate.trigger.i:
        return False  # one trigger's candidates were paired on purpose
    same_source = _span(other.source) == _span(candidate.source)
    same_target = _span(other.target) == _span(candidate.target)
    if same_source and same_target:
        return other_first and other.pattern.code == candidate.pattern.code
    if other.pattern.code[:3] != candidate.pattern.code[:3]:
        return False  # "dispersed protesters and arrested dozens": two acts
    if same_source and candidate.target is None:
        return other.target is not None
    return same_target and candidate.source is None and other.source is not None


def _coordinated(first: Token, second: Token) -> bool:
    return bool(_first_conjunct(first).i == _first_conjunct(second).i)


def _span(mention: Mention | None) -> tuple[int, int] | None:
    return None if mention is None else (mention.start, mention.end)
