"""Candidate events of one sentence: a trigger, its lexicon pattern, source and target.

A candidate's actors are the resolver's mentions that are syntactic arguments of the
trigger (see `clauses` and `nominal`); nothing is borrowed from another clause.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import permutations, product
from typing import Any

from watchfloor.coding.actors import MentionIndex, is_known, mentions_of, speaker_of
from watchfloor.coding.clauses import (
    Arguments,
    Token,
    duty_above,
    elaborated_clause,
    is_duty_of_readiness,
    is_obligation,
    noun_is_object_of,
    stating_verb,
    verb_arguments,
    with_conjuncts,
)
from watchfloor.coding.critics import (
    CRITICISM_CODE,
    condemned,
    condemning_copula,
    condemning_speech,
    criticised,
    critics_own,
    is_speaking_critic,
)
from watchfloor.coding.domestic import DOMESTIC_KIND, STATE_SECTORS, Places, members
from watchfloor.coding.filters import (
    MAX_LIST_TARGETS,
    UNDERGO_VERBS,
    arrest_of_a_place,
    is_patient_predicate,
    lacks_needed_side,
    same_country_noise,
)
from watchfloor.coding.lexicon import NO_EVENT, Lexicon, Pattern
from watchfloor.coding.matching import best_pattern, match_predicate, word_forms
from watchfloor.coding.nominal import JOINT_PREPS, noun_arguments
from watchfloor.coding.ontology import PROTEST_ROOT, THREATENED_ROOTS
from watchfloor.coding.parties import relationship_parties
from watchfloor.coding.reporting import CRITICISM_ROOT, reports_event, without_victims
from watchfloor.coding.targets import find_targets
from watchfloor.kb import Mention
from watchfloor.nlp.clauses import is_condition, is_to_infinitive
from watchfloor.nlp.cues import SPEECH

SOURCE_PREPS_REVERSED = ("from", "by")
# The resolver's kind of mention for people named by what they are ("students").
AGENT_KIND = "agent"
# Roots whose events are informative without a target: protest, force, violence.
MONADIC_ROOTS = frozenset({"14", "15", "18", "19", "20"})
# Argument positions in which a verb form with an article is a noun ("the wounded").
NOUN_POSITIONS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
# Roots of acts a trailing participle adds to its clause's act by the clause's subject:
# coercion and violence ("police opened fire, killing one person and arresting 12").
ELABORATING_ROOTS = frozenset({"17", "18", "19", "20"})
# The CAMEO code of stating a duty ("Y must withdraw", `clauses.is_obligation`): a demand.
DEMAND_CODE = "100"
# Possessives by which an object is the subject's own ("ordered its troops to leave").
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# Appeals (02) to one's own people ("urged its citizens to avoid travel to Y") advise
# them; they appeal to no one else. Only nouns of a country's or a group's own people
# count: "urged its allies to act" is an appeal to the allies.
APPEAL_ROOT = "02"
OWN_PEOPLE_NOUNS = frozenset(
    {"citizen", "citizens", "national", "nationals", "people", "population", "resident",
     "residents", "inhabitant", "inhabitants", "compatriot", "compatriots", "countryman",
     "countrymen", "subject", "subjects", "troops", "force", "forces", "soldier",
     "soldiers", "fighter", "fighters", "supporter", "supporters", "follower", "followers",
     "member", "members", "official", "officials", "diplomat", "diplomats", "staff",
     "personnel", "employee", "employees", "worker", "workers", "voter", "voters",
     "loyalist", "loyalists", "militant", "militants"}
)  # fmt: skip
# Verbs whose object is a standing arrangement others keep watch over or uphold ("oversee
# a ceasefire between X and Y"); roots whose events still happen when they are watched.
MONITOR_VERBS = frozenset(
    {"oversee", "monitor", "observe", "supervise", "verify", "police", "enforce",
     "guarantee", "uphold", "safeguard"}
)  # fmt: skip
OCCURRENCE_ROOTS = frozenset({"14", "15", "18", "19", "20"})
# The verb whose patterns code a stance against something ("X is against Y").
STANCE_VERB = "oppose"
# Verbs whose "that" clause is only asked for, not an event ("urged that Y withdraw").
REQUEST_GOVERNORS = frozenset(
    {"demand", "urge", "ask", "request", "call", "appeal", "press", "propose", "suggest",
     "recommend", "want"}
)  # fmt: skip
# Links along which an act stays the content of the threat, promise or demand above it
# ("agreed to send troops to help defend Y": sending and helping are both promised).
CONTENT_LINKS = frozenset({"xcomp", "advcl", "conj"})
# Verbs whose bare infinitive, even with its own subject ("help him oust Y"), is the
# helper's purpose: content like an infinitive complement.
HELP_VERBS = frozenset({"help"})
# Verbs whose subject acts against or only observes the event its object names: "police
# prevented the demonstration" is no demonstration by the police.
COUNTER_VERBS = frozenset(
    {"prevent", "stop", "block", "ban", "forbid", "prohibit", "halt", "thwart", "foil",
     "avert", "suppress", "disperse", "oppose", "condemn", "denounce", "criticize",
     "criticise", "reject", "investigate", "probe", "welcome", "fear", "postpone", "cancel",
     "delay", "survive", "repel", "repulse", "resist", "report", "witness", "expect",
     "await", "monitor", "observe", "cover", "deny", "protest", "blame", "end", "break"}
)  # fmt: skip
# Modals by which an act is announced, not done ("will withdraw", "would retaliate"); "wo"
# is the parser's token of "won't".
ANNOUNCING_MODALS = frozenset({"will", "would", "shall", "'ll", "'d", "wo"})
# How far up from a trigger its condition clause is looked for.
MAX_CONDITION_DEPTH = 8
# Support verbs: their subject performs the event noun they take as object ("staged
# rallies", "launched an offensive", "renewed negotiations", "announced a suspension").
# "stag" is the parser's lemma of "staged".
# A threat noun whose verb only describes its state is a threat level, not a threat made
# ("the threat from Iran remains high", "the terrorist threat is degraded").
THREAT_ROOT = "13"
DESCRIPTIVE_VERBS = frozenset(
    {"be", "remain", "stay", "become", "grow", "increase", "rise", "decline", "diminish",
     "degrade", "decrease", "recede", "persist", "loom", "exist", "intensify", "subside"}
)  # fmt: skip


SUPPORT_VERBS = frozenset(
    {"stage", "stag", "hold", "launch", "mount", "conduct", "carry", "wage", "renew", "resume",
     "begin", "start", "continue", "make", "impose", "order", "step", "intensify",
     "organize", "organise", "lead", "announce", "declare", "undertake", "initiate",
     "open", "pursue", "perform", "commit", "give", "provide", "offer", "extend", "issue",
     "deliver", "send", "pay", "grant", "lodge", "file", "level", "press", "escalate",
     "unleash", "execute", "sign", "conclude", "reach", "seal", "agree", "accept", "lift",
     "end", "call", "put", "take", "deploy", "dispatch", "establish", "set",
     "introduce", "approve", "adopt", "enforce", "tighten", "expand", "speed", "accelerate",
     "hasten", "expedite", "complete", "finish"}
)  # fmt: skip
# Acts only a state does on its own ground (arrest, detention, investigation): done in a
# country by no one named, they are that country's ("was arrested in Freedonia"), also
# through the phrase that names them ("was put under investigation in Freedonia").
JUDICIAL_CODES = ("173", "09")
JUDICIAL_FRAMES = frozenset({"under"})
# Mentions of a place: a country, or a city or capital standing for it.
PLACE_MENTIONS = frozenset({"country", "metonym"})
# Verbs by which their subject makes the party it orders do an act ("ordered the
# newspaper to suspend publication"); restrictions (17) the ordered party puts on itself
# at that command are the orderer's coercion of it.
COMMAND_VERBS = frozenset({"order", "force", "compel"})
COERCION_ROOT = "17"
# Reducing relations (16): sanctions, expulsions, aid cut off; acts of a state or an
# international body, so a first-person plural author ("we") is one (`_speaking_state`).
RELATIONS_ROOT = "16"
FIRST_PERSON_PLURAL = frozenset({"we"})
# Titles of judicial offices: a name with one names an agent of the courts even when the
# resolver does not know it ("Judge Ramon Alvarez opened investigations ...").
JUDICIAL_TITLES = frozenset({"judge", "prosecutor", "magistrate"})

# Prepositions that make a joint event noun the setting of what a verb's subject says
# ("said in a meeting with Y", "stressed during talks with Y"). An event that only dates
# another ("after talks with Y") is no event of its own (`filters`).
SETTING_PREPOSITIONS = frozenset({"in", "at", "during"})
# Verbs of saying whose speaker takes part in the meeting or talks they are said in. Not
# other acts: "agreed to US mediation in the talks with Y" may hang the talks on the verb
# though they are the mediation's.
SETTING_SPEECH = SPEECH | frozenset(
    {"promise", "pledge", "vow", "reiterate", "raise", "discuss", "express", "assure",
     "underline", "underscore", "reaffirm"}
)  # fmt: skip
# Subject nouns naming an agent the resolver may leave unidentified ("The Secretary").
UNNAMED_AGENTS = frozenset(
    {"secretary", "chancellor", "premier", "king", "queen", "senator", "governor", "mayor",
     "judge", "court", "party", "coalition", "opposition", "group", "groups", "rebels"}
)  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    trigger: Token
    pattern: Pattern
    source: Mention | None
    target: Mention | None
    nominal: bool


@dataclass(frozen=True)
class SentenceScope:
    """What candidate finding needs for one article."""

    lexicon: Lexicon
    index: MentionIndex
    agents: frozenset[str]
    governors: frozenset[str] = frozenset()
    places: Places | None = None
    departures: frozenset[str] = frozenset()


def sentence_candidates(sent: Any, scope: SentenceScope) -> Iterator[Candidate]:
    """Every candidate event of a sentence, verbs and adjectives first, then nouns."""
    coded_objects: set[int] = set()
    for token in sent:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ == "acomp"):
            found = list(_predicate(token, scope)) or list(_obligation(token, scope))
            found = found or list(_stance_against(token, scope))
            found = found or list(_condemnation(token, scope))
            if found:
                coded_objects.update(_object_indices(token))
            yield from found
    for token in sent:
        if token.pos_ == "NOUN" and token.i not in coded_objects:
            yield from _nominal(token, scope)
        if is_speaking_critic(token):
            yield from _critics(token, scope)


def _object_indices(verb: Token) -> set[int]:
    return {c.i for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "attr")}


def _predicate(token: Token, scope: SentenceScope) -> Iterator[Candidate]:
    if token.pos_ == "ADJ":
        kind, args = "adj", _adjective_arguments(token)
    else:
        kind, args = "verb", verb_arguments(token)
    if not scope.lexicon.has(kind, token.lemma_.lower()) and not scope.lexicon.has(
        kind, token.lower_
    ):
        return
    if _participle_as_noun(token):
        return  # "evacuated the wounded": a participle naming people, not an act
    pattern = match_predicate(scope.lexicon, kind, token, args)
    if args.elaborates and pattern is not None and not _elaborates_force(token, pattern, scope):
        args = replace(args, subjects=(), elaborates=False)  # ", citing Y": no act of its own
        pattern = match_predicate(scope.lexicon, kind, token, args)
    if pattern is None or pattern.code == NO_EVENT or is_patient_predicate(token):
        return
    if reports_event(token, pattern):
        return  # "officials reported an attack": the reporter is not the attacker
    if _governed_act(token, scope):
        return  # "threatened to break ties": the threat is the event, not the break
    if _condition_of_announced_act(token, scope):
        return  # "will withdraw unless Y holds elections": the elections are demanded
    if pattern.code[:2] == CRITICISM_ROOT:
        args = without_victims(args, scope.lexicon)
    if _instructs_own_people(pattern, args):
        return  # "told its citizens to leave Y": an instruction to its own, no demand on Y
    yield from _pairs(token, pattern, args, scope, nominal=False)


def _elaborates_force(participle: Token, pattern: Pattern, scope: SentenceScope) -> bool:
    """Whether a trailing participle is an act of force or coercion that elaborates one
    its clause states, and so is done by the clause's subject: "police opened fire,
    killing one person and arresting 12". Not one elaborating a riot ("prisoners
    rioted, setting fire to mattresses"), nor any other act (", citing Y")."""
    clause = elaborated_clause(participle)
    if clause is None or pattern.code[:2] not in ELABORATING_ROOTS:
        return False
    stated = match_predicate(scope.lexicon, "verb", clause, verb_arguments(clause))
    return stated is not None and stated.code[:2] in ELABORATING_ROOTS


