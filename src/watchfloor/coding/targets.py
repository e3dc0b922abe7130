"""Where the target of a candidate event is, in order of how directly the syntax names it.

1. The pattern's slot, the object, the dative, a prepositional object of the predicate
   or of its object ("provided weapons to Y"). Disapproval is aimed at what it is about
   before whom it is addressed to: "complained to the UN over Y's air raids" codes Y, as
   PLOVER's ACCUSE targets the party accused (the addressee only when the grievance
   names no one).
2. The subject of a demanded clause ("demanded that Y withdraw", appeals and demands).
3. Inside the complement of the predicate ("threatened to break ties with Y", "refused to
   allow Y's planes to land"), including the subject of a clause the complement lets
   happen; inside the purpose clause a pattern names (`purpose=`: "sent troops to help
   defend Y"), and where it lets goods go ("opened the bridge to allow the delivery of
   grain to Y"; people or craft it lets through are whom it is for).
4. The party a threat's condition is placed on ("threatened to strike if Y ..."), and
   the party a protest's purpose or grievance names (`protest_targets`): "began a hunger
   strike to protest Y's decision", "marched, demanding Y's withdrawal", "held a
   demonstration calling for the removal of Y's president", "staged a strike in protest
   of/against/at Y's refusal", "blocked streets in defiance of Y", "joined
   demonstrations against violations by Y" (the author of the protested act, as in rule
   5); a protest that follows another continues it: "rioted following a demonstration
   calling for the removal of Y", "rioted after rallies against Y"; a relative clause on
   the protest noun says what it is against too ("a strike that shut down the capital in
   protest of Y's decision"). A protest against an arrest or detention that names
   neither its author nor a place, by people of one country outside its state, is
   against that country: only a state arrests ("in protest of last week's arrest of
   activists"). A purpose that shows support or solidarity names whom the protest is
   for: no target. Acceding to demands (083: a resignation) is towards whoever pressed
   for it: "resigned under pressure from Y", "amid protests by Y", "as Y threatened to
   storm his residence". Any other concession (08, save easing curfews and emergency
   rule, which rule 6 places) made after talks, negotiations or an agreement with Y is
   towards Y: "called off the strike after talks with Y"; a mediator of the talks is no
   party. A refusal (12) despite pressure, calls or demands refuses whoever pressed:
   "refused to resign despite pressure from Y", "in spite of Y's demands".
5. Deeper in a noun phrase, through prepositions: the author of a request or act
   ("rejected calls by Y", "an offer from Y", "crimes committed by Y"), the party an
   act is against ("reservists for a war against Y", "hack into the computers of Y"),
   the leader of a coalition ("the Y-led war"). A peacekeeping force or mission stands
   for the country it is in, sent to or for, whom it protects ("troops to a peacekeeping
   force in Y", "the mandate for the peacekeeping force in Y"), not for that country's
   own military.
6. For acts done on a country's own ground (curfews, states of emergency, martial law
   and their easing; protest), the country of the place they happen in, the source's own
   included ("imposed a curfew in Abidjan", "rallied in Lagos"), and for curfews and
   martial law without a place the imposing state's own country (`domestic`). When
   the act names places in several countries, it has no target.
7. For other acts on a place (mobilisation, restrictions, coercion, violence and their
   easing), the country of the place it happens in ("shelled targets in Y"): CAMEO
   codes an attack on a place as against that place's country; for threats, the place
   of the threatened act ("threatened to resume attacks in Y"), not where the threat
   was made. Only when the source is known and of another country, or challenges the
   state of the place's country (rebels, the opposition, radicals, criminals) with
   coercion or violence ("Afghan rebels exploded bombs in Kabul": AFG -> AFG).

8. For coercion a state can only do at home, when nothing else names a target: the own
   country, with the object's phrase as its text (`domestic.jurisdiction_target`):
   police and courts coercing anyone or anything not placed abroad ("Turkish police
   prevented the demonstration"), a government or legislature banning or restricting
   ("outlawed the organization"). Not armed forces, who act abroad too.
9. For an investigation (09) that is the purpose of sending or going somewhere, the
   country of the place abroad it is done in: "sent a team to Y to investigate".

Nothing is taken from another clause of the sentence than the predicate's own
complements and conditions. A border named as where an act happens ("captured a
stronghold on the Y border", "near the border with Y") says where, not against whom:
no rule takes a target from it, save for mobilisation, which faces the neighbour
("massed troops on the border with Y"); a border acted on keeps its neighbour ("closed
its border with Y").

Beyond the direct slots, an actor of the source's own country is no target, except
that a protest by people outside the state (a sector not of the state, people named by
a nationality or a possessive, "Iraqi Kurds", "Y's leading activist", or a person)
or by another sector of it ("a member of the Y parliament") is aimed at its own state
(the country, a person of it, or a state sector) when the protest names it: "Y students
began a hunger strike to demand the resignation of Y's president" codes Y -> Y.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from watchfloor.coding.actors import MentionIndex, is_known, leader
from watchfloor.coding.clauses import (
    OBJECT_CONTROL,
    OBJECT_DEPS,
    Arguments,
    Token,
    act_heads,
    objects_of,
    verb_arguments,
)
from watchfloor.coding.domestic import (
    DOMESTIC_KIND,
    Places,
    domestic_target,
    is_domestic_act,
    jurisdiction_target,
    places_split,
)
from watchfloor.coding.domestic import LOCATIVE_PREPS as VENUE_PREPS
from watchfloor.coding.filters import CHALLENGER_SECTORS, same_country_noise
from watchfloor.coding.lexicon import Pattern
from watchfloor.coding.matching import acts, infinitive_complements
from watchfloor.coding.ontology import PROTEST_ROOT
from watchfloor.coding.protest_targets import (
    arrests_protested,
    grievance_phrases,
    protest_purposes,
    protests_own_state,
)
from watchfloor.kb import Mention
from watchfloor.nlp.clauses import is_to_infinitive

MentionsOf = Callable[[Sequence[Token]], list[Mention]]

# Where a target is looked for when the pattern does not say, in order.
TARGET_PREPS = (
    "to", "with", "against", "on", "toward", "towards", "into", "at", "upon", "over",
    "from", "for", "about", "between", "among", "of",
)  # fmt: skip
# Disapproval (11): whom a complaint is addressed to comes after what it is about.
DISAPPROVE_ROOT = "11"
ADDRESSEE_PREPS = ("to", "with")
GRIEVANCE_PREPS = (*(p for p in TARGET_PREPS if p not in ADDRESSEE_PREPS), *ADDRESSEE_PREPS)
# Prepositions through which a target may sit deeper in a noun phrase ("a warning about
# the ramifications of North Korea providing arms", "calls by Y", "a war against Y").
DEEP_PREPS = frozenset(
    {"about", "over", "against", "of", "on", "regarding", "to", "with", "into", "for",
     "by", "from", "toward", "towards"}
)  # fmt: skip
# Where a deep search may start, in order: not "by" and "from" on the predicate itself
# (its agent and origin are no targets), only inside its object.
DEEP_START_PREPS = tuple(
    p for p in (*TARGET_PREPS, "regarding") if p in DEEP_PREPS - {"by", "from"}
)
# A purpose phrase ("for") leads to a target only for conflict ("mobilized reservists for
# a war against Y"); for cooperation it names a beneficiary or a cause ("support for a
# dialogue", "a price for its aggression against Y").
CONFLICT_ROOT = "13"
COOPERATIVE_ROOT = "08"
DEEP_START_PREPS_COOPERATIVE = tuple(p for p in DEEP_START_PREPS if p != "for")
# Participles whose agent authored the noun they modify ("crimes committed by Y", "a
# resolution proposed by Y"), unlike those of experience ("people affected by Y").
AUTHORING_PARTICIPLES = frozenset(
    {"commit", "carry", "perpetrate", "launch", "conduct", "make", "issue", "propose",
     "impose", "stage", "order", "sign", "adopt", "pass", "table", "submit", "put",
     "mount", "fire", "plant", "organize", "organise", "lead", "sponsor", "draft"}
)  # fmt: skip
# Prepositions of the topic of talks: "consultations on Y" between joint parties.
TOPIC_PREPS = frozenset({"on", "about", "over"})
# Roots whose target may be the subject of the demanded clause ("demanded that Y leave").
CLAUSE_TARGET_ROOTS = frozenset({"02", "10"})
# Threats (13) are made against the party their condition is placed on.
CONDITION_ROOTS = frozenset({"13"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Acceding to demands for reform or a change of leadership (083) yields to whoever pressed
# for it: "resigned under pressure from Y", "under Y's pressure", "amid protests by Y",
# "in the face of Y's demands", "resigned as Y threatened to storm his residence".
ACCEDE_CODE = "083"
PRESSURE_PREPS = frozenset({"under", "amid", "amidst", "after", "following", "in"})
PRESSURE_NOUNS = frozenset(
    {"pressure", "protest", "demand", "call", "demonstration", "rally", "ultimatum",
     "threat", "criticism", "campaign"}
)  # fmt: skip
PRESSURE_VERBS = frozenset(
    {"demand", "protest", "threaten", "press", "pressure", "urge", "call", "demonstrate"}
)  # fmt: skip
PRESSURE_MARKS = frozenset({"as", "after", "when", "while"})
# A refusal (12) despite pressure, calls or demands refuses whoever pressed: "refused to
# resign despite pressure from Y", "rejected the plan in spite of Y's calls".
REFUSE_ROOT = "12"
DEFIANCE_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding", "in"})
# A concession (08) made after talks or an agreement with Y is made towards Y.
YIELD_ROOT = "08"
SETTLEMENT_PREPS = frozenset({"after", "following"})
SETTLEMENT_NOUNS = frozenset(
    {"talk", "talks", "negotiation", "negotiations", "deliberation", "deliberations",
     "discussion", "discussions", "consultation", "consultations", "meeting", "meetings",
     "dialogue", "agreement", "deal", "accord", "understanding"}
)  # fmt: skip
# Who only brokers talks is not the party a concession is made to.
GO_BETWEENS = frozenset({"mediator", "mediators", "facilitator", "facilitators", "broker"})
PRESSURE_AUTHORS = frozenset({"by", "from", "of"})
# Acts on a place: easing restrictions (08), protest (14), mobilisation (15), reducing
# relations (16), coercion (17), violence (18-20).
LOCATIVE_ROOTS = frozenset({"08", "14", "15", "16", "17", "18", "19", "20"})
LOCATIVE_PREPS = frozenset({"in", "inside", "across", "throughout"})
# A border named as where an act happens ("on the Y border", "near the border with Y")
# says where, not against whom: neither its modifiers nor its "with" phrase are targets.
# Across or over a border the act enters the neighbour, and mobilisation (15) on a
# border faces it ("massed troops on the border with Y"): those keep theirs.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderline"})
BORDER_PREPS = frozenset(
    {"on", "at", "near", "along", "alongside", "by", "in", "inside", "within", "beside"}
)  # fmt: skip
MOBILIZE_ROOT = "15"
# Coercion (17) and violence (18-20): done by challengers of a state on its own ground,
# they are against that state.
CHALLENGE_ROOTS = frozenset({"17", "18", "19", "20"})
PLACE_KINDS = frozenset({"country", "metonym", "place"})
# "with the help of Y", "with Y's support": Y helps the source, it is no target.
INSTRUMENT_NOUNS = frozenset(
    {"help", "support", "assistance", "backing", "cooperation", "consent", "approval",
     "blessing", "permission", "participation", "aid", "mediation"}
)  # fmt: skip
# Where a purpose lets goods go ("to allow deliveries to Y", "to let aid into Y").
DESTINATION_PREPS = frozenset({"to", "into"})
LETTING_VERBS = frozenset({"allow", "permit", "let", "enable"})
GOODS_NOUNS = frozenset(
    {"aid", "assistance", "relief", "food", "foodstuff", "grain", "flour", "wheat", "rice",
     "fuel", "medicine", "supply", "supplies", "goods", "cargo", "delivery", "shipment",
     "consignment", "convoy", "truck", "lorry", "humanitarian"}
)  # fmt: skip
MEASURE_NOUNS = frozenset(
    {"ton", "tonne", "tons", "tonnes", "kilogram", "kg", "pound", "litre", "liter", "barrel",
     "quantity", "amount", "load", "shipment", "consignment", "delivery", "batch"}
)  # fmt: skip
# Investigations (09) done where their investigators are sent or go ("sent a team to Y
# to investigate"): the place's country is investigated.
INVESTIGATE_ROOT = "09"
SENDING_VERBS = frozenset(
    {"send", "dispatch", "deploy", "despatch", "travel", "go", "fly", "arrive", "head",
     "come", "return"}
)  # fmt: skip
SENT_TO_PREPS = frozenset({"to", "in", "into"})
# A peacekeeping force or mission protects the country it is in, sent to, or for: that
# country is the recipient of peacekeeping (074) or of an intent to provide it (0334).
PEACEKEEPERS = frozenset({"peacekeeper", "peacekeepers", "peace-keeper", "peace-keepers"})
PEACE_FORCE_NOUNS = frozenset(
    {"force", "forces", "mission", "operation", "troops", "contingent", "soldier", "unit"}
)  # fmt: skip
HOST_PREPS = frozenset({"in", "to", "for"})
COMPLEMENT_DEPTH = 2
DEEP_DEPTH = 3


def find_targets(
    trigger: Token,
    pattern: Pattern,
    args: Arguments,
    index: MentionIndex,
    of: MentionsOf,
    subjects: list[Mention],
    places: Places | None = None,
    departures: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The target mentions of `trigger` with arguments `args` (see the module doc);
    without the gazetteer `places`, no target of a domestic act (rule 6). `departures`
    are the nouns of leaving a place, whose "from" phrase is only their own target."""
    if not _is_departure(trigger, departures):
        of = _off_departures(of, departures)
    of = _serving(of, index)
    query = _Query(trigger, pattern, args, index, of, subjects, places)
    found = _argument_targets(query)
    if found:
        if pattern.code[:2] == PROTEST_ROOT:
            return [_protested(m, subjects, args) for m in found]
        return found
    return _place_targets(query)


