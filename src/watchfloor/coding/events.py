"""The event coder: a parsed article in, complete `Event`s out.

For each sentence the certainty stage says is eventful, every lexicon predicate with
actor arguments becomes a candidate (`candidates`); candidates in a sports or idiom
context, or dated more than a year before publication, are dropped (`filters`). Each
remaining candidate is graded (certainty, attribution), dated and located.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from watchfloor.coding.actors import MentionIndex, is_known, mentions_of
from watchfloor.coding.assembly import assemble
from watchfloor.coding.candidates import (
    COMMAND_VERBS,
    DEMAND_CODE,
    REQUEST_GOVERNORS,
    Candidate,
    SentenceScope,
    sentence_candidates,
)
from watchfloor.coding.clauses import is_obligation, stating_verb, verb_arguments
from watchfloor.coding.descriptions import is_description, is_hosted_meeting
from watchfloor.coding.domestic import localize
from watchfloor.coding.filters import (
    in_discard_context,
    is_attempt_content,
    is_background,
    is_request_content,
    is_time_reference,
    lacks_needed_side,
    same_country_noise,
    stance_addressees,
    stance_noun,
    undergoes,
)
from watchfloor.coding.lexicon import NO_EVENT, Lexicon, load_lexicon
from watchfloor.coding.matching import match_predicate
from watchfloor.coding.ontology import PROTEST_ROOT, Ontology, load_ontology
from watchfloor.coding.refusals import refused_code
from watchfloor.domain import Actor, Certainty, Event, Evidence, Plover
from watchfloor.kb import Mention
from watchfloor.nlp.certainty import DocumentContext, grade
from watchfloor.nlp.dates import resolve_event_date
from watchfloor.nlp.places import find_location
from watchfloor.version import coder_string

log = logging.getLogger(__name__)

AGENT_SET = "ACTOR_NOUN"
GOVERNOR_SET = "GOVERNING_ACT"
VERBAL_ATTACK_SET = "VERBAL_ATTACK"
DEPARTURE_SET = "DEPARTURE"
CRITICIZE_CODE = "111"
# A state that "protests" complains officially (114); it does not take to the streets.
OFFICIAL_COMPLAINT_CODE = "114"
PROTEST_VERB = "protest"
DIPLOMATIC_SECTORS = frozenset({"GOV", "IGO"})
# A state's forces that block a road or a port restrict movement (191); anyone else who
# does (a crowd, strikers, rebels making a point) obstructs passage (144).
OBSTRUCTION_CODE, BLOCKADE_CODE = "144", "191"
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
# Certainties of an act that has not taken place: a meeting only planned or offered.
UNREALISED = frozenset({Certainty.SPECULATED, Certainty.PLANNED, Certainty.HYPOTHETICAL})


@dataclass(frozen=True)
class _Article:
    doc: Any
    text: str
    article_id: str
    published: date | None
    index: MentionIndex
    context: Any


class EventCoder:
    """Codes events in parsed articles with an actor resolver, an ontology and a lexicon."""

    def __init__(
        self, resolver: Any, ontology: Ontology | None = None, lexicon: Lexicon | None = None
    ) -> None:
        self.resolver = resolver
        self.ontology = ontology or load_ontology()
        self.lexicon = lexicon or load_lexicon()
        self.kb = resolver.kb
        self.coder = f"{coder_string(self.kb.version)} lexicon {self.lexicon.version}"
        self._agents = self.lexicon.synsets.get(AGENT_SET, frozenset())
        self._governors = self.lexicon.synsets.get(GOVERNOR_SET, frozenset())
        self._verbal_attacks = self.lexicon.synsets.get(VERBAL_ATTACK_SET, frozenset())
        self._departures = self.lexicon.synsets.get(DEPARTURE_SET, frozenset())

    def code(self, doc: Any, article_id: str, published: date | None) -> list[Event]:
        """The events of one parsed article, main-clause events of a sentence first."""
        mentions = self.resolver.mentions(doc, on=published)
        mentions = localize(mentions, doc, self.kb.places, self._hostile)
        index = MentionIndex.build(mentions)
        article = _Article(doc, doc.text, article_id, published, index, DocumentContext.build(doc))
        scope = SentenceScope(
            self.lexicon, index, self._agents, self._governors, self.kb.places, self._departures
        )
        events: list[tuple[tuple[int, int, int], Event]] = []
        seen: set[tuple[int, str, str, str]] = set()
        made: set[str] = set()  # two triggers of one act ("used tear gas to disperse")
        for sent in doc.sents:
            if _is_question(sent) or not article.context.is_eventful(sent):
                continue
            for candidate in assemble(sentence_candidates(sent, scope)):
                key = _dedup_key(candidate)
                if key in seen:
                    continue
                event = self._event(candidate, sent, article)
                if event is not None and event.id not in made:
                    seen.add(key)
                    made.add(event.id)
                    events.append(
                        ((sent.start, _depth(candidate.trigger), candidate.trigger.i), event)
                    )
        log.debug("article %s: %d events", article_id, len(events))
        return [event for _, event in sorted(events, key=lambda pair: pair[0])]

    def _event(self, candidate: Candidate, sent: Any, article: _Article) -> Event | None:
        trigger = candidate.trigger
        names = _actor_positions(candidate)
        if in_discard_context(trigger, self.lexicon.discards, names) or is_attempt_content(trigger):
            return None
        if is_request_content(trigger) or is_time_reference(trigger):
            return None  # "demanded that Y ease the curbs", "since last month's invasion"
        if is_description(trigger):
            return None  # "Hamas, which advocates ...", "a resolution that aims to ..."
        roles = _roles(candidate, article.index)
        if roles is None:
            return None
        event_date = resolve_event_date(trigger, article.published)
        if is_background(event_date, article.published):
            log.debug("article %s: background event at %r skipped", article.article_id, trigger)
            return None
        cameo = self._cameo(candidate)
        graded = grade(trigger, article.context)
        if graded.certainty in UNREALISED and is_hosted_meeting(trigger, cameo):
            return None  # "would be ready to host a meeting between X and Y": the host's offer
        source, target = roles
        refused = refused_code(trigger, cameo) if graded.certainty is Certainty.NEGATED else None
        if refused is not None:  # "X will not accept Y's refugees": X rejects, asserted
            if not _is_subject(trigger, candidate.source, article.index):
                return None  # the other side of a mutual act does not refuse
            cameo, graded = refused, replace(graded, certainty=Certainty.ASSERTED)
        attribution = self._attribution(graded.attribution, article)
        if is_obligation(trigger):  # "X said Y must withdraw": X demands of Y
            if source is not None and not _is_subject(trigger, candidate.source, article.index):
                return None  # "Y must cooperate with Z": the duty is Y's, not Z's
            if _stating_verb(trigger).lemma_.lower() in REQUEST_GOVERNORS:
                return None  # "urged that Y must withdraw": the appeal is the event
            demander = self._demander(trigger, attribution, article)
            target = source or target
            if demander is None or _same_side(demander, target):
                return None
            source, cameo = demander, DEMAND_CODE
            graded = grade(_stating_verb(trigger), article.context)  # the demand is stated
            attribution = self._attribution(graded.attribution, article)
        evidence = _evidence(candidate, sent, article)
        return Event(
            id=Event.make_id(article.article_id, evidence, cameo, source, target),
            article_id=article.article_id,
            source=source,
            target=target,
            cameo=cameo,
            quad_class=self.ontology.quad_class(cameo),
            goldstein=self.ontology.goldstein(cameo),
            plover=self._plover(cameo, graded.certainty, candidate),
            certainty=graded.certainty,
            attribution=attribution,
            date=event_date,
            location=find_location(
                trigger, self.kb.places, article.published, _named_countries(sent, article)
            ),
            evidence=evidence,
            coder=self.coder,
        )

    def _hostile(self, verb: Any) -> bool:
        """Whether a verb is an act of conflict (demands to violence, CAMEO 10-20) or an
        order to someone: how a state acts on its own opposition (`domestic`)."""
        if verb.lemma_.lower() in COMMAND_VERBS:
            return True
        pattern = match_predicate(self.lexicon, "verb", verb, verb_arguments(verb))
        return (
            pattern is not None and pattern.code != NO_EVENT and pattern.code[:2] >= DEMAND_CODE[:2]
        )

    def _cameo(self, candidate: Candidate) -> str:
        """The pattern's code, except that one person "attacking" another is criticism,
        a state (a country, its government, an international body) that protests
        complains officially, and armed forces that block passage impose a blockade."""
        code = candidate.pattern.code
        if (
            code[:2] in ("18", "19", "20")
            and candidate.trigger.lemma_.lower() in self._verbal_attacks
            and _is_person(candidate.source)
            and _is_person(candidate.target)
        ):
            return CRITICIZE_CODE
        if (
            code[:2] == PROTEST_ROOT
            and candidate.trigger.lemma_.lower() == PROTEST_VERB
            and candidate.trigger.pos_ == "VERB"
            and _is_state(candidate.source)
        ):
            return OFFICIAL_COMPLAINT_CODE  # "Finland protested": a diplomatic protest
        source = candidate.source
        if code == OBSTRUCTION_CODE and source and source.actor.sector in STATE_FORCES:
            return BLOCKADE_CODE  # "troops blocked the road": a blockade, no protest
        return code

    def _demander(self, trigger: Any, attribution: Actor | None, article: _Article) -> Actor | None:
        """Who states a duty: the report's attribution, else the subject of the verb
        whose complement the duty is ("the minister reiterated that Y must ...")."""
        if attribution is not None and (attribution.code or attribution.country):
            return attribution
        stating = _stating_verb(trigger)
        if stating.i == trigger.i:
            return None
        for subject in verb_arguments(stating).subjects:
            for mention in mentions_of(subject, article.index, self._agents):
                if is_known(mention):
                    return mention.actor
        return None

    def _plover(self, cameo: str, certainty: Certainty, candidate: Candidate) -> Plover | None:
        """Promised cooperation is AGREE, announced coercion THREATEN (CAMEO keeps the act);
        an act done keeps the PLOVER event its lexicon line names, unless its code was
        changed (a refusal, a demand, an official complaint)."""
        pattern = candidate.pattern
        act = pattern.plover if cameo == pattern.code else None
        return self.ontology.intended_plover(cameo, certainty, act)

    def _attribution(self, span: Any, article: _Article) -> Actor | None:
        """The actor a report is attributed to: a mention in the span, else its text."""
        if span is None:
            return None
        inside = article.index.in_span(span.start, span.end)
        if inside:
            return _widest(inside).actor
        for token in span:
            mention = article.index.at(token.i)
            if mention is not None:
                return mention.actor
        resolved = self.resolver.resolve_text(span.text, on=article.published)
        return resolved if resolved is not None else Actor(text=span.text)


def _named_countries(sent: Any, article: _Article) -> frozenset[str]:
    """The countries the sentence's actor mentions name."""
    mentions = article.index.in_span(sent.start, sent.end)
    return frozenset(m.actor.country for m in mentions if m.actor.country)


