"""Score the event coder on real news sentences: `data/gold/news_sentences.jsonl`.

Each gold sentence is coded alone, as an article of one sentence with its article's
publication date. A coded event matches a gold event of the same sentence when the
CAMEO roots (first two digits) are equal and so are the source and target
country prefixes: the first three letters of the actor code ("IGOUNO" -> "IGO"),
None where a side is unknown (a coded side without a code matches only a gold side
that is null). Each gold event matches at most one coded event; an extra coded
event is a false positive.

Scores, overall and per corpus file:

- event precision, recall and F1 (root and actors);
- root precision and recall (the CAMEO root alone, actors ignored);
- certainty accuracy on the matched events;
- the false-positive rate on sentences without a gold event: the share of them
  with any coded event (Watchfloor promises precision: no event beats a false one).

`python -m watchfloor.evaluation.news [--show-errors] [PATH]` prints the table and,
with `--show-errors`, every false positive and miss.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

from watchfloor.domain import Actor, Article, Certainty, Event
from watchfloor.errors import InputError
from watchfloor.evaluation.plover import Counts

EventKey = tuple[str, str | None, str | None]  # CAMEO root, source, target


@dataclass(frozen=True)
class GoldEvent:
    """One event a gold sentence states; actor codes as annotated (None = unknown)."""

    cameo_root: str
    cameo: str | None
    source: str | None
    target: str | None
    certainty: Certainty
    source_text: str | None = None
    target_text: str | None = None


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    published: date | None
    corpus: str  # the corpus file the sentence comes from
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class SentenceResult:
    """A gold sentence, its coded events, and how they paired up."""

    sentence: GoldSentence
    coded: tuple[Event, ...]
    matches: tuple[tuple[GoldEvent, Event], ...]
    false_positives: tuple[Event, ...]
    misses: tuple[GoldEvent, ...]
    root: Counts  # CAMEO root alone, actors ignored

    @property
    def event(self) -> Counts:
        return Counts(len(self.matches), len(self.false_positives), len(self.misses))

    @property
    def certainty_hits(self) -> int:
        return sum(gold.certainty == coded.certainty for gold, coded in self.matches)


@dataclass(frozen=True)
class CorpusScores:
    """The scores of a set of sentence results (all of them, or one corpus file's)."""

    sentences: int
    gold_events: int
    coded_events: int
    event: Counts
    root: Counts
    certainty_hits: int
    no_event_sentences: int
    no_event_with_coded: int

    @property
    def certainty_accuracy(self) -> float:
        return self.certainty_hits / self.event.tp if self.event.tp else 0.0

    @property
    def no_event_false_positive_rate(self) -> float:
        if not self.no_event_sentences:
            return 0.0
        return self.no_event_with_coded / self.no_event_sentences


@dataclass(frozen=True)
class NewsScores:
    overall: CorpusScores
    by_corpus: dict[str, CorpusScores]
    results: tuple[SentenceResult, ...]


# -- reading the gold file ---------------------------------------------------


def gold_path() -> Path:
    return Path(str(files("watchfloor") / "data" / "gold" / "news_sentences.jsonl"))


def read_gold(path: Path | None = None) -> list[GoldSentence]:
    """The gold sentences of a news gold JSONL file, in file order."""
    source = path or gold_path()
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(
            str(source), f"cannot open the news gold file ({exc}); pass a JSONL path"
        ) from exc
    return [_sentence(source, n, line) for n, line in enumerate(lines, 1) if line.strip()]


def _sentence(source: Path, line_no: int, line: str) -> GoldSentence:
    try:
        row = json.loads(line)
        return GoldSentence(
            id=row["id"],
            text=row["text"],
            published=date.fromisoformat(row["published"]) if row.get("published") else None,
            corpus=row["source"],
            events=tuple(_gold_event(e) for e in row["events"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"{source.name} line {line_no}",
            f"not a gold sentence record ({exc!r}); each line needs id, published, text, "
            "source and events with cameo_root, cameo, source, target and certainty",
        ) from exc


def _gold_event(row: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        cameo_root=row["cameo_root"],
        cameo=row.get("cameo"),
        source=row.get("source"),
        target=row.get("target"),
        certainty=Certainty(row["certainty"]),
        source_text=row.get("source_text"),
        target_text=row.get("target_text"),
    )


# -- matching ----------------------------------------------------------------


def actor_prefix(code: str | None) -> str | None:
    """The country or organisation prefix of an actor code: "RUSMIL" -> "RUS"."""
    return code[:3].upper() if code else None


def _coded_prefix(actor: Actor | None) -> str | None:
    return actor_prefix(actor.code) if actor is not None else None


def gold_key(event: GoldEvent) -> EventKey:
    return (event.cameo_root, actor_prefix(event.source), actor_prefix(event.target))


def coded_key(event: Event) -> EventKey:
    return (event.cameo[:2], _coded_prefix(event.source), _coded_prefix(event.target))


def match_events(
    gold: Sequence[GoldEvent], coded: Sequence[Event]
) -> tuple[list[tuple[GoldEvent, Event]], list[Event], list[GoldEvent]]:
    """Pair coded with gold events of equal root and actor prefixes, one to one.

    Among gold events with the same key, one of the same certainty is taken first.
    Returns the pairs, the unmatched coded events (false positives) and the
    unmatched gold events (misses).
    """
    free = list(gold)
    pairs: list[tuple[GoldEvent, Event]] = []
    extra: list[Event] = []
    for event in coded:
        candidates = [g for g in free if gold_key(g) == coded_key(event)]
        if not candidates:
            extra.append(event)
            continue
        same = [g for g in candidates if g.certainty == event.certainty]
        chosen = (same or candidates)[0]
        free.remove(chosen)
        pairs.append((chosen, event))
    return pairs, extra, free


def count_matches(gold: Iterable[Hashable], coded: Iterable[Hashable]) -> Counts:
    """True/false positives and misses of two multisets of keys."""
    remaining = list(gold)
    tp = fp = 0
    for key in coded:
        if key in remaining:
            remaining.remove(key)
            tp += 1
        else:
            fp += 1
    return Counts(tp, fp, len(remaining))


def score_sentence(sentence: GoldSentence, coded: Sequence[Event]) -> SentenceResult:
    """How the coded events of one sentence compare with its gold events."""
    pairs, extra, misses = match_events(sentence.events, coded)
    root = count_matches((g.cameo_root for g in sentence.events), (e.cameo[:2] for e in coded))
    return SentenceResult(sentence, tuple(coded), tuple(pairs), tuple(extra), tuple(misses), root)


def summarise(results: Sequence[SentenceResult]) -> CorpusScores:
    """The scores of a set of sentence results."""
    empty = [r for r in results if not r.sentence.events]
    return CorpusScores(
        sentences=len(results),
        gold_events=sum(len(r.sentence.events) for r in results),
        coded_events=sum(len(r.coded) for r in results),
        event=sum((r.event for r in results), Counts()),
        root=sum((r.root for r in results), Counts()),
        certainty_hits=sum(r.certainty_hits for r in results),
        no_event_sentences=len(empty),
        no_event_with_coded=sum(1 for r in empty if r.coded),
    )


def score_results(results: Sequence[SentenceResult]) -> NewsScores:
    """Overall and per-corpus scores of sentence results."""
    corpora = sorted({r.sentence.corpus for r in results})
    by_corpus = {c: summarise([r for r in results if r.sentence.corpus == c]) for c in corpora}
    return NewsScores(summarise(results), by_corpus, tuple(results))


# -- coding ------------------------------------------------------------------

Coder = Callable[[Sequence[GoldSentence]], Iterable[Sequence[Event]]]


def pipeline_coder(pipeline: Any = None) -> Coder:
    """Code gold sentences with `Pipeline.code_articles`, one article per sentence."""

    def code(sentences: Sequence[GoldSentence]) -> Iterable[Sequence[Event]]:
        from watchfloor.pipeline import Pipeline

        runner = pipeline or Pipeline()
        articles = [Article(id=s.id, text=s.text, published=s.published) for s in sentences]
        return (coded.events for coded in runner.code_articles(articles))

    return code


def evaluate_news(path: Path | None = None, coder: Coder | None = None) -> NewsScores:
    """Code every gold sentence and score it (see the module docstring)."""
    sentences = read_gold(path)
    coded = (coder or pipeline_coder())(sentences)
    results = [score_sentence(s, e) for s, e in zip(sentences, coded, strict=True)]
    return score_results(results)


# -- reports -----------------------------------------------------------------


def _corpus_label(corpus: str) -> str:
    return Path(corpus).stem


def _row(label: str, s: CorpusScores) -> str:
    e, r = s.event, s.root
    return (
        f"{label:<30}{s.sentences:>5}{s.gold_events:>6}{s.coded_events:>6}"
        f"{e.precision:>7.3f}{e.recall:>7.3f}{e.f1:>7.3f}"
        f"{r.precision:>7.3f}{r.recall:>7.3f}{s.certainty_accuracy:>7.3f}"
        f"{s.no_event_false_positive_rate:>7.3f} ({s.no_event_with_coded}/{s.no_event_sentences})"
    )


def format_table(scores: NewsScores) -> str:
    """The scores as a plain-text table: all sentences, then one row per corpus file."""
    header = (
        f"{'corpus':<30}{'sents':>5}{'gold':>6}{'coded':>6}"
        f"{'P':>7}{'R':>7}{'F1':>7}{'rootP':>7}{'rootR':>7}{'cert':>7}{'FP-no-event':>12}"
    )
    rows = [
        "News gold sentences: event = CAMEO root + source/target country prefixes",
        header,
        _row("all", scores.overall),
    ]
    rows += [_row(_corpus_label(c), s) for c, s in scores.by_corpus.items()]
    return "\n".join(rows)


def _describe_coded(event: Event) -> str:
    source, target = _coded_prefix(event.source), _coded_prefix(event.target)
    return f"{event.cameo} {source}->{target} {event.certainty.value}  [{event.evidence.text}]"


def _describe_gold(event: GoldEvent) -> str:
    code = event.cameo or event.cameo_root
    return (
        f"{code} {actor_prefix(event.source)}->{actor_prefix(event.target)} "
        f"{event.certainty.value}  [{event.source_text} / {event.target_text}]"
    )


def format_errors(scores: NewsScores) -> str:
    """Every false positive (+), miss (-) and certainty mismatch (~), sentence by sentence."""
    blocks: list[str] = []
    for result in scores.results:
        lines = [f"+ {_describe_coded(e)}" for e in result.false_positives]
        lines += [f"- {_describe_gold(g)}" for g in result.misses]
        lines += [
            f"~ {_describe_gold(g)} coded {c.certainty.value}"
            for g, c in result.matches
            if g.certainty != c.certainty
        ]
        if lines:
            head = f"{result.sentence.id}\n  {result.sentence.text}"
            blocks.append("\n".join([head, *(f"  {line}" for line in lines)]))
    return "\n\n".join(blocks)


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    parser = argparse.ArgumentParser(description="Score the event coder on news sentences.")
    parser.add_argument("path", nargs="?", type=Path, help="a news gold JSONL file")
    parser.add_argument("--show-errors", action="store_true", help="list FPs and misses")
    args = parser.parse_args(argv)
    scores = evaluate_news(args.path)
    if args.show_errors:
        sys.stdout.write(format_errors(scores) + "\n\n")
    sys.stdout.write(format_table(scores) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
