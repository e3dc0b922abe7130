"""Event dates: date expressions resolved against the publication date, honestly."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from watchfloor.domain import DatePrecision, EventDate
from watchfloor.nlp.dates import parse_date_expression, period_end, resolve_event_date

SEED_DATE = date(2023, 11, 11)  # a Saturday


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("In July", SEED_DATE, "2023-07", DatePrecision.MONTH),
        ("in December", date(2024, 1, 5), "2023-12", DatePrecision.MONTH),
        ("in January", date(2023, 12, 30), "2023-01", DatePrecision.MONTH),
        ("on Wednesday", SEED_DATE, "2023-11-08", DatePrecision.DAY),
        ("on Saturday", SEED_DATE, "2023-11-11", DatePrecision.DAY),
        ("last Saturday", SEED_DATE, "2023-11-04", DatePrecision.DAY),
        ("on Tuesday", date(2024, 1, 1), "2023-12-26", DatePrecision.DAY),
        ("last year", SEED_DATE, "2022", DatePrecision.YEAR),
        ("last year", date(2024, 1, 5), "2023", DatePrecision.YEAR),
        ("last month", date(2024, 1, 5), "2023-12", DatePrecision.MONTH),
        ("earlier this month", SEED_DATE, "2023-11", DatePrecision.MONTH),
        ("on 12 March 2022", SEED_DATE, "2022-03-12", DatePrecision.DAY),
        ("March 12, 2022", None, "2022-03-12", DatePrecision.DAY),
        ("March 12", SEED_DATE, "2023-03-12", DatePrecision.DAY),
        ("December 31", date(2024, 1, 5), "2023-12-31", DatePrecision.DAY),
        ("May 5", SEED_DATE, "2023-05-05", DatePrecision.DAY),
        ("in May", SEED_DATE, "2023-05", DatePrecision.MONTH),
        ("May 2022", None, "2022-05", DatePrecision.MONTH),
        ("in 2019", None, "2019", DatePrecision.YEAR),
        ("yesterday", date(2024, 1, 1), "2023-12-31", DatePrecision.DAY),
        ("today", SEED_DATE, "2023-11-11", DatePrecision.DAY),
        ("three days ago", date(2024, 1, 2), "2023-12-30", DatePrecision.DAY),
        ("2023-07-12", None, "2023-07-12", DatePrecision.DAY),
    ],
)
def test_date_expression_resolves_against_publication(
    text: str, published: date | None, value: str, precision: DatePrecision
) -> None:
    assert parse_date_expression(text, published) == EventDate(value, precision, text)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("in July", SEED_DATE, "2024-07"),
        ("in December", date(2023, 12, 30), "2023-12"),
        ("in January", date(2023, 12, 30), "2024-01"),
        ("on Wednesday", SEED_DATE, "2023-11-15"),
        ("March 12", SEED_DATE, "2024-03-12"),
    ],
)
def test_future_verb_resolves_forward(text: str, published: date, value: str) -> None:
    assert parse_date_expression(text, published, future=True).value == value


@pytest.mark.parametrize(
    "text", ["in the coming weeks", "in the coming months", "soon", "recently", "next week"]
)
def test_vague_time_keeps_its_text_without_a_value(text: str) -> None:
    assert parse_date_expression(text, SEED_DATE) == EventDate(None, DatePrecision.UNKNOWN, text)


@pytest.mark.parametrize("text", ["may pave the way", "May pave the way", "they may meet"])
def test_modal_may_is_never_the_month(text: str) -> None:
    assert parse_date_expression(text, SEED_DATE).precision is DatePrecision.UNKNOWN


@pytest.mark.parametrize("text", ["In July", "yesterday", "on Wednesday", "March 12"])
def test_relative_date_without_publication_date_stays_unknown(text: str) -> None:
    assert parse_date_expression(text, None) == EventDate(None, DatePrecision.UNKNOWN, text)


def test_impossible_date_is_unknown() -> None:
    assert parse_date_expression("31 February 2022", None).precision is DatePrecision.UNKNOWN


# -- the trigger's clause --------------------------------------------------------


def test_seed_in_july_dates_the_shoigu_visit(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    found = resolve_event_date(find(seed_docs["000"], "visited"), SEED_DATE)
    assert found == EventDate("2023-07", DatePrecision.MONTH, "July")


def test_seed_coming_weeks_keeps_text_for_the_visit(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    trigger = find(seed_docs["004"], "visit", after="confident")
    assert resolve_event_date(trigger, SEED_DATE) == EventDate(
        None, DatePrecision.UNKNOWN, "the coming weeks"
    )


def test_seed_may_pave_the_way_has_no_month(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    found = resolve_event_date(find(seed_docs["000"], "pave"), SEED_DATE)
    assert found is None or found.precision is DatePrecision.UNKNOWN


def test_future_verb_takes_the_next_weekday(nlp: Any, find: Callable[..., Any]) -> None:
    doc = nlp("Kim will meet Putin on Wednesday.")
    assert resolve_event_date(find(doc, "meet"), SEED_DATE) == EventDate(
        "2023-11-15", DatePrecision.DAY, "Wednesday"
    )


def test_past_verb_takes_the_last_weekday(nlp: Any, find: Callable[..., Any]) -> None:
    doc = nlp("Kim met Putin on Wednesday.")
    found = resolve_event_date(find(doc, "met"), SEED_DATE)
    assert found is not None and found.value == "2023-11-08"


def test_date_of_another_clause_is_not_the_events(nlp: Any, find: Callable[..., Any]) -> None:
    doc = nlp("Officials said on Monday that Russian troops crossed the border.")
    assert resolve_event_date(find(doc, "crossed"), SEED_DATE) is None


def test_conjoined_verb_shares_its_heads_date(nlp: Any, find: Callable[..., Any]) -> None:
    doc = nlp("Kim arrived in Vladivostok on Wednesday and met Putin.")
    found = resolve_event_date(find(doc, "met"), SEED_DATE)
    assert found is not None and found.value == "2023-11-08"


def test_no_date_expression_gives_none_not_publication(nlp: Any, find: Callable[..., Any]) -> None:
    doc = nlp("Russian troops crossed the border.")
    assert resolve_event_date(find(doc, "crossed"), SEED_DATE) is None


# -- never raises, never more precise than the text --------------------------------

DAY_EVIDENCE = re.compile(r"\d|day|tonight|tomorrow|morning|afternoon|evening|night", re.I)
MONTH_EVIDENCE = re.compile(
    r"\d|month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|" + DAY_EVIDENCE.pattern, re.I
)
YEAR_EVIDENCE = re.compile(r"\d|year|" + MONTH_EVIDENCE.pattern, re.I)
WORDS = st.sampled_from(
    [
        "in",
        "on",
        "May",
        "may",
        "July",
        "last",
        "next",
        "year",
        "month",
        "Wednesday",
        "the",
        "coming",
        "weeks",
        "ago",
        "three",
        "yesterday",
        "2023",
        "12",
        "31",
        "-",
        ",",
        "of",
        "February",
        "2024-02-30",
        "1999-13",
        "earlier this",
        "soon",
        "29",
    ]
)
TEXTS = st.one_of(st.text(max_size=40), st.lists(WORDS, max_size=6).map(" ".join))
PUBLISHED = st.one_of(st.none(), st.dates())
SHAPES = {
    DatePrecision.DAY: re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    DatePrecision.MONTH: re.compile(r"^\d{4}-\d{2}$"),
    DatePrecision.YEAR: re.compile(r"^\d{4}$"),
}


@given(TEXTS, PUBLISHED, st.booleans())
def test_parse_never_raises_and_never_claims_more_precision(
    text: str, published: date | None, future: bool
) -> None:
    found = parse_date_expression(text, published, future=future)
    if found.precision is DatePrecision.UNKNOWN:
        assert found.value is None
        return
    assert found.value is not None and SHAPES[found.precision].match(found.value)
    evidence = {
        DatePrecision.DAY: DAY_EVIDENCE,
        DatePrecision.MONTH: MONTH_EVIDENCE,
        DatePrecision.YEAR: YEAR_EVIDENCE,
    }[found.precision]
    assert evidence.search(text)


def test_a_deadline_of_a_clause_on_a_noun_is_not_the_events(
    nlp: Any, find: Callable[..., Any]
) -> None:
    doc = nlp("The ministers met on Thursday to sign an agreement to build the pipeline by 2025.")
    found = resolve_event_date(find(doc, "sign"), SEED_DATE)
    assert found is not None and found.value == "2023-11-09"


def test_a_year_inside_a_name_is_no_date(nlp: Any, find: Callable[..., Any]) -> None:
    doc = nlp('Hungary launched a programme dubbed "Zrinyi 2026" on Monday.')
    found = resolve_event_date(find(doc, "launched"), SEED_DATE)
    assert found is None or found.value != "2026"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Freedonia granted asylum to six rebels who crossed the border two years ago.", "granted"),
        ("Sylvania paid compensation for assets that were seized in 1972.", "paid"),
    ],
)
def test_a_date_inside_a_clause_of_a_phrase_is_that_clauses(
    nlp: Any, find: Callable[..., Any], text: str, trigger: str
) -> None:
    assert resolve_event_date(find(nlp(text), trigger), SEED_DATE) is None


def test_a_date_phrase_before_a_clause_inside_it_still_dates(
    nlp: Any, find: Callable[..., Any]
) -> None:
    doc = nlp("Freedonia expelled the envoys in March, a month that began badly.")
    found = resolve_event_date(find(doc, "expelled"), SEED_DATE)
    assert found == EventDate("2023-03", DatePrecision.MONTH, "March")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("in the 1970s", 1979),
        ("the 1991-1995 war", 1995),
        ("between 1991 and 1995", 1995),
        ("during World War Two", 1945),
        ("in the Second World War", 1945),
        ("during the Cold War", 1991),
    ],
)
def test_a_period_has_no_value_but_an_end(text: str, end: int) -> None:
    found = parse_date_expression(text, date(2005, 1, 1))
    assert (found.value, found.precision, period_end(text)) == (None, DatePrecision.UNKNOWN, end)


def test_a_single_year_is_no_period() -> None:
    assert period_end("in 1995") is None


def test_a_war_that_only_measures_is_no_period() -> None:
    assert period_end("the worst fighting since World War Two") is None
