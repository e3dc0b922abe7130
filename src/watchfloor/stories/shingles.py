"""Word shingles and MinHash signatures of article texts.

A text is normalised (Unicode NFKC, lower case, punctuation dropped), split
into words, and turned into the set of its word `k`-grams ("shingles"). Two
texts that share most shingles are near-duplicates: the Jaccard similarity of
the shingle sets is the measure, and a MinHash signature estimates it from a
fixed number of integers per text.

The hash family is `((a * h + b) mod 2**64) mod (2**61 - 1)`, truncated to 32
bits, with `a` and `b` drawn from a seeded generator: the same seed gives the
same signatures on every machine, so stored signatures stay comparable.

A stored signature is a list of ints: the shingle count first, then the
`num_perm` minimum hashes (`Signature.to_ints` / `Signature.from_ints`). The
count lets a truncated copy be recognised by containment, not only Jaccard.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # an odd 64-bit constant (golden ratio)
_WORD = re.compile(r"\w+")

U64Array = npt.NDArray[np.uint64]


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces, punctuation and markup dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(folded))


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """The word `k`-grams of the normalised text.

    A text shorter than `k` words is one shingle (the whole text), so two short
    texts match only when they are the same; an empty text has none.
    """
    words = normalise(text).split()
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> U64Array:
    """Distinct 32-bit hashes of the word `k`-grams of the text (see `shingles`).

    Each word is hashed once (CRC-32, stable across runs and machines, unlike
    Python's salted `hash`); a shingle's hash mixes its words' hashes.
    """
    words = normalise(text).split()
    if not words:
        return np.zeros(0, dtype=np.uint64)
    if len(words) < k:
        return np.array([zlib.crc32(" ".join(words).encode("utf-8"))], dtype=np.uint64)
    word_hashes = np.array([zlib.crc32(w.encode("utf-8")) for w in words], dtype=np.uint64)
    n = len(words) - k + 1
    mixed = np.zeros(n, dtype=np.uint64)
    for offset in range(k):
        mixed = mixed * _MIX + word_hashes[offset : offset + n]
    return np.unique((mixed * _MIX) >> np.uint64(32))


@cache
def _permutations(num_perm: int, seed: int) -> tuple[U64Array, U64Array]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, int(_MERSENNE), size=num_perm, dtype=np.uint64)
    b = rng.integers(0, int(_MERSENNE), size=num_perm, dtype=np.uint64)
    return a, b


@dataclass(frozen=True)
class Signature:
    """The MinHash signature of one text and the number of shingles it was made from."""

    count: int
    values: tuple[int, ...]

    def to_ints(self) -> list[int]:
        return [self.count, *self.values]

    @classmethod
    def from_ints(cls, ints: Sequence[int]) -> Signature:
        return cls(count=int(ints[0]), values=tuple(int(v) for v in ints[1:]))

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        if not self.values or len(self.values) != len(other.values):
            return 0.0
        same = sum(1 for x, y in zip(self.values, other.values, strict=True) if x == y)
        return same / len(self.values)

    def containment(self, other: Signature) -> float:
        """Estimated share of the smaller set's shingles that the larger set holds.

        From Jaccard and the two counts: |A ∩ B| = J (|A| + |B|) / (1 + J).
        """
        small = min(self.count, other.count)
        if small == 0:
            return 0.0
        j = self.jaccard(other)
        shared = j * (self.count + other.count) / (1.0 + j)
        return min(1.0, shared / small)


@dataclass(frozen=True)
class MinHasher:
    """Makes MinHash signatures with `num_perm` seeded hash functions."""

    num_perm: int = NUM_PERM
    seed: int = SEED
    k: int = SHINGLE_WORDS

    def signature(self, text: str) -> Signature:
        hashes = shingle_hashes(text, self.k)
        if len(hashes) == 0:
            return Signature(count=0, values=())
        a, b = _permutations(self.num_perm, self.seed)
        # uint64 arithmetic wraps modulo 2**64 by design; the prime then mixes it.
        mixed = (np.outer(a, hashes) + b[:, None]) % _MERSENNE & _MAX32
        minima = mixed.min(axis=1)
        return Signature(count=len(hashes), values=tuple(minima.tolist()))
