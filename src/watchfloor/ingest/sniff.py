"""Content sniffing: what kind of input a byte string is, whatever its name says.

Only the first bytes are looked at. Binary formats are refused by their magic
numbers (or NUL bytes without a UTF-16/32 byte-order mark); markup is told
apart by its root element; bulk files by their first line.
"""

from __future__ import annotations

import csv
import re
from enum import StrEnum

from watchfloor.errors import UnsupportedInputError
from watchfloor.ingest.decode import bom_encoding

HEAD_BYTES = 65_536
BULK_FIELDS = frozenset({"id", "url", "title", "text", "published", "source"})

_MAGIC: tuple[bytes, ...] = (
    b"%PDF",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # zip, docx, xlsx, epub
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",  # OLE: doc, xls, msg
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"RIFF",  # wav, webp, avi
    b"OggS",
    b"ID3",  # mp3
    b"\x7fELF",
    b"SQLite format 3\x00",
    b"\x00asm",
)
_FEED_ROOT = re.compile(r"<(?:!DOCTYPE\s+)?(?:rss|feed|rdf:RDF)[\s>\[]", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(?:!DOCTYPE\s+html|html|head|body)[\s>]", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"[A-Za-z_][\w -]{0,39}")


class Kind(StrEnum):
    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"
    CSV = "csv"


def sniff(head: bytes, name: str) -> Kind:
    """The kind of input whose first bytes are `head`; UnsupportedInputError if none we read."""
    _refuse_binary(head, name)
    text = _head_text(head).lstrip()
    if not text:
        raise UnsupportedInputError(name, "empty file; pass a file with article text")
    if text.startswith("{"):
        return Kind.JSONL
    if text.startswith("<"):
        return _markup_kind(text[:HEAD_BYTES])
    if _is_bulk_header(text.split("\n", 1)[0]):
        return Kind.CSV
    return Kind.HTML if _HTML_ROOT.search(text[:1024]) else Kind.TEXT


def first_bytes(data: bytes, count: int = 4) -> str:
    """The first bytes, printable ASCII as is and the rest as \\x escapes."""
    return "".join(chr(b) if 32 <= b < 127 else f"\\x{b:02x}" for b in data[:count])


def _refuse_binary(head: bytes, name: str) -> None:
    is_binary = head.startswith(_MAGIC) or (
        b"\x00" in head[:8192] and bom_encoding(head) not in ("utf-16", "utf-32")
    )
    if is_binary:
        raise UnsupportedInputError(
            name,
            f"binary file (first bytes '{first_bytes(head)}'); "
            "pass a text, HTML, feed, JSONL or CSV file",
        )


def _head_text(head: bytes) -> str:
    """The head decoded well enough to read markup and headers (not the final decoding)."""
    return head.decode(bom_encoding(head) or "utf-8", errors="replace").lstrip("\ufeff")


def _markup_kind(text: str) -> Kind:
    if _FEED_ROOT.search(text) and not _HTML_ROOT.search(text):
        return Kind.FEED
    if text.startswith("<?xml") and not _HTML_ROOT.search(text):
        return Kind.FEED  # XML that is not XHTML: the feed reader says what is wrong with it
    return Kind.HTML


def _is_bulk_header(line: str) -> bool:
    if "," not in line:
        return False
    fields = [field.strip().lower() for field in next(csv.reader([line]))]
    return "text" in fields and all(_HEADER_FIELD.fullmatch(field) for field in fields)
