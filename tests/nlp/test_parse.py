"""The parse stage: one pipeline, loaded once, with paragraph breaks as sentence breaks."""

from __future__ import annotations

from typing import Any

from watchfloor.nlp.parse import PARAGRAPHS, load_pipeline, parse


def test_the_pipeline_is_loaded_once_and_breaks_paragraphs(nlp: Any) -> None:
    assert load_pipeline() is nlp
    assert nlp.pipe_names.index(PARAGRAPHS) < nlp.pipe_names.index("parser")


def test_a_title_before_a_blank_line_does_not_run_into_the_next_sentence(nlp: Any) -> None:
    (doc,) = parse(["Kim Will Meet Putin\n\nKim will travel to Russia on Monday."], nlp)
    assert [s.text.strip() for s in doc.sents] == [
        "Kim Will Meet Putin",
        "Kim will travel to Russia on Monday.",
    ]


def test_a_single_line_break_leaves_sentences_to_the_parser(nlp: Any) -> None:
    (doc,) = parse(["Russian troops crossed\nthe border on Monday."], nlp)
    assert len(list(doc.sents)) == 1
