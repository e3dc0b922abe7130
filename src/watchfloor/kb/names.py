"""Names as sequences of word pieces, and the token-level index that finds them in text.

A name is matched piece by piece: "U.S." is ("U", "S"), "Kim Jong-un" is
("Kim", "Jong", "un"), "North Korea's" is ("North", "Korea", "'s"). Keys are
case- and accent-folded; each entry keeps its own case rule:

- `exact`: names without lower-case letters ("US", "DPRK", "NATO") match only as
  written, so "us" is never the United States;
- `title`: other names match when the text's first piece starts with a capital, or
  is written as the name writes it ("al-Qaeda", "von der Leyen");
- `any`: agent nouns ("officials", "defense minister") match in any case.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

_PIECE = re.compile(r"['’]s\b|[^\W_]+")


def fold(text: str) -> str:
    """Lower case without diacritics: "Erdoğan" -> "erdogan"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def pieces(text: str) -> list[str]:
    """The word pieces of `text`: runs of letters and digits, and possessive "'s"."""
    return [p.replace("’", "'") for p in _PIECE.findall(text)]


def case_rule(name: str) -> str:
    letters = [c for c in name if c.isalpha()]
    if letters and not any(c.islower() for c in letters):
        return "exact"
    return "title"


@dataclass(frozen=True)
class Entry:
    """What a name stands for: `kind` (country, demonym, place, organisation, person,
    agent, modifier) and `key` (a country code, kb_id or sector)."""

    kind: str
    key: str
    case: str
    surface: tuple[str, ...]  # the name's pieces as written, for the `exact` rule


@dataclass(frozen=True)
class Match:
    """Entries whose name covers pieces `[start, end)` of a piece sequence."""

    start: int
    end: int
    entries: tuple[Entry, ...]


class NameIndex:
    """All names of the knowledge base, keyed by their folded pieces."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self._lengths: dict[str, set[int]] = defaultdict(set)

    def add(
        self, name: str, kind: str, key: str, case: str | None = None, *, wins: bool = False
    ) -> None:
        """Indexes `name`; with `wins` it replaces other entries of its kind for that name."""
        surface = tuple(pieces(name))
        if not surface:
            return
        folded = tuple(fold(p) for p in surface)
        entry = Entry(kind, key, case or case_rule(name), surface)
        bucket = self._entries[folded]
        if wins:
            bucket[:] = [e for e in bucket if e.kind != kind]
        if entry not in bucket:
            bucket.append(entry)
        self._lengths[folded[0]].add(len(folded))

    def lookup(self, name: str) -> list[Entry]:
        """Entries for a whole name, whatever its case rule."""
        return list(self._entries.get(tuple(fold(p) for p in pieces(name)), ()))

    def longest_at(
        self, folded: Sequence[str | None], original: Sequence[str | None], start: int
    ) -> Match | None:
        """The longest name starting at piece `start` whose case rule the text satisfies."""
        first = folded[start]
        if first is None:
            return None
        for length in sorted(self._lengths.get(first, ()), reverse=True):
            end = start + length
            if end > len(folded):
                continue
            window = folded[start:end]
            if any(p is None for p in window):
                continue
            bucket = self._entries.get(tuple(window))  # type: ignore[arg-type]
            if not bucket:
                continue
            written = original[start:end]
            entries = tuple(e for e in bucket if _case_fits(e, written))
            if entries:
                return Match(start, end, entries)
        return None

    def __len__(self) -> int:
        return len(self._entries)


def _case_fits(entry: Entry, written: Sequence[str | None]) -> bool:
    if entry.case == "any":
        return True
    if entry.case == "exact":
        return tuple(written) == entry.surface
    head = written[0] or ""
    return head[:1].isupper() or head[:1].isdigit() or head == entry.surface[0]
