"""Near-duplicate detection at ingest: syndicated copies and light rewrites.

`Deduplicator(store)` keeps a MinHash LSH index of every article it has
`add`ed; the index is loaded from the store's saved signatures the first time
it is needed, so a reopened database still recognises copies of what it
already holds. `check(article)` finds candidates by banded LSH and verifies
them by estimated similarity: Jaccard of the word 5-gram sets, or containment
of the shorter text in the longer one (a truncated copy). Among the matches,
the earliest-published article is the original, following stored
`duplicate_of` links back to it, so a copy of a copy points at the source.

A copy stays in the database, searchable and citable; `Store.mark_duplicate`
records the link, and stories and developments count it as no independent
corroboration.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from watchfloor.domain import Article
from watchfloor.store.base import Store
from watchfloor.stories.lsh import BandIndex, band_shape
from watchfloor.stories.shingles import NUM_PERM, MinHasher, Signature

log = logging.getLogger(__name__)

# Shorter texts (in shingles) are matched only by Jaccard: containment of a
# handful of shingles says too little.
MIN_CONTAINMENT_SHINGLES = 20
_MAX_LINK_HOPS = 20


@dataclass(frozen=True)
class DuplicateMatch:
    """The article a new one copies, and how similar they are (0..1)."""

    duplicate_of: str
    similarity: float


@dataclass
class Deduplicator:
    """Incremental near-duplicate detector over the store's saved signatures.

    `threshold` is the least estimated Jaccard similarity of word 5-gram sets
    for a copy; `containment` the least share of a shorter text's shingles
    found in a longer one (truncated copies).
    """

    store: Store
    threshold: float = 0.4
    containment: float = 0.8
    hasher: MinHasher = field(default_factory=MinHasher)
    _index: BandIndex | None = field(default=None, init=False, repr=False)
    _signatures: dict[str, Signature] = field(default_factory=dict, init=False, repr=False)

    def check(self, article: Article) -> DuplicateMatch | None:
        """The original `article` copies, or None when it is not a near-duplicate."""
        signature = self.hasher.signature(article.text)
        if signature.count == 0:
            log.debug("article %s has no words to compare; not a duplicate", article.id)
            return None
        matches = self._verified(article.id, signature)
        if not matches:
            return None
        original, similarity = self._earliest(matches)
        root = self._root(original)
        log.info("article %s copies %s (similarity %.2f)", article.id, root, similarity)
        return DuplicateMatch(duplicate_of=root, similarity=similarity)

    def add(self, article: Article) -> None:
        """Index `article` and save its signature so later copies of it are found."""
        if article.id in self._loaded():
            return
        signature = self.hasher.signature(article.text)
        if signature.count == 0:
            return
        self.store.save_signature(article.id, signature.to_ints())
        self._insert(article.id, signature)

    # -- index -------------------------------------------------------------
    def _loaded(self) -> dict[str, Signature]:
        if self._index is None:
            bands, rows = band_shape(round(self.threshold * 0.75, 2), self.hasher.num_perm)
            self._index = BandIndex(bands=bands, rows=rows)
            for article_id, ints in self.store.iter_signatures():
                signature = Signature.from_ints(ints)
                if len(signature.values) == self.hasher.num_perm:
                    self._insert(article_id, signature)
            log.debug("loaded %d signatures into the LSH index", len(self._signatures))
        return self._signatures

    def _insert(self, article_id: str, signature: Signature) -> None:
        self._loaded()
        assert self._index is not None
        self._index.insert(article_id, signature.values)
        self._signatures[article_id] = signature

    def _verified(self, article_id: str, signature: Signature) -> dict[str, float]:
        signatures = self._loaded()
        assert self._index is not None
        matches: dict[str, float] = {}
        for candidate in self._index.candidates(signature.values) - {article_id}:
            score = self._similarity(signature, signatures[candidate])
            if score is not None:
                matches[candidate] = score
        return matches

    def _similarity(self, new: Signature, old: Signature) -> float | None:
        jaccard = new.jaccard(old)
        if jaccard >= self.threshold:
            return jaccard
        if min(new.count, old.count) >= MIN_CONTAINMENT_SHINGLES:
            contained = new.containment(old)
            if contained >= self.containment:
                return contained
        return None

    # -- choosing the original ---------------------------------------------
    def _earliest(self, matches: dict[str, float]) -> tuple[str, float]:
        def key(article_id: str) -> tuple[date, float, str]:
            article = self.store.get_article(article_id)
            published = article.published if article and article.published else date.max
            return (published, -matches[article_id], article_id)

        best = min(matches, key=key)
        return best, matches[best]

    def _root(self, article_id: str) -> str:
        current = article_id
        for _ in range(_MAX_LINK_HOPS):
            article = self.store.get_article(current)
            if article is None or article.duplicate_of is None:
                return current
            current = article.duplicate_of
        return current


__all__ = ["NUM_PERM", "Deduplicator", "DuplicateMatch"]
