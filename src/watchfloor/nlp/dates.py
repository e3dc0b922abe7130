"""Event dates: the date expression in a trigger's clause, resolved against publication.

Precision is honest: "In July" gives a month, "last year" a year, "on
Wednesday" a day, and "in the coming weeks" keeps its text with no value.
Words that need the publication date ("In July", "yesterday") stay unknown
when it is not known. The modal "may" is never the month: only "May" with a
day, a year or a preposition before it is. A period longer than a year ("in the
1970s", "the 1991-1995 war", "between 1991 and 1995") has no value either, not
its first year; `period_end` gives the last year it covers, by which an event of
a period long past is known to be background.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from spacy.tokens import Span, Token

from watchfloor.domain import DatePrecision, EventDate
from watchfloor.monthnames import MONTHS
from watchfloor.nlp.clauses import clause_tokens, entity, is_future, phrase, shared_heads

# Clauses inside a phrase whose dates are their own.
INNER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
WEEKDAYS: dict[str, int] = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
DAY_WORDS: dict[str, int] = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "tomorrow": 1,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

# Full month names in any case except "may"; "May" and abbreviations capitalised.
_OTHER_MONTHS = (
    r"(?i:january|february|march|april|june|july|august|september|october|november|december)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MONTH = rf"(?P<month>{_OTHER_MONTHS}|May)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_NUMBER = r"(?P<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
# Words after which a capitalised "May" is the month ("in May", "early May").
_BEFORE_MAY = (
    r"in|on|since|until|till|by|during|early|mid|late|last|next|this|of|through|from"
    r"|before|after|throughout|between|and|to"
)

ISO_DAY = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
ISO_MONTH = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})\b")
DAY_MONTH = re.compile(rf"\b{_DAY}(?: of)? {_MONTH}(?:,? {_YEAR})?\b")
MONTH_DAY = re.compile(rf"\b{_MONTH} {_DAY}\b(?:,? {_YEAR}\b)?")
MONTH_YEAR = re.compile(rf"\b{_MONTH},? {_YEAR}\b")
MONTH_ALONE = re.compile(
    rf"(?<![\w-])(?P<month>{_OTHER_MONTHS})(?!\w)"
    rf"|\b(?i:{_BEFORE_MAY})[ -](?P<may>May)\b"
    r"|^\s*(?P<only>May)\s*$"
)
YEAR = re.compile(rf"(?<![\d-]){_YEAR}(?![\d-]|s\b)")
_END = r"(?P<end>1[5-9]\d\d|20\d\d)"
PERIODS = (
    re.compile(rf"(?<![\d-]){_YEAR}\s*[-–]\s*{_END}(?![\d-])"),  # "1991-1995"
    re.compile(rf"\b(?:from|between) {_YEAR} (?:to|and|until) {_END}\b"),
    re.compile(r"\b(?P<decade>(?:1[5-9]|20)\d)0s\b"),  # "the 1970s"
)
# Wars an act is placed "during" or "in", with the year they ended: "murdered officers
# during World War Two" is history. "Since World War Two" only measures, so it is none.
_WAR_ONE = r"(?:World War (?:I|One|1)|(?:First World|Great) War)"
_WAR_TWO = r"(?:World War (?:II|Two|2)|Second World War)"
NAMED_PERIODS = tuple(
    (re.compile(rf"\b(?:during|in|throughout) (?:the )?{name}(?![\w-])", re.IGNORECASE), end)
    for name, end in (
        (_WAR_ONE, 1918),
        (_WAR_TWO, 1945),
        (r"Korean War", 1953),
        (r"Vietnam War", 1975),
        (r"Cold War", 1991),
        (r"Iran-Iraq War", 1988),
    )
)
DAY_WORD = re.compile(r"\b(?P<word>" + "|".join(DAY_WORDS) + r")\b", re.IGNORECASE)
WEEKDAY = re.compile(
    r"\b(?:(?P<which>last|next|this|on)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
AGO = re.compile(rf"\b{_NUMBER} (?P<unit>day|month|year)s? ago\b", re.IGNORECASE)
RELATIVE = re.compile(
    r"\b(?P<which>last|this|next|earlier this|later this|coming) (?P<unit>month|year)\b",
    re.IGNORECASE,
)
VAGUE = re.compile(
    r"\b(?:coming|recent|recently|soon|shortly|earlier|later|upcoming|ahead|weekend|"
    r"(?:last|this|next|coming) (?:days?|weeks?|decades?|few)|"
    r"(?:past|previous) (?:days?|weeks?|months?|years?|decades?|few)|"
    r"\d{1,3}\s+(?:days|weeks|months|years)|(?:1[5-9]|20)\d0s|decades?|centur(?:y|ies))\b",
    re.IGNORECASE,
)
PROSPECTIVE = re.compile(
    r"\b(?:coming|next|upcoming|tomorrow|later this|later in the|soon|shortly|ahead)\b",
    re.IGNORECASE,
)


def parse_date_expression(text: str, published: date | None, *, future: bool = False) -> EventDate:
    """The date `text` names, resolved against `published`; never raises.

    `future` resolves a bare month or weekday forward (the next July) instead of
    back (the most recent July). Text that names no date, or a date that needs
    an unknown publication date, gives precision unknown with the text kept.
    """
    cleaned = " ".join(text.split())
    found = match_date(cleaned, published, future=future)
    return found or EventDate(None, DatePrecision.UNKNOWN, cleaned or None)


def match_date(text: str, published: date | None, *, future: bool = False) -> EventDate | None:
    """Like `parse_date_expression`, but None when `text` holds no date expression at all."""
    for rule in _RULES:
        try:
            found = rule(text, published, future)
        except (ValueError, OverflowError):
            return EventDate(None, DatePrecision.UNKNOWN, text)
        if found is not None:
            return found
    return None


def resolve_event_date(trigger: Token, published: date | None) -> EventDate | None:
    """The date of the event `trigger` names, from a date expression in its clause.

    The clause of a conjunct or purpose clause without its own date falls back on
    its head's ("arrived on Wednesday and met Putin"). None when the clause
    names no date: unknown stays unknown, never the publication date.
    """
    future = is_future(trigger)
    for head in shared_heads(trigger):
        for span in date_phrases(head):
            found = match_date(" ".join(span.text.split()), published, future=future)
            if found is not None:
                return found
    return None


def date_phrases(trigger: Token) -> Iterator[Span]:
    """Date entities and time phrases of the trigger's own clause, nearest first.

    A clause that modifies a noun ("an agreement to build the pipeline *by 2025*", "rebels
    who entered the country *two years ago*") keeps its date, and a year inside a name
    ("the *Zrinyi 2026* programme") is none.
    """
    clause = sorted(_own_clause(trigger), key=lambda t: abs(t.i - trigger.i))
    members = {t.i for t in clause}
    for ent in _date_entities(clause):
        if ent.root.i in members and ent.root.i != trigger.i and not _in_name(ent):
            yield ent
    for token in clause:
        if token.dep_ in ("prep", "npadvmod", "advmod", "tmod") and token.i != trigger.i:
            yield _clause_free(phrase(token), token)


def _clause_free(span: Span, head: Token) -> Span:
    """The phrase up to the first clause inside it: "to rebels [who entered the country
    two years ago]" is no date of granting them asylum."""
    opening = (
        t.left_edge.i
        for t in head.subtree
        if t.i != head.i and (t.dep_ in INNER_CLAUSES or (t.dep_ == "conj" and t.pos_ == "VERB"))
    )
    cut = min((i for i in opening if i > span.start), default=span.end)
    return span.doc[span.start : min(cut, span.end)]