@dataclass(frozen=True)
class _Query:
    """What a target is looked for with: the trigger, its pattern and arguments, the
    sentence's mentions (`index`, `of`), the sources found, and the gazetteer."""

    trigger: Token
    pattern: Pattern
    args: Arguments
    index: MentionIndex
    of: MentionsOf
    subjects: list[Mention]
    places: Places | None


def _argument_targets(query: _Query) -> list[Mention]:
    """Rules 1 to 5: the targets the predicate's arguments name."""
    trigger, pattern, args, index = query.trigger, query.pattern, query.args, query.index
    of, subjects, places = query.of, query.subjects, query.places
    root = pattern.code[:2]
    protest = root == PROTEST_ROOT
    borders = root == MOBILIZE_ROOT  # a border is a target only for what faces it
    if not borders:
        of = _off_borders(of)

    def fresh(found: list[Mention]) -> list[Mention]:
        return [m for m in found if m not in subjects]

    def apart(found: Iterable[Mention]) -> list[Mention]:
        """Beyond the direct slots, an actor of a source's own side is no target, save
        the own state a protest is against."""
        return [
            m
            for m in fresh(list(found))
            if not _same_side(m, subjects) or (protest and _against_own_state(m, subjects, args))
        ]

    skip = _topic_preps(pattern, subjects)
    # a domestic act's place is where it happens: rule 6 reads it after the others
    venues = VENUE_PREPS if _domestic(pattern, subjects, places) else frozenset()
    for tokens in _direct_slots(pattern, args, skip | venues):
        if found := fresh(of(tokens)):
            if _own_ground_left(pattern, args, tokens, found, subjects):
                return []  # "withdrew from the Y town of Z" (Y's forces): no target
            return found
    indirect: list[Iterable[tuple[Token, ...]]] = []
    if root in CLAUSE_TARGET_ROOTS:  # "demanded that Y withdraw": Y is asked
        indirect.append(verb_arguments(clause).subjects for clause in args.clauses)
    # a protest's purpose clause is rule 4's ("marched to show support for Y": no target)
    complements = args if protest else infinitive_complements(args)
    indirect.append(_complement_slots(complements, COMPLEMENT_DEPTH))
    if pattern.purpose is not None:  # "sent troops to help defend Y": Y is protected
        purposed = acts(args.purposes)
        indirect += [_clause_slots(verb_arguments(verb)) for verb in purposed]
        indirect += [_destinations(verb) for verb in purposed]  # "to allow aid to Y"
    if root in CONDITION_ROOTS:
        indirect.append(_condition_subjects(trigger, args))
    if pattern.code.startswith(ACCEDE_CODE):
        indirect.append(_pressing(trigger))
    if root == REFUSE_ROOT:  # "refused to resign despite pressure from Y": Y is refused
        indirect.append(_defied(trigger, args))
    if root == YIELD_ROOT and not is_domestic_act(pattern.code):
        indirect.append(_negotiated(trigger))  # "called off the strike after talks with Y"
    purposes = [verb_arguments(p) for p in protest_purposes(trigger)] if protest else []
    indirect += [_clause_slots(purpose) for purpose in purposes]
    opposed = list(grievance_phrases(trigger)) if protest else []
    indirect.append((token,) for token in opposed)
    for slots in indirect:
        for tokens in slots:
            if found := apart(of(tokens)):
                return found
    conflict = root >= CONFLICT_ROOT
    starts = tuple(
        p for p in (DEEP_START_PREPS if conflict else DEEP_START_PREPS_COOPERATIVE) if p not in skip
    )
    via = DeepSearch(
        index, (DEEP_PREPS if conflict else DEEP_PREPS - {"for"}) - skip, bool(subjects), borders
    )
    grieved = replace(via, authors=True, grievance=True)
    for token in opposed:  # "in protest against violations by Y"
        if found := apart(grieved.mentions(token, DEEP_DEPTH))[:1]:
            return found
    for inner in (args, *purposes):
        search = grieved if inner in purposes else via
        for token in _deep_starts(inner, starts):
            if found := apart(search.mentions(token, DEEP_DEPTH))[:1]:
                return found
    for token in _event_nouns(pattern, args, starts):
        if found := apart(via.mentions(token, DEEP_DEPTH))[:1]:
            return found
    grievances = [*opposed, *(o for purpose in purposes for o in purpose.objects)]
    return arrests_protested(grievances, subjects, args, index)


