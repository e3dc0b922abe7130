"""Actor resolution: a phrase in isolation, or every actor mention of a parsed article."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from watchfloor.domain import Actor
from watchfloor.kb.base import KnowledgeBase, in_context
from watchfloor.kb.compose import Resolved, compose, span_text
from watchfloor.kb.coref import BARE_REFERENCE_SECTORS, COUNTRY_NOUNS, ArticleContext
from watchfloor.kb.model import Mention
from watchfloor.kb.names import fold
from watchfloor.kb.phrases import (
    PEOPLE_KINDS,
    Phrase,
    Segment,
    find_segments,
    group_phrases,
    names_a_pair,
    whole_phrase,
)
from watchfloor.kb.tokens import Tok, doc_tokens, piece_stream, text_tokens


class ActorResolver:
    """Resolves actor phrases against one knowledge base, at the article's date."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._names = kb.names

    def resolve_text(self, text: str, on: date | None = None) -> Actor | None:
        """The actor a phrase names ("Russian Defense Minister Sergei Shoigu"), or None."""
        toks = text_tokens(text)
        segments = self._segments(toks)
        phrase = whole_phrase(toks, segments)
        if phrase is None:
            return None
        resolved = compose(self.kb, toks, phrase, on)
        return replace(resolved.actor, text=text.strip()) if resolved else None

    def mentions(self, doc: Any, on: date | None = None) -> list[Mention]:
        """Every actor mention of a parsed article, sorted and non-overlapping."""
        toks = doc_tokens(doc)
        segments = self._segments(toks)
        context = ArticleContext.of(toks)
        found: list[Mention] = []
        for phrase in group_phrases(toks, segments):
            if names_a_pair(toks, phrase, self._names):
                continue
            mention = self._mention(toks, phrase, on, context)
            if mention is not None:
                found.append(mention)
        found += _later_references(toks, found, context)
        return sorted(found, key=lambda m: m.start)

    def _segments(self, toks: list[Tok]) -> list[Segment]:
        """The names in the tokens, a people's word that is also a first name kept only
        where it names the people ("Karen guerrillas", "the Karen")."""
        found = find_segments(self._names, piece_stream(toks))
        kept = [s for s in found if not self._first_name(toks, s, found)]
        return self._placed(toks, kept)

    def _first_name(self, toks: list[Tok], segment: Segment, found: list[Segment]) -> bool:
        """A `noun_only` people's word ("Karen") neither right before an agent noun nor
        after "the" with no capitalised word after it ("Karen Smith", "Karen said")."""
        if segment.kind != "ethnic":
            return False
        if tuple(fold(p) for p in segment.entries[0].surface) not in self.kb.noun_only:
            return False
        following = next((s for s in found if s.start == segment.end), None)
        if following is not None and following.kind == "agent":
            return False
        after = toks[segment.end] if segment.end < len(toks) else None
        definite = segment.start > 0 and toks[segment.start - 1].lower == "the"
        return not (definite and (after is None or not after.text[:1].isupper()))

    def _placed(self, toks: list[Tok], segments: list[Segment]) -> list[Segment]:
        """The segments, each place name that places of several countries bear taken as
        the one of the only country of those the rest of its sentence names ("Tripoli
        ... the north Lebanese port": Lebanon's Tripoli), else as the first listed."""
        sentence_of = ArticleContext.of(toks).sentence_of
        named: dict[int, set[str]] = {}
        for segment in segments:
            countries = self._countries_of(segment)
            if len(countries) == 1:
                named.setdefault(sentence_of[segment.start], set()).update(countries)
        placed: list[Segment] = []
        for segment in segments:
            if segment.kind == "place" and len(self._countries_of(segment)) > 1:
                near = frozenset(named.get(sentence_of[segment.start], ()))
                places = [self.kb.place_at(e.key) for e in segment.entries]
                chosen = places.index(in_context(places, near))
                entries = (
                    segment.entries[chosen],
                    *(e for e in segment.entries if e is not segment.entries[chosen]),
                )
                segment = replace(segment, entries=entries)
            placed.append(segment)
        return placed

    def _countries_of(self, segment: Segment) -> set[str]:
        """The countries a segment may name: its country, nationality or places'."""
        if segment.kind in ("country", "demonym", "ethnic"):
            return {e.key for e in segment.entries}
        if segment.kind == "place":
            return {self.kb.place_at(e.key).country for e in segment.entries}
        return set()

    def _mention(
        self, toks: list[Tok], phrase: Phrase, on: date | None, context: ArticleContext
    ) -> Mention | None:
        with_article = phrase.definite and phrase.segments[-1].kind not in PEOPLE_KINDS
        start = phrase.start - 1 if with_article else phrase.start
        text = span_text(toks, start, phrase.end)
        resolved = compose(self.kb, toks, phrase, on)
        if resolved is not None and resolved.actor.country is None and phrase.kinds == {"agent"}:
            referred = _refer(context, phrase, toks, text, resolved, start)
            if referred is not None:
                return Mention(start, phrase.end, referred, "coreference")
        if resolved is None:
            return None
        context.remember(resolved, phrase.start, _name_tokens(toks, phrase, resolved))
        return Mention(start, phrase.end, replace(resolved.actor, text=text), resolved.kind)


def _refer(
    context: ArticleContext,
    phrase: Phrase,
    toks: list[Tok],
    text: str,
    resolved: Resolved,
    start: int,
) -> Actor | None:
    titled = context.by_title(phrase, toks, text)
    actor = resolved.actor
    if titled is not None or not (phrase.definite or actor.sector in BARE_REFERENCE_SECTORS):
        return titled
    country = context.only_country(start)
    if country is None or actor.sector is None:
        return None
    return replace(actor, text=text, country=country, code=country + actor.sector)


def _name_tokens(toks: list[Tok], phrase: Phrase, resolved: Resolved) -> list[str]:
    """The words of the person's name as written (for later surname references)."""
    named = next((s for s in reversed(phrase.segments) if s.kind == "person"), None)
    if resolved.kind == "person" and named is not None:
        return [t.text for t in toks[named.start : named.end] if t.text[:1].isalpha()]
    if resolved.kind == "person" and phrase.name:  # "President Mugabe": a titled surname
        return [t.text for t in toks[phrase.name[0] : phrase.name[1]] if t.text[:1].isalpha()]
    if phrase.name and resolved.actor.country:
        return [t.text for t in toks[phrase.name[0] : phrase.name[1]] if t.pos == "PROPN"]
    return []


def _later_references(
    toks: list[Tok], found: list[Mention], context: ArticleContext
) -> list[Mention]:
    """Bare surnames and "the country" outside the mentions already found."""
    covered = {i for m in found for i in range(m.start, m.end)}
    later: list[Mention] = []
    for position, tok in enumerate(toks):
        if position in covered:
            continue
        actor = context.surname(tok) if _after_first(found, position, tok, context) else None
        if actor is not None:
            later.append(Mention(position, position + 1, actor, "coreference"))
            continue
        if tok.lower in COUNTRY_NOUNS and position and toks[position - 1].lower == "the":
            country = context.only_country(position)
            if country is not None and position - 1 not in covered:
                actor = Actor(
                    text=f"{toks[position - 1].text} {tok.text}", country=country, code=country
                )
                later.append(Mention(position - 1, position + 1, actor, "coreference"))
    return later


def _after_first(found: list[Mention], position: int, tok: Tok, context: ArticleContext) -> bool:
    actor = context.surnames.get(tok.lower)
    if actor is None:
        return False
    return any(m.start < position and m.actor.name == actor.name for m in found)
