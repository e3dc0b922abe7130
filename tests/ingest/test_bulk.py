from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from watchfloor.domain import Article, Rejection
from watchfloor.ingest import read_inputs
from watchfloor.ingest.bulk import read_csv, read_jsonl

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "wikinews_2019_2020_clean.jsonl"


def _jsonl(lines: list[str]) -> list[Article | Rejection]:
    data = "\n".join(lines).encode()
    return list(read_jsonl(io.BytesIO(data), name="batch.jsonl", max_bytes=10_000))


def test_jsonl_records_become_articles_with_their_fields() -> None:
    record = {
        "id": "wire:1",
        "url": "https://wire.example/1",
        "title": "Talks in Geneva",
        "text": "Delegations met in Geneva.\r\n\r\nThey agreed to meet again.",
        "published": "2023-11-11",
        "source": "Wire",
    }
    (article,) = _jsonl([json.dumps(record)])
    assert isinstance(article, Article)
    assert article.text == "Delegations met in Geneva.\n\nThey agreed to meet again."
    assert (article.title, article.url, article.source) == (
        "Talks in Geneva",
        "https://wire.example/1",
        "Wire",
    )
    assert article.published == date(2023, 11, 11)
    assert article.origin == "wire:1"


def test_only_text_is_required_and_origin_falls_back_to_file_and_line() -> None:
    (article,) = _jsonl(['{"text": "Sanctions were announced."}'])
    assert isinstance(article, Article)
    assert (article.title, article.published, article.origin) == (None, None, "batch.jsonl:1")


def test_bad_jsonl_lines_are_rejected_by_line_and_the_rest_goes_in() -> None:
    results = _jsonl(
        [
            '{"text": "First article."}',
            '{"text": "unterminated',
            "",
            '["a list"]',
            '{"title": "no text"}',
            '{"text": "Has a number.", "published": 20231111}',
            '{"text": "Last article."}',
        ]
    )
    assert [r.text for r in results if isinstance(r, Article)] == [
        "First article.",
        "Last article.",
    ]
    rejected = {r.name: r.reason for r in results if isinstance(r, Rejection)}
    assert list(rejected) == ["batch.jsonl:2", "batch.jsonl:4", "batch.jsonl:5", "batch.jsonl:6"]
    assert "not valid JSON" in rejected["batch.jsonl:2"]
    assert "not an object" in rejected["batch.jsonl:4"]
    assert "no 'text' field" in rejected["batch.jsonl:5"]
    assert "field 'published' is int, not a string" in rejected["batch.jsonl:6"]


def test_pretty_printed_json_is_one_rejection_for_the_file(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps({"text": "Talks began."}, indent=2), encoding="utf-8")
    (rejection,) = read_inputs([path])
    assert isinstance(rejection, Rejection) and rejection.name == str(path)
    assert rejection.reason.startswith(f"cannot read {path}: not JSON Lines (not valid JSON")
    assert rejection.reason.endswith("write one JSON object per line")


def test_a_record_over_the_limit_is_skipped_and_the_next_is_read() -> None:
    lines = [{"text": "First."}, {"text": "x " * 5000}, {"text": "Short one."}]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    _, too_big, article = read_jsonl(io.BytesIO(data), name="b.jsonl", max_bytes=1000)
    assert isinstance(too_big, Rejection) and too_big.name == "b.jsonl:2"
    assert "over 1000 bytes" in too_big.reason
    assert isinstance(article, Article) and article.text == "Short one."


def test_jsonl_line_in_latin1_is_rejected_naming_utf8() -> None:
    data = '{"text": "Geneva"}\n{"text": "Genève"}'.encode("latin-1")
    _, rejection = read_jsonl(io.BytesIO(data), name="b.jsonl", max_bytes=1000)
    assert isinstance(rejection, Rejection)
    assert "JSON Lines must be UTF-8" in rejection.reason


def test_corpus_file_reads_every_record(tmp_path: Path) -> None:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:3]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_inputs([sample]))
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == len(results) == 3
    first = json.loads(lines[0])
    assert articles[0].origin == first["id"]
    assert articles[0].published == date.fromisoformat(first["published"])


def test_bulk_file_larger_than_the_limit_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    records = [json.dumps({"text": f"Article number {n} about talks."}) for n in range(50)]
    path.write_text("\n".join(records), encoding="utf-8")
    results = list(read_inputs([path], max_bytes=200))
    assert len(results) == 50 and all(isinstance(r, Article) for r in results)


CSV_TEXT = (
    "id,url,title,text,published,source\r\n"
    'a1,https://x.example/1,Talks,"Delegations met.\r\n\r\nThey agreed.",November 11 2023,X\r\n'
    "a2,,No text,,2023-11-11,X\r\n"
    'a3,,Sanctions,"The EU announced sanctions, again.",,\r\n'
)


def test_csv_rows_become_articles_with_multiline_text() -> None:
    results = list(read_csv(io.BytesIO(CSV_TEXT.encode()), name="b.csv", max_bytes=10_000))
    first, rejection, third = results
    assert isinstance(first, Article)
    assert first.text == "Delegations met.\n\nThey agreed."
    assert (first.origin, first.url, first.source) == ("a1", "https://x.example/1", "X")
    # the row above spans lines 2-4
    assert isinstance(rejection, Rejection) and rejection.name == "b.csv:5"
    assert "no 'text' field" in rejection.reason
    assert isinstance(third, Article) and third.text == "The EU announced sanctions, again."
    assert third.source is None and third.published is None


def test_cp1252_csv_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("title,text\r\nZürich,“Talks” – in Zürich – ended.\r\n".encode("cp1252"))
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("Zürich", "“Talks” – in Zürich – ended.")
