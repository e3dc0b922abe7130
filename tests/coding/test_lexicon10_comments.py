"""Verbal events in news phrasings: criticism voiced as a stance noun, critics who speak,
condemnation stated with an adjective, disagreement, and support withheld."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Certainty, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# --- criticism voiced: the "of" phrase of criticism is who is criticised ---------------


def test_voiced_criticism_of_y_criticises_y(code: Code, country_triples: Triples) -> None:
    events = code("The Freedonian president voiced his criticism of the Sylvanian government.")
    assert country_triples(events) == [("FRD", "111", "SYL")]


def test_a_commitment_of_y_stays_y_own_stance(code: Code) -> None:
    events = code(
        "The Freedonian president reaffirmed the commitment of Sylvania to Grand Fenwick."
    )
    assert all(_country(e.target) != "SYL" for e in events)


# --- critics who speak criticise whom they are critics of ------------------------------


def test_critics_of_y_who_say_something_criticise_y(code: Code, country_triples: Triples) -> None:
    events = code("Critics of the Sylvanian government say the election was rigged.")
    assert country_triples(events) == [(None, "111", "SYL")]


def test_according_to_y_critics_criticises_y(code: Code, country_triples: Triples) -> None:
    events = code("According to Sylvania's critics, the plan is a ploy to delay the vote.")
    assert country_triples(events) == [(None, "111", "SYL")]


def test_critics_named_by_a_modifier_are_the_source(code: Code, country_triples: Triples) -> None:
    events = code("Freedonian critics of Sylvania argue that the treaty is unfair.")
    assert country_triples(events) == [("FRD", "111", "SYL")]


def test_critics_who_undergo_an_act_criticise_no_one(code: Code) -> None:
    events = code("Critics of the Sylvanian government were arrested in Freedonia.")
    assert all(e.cameo[:2] != "11" for e in events)
    assert all(e.cameo[:2] != "11" for e in code("The Sylvanian government jailed its critics."))


def test_critics_without_anyone_named_code_nothing(code: Code) -> None:
    assert code("Critics say the deal will undermine the treaty.") == []


# --- condemnation stated: "X said Y's actions are unacceptable" -------------------------


def test_saying_y_actions_are_unacceptable_criticises_y(
    code: Code, country_triples: Triples
) -> None:
    events = code("The Freedonian foreign minister said Sylvania's actions are unacceptable.")
    assert country_triples(events) == [("FRD", "111", "SYL")]
    assert events[0].certainty is Certainty.ASSERTED


def test_a_quoted_condemnation_criticises_the_author_not_the_victim(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        '"The attacks by Sylvanian militants on Grand Fenwick are heinous and absolutely '
        'unacceptable," the Freedonian foreign minister said.'
    )
    criticism = [c for c in country_triples(events) if c[1] == "111"]
    assert criticism == [("FRD", "111", "SYL")]


def test_condemning_a_deed_of_no_named_author_has_no_target(
    code: Code, country_triples: Triples
) -> None:
    events = code("The Freedonian foreign minister said the murder is abhorrent.")
    assert country_triples(events) == [("FRD", "111", None)]


def test_a_condemnation_not_yet_passed_or_negated_is_none(code: Code) -> None:
    for text in (
        "The Freedonian foreign minister said Sylvania's move would be unacceptable.",
        "The Freedonian foreign minister did not say Sylvania's decision was unacceptable.",
        "The Freedonian foreign minister said Sylvania's decision was not unacceptable.",
        "The Freedonian foreign minister said any breakup of Sylvania was unacceptable.",
    ):
        assert all(e.cameo[:2] != "11" for e in code(text)), text


# --- disagreement and support withheld -------------------------------------------------


def test_disagreeing_with_anything_is_disapproval(code: Code, country_triples: Triples) -> None:
    events = code("The Freedonian president disagreed with the Sylvanian sanctions.")
    assert country_triples(events) == [("FRD", "110", "SYL")]


def test_not_supporting_y_is_disapproval_of_y(code: Code, country_triples: Triples) -> None:
    events = code("Freedonia does not support Sylvania's bid for membership.")
    assert country_triples(events) == [("FRD", "110", "SYL")]
    assert events[0].certainty is Certainty.ASSERTED


def test_support_that_would_not_be_given_stays_negated(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia would not endorse the Sylvanian result.")
    assert country_triples(events) == [("FRD", "051", "SYL")]
    assert events[0].certainty is Certainty.NEGATED


def test_supporting_no_candidate_takes_no_side(code: Code) -> None:
    events = code("Freedonia does not support any Sylvanian candidate.")
    assert all(e.cameo[:2] != "11" for e in events)
