"""What an article says beyond one sentence: headings, questions, FAQ, retractions, plans.

`DocumentContext.build(doc)` makes one pass over a parsed article and records
which sentences carry no news (headings, questions, a FAQ section), which
sentences a following sentence retracts ("This is just speculation."), and
which events were named as planned before a later sentence refers back to
them (`nlp/plans.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from watchfloor.nlp.plans import PlanIndex

# A heading is a short line with no closing punctuation, followed by more text.
MAX_HEADING_WORDS = 14
_LINE = re.compile(r"[^\n]+")
_CLOSING = re.compile(r"[.!?;:,…][\"'”’)\]]*\s*$")
_FAQ = re.compile(
    r"\b(?:frequently asked questions|faqs?|q\s*&\s*a|questions and answers)\b", re.IGNORECASE
)
_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")
_CLAIM = r"(?:claims?|reports?|accounts?|allegations?|information)"
_SUBJECT = rf"(?:(?:this|that|these|those)(?: {_CLAIM})?|it|such {_CLAIM}|the {_CLAIM})"
_RETRACTIONS = (
    re.compile(
        rf"^\W*(?:but |however,? )?{_SUBJECT} (?:is|was|are|were|remains?) "
        r"(?:(?:just|only|merely|mere|pure|purely|still|a|an) )*"
        r"(?:speculation|speculative|unconfirmed|unverified|rumou?rs?|hearsay|conjecture)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\W*(?:but |however,? )?{_SUBJECT} "
        r"(?:has|have|had|could|can|was|were|is|are)(?: not|n't|not) (?:yet )?(?:been |be )?"
        r"(?:independently )?(?:confirmed|verified|corroborated|substantiated)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:could|can)(?: not|n't|not) (?:independently )?(?:verify|confirm)"
        r"(?= (?:the|this|that|these|those|it|them)\b)",
        re.IGNORECASE,
    ),
)


@dataclass(frozen=True)
class DocumentContext:
    """Per-article facts the certainty grader needs beyond one sentence.

    `headings` are the character ranges of heading lines; `quiet` the start
    token of each sentence that is no event (a question, a heading, the FAQ);
    `retracted` maps a sentence's start token to the cue of the sentence that
    retracts it; `plans` the events the article names as planned or past.
    """

    headings: tuple[tuple[int, int], ...]
    quiet: frozenset[int]
    retracted: Mapping[int, str]
    plans: PlanIndex

    @classmethod
    def build(cls, doc: Doc) -> DocumentContext:
        """One linear pass over the lines and sentences of `doc`."""
        text = doc.text  # spaCy rebuilds doc.text on every read: read it once
        headings = tuple(_heading_lines(text))
        faq = _faq_sections(text, headings)
        quiet: set[int] = set()
        retracted: dict[int, str] = {}
        previous: Span | None = None
        for sent in doc.sents:
            body = _body(text, sent, headings)
            if not body or _QUESTION.search(body) or _inside(sent.start_char, faq):
                quiet.add(sent.start)
                continue
            cue = retraction_cue(body)
            if cue and previous is not None:
                retracted[previous.start] = cue
            previous = sent
        plans = PlanIndex.build(doc)
        return cls(headings, frozenset(quiet), MappingProxyType(retracted), plans)

    def is_eventful(self, sent: Span) -> bool:
        """False for questions, the questions and answers of a FAQ section, and headings."""
        return sent.start not in self.quiet

    def is_heading(self, token: Token) -> bool:
        """Whether `token` lies on a heading line (a title merged into the next sentence)."""
        return _inside(token.idx, self.headings)

    def planned_reference(self, trigger: Token) -> str | None:
        """The cue of an earlier plan that the definite event noun `trigger` refers back to."""
        return self.plans.planned_reference(trigger)

    def retraction(self, sent: Span) -> str | None:
        """The cue of the next sentence that retracts `sent` ("this is just speculation")."""
        return self.retracted.get(sent.start)


def retraction_cue(text: str) -> str | None:
    """The retraction phrase at the start of `text`, lower-cased, if there is one."""
    for pattern in _RETRACTIONS:
        match = pattern.search(text)
        if match:
            return " ".join(match.group(0).strip(" \t\n,;\"'“”‘’").lower().split())
    return None


def _heading_lines(text: str) -> Iterator[tuple[int, int]]:
    lines = list(_LINE.finditer(text))
    for line in lines[:-1]:  # a heading has text after it
        if _is_heading(line.group(0).strip()):
            yield line.start(), line.end()


def _is_heading(content: str) -> bool:
    words = content.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and any(c.isalpha() for c in content)
        and not _CLOSING.search(content)
    )


def _faq_sections(text: str, headings: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    sections = []
    for index, (start, end) in enumerate(headings):
        if _FAQ.search(text[start:end]):
            stop = headings[index + 1][0] if index + 1 < len(headings) else len(text)
            sections.append((start, stop))
    return tuple(sections)


def _body(text: str, sent: Span, headings: tuple[tuple[int, int], ...]) -> str:
    """The sentence's text without any heading line merged into it."""
    start, end = sent.start_char, sent.end_char
    for h_start, h_end in headings:
        if h_start <= start < h_end:
            start = min(h_end, end)
    return text[start:end].strip()


def _inside(offset: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in ranges)