def _event_nouns(pattern: Pattern, args: Arguments, searched: tuple[str, ...]) -> Iterator[Token]:
    """The event nouns a joint act's own prepositional phrase names ("took part in talks
    with Y", "died in clashes with Y"): the event itself, whose partner is the target, as
    it is inside an object. Only nouns the pattern names, not any phrase ("in=*")."""
    if not pattern.mutual:
        return
    for prep, slot in pattern.preps:
        if not slot.any and prep not in searched:
            yield from args.prep_objects(prep)


def _own_ground_left(
    pattern: Pattern,
    args: Arguments,
    tokens: tuple[Token, ...],
    found: list[Mention],
    subjects: list[Mention],
) -> bool:
    """Whether the place a departure leaves (the pattern's "from" slot) is the source's
    own country's: a retreat on one's own ground is against no one."""
    if pattern.target != "from" or not subjects or tokens != _prep_objects(args, "from"):
        return False
    return all(_same_side(m, subjects) for m in found)


def _place_targets(query: _Query) -> list[Mention]:
    """Rules 6 to 9: the country of the place the act happens in, or of the state that
    can only coerce at home, or of where investigators are sent."""
    trigger, pattern, args, index = query.trigger, query.pattern, query.args, query.index
    of, subjects, places = query.of, query.subjects, query.places
    root = pattern.code[:2]
    if places is not None and _domestic(pattern, subjects, places):
        if (home := domestic_target(trigger, pattern.code, subjects, places)) is not None:
            return [home]
        if places_split(trigger, places):
            return []  # its places lie in several countries: none is its target
        for tokens in _direct_slots(pattern, args, _topic_preps(pattern, subjects)):
            if found := [m for m in of(tokens) if m not in subjects]:  # places left for rule 6
                return found
    if (root in LOCATIVE_ROOTS or root in CONDITION_ROOTS) and subjects:
        place = _locative(args, index, subjects, root)
        if place is not None:
            return [place]
    if root == INVESTIGATE_ROOT and (sent_to := _investigated_place(trigger, index, subjects)):
        return [sent_to]
    if (home := jurisdiction_target(pattern.code, subjects, args.objects, index)) is not None:
        return [home]
    return []


