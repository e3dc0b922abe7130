"""Match a predicate and its arguments against the lexicon's patterns."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from watchfloor.coding.clauses import (
    Arguments,
    Token,
    with_conjuncts,
)
from watchfloor.coding.lexicon import Lexicon, NounSet, Pattern

# Nouns that only measure what follows: "quantities of munitions" is about munitions,
# "700 kg of medicine" about medicine, "part of an aid programme" about the programme,
# "ten days of war games" about the games, "a contingent of peacekeepers" about them.
PARTITIVES = frozenset(
    [
        "quantity",
        "type",
        "kind",
        "number",
        "amount",
        "shipment",
        "supply",
        "batch",
        "lot",
        "range",
        "variety",
        "consignment",
        "delivery",
        "package",
        "tranche",
        "set",
        "stock",
        "stockpile",
        "load",
        "form",
        "part",
        "portion",
        "worth",
        "ton",
        "tonne",
        "kilogram",
        "kilo",
        "kg",
        "pound",
        "litre",
        "liter",
        "dose",
        "barrel",
        "truckload",
        "planeload",
        "shipload",
        "thousand",
        "hundred",
        "dozen",
        "score",
        "million",
        "crowd",
        "group",
        "contingent",
        "detachment",
        "hour",
        "day",
        "week",
        "month",
        "round",
        "series",
        "wave",
    ]
)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Verbs of phase or help whose complement is the act itself ("resume shelling", "help
# defend Y").
CARRIER_VERBS = frozenset({"resume", "continue", "begin", "start", "restart", "keep", "help"})
# Predicative nouns naming the role an object is held in ("held them hostage"), not a
# property ascribed to it ("called the vote a sham").
HELD_AS = frozenset(["hostage", "captive"])


def word_forms(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def noun_matches(token: Token, nouns: NounSet) -> bool:
    """Whether `token` (a noun head) is one of `nouns`."""
    if nouns.any:
        return True
    lemma, lower = word_forms(token)
    if lemma in nouns.heads or lower in nouns.heads:
        return True
    if not nouns.compounds:
        return False
    modifiers = {w for c in token.children if c.dep_ in MODIFIER_DEPS for w in word_forms(c)}
    return any(
        head in (lemma, lower) and modifier in modifiers for modifier, head in nouns.compounds
    )


def themes(args: Arguments) -> list[Token]:
    """What the predicate acts upon: objects, "with" objects, and partitive complements."""
    return _with_partitives([*args.objects, *args.prep_objects("with")])


def agents(args: Arguments) -> list[Token]:
    """Who acts: the subjects, what partitive subjects count ("thousands of protesters"),
    and an event noun's proper adjective ("Sylvanian shelling"; not "heavy shelling")."""
    proper = [t for t in args.prep_objects("modifier") if t.pos_ == "ADJ" and t.text[:1].isupper()]
    return _with_partitives([*args.subjects, *proper])


def _with_partitives(tokens: list[Token]) -> list[Token]:
    found: list[Token] = []
    for token in tokens:
        for noun in with_conjuncts(token):
            found.append(noun)
            if noun.lemma_.lower() in PARTITIVES:
                found.extend(
                    t
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for t in with_conjuncts(p)
                )
    return found


