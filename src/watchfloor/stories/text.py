"""Bag-of-words vectors of titles and leads, weighted by TF-IDF, for story clustering.

An article is represented by its title (counted twice) and the first
`LEAD_WORDS` words of its text, lower-cased, without stop words. Document
frequencies grow as articles arrive (`Vocabulary.add`), so weights adapt to
the collection without any shipped model.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

LEAD_WORDS = 80
TITLE_WEIGHT = 2
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_NEWS_WORDS = frozenset(
    {"said", "says", "say", "told", "according", "reported", "reports", "report", "news",
     "today", "yesterday", "week", "month", "year", "mr", "mrs", "ms"}
)  # fmt: skip

TermCounts = Mapping[str, float]


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _NEWS_WORDS


def tokens(text: str) -> list[str]:
    """Lower-case word tokens with stop words and one-letter words removed."""
    stops = stop_words()
    found = (t.replace("’", "'") for t in _TOKEN.findall(text.casefold()))
    return [t for t in found if len(t) > 1 and t not in stops]


def lead(text: str, words: int = LEAD_WORDS) -> str:
    return " ".join(text.split()[:words])


def term_counts(title: str | None, text: str) -> Counter[str]:
    counts: Counter[str] = Counter(tokens(lead(text)))
    for term in tokens(title or ""):
        counts[term] += TITLE_WEIGHT
    return counts


@dataclass
class Vocabulary:
    """Document frequencies of terms over the articles seen so far."""

    documents: int = 0
    frequencies: Counter[str] = field(default_factory=Counter)

    def add(self, counts: TermCounts) -> None:
        self.documents += 1
        self.frequencies.update(counts.keys())

    def idf(self, term: str) -> float:
        return math.log((1 + self.documents) / (1 + self.frequencies[term])) + 1.0

    def cosine(self, a: TermCounts, b: TermCounts) -> float:
        """Cosine similarity of two term-count vectors under TF-IDF weights."""
        if not a or not b:
            return 0.0
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        dot = sum(w * large.get(t, 0.0) * self.idf(t) ** 2 for t, w in small.items())
        if dot == 0.0:
            return 0.0
        return dot / (self._norm(a) * self._norm(b))

    def _norm(self, counts: TermCounts) -> float:
        return math.sqrt(sum((w * self.idf(t)) ** 2 for t, w in counts.items()))
