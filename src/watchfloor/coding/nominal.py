"""Arguments of nominal events: "visits by Russian officials to North Korea",
"the provision of weapons from North Korea to Russia", "talks between X and Y".

A noun of departure ("the withdrawal of troops from Y", `departure=True`) names with its
"from" phrase the place left, not who leaves: that phrase is kept for the target."""

from __future__ import annotations

from watchfloor.coding.clauses import Arguments, Token, attached_preps, with_conjuncts

SOURCE_PREPS = frozenset({"by", "from"})
JOINT_PREPS = frozenset({"between", "among", "amongst"})


def noun_arguments(noun: Token, departure: bool = False) -> Arguments:
    """Source (`subjects`), theme (`objects`) and prepositional arguments of an event noun.

    "X's visit" and "visits by X" give the source; "between X and Y" gives joint
    sources; "of weapons" is the theme; other prepositions are kept for the target.
    With `departure`, a "from" phrase is a place left, kept for the target.
    """
    sources = SOURCE_PREPS - {"from"} if departure else SOURCE_PREPS
    subjects: list[Token] = []
    objects: list[Token] = []
    preps: list[tuple[str, Token]] = []
    for child in noun.children:
        if child.dep_ == "poss":
            subjects.extend(with_conjuncts(child))
        elif child.dep_ in ("compound", "amod") and child.pos_ in ("PROPN", "ADJ"):
            preps.append(("modifier", child))
        elif child.dep_ == "prep":
            prep = child.lemma_.lower()
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if prep in sources or prep in JOINT_PREPS:
                    subjects.extend(with_conjuncts(pobj))
                elif prep == "of":
                    objects.extend(with_conjuncts(pobj))
                    for inner, inner_obj in attached_preps(pobj):
                        if inner in sources:
                            subjects.append(inner_obj)
                        else:
                            preps.append((inner, inner_obj))
                else:
                    preps.extend((prep, t) for t in with_conjuncts(pobj))
    return Arguments(subjects=tuple(subjects), objects=tuple(objects), preps=tuple(preps))
