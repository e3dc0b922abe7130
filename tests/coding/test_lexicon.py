"""The verb-pattern lexicon: its format, its index and its precedence rules."""

from __future__ import annotations

import pytest

from watchfloor.coding.lexicon import load_lexicon, parse_lexicon
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
