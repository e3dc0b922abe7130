"""Actor phrases of a parsed sentence: a word the parse reads as a verb is no agent noun
("Hamas, which advocates Israel's destruction" names no "advocates Israel")."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def test_a_verb_is_no_agent_noun_of_an_actor(code: Code) -> None:
    events = code("The Freedonian minister, who advocates Sylvania's partition, visited Russia.")
    targets = {e.target.text for e in events if e.target is not None}
    assert "advocates Sylvania" not in targets
    assert "Sylvania" in targets
