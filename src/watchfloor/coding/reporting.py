"""Reporters and critics of an event are not its actors.

"Officials reported an attack on the village" says nothing of who attacked: a verb of
reporting does not take the code of the event its object names (`reports_event`).
"X condemned the attack on Y" criticises the attack's author, not its victim Y
(`without_victims`).
"""

from __future__ import annotations

from dataclasses import replace

from watchfloor.coding.clauses import Arguments, Token
from watchfloor.coding.lexicon import Lexicon, Pattern
from watchfloor.coding.matching import match_predicate
from watchfloor.coding.nominal import noun_arguments

# Verbs of reporting: their object is an event someone else may have performed.
REPORTING_VERBS = frozenset(
    {"report", "describe", "mention", "cite", "narrate", "depict", "detail", "recount",
     "document", "record", "relay", "refer", "note", "notice", "witness", "see", "watch",
     "comment", "remark", "explain", "tell"}
)  # fmt: skip
# Verbs that confirm a reported event or a stance: only confirmed conflict is reported.
CONFIRMING_VERBS = frozenset({"confirm", "verify", "substantiate", "validate", "affirm"})
# Roots of what a reporter itself says or feels ("noted with concern", "described the
# plan as a mistake"): statements, appeals, disapproval, rejection, threats.
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Criticism (11) of a violent act (18-20) does not criticise the act's victim, named
# by these prepositions on the act ("condemned the attack on Y").
CRITICISM_ROOT = "11"
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Nouns of violence whose "of" phrase is the victim ("the killing of three soldiers").
VIOLENT_NOUNS = frozenset(
    {"killing", "killings", "murder", "massacre", "bombing", "shelling", "assassination",
     "abduction", "kidnapping", "shooting", "execution", "beheading", "lynching"}
)  # fmt: skip
VICTIM_PREPS = frozenset({"on", "against", "in", "at", "upon", "of"})


def reports_event(verb: Token, pattern: Pattern) -> bool:
    """Whether a verb of reporting takes its code from the event its object names:
    "officials reported an attack on the village" says nothing of who attacked, and
    "confirmed the arrests" nothing of who arrested. Stances a verb states ("confirmed
    its support") and announcements of one's own act ("announced sanctions") stay."""
    if pattern.obj is None:
        return False
    lemma, root = verb.lemma_.lower(), pattern.code[:2]
    if lemma in REPORTING_VERBS:
        return root not in VERBAL_ROOTS
    return lemma in CONFIRMING_VERBS and root in CONFLICT_ROOTS


def without_victims(args: Arguments, lexicon: Lexicon) -> Arguments:
    """ "condemned the attack on Y": Y is the victim of the attack condemned, not the
    one criticised. A violent act in the object gives way to its author ("condemned
    the Sylvanian attack", "the attack by Y"): the author is criticised, no victim is."""
    acts = {o.i for o in args.objects if _violent_noun(o, lexicon)}
    if not acts:
        return args
    objects: list[Token] = []
    for obj in args.objects:
        objects.extend(_authors(obj) if obj.i in acts else [obj])
    preps = tuple(
        (prep, obj) for prep, obj in args.preps
        if not (prep in VICTIM_PREPS and obj.head.head.i in acts)
    )  # fmt: skip
    return replace(args, objects=tuple(objects), preps=preps)


def _authors(act: Token) -> list[Token]:
    """Who performed an event noun: its possessor, "by" phrase or actor modifier."""
    nominal = noun_arguments(act)
    authors = [t for t in nominal.subjects if t.head.lower_ != "between"]
    return authors + list(nominal.prep_objects("modifier"))


def _violent_noun(noun: Token, lexicon: Lexicon) -> bool:
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in VIOLENT_NOUNS or noun.lower_ in VIOLENT_NOUNS:
        return True
    if not lexicon.has("noun", noun.lemma_.lower()):
        return False
    pattern = match_predicate(lexicon, "noun", noun, noun_arguments(noun))
    return pattern is not None and pattern.code[:2] in VIOLENT_ROOTS