def _investigated_place(
    trigger: Token, index: MentionIndex, subjects: list[Mention]
) -> Mention | None:
    """Rule 9: an investigation (09) that is the purpose of sending or going to a place
    abroad is of that place's country ("sent a team to Y to investigate the killings",
    "inspectors arrived in Y to investigate"), when the investigation names no one."""
    if trigger.dep_ != "advcl" or not is_to_infinitive(trigger):
        return None
    mover = trigger.head
    if mover.lemma_.lower() not in SENDING_VERBS:
        return None
    for token in _sent_to(mover):
        place = _place(token, index, DEEP_DEPTH)
        if place is not None and not _same_side(place, subjects):
            actor = replace(place.actor, sector=None, code=place.actor.country, kb_id=None)
            return Mention(place.start, place.end, actor, place.kind)
    return None


def _sent_to(mover: Token) -> Iterator[Token]:
    """Where a mover goes or sends: its "to"/"in"/"into" phrase, or the "to" phrase the
    parser hung on what is sent ("sent a team of experts [to Y]")."""
    yield from objects_of(mover, SENT_TO_PREPS)
    for sent in (c for c in mover.children if c.dep_ in OBJECT_DEPS):
        for noun in (sent, *objects_of(sent, frozenset({"of"}))):
            yield from objects_of(noun, DESTINATION_PREPS)


