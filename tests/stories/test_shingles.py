"""MinHash signatures estimate the Jaccard similarity of word 5-gram sets."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.stories.lsh import band_shape, candidate_probability
from watchfloor.stories.shingles import MinHasher, Signature, normalise, shingles


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def _vocabulary_text(rng: random.Random, words: int) -> list[str]:
    return [f"w{rng.randrange(5000)}" for _ in range(words)]


@pytest.mark.parametrize("rate", [0.0, 0.02, 0.05, 0.1, 0.2, 0.5])
def test_minhash_similarity_tracks_jaccard(rate: float) -> None:
    rng = random.Random(7)
    words = _vocabulary_text(rng, 600)
    edited = [f"x{rng.randrange(5000)}" if rng.random() < rate else w for w in words]
    a, b = " ".join(words), " ".join(edited)
    true = _jaccard(shingles(a), shingles(b))
    estimate = MinHasher().signature(a).jaccard(MinHasher().signature(b))
    # 128 permutations: standard error at most 0.044; four of them allowed.
    assert abs(estimate - true) < 0.18


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(["arms", "deal", "Russia", "North", "Korea", "talks"]), max_size=40)
)
def test_signature_of_a_text_with_itself_is_exactly_similar(words: list[str]) -> None:
    text = " ".join(words)
    signature = MinHasher().signature(text)
    if signature.count:
        assert signature.jaccard(MinHasher().signature(text)) == 1.0
    else:
        assert normalise(text) == ""


def test_signatures_are_the_same_in_every_run() -> None:
    text = "North Korea and Russia are actively working towards a potential arms deal."
    first = MinHasher().signature(text)
    assert first == MinHasher(seed=1).signature(text)
    assert first != MinHasher(seed=2).signature(text)
    assert Signature.from_ints(first.to_ints()) == first


def test_punctuation_and_case_do_not_change_shingles() -> None:
    assert shingles("Kim Jong Un will travel to Russia.") == shingles(
        "kim  jong-un WILL travel to russia"
    )


def test_short_text_is_one_shingle_and_matches_only_itself() -> None:
    assert shingles("Talks resume") == {"talks resume"}
    hasher = MinHasher()
    assert hasher.signature("Talks resume").jaccard(hasher.signature("Talks resume")) == 1.0
    assert hasher.signature("Talks resume").jaccard(hasher.signature("Talks stall")) == 0.0


def test_empty_text_has_no_signature() -> None:
    signature = MinHasher().signature(" ... ")
    assert signature.count == 0
    assert signature.jaccard(signature) == 0.0


def test_containment_recognises_a_truncated_copy() -> None:
    rng = random.Random(3)
    words = _vocabulary_text(rng, 500)
    full, head = " ".join(words), " ".join(words[:300])
    hasher = MinHasher()
    contained = hasher.signature(head).containment(hasher.signature(full))
    assert contained > 0.85
    assert hasher.signature(head).jaccard(hasher.signature(full)) < 0.75


def test_band_shape_puts_the_s_curve_at_the_threshold() -> None:
    bands, rows = band_shape(0.3, 128)
    assert bands * rows <= 128
    assert candidate_probability(0.6, bands, rows) > 0.99
    assert candidate_probability(0.05, bands, rows) < 0.1
