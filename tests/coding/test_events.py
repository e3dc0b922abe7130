"""The event coder on constructions, with sentences of our own (fictional countries)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from watchfloor.coding.events import EventCoder
from watchfloor.domain import Certainty, Event

Code = Callable[..., list[Event]]


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def country(actor: Any) -> str | None:
        return actor.country if actor is not None else None

    return {(country(e.source), country(e.target), e.cameo[:2]) for e in events}


def test_active_voice_codes_source_and_target(code: Code) -> None:
    events = code("Freedonia provided weapons to Sylvania last week.")
    assert ("FRD", "SYL", "07") in dyads(events)
    assert all(e.cameo.startswith("07") for e in events)


def test_passive_voice_keeps_direction(code: Code) -> None:
    events = code("Munitions are being received by Sylvania from Freedonia.")
    assert dyads(events) == {("FRD", "SYL", "07")}


def test_passive_with_agent_keeps_direction(code: Code) -> None:
    events = code("Sylvania was attacked by Freedonia on Monday.")
    assert dyads(events) == {("FRD", "SYL", "19")}


def test_coordinated_subjects_give_both_directions(code: Code) -> None:
    events = code("Freedonia and Sylvania are negotiating.")
    assert dyads(events) == {("FRD", "SYL", "04"), ("SYL", "FRD", "04")}


def test_nominal_provision_from_to(code: Code) -> None:
    events = code("The provision of weapons from Freedonia to Sylvania alarmed observers.")
    assert ("FRD", "SYL", "07") in dyads(events)


def test_nominal_visits_by_to(code: Code) -> None:
    events = code("Recent visits by Freedonian officials to Sylvania have improved relations.")
    assert [(e.source and e.source.code, e.target and e.target.country, e.cameo)
            for e in events] == [("FRDGOV", "SYL", "042")]  # fmt: skip


def test_plural_event_noun_whose_lemma_is_another_word(code: Code) -> None:
    # "talks" lemmatizes to "talk"; the lexicon names the plural
    events = code("Talks between Freedonia and Sylvania were held on Monday.")
    assert {(e.source and e.source.country, e.target and e.target.country, e.cameo)
            for e in events} == {("FRD", "SYL", "046"), ("SYL", "FRD", "046")}  # fmt: skip


def test_sanctions_imposed_on_target(code: Code) -> None:
    events = code("Trade collapsed under the sanctions imposed on Sylvania by Freedonia.")
    assert ("FRD", "SYL", "16") in dyads(events)


def test_purpose_clause_gives_travel_and_discussion_both_planned(code: Code) -> None:
    events = code(
        "Freedonia's president will travel to Sylvania "
        "to discuss an arms deal with Sylvanian leaders."
    )
    by_code = {e.cameo: e for e in events if e.target and e.target.country == "SYL"}
    assert "042" in by_code
    assert any(c.startswith("04") and c != "042" for c in by_code)
    assert {e.certainty for e in by_code.values()} == {Certainty.PLANNED}


def test_several_events_in_one_sentence(code: Code) -> None:
    events = code("Freedonia attacked Sylvania, and Sylvania accused Freedonia of war crimes.")
    assert {("FRD", "SYL", "19"), ("SYL", "FRD", "11")} <= dyads(events)


def test_reported_speech_codes_the_reported_event_with_attribution(code: Code) -> None:
    events = code("Freedonia said Sylvania attacked Russia on Sunday.")
    assert dyads(events) == {("SYL", "RUS", "19")}
    assert events[0].attribution is not None
    assert events[0].attribution.country == "FRD"
    assert events[0].certainty == Certainty.REPORTED


def test_speakers_own_comment_is_a_pessimistic_comment(code: Code) -> None:
    events = code("Freedonia's foreign minister said he was pessimistic about talks with Sylvania.")
    assert [(e.source and e.source.country, e.target and e.target.country, e.cameo)
            for e in events] == [("FRD", "SYL", "012")]  # fmt: skip


def test_sports_clash_is_not_an_event(code: Code) -> None:
    assert code("Brazil clashed with Argentina in the World Cup final.") == []


def test_idiom_is_not_an_event(code: Code) -> None:
    assert code("Freedonia paved the way for Sylvania.") == []


def test_historical_background_is_not_a_current_event(code: Code) -> None:
    text = "In 1950 Freedonia invaded Sylvania."
    assert code(text, published=date(2023, 11, 11)) == []
    assert dyads(code(text, published=date(1950, 7, 1))) == {("FRD", "SYL", "19")}


@pytest.mark.parametrize(
    ("period", "within_a_year"),
    [
        ("in the 1970s", date(1980, 6, 1)),
        ("during the 1991-1995 war", date(1996, 6, 1)),
        ("during World War Two", date(1945, 9, 1)),
    ],
)
def test_events_of_a_period_long_past_are_background(
    code: Code, period: str, within_a_year: date
) -> None:
    text = f"Freedonian troops seized Sylvanian farms {period}."
    assert code(text, published=date(2023, 11, 11)) == []
    assert code(text, published=within_a_year) != []


def test_questions_are_not_events(code: Code) -> None:
    assert code("Will Freedonia attack Sylvania?") == []


def test_actors_of_another_clause_are_not_glued(code: Code) -> None:
    events = code("Freedonia, which borders Russia, attacked Sylvania.")
    assert ("FRD", "RUS", "19") not in dyads(events)
    assert ("FRD", "SYL", "19") in dyads(events)


def test_main_clause_event_comes_before_nested_event(code: Code) -> None:
    events = code("Freedonia warned Sylvania after Sylvanian troops attacked Russia.")
    assert [e.cameo[:2] for e in events][:2] == ["13", "19"]


def test_evidence_offsets_point_into_the_article(nlp: Any, coder: EventCoder) -> None:
    text = "Tensions rose.\n\nFreedonia accused Sylvania of espionage on Monday."
    events = coder.code(nlp(text), "a1", date(2023, 11, 11))
    assert events
    for event in events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        assert event.evidence.text in event.evidence.sentence
    assert events[0].evidence.text == "Freedonia accused Sylvania"


def test_event_fields_are_complete_and_versioned(code: Code, coder: EventCoder) -> None:
    (event,) = code("Freedonia accused Sylvania of espionage on Monday.")
    assert event.cameo.startswith("112")
    assert event.quad_class == 3
    assert event.goldstein < 0
    assert event.plover is not None and event.plover.event == "ACCUSE"
    assert event.coder == coder.coder
    assert event.coder.endswith(f"lexicon {coder.lexicon.version}")
    assert event.id == Event.make_id("test-article", event.evidence, event.cameo,
                                     event.source, event.target)  # fmt: skip
