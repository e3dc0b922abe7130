from __future__ import annotations

import codecs

import pytest

from watchfloor.errors import UnsupportedInputError
from watchfloor.ingest.sniff import Kind, first_bytes, sniff

RSS = b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title></channel></rss>'


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"Kim Jong Un will travel to Russia.", Kind.TEXT),
        (b" date 2023-11-11 US intelligence reports", Kind.TEXT),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", Kind.HTML),
        (b"\n\n<html lang='en'><head></head></html>", Kind.HTML),
        (b"<div><p>A fragment of a page</p></div>", Kind.HTML),
        (
            b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
            Kind.HTML,
        ),
        (RSS, Kind.FEED),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>', Kind.FEED),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', Kind.FEED),
        (b'<?xml version="1.0"?><catalog><book/></catalog>', Kind.FEED),
        (codecs.BOM_UTF16_LE + RSS.decode().encode("utf-16-le"), Kind.FEED),
        (b'{"text": "Talks began.", "title": "Talks"}\n', Kind.JSONL),
        (b"id,url,title,text,published,source\n1,,T,Talks began.,2023-11-11,X\n", Kind.CSV),
        (codecs.BOM_UTF8 + b"Title, Text\nT,Talks\n", Kind.CSV),
        (b"The text, he said, was agreed.\n\nMore.", Kind.TEXT),
    ],
)
def test_kind_comes_from_the_bytes(head: bytes, kind: Kind) -> None:
    assert sniff(head, "input.dat") is kind


@pytest.mark.parametrize(
    ("head", "shown"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "%PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "\\x89PNG"),
        (b"PK\x03\x04\x14\x00", "PK\\x03\\x04"),
        (b"\x1f\x8b\x08\x00", "\\x1f\\x8b\\x08\\x00"),
        (b"text then\x00nul bytes", "text"),
    ],
)
def test_binary_files_are_refused_naming_their_first_bytes(head: bytes, shown: str) -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        sniff(head, "report.txt")
    assert str(caught.value) == (
        f"cannot read report.txt: binary file (first bytes '{shown}'); "
        "pass a text, HTML, feed, JSONL or CSV file"
    )


@pytest.mark.parametrize("head", [b"", b"  \n\t\n", codecs.BOM_UTF8 + b"\n"])
def test_blank_input_is_empty(head: bytes) -> None:
    with pytest.raises(UnsupportedInputError, match="empty file"):
        sniff(head, "blank.txt")


def test_first_bytes_escapes_what_is_not_printable() -> None:
    assert first_bytes(b"\x89PNG") == "\\x89PNG"
