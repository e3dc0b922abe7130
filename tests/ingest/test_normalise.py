from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from watchfloor.ingest.normalise import article_id, normalise, one_line

WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs")),
    min_size=1,
    max_size=8,
)
PARAGRAPHS = st.lists(st.lists(WORDS, min_size=1, max_size=6), min_size=1, max_size=5)
PARAGRAPH_BREAKS = st.sampled_from(
    ["\n\n", "\r\n\r\n", "\n \n\n", "\r\r\r", "\n\t\n", "\u2029\u2029"]
)
TRAILING = st.sampled_from(["", " ", "\t", "  \t", "\u00a0"])


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(PARAGRAPHS, st.data())
def test_whitespace_variants_share_an_id(paragraphs: list[list[str]], data: st.DataObject) -> None:
    canonical = "\n\n".join(" ".join(words) for words in paragraphs)
    variant = data.draw(st.sampled_from(["", "\n", " \r\n"]))
    for index, words in enumerate(paragraphs):
        if index:
            variant += data.draw(PARAGRAPH_BREAKS)
        variant += " ".join(words) + data.draw(TRAILING)
    variant += data.draw(st.sampled_from(["", "\n", "\r\n\r\n\r\n"]))

    assert normalise(variant) == unicodedata.normalize("NFC", canonical)
    assert article_id(variant) == article_id(canonical)


def test_crlf_and_lf_files_share_an_id() -> None:
    assert article_id("Talks began.\r\n\r\nThey ended.\r\n") == article_id(
        "Talks began.\n\nThey ended."
    )


def test_decomposed_accents_are_composed() -> None:
    assert normalise("Gen\u0065\u0300ve") == "Gen\u00e8ve"


def test_runs_of_blank_lines_collapse_to_one() -> None:
    assert normalise("One.\n\n\n\n\nTwo.") == "One.\n\nTwo."


def test_line_breaks_inside_a_paragraph_are_kept() -> None:
    assert normalise("- first item  \n- second item") == "- first item\n- second item"


def test_one_line_flattens_and_empties_to_none() -> None:
    assert one_line("  Kim  Jong Un\nto meet Putin ") == "Kim Jong Un to meet Putin"
    assert one_line(" \n ") is None
