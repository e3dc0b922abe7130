"""How the evidence items of a development add up to one certainty grade.

The rules (also in `docs/stories.md`):

1. Only independent evidence counts; a near-duplicate copy counts only when a
   development has no independent evidence at all.
2. A claim stated as fact counts as `asserted` when a party to the event makes
   it (the attribution is the source or target actor) or when the publisher
   states it in its own voice (no attribution). The same claim attributed to a
   third party ("US officials said") counts as `reported`.
3. Any `asserted` claim makes the development `asserted`: the parties
   themselves confirm it, or a publisher vouches for it.
4. Otherwise a denial (`denied`) by a party, or with no attribution, outweighs
   reports, allegations and speculation: the development is `denied` until
   someone asserts it. A later report never silently overrides a denial.
5. Otherwise the strongest grade in `CERTAINTY_RANK` wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.domain import CERTAINTY_RANK, Actor, Certainty, Event
from watchfloor.stories.features import country_of


def is_party(actor: Actor | None, event: Event) -> bool:
    """Whether `actor` is the event's source or target (same code, else same country)."""
    if actor is None:
        return False
    for party in (event.source, event.target):
        if party is None:
            continue
        if actor.code and party.code and actor.code == party.code:
            return True
        country = country_of(actor)
        if country is not None and country == country_of(party):
            return True
    return False


def effective_certainty(event: Event) -> Certainty:
    """The grade an event's claim carries toward its development (rule 2)."""
    if (
        event.certainty is Certainty.ASSERTED
        and event.attribution is not None
        and not is_party(event.attribution, event)
    ):
        return Certainty.REPORTED
    return event.certainty


def is_party_denial(event: Event) -> bool:
    """A denial by a party to the event, or one the article makes without attribution."""
    if event.certainty is not Certainty.DENIED:
        return False
    return event.attribution is None or is_party(event.attribution, event)


@dataclass(frozen=True)
class Claim:
    """One evidence item as the certainty rules see it."""

    certainty: Certainty
    party_denial: bool
    independent: bool


def assess(claims: Sequence[Claim]) -> Certainty:
    """The development's certainty from all its claims (rules 1, 3, 4, 5)."""
    pool = [c for c in claims if c.independent] or list(claims)
    if any(c.certainty is Certainty.ASSERTED for c in pool):
        return Certainty.ASSERTED
    if any(c.party_denial for c in pool):
        return Certainty.DENIED
    return min((c.certainty for c in pool), key=CERTAINTY_RANK.__getitem__)