def _own_clause(trigger: Token) -> list[Token]:
    """`clause_tokens` without the subtrees of clauses that modify a noun (acl)."""
    tokens = list(clause_tokens(trigger))
    inner = {
        t.i
        for token in tokens
        if token.dep_ == "acl" and token.i != trigger.i
        for t in token.subtree
    }
    return [t for t in tokens if t.i not in inner]


def _in_name(ent: Span) -> bool:
    """A number that is part of a proper name: "Zrinyi 2026", "Vision 2030"."""
    root = ent.root
    return root.dep_ in ("nummod", "compound", "appos") and root.head.pos_ == "PROPN"


def _date_entities(clause: list[Token]) -> list[Span]:
    """The DATE entities that cover any token of `clause`, in text order.

    Read from the tokens' entity tags, not `doc.ents`, which spaCy rebuilds for
    the whole document on every read.
    """
    spans: dict[int, Span] = {}
    for token in clause:
        if token.ent_type_ == "DATE":
            span = entity(token)
            spans[span.start] = span
    return [spans[start] for start in sorted(spans)]


def is_prospective(text: str) -> bool:
    """Whether a time phrase points ahead ("in the coming weeks", "next month", "soon")."""
    return bool(PROSPECTIVE.search(text))


# -- rules, most specific first ------------------------------------------------------

Rule = Callable[[str, date | None, bool], EventDate | None]


def _iso(text: str, published: date | None, future: bool) -> EventDate | None:
    if m := ISO_DAY.search(text):
        value = date(int(m["year"]), int(m["month"]), int(m["day"]))
        return EventDate(value.isoformat(), DatePrecision.DAY, text)
    if m := ISO_MONTH.search(text):
        return _month(int(m["year"]), int(m["month"]), text)
    return None