def _instructs_own_people(pattern: Pattern, args: Arguments) -> bool:
    """Whether a demand names the subject's own people or forces as its object ("ordered
    its troops to leave"), or an appeal its own people as its addressee ("urged its
    citizens to avoid travel to Y"): the subject instructs its own, it asks no one else."""
    if pattern.target == "obj" and pattern.code[:2] == DEMAND_CODE[:2]:
        return _own_people(args.objects)
    return pattern.code[:2] == APPEAL_ROOT and _own_people(
        _addressees(args, pattern), OWN_PEOPLE_NOUNS
    )


def _own_people(heads: Sequence[Token], nouns: frozenset[str] | None = None) -> bool:
    """Whether an addressee is the subject's own people or forces ("its troops", "their
    citizens"): an order or instruction to them is the subject acting, not a demand.
    With `nouns`, only addressees of those nouns count ("its citizens", not "its allies")."""
    return any(
        child.dep_ == "poss" and child.lower_ in OWN_POSSESSIVES
        for head in heads
        if nouns is None or head.lemma_.lower() in nouns or head.lower_ in nouns
        for child in head.children
    )


def _addressees(args: Arguments, pattern: Pattern) -> tuple[Token, ...]:
    """Whom a predicate addresses: its objects, and the phrase its pattern names as the
    target ("called [on] its citizens")."""
    if pattern.target in (None, "obj"):
        return args.objects
    return args.objects + args.prep_objects(pattern.target)


