from __future__ import annotations

from datetime import date
from pathlib import Path

from watchfloor.domain import Article
from watchfloor.ingest import article_id, read_inputs
from watchfloor.ingest.text import read_text, split_date_token, split_title


def _read(text: str) -> Article:
    return read_text(text, name="a.txt", source="a.txt", origin="a.txt")


def _only_article(path: Path) -> Article:
    (result,) = read_inputs([path])
    assert isinstance(result, Article), result
    return result


def test_seed_date_token_becomes_the_publication_date(seed_paths: list[Path]) -> None:
    article = _only_article(seed_paths[0])
    assert article.published == date(2023, 11, 11)
    assert not article.text.startswith("date")
    assert article.text.startswith("US intelligence reports indicate that North Korea")
    assert article.title is None
    assert article.source == seed_paths[0].name
    assert article.origin == str(seed_paths[0])
    assert article.id == article_id(article.text)


def test_seed_headline_becomes_the_title_and_leaves_the_body(seed_paths: list[Path]) -> None:
    article = _only_article(seed_paths[1])
    assert article.title == "Kim Jong Un Will Meet With Putin"
    assert article.text.startswith("( – The Supreme Leader of North Korea")
    assert "Will Meet With Putin" not in article.text
    assert article.published is None


def test_date_token_may_end_its_own_line() -> None:
    article = _read("date 2023-09-05\nKim Jong Un will travel to Russia.")
    assert article.published == date(2023, 9, 5)
    assert article.text == "Kim Jong Un will travel to Russia."


def test_date_token_with_a_colon() -> None:
    assert split_date_token("Date: 2023-11-11 Talks began.") == (date(2023, 11, 11), "Talks began.")


def test_a_date_token_that_is_no_day_stays_in_the_text() -> None:
    assert split_date_token("date 2023-13-45 Talks") == (None, "date 2023-13-45 Talks")


def test_the_word_date_inside_a_sentence_is_not_a_token() -> None:
    article = _read("The date 2023-11-11 was set for talks.")
    assert article.published is None
    assert article.text.startswith("The date")


def test_first_line_with_a_full_stop_is_body_not_title() -> None:
    assert split_title("Talks resumed today.\n\nBoth sides met.") == (
        None,
        "Talks resumed today.\n\nBoth sides met.",
    )


def test_single_paragraph_has_no_title() -> None:
    assert split_title("Kim Jong Un Will Meet With Putin") == (
        None,
        "Kim Jong Un Will Meet With Putin",
    )


def test_overlong_first_line_is_not_a_title() -> None:
    line = "word " * 40
    assert split_title(f"{line}\n\nBody.")[0] is None


def test_title_and_date_together() -> None:
    article = _read("date 2023-09-05 Kim Will Meet Putin\n\nKim Jong Un will travel to Russia.")
    assert (article.published, article.title) == (date(2023, 9, 5), "Kim Will Meet Putin")
    assert article.text == "Kim Jong Un will travel to Russia."


def test_same_text_with_windows_line_endings_gets_the_same_id(tmp_path: Path) -> None:
    unix = tmp_path / "unix.txt"
    windows = tmp_path / "windows.txt"
    unix.write_bytes(b"Talks began.\n\nThey ended.\n")
    windows.write_bytes(b"Talks began.  \r\n\r\n\r\nThey ended.\r\n")
    assert _only_article(unix).id == _only_article(windows).id