def _day_month(text: str, published: date | None, future: bool) -> EventDate | None:
    m = DAY_MONTH.search(text) or MONTH_DAY.search(text)
    if m is None:
        return None
    month, day = _month_number(m["month"]), int(m["day"])
    if m["year"]:
        return EventDate(date(int(m["year"]), month, day).isoformat(), DatePrecision.DAY, text)
    if published is None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    year = published.year
    candidate = date(year, month, day)
    if future and candidate < published:
        candidate = date(year + 1, month, day)
    elif not future and candidate > published:
        candidate = date(year - 1, month, day)
    return EventDate(candidate.isoformat(), DatePrecision.DAY, text)


def _month_year(text: str, published: date | None, future: bool) -> EventDate | None:
    if m := MONTH_YEAR.search(text):
        return _month(int(m["year"]), _month_number(m["month"]), text)
    return None


def _month_alone(text: str, published: date | None, future: bool) -> EventDate | None:
    m = MONTH_ALONE.search(text)
    if m is None:
        return None
    if published is None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    month = _month_number(m["month"] or m["may"] or m["only"])
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return _month(year, month, text)


def _year(text: str, published: date | None, future: bool) -> EventDate | None:
    if m := YEAR.search(text):
        return EventDate(f"{int(m['year']):04d}", DatePrecision.YEAR, text)
    return None


def _day_word(text: str, published: date | None, future: bool) -> EventDate | None:
    m = DAY_WORD.search(text)
    if m is None:
        return None
    if published is None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    value = published + timedelta(days=DAY_WORDS[m["word"].lower()])
    return EventDate(value.isoformat(), DatePrecision.DAY, text)


def _weekday(text: str, published: date | None, future: bool) -> EventDate | None:
    m = WEEKDAY.search(text)
    if m is None:
        return None
    if published is None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    which = (m["which"] or "").lower()
    weekday = WEEKDAYS[m["weekday"].lower()]
    ahead = (weekday - published.weekday()) % 7
    if which == "next" or (future and which != "last"):
        days = ahead or (7 if which == "next" else 0)
    else:
        behind = (published.weekday() - weekday) % 7
        days = -(behind or (7 if which == "last" else 0))
    value = published + timedelta(days=days)
    return EventDate(value.isoformat(), DatePrecision.DAY, text)


def _ago(text: str, published: date | None, future: bool) -> EventDate | None:
    m = AGO.search(text)
    if m is None:
        return None
    if published is None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    count = NUMBER_WORDS.get(m["count"].lower()) or int(m["count"])
    unit = m["unit"].lower()
    if unit == "day":
        return EventDate((published - timedelta(days=count)).isoformat(), DatePrecision.DAY, text)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 - count, 12)
        return _month(year, month + 1, text)
    return EventDate(f"{published.year - count:04d}", DatePrecision.YEAR, text)


def _relative(text: str, published: date | None, future: bool) -> EventDate | None:
    m = RELATIVE.search(text)
    if m is None:
        return None
    which = m["which"].lower()
    if which == "coming":
        return EventDate(None, DatePrecision.UNKNOWN, text)
    if published is None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    step = {"last": -1, "next": 1}.get(which, 0)
    if m["unit"].lower() == "year":
        return EventDate(f"{published.year + step:04d}", DatePrecision.YEAR, text)
    year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
    return _month(year, month + 1, text)


def _period(text: str, published: date | None, future: bool) -> EventDate | None:
    if period_end(text) is not None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    return None


def period_end(text: str | None) -> int | None:
    """The last year of a period `text` names ("the 1970s": 1979, "1991-1995": 1995,
    "during World War Two": 1945)."""
    for named, end in NAMED_PERIODS:
        if named.search(text or ""):
            return end
    for pattern in PERIODS:
        if m := pattern.search(text or ""):
            groups = m.groupdict()
            return int(groups["decade"]) * 10 + 9 if "decade" in groups else int(groups["end"])
    return None


def _vague(text: str, published: date | None, future: bool) -> EventDate | None:
    if VAGUE.search(text):
        return EventDate(None, DatePrecision.UNKNOWN, text)
    return None


_RULES: tuple[Rule, ...] = (
    _iso,
    _day_month,
    _month_year,
    _ago,
    _relative,
    _month_alone,
    _period,
    _year,
    _day_word,
    _weekday,
    _vague,
)


def _month(year: int, month: int, text: str) -> EventDate:
    date(year, month, 1)  # raises ValueError for a month or year out of range
    return EventDate(f"{year:04d}-{month:02d}", DatePrecision.MONTH, text)


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]
