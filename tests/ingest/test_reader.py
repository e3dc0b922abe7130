from __future__ import annotations

import codecs
import random
import time
from pathlib import Path

from watchfloor.domain import Article, Rejection
from watchfloor.ingest import read_inputs

ARTICLE = "Kim Jong Un will travel to Russia to discuss an arms deal with Vladimir Putin."
PAGE = (
    "<!DOCTYPE html><html><head><title>Talks</title></head><body><article>"
    "<p>Delegations from both sides met in Geneva to discuss a ceasefire.</p>"
    "</article></body></html>"
)
ATOM = (
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
    "<entry><title>Sanctions</title><summary>The EU announced sanctions.</summary></entry></feed>"
)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_one_bad_input_per_rejection_and_the_batch_goes_on(tmp_path: Path) -> None:
    noise = random.Random(5)
    inputs = [
        _write(tmp_path / "first.txt", ARTICLE),
        _write(tmp_path / "report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        _write(tmp_path / "chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        _write(tmp_path / "empty.txt", b""),
        _write(tmp_path / "noise.txt", bytes(noise.randrange(128, 256) for _ in range(3000))),
        tmp_path / "missing.txt",
        _write(tmp_path / "last.txt", "Talks in Geneva ended without agreement."),
    ]
    results = list(read_inputs(inputs))
    assert [type(r).__name__ for r in results] == ["Article"] + ["Rejection"] * 5 + ["Article"]
    reasons = [r.reason for r in results if isinstance(r, Rejection)]
    assert reasons == [
        f"cannot read {inputs[1]}: binary file (first bytes '%PDF'); "
        "pass a text, HTML, feed, JSONL or CSV file",
        f"cannot read {inputs[2]}: binary file (first bytes '\\x89PNG'); "
        "pass a text, HTML, feed, JSONL or CSV file",
        f"cannot read {inputs[3]}: empty file; pass a file with article text",
        f"cannot read {inputs[4]}: bytes that are no known text encoding (not UTF-8, no "
        "byte-order mark, no legacy code page fits); convert the file to UTF-8",
        f"cannot read {inputs[5]}: no such file or directory; check the path",
    ]
    assert [r.name for r in results if isinstance(r, Rejection)] == [str(p) for p in inputs[1:6]]


def test_directories_are_read_recursively_by_content_skipping_hidden(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "story.dat", PAGE)
    _write(tmp_path / "a" / "b" / "headlines.txt", ATOM)
    _write(tmp_path / "c.md", ARTICLE)
    _write(tmp_path / ".hidden.txt", "A hidden note that must not be read.")
    _write(tmp_path / ".git" / "notes.txt", "Inside a hidden folder.")
    results = list(read_inputs([tmp_path]))
    assert all(isinstance(r, Article) for r in results)
    assert [(Path(r.origin or "").name, r.title) for r in results if isinstance(r, Article)] == [
        ("c.md", None),  # a folder's own files first, then its subfolders, each sorted
        ("story.dat", "Talks"),
        ("headlines.txt", "Sanctions"),
    ]


def test_oversized_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "huge.txt", ARTICLE * 200)
    with path.open("r+b") as stream:
        stream.truncate(8 * 1024**3)  # sparse: reading it all would take minutes
    started = time.perf_counter()
    (rejection,) = read_inputs([path])
    assert time.perf_counter() - started < 2.0
    assert rejection == Rejection(
        str(path),
        f"cannot read {path}: over the size limit of 20000000 bytes; "
        "split it or raise the size limit",
    )


def test_max_bytes_is_the_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", ARTICLE)
    (rejection,) = read_inputs([path], max_bytes=20)
    assert isinstance(rejection, Rejection) and "size limit of 20 bytes" in rejection.reason
    (article,) = read_inputs([path], max_bytes=len(ARTICLE))
    assert isinstance(article, Article)


def test_utf16_text_file_reads_like_utf8(tmp_path: Path) -> None:
    utf8 = _write(tmp_path / "utf8.txt", ARTICLE)
    utf16 = _write(tmp_path / "utf16.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    (first,) = read_inputs([utf8])
    (second,) = read_inputs([utf16])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.text) == (second.id, second.text)


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "blank.txt", " \n\n\t\n")
    (rejection,) = read_inputs([path])
    assert isinstance(rejection, Rejection) and "empty file" in rejection.reason


def test_string_paths_are_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", ARTICLE)
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.origin == str(path)