def _topic_preps(pattern: Pattern, subjects: list[Mention]) -> frozenset[str]:
    """ "X and Y held talks on Z": between joint parties, Z is what they discuss."""
    joint = len(subjects) >= 2 and (pattern.mutual or pattern.code[:2] <= COOPERATIVE_ROOT)
    return TOPIC_PREPS if joint else frozenset()


def _domestic(pattern: Pattern, subjects: list[Mention], places: Places | None) -> bool:
    return places is not None and bool(subjects) and is_domestic_act(pattern.code)


def _same_side(mention: Mention, subjects: list[Mention]) -> bool:
    return any(_same_country(s, mention) for s in subjects)


def _same_country(source: Mention, target: Mention) -> bool:
    return same_country_noise(source.actor, target.actor) or same_country_noise(
        target.actor, source.actor
    )


def _off_departures(of: MentionsOf, departures: frozenset[str]) -> MentionsOf:
    """`of`, blind to the place a departure leaves: "demanded the withdrawal of Y's forces
    from Z" is a demand on Y; Z is only the withdrawal's own target."""
    if not departures:
        return of

    def left(tokens: Sequence[Token]) -> list[Mention]:
        return of([t for t in tokens if not _place_left(t, departures)])

    return left


def _place_left(token: Token, departures: frozenset[str]) -> bool:
    """Whether a noun is the "from" phrase of a departure noun or of its "of" phrase
    ("the withdrawal [of troops] [from Y]")."""
    if token.dep_ != "pobj" or token.head.lower_ != "from":
        return False
    holder = token.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "of":
        holder = holder.head.head if not _is_departure(holder, departures) else holder
    return _is_departure(holder, departures)


def _is_departure(token: Token, departures: frozenset[str]) -> bool:
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in departures or token.lower_ in departures
    )


def _off_borders(of: MentionsOf) -> MentionsOf:
    """`of`, blind to borders named as where an act happens (`is_border_place`)."""

    def located(tokens: Sequence[Token]) -> list[Mention]:
        return of([t for t in tokens if not is_border_place(t)])

    return located