def _roles(candidate: Candidate, index: MentionIndex) -> tuple[Actor | None, Actor | None] | None:
    """Source and target actors, corrected where an actor undergoes the event ("Tunisia
    faces attacks") or holds the stance stated ("reaffirmed the US' support [for the
    OPCW]": the addressee becomes the target); None when the corrected event misses a
    side its code needs."""
    source, target = candidate.source, candidate.target
    trigger = candidate.trigger
    stance = None if target is None else stance_noun(trigger, _head(trigger, target))
    if source is not None and target is None and undergoes(trigger, _head(trigger, source)):
        source, target = None, source
    elif target is not None and stance is not None:
        source = target if source is None else source
        target = _addressee(stance, index, source)
    else:
        return _actor(source), _actor(target)
    if lacks_needed_side(candidate.pattern.code, source is not None, target is not None, False):
        return None
    return _actor(source), _actor(target)


def _addressee(stance: Any, index: MentionIndex, holder: Mention | None) -> Mention | None:
    """The first known actor a stance noun is for or towards ("support for the OPCW",
    "commitment to Israel's security"), other than the holder's country."""
    country = None if holder is None else holder.actor.country
    for head in stance_addressees(stance):
        owners = [head, *(c for c in head.children if c.dep_ == "poss")]
        for token in owners:
            mention = index.at(token.i)
            if mention is not None and is_known(mention) and mention.actor.country != country:
                return mention
    return None


