"""Clauses that describe an actor, a document or a standing situation: no news event.

- A relative clause in the bare simple present characterises its antecedent by what
  it habitually does or stands for ("Hamas, which advocates Israel's destruction";
  "foreign nationals who intend to harm Americans"): a description, not something that
  happened. A dated one ("the delegation, which arrives in Cairo on Monday") is a
  scheduled event and stays; so does one whose antecedent is a document, whose present
  tense states what the text does ("a measure that bans flights").
- What a document aims, seeks or is designed to do ("a resolution that aims to tighten
  sanctions", "a plan designed to end the blockade") is its content, not an act of the
  body that wrote it.
- A meeting someone would host or plans to host ("would be ready to host a meeting
  between X and Y") is the host's offer or plan, coded on the hosting verb; it is no
  meeting of the parties yet (a meeting hosted is theirs as well).
- The content is followed down infinitives, purpose clauses and conjoined verbs that
  share the subject, never into a reported ("that") clause: "Hamas, which says Israel
  attacked its posts" keeps the attack.
"""

from __future__ import annotations

from watchfloor.coding.clauses import OBJECT_DEPS, Token, has_own_subject
from watchfloor.nlp.clauses import is_to_infinitive

# Nouns of documents and measures: what their relative clause says in the present is
# their text, and what they aim at is not done by writing them.
DOCUMENT_NOUNS = frozenset(
    {"resolution", "plan", "bill", "draft", "proposal", "law", "measure", "decree",
     "legislation", "amendment", "motion", "treaty", "agreement", "deal", "accord", "pact",
     "text", "initiative", "package", "programme", "program", "policy", "declaration",
     "statement", "letter", "report", "directive", "ordinance", "framework", "roadmap",
     "blueprint", "document", "constitution", "charter", "ruling", "verdict", "order",
     "regulation", "rule", "rules", "act", "strategy", "project", "scheme", "memorandum",
     "communique", "communiqué"}
)  # fmt: skip
# Verbs of purpose: a document that "aims to" do something has not done it.
AIM_VERBS = frozenset(
    {"aim", "seek", "intend", "design", "purport", "mean", "endeavour", "endeavor", "strive"}
)  # fmt: skip
# Tags of the bare simple present ("advocates", "intend").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Entity labels that date a clause: a dated present is a schedule, not a habit.
DATE_LABELS = frozenset({"DATE", "TIME"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
MAX_HOPS = 5
# Verbs whose object meeting is the subject's event (hosting, 043/039) as long as it has
# not taken place; the CAMEO root of meetings and talks.
HOST_VERBS = frozenset({"host"})
CONSULT_ROOT = "04"


def is_description(trigger: Token) -> bool:
    """Whether the trigger's clause characterises an actor (a bare-present relative
    clause) or is what a document aims at (see the module doc)."""
    for clause, governor in _content_chain(_clause_of(trigger)):
        if clause.dep_ == "relcl" and _characterises(clause):
            return True
        if governor is not None and _document_aim(governor):
            return True
    return False


def _clause_of(trigger: Token) -> Token:
    """The verb an event noun is the object of ("advocates [destruction]"), else the
    trigger."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in OBJECT_DEPS:
        return trigger.head
    return trigger


def _content_chain(clause: Token) -> list[tuple[Token, Token | None]]:
    """The clause and those above it whose content it is, each with the verb it is
    the complement of (None at the top): infinitive complements, purpose infinitives
    and conjoined verbs without a subject of their own."""
    chain: list[tuple[Token, Token | None]] = []
    for _ in range(MAX_HOPS):
        head = clause.head
        if head.i == clause.i or not _shares_content(clause):
            chain.append((clause, None))
            return chain
        chain.append((clause, head))
        clause = head
    return chain


def _shares_content(clause: Token) -> bool:
    if clause.dep_ == "xcomp":
        return True
    if clause.dep_ == "advcl":
        return is_to_infinitive(clause)
    return clause.dep_ == "conj" and not has_own_subject(clause)


def _characterises(relcl: Token) -> bool:
    """A bare-present relative clause on a non-document, with no date in it."""
    if relcl.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in relcl.children):
        return False
    if relcl.head.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    return not any(t.ent_type_ in DATE_LABELS for t in relcl.subtree)


def _document_aim(verb: Token) -> bool:
    """Whether `verb` is a verb of purpose whose holder is a document ("a resolution
    that aims to", "the plan is designed to", "a draft seeking to")."""
    if verb.lemma_.lower() not in AIM_VERBS:
        return False
    holder = _holder(verb)
    return holder is not None and holder.lemma_.lower() in DOCUMENT_NOUNS


def _holder(verb: Token) -> Token | None:
    """The noun a verb of purpose is said of: its subject (through a relative pronoun
    to its antecedent), or the noun a participle modifies ("a plan designed to")."""
    if verb.dep_ == "acl":
        return verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ == "relcl":
        return verb.head
    return None


def is_hosted_meeting(trigger: Token, code: str) -> bool:
    """Whether a meeting noun is what someone hosts ("ready to host a meeting between X
    and Y"): the event coder drops it unless the hosting took place."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in OBJECT_DEPS:
        return False
    return trigger.head.lemma_.lower() in HOST_VERBS and code[:2] == CONSULT_ROOT
