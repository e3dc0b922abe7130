"""The verb-pattern lexicon: its format, its index and its precedence rules."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.coding.clauses import verb_arguments
from watchfloor.coding.lexicon import load_lexicon, parse_lexicon
from watchfloor.coding.matching import match_predicate
from watchfloor.errors import LexiconError

SAMPLE = """\
&ARMS = weapon | munition | military+equipment
verb provide -> ---
verb provide obj=&ARMS -> 072
verb receive obj=&ARMS from=* -> 072 reverse
verb negotiate|bargain -> 046 mutual
discard final | match
"""


def test_lines_parse_into_patterns_word_sets_and_discards() -> None:
    lexicon = parse_lexicon([("hand.txt", SAMPLE)], version="7")
    assert lexicon.version == "7"
    (receive,) = lexicon.patterns_for("verb", "receive")
    assert receive.reverse and receive.code == "072"
    assert receive.obj is not None and "munition" in receive.obj.heads
    assert ("military", "equipment") in receive.obj.compounds
    assert lexicon.has("verb", "bargain") and lexicon.patterns_for("verb", "bargain")[0].mutual
    assert lexicon.discards == frozenset({"final", "match"})


def test_more_specific_patterns_come_first() -> None:
    lexicon = parse_lexicon([("hand.txt", SAMPLE)])
    assert [p.code for p in lexicon.patterns_for("verb", "provide")] == ["072", "---"]


def test_hand_lines_win_ties_with_converted_lines() -> None:
    lexicon = parse_lexicon(
        [("hand.txt", "verb visit -> 042"), ("petrarch_verbs.txt", "verb visit -> 040")]
    )
    assert lexicon.patterns_for("verb", "visit")[0].code == "042"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("verb provide obj=aid", "no '->'"),
        ("verbs provide -> 070", "KIND one of"),
        ("verb provide -> 7x", "CAMEO code"),
        ("verb provide obj= -> 070", "name=words"),
        ("verb provide -> 070 sideways", "unknown flag"),
        ("verb provide obj=&NOPE -> 070", "unknown word set &NOPE"),
        ("noun strike modifier=hunger -> 142", "neither prt, obj, comp, purpose, subj"),
    ],
)
def test_malformed_lines_are_lexicon_errors_naming_the_line(line: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message) as caught:
        parse_lexicon([("hand.txt", line)])
    assert "hand:1" in str(caught.value)


def test_shipped_lexicon_is_versioned_and_broad() -> None:
    lexicon = load_lexicon()
    assert lexicon.version.strip().isdigit()
    assert len(lexicon.patterns) > 10_000
    bare = [p for p in lexicon.patterns_for("verb", "visit") if p.specificity < 1]
    assert bare[0].code == "042"
    assert load_lexicon() is lexicon  # read once


def test_complement_slot_constrains_the_verb_of_the_to_complement() -> None:
    lexicon = parse_lexicon(
        [("hand.txt", "verb threaten -> 130\nverb threaten comp=invade|attack -> 138\n")]
    )
    specific, bare = lexicon.patterns_for("verb", "threaten")
    assert specific.code == "138" and specific.complement is not None
    assert "invade" in specific.complement.heads
    assert specific.specificity > bare.specificity


def test_complement_slot_matches_only_that_complement(nlp: Any) -> None:
    lexicon = parse_lexicon(
        [("hand.txt", "verb threaten -> 130\nverb threaten comp=invade|attack -> 138\n")]
    )

    def matched(text: str) -> str | None:
        verb = next(t for t in nlp(text) if t.lemma_ == "threaten")
        pattern = match_predicate(lexicon, "verb", verb, verb_arguments(verb))
        return pattern.code if pattern else None

    assert matched("The rebels threatened to attack the capital.") == "138"
    assert matched("The rebels threatened to leave the talks.") == "130"


def test_a_verb_that_names_its_object_matches_no_pattern(nlp: Any) -> None:
    lexicon = parse_lexicon([("hand.txt", "verb call obj=* -> 041\nverb call obj=vote -> 0831\n")])

    def matched(text: str) -> str | None:
        verb = next(t for t in nlp(text) if t.lemma_ == "call")
        pattern = match_predicate(lexicon, "verb", verb, verb_arguments(verb))
        return pattern.code if pattern else None

    assert matched("The minister called his counterpart on Friday.") == "041"
    assert matched("The minister called the vote a sham.") is None


def test_converted_lines_with_phrase_slots_load_but_stay_inert() -> None:
    lexicon = parse_lexicon([("petrarch_verbs.txt", "verb kill gunfire=* -> 193")])
    assert lexicon.has("verb", "kill")


def test_a_modifier_in_the_lemma_is_required_of_the_predicate_word(nlp: Any) -> None:
    lexicon = parse_lexicon(
        [("hand.txt", "noun strike -> 190\nnoun hunger+strike|general+strike -> 142\n")]
    )
    hunger = lexicon.patterns_for("noun", "strike")[0]
    assert (hunger.modifier, hunger.code) == ("hunger", "142")

    def matched(text: str) -> str | None:
        noun = next(t for t in nlp(text) if t.lemma_ == "strike")
        pattern = match_predicate(lexicon, "noun", noun, verb_arguments(noun))
        return pattern.code if pattern else None

    assert matched("The hunger strike entered its tenth day.") == "142"
    assert matched("The strike destroyed a bridge.") == "190"
