from __future__ import annotations

import codecs
import random

import pytest

from watchfloor.errors import DecodeError
from watchfloor.ingest.decode import declared_charset, decode_bytes, stream_codec

FRENCH = "Le ministre a visité Genève après la réunion à Bâle. Ça s’est bien passé."
ENGLISH_CP1252 = "The minister’s “frank” talks – in Zürich – ended. Déjà vu, said Ségolène."


@pytest.mark.parametrize(
    "data",
    [
        FRENCH.encode("utf-8"),
        codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
        codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom"],
)
def test_unicode_encodings_decode_exactly(data: bytes) -> None:
    assert decode_bytes(data, "article.txt") == FRENCH


def test_cp1252_quotes_and_dashes_decode() -> None:
    assert decode_bytes(ENGLISH_CP1252.encode("cp1252"), "a.txt") == ENGLISH_CP1252


def test_latin1_french_decodes_without_central_european_letters() -> None:
    text = "Le ministre a visité Genève après la réunion à Bâle. Ça marche très bien."
    assert decode_bytes(text.encode("latin-1"), "a.txt") == text


def test_declared_html_charset_is_used_when_not_utf8() -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body>Coût: 5 €</body></html>'
    assert "5 €" in decode_bytes(page.encode("iso-8859-15"), "page.html")


def test_http_content_type_charset_is_found() -> None:
    assert declared_charset(b"<p>x</p>", "text/html; charset=Windows-1252") == "cp1252"


def test_random_bytes_are_no_text() -> None:
    rng = random.Random(7)
    noise = bytes(rng.randrange(128, 256) for _ in range(4000))
    with pytest.raises(DecodeError, match=r"no known text encoding.*convert the file to UTF-8"):
        decode_bytes(noise, "noise.bin")


def test_control_characters_are_no_text() -> None:
    data = b"Ok \x01\x02\x10\x1b\x7f" * 100
    with pytest.raises(DecodeError, match="control characters"):
        decode_bytes(data, "ctl.txt")


def test_broken_utf16_after_its_bom_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "bad.txt")


def test_stream_codec_accepts_utf8_cut_inside_a_character() -> None:
    head = "Genève".encode()[:4]  # ends inside the two bytes of "è"
    assert stream_codec(head) == "utf-8-sig"
