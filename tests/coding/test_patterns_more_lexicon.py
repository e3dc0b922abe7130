"""More lexicon patterns for events that coded nothing, with sentences of our own
(fictional countries Freedonia FRD and Sylvania SYL)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.cameo,
        )
        for e in events
    }


def codes(events: list[Event]) -> set[str]:
    return {e.cameo for e in events}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Sylvanian students staged a demonstration against Freedonia.", "141"),
        ("Sylvanian students staged a sit-in against Freedonia.", "141"),
        ("Sylvanian prisoners staged a hunger strike against Freedonia.", "142"),
        ("Sylvanian prisoners began a hunger strike against Freedonia.", "142"),
        ("Sylvanian workers staged a strike against Freedonia.", "143"),
    ],
)
def test_staged_protest_is_coded_by_its_form(code: Code, text: str, cameo: str) -> None:
    assert ("SYL", "FRD", cameo) in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia violated the arms embargo on Sylvania.",
        "Sylvania defied the Freedonian ban on rallies.",
    ],
)
def test_defying_a_ban_or_embargo_rejects_a_norm(code: Code, text: str) -> None:
    assert "128" in codes(code(text))


def test_violating_a_ceasefire_stays_force(code: Code) -> None:
    events = code("Freedonian troops violated the ceasefire with Sylvania.")
    assert "128" not in codes(events)


def test_defending_a_position_is_verbal_support(code: Code) -> None:
    events = code("The Sylvanian foreign minister defended Freedonia's position on the talks.")
    assert ("SYL", "FRD", "052") in dyads(events)


def test_defending_a_town_is_no_verbal_support(code: Code) -> None:
    events = code("Freedonian troops defended the town against Sylvanian rebels.")
    assert "052" not in codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania accepted the terms of the Freedonian proposal.",
        "Sylvania accepted a compromise offered by Freedonia.",
    ],
)
def test_accepting_terms_is_intent_to_cooperate(code: Code, text: str) -> None:
    assert any(e.cameo == "030" and e.source and e.source.country == "SYL" for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian authorities executed two Freedonian prisoners on Saturday.",
        "Two Freedonian activists were executed by Sylvanian authorities.",
    ],
)
def test_executing_people_is_a_killing(code: Code, text: str) -> None:
    assert ("SYL", "FRD", "1823") in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Sylvanian army executed its plan to encircle the Freedonian capital.",
        "Sylvanian police executed a search warrant at the Freedonian embassy.",
    ],
)
def test_executing_a_plan_is_no_killing(code: Code, text: str) -> None:
    assert not any(e.cameo.startswith("18") for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian rebels held the Freedonian journalist hostage for a month.",
        "Sylvanian rebels kept the Freedonian journalist captive for a month.",
    ],
)
def test_holding_someone_hostage_is_an_abduction(code: Code, text: str) -> None:
    assert ("SYL", "FRD", "181") in dyads(code(text))


def test_predicate_noun_of_a_property_still_voids_the_verb(code: Code) -> None:
    assert code("The Freedonian president called the Sylvanian election a sham.") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Freedonian troops deployed to the border with Sylvania.", "SYL"),
        ("Freedonian troops deployed into Sylvania on Monday.", "SYL"),
    ],
)
def test_forces_deploying_without_object_mobilize(code: Code, text: str, target: str) -> None:
    assert ("FRD", target, "154") in dyads(code(text))


def test_deploying_experts_is_no_mobilization(code: Code) -> None:
    events = code("The Freedonian health ministry deployed a team of experts to Sylvania.")
    assert "154" not in codes(events)


@pytest.mark.parametrize("who", ["Freedonia", "The Freedonian government"])
def test_a_state_that_protests_complains_officially(code: Code, who: str) -> None:
    events = code(f"{who} protested against the Sylvanian raid.")
    assert [(e.cameo, e.target and e.target.country) for e in events] == [("114", "SYL")]


def test_people_who_protest_demonstrate(code: Code) -> None:
    events = code("Freedonian students protested against the Sylvanian raid.")
    assert [e.cameo for e in events] == ["141"]


@pytest.mark.parametrize(
    "sentence",
    ["Freedonia rejected Sylvanian mediation.", "Freedonia is opposed to Sylvanian mediation."],
)
def test_refusing_mediation(code: Code, sentence: str) -> None:
    assert [(e.cameo, e.target and e.target.country) for e in code(sentence)] == [("126", "SYL")]


def test_troops_blocking_a_road_impose_a_blockade(code: Code) -> None:
    events = code("Freedonian troops blocked the road to Sylvania.")
    assert [e.cameo for e in events] == ["191"]


def test_farmers_blocking_a_road_protest(code: Code) -> None:
    events = code("Freedonian farmers blocked the road to Sylvania.")
    assert [e.cameo for e in events] == ["144"]