def _stance_against(copula: Token, scope: SentenceScope) -> Iterator[Candidate]:
    """ "X is against Y": a stance against Y is X opposing Y, coded as the lexicon codes
    the verb "oppose" with Y as its object."""
    if copula.lemma_.lower() != "be":
        return
    args = verb_arguments(copula)
    against = args.prep_objects("against")
    if not against or not args.subjects or args.objects:
        return
    preps = tuple((prep, obj) for prep, obj in args.preps if prep != "against")
    args = replace(args, objects=against, preps=preps)
    pattern = best_pattern(scope.lexicon.patterns_for("verb", STANCE_VERB), args)
    if pattern is None or pattern.code == NO_EVENT:
        return
    yield from _pairs(copula, pattern, args, scope, nominal=False)


def _obligation(verb: Token, scope: SentenceScope) -> Iterator[Candidate]:
    """ "X said Y must <act>" where <act> codes no event of its own: X demands of Y
    (the event coder turns the clause's subject into the target of the demand)."""
    stating = stating_verb(verb) if is_obligation(verb) else None
    if stating is None or stating.pos_ not in ("VERB", "AUX"):
        return  # "said Y must go", "issued a reminder to Y that it must go"
    if verb.pos_ != "VERB" and not is_duty_of_readiness(verb):
        return  # "said Y must be ready to mediate": the duty is stated on "be"
    for subject in verb_arguments(verb).subjects:
        for mention in mentions_of(subject, scope.index, scope.agents):
            yield Candidate(verb, _demand_pattern(verb), mention, None, nominal=False)


