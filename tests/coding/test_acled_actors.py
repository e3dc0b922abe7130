"""Actors of incident reports: domestic agents placed by their clause, victim-only
protest and repression, event nouns without actors of their own, and coordinated
nationalities sharing one noun."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from watchfloor.coding.domestic import clause_country
from watchfloor.domain import Event
from watchfloor.kb import load_kb

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def coded(events: list[Event]) -> set[Coded]:
    """(source code, CAMEO code, target code) of each event."""
    return {
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        for e in events
    }


def sources(events: list[Event]) -> set[str | None]:
    return {e.source.code if e.source else None for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired tear gas at protesters in Khartoum.", ("SDNCOP", "175", "SDNCVL")),
        ("Police used water cannon on demonstrators in Nairobi on Friday.",
         ("KENCOP", "175", "KENCVL")),
    ],
)  # fmt: skip
def test_police_take_the_country_of_their_clause_place(
    code: Code, text: str, expected: Coded
) -> None:
    assert expected in coded(code(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Protesters gathered in Khartoum to demand the release of detainees.", "SDNCVL"),
        ("Students marched in Cairo on Tuesday.", "EGYEDU"),
    ],
)
def test_protesters_take_the_country_of_the_place_they_gather(
    code: Code, text: str, source: str
) -> None:
    events = code(text)
    assert {e.cameo[:2] for e in events} == {"14"}
    assert sources(events) == {source}


def test_soldiers_take_no_country_from_the_place_they_fight(code: Code) -> None:
    events = code("Soldiers shelled villages near Kharkiv.")
    assert events
    assert all(e.source is None or e.source.country is None for e in events)


def test_officials_meeting_abroad_do_not_take_the_venue_country(code: Code) -> None:
    events = code("Officials met Sylvanian envoys in Geneva.")
    assert all(e.source is None or e.source.country != "CHE" for e in events)


def test_clause_with_places_in_two_countries_places_no_agent(code: Code) -> None:
    events = code("Police fired tear gas at protesters in Nairobi and Kampala.")
    assert all(e.source is None or e.source.country is None for e in events)


def test_gazetteer_names_a_shared_place_name_in_no_country() -> None:
    places = load_kb().places
    assert places.country_of("Khartoum") == "SDN"
    assert places.country_of("Valencia") is None


def test_police_in_a_country_named_as_place_take_its_code(code: Code) -> None:
    events = code("Police beat protesters in Freedonia on Sunday.")
    assert ("FRDCOP", "FRDCVL") in {
        (e.source and e.source.code, e.target and e.target.code) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tear gas was fired at Sylvanian demonstrators.", (None, "175", "SYLCVL")),
        ("Sylvanian shops were looted.", (None, "145", "SYL")),
    ],
)
def test_violent_repression_and_riots_keep_a_known_victim(
    code: Code, text: str, expected: Coded
) -> None:
    assert expected in coded(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian officials confirmed the kidnapping of two engineers.",
        "Mogadishu is witnessing heavy fighting.",
        "Freedonian ministers reported the bombing of a bridge.",
    ],
)
def test_event_noun_without_an_actor_does_not_take_the_verbs_subject(code: Code, text: str) -> None:
    assert not any(e.source is not None and e.source.country for e in code(text))


def test_support_verb_lends_its_subject_to_the_event_noun(code: Code) -> None:
    events = code("Sylvanian activists staged rallies against Freedonia.")
    assert ("SYL", "14", "FRD") in {
        (e.source and e.source.country, e.cameo[:2], e.target and e.target.country) for e in events
    }


def test_coordinated_nationalities_share_the_nouns_sector(code: Code) -> None:
    events = code("Ethiopian and Eritrean troops attacked Somali villages.")
    assert {"ETHMIL", "ERIMIL"} <= sources(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police fired tear gas at protesters in Khartoum.", "SDN"),
        ("Officials expressed their support for the ceasefire between the factions in Khartoum.",
         None),
    ],
)  # fmt: skip
def test_clause_place_is_on_the_verb_or_its_arguments_not_deeper(
    nlp: Any, text: str, country: str | None
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert clause_country(verb, load_kb().places) == country


def test_people_the_police_act_on_are_of_the_polices_country(code: Code) -> None:
    events = code("Freedonian police opened fire to disperse demonstrators on Monday.")
    assert ("FRDCOP", "175", "FRDCVL") in {
        (e.source and e.source.code, e.cameo, e.target and e.target.code) for e in events
    }


def test_police_subject_gives_no_country_to_its_own_clause_subject(code: Code) -> None:
    events = code("Demonstrators clashed with Freedonian police.")
    assert all(e.source is None or e.source.country is None for e in events)
