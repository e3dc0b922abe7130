"""Fixtures for the language stages: parse a text and pick a trigger word out of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc, Token

from watchfloor.nlp.certainty import DocumentContext, Grade, grade


@pytest.fixture(scope="session")
def seed_docs(nlp: Any, seed_paths: list[Path]) -> dict[str, Doc]:
    """The two seed articles, parsed once, by file-name prefix ("000", "004")."""
    return {path.name[:3]: nlp(path.read_text(encoding="utf-8")) for path in seed_paths}


def word(doc: Doc, text: str, after: str | None = None) -> Token:
    """The first token `text` in `doc` (after the first occurrence of `after`, if given)."""
    start = doc.text.index(after) if after else 0
    for token in doc:
        if token.idx >= start and token.text == text:
            return token
    raise AssertionError(f"no token {text!r} in {doc.text[:80]!r}")


@pytest.fixture
def graded(nlp: Any) -> Callable[..., Grade]:
    """Grade the trigger `text` of a freshly parsed `sentence`."""

    def run(sentence: str, text: str, after: str | None = None) -> Grade:
        doc = nlp(sentence)
        return grade(word(doc, text, after), DocumentContext.build(doc))

    return run


@pytest.fixture
def find() -> Callable[..., Token]:
    """`find(doc, text, after=None)`: the trigger token `text` of a parsed document."""
    return word