def acts(complements: Sequence[Token]) -> list[Token]:
    """The complement verbs, and the act one of phase or help carries on: "threatened to
    resume shelling" threatens shelling, "sent troops to help defend Y" to defend Y."""
    found = list(complements)
    for verb in complements:
        if verb.lemma_.lower() in CARRIER_VERBS:
            found.extend(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
    return found


def pattern_matches(pattern: Pattern, args: Arguments, theme_tokens: list[Token]) -> bool:
    if pattern.particle is not None and not _has_particle(pattern.particle, args):
        return False
    if pattern.subject is not None and not any(
        noun_matches(t, pattern.subject) for t in agents(args)
    ):
        return False
    if pattern.obj is not None and not any(noun_matches(t, pattern.obj) for t in theme_tokens):
        return False
    if pattern.complement is not None and not any(
        noun_matches(verb, pattern.complement) for verb in acts(args.complements)
    ):
        return False
    if pattern.purpose is not None and not any(
        noun_matches(verb, pattern.purpose) for verb in acts(args.purposes)
    ):
        return False
    return all(
        any(noun_matches(obj, nouns) for obj in args.prep_objects(prep) if not _is_time(obj))
        or (nouns.any and _bare_prep(prep, args))
        for prep, nouns in pattern.preps
    )


# Entity labels of a time: "between March and April" dates an act, it names no parties.
TIME_LABELS = frozenset({"DATE", "TIME"})


def _is_time(token: Token) -> bool:
    return token.ent_type_ in TIME_LABELS


# Particles that are adverbs ("give in", "set up"): only a particle edge counts for them;
# others ("ask for", "meet with") may be parsed as a preposition.
ADVERB_PARTICLES = frozenset(
    [
        "in",
        "up",
        "out",
        "off",
        "down",
        "over",
        "back",
        "away",
        "on",
        "aside",
        "forward",
        "together",
        "through",
        "around",
    ]
)


def _has_particle(particle: str, args: Arguments) -> bool:
    if args.particle == particle:
        return True
    return particle not in ADVERB_PARTICLES and any(p == particle for p, _ in args.preps)


def _bare_prep(prep: str, args: Arguments) -> bool:
    return any(p == prep and not _is_time(obj) for p, obj in args.preps)


def held_as_nouns(verb: Token) -> list[Token]:
    """The role a verb's object is held in: "held the journalist hostage", "was held
    captive by rebels" (a predicative noun that is no property ascribed to it)."""
    return [c for c in verb.children if c.dep_ == "oprd" and c.lemma_.lower() in HELD_AS]


def names_its_object(verb: Token, args: Arguments) -> bool:
    """Whether the verb ascribes a property to its object instead of acting on it:
    "called the vote a sham", "called its actions defensive"."""
    if any(c.dep_ == "oprd" and c.lemma_.lower() not in HELD_AS for c in verb.children):
        return True
    return any(
        child.dep_ == "acl" and child.pos_ == "ADJ"
        for obj in args.objects
        for child in obj.children
    )


def best_pattern(
    patterns: Iterable[Pattern], args: Arguments, held_as: Sequence[Token] = ()
) -> Pattern | None:
    """The most specific pattern the arguments satisfy (patterns come sorted); `held_as`
    are role nouns that count as themes ("held them hostage")."""
    theme_tokens = [*themes(args), *held_as]
    for pattern in patterns:
        if pattern_matches(pattern, args, theme_tokens):
            return pattern
    return None


def infinitive_complements(args: Arguments) -> Arguments:
    """The arguments with the infinitive the parser hangs as an adverbial clause on a verb
    without object or complement ("have sworn to fight", parsed like a purpose clause)
    taken as its complement, as "vowed to fight" is."""
    if args.complements or args.objects or not args.purposes:
        return args
    return replace(args, complements=args.purposes)


def match_predicate(lexicon: Lexicon, kind: str, token: Token, args: Arguments) -> Pattern | None:
    patterns = lexicon.patterns_for(kind, token.lemma_.lower())
    if not patterns and token.lemma_.lower() != token.lower_:  # "talks" is not "a talk"
        patterns = lexicon.patterns_for(kind, token.lower_)
    if not patterns or (kind == "verb" and names_its_object(token, args)):
        return None  # "called the election fair" is no phone call and no election call
    if kind == "verb":
        args = infinitive_complements(args)
    fitting = [p for p in patterns if p.modifier is None or _has_modifier(token, p.modifier)]
    return best_pattern(fitting, args, held_as_nouns(token) if kind == "verb" else ())


def _has_modifier(token: Token, modifier: str) -> bool:
    """Whether the predicate word carries `modifier` ("hunger strike", "phone call")."""
    return any(
        modifier in word_forms(child) for child in token.children if child.dep_ in MODIFIER_DEPS
    )