def _actor_positions(candidate: Candidate) -> frozenset[int]:
    """The token positions of the candidate's source and target mentions."""
    return frozenset(
        i
        for mention in (candidate.source, candidate.target)
        if mention is not None
        for i in range(mention.start, mention.end)
    )


def _actor(mention: Mention | None) -> Actor | None:
    return mention.actor if mention is not None else None


def _head(trigger: Any, mention: Mention) -> Any:
    return trigger.doc[mention.start : mention.end].root


def _is_subject(trigger: Any, mention: Mention | None, index: MentionIndex) -> bool:
    """Whether the mention is a subject of the trigger's verb (or of the verb whose
    object the trigger is), or what a subject pronoun stands for ("Syria says it will
    not accept ..."): the actor who refuses."""
    if mention is None:
        return False
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") else trigger
    subjects = verb_arguments(verb).subjects
    if any(mention.start <= token.i < mention.end for token in subjects):
        return True
    return any(mention in mentions_of(token, index, frozenset()) for token in subjects)


def _is_person(mention: Mention | None) -> bool:
    return mention is not None and mention.kind == "person"


def _is_state(mention: Mention | None) -> bool:
    """A country (or its capital), its government, or an international body."""
    if mention is None or not mention.actor.code:
        return False
    sector = mention.actor.sector
    return sector in DIPLOMATIC_SECTORS or (
        sector is None and mention.kind in ("country", "metonym")
    )