def _demand_pattern(verb: Token) -> Pattern:
    return Pattern(kind="verb", lemma=verb.lemma_.lower(), code=DEMAND_CODE, origin="obligation")


def _participle_as_noun(token: Token) -> bool:
    """Whether a verb form is a noun phrase's head with its article: "the wounded",
    "the detained" (the parser tags them as verbs in argument positions)."""
    if token.pos_ != "VERB" or token.dep_ not in NOUN_POSITIONS:
        return False
    return any(c.dep_ == "det" for c in token.children)


def _governed_act(token: Token, scope: SentenceScope) -> bool:
    """Whether `token` is the content of a threat, promise, demand or refusal: an
    infinitive under one ("threatened to break ties", "offered troops to help oust Y"),
    the clause a demand asks for ("demanded that Y end the curbs"), or what a duty is
    stated to be ready for ("Y must be ready to mediate"); or of a verb
    whose own pattern names its complement ("prepared to attack": the preparation is
    the event)."""
    if duty_above(token) is not None:
        return True  # "Y must be ready to mediate": the duty is the event, not the mediation
    node = token
    for _ in range(4):
        governor = node.head.lemma_.lower()
        if node.dep_ == "ccomp" and governor in REQUEST_GOVERNORS:
            return True
        if _helped_act(node):
            node = node.head  # "offered troops to help him oust Y": the ousting is offered too
            continue
        if node.dep_ not in CONTENT_LINKS or node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and not is_to_infinitive(node):
            return False
        if node.dep_ != "conj" and governor in scope.governors:
            return True
        if node.dep_ == "xcomp" and _names_complement(node.head, scope):
            return True
        node = node.head
    return False


def _condition_of_announced_act(token: Token, scope: SentenceScope) -> bool:
    """Whether `token` lies inside the condition ("if", "unless") of an act announced
    or threatened: "will withdraw its troops unless Y holds elections", "threatened to
    ban the vote if Y took part". The condition is what the announcer demands, not an
    event of its own. A condition of an act stated as done or as a general rule ("if Y
    attacks, X retaliates") is left to the certainty grading."""
    node = token
    for _ in range(MAX_CONDITION_DEPTH):
        if node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and is_condition(node):
            return _announces(node.head, scope)
        node = node.head
    return False


