"""Event types by the CAMEO and PLOVER codebooks: complaints and lawsuits, praise and
hosting, access for observers, orders, coercion, mass violence, and subject-sensitive
patterns (fictional countries Freedonia FRD and Sylvania SYL)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from watchfloor.coding.clauses import verb_arguments
from watchfloor.coding.lexicon import parse_lexicon
from watchfloor.coding.matching import match_predicate
from watchfloor.coding.nominal import noun_arguments
from watchfloor.coding.ontology import load_ontology
from watchfloor.domain import Event, Plover

Code = Callable[..., list[Event]]


def coded(events: list[Event]) -> set[tuple[str | None, str, str | None, str | None]]:
    """(source country, CAMEO code, PLOVER event, target country) of each event."""
    return {
        (e.source.country if e.source else None, e.cameo, e.plover.event if e.plover else None,
         e.target.country if e.target else None)
        for e in events
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Freedonian foreign minister summoned Sylvania's ambassador to complain about "
         "the border incident.", ("FRD", "114", "ACCUSE", "SYL")),
        ("Freedonia lodged a formal protest with Sylvania over the arrests.",
         ("FRD", "114", "ACCUSE", "SYL")),
        ("A Freedonian company is suing Sylvania for damages to its refinery.",
         ("FRD", "115", "ACCUSE", "SYL")),
        ("Freedonia welcomed Sylvania's decision to release the journalists.",
         ("FRD", "051", "SUPPORT", "SYL")),
        ("Freedonia welcomed the Sylvanian president at the airport.",
         ("FRD", "043", "CONSULT", "SYL")),
        ("Freedonia received a team of observers from Sylvania.",
         ("FRD", "0862", "RETREAT", "SYL")),
        ("Freedonia opened its border crossings to Sylvanian refugees.",
         ("FRD", "086", "RETREAT", "SYL")),
        ("Freedonia has been sharing intelligence with Sylvania about the smuggling network.",
         ("FRD", "064", "COOPERATE", "SYL")),
        ("A Freedonian court ordered the Sylvanian consul to appear for questioning.",
         ("FRD", "100", "REQUEST", "SYL")),
        ("Freedonian police put a Sylvanian diplomat under investigation.",
         ("FRD", "090", "ACCUSE", "SYL")),
        ("Freedonia completed its investigation into the Sylvanian shipping company.",
         ("FRD", "090", "ACCUSE", "SYL")),
        ("Freedonia reneged on its commitment to Sylvania.", ("FRD", "120", "REJECT", "SYL")),
        ("Freedonia paid compensation to Sylvania for the damaged embassy.",
         ("FRD", "0842", "RETREAT", "SYL")),
        ("Freedonian troops completed their withdrawal from the Sylvanian border town.",
         ("FRD", "0874", "RETREAT", "SYL")),
        ("The Freedonian government jailed 30 Sylvanian fishermen.",
         ("FRD", "173", "COERCE", "SYL")),
        ("Freedonian hackers defaced hundreds of Sylvanian government websites.",
         ("FRD", "176", "COERCE", "SYL")),
        ("The Freedonian army used Sylvanian civilians as human shields.",
         ("FRD", "184", "ASSAULT", "SYL")),
        ("Freedonian troops forced out thousands of Sylvanian villagers from the border area.",
         ("FRD", "201", "ASSAULT", "SYL")),
        ("Thousands of Freedonians converged on the capital for a rally against Sylvania.",
         ("FRD", "141", "PROTEST", "SYL")),
    ],
)  # fmt: skip
def test_codebook_phrasing_codes_its_type(
    code: Code, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in coded(code(text))


def test_imposed_sanctions_reduce_relations(code: Code) -> None:
    events = code("Freedonia imposed sanctions on Sylvania over the border dispute.")
    assert ("FRD", "163", "SANCTION", "SYL") in coded(events)


def test_taking_territory_by_force_is_an_assault(code: Code) -> None:
    events = code("Freedonian troops invaded Sylvania on Monday.")
    assert ("FRD", "192", "ASSAULT", "SYL") in coded(events)


def test_codebook_corrections_keep_the_rest_of_the_table() -> None:
    ontology = load_ontology()
    assert ontology.plover("163") == Plover("SANCTION", "discontinue")
    assert ontology.plover("192") == Plover("ASSAULT", None)
    assert ontology.plover("1711") == Plover("COERCE", "seize")  # confiscation stays


def test_allowing_inspectors_back_is_a_promise(code: Code) -> None:
    events = code("Freedonia will allow the return of UN inspectors.")
    assert {(e.cameo, e.plover and e.plover.event) for e in events} == {("0862", "AGREE")}


def test_an_order_to_one_s_own_army_codes_the_ordered_act(code: Code) -> None:
    events = code("The Freedonian president ordered the army to withdraw from Sylvania.")
    assert ("FRD", "0874", "RETREAT", "SYL") in coded(events)
    assert not any(e.cameo == "100" for e in events)


def test_protest_voiced_by_a_march_codes_no_separate_demand(code: Code) -> None:
    events = code("Freedonian protesters marched to the Sylvanian embassy to demand an apology.")
    assert {e.cameo[:2] for e in events} == {"14"}


LEXICON = """\
&CROWD = protester | protesters
verb gather -> ---
verb gather subj=&CROWD -> 141
verb gather subj=&CROWD in=* -> 141 target=in
noun shelling subj=* -> 194
"""


def test_subject_constraint_parses_and_outranks_the_bare_verb() -> None:
    lexicon = parse_lexicon([("hand.txt", LEXICON)])
    first, second, third = lexicon.patterns_for("verb", "gather")
    assert first.subject is not None and first.preps == (("in", first.preps[0][1]),)
    assert second.subject is not None and "protesters" in second.subject.heads
    assert third.code == "---"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hundreds of protesters gathered outside the ministry.", "141"),
        ("Dozens of ministers gathered outside the palace.", "---"),
    ],
)
def test_subject_head_counts_through_partitives(nlp: Any, text: str, code: str) -> None:
    lexicon = parse_lexicon([("hand.txt", LEXICON)])
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "gather")
    pattern = match_predicate(lexicon, "verb", verb, verb_arguments(verb))
    assert pattern is not None and pattern.code == code


@pytest.mark.parametrize(
    ("text", "coded_event"),
    [
        ("Russian shelling of Kharkiv continued on Monday.", True),
        ("Refugees fled the heavy shelling near the Sylvanian border.", False),
    ],
)
def test_event_noun_needs_its_own_actor(nlp: Any, text: str, coded_event: bool) -> None:
    lexicon = parse_lexicon([("hand.txt", LEXICON)])
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ == "shelling")
    pattern = match_predicate(lexicon, "noun", noun, noun_arguments(noun))
    assert (pattern is not None) is coded_event


def test_particle_alternatives_make_one_pattern_each() -> None:
    lexicon = parse_lexicon([("hand.txt", "verb pull prt=out|back obj=troops -> 0874")])
    assert {p.particle for p in lexicon.patterns_for("verb", "pull")} == {"out", "back"}
