"""Story clustering quality on labelled Wikinews stories (prints figures, asserts nothing).

    .venv/bin/python bench/stories.py CORPUS_DIR [--thresholds 0.25 0.3] [--events]

CORPUS_DIR holds `wikinews/*.jsonl` (the shared corpus). Labels are in
`bench/data/story_labels.json`: groups of articles about one development;
every other article is its own story, and ambiguous ones are left out of the
scores. Articles are clustered in date order by `StoryClusterer` over a SQLite
store in memory. Without `--events` the articles carry no coded events, so
clustering uses text, titles and dates alone; with `--events` they are coded
by `watchfloor.pipeline.Pipeline` first (slow: spaCy over every article).

Figures: pairwise precision/recall/F1 (pairs of articles put in one story)
and B-cubed precision/recall/F1, over the whole corpus and over the labelled
articles alone (groups and near-miss singletons), plus articles per second.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

from watchfloor.domain import Article, CodedArticle
from watchfloor.ingest import read_inputs
from watchfloor.store import open_store
from watchfloor.stories.cluster import StoryClusterer

LABELS = Path(__file__).resolve().parent / "data" / "story_labels.json"


@dataclass(frozen=True)
class Labels:
    story_of: dict[str, str]  # record id -> label
    labelled: frozenset[str]  # ids in a group or listed as a singleton
    excluded: frozenset[str]


def read_labels(path: Path = LABELS) -> Labels:
    data = json.loads(path.read_text(encoding="utf-8"))
    story_of: dict[str, str] = {}
    for number, group in enumerate(data["groups"]):
        for record_id in group["articles"]:
            story_of[record_id] = f"group-{number}"
    singles = {s["article"] for s in data["singletons"]}
    return Labels(story_of, frozenset(story_of) | singles, frozenset(data["excluded"]))


def read_corpus(folder: Path) -> list[tuple[str, Article]]:
    """Wikinews articles in date order, each with its corpus id (the bulk reader's origin)."""
    paths = [str(p) for p in sorted((folder / "wikinews").glob("*.jsonl"))]
    records = [(a.origin or a.id, a) for a in read_inputs(paths) if isinstance(a, Article)]
    records.sort(key=lambda pair: (pair[1].published or date.min, pair[0]))
    return records


def coded_articles(records: list[tuple[str, Article]], events: bool) -> Iterator[CodedArticle]:
    articles = [article for _, article in records]
    if not events:
        yield from (CodedArticle(article, ()) for article in articles)
        return
    from watchfloor.pipeline import Pipeline

    yield from Pipeline().code_articles(articles)


def cluster(coded: Iterable[CodedArticle], threshold: float) -> tuple[dict[str, str], float]:
    """Story id of every article id, and the seconds spent assigning."""
    store = open_store(":memory:")
    clusterer = StoryClusterer(store, threshold=threshold)
    assigned: dict[str, str] = {}
    spent = 0.0
    for item in coded:
        store.add_article(item.article)
        store.add_events(item.events, kb_version="bench")
        started = time.perf_counter()
        assigned[item.article.id] = clusterer.assign(item).id
        spent += time.perf_counter() - started
    store.close()
    return assigned, spent


def _pairs(clusters: dict[str, str], ids: Iterable[str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for record_id in ids:
        members[clusters[record_id]].append(record_id)
    return {(min(a, b), max(a, b)) for m in members.values() for a, b in combinations(m, 2)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(gold: dict[str, str], found: dict[str, str], ids: list[str]) -> tuple[float, ...]:
    g, f = _pairs(gold, ids), _pairs(found, ids)
    p = len(g & f) / len(f) if f else 1.0
    r = len(g & f) / len(g) if g else 1.0
    return p, r, _f1(p, r)


def bcubed(gold: dict[str, str], found: dict[str, str], ids: list[str]) -> tuple[float, ...]:
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_found: dict[str, set[str]] = defaultdict(set)
    for i in ids:
        by_gold[gold[i]].add(i)
        by_found[found[i]].add(i)
    p = sum(len(by_gold[gold[i]] & by_found[found[i]]) / len(by_found[found[i]]) for i in ids)
    r = sum(len(by_gold[gold[i]] & by_found[found[i]]) / len(by_gold[gold[i]]) for i in ids)
    p, r = p / len(ids), r / len(ids)
    return p, r, _f1(p, r)


def report(
    records: list[tuple[str, Article]], labels: Labels, found_by_article: dict[str, str]
) -> None:
    found = {rid: found_by_article[a.id] for rid, a in records}
    gold = {rid: labels.story_of.get(rid, rid) for rid, _ in records}
    everything = [rid for rid, _ in records if rid not in labels.excluded]
    labelled = [rid for rid in everything if rid in labels.labelled]
    for name, ids in (("all articles", everything), ("labelled only", labelled)):
        pp, pr, pf = pairwise(gold, found, ids)
        bp, br, bf = bcubed(gold, found, ids)
        print(
            f"  {name:<14} n={len(ids):>5}  pairwise P={pp:.3f} R={pr:.3f} F1={pf:.3f}"
            f"  B-cubed P={bp:.3f} R={br:.3f} F1={bf:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder holding wikinews/*.jsonl")
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.25, 0.3, 0.35])
    parser.add_argument("--events", action="store_true", help="code events with the pipeline")
    args = parser.parse_args()
    labels = read_labels()
    records = read_corpus(args.corpus)
    coded = list(coded_articles(records, args.events))
    mode = "coded events + text" if args.events else "text, titles and dates only (no events)"
    groups = len(set(labels.story_of.values()))
    print(f"{len(records)} Wikinews articles, {len(labels.story_of)} in {groups} labelled stories")
    print(f"clustering on {mode}")
    for threshold in args.thresholds:
        found, spent = cluster(coded, threshold)
        stories = len(set(found.values()))
        print(f"threshold {threshold:.2f}: {stories} stories, {len(coded) / spent:.0f} articles/s")
        report(records, labels, found)


if __name__ == "__main__":
    main()