def _stating_verb(trigger: Any) -> Any:
    """The verb that states the clause `trigger` heads ("said that Y must go", "issued a
    reminder to Y that it must cooperate"), else itself."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    stating = stating_verb(clause)
    return trigger if stating is None else stating


def _same_side(source: Actor, target: Actor | None) -> bool:
    if target is None:
        return False
    if source.code and source.code == target.code:
        return True
    return same_country_noise(source, target)


def _widest(mentions: list[Mention]) -> Mention:
    return max(mentions, key=lambda m: (m.end - m.start, -m.start))


def _dedup_key(candidate: Candidate) -> tuple[int, str, str, str]:
    def key(mention: Mention | None) -> str:
        return "" if mention is None else f"{mention.start}:{mention.end}"

    return (
        candidate.trigger.i,
        candidate.pattern.code,
        key(candidate.source),
        key(candidate.target),
    )


def _depth(token: Any) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _is_question(sent: Any) -> bool:
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = last.doc[last.i - 1]
    return bool(last.text == "?")


def _evidence(candidate: Candidate, sent: Any, article: _Article) -> Evidence:
    """The shortest span covering source, trigger and target (character offsets)."""
    starts = [candidate.trigger.i]
    ends = [candidate.trigger.i + 1]
    for mention in (candidate.source, candidate.target):
        if mention is not None and sent.start <= mention.start and mention.end <= sent.end:
            starts.append(mention.start)
            ends.append(mention.end)
    first, last = article.doc[min(starts)], article.doc[max(ends) - 1]
    start, end = first.idx, last.idx + len(last.text)
    sentence = article.text[sent.start_char : sent.end_char].strip()
    return Evidence(text=article.text[start:end], sentence=sentence, start=start, end=end)
