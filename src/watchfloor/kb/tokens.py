"""Tokens as the resolver sees them, from a spaCy `Doc` or from a plain phrase.

A phrase resolved in isolation has no parse: its tokens carry no part of speech
and the resolver falls back to spelling (capitals) where a parse would decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from watchfloor.kb.names import fold, pieces

_WORD = re.compile(r"['’]s\b|\w+(?:[.’'-]\w+)*\.?|[^\w\s]")
_JOINERS = frozenset({"-", "–", "‑"})
# A plural possessive's apostrophe belongs to the name it ends ("Kurdistan Workers' Party").
_APOSTROPHES = frozenset({"'", "’"})


@dataclass(frozen=True)
class Tok:
    text: str
    lower: str
    space: bool  # whitespace follows
    pos: str | None  # coarse part of speech; None for an unparsed phrase
    dep: str | None
    head: int
    sent_start: bool
    ent: str  # named-entity label, "" when none


def doc_tokens(doc: Any) -> list[Tok]:
    return [
        Tok(
            t.text,
            fold(t.text),
            bool(t.whitespace_),
            t.pos_,
            t.dep_,
            t.head.i,
            bool(t.is_sent_start),
            t.ent_type_,
        )
        for t in doc
    ]


def text_tokens(text: str) -> list[Tok]:
    found = list(_WORD.finditer(text))
    toks = []
    for number, match in enumerate(found):
        following = found[number + 1].start() if number + 1 < len(found) else len(text)
        toks.append(
            Tok(
                match.group(),
                fold(match.group()),
                following > match.end(),
                None,
                None,
                number,
                number == 0,
                "",
            )
        )
    return toks


@dataclass(frozen=True)
class PieceStream:
    """The word pieces of a token sequence; `None` marks a barrier no name may cross."""

    folded: list[str | None]
    original: list[str | None]
    token_of: list[int]


def piece_stream(toks: list[Tok]) -> PieceStream:
    folded: list[str | None] = []
    original: list[str | None] = []
    token_of: list[int] = []
    for number, tok in enumerate(toks):
        if tok.sent_start and number:
            _barrier(folded, original, token_of, number)
        parts = pieces(tok.text)
        if not parts:
            if not (_joins(toks, number) or _ends_possessive(toks, number)):
                _barrier(folded, original, token_of, number)
            continue
        for part in parts:
            folded.append(fold(part))
            original.append(part)
            token_of.append(number)
    return PieceStream(folded, original, token_of)


def _joins(toks: list[Tok], number: int) -> bool:
    tok = toks[number]
    return tok.text in _JOINERS and not tok.space and number > 0 and not toks[number - 1].space


def _ends_possessive(toks: list[Tok], number: int) -> bool:
    before = toks[number - 1] if number > 0 else None
    return (
        toks[number].text in _APOSTROPHES
        and before is not None
        and not before.space
        and before.lower.endswith("s")
    )


def _barrier(
    folded: list[str | None], original: list[str | None], token_of: list[int], number: int
) -> None:
    folded.append(None)
    original.append(None)
    token_of.append(number)
