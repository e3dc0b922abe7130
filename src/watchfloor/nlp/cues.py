"""The certainty cue vocabulary: which words grade an event, and how.

The rules that use these words are in `nlp/certainty.py`; the vocabulary and
the rules are documented together in `docs/certainty.md`. Every set holds
lower-case lemmas (or lower-case word forms where the form matters).
"""

from __future__ import annotations

from watchfloor.domain import Certainty

# -- cues on the trigger's own clause (and on governors whose scope it is in) --

# Modal auxiliaries, by lower-case form.
MODALS: dict[str, Certainty] = {
    "will": Certainty.PLANNED,
    "shall": Certainty.PLANNED,
    "'ll": Certainty.PLANNED,
    "wo": Certainty.PLANNED,  # "wo" of "won't"
    "might": Certainty.SPECULATED,
    "may": Certainty.SPECULATED,
    "could": Certainty.SPECULATED,
    "would": Certainty.HYPOTHETICAL,
    "'d": Certainty.HYPOTHETICAL,
    "should": Certainty.HYPOTHETICAL,
    "must": Certainty.HYPOTHETICAL,
    "ought": Certainty.HYPOTHETICAL,
}

# Adverbs (advmod) by lower-case form.
ADVERBS: dict[str, Certainty] = {
    "reportedly": Certainty.REPORTED,
    "allegedly": Certainty.ALLEGED,
    "purportedly": Certainty.ALLEGED,
    "supposedly": Certainty.ALLEGED,
    "possibly": Certainty.SPECULATED,
    "probably": Certainty.SPECULATED,
    "likely": Certainty.SPECULATED,
    "perhaps": Certainty.SPECULATED,
    "maybe": Certainty.SPECULATED,
    "potentially": Certainty.SPECULATED,
    "presumably": Certainty.SPECULATED,
    "apparently": Certainty.SPECULATED,
    "conceivably": Certainty.SPECULATED,
    "never": Certainty.NEGATED,
}

# Adjectives on an event noun ("planned visit", "alleged attack").
NOUN_MODIFIERS: dict[str, Certainty] = {
    "reported": Certainty.REPORTED,
    "alleged": Certainty.ALLEGED,
    "purported": Certainty.ALLEGED,
    "suspected": Certainty.ALLEGED,
    "potential": Certainty.SPECULATED,
    "possible": Certainty.SPECULATED,
    "likely": Certainty.SPECULATED,
    "probable": Certainty.SPECULATED,
    "rumoured": Certainty.SPECULATED,
    "rumored": Certainty.SPECULATED,
    "prospective": Certainty.SPECULATED,
    "planned": Certainty.PLANNED,
    "upcoming": Certainty.PLANNED,
    "scheduled": Certainty.PLANNED,
    "forthcoming": Certainty.PLANNED,
    "impending": Certainty.PLANNED,
    "proposed": Certainty.HYPOTHETICAL,
    "hypothetical": Certainty.HYPOTHETICAL,
}

# Subordinators that make a clause a condition.
CONDITIONALS: frozenset[str] = frozenset({"if", "unless", "lest", "provided", "providing"})

# Subordinators that make a clause an open question ("would not say whether
# he supported it"); the "not" of "whether or not" negates nothing.
QUESTION_MARKS: frozenset[str] = frozenset({"whether"})

# Negation words on the trigger (dep "neg", or determiner "no").
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no"})

# Subjects that negate their clause ("none of the ministers attended"); a
# subject with "no" or "neither ... nor" does too.
NEGATIVE_SUBJECTS: frozenset[str] = frozenset({"none", "nobody", "nothing", "neither", "no one"})

# Governing verbs or adjectives whose complement (to-infinitive, that-clause)
# takes a grade: "plans to visit", "is likely to", "threatened to".
GOVERNORS: dict[str, Certainty] = {
    "plan": Certainty.PLANNED,
    "intend": Certainty.PLANNED,
    "schedule": Certainty.PLANNED,
    "aim": Certainty.PLANNED,
    "seek": Certainty.PLANNED,  # "seeks to impose sanctions": sought, not yet done
    "prepare": Certainty.PLANNED,
    "agree": Certainty.PLANNED,
    "decide": Certainty.PLANNED,
    "expect": Certainty.PLANNED,  # "is expected to arrive"; "expects that" is a belief
    "set": Certainty.PLANNED,  # "is set to"
    "due": Certainty.PLANNED,  # "is due to"
    "promise": Certainty.PLANNED,
    "pledge": Certainty.PLANNED,
    "vow": Certainty.PLANNED,
    "commit": Certainty.PLANNED,
    "willing": Certainty.PLANNED,  # stated readiness is an intent: "is willing to withdraw"
    "ready": Certainty.PLANNED,
    "prepared": Certainty.PLANNED,  # the adjective: "is prepared to lift the ban"
    "eager": Certainty.PLANNED,
    "determined": Certainty.PLANNED,
    "hope": Certainty.SPECULATED,
    "want": Certainty.SPECULATED,
    "wish": Certainty.SPECULATED,
    "seem": Certainty.SPECULATED,
    "appear": Certainty.SPECULATED,
    "likely": Certainty.SPECULATED,
    "unlikely": Certainty.SPECULATED,
    "possible": Certainty.SPECULATED,
    "probable": Certainty.SPECULATED,
    "uncertain": Certainty.SPECULATED,
    "unclear": Certainty.SPECULATED,
    "threaten": Certainty.HYPOTHETICAL,
    "propose": Certainty.HYPOTHETICAL,
    "offer": Certainty.HYPOTHETICAL,
    "demand": Certainty.HYPOTHETICAL,
    "urge": Certainty.HYPOTHETICAL,
    "call": Certainty.HYPOTHETICAL,  # "called for talks", "called on Russia to withdraw"
    "fail": Certainty.NEGATED,  # "failed to reach agreement", "is failing to uphold"
    "neglect": Certainty.NEGATED,
    "unable": Certainty.NEGATED,  # "was unable to reach"
}

