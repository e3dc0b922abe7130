"""Lexicon patterns for the CAMEO codebook's distinctions, with sentences of our own
(fictional countries Freedonia FRD and Sylvania SYL)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Event

Code = Callable[..., list[Event]]


def codes(events: list[Event]) -> set[str]:
    return {e.cameo for e in events}


def dyad_codes(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source and e.source.country, e.target and e.target.country, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia threatened to invade Sylvania.", "138"),
        ("Freedonia threatened to impose sanctions on Sylvania.", "1312"),
        ("Freedonia threatened to sever diplomatic ties with Sylvania.", "1313"),
        ("Freedonia threatened to withdraw its inspectors from Sylvania.", "136"),
        ("Freedonia threatened to ban parties loyal to Sylvania.", "1322"),
        ("Freedonia issued an ultimatum to Sylvania.", "139"),
        ("Freedonia vowed to retaliate against Sylvania.", "138"),
    ],
)
def test_threat_is_coded_by_what_is_threatened(code: Code, text: str, cameo: str) -> None:
    events = code(text)
    assert cameo in {e.cameo for e in events if e.source and e.source.country == "FRD"}
    assert all(e.cameo.startswith("13") for e in events)  # the threatened act is not coded


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia refused to meet Sylvanian negotiators.", "125"),
        ("Freedonia refused to release the Sylvanian prisoners.", "1243"),
        ("Freedonia refused to withdraw its troops from Sylvania.", "1246"),
        ("Freedonia refused Sylvania's demands.", "120"),
    ],
)
def test_refusal_is_coded_by_what_is_refused(code: Code, text: str, cameo: str) -> None:
    assert ("FRD", "SYL", cameo) in dyad_codes(code(text))


def test_declining_to_comment_is_no_rejection(code: Code) -> None:
    events = code("Freedonia's foreign ministry declined to comment on Sylvania.")
    assert not any(e.cameo.startswith("12") for e in events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia urged Sylvania to show restraint.", "02"),
        ("Freedonia called on Sylvania to hold elections.", "02"),
        ("Freedonia demanded that Sylvania pay compensation.", "10"),
    ],
)
def test_appeals_are_milder_than_demands(code: Code, text: str, cameo: str) -> None:
    assert cameo in {c[:2] for c in codes(code(text))}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia accepted the demands of Sylvania.", "083"),
        ("Freedonia lifted its sanctions on Sylvania.", "085"),
        ("Freedonia eased travel restrictions on Sylvania.", "081"),
        ("Freedonia released the Sylvanian prisoners.", "0841"),
        ("Freedonia withdrew its troops from Sylvania.", "0874"),
        ("Freedonia and Sylvania declared a ceasefire.", "0871"),
    ],
)
def test_yielding_codes_the_concession(code: Code, text: str, cameo: str) -> None:
    assert cameo in codes(code(text))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia recalled its ambassador to Sylvania.", "161"),
        ("Freedonia suspended its aid to Sylvania.", "162"),
        ("Freedonia expelled the Sylvanian diplomats.", "166"),
        ("Freedonia expelled the international inspectors from Sylvania.", "1662"),
        ("Freedonia ended its mediation efforts between Sylvania and Russia.", "165"),
    ],
)
def test_reducing_relations_is_sixteen_not_coercion(code: Code, text: str, cameo: str) -> None:
    assert cameo in codes(code(text))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia put its troops on alert near Sylvania.", "152"),
        ("Freedonia reinforced its troops on the border with Sylvania.", "154"),
        ("Freedonia deployed troops to the border with Sylvania.", "154"),
    ],
)
def test_military_posture_is_mobilization(code: Code, text: str, cameo: str) -> None:
    assert cameo in codes(code(text))


def test_protest_noun_with_its_actor_is_a_demonstration(code: Code) -> None:
    events = code("Sylvania's protests against Freedonia continued on Monday.")
    assert ("SYL", "FRD", "141") in dyad_codes(events)


def test_imposing_a_curfew_is_an_administrative_sanction(code: Code) -> None:
    assert "1723" in codes(code("The Sylvanian government imposed a curfew on the capital."))


def test_engaging_with_is_consultation_not_force(code: Code) -> None:
    events = code("Freedonia will engage with Sylvania on trade.")
    assert {e.cameo[:2] for e in events} == {"04"}


def test_engaging_in_fighting_is_force(code: Code) -> None:
    events = code("Freedonian troops engaged in fighting with Sylvanian rebels.")
    assert any(e.cameo.startswith("19") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The former president of Freedonia died in Sylvania on Monday.",
        "Freedonia currently exports to Sylvania, Russia and China.",
        "Freedonia broke the record set by Sylvania.",
        "The Freedonian president called the Sylvanian election a sham.",
        "The Freedonian ministry called Sylvania's actions reckless.",
    ],
)
def test_everyday_senses_are_no_events(code: Code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo[:2] in ("19", "06", "04") for e in events)