def _announces(verb: Token, scope: SentenceScope) -> bool:
    """Whether `verb` is a threat, promise or demand ("threatened", "vowed"), its
    content ("threatened to ban"), or an event the lexicon codes that is announced
    ("will withdraw", "would impose sanctions")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in scope.governors or _governed_act(verb, scope):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in ANNOUNCING_MODALS for c in verb.children):
        return False
    pattern = match_predicate(scope.lexicon, "verb", verb, verb_arguments(verb))
    return pattern is not None and pattern.code != NO_EVENT


def _helped_act(verb: Token) -> bool:
    """Whether `verb` is the bare infinitive after "help" with its own subject ("help
    him oust Y"): what is helped is the helper's content, as "help oust Y" is."""
    return bool(
        verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in HELP_VERBS
    )


def _names_complement(verb: Token, scope: SentenceScope) -> bool:
    """Whether the verb's pattern codes it by the verb of its complement (`comp=`, not
    `*`): the complement is part of that event."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    pattern = match_predicate(scope.lexicon, "verb", verb, verb_arguments(verb))
    if pattern is None or pattern.code == NO_EVENT or pattern.complement is None:
        return False
    return not pattern.complement.any


def _adjective_arguments(adj: Token) -> Arguments:
    """ "he was pessimistic about talks with Y": the copula's subject, the adjective's preps."""
    copula = verb_arguments(adj.head)
    preps = [
        (c.lemma_.lower(), p) for c in adj.children if c.dep_ == "prep"
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip
    return Arguments(subjects=copula.subjects, preps=tuple(preps))


def _nominal(noun: Token, scope: SentenceScope) -> Iterator[Candidate]:
    if not any(scope.lexicon.has("noun", form) for form in word_forms(noun)):
        return
    departure = noun.lemma_.lower() in scope.departures or noun.lower_ in scope.departures
    args = noun_arguments(noun, departure)
    if departure:
        args = _departing(noun, args, scope)
    pattern = match_predicate(scope.lexicon, "noun", noun, args)
    if pattern is None or pattern.code == NO_EVENT or _describes_a_threat_level(noun, pattern):
        return
    if not departure and _monitored_state(noun, pattern, args):
        return  # "deployed to oversee a ceasefire between X and Y": a standing truce
    carrier = noun_is_object_of(noun)
    hostile = pattern.code[:2] in THREATENED_ROOTS  # agreed cooperation stays planned
    if hostile and carrier is not None and _governed_act(carrier, scope):
        return  # "threatened to hold a general strike": the threat is the event
    if _condition_of_announced_act(noun, scope):
        return  # "will withdraw unless Y arranges a ceasefire": the ceasefire is demanded

    if not args.subjects and (setting := _setting_verb(noun, pattern)) is not None:
        # "said in a meeting with Y": the speaker is at the meeting
        args = replace(args, subjects=verb_arguments(setting).subjects)
    if not args.subjects and not _supported(noun):
        # "Officials confirmed the kidnapping": a noun without an actor of its own does
        # not take the subject of the verb it sits under, unless that verb only carries
        # it ("staged rallies", "renewed negotiations")
        if not _names_own_source(noun, args):
            return
    elif all(t.pos_ == "PRON" for t in args.subjects):
        # "Israel mounted its invasion": the pronoun is the subject of the support verb
        governor = noun_is_object_of(noun)
        if governor is not None and governor.lemma_.lower() not in COUNTER_VERBS:
            args = Arguments(
                subjects=verb_arguments(governor).subjects, objects=args.objects, preps=args.preps
            )
        elif not _names_own_source(noun, args):
            return  # a bare event noun without its own source is background, not an event
    yield from _pairs(noun, pattern, args, scope, nominal=True)


def _critics(noun: Token, scope: SentenceScope) -> Iterator[Candidate]:
    """ "Critics of Y say ...", "according to Y's critics": the critics criticise Y (111),
    by their own actor when a modifier names it, else by no one named (`critics`)."""
    pattern = Pattern(kind="noun", lemma="critic", code=CRITICISM_CODE, origin="critics")
    own = [m for t in critics_own(noun) if (m := scope.index.at(t.i)) is not None and is_known(m)]
    sources: list[Mention | None] = [own[0]] if own else [None]
    targets = [
        mention
        for head in criticised(noun)
        for mention in mentions_of(head, scope.index, scope.agents, owned=False)
    ]
    for source, target in product(sources, targets[:MAX_LIST_TARGETS]):
        if source is None or not _same_actor(source, target):
            yield Candidate(noun, pattern, source, target, nominal=True)


def _condemnation(adjective: Token, scope: SentenceScope) -> Iterator[Candidate]:
    """ "X said Y's actions are unacceptable": X criticises Y (111), or no one named
    ("X said the murder is unacceptable"). The statement is the act: the verb of saying
    is the trigger, and the speaker must be known."""
    copula = condemning_copula(adjective) if adjective.pos_ == "ADJ" else None
    speech = condemning_speech(copula) if copula is not None else None
    if copula is None or speech is None:
        return
    pattern = Pattern(kind="adj", lemma=adjective.lemma_.lower(), code=CRITICISM_CODE)
    sources = _actors(speech, pattern, verb_arguments(speech), scope)[0]
    found = [
        mention
        for head in condemned(copula)
        for mention in mentions_of(head, scope.index, scope.agents, owned=False)
    ]
    targets: list[Mention | None] = [*found[:MAX_LIST_TARGETS]] or [None]
    for source, target in product(sources[:1], targets):
        if target is None or not _same_actor(source, target):
            yield Candidate(speech, pattern, source, target, nominal=False)


def _monitored_state(noun: Token, pattern: Pattern, args: Arguments) -> bool:
    """Whether an event noun with actors of its own is what others oversee, monitor or
    enforce ("peacekeepers oversee a ceasefire between X and Y", "enforce the embargo
    on Y"): a standing arrangement, not a new event. Fighting, force and protest that
    are monitored still happen ("observers monitored clashes between X and Y")."""
    carrier = noun_is_object_of(noun)
    if carrier is None or carrier.lemma_.lower() not in MONITOR_VERBS:
        return False
    if pattern.code[:2] in OCCURRENCE_ROOTS:
        return False
    return any(t.pos_ != "PRON" for t in args.subjects)


def _departing(noun: Token, args: Arguments, scope: SentenceScope) -> Arguments:
    """Who leaves, when a noun of departure names no one by a possessor or a "by"
    phrase: the actor its "of" phrase names ("the withdrawal of Freedonian troops"), else
    the subject of the support verb it is the object of ("X speeded up the withdrawal of
    some forces", "X announced the pullout of its troops"). Under any other verb ("X
    demanded the withdrawal of Y's troops") it names no one."""
    if args.subjects:
        return args
    governor = noun_is_object_of(noun)
    supported = governor is not None and governor.lemma_.lower() in SUPPORT_VERBS
    if governor is not None and not supported:
        return args  # "X demanded the withdrawal of Y's troops": asked for, not done
    for theme in args.objects:
        if any(is_known(m) for m in mentions_of(theme, scope.index, scope.agents)):
            return replace(args, subjects=(theme,))
    if governor is None:
        return args
    return replace(args, subjects=verb_arguments(governor).subjects)


def _setting_verb(noun: Token, pattern: Pattern) -> Token | None:
    """The verb of saying a joint event noun is the setting of: in "X said in a meeting
    with Y" and "during talks with Y, X stressed ..." X takes part in the meeting or talks
    with Y. Only for mutual events (meetings, talks) that name their partner with "with",
    in a phrase of place or time on the verb; not "ahead of talks with Y" (not yet held)."""
    if not pattern.mutual or noun.dep_ != "pobj" or not _names_partner(noun):
        return None
    preposition = noun.head
    verb = preposition.head
    if preposition.dep_ != "prep" or preposition.lower_ not in SETTING_PREPOSITIONS:
        return None
    return verb if verb.lemma_.lower() in SETTING_SPEECH else None


def _names_partner(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _describes_a_threat_level(noun: Token, pattern: Pattern) -> bool:
    """Whether a threat noun is the subject of a verb describing its state."""
    if pattern.code[:2] != THREAT_ROOT or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return noun.head.lemma_.lower() in DESCRIPTIVE_VERBS


def _supported(noun: Token) -> bool:
    """Whether the noun is the object of a support verb, whose subject performs it, or
    of a verb like "face", whose subject undergoes it (`filters.undergoes` makes that
    subject the target)."""
    governor = noun_is_object_of(noun)
    if governor is None:
        return False
    return governor.lemma_.lower() in SUPPORT_VERBS | UNDERGO_VERBS


def _pairs(
    trigger: Token, pattern: Pattern, args: Arguments, scope: SentenceScope, nominal: bool
) -> Iterator[Candidate]:
    sources, targets = _actors(trigger, pattern, args, scope)
    if nominal and not sources:
        sources = _modifier_actors(args, scope)
    if nominal and not sources:
        return  # an event noun without a known source ("their invasion") is not coded
    if len(targets) > MAX_LIST_TARGETS:
        return  # an enumeration ("exports to A, B, C and D") states no event with each
    named_agent = not sources and (
        _unnamed_agent(args, scope)
        or _unplaced_protesters(pattern, args, scope)
        or _speaking_state(pattern, args)
    )
    pairs: list[tuple[Mention | None, Mention | None]]
    joint = len(sources) >= 2 and not targets
    if (pattern.mutual or _cooperative(pattern.code)) and joint:
        pairs = list(permutations(sources, 2))
    elif pattern.mutual and not nominal and not sources and _joint_phrase(trigger, targets):
        pairs = list(permutations(targets, 2))  # "fighting between X and Y broke out"
    elif pattern.mutual and targets and sources:
        pairs = [(s, t) for s in sources for t in targets]
        pairs += [(t, s) for s in sources for t in targets]
    else:
        none: list[Mention | None] = [None]
        pairs = list(product([*sources] or none, [*targets] or none))
    for source, target in pairs:
        if source is None and target is None:
            continue
        if source is not None and target is not None and _same_actor(source, target):
            continue
        if target is None and pattern.specificity == 0 and pattern.code[:2] not in MONADIC_ROOTS:
            continue  # a converted bare verb codes only with both actors present
        if lacks_needed_side(pattern.code, source is not None, target is not None, named_agent):
            continue
        label = trigger.doc[target.end - 1].ent_type_ if target else ""
        if arrest_of_a_place(pattern.code, bool(source), target.actor if target else None, label):
            continue
        yield Candidate(trigger, pattern, source, target, nominal)


def _joint_phrase(trigger: Token, targets: Sequence[Mention]) -> bool:
    """Whether two or more targets are the parties of the trigger's own "between" or
    "among" phrase ("fighting between X and Y"; not "discussed the bond between X and Y")."""
    parties = [
        p for c in trigger.children if c.dep_ == "prep" and c.lower_ in JOINT_PREPS
        for p in c.subtree
    ]  # fmt: skip
    return len(targets) >= 2 and all(any(m.start <= p.i < m.end for p in parties) for m in targets)


def _unnamed_agent(args: Arguments, scope: SentenceScope) -> bool:
    """Whether the subject is an agent noun the resolver left unidentified, or a name
    with the title of a judicial office ("Judge Ramon Alvarez")."""

    def agent(token: Token) -> bool:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = token.lemma_.lower()
        if lemma in scope.agents or lemma in UNNAMED_AGENTS:
            return True
        titles = (c for c in token.children if c.dep_ == "compound")
        return token.pos_ == "PROPN" and any(c.lower_ in JUDICIAL_TITLES for c in titles)

    def speaker(token: Token) -> bool:
        """ "The party said it will boycott ...": `it` is the unnamed party."""
        said_by = speaker_of(token)
        return said_by is not None and agent(said_by)

    return any(agent(t) or speaker(t) for t in args.subjects)


def _speaking_state(pattern: Pattern, args: Arguments) -> bool:
    """Whether a reduction of relations (16: sanctions, expulsions, aid cut off) is stated
    by its first-person author ("We are imposing sanctions against Y"): only a state or an
    international body does these acts, so the speaker is one, named or not."""
    if pattern.code[:2] != RELATIONS_ROOT:
        return False
    return any(t.lower_ in FIRST_PERSON_PLURAL for t in args.subjects)


def _unplaced_protesters(pattern: Pattern, args: Arguments, scope: SentenceScope) -> bool:
    """Whether a protest's subject is people the resolver knows by kind but not by country
    ("Islamic fundamentalists began a hunger strike to demand ..."): a protest against a
    known target with its protesters unplaced. Only the protest acts of the hand-written
    lexicon: the converted dictionary codes stances as protest too ("a newspaper which
    opposed the war")."""
    if pattern.code[:2] != PROTEST_ROOT or not pattern.hand_written:
        return False
    for subject in args.subjects:
        for people in (subject, *members(subject)):
            mention = scope.index.at(people.i)
            if mention is not None and mention.kind == AGENT_KIND and mention.actor.sector:
                return True
    return False


def _same_actor(source: Mention, target: Mention) -> bool:
    if source.start == target.start and source.end == target.end:
        return True
    if target.kind == DOMESTIC_KIND:
        return False  # an act on the source's own country ("NGA -> NGA", `domestic`)
    if bool(source.actor.code) and source.actor.code == target.actor.code:
        return True
    if _private_person(source, target) or _private_person(target, source):
        return False  # "police arrested X": a person without office is not the state
    return same_country_noise(source.actor, target.actor)


def _private_person(person: Mention, other: Mention) -> bool:
    """A named person known without an office (no sector), facing a sector of the state
    or society: distinct actors even of one country."""
    return person.kind == "person" and not person.actor.sector and bool(other.actor.sector)


def _cooperative(code: str) -> bool:
    return int(code[:2]) <= 8


def _actors(
    trigger: Token, pattern: Pattern, args: Arguments, scope: SentenceScope
) -> tuple[list[Mention], list[Mention]]:
    def of(tokens: Sequence[Token]) -> list[Mention]:
        found: list[Mention] = []
        for token in tokens:
            for mention in mentions_of(token, scope.index, scope.agents):
                if mention not in found:
                    found.append(mention)
        return found

    subjects = of(args.subjects) or _jurisdiction(trigger, pattern, args, scope)
    if not subjects and pattern.mutual:  # "They reaffirmed the ties between X and Y and met"
        subjects = relationship_parties(args.subjects, scope.index, scope.agents)
    if pattern.reverse:
        for prep in SOURCE_PREPS_REVERSED:
            sources = of(args.prep_objects(prep))
            if sources:
                return sources, subjects
        return [], subjects
    targets = find_targets(
        trigger, pattern, args, scope.index, of, subjects, scope.places, scope.departures
    )
    commander = None if targets else _commanding(trigger, pattern, args, subjects)
    if commander is not None and (orderers := of(verb_arguments(commander).subjects)):
        return orderers, subjects  # "ordered the newspaper to suspend publication"
    return subjects, targets


def _commanding(
    trigger: Token, pattern: Pattern, args: Arguments, ordered: list[Mention]
) -> Token | None:
    """The verb that orders or forces the subject of a coercive act to do it, when that
    act falls on no one named and the ordered party stands outside the state ("the
    government ordered the opposition newspaper to suspend publication": the government
    restricts the newspaper, the newspaper restricts no one). An order to the state's own
    organs ("ordered the police to impose restrictions", "ordered its troops to ...")
    leaves the act theirs."""
    if pattern.code[:2] != COERCION_ROOT or trigger.dep_ != "xcomp" or not ordered:
        return None
    governor = trigger.head
    if governor.pos_ != "VERB" or governor.lemma_.lower() not in COMMAND_VERBS:
        return None
    command = verb_arguments(governor)
    if (
        not command.objects
        or tuple(args.subjects) != command.objects
        or _own_people(command.objects)
    ):
        return None  # the act's subject is not the one ordered
    return governor if all(_outside_state(m) for m in ordered) else None


def _outside_state(mention: Mention) -> bool:
    """People of a sector outside the state (the opposition, the media, civilians)."""
    sector = mention.actor.sector
    return sector is not None and sector not in STATE_SECTORS


def _jurisdiction(
    trigger: Token, pattern: Pattern, args: Arguments, scope: SentenceScope
) -> list[Mention]:
    """The country a passive arrest or investigation without its agent takes place in:
    "a Sylvanian national was arrested in Freedonia" (or in one of its cities), "has been
    put under investigation in Freedonia": only its state arrests and investigates there.
    Places in several countries, or unknown, name none."""
    if not args.passive or args.subjects or not pattern.code.startswith(JUDICIAL_CODES):
        return []
    heads = [trigger, *(obj for prep, obj in args.preps if prep in JUDICIAL_FRAMES)]
    places = [
        place
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for phrase in (prep, *(c for c in prep.children if c.dep_ == "conj"))
        for place in phrase.children
        if place.dep_ == "pobj"
    ]
    found: dict[str, Mention] = {}
    for place in (p for token in places for p in with_conjuncts(token)):
        mention = scope.index.at(place.i)
        country = mention.actor.country if mention is not None else None
        if mention is None or mention.kind not in PLACE_MENTIONS or not country:
            return []  # a place not known: no state is named
        actor = replace(mention.actor, sector=None, code=country)  # the country, not a city
        found.setdefault(country, replace(mention, actor=actor))
    return list(found.values()) if len(found) == 1 else []


def _names_own_source(noun: Token, args: Arguments) -> bool:
    """Whether an event noun without a support verb names its actor: "Sylvanian protests
    continued", "police dispersed Sylvanian protests"."""
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and _nationality_modifier(args)


def _nationality_modifier(args: Arguments) -> bool:
    """ "Sylvanian protests continued": a nationality adjective, not a place ("the Mumbai
    attacks" names where, not who)."""
    return any(token.pos_ == "ADJ" for token in args.prep_objects("modifier"))


def _modifier_actors(args: Arguments, scope: SentenceScope) -> list[Mention]:
    """ "Russian visits": an actor adjective or compound before an event noun."""
    found: list[Mention] = []
    for token in args.prep_objects("modifier"):
        mention = scope.index.at(token.i)
        if mention is not None and is_known(mention) and mention not in found:
            found.append(mention)
    return found