# Verbs of directing an official to act: the act directed is planned, not done ("the order
# directs the Secretary to impose sanctions"); the parser often hangs the infinitive as a
# purpose clause.
DIRECTIVES = frozenset({"direct", "instruct"})

# Event-frame nouns whose complement takes a grade: "plans to", "the threat of".
NOUN_GOVERNORS: dict[str, Certainty] = {
    "plan": Certainty.PLANNED,
    "intention": Certainty.PLANNED,
    "decision": Certainty.PLANNED,
    "schedule": Certainty.PLANNED,
    "agreement": Certainty.PLANNED,
    "pledge": Certainty.PLANNED,
    "promise": Certainty.PLANNED,
    "possibility": Certainty.SPECULATED,
    "prospect": Certainty.SPECULATED,
    "likelihood": Certainty.SPECULATED,
    "risk": Certainty.SPECULATED,
    "hope": Certainty.SPECULATED,
    "chance": Certainty.SPECULATED,
    "danger": Certainty.SPECULATED,
    "spectre": Certainty.SPECULATED,
    "specter": Certainty.SPECULATED,
    "warning": Certainty.SPECULATED,  # "a warning about North Korea providing arms"
    "threat": Certainty.HYPOTHETICAL,
    "proposal": Certainty.HYPOTHETICAL,
    "offer": Certainty.HYPOTHETICAL,
    "failure": Certainty.NEGATED,  # "the failure to reach agreement"
    "inability": Certainty.NEGATED,
}

# Prepositions through which a governing noun or verb takes an event as its
# complement: "the risk of war", "plans for talks", "warned about attacks".
COMPLEMENT_PREPS: frozenset[str] = frozenset({"of", "for", "about", "against"})

# Verbs and the preposition through which their complement is a possibility
# or a demand, not a fact: "warned of an attack", "called for a ceasefire".
PREP_GOVERNORS: dict[tuple[str, str], Certainty] = {
    ("warn", "of"): Certainty.SPECULATED,
    ("warn", "about"): Certainty.SPECULATED,
    ("warn", "against"): Certainty.SPECULATED,
    ("caution", "against"): Certainty.SPECULATED,
    ("call", "for"): Certainty.HYPOTHETICAL,
    ("press", "for"): Certainty.HYPOTHETICAL,
    ("push", "for"): Certainty.HYPOTHETICAL,
    ("appeal", "for"): Certainty.HYPOTHETICAL,
    ("plead", "for"): Certainty.HYPOTHETICAL,
    ("look", "to"): Certainty.PLANNED,  # "looks forward to welcoming"
    ("plan", "on"): Certainty.PLANNED,
    ("commit", "to"): Certainty.PLANNED,  # "is committed to helping"
}

# Nouns of consequence: they pass their own modality down to the event they
# are the consequence of ("the potential ramifications of North Korea
# providing arms" is speculated; "the ramifications of the invasion" is not).
CONSEQUENCE_NOUNS: frozenset[str] = frozenset(
    {
        "ramification",
        "consequence",
        "implication",
        "repercussion",
        "fallout",
        "effect",
        "impact",
        "outcome",
        "cost",
    }
)

# Nouns a denial verb refuses rather than denies: "denied the request",
# "rejected the offer", "denied entry".
REFUSED_OBJECTS: frozenset[str] = frozenset(
    {
        "request",
        "demand",
        "call",
        "appeal",
        "application",
        "bid",
        "access",
        "entry",
        "permission",
        "visa",
        "bail",
        "asylum",
        "passage",
    }
)

# Light verbs: an event noun as their subject takes their grade
# ("the summit will take place", "talks could begin").
LIGHT_VERBS: frozenset[str] = frozenset(
    {"take", "happen", "occur", "begin", "start", "proceed", "resume", "commence", "hold", "go"}
)

# -- frames: a source says, believes, alleges or denies the proposition --------

