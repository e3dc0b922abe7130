"""Bytes to text: byte-order marks, UTF-8, a declared charset, then detection.

The order is: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; the
charset the HTTP header, an HTML `<meta>` or an XML declaration names;
charset-normalizer. When charset-normalizer ranks cp1252 (the usual legacy
encoding of English text, a superset of printable latin-1) about as plausible
as its first guess, cp1252 wins: its guesses between Western and Central
European code pages are close calls on short texts.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from watchfloor.errors import DecodeError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CP1252_MARGIN = 0.1  # how much more chaos than the first guess cp1252 may show
_MAX_CONTROL_SHARE = 0.01  # control characters in real text: next to none
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")


def bom_encoding(data: bytes) -> str | None:
    """The codec a leading byte-order mark names, or None."""
    return next((codec for bom, codec in BOMS if data.startswith(bom)), None)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset a Content-Type header, `<meta>` or XML declaration names, if known."""
    for source in (content_type.encode("ascii", "replace") if content_type else b"", data[:4096]):
        match = _DECLARED.search(source)
        if match:
            name = match.group(1).decode("ascii")
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return None


def decode_bytes(data: bytes, name: str, content_type: str | None = None) -> str:
    """The text `data` holds; DecodeError when it is no known text encoding."""
    text = _decode(data, name, content_type)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(
            name,
            "the bytes decode to control characters, not text; pass a text file (UTF-8 is best)",
        )
    return text


def _decode(data: bytes, name: str, content_type: str | None) -> str:
    bom = bom_encoding(data)
    if bom:
        return _strict(data, bom, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return _detect(data, name)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            name,
            f"starts with a {codec} byte-order mark but is not {codec} ({exc.reason}); "
            "re-save it as UTF-8",
        ) from exc


def _detect(data: bytes, name: str) -> str:
    codec = detect_codec(data)
    if codec is None:
        raise DecodeError(
            name,
            "bytes that are no known text encoding (not UTF-8, no byte-order mark, "
            "no legacy code page fits); convert the file to UTF-8",
        )
    return data.decode(codec, errors="replace")


def detect_codec(data: bytes) -> str | None:
    """charset-normalizer's codec for `data` (cp1252 on a close call), or None."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + _CP1252_MARGIN:
            try:
                data.decode("cp1252")
            except UnicodeDecodeError:
                break
            return "cp1252"
    return best.encoding


def stream_codec(head: bytes) -> str:
    """The codec for a file streamed in pieces, judged from its first bytes."""
    bom = bom_encoding(head)
    if bom:
        return bom
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return detect_codec(head) or "cp1252"
    return "utf-8-sig"


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for char in text if char not in _ALLOWED_CONTROLS and unicodedata.category(char) == "Cc"
    )
    return controls / len(text)
