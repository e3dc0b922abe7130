"""Throughput of `watchfloor code` against bare spaCy `nlp.pipe` on the same real articles.

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpus] [--articles 300]

Prints articles/s and sentences/s for bare spaCy parsing, for the in-process
pipeline (parse + actors + events + certainty/time), and for the `watchfloor code`
command end to end (a subprocess, start-up included); the ratio of pipeline to
bare parse time; and peak memory (max RSS) of each. Figures only: nothing asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from watchfloor.domain import Article
from watchfloor.nlp.parse import load_pipeline
from watchfloor.pipeline import Pipeline
from watchfloor.settings import Settings

REPO = Path(__file__).resolve().parent.parent
CORPUS_FILES = (
    "wikinews/wikinews_2004_2018_tosca.jsonl",
    "us_gov_foreign_affairs/state_dept_2021_2022.jsonl",
    "us_gov_foreign_affairs/whitehouse_2021_2026.jsonl",
)


def load_articles(corpus: Path, count: int) -> list[dict[str, str]]:
    """`count` articles spread evenly over the corpus files (every k-th line)."""
    per_file = count // len(CORPUS_FILES)
    records: list[dict[str, str]] = []
    for name in CORPUS_FILES:
        lines = (corpus / name).read_text(encoding="utf-8").splitlines()
        step = max(1, len(lines) // per_file)
        for line in lines[::step][:per_file]:
            raw = json.loads(line)
            records.append({"id": raw["id"], "text": raw["text"], "date": raw.get("published")})
    return records


def peak_rss_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def bench_bare(texts: list[str]) -> tuple[float, int]:
    nlp = load_pipeline()
    start = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32))
    return time.perf_counter() - start, sentences


def bench_pipeline(records: list[dict[str, str]]) -> tuple[float, int]:
    pipeline = Pipeline(Settings())
    pipeline.coder  # load the knowledge base and lexicon before timing  # noqa: B018
    articles = [Article(id=r["id"], text=r["text"]) for r in records]
    start = time.perf_counter()
    events = sum(len(c.events) for c in pipeline.code_articles(articles))
    return time.perf_counter() - start, events


def bench_cli(records: list[dict[str, str]]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        source, sink = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        command = [str(Path(sys.executable).with_name("watchfloor")), "code"]
        start = time.perf_counter()
        subprocess.run([*command, "--input", str(source), "--output", str(sink)], check=True)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    records = load_articles(args.corpus, args.articles)
    texts = [r["text"] for r in records]
    n, chars = len(records), sum(len(t) for t in texts)
    where = os.path.relpath(args.corpus)
    print(f"{n} real articles ({chars / 1e6:.2f} M characters) from {where}")

    bare, sentences = bench_bare(texts)
    bare_rss = peak_rss_mib(resource.RUSAGE_SELF)
    piped, events = bench_pipeline(records)
    pipe_rss = peak_rss_mib(resource.RUSAGE_SELF)
    cli = bench_cli(records)
    cli_rss = peak_rss_mib(resource.RUSAGE_CHILDREN)

    row = "{:<34} {:>9.1f} {:>12.1f} {:>9.1f}s {:>10.0f}"
    print(f"{'':<34} {'art/s':>9} {'sentences/s':>12} {'time':>10} {'peak MiB':>10}")
    print(row.format("bare spaCy nlp.pipe", n / bare, sentences / bare, bare, bare_rss))
    print(row.format("pipeline (parse + coding)", n / piped, sentences / piped, piped, pipe_rss))
    print(row.format("`watchfloor code` (incl. start-up)", n / cli, sentences / cli, cli, cli_rss))
    print(f"sentences: {sentences}; events coded: {events}")
    print(
        f"pipeline / bare parse time: {piped / bare:.2f} "
        f"(coding costs {100 * (piped - bare) / bare:.0f}% of the parse)"
    )
    print("peak MiB of the in-process rows is cumulative (max RSS of this process so far)")


if __name__ == "__main__":
    main()
