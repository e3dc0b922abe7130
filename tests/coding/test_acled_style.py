"""Incident reports in the style of conflict-event datasets: battles, shelling, air and
drone strikes, remote explosives, attacks on civilians, abductions, arrests, protests,
riots, crowd control, looting, agreements and troop movements. Each report codes the
expected (source country, CAMEO root, target country); phrasings that only look like
such reports code nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from watchfloor.domain import Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]


def rooted(events: list[Event]) -> set[Coded]:
    """(source country, CAMEO root, target country) of each event."""
    return {
        (e.source.country if e.source else None, e.cameo[:2],
         e.target.country if e.target else None)
        for e in events
    }  # fmt: skip


REPORTS: list[tuple[str, Coded]] = [
    # battles, shelling, air and drone strikes
    ("Israeli warplanes struck Hamas positions in the Gaza Strip overnight.", ("ISR", "19", "PSE")),
    ("Russian shelling of Kharkiv continued on Monday.", ("RUS", "19", "UKR")),
    ("Syrian army artillery bombarded Turkish observation posts near Idlib.", ("SYR", "19", "TUR")),
    ("Nigerian troops clashed with Boko Haram fighters near Maiduguri on Tuesday.",
     ("NGA", "19", "NGA")),
    ("The Ukrainian army repelled a Russian assault near Avdiivka.", ("UKR", "19", "RUS")),
    ("Ukrainian forces recaptured Kherson from Russian troops.", ("UKR", "19", "RUS")),
    ("Russian forces captured the Ukrainian town of Lyman after weeks of fighting.",
     ("RUS", "19", "UKR")),
    ("Russian troops laid siege to the Ukrainian city of Mariupol.", ("RUS", "19", "UKR")),
    ("Iranian air defences intercepted an Israeli drone over Isfahan.", ("IRN", "19", "ISR")),
    ("Yemeni Houthi forces shot down a US drone off the coast.", ("YEM", "19", "USA")),
    ("Houthi rebels launched a drone attack on Saudi Arabia's Abha airport.",
     ("YEM", "19", "SAU")),
    # abductions, hijackings, remote explosives, property destroyed
    ("Colombian rebels kidnapped two Venezuelan soldiers near the border.", ("COL", "18", "VEN")),
    ("Somali militants hijacked a Turkish cargo ship in the Gulf of Aden.", ("SOM", "18", "TUR")),
    ("Militants detonated a car bomb near a Somali military base.", (None, "18", "SOM")),
    ("Sudanese rebels set fire to a Chadian village.", ("SDN", "17", "TCD")),
    # arrests and crowd control
    ("Israeli forces detained 12 Palestinians in raids across the West Bank.",
     ("ISR", "17", "PSE")),
    ("Kenyan police rounded up 200 Somali refugees in Nairobi.", ("KEN", "17", "SOM")),
    ("Iranian security forces fired tear gas at protesters in Tehran.", ("IRN", "17", "IRN")),
    ("Greek police used water cannon against protesters in Athens.", ("GRC", "17", "GRC")),
    ("Kosovo police sealed off a Serbian village near the border.", ("XKX", "19", "SRB")),
    # protests and riots
    ("Thousands of Iraqi protesters gathered in Baghdad.", ("IRQ", "14", "IRQ")),
    ("Sudanese protesters marched in Khartoum to demand civilian rule.", ("SDN", "14", "SDN")),
    ("Iraqi protesters stormed the Iranian embassy in Baghdad.", ("IRQ", "14", "IRN")),
    ("Syrian protesters threw stones at Israeli soldiers.", ("SYR", "14", "ISR")),
    # agreements and troop movements
    ("Armenia and Azerbaijan agreed to a ceasefire on Tuesday.", ("ARM", "03", "AZE")),
    ("Sudan and South Sudan signed a peace agreement in Juba.", ("SDN", "05", "SSD")),
    ("Russia deployed additional troops to the border with Ukraine.", ("RUS", "15", "UKR")),
    ("Russian troops withdrew from the Ukrainian city of Kherson.", ("RUS", "08", "UKR")),
    ("Russia held joint military exercises with Belarus.", ("RUS", "06", "BLR")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_incident_report_codes_its_actors_and_root(code: Code, text: str, expected: Coded) -> None:
    assert expected in rooted(code(text))


def test_dated_shelling_report_codes_artillery_against_the_city(code: Code) -> None:
    events = code(
        "On 12 March 2022, Russian military forces shelled residential areas of Kharkiv, "
        "killing three civilians.",
        published=date(2022, 3, 13),
    )
    assert ("RUS", "194", "UKR") in {
        (e.source and e.source.country, e.cameo, e.target and e.target.country) for e in events
    }


def test_looting_rioters_are_a_violent_protest(code: Code) -> None:
    events = code("South African rioters looted shops in Durban.")
    assert {(e.source and e.source.country, e.cameo) for e in events} == {("ZAF", "145")}


def test_protest_voicing_a_demand_is_one_protest_not_a_demand(code: Code) -> None:
    events = code("Sudanese protesters marched in Khartoum to demand civilian rule.")
    assert {e.cameo[:2] for e in events} == {"14"}


def test_protesters_storming_an_embassy_riot_rather_than_fight(code: Code) -> None:
    events = code("Iraqi protesters stormed the Iranian embassy in Baghdad.")
    assert not any(e.cameo.startswith(("18", "19")) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain pounded the coast of Kerala on Sunday.",
        "The Indian minister took a hard-line position on migration.",
        "Thousands of Sudanese families fled the fighting in Khartoum.",
        "Ukrainian refugees witnessed heavy shelling near the border.",
        "Chinese officials confirmed the kidnapping of two engineers.",
        "Japanese shares rallied in Tokyo after the announcement.",
        "A crowd of Brazilian fans gathered at the airport to welcome the team.",
        "Egyptian students assembled in the hall for the ceremony.",
        "Germany shelled out billions of euros for the rescue package.",
        "French farmers burned their crops after the drought.",
        "The Turkish president took the stage in Ankara.",
        "The Nigerian minister shot down the proposal.",
        "American tourists flocked to the Mexican resort.",
    ],
)
def test_report_lookalikes_code_no_event(code: Code, text: str) -> None:
    assert code(text) == []
