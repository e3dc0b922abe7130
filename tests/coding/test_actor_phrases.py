"""Actor phrases of a parsed sentence: a word the parse reads as a verb is no agent noun
("Hamas, which advocates Israel's destruction" names no "advocates Israel")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.coding.events import EventCoder
from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def test_a_verb_is_no_agent_noun_of_an_actor(nlp: Any, coder: EventCoder) -> None:
    # The relative clause codes no event (it characterises the minister): the actor
    # phrases are read from the resolver's mentions.
    doc = nlp("The Freedonian minister, who advocates Sylvania's partition, visited Russia.")
    texts = {m.actor.text for m in coder.resolver.mentions(doc, on=None)}
    assert "advocates Sylvania" not in texts
    assert "Sylvania" in texts
