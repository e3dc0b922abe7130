"""Places in context: a name places of several countries bear is the one of the country
its sentence names ("Tripoli ... the north Lebanese port"), and a place of a state
founded later is its predecessor's before the founding (Juba before 2011 is Sudan's).

Fictional gazetteer: Marsovia is a city of Freedonia and, contextually, of Sylvania;
Grand Fenwick (GFW, capital Fenwick) was founded from Sylvania on 2020-01-01."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from watchfloor.domain import Actor, Event
from watchfloor.kb import load_kb

FICTIONAL_KB = Path(__file__).parent / "fictional_kb"

Code = Callable[..., list[Event]]


def _codes(events: list[Event]) -> list[tuple[str | None, str, str | None]]:
    return [(_code(e.source), e.cameo, _code(e.target)) for e in events]


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def test_a_shared_city_name_is_the_one_of_the_country_the_sentence_names(code: Code) -> None:
    events = code(
        "Fenwickian officers ended mediation efforts between rival militias in Marsovia "
        "as shells crashed into the north Sylvanian port."
    )
    assert _codes(events) == [("GFWMIL", "165", "SYLMIL")]


def test_a_shared_city_name_alone_is_the_first_listed(code: Code) -> None:
    events = code("Fenwickian officers ended mediation efforts between rival militias in Marsovia.")
    assert _codes(events) == [("GFWMIL", "165", "FRDMIL")]


def test_the_location_of_an_event_follows_the_named_country(code: Code) -> None:
    (event,) = code("Fenwickian troops shelled Marsovia, the Sylvanian port.")
    assert (_code(event.target), event.location and event.location.country) == ("SYL", "SYL")


def test_a_city_of_a_later_state_is_its_predecessors_before_the_founding(code: Code) -> None:
    text = "Sylvanian rebels shelled the regional capital Fenwick on Sunday."
    assert _codes(code(text, date(2019, 6, 1))) == [("SYLREB", "194", "SYL")]
    assert _codes(code(text, date(2023, 6, 1))) == [("SYLREB", "194", "GFWGOV")]


def test_the_location_of_an_event_before_the_founding_is_the_predecessors(code: Code) -> None:
    (event,) = code("Sylvanian rebels shelled Fenwick on Sunday.", date(2019, 6, 1))
    assert event.location is not None and event.location.country == "SYL"


@pytest.mark.parametrize(
    ("on", "country", "kind"),
    [
        (date(2019, 12, 31), "SYL", "city"),
        (date(2020, 1, 1), "GFW", "capital"),
        (None, "GFW", "capital"),
    ],
)
def test_the_gazetteer_dates_places_by_succession(on: date | None, country: str, kind: str) -> None:
    place = load_kb(FICTIONAL_KB).places.lookup("Fenwick", on)
    assert place is not None and (place.country, place.kind) == (country, kind)


def test_the_gazetteer_takes_a_contextual_place_only_near_its_country() -> None:
    places = load_kb(FICTIONAL_KB).places

    def country(near: set[str]) -> str | None:
        place = places.lookup("Marsovia", near=frozenset(near))
        return place.country if place is not None else None

    assert (country(set()), country({"SYL"}), country({"SYL", "FRD"})) == ("FRD", "SYL", "FRD")
    assert places.country_of("Marsovia") == "FRD"  # domestic rules keep the first listed


def test_the_shipped_gazetteer_knows_both_tripolis_and_when_juba_became_a_capital() -> None:
    places = load_kb().places
    lebanese = places.lookup("Tripoli", near=frozenset({"LBN"}))
    assert lebanese is not None and lebanese.country == "LBN"
    libyan = places.lookup("Tripoli")
    assert libyan is not None and (libyan.country, libyan.kind) == ("LBY", "capital")
    juba = places.lookup("Juba", date(1990, 1, 1))
    assert juba is not None and (juba.country, juba.kind) == ("SDN", "city")