def is_border_place(token: Token) -> bool:
    """Whether a noun is, or is the "with" phrase of, a border named as where an act
    happens: "captured a stronghold [on the Thai border]", "camps [near the border with
    Y]" (also where the parser hangs "with Y" on the verb); not one crossed ("fired
    across the border"), nor one acted on ("closed its border with Y")."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "with" and prep.i > 0:
        return _border_at(prep.doc[prep.i - 1])
    return _border_at(token)


def _border_at(token: Token) -> bool:
    if token.lemma_.lower() not in BORDER_NOUNS or token.dep_ != "pobj":
        return False
    return bool(token.head.lower_ in BORDER_PREPS)


def _protested(target: Mention, subjects: list[Mention], args: Arguments) -> Mention:
    """A protest's target of the protesters' own state, marked as an act on the own
    country (`DOMESTIC_KIND`) so that it is not taken for one country on both sides."""
    if target.kind == DOMESTIC_KIND or not _same_side(target, subjects):
        return target
    if not _against_own_state(target, subjects, args):
        return target
    return replace(target, kind=DOMESTIC_KIND)


def _against_own_state(target: Mention, subjects: list[Mention], args: Arguments) -> bool:
    """Whether a protest by `subjects` may be aimed at `target`, of their own country."""
    compatriots = [s for s in subjects if _same_country(s, target)]
    return protests_own_state(target, compatriots, args)


def _direct_slots(
    pattern: Pattern, args: Arguments, skip: frozenset[str]
) -> Iterator[tuple[Token, ...]]:
    preps = GRIEVANCE_PREPS if pattern.code[:2] == DISAPPROVE_ROOT else TARGET_PREPS
    if pattern.target == "obj":
        yield args.objects
    elif pattern.target and pattern.target not in skip:
        yield _prep_objects(args, pattern.target)
    for prep, _ in pattern.preps:
        if prep not in skip:
            yield _prep_objects(args, prep)
    yield args.objects
    yield args.datives
    for prep in preps:
        if prep not in skip:
            yield _prep_objects(args, prep)


def _prep_objects(args: Arguments, prep: str) -> tuple[Token, ...]:
    objects = args.prep_objects(prep)
    if prep != "with":
        return objects
    return tuple(t for t in objects if t.lemma_.lower() not in INSTRUMENT_NOUNS)


def _complement_slots(args: Arguments, depth: int) -> Iterator[tuple[Token, ...]]:
    """Objects and prepositional objects of the predicate's complements, and the subject
    of a clause a complement lets happen ("refused to allow Y's planes to land")."""
    if depth == 0:
        return
    for complement in args.complements:
        inner = verb_arguments(complement)
        yield from _clause_slots(inner)
        if complement.lemma_.lower() in OBJECT_CONTROL:
            for clause in inner.clauses:
                yield verb_arguments(clause).subjects
        yield from _complement_slots(inner, depth - 1)


def _clause_slots(inner: Arguments) -> Iterator[tuple[Token, ...]]:
    yield inner.objects
    for prep in TARGET_PREPS:
        yield _prep_objects(inner, prep)


def _destinations(purpose: Token) -> Iterator[tuple[Token, ...]]:
    """Whom a purpose lets goods go to: the "to"/"into" phrase of a delivery it allows
    ("opened the bridge to allow the delivery of grain [to Y]"), or the objects and
    "to"/"into" phrases of the clause it lets goods do ("to allow aid to reach Y"). When
    what it lets through is people or craft, they are whom the access is for ("to allow
    Y planes to fly to Z": Y), not where they go."""
    inner = verb_arguments(purpose)
    for obj in inner.objects:
        if _is_goods(obj):
            yield tuple(objects_of(obj, DESTINATION_PREPS))
    if purpose.lemma_.lower() not in LETTING_VERBS:
        return
    for clause in (*inner.clauses, *inner.complements, *inner.purposes):
        let = verb_arguments(clause)
        passers = let.subjects or inner.objects
        if not passers or not all(_is_goods(p) for p in passers):
            yield passers
            continue
        yield let.objects
        for prep in DESTINATION_PREPS:
            yield _prep_objects(let, prep)


def _is_goods(noun: Token) -> bool:
    """Whether a noun names goods or their delivery ("aid", "the delivery of grain"),
    measured or not ("1,000 tons of grain")."""
    lemma = noun.lemma_.lower()
    if lemma in GOODS_NOUNS:
        return True
    if lemma not in MEASURE_NOUNS:
        return False
    return any(_is_goods(p) for p in objects_of(noun, frozenset({"of"})))


def _condition_subjects(trigger: Token, args: Arguments) -> Iterator[tuple[Token, ...]]:
    """Subjects of the "if"/"unless" clauses on the predicate, its complements or the
    clause it states ("warned it would cut supplies if Y joins the alliance")."""
    verbs = [trigger, *args.complements, *args.clauses]
    verbs += [c for verb in args.complements for c in verb_arguments(verb).complements]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "advcl" and _mark(child) in CONDITION_MARKS:
                yield verb_arguments(child).subjects


def _pressing(trigger: Token) -> Iterator[tuple[Token, ...]]:
    """Who pressed for a concession: the pressure, protest or demand named in an
    "under"/"amid"/"after"/"in the face of" phrase on the act (its own modifier or
    possessor, its "by"/"from" phrase), and the subject of an "as"/"after" clause of
    pressure on it ("as the opposition threatened to storm his residence")."""
    for head in act_heads(trigger):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PRESSURE_PREPS:
                for noun in objects_of(head, frozenset({child.lower_})):
                    if noun.lower_ == "face":  # "in the face of Y's demands"
                        noun = next(objects_of(noun, frozenset({"of"})), noun)
                    if noun.lemma_.lower() in PRESSURE_NOUNS:
                        yield (noun,)
                        yield tuple(objects_of(noun, PRESSURE_AUTHORS))
            elif _pressure_clause(child):
                yield verb_arguments(child).subjects


def _defied(trigger: Token, args: Arguments) -> Iterator[tuple[Token, ...]]:
    """Who pressed for what a refusal refuses: the pressure, call or demand named in a
    "despite"/"amid"/"in spite of"/"in the face of" phrase on the refusal or on what it
    refuses to do ("declined to resign despite pressure by Y", "despite Y's demands")."""
    for head in (*act_heads(trigger), *args.complements):
        for noun in objects_of(head, DEFIANCE_PREPS):
            if noun.lower_ in ("spite", "face"):  # "in spite of Y's calls"
                noun = next(objects_of(noun, frozenset({"of"})), noun)
            elif noun.head.lower_ == "in":
                continue  # "in" leads only through "spite" or "face"
            if noun.lemma_.lower() in PRESSURE_NOUNS:
                yield (noun,)
                yield tuple(objects_of(noun, PRESSURE_AUTHORS))


def _negotiated(trigger: Token) -> Iterator[tuple[Token, ...]]:
    """Whom a concession was negotiated with: the "with" party of talks, negotiations or
    an agreement in an "after"/"following" phrase on the act ("called off the strike
    after deliberations with Y", "lifted the curfew following an agreement with Y")."""
    for head in act_heads(trigger):
        for noun in objects_of(head, SETTLEMENT_PREPS):
            if noun.lemma_.lower() in SETTLEMENT_NOUNS or noun.lower_ in SETTLEMENT_NOUNS:
                parties = objects_of(noun, frozenset({"with"}))
                yield tuple(p for p in parties if p.lemma_.lower() not in GO_BETWEENS)


def _pressure_clause(child: Token) -> bool:
    """ "as Y threatened ...", "after Y demanded ...": a clause of pressure on the act."""
    if child.dep_ != "advcl" or child.lemma_.lower() not in PRESSURE_VERBS:
        return False
    return _mark(child) in PRESSURE_MARKS


def _mark(clause: Token) -> str | None:
    for child in clause.children:
        if child.dep_ == "mark":
            return str(child.lower_)
    return None


def _deep_starts(args: Arguments, starts: tuple[str, ...]) -> Iterator[Token]:
    yield from args.objects or _shifted_objects(args)
    for prep in starts:
        yield from _prep_objects(args, prep)
    for complement in args.complements:
        inner = verb_arguments(complement)
        yield from inner.objects
        for prep in starts:
            yield from _prep_objects(inner, prep)


def _shifted_objects(args: Arguments) -> Iterator[Token]:
    """An object moved past an "as" phrase, which the parser hangs on that phrase:
    "denounced as a crime [Y's crackdown]"."""
    for token in args.prep_objects("as"):
        yield from (c for c in token.children if c.dep_ == "appos")


@dataclass(frozen=True)
class DeepSearch:
    """Known actors inside a noun phrase, nearest first: through prepositions of `preps`,
    modifiers, and the agent of an authoring participle ("crimes committed by Y").
    Without `authors`, no "by"/"from" phrase: the author of a thing is the target of a
    reaction to it, which has a source of its own. Without `borders`, nothing inside a
    border named as where an act happens ("on the Y border"). With `grievance` (what a
    protest is against), the agent of any participle ("land seized by Y")."""

    index: MentionIndex
    preps: frozenset[str] = DEEP_PREPS
    authors: bool = True
    borders: bool = True
    grievance: bool = False

    def mentions(self, token: Token, depth: int) -> Iterator[Mention]:
        if depth == 0 or (not self.borders and is_border_place(token)):
            return
        if (served := _served(token, self.index)) is not None:
            yield served  # "troops for a peacekeeping force in Y": Y is protected
            return
        mention = self.index.at(token.i)
        if mention is not None and is_known(mention):
            yield mention
            return
        for child in token.children:
            yield from self._child(child, depth)

    def _child(self, child: Token, depth: int) -> Iterator[Mention]:
        dep = child.dep_
        if dep == "prep" and child.lower_ == "for" and _for_peacekeeping(child):
            yield from self._pobjs(child, depth - 1)  # "the mandate for the force in Y"
        elif dep == "prep" and child.lower_ in self.preps:
            if child.lower_ in ("by", "from") and not self.authors:
                return
            if not (child.lower_ == "with" and _is_instrument(child)):
                yield from self._pobjs(child, depth - 1)
        elif dep in ("compound", "poss", "amod", "nmod"):
            found = self.index.at(child.i)
            if found is not None and is_known(found):
                yield found
            elif (led := leader(child, self.index)) is not None:
                yield led
            elif dep in ("compound", "poss"):  # "a Security Council resolution draft"
                yield from self.mentions(child, depth - 1)
        elif dep == "acl" and self.authors and self._authored(child):  # "crimes committed by Y"
            for agent in child.children:
                if agent.dep_ == "agent":
                    yield from self._pobjs(agent, depth - 1)

    def _authored(self, participle: Token) -> bool:
        """Whether a participle's agent authored its noun; in what a protest is against,
        any participle's agent did the protested act ("the return of land seized by Y")."""
        if self.grievance:
            return bool(participle.tag_ == "VBN")
        return _authoring(participle)

    def _pobjs(self, prep: Token, depth: int) -> Iterator[Mention]:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                yield from self.mentions(pobj, depth)


def _serving(of: MentionsOf, index: MentionIndex) -> MentionsOf:
    """`of`, reading a peacekeeping force as the country it serves: "troops to a
    peacekeeping force in Y" targets Y, not Y's own military."""

    def served(tokens: Sequence[Token]) -> list[Mention]:
        found = [m for token in tokens if (m := _served(token, index)) is not None]
        return found or of(tokens)

    return served


def _served(token: Token, index: MentionIndex) -> Mention | None:
    """The country a peacekeeping force or mission is in, to or for: whom it protects,
    the recipient of the peacekeeping (CAMEO 074, "a peacekeeping force in Y")."""
    if not _is_peacekeeping(token):
        return None
    for host in objects_of(token, HOST_PREPS):
        place = _place(host, index, DEEP_DEPTH) or _joined_place(token, host, index)
        if place is not None:
            actor = replace(place.actor, sector=None, code=place.actor.country, kb_id=None)
            return Mention(place.start, place.end, actor, place.kind)
    return None


def _joined_place(token: Token, host: Token, index: MentionIndex) -> Mention | None:
    """The place of a phrase the resolver joined with the force ("peacekeeping force in
    Y" read as Y's forces): its country is the place's."""
    mention = index.at(host.i)
    if mention is None or not mention.start <= token.i < mention.end:
        return None
    return mention if mention.actor.country else None


def _for_peacekeeping(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and _is_peacekeeping(c) for c in prep.children)


def _is_peacekeeping(token: Token) -> bool:
    """ "peacekeepers", "a peacekeeping force", "an international peace-keeping mission"."""
    lemma = token.lemma_.lower()
    if lemma in PEACEKEEPERS:
        return True
    if lemma not in PEACE_FORCE_NOUNS:
        return False
    words = token.doc[token.left_edge.i : token.i]
    return "peacekeeping" in "".join(t.lower_ for t in words if t.lower_ not in ("-", "–"))


def _authoring(participle: Token) -> bool:
    return bool(participle.tag_ == "VBN" and participle.lemma_.lower() in AUTHORING_PARTICIPLES)


def _is_instrument(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in INSTRUMENT_NOUNS for c in prep.children)


def _locative(
    args: Arguments, index: MentionIndex, subjects: list[Mention], root: str
) -> Mention | None:
    """The country of the place the act happens in, as a country-level target, when it
    is not a source's own country, or when the sources of that country challenge its
    state (`_challenged`); for a threat, only the place of its complement (a threat is
    not made where it is, but against where its act would happen)."""
    for token in _locative_objects(args, own=root not in CONDITION_ROOTS):
        place = _place(token, index, DEEP_DEPTH)
        if place is not None and _against_place(place, subjects, root):
            actor = replace(place.actor, sector=None, code=place.actor.country, kb_id=None)
            return Mention(place.start, place.end, actor, place.kind)
    return None


def _against_place(place: Mention, subjects: list[Mention], root: str) -> bool:
    """Whether an act at `place` is against the place's country: no source is of it, or
    every source of it challenges its state (rebels, the opposition, radicals, criminals)
    with coercion or violence there ("Afghan rebels exploded bombs in Kabul": AFG)."""
    own = [s for s in subjects if s.actor.country == place.actor.country]
    if not own:
        return True
    return root in CHALLENGE_ROOTS and all(s.actor.sector in CHALLENGER_SECTORS for s in own)


def _locative_objects(args: Arguments, own: bool) -> Iterator[Token]:
    """Objects of "in" on the predicate, its object or target phrase (only with `own`),
    or its complement."""
    holders: list[Token] = []
    if own:
        yield from (token for prep, token in args.preps if prep in LOCATIVE_PREPS)
        holders += [*args.objects, *(t for p, t in args.preps if p in ("at", "on", "against"))]
    for complement in args.complements:
        inner = verb_arguments(complement)
        holders += inner.objects
        yield from (t for p, t in inner.preps if p in LOCATIVE_PREPS)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
                yield from (p for p in child.children if p.dep_ == "pobj")


def _place(token: Token, index: MentionIndex, depth: int) -> Mention | None:
    """A place mention naming `token` or what it is part of: "the capital Kabul", "the
    town of Y", "a jail in northern Y", "the Y city"."""
    if depth == 0 or is_border_place(token):
        return None
    mention = index.at(token.i)
    if mention is not None:
        return mention if _is_place(mention) else None
    for child in token.children:
        if child.dep_ in ("appos", "compound"):
            found = index.at(child.i)
            if found is not None and _is_place(found):
                return found
        elif child.dep_ == "prep" and child.lower_ in ("of", *LOCATIVE_PREPS):
            found = next(
                (
                    f
                    for p in child.children
                    if p.dep_ == "pobj" and (f := _place(p, index, depth - 1))
                ),
                None,
            )
            if found is not None:
                return found
    return None


def _is_place(mention: Mention) -> bool:
    return mention.kind in PLACE_KINDS and bool(mention.actor.country)
