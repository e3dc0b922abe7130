"""Candidates that are no news event: sports and idioms, historical background, deaths,
events missing a side their code needs, enumerations and one country on both sides,
what a demand, appeal, offer or invitation asks for, and an event that only dates
another ("since last month's invasion"); see `docs/certainty.md`.

Background rule: an event whose date, as the text gives it, ended more than
`BACKGROUND_DAYS` before the article was published is background ("in 1950 North
Korea invaded the South" in a 2023 article) and is not coded. Events without a
resolved date, and articles without a publication date, are kept.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from watchfloor.coding.clauses import OBJECT_DEPS, Token, has_own_subject, is_obligation
from watchfloor.domain import Actor, DatePrecision, EventDate
from watchfloor.nlp.clauses import is_to_infinitive
from watchfloor.nlp.dates import period_end
from watchfloor.nlp.places import PLACE_LABELS

BACKGROUND_DAYS = 365
CONTEXT_DEPS = frozenset({"prep", "pobj", "dobj", "obj", "nsubj", "npadvmod", "compound", "amod"})


def in_discard_context(
    trigger: Token, discards: frozenset[str], names: frozenset[int] = frozenset()
) -> bool:
    """Whether the trigger's own phrase (not other clauses) names a sport, game or idiom.

    Only nouns and predicative adjectives count: a verb "match" in a clause is no game,
    and an adjective before a noun describes it ("the final status talks" are no final).
    Proper nouns at the token positions `names` (the event's own actors) are part of a
    name, not a context: the "Arab League" is no sports league. A noun with an "of"
    phrase counts what follows ("a series of bombs"), and "war games" are manoeuvres.
    """
    stack = [c for c in trigger.children if c.dep_ in CONTEXT_DEPS]
    seen = 0
    while stack and seen < 40:
        token = stack.pop()
        seen += 1
        words = (token.lemma_.lower(), token.lower_)
        if _names_context(token, names) and any(w in discards for w in words):
            return True
        stack.extend(c for c in token.children if c.dep_ in CONTEXT_DEPS)
    return False


# Modifiers that make a game an exercise of arms ("war games", "military games").
MILITARY_MODIFIERS = frozenset({"war", "military", "naval", "army", "navy", "army's"})


def _names_context(token: Token, names: frozenset[int]) -> bool:
    if token.pos_ in ("VERB", "AUX") or (token.pos_ == "PROPN" and token.i in names):
        return False
    if _measures(token) or _military(token):
        return False
    return not (token.pos_ == "ADJ" and token.dep_ == "amod")


def _measures(token: Token) -> bool:
    """A noun with an "of" phrase counts what follows: "a series of bombs" is bombs,
    not a television series (the "of" phrase is still read as context)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _military(token: Token) -> bool:
    """ "War games" are manoeuvres, not sport."""
    return any(c.dep_ == "compound" and c.lower_ in MILITARY_MODIFIERS for c in token.children)


def is_background(event_date: EventDate | None, published: date | None) -> bool:
    """Whether the event ended more than a year before publication (see module doc)."""
    if event_date is None or published is None:
        return False
    last_day = _last_day(event_date)
    if last_day is None:
        return False
    return published - last_day > timedelta(days=BACKGROUND_DAYS)


def _last_day(event_date: EventDate) -> date | None:
    """The last day the date covers; for a period without a value ("in the 1970s",
    "the 1991-1995 war"), the last day of its last year."""
    if not event_date.value:
        end = period_end(event_date.text)
        return None if end is None else date(end, 12, 31)
    value = event_date.value
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if event_date.precision == DatePrecision.DAY and len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if event_date.precision == DatePrecision.MONTH and len(parts) >= 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    if len(parts) >= 1:
        return date(parts[0], 12, 31)
    return None


# Verbs whose subject suffers rather than acts: "X died" names no actor doing anything.
PATIENT_VERBS = frozenset({"die", "perish", "drown", "succumb", "starve"})
# Roots that need a target to mean anything: consultation, diplomatic and material
# cooperation, aid and reduced relations happen between two parties.
DYADIC_ROOTS = frozenset({"04", "05", "06", "16"})
# Codes that need a target too: acceding to demands for a change of leadership (a
# resignation) yields to whoever made them; a resignation alone is no CAMEO event.
DYADIC_CODES = frozenset({"0831"})
# Roots whose events are informative with a known target and an unknown source:
# violence against a named victim ("three soldiers were killed").
VICTIM_ROOTS = frozenset({"18", "19", "20"})
# Codes of other roots kept the same way: violent protest and violent repression
# against a named victim ("protesters in X were beaten", "tear gas was fired at Y"),
# arrest and expulsion of a named person or group ("opposition leader X was arrested").
VICTIM_CODES = frozenset({"145", "175", "173", "174"})
# Arrests, expulsions and abductions befall people: a place is no one arrested.
PEOPLE_CODES = frozenset({"173", "174", "181"})
# More coordinated targets than this are an enumeration ("exports to A, B, C and D"),
# not a stated event with each of them.
MAX_LIST_TARGETS = 2


def is_patient_predicate(trigger: Token) -> bool:
    """Whether the trigger's subject undergoes the event ("died") instead of acting."""
    return bool(trigger.lemma_.lower() in PATIENT_VERBS)


def arrest_of_a_place(code: str, has_source: bool, target: Actor | None, label: str) -> bool:
    """Whether an arrest or expulsion without its agent names only a place as the one it
    befell ("detained at Guantanamo"): people are arrested, places are not. `label` is
    the entity label of the target's last word: a nationality ("an Austrian") is a
    person."""
    if has_source or target is None or code[:3] not in PEOPLE_CODES:
        return False
    return label in PLACE_LABELS and not target.sector


def lacks_needed_side(code: str, has_source: bool, has_target: bool, named_agent: bool) -> bool:
    """Whether an event misses a side its CAMEO code needs (see the constants above).

    Without a source an event is kept only when the sentence names an agent the
    resolver could not identify ("The Secretary thanked Albania", protesters known by
    kind but not by country: `candidates`) or when it is violence (or violent protest
    or repression) against a known target.
    """
    root = code[:2]
    if not has_target and (root in DYADIC_ROOTS or code in DYADIC_CODES):
        return True
    victim = root in VICTIM_ROOTS or code[:3] in VICTIM_CODES
    return not has_source and not named_agent and not victim


# Sectors that challenge their country's state: a country named without a sector
# ("Croatia") is its state, and against these it is a party of its own.
CHALLENGER_SECTORS = frozenset({"REB", "OPP", "RAD", "CRM"})


def same_country_noise(source: Actor | None, target: Actor | None) -> bool:
    """Whether both sides are one country without distinct sectors ("RUS -> RUS",
    "Russia -> Russian officials").

    Domestic events between different sectors (GOV and OPP) are real events, and so are
    those between a country and those who challenge its state ("Croatia is investigating
    crimes by Croatian extremists": HRV -> HRVREB).
    """
    if source is None or target is None or not source.country:
        return False
    if source.country != target.country:
        return False
    sectors = {source.sector, target.sector}
    return len(sectors) == 1 or (None in sectors and not sectors & CHALLENGER_SECTORS)


# Nouns of an ongoing endeavour: "X's efforts to extend the truce" says X works towards
# it, not that X did it. ("An attempt to assassinate Y" is itself an assault: not here.)
ATTEMPT_NOUNS = frozenset({"effort", "endeavour", "endeavor", "quest"})
# Nouns of what one may or can do: "the right of Y's troops to fire on militants", "the
# authority to detain" state a power, not its use.
ENTITLEMENT_NOUNS = frozenset(
    {"right", "authority", "permission", "power", "ability", "capability", "capacity",
     "freedom", "licence", "license", "mandate", "option", "opportunity"}
)  # fmt: skip
# Verbs whose object states the subject's own stance ("reaffirmed the United States'
# support for Y"): the object's possessor or "of" phrase holds the stance, it is no target.
STANCE_VERBS = frozenset(
    {"reaffirm", "reiterate", "express", "voice", "pledge", "affirm", "underscore",
     "underline", "emphasize", "emphasise", "stress", "renew", "restate", "highlight",
     "convey", "confirm"}
)  # fmt: skip
# Verbs whose subject undergoes the event noun they govern ("Tunisia is facing attacks").
UNDERGO_VERBS = frozenset(
    {"face", "suffer", "endure", "sustain", "undergo", "experience", "withstand", "weather",
     "survive", "repel", "repulse"}
)  # fmt: skip
# Prepositions that name whom a stance is for ("support for", "commitment to").
STANCE_PREPOSITIONS = frozenset({"for", "to", "toward", "towards"})
# Stance nouns whose "of" phrase is what the stance is about, not who holds it:
# "voiced his criticism of Y" criticises Y ("the commitment of the United States" is the
# United States' own).
THEME_OF_NOUNS = frozenset(
    {"criticism", "criticisms", "condemnation", "condemnations", "denunciation",
     "denunciations", "disapproval", "rejection", "praise"}
)  # fmt: skip


def is_attempt_content(trigger: Token) -> bool:
    """Whether the trigger is what an attempt noun aims at ("Y's efforts to defend") or
    what an entitlement noun allows ("the right to fire")."""
    verb = _first_conjunct(trigger)
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in ATTEMPT_NOUNS | ENTITLEMENT_NOUNS:
        return False
    return is_to_infinitive(verb)


def stance_noun(trigger: Token, actor_head: Token) -> Token | None:
    """The stance noun an actor holds, when it is the possessor or "of" phrase of a
    stance verb's object ("reaffirmed [the US'] support", "the commitment [of the United
    States]"), else None."""
    if trigger.lemma_.lower() not in STANCE_VERBS:
        return None
    if actor_head.dep_ == "poss":
        owner = actor_head.head
    elif actor_head.dep_ == "pobj" and actor_head.head.lower_ == "of":
        owner = actor_head.head.head
        if owner.lemma_.lower() in THEME_OF_NOUNS or owner.lower_ in THEME_OF_NOUNS:
            return None  # "voiced his criticism of Y": Y is criticised
    else:
        return None
    return owner if owner.dep_ in OBJECT_DEPS and owner.head.i == trigger.i else None


def stance_addressees(noun: Token) -> list[Token]:
    """Heads of what a stance noun is for or towards, conjuncts and appositions
    included ("support [for the OPCW]", "commitment [to Israel] and [Ukraine]")."""
    heads: list[Token] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in STANCE_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                heads += [obj, *obj.conjuncts, *(c for c in obj.children if c.dep_ == "appos")]
    return heads


def undergoes(trigger: Token, actor_head: Token) -> bool:
    """Whether the actor is the subject of a verb like "face" or "suffer" whose object is
    the event noun: it undergoes the event ("Tunisia is facing attacks")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in OBJECT_DEPS:
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in UNDERGO_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_coordinated_with(actor_head, s) for s in subjects)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _coordinated_with(token: Token, head: Token) -> bool:
    return bool(_first_conjunct(token).i == head.i)


# Nouns of a speech act whose complement is only asked for, offered or refused:
# "its demand that Y ease the curbs", "an ultimatum to Y to halt attacks", "an offer to
# host a summit". The act the complement names has not happened; the speech act is the
# event. ("Call" is left out: "a call to discuss" is mostly a telephone call. A threat,
# promise or pledge is the speaker's own intent, graded hypothetical or planned.)
REQUEST_NOUNS = frozenset(
    {"demand", "appeal", "ultimatum", "offer", "proposal", "invitation", "plea", "request",
     "urging", "pressure", "petition", "suggestion", "recommendation", "refusal", "reminder",
     "warning", "exhortation", "entreaty"}
)  # fmt: skip
# Nouns whose complement is content only when it is not a statement of fact: "a reminder
# to Y to cooperate" asks, "a reminder that Russia invaded Ukraine" states.
STATING_NOUNS = frozenset({"reminder", "warning"})
# Verbs whose complement, with the addressee as its subject, is only asked for or
# offered: "invited Y to visit", "urged Y to begin the withdrawal", "offered to host
# talks". An order is not here: it is graded planned.
REQUEST_VERBS = frozenset(
    {"demand", "urge", "ask", "request", "call", "appeal", "press", "pressure", "push",
     "offer", "propose", "invite", "encourage", "advise", "exhort", "implore", "beg",
     "beseech", "entreat", "remind", "tell", "challenge", "petition", "lobby", "plead",
     "refuse", "decline"}
)  # fmt: skip


def is_request_content(trigger: Token) -> bool:
    """Whether the trigger's clause is what a demand, appeal, offer or invitation asks
    for or offers (see `REQUEST_NOUNS`, `REQUEST_VERBS`), or what a refusal refuses:
    not an event of its own.

    The clause is the complement of such a noun ("an ultimatum to Y to halt attacks"),
    a clause a verb takes after such a noun as its object ("reiterated its demand today
    that Y ease restrictions"), or the infinitive or subjunctive clause of such a verb
    ("invited Y to visit", "urged that Y withdraw"). An event noun counts by the verb
    that carries it ("urged Y to begin the withdrawal") or asks for it through "for"
    ("called for a ceasefire between Y and Z"). A duty stated with "must" is
    left to the demand rule of the coder.
    """
    if _asked_for_noun(trigger):
        return True
    clause = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in OBJECT_DEPS else trigger
    for _ in range(4):
        head = clause.head
        if head.i == clause.i or is_obligation(clause):
            return False
        if _asks_for(clause, head):
            return True
        if not _inside_content(clause):
            return False
        clause = head
    return False


def _asked_for_noun(noun: Token) -> bool:
    """Whether an event noun is what a request verb asks for through "for" ("called for
    a ceasefire between Y and Z", "appealed for talks"): the act is only asked for."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    return bool(prep.head.lemma_.lower() in REQUEST_VERBS)


def _inside_content(clause: Token) -> bool:
    """Whether the content above `clause` is its content too: a conjunct without its own
    subject, an infinitive complement or purpose clause ("to host a summit to hammer out
    an agreement"), not a finite adverbial clause ("until the President agreed")."""
    if clause.dep_ == "conj":
        return not has_own_subject(clause)
    if clause.dep_ == "advcl":
        return is_to_infinitive(clause)
    return bool(clause.dep_ == "xcomp")


def _asks_for(clause: Token, head: Token) -> bool:
    """Whether `clause` is the content of the request noun or verb `head`."""
    edge = clause.dep_
    if head.pos_ == "NOUN":
        complement = edge in ("acl", "advcl") and clause.tag_ != "VBN"
        return complement and _request_noun(head) and _content_form(clause, head)
    lemma = head.lemma_.lower()
    asked = is_to_infinitive(clause) or _subjunctive(clause)
    if lemma in REQUEST_VERBS and edge in ("xcomp", "ccomp") and asked:
        return True
    if edge != "ccomp":
        return False
    return any(
        c.dep_ in OBJECT_DEPS and c.i < clause.i and _request_noun(c) and _content_form(clause, c)
        for c in head.children
    )


def _request_noun(noun: Token) -> bool:
    return noun.lemma_.lower() in REQUEST_NOUNS


def _content_form(clause: Token, noun: Token) -> bool:
    """A reminder or warning asks for what it names only in an infinitive or a bare
    subjunctive ("a reminder to Y to cooperate"), not in a stated fact."""
    if noun.lemma_.lower() not in STATING_NOUNS:
        return True
    return is_to_infinitive(clause) or _subjunctive(clause)


def _subjunctive(verb: Token) -> bool:
    """A bare verb without auxiliaries: "urged that Y *withdraw*"."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Prepositions that place the event of their clause in time after another event: "holed
# up since last month's invasion", "returned after the ceasefire".
TIME_PREPOSITIONS = frozenset({"since", "after", "following"})


def is_time_reference(trigger: Token) -> bool:
    """Whether an event noun only dates the clause it sits in ("holed up *since last
    month's U.S. invasion*"): background the sentence refers to, not its news."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    return trigger.head.lower_ in TIME_PREPOSITIONS and trigger.head.dep_ in ("prep", "mark")
