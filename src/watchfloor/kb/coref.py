"""Later references within one article: "the supreme leader", "the regime", "Doe".

Only what can be told safely is resolved; anything ambiguous stays unresolved:
- a definite title ("the supreme leader", "the president") names the one person
  already mentioned whose role has that title;
- a definite agent noun with no country ("the regime", "the military"), a bare
  legislature noun ("urged lawmakers") and "the country" take the country when the
  current and previous sentence mention exactly one country;
- a bare surname after a full name ("Doe" after "Ukrainian analyst John Doe",
  "Shoigu" after "Sergei Shoigu") is that person, when no other person of the
  article has the same surname.
Pronouns and plural references ("the two countries") are left unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from watchfloor.domain import Actor
from watchfloor.kb.compose import Resolved
from watchfloor.kb.names import fold
from watchfloor.kb.phrases import Phrase
from watchfloor.kb.tokens import Tok

COUNTRY_NOUNS = frozenset({"country", "nation"})
# Sectors whose agents, named without an article, still belong to the one country in
# context: "Michael Hayden urged lawmakers" speaks of his own country's legislature.
BARE_REFERENCE_SECTORS = frozenset({"LEG"})
# Name orders where the family name comes first.
FAMILY_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM", "HKG", "MAC", "MNG"})


@dataclass
class Seen:
    """A mention already made in the article, and the sentence it was in."""

    actor: Actor
    sentence: int
    titles: tuple[str, ...]


@dataclass
class ArticleContext:
    sentence_of: list[int]
    seen: list[Seen] = field(default_factory=list)
    surnames: dict[str, Actor | None] = field(default_factory=dict)

    @classmethod
    def of(cls, toks: list[Tok]) -> ArticleContext:
        sentence_of, number = [], 0
        for position, tok in enumerate(toks):
            if tok.sent_start and position:
                number += 1
            sentence_of.append(number)
        return cls(sentence_of)

    def remember(self, resolved: Resolved, start: int, name_tokens: list[str]) -> None:
        self.seen.append(Seen(resolved.actor, self.sentence_of[start], resolved.titles))
        if resolved.actor.name and len(name_tokens) >= 2:
            self._add_surname(resolved.actor, name_tokens)

    def _add_surname(self, actor: Actor, name_tokens: list[str]) -> None:
        surname = name_tokens[0] if actor.country in FAMILY_FIRST else name_tokens[-1]
        key = fold(surname)
        known = self.surnames.get(key, actor)
        self.surnames[key] = actor if known is not None and known.name == actor.name else None

    def by_title(self, phrase: Phrase, toks: list[Tok], text: str) -> Actor | None:
        """The one person seen whose role title ends with the phrase's agent noun."""
        if not phrase.definite or phrase.kinds != {"agent"}:
            return None
        wanted = fold(text).removeprefix("the ")
        holders = {
            s.actor.kb_id: s.actor
            for s in self.seen
            if s.actor.kb_id and any(fold(t).endswith(wanted) for t in s.titles)
        }
        if len(holders) != 1:
            return None
        return replace(next(iter(holders.values())), text=text)

    def only_country(self, position: int) -> str | None:
        """The single country mentioned in this sentence (so far) and the one before."""
        sentence = self.sentence_of[position]
        countries = {
            s.actor.country
            for s in self.seen
            if s.actor.country and sentence - 1 <= s.sentence <= sentence
        }
        return countries.pop() if len(countries) == 1 else None

    def surname(self, tok: Tok) -> Actor | None:
        if tok.pos not in (None, "PROPN") or not tok.text[:1].isupper():
            return None
        found = self.surnames.get(tok.lower)
        return replace(found, text=tok.text) if found else None
