"""Banded locality-sensitive hashing over MinHash signatures.

A signature of `num_perm` values is cut into `bands` bands of `rows` values;
two signatures become candidates when any band is equal. The probability of
that is `1 - (1 - J**rows)**bands` for Jaccard similarity `J`: an S-curve
whose steep part sits near `(1 / bands) ** (1 / rows)`. `band_shape` picks the
shape whose curve best separates pairs below a threshold from pairs above it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import numpy as np


def candidate_probability(jaccard: float, bands: int, rows: int) -> float:
    return float(1.0 - (1.0 - jaccard**rows) ** bands)


@cache
def band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) that minimise missed pairs above and false pairs below `threshold`.

    Missed similar pairs weigh twice as much as extra candidates, which are
    cheap: every candidate is verified by its estimated similarity.
    """
    grid = np.linspace(0.0, 1.0, 201)
    best: tuple[float, int, int] | None = None
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            p = 1.0 - (1.0 - grid**rows) ** bands
            false_pos = float(np.trapezoid(np.where(grid < threshold, p, 0.0), grid))
            false_neg = float(np.trapezoid(np.where(grid >= threshold, 1.0 - p, 0.0), grid))
            cost = false_pos + 2.0 * false_neg
            if best is None or cost < best[0]:
                best = (cost, bands, rows)
    assert best is not None
    return best[1], best[2]


@dataclass
class BandIndex:
    """Buckets of article ids keyed by (band number, band values)."""

    bands: int
    rows: int
    _buckets: dict[tuple[int, tuple[int, ...]], list[str]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def _keys(self, values: tuple[int, ...]) -> Iterator[tuple[int, tuple[int, ...]]]:
        for band in range(self.bands):
            chunk = values[band * self.rows : (band + 1) * self.rows]
            if len(chunk) == self.rows:
                yield band, chunk

    def insert(self, article_id: str, values: tuple[int, ...]) -> None:
        for key in self._keys(values):
            bucket = self._buckets[key]
            if article_id not in bucket:
                bucket.append(article_id)

    def candidates(self, values: tuple[int, ...]) -> set[str]:
        found: set[str] = set()
        for key in self._keys(values):
            found.update(self._buckets.get(key, ()))
        return found