SPEECH: frozenset[str] = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "report",
        "indicate",
        "add",
        "note",
        "declare",
        "disclose",
        "reveal",
        "write",
        "tweet",
        "post",
        "explain",
        "inform",
        "brief",
        "testify",
        "acknowledge",
        "admit",
        "confirm",
        "verify",
        "show",
        "warn",
        "insist",
        "maintain",
        "stress",
        "emphasize",
        "emphasise",
        "quote",
        "confident",
        "certain",
        "sure",
        "convinced",
        "know",
        "aware",
    }
)
BELIEF: frozenset[str] = frozenset(
    {
        "believe",
        "suspect",
        "think",
        "fear",
        "worry",
        "speculate",
        "suggest",
        "guess",
        "estimate",
        "assume",
        "doubt",
        "expect",  # "analysts expect that ..." (a that-clause, not "is expected to")
        "assess",
        "predict",
        "concerned",
        "worried",
        "afraid",
        "fearful",
        "hopeful",
        "doubtful",
        "skeptical",
        "sceptical",
        "concern",
    }
)
ALLEGATION: frozenset[str] = frozenset(
    {"allege", "accuse", "claim", "charge", "blame", "suspect", "contend"}
)
DENIAL: frozenset[str] = frozenset(
    {"deny", "reject", "dismiss", "refute", "rebut", "disavow", "dispute", "contradict"}
)
# Denial verbs whose direct object may be the event itself ("denied the attack");
# the others deny only a report ("rejected reports of an attack"): to reject a
# measure or dismiss an official is an act of its own, not a denial.
FACT_DENIAL: frozenset[str] = frozenset(
    {"deny", "refute", "rebut", "disavow", "dispute", "contradict"}
)
# Verbs that, governing "confirm", withhold the confirmation ("declined to confirm").
WITHHOLDING: frozenset[str] = frozenset({"decline", "refuse", "fail", "unable", "cannot"})

# Speech verbs whose direct object is the event ("confirmed the attack").
SPEECH_OBJECT: frozenset[str] = frozenset(
    {"report", "confirm", "announce", "disclose", "reveal", "acknowledge", "admit", "verify"}
)

# Nouns that frame a proposition: "reports that", "claims that", "fears that".
SPEECH_NOUNS: dict[str, Certainty] = {
    "report": Certainty.REPORTED,
    "statement": Certainty.REPORTED,
    "announcement": Certainty.REPORTED,
    "news": Certainty.REPORTED,
    "word": Certainty.REPORTED,
    "confirmation": Certainty.REPORTED,
    "claim": Certainty.ALLEGED,
    "allegation": Certainty.ALLEGED,
    "accusation": Certainty.ALLEGED,
    "charge": Certainty.ALLEGED,
    "rumour": Certainty.SPECULATED,
    "rumor": Certainty.SPECULATED,
    "speculation": Certainty.SPECULATED,
    "fear": Certainty.SPECULATED,
    "concern": Certainty.SPECULATED,
    "suspicion": Certainty.SPECULATED,
    "belief": Certainty.SPECULATED,
    "assessment": Certainty.SPECULATED,
    "denial": Certainty.DENIED,
}

# Modifiers that make a source unconfirmed ("unconfirmed reports say").
UNCONFIRMED_SOURCES: frozenset[str] = frozenset(
    {"unconfirmed", "unverified", "uncorroborated", "unsubstantiated"}
)

# -- in-article inheritance: "his planned visit" ... "the visit" ---------------

# Events that are scheduled before they happen, as nouns, with the verb whose
# plan they may refer back to ("will meet" ... "the meeting"; "will visit" ...
# "the visit"). Only these inherit a plan: an attack, a launch or a need named
# earlier as future is no schedule that a later "the attack" refers back to.
EVENT_NOMINALS: dict[str, str] = {
    "meeting": "meet",
    "summit": "meet",
    "conference": "meet",
    "talk": "talk",
    "discussion": "discuss",
    "consultation": "consult",
    "negotiation": "negotiate",
    "visit": "visit",
    "trip": "travel",
    "journey": "travel",
    "tour": "travel",
    "travel": "travel",
    "deployment": "deploy",
    "withdrawal": "withdraw",
    "pullout": "withdraw",
    "election": "elect",
    "referendum": "vote",
    "vote": "vote",
    "drill": "exercise",
    "exercise": "exercise",
    "signing": "sign",
    "ratification": "ratify",
    "ceremony": "hold",
    "inauguration": "inaugurate",
    "parade": "parade",
}

# Determiners that make an event noun refer back to an event already named.
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})

# Words in an event noun's phrase that place it in the past or present:
# "the recent trip", "last week's meeting", "our discussion today".
PAST_MARKERS: frozenset[str] = frozenset(
    {"recent", "last", "previous", "past", "earlier", "former", "today", "yesterday", "ago"}
)

# Verbs that say an event noun took place ("the meeting took place", "the talks ended").
OCCURRENCE_VERBS: frozenset[str] = frozenset(
    {"take", "happen", "occur", "begin", "start", "end", "conclude", "finish", "close", "open"}
)
