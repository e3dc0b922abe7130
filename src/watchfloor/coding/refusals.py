"""Refusals: a cooperative act an actor says it will not perform is a rejection.

"X will not accept refugees from Y", "X would not meet the demands of Y" state X's
refusal, which CAMEO codes under 12 (reject) with the subcode matching the act refused
(see `REFUSED`). Such a statement is itself an asserted act. The same holds for a
negated act of yielding ("X did not release the detainees": X refuses to release).
Other negated acts ("X did not attack Y", "X did not meet Y") stay negated events of
their own code.
"""

from __future__ import annotations

from watchfloor.coding.clauses import Token

# CAMEO code prefix of a cooperative act -> code of refusing it (longest prefix wins).
REFUSED: dict[str, str] = {
    "030": "120", "031": "121", "0311": "1211", "0312": "1212", "0313": "1213",
    "0314": "1214", "032": "120", "033": "122", "0331": "1221", "0332": "1222",
    "0333": "1223", "0334": "1224", "034": "123", "0341": "1231", "0342": "1232",
    "0343": "1233", "0344": "1234", "035": "124", "0351": "1241", "0352": "1242",
    "0353": "1243", "0354": "1244", "0355": "1245", "0356": "1246", "036": "125",
    "038": "127", "039": "126",
    "04": "125",
    "050": "120", "054": "120", "057": "127",
    "06": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224", "075": "122",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231",
    "0832": "1232", "0833": "1233", "0834": "1234", "084": "1243", "085": "1244",
    "086": "1245", "087": "1246",
}  # fmt: skip
# Auxiliaries of will: "will not", "won't" ("wo" + "n't"), "would not", "shall not".
VOLITION_AUX = frozenset({"will", "wo", "'ll", "would", "shall"})
# Roots whose plain negation is already a refusal: not yielding is refusing to yield.
YIELD_ROOT = "08"
NEGATIONS = frozenset({"not", "n't", "never"})
# Verbs of meeting and negotiating: refusing them rejects a proposal to meet (125),
# whatever cooperation code the verb itself has ("will not negotiate with Y").
MEETING_VERBS = frozenset({"meet", "negotiate", "talk", "discuss", "consult", "confer"})
MEETING_REFUSAL = "125"
MEETING_ROOTS = frozenset({"04", "05"})
# Verbs of support: "X does not support Y" (a stance stated with "do") voices X's
# disapproval of Y (110, asserted), not a support that did not happen. "Would not
# endorse" stays a negated act, and "does not support any candidate" states neutrality.
SUPPORT_VERBS = frozenset({"support", "back", "endorse"})
SUPPORT_ROOT = "05"
DISAPPROVAL = "110"
DO_AUX = "do"
ANY_DETERMINERS = frozenset({"any", "either"})


def refused_code(trigger: Token, cameo: str) -> str | None:
    """The rejection code when `trigger` states a refused cooperative act, else None."""
    if cameo.startswith(SUPPORT_ROOT) and _withheld_support(trigger):
        return DISAPPROVAL
    code = _rejection_of(cameo)
    if code is None or not _negated(trigger):
        return None
    if cameo.startswith(YIELD_ROOT) or _volitional(trigger):
        return MEETING_REFUSAL if _meeting(trigger, cameo) else code
    return None


def _withheld_support(trigger: Token) -> bool:
    """ "X does not support Y", "X did not back the plan": a stance of disapproval. Not
    "does not support any candidate", which takes no side."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in SUPPORT_VERBS:
        return False
    if not _negated(trigger) or not any(
        c.dep_ == "aux" and c.lemma_.lower() == DO_AUX for c in trigger.children
    ):
        return False
    objects = (c for c in trigger.children if c.dep_ in ("dobj", "obj"))
    return not any(
        d.dep_ == "det" and d.lower_ in ANY_DETERMINERS for o in objects for d in o.children
    )


def _meeting(trigger: Token, cameo: str) -> bool:
    """ "will not negotiate with Y" (not "would not meet the demands": yielding)."""
    return cameo[:2] in MEETING_ROOTS and trigger.lemma_.lower() in MEETING_VERBS


def _rejection_of(cameo: str) -> str | None:
    for length in range(len(cameo), 1, -1):
        code = REFUSED.get(cameo[:length])
        if code is not None:
            return code
    return None


def _clause_head(trigger: Token) -> Token:
    """The verb carrying the auxiliaries: the trigger, or the verb whose object it is."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj"):
        return trigger.head
    return trigger


def _negated(trigger: Token) -> bool:
    head = _clause_head(trigger)
    return any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in head.children)


def _volitional(trigger: Token) -> bool:
    head = _clause_head(trigger)
    return any(c.dep_ == "aux" and c.lower_ in VOLITION_AUX for c in head.children)
