"""Near-duplicate detection on copies derived from real articles (prints figures, asserts nothing).

    .venv/bin/python bench/dedup.py CORPUS_DIR [--originals 400] [--index 2000] [--seed 1]

CORPUS_DIR holds `wikinews/*.jsonl` and `us_gov_foreign_affairs/*.jsonl`.
An index of real articles (Wikinews and U.S. government releases) is built
with `Deduplicator` over a SQLite store in memory. Then, for originals drawn
from the index, derived texts are checked one at a time (each is checked, not
added, so one transformation never helps another):

- `substitute 5%` / `substitute 15%`: that share of words replaced;
- `reheadline+footer`: a new headline line on top and a boilerplate footer;
- `truncate 60-80%`: only the first 60 to 80 % of the words;
- `combined`: headline, footer, 70 % truncation and 3 % substitutions.

Negatives are articles outside the index: random ones, and same-topic ones
(the unindexed article whose title shares the most words with an indexed
one within a week: follow-ups, readouts of the same talks). A positive is
right when linked to its original; precision counts wrong links and
negatives flagged as copies.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from watchfloor.domain import Article
from watchfloor.ingest import read_inputs
from watchfloor.ingest.articles import new_article
from watchfloor.store import open_store
from watchfloor.store.base import Store
from watchfloor.stories.dedup import Deduplicator
from watchfloor.stories.shingles import shingles
from watchfloor.stories.text import tokens

FILLER = ("officials", "government", "statement", "country", "region", "week", "talks", "minister")
HEADLINES = ("BREAKING: ", "World news | ", "Update — ", "Analysis: ")
FOOTER = (
    "\n\nThis article was distributed by Global Newswire and is republished with permission. "
    "Copyright 2024 Global Newswire. All rights reserved. Follow us for the latest headlines "
    "and sign up for our daily newsletter."
)

Transform = Callable[[Article, random.Random], str]


def read_corpus(folder: Path) -> list[Article]:
    paths = [str(p) for p in sorted(folder.glob("*/*.jsonl"))]
    return [a for a in read_inputs(paths) if isinstance(a, Article)]


def _substitute(text: str, rate: float, rng: random.Random) -> str:
    words = text.split(" ")
    return " ".join(rng.choice(FILLER) if rng.random() < rate else w for w in words)


def _truncate(text: str, share: float) -> str:
    words = text.split(" ")
    return " ".join(words[: max(1, int(len(words) * share))])


TRANSFORMS: dict[str, Transform] = {
    "substitute 5%": lambda a, rng: _substitute(a.text, 0.05, rng),
    "substitute 15%": lambda a, rng: _substitute(a.text, 0.15, rng),
    "reheadline+footer": lambda a, rng: f"{rng.choice(HEADLINES)}{a.title}\n\n{a.text}{FOOTER}",
    "truncate 60-80%": lambda a, rng: _truncate(a.text, rng.uniform(0.6, 0.8)),
    "combined": lambda a, rng: (
        f"{rng.choice(HEADLINES)}{a.title}\n\n"
        + _substitute(_truncate(a.text, 0.7), 0.03, rng)
        + FOOTER
    ),
}


def same_topic_negatives(index: list[Article], rest: list[Article], n: int) -> list[Article]:
    """Unindexed articles whose titles share the most words with an indexed one within a week."""
    by_day: dict[date, list[Article]] = {}
    for article in index:
        if article.published:
            by_day.setdefault(article.published, []).append(article)
    scored: list[tuple[int, str, Article]] = []
    for article in rest:
        words = set(tokens(article.title or ""))
        best = 0
        for offset in range(-7, 8):
            if article.published is None:
                break
            day = date.fromordinal(article.published.toordinal() + offset)
            for other in by_day.get(day, ()):
                best = max(best, len(words & set(tokens(other.title or ""))))
        scored.append((best, article.id, article))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [a for _, _, a in scored[:n]]


def build_index(
    store: Store, articles: list[Article], threshold: float
) -> tuple[Deduplicator, float]:
    dedup = Deduplicator(store, threshold=threshold)
    started = time.perf_counter()
    for article in articles:
        store.add_article(article)
        match = dedup.check(article)
        if match is not None:
            store.mark_duplicate(article.id, match.duplicate_of, match.similarity)
            article = replace(article, duplicate_of=match.duplicate_of)
        dedup.add(article)
    return dedup, time.perf_counter() - started


def _exact_jaccard(article: Article, store: Store, other_id: str) -> float:
    other = store.get_article(other_id)
    a, b = shingles(article.text), shingles(other.text if other else "")
    return len(a & b) / len(a | b) if a | b else 0.0


def _score(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--index", type=int, default=2000, help="articles in the index")
    parser.add_argument("--originals", type=int, default=400, help="originals to derive copies of")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threshold", type=float, default=Deduplicator.threshold)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = [a for a in read_corpus(args.corpus) if len(a.text.split()) >= 40]
    rng.shuffle(corpus)
    index, rest = corpus[: args.index], corpus[args.index :]
    store = open_store(":memory:")
    dedup, spent = build_index(store, index, args.threshold)
    print(f"threshold {args.threshold} (Jaccard), containment {dedup.containment}")
    print(
        f"index: {len(index)} articles in {spent:.1f}s ({len(index) / spent:.0f} articles/s, "
        f"check+add)"
    )

    negatives = {
        "random other": rest[: args.originals],
        "same topic": same_topic_negatives(index, rest[args.originals :], args.originals),
    }
    false_pos = 0
    started, checks = time.perf_counter(), 0
    for name, articles in negatives.items():
        flagged = [(a, m) for a in articles if (m := dedup.check(a)) is not None]
        checks += len(articles)
        false_pos += len(flagged)
        copies = sum(1 for a, m in flagged if _exact_jaccard(a, store, m.duplicate_of) >= 0.8)
        print(
            f"negatives {name:<13} n={len(articles)}: {len(flagged)} flagged as copies, "
            f"{copies} of them near-identical in fact (exact 5-gram Jaccard >= 0.8)"
        )
    copied = {a.id for a in index if (s := store.get_article(a.id)) and s.duplicate_of}
    originals = [a for a in index if a.id not in copied][: args.originals]
    print(f"{len(copied)} index articles linked as copies of others inside the real corpus")
    print(
        f"positives: {len(originals)} originals per transformation; precision counts all "
        f"{false_pos} negative false alarms against each"
    )
    totals = [0, false_pos, 0]
    for name, transform in TRANSFORMS.items():
        tp = wrong = fn = 0
        for original in originals:
            text = transform(original, rng)
            copy = new_article(text, name="copy", title=original.title, source="Copy desk")
            match = dedup.check(copy)
            checks += 1
            if match is None:
                fn += 1
            elif match.duplicate_of == original.id:
                tp += 1
            else:
                wrong += 1
        print(
            f"  {name:<18} {_score(tp, wrong + false_pos, fn + wrong)}  (wrong original: {wrong})"
        )
        totals = [totals[0] + tp, totals[1] + wrong, totals[2] + fn + wrong]
    print(f"  {'all':<18} {_score(*totals)}")
    elapsed = time.perf_counter() - started
    print(f"check: {checks / elapsed:.0f} articles/s over {checks} checks")
    store.close()


if __name__ == "__main__":
    main()
