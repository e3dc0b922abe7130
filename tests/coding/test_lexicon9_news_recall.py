"""Lexicon 9 and argument rules for news recall: adverbial participles of time take their
clause's subject, meetings a statement is made in, clashes, apologies and criticism as
nouns, praise of an actor's independence, proposed measures, media outlets shut down,
trials, and instructions to another party or to one's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# -- adverbial participles of time -------------------------------------------------------


def test_a_passive_participle_after_a_preposition_of_time_acts_on_the_subject(
    code: Code,
    country_triples: Triples,
) -> None:
    events = code(
        "The Sylvanian opposition leader is in intensive care after being arrested at a rally."
    )
    assert country_triples(events) == [(None, "173", "SYL")]


def test_a_passive_participle_with_an_agent_keeps_the_subject_as_its_patient(
    code: Code,
    country_triples: Triples,
) -> None:
    events = code(
        "The Sylvanian activist died in custody after being tortured by Freedonian police."
    )
    assert ("FRD", "1822", "SYL") in country_triples(events)


def test_an_active_participle_of_time_is_done_by_the_subject(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonian troops withdrew after shelling Sylvanian villages.")
    assert ("FRD", "194", "SYL") in country_triples(events)


def test_a_fronted_participle_is_done_by_the_subject(code: Code, country_triples: Triples) -> None:
    events = code(
        "Having met the Freedonian president, the Sylvanian president said talks went well."
    )
    assert sorted(country_triples(events)) == [("FRD", "040", "SYL"), ("SYL", "040", "FRD")]


def test_a_participle_marked_by_while_is_done_by_the_subject(
    code: Code, country_triples: Triples
) -> None:
    events = code("The Sylvanian rebel leader was killed while visiting Freedonia.")
    assert ("SYL", "042", "FRD") in country_triples(events)


def test_a_participle_of_time_shares_the_date_of_its_clause(code: Code) -> None:
    assert code("Freedonian troops withdrew in 1990 after shelling Sylvanian villages.") == []


def test_a_trailing_participle_elaborates_and_codes_no_event_of_its_own(code: Code) -> None:
    events = code("Freedonian troops shelled Sylvanian villages, killing ten civilians.")
    assert [e.cameo for e in events] == ["194"]


def test_an_act_done_without_is_not_done(code: Code) -> None:
    assert code("Freedonia acted without consulting Sylvania.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania insisted on holding talks with Freedonia.",
        "Sylvania insisted upon holding talks with Freedonia.",
    ],
)
def test_what_a_verb_insists_on_is_not_done(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.cameo[:2] == "04"] == []


# -- meetings a statement is made in ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        (
            "The Freedonian president said in a meeting with the Sylvanian president that "
            "the border would stay open.",
            "040",
        ),
        (
            "In a meeting with the Sylvanian president, the Freedonian president stressed "
            "that the border would stay open.",
            "040",
        ),
        (
            "The Freedonian president said during talks with the Sylvanian president that "
            "the border would stay open.",
            "046",
        ),
    ],
)
def test_a_speaker_takes_part_in_the_meeting_they_speak_in(
    code: Code, text: str, cameo: str, country_triples: Triples
) -> None:
    assert sorted(country_triples(code(text))) == [("FRD", cameo, "SYL"), ("SYL", cameo, "FRD")]


def test_talks_on_another_act_are_no_setting_of_it(code: Code) -> None:
    events = code("Freedonia agreed to Sylvanian mediation in the talks with the rebels.")
    assert [e for e in events if e.cameo[:2] == "04"] == []


def test_talks_ahead_are_not_yet_held(code: Code) -> None:
    events = code("The Freedonian president spoke ahead of talks with the Sylvanian president.")
    assert events == []


# -- clashes, apologies, criticism as nouns ---------------------------------------------


def test_clashes_between_two_sides_are_fighting_both_ways(
    code: Code, country_triples: Triples
) -> None:
    events = code("Clashes between Freedonian troops and Sylvanian rebels left 23 people dead.")
    assert sorted(country_triples(events)) == [("FRD", "190", "SYL"), ("SYL", "190", "FRD")]


def test_clashes_with_protesters_are_left_to_the_protest_rules(code: Code) -> None:
    events = code("Clashes between protesters and Freedonian police left three people dead.")
    assert [e for e in events if e.cameo == "190"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Sylvanian government's apology to Freedonia was rejected.",
        "Sylvania offered an apology to Freedonia.",
    ],
)
def test_an_apology_made_is_an_apology(code: Code, text: str, country_triples: Triples) -> None:
    assert ("SYL", "055", "FRD") in country_triples(code(text))


def test_an_apology_demanded_is_no_apology(code: Code) -> None:
    events = code("Freedonia demanded an apology from Sylvania.")
    assert "055" not in [e.cameo for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania's criticism of Freedonia's decision came on Monday.",
        "The Freedonian president continued his criticism of the Sylvanian government.",
    ],
)
def test_criticism_by_a_named_critic_is_criticism(code: Code, text: str) -> None:
    events = code(text)
    assert [e.cameo for e in events] == ["111"]
    assert {_country(events[0].source), _country(events[0].target)} == {"FRD", "SYL"}


def test_criticism_that_names_nothing_criticised_codes_nothing(code: Code) -> None:
    events = code("Freedonia changed the law despite criticism by the Sylvanian government.")
    assert "111" not in [e.cameo for e in events]


# -- praise, proposals, media, trials --------------------------------------------------


def test_praising_an_actors_independence_is_praise(code: Code, country_triples: Triples) -> None:
    events = code(
        "The Freedonian president commended the independence and professionalism of the "
        "Sylvanian army."
    )
    assert country_triples(events) == [("FRD", "051", "SYL")]


def test_measures_proposed_threaten_no_one(code: Code) -> None:
    assert code("The measures proposed by the Freedonian government were adopted.") == []


def test_measures_proposed_against_a_party_threaten_it(
    code: Code, country_triples: Triples
) -> None:
    events = code("Freedonia proposed new measures against Sylvania.")
    assert country_triples(events) == [("FRD", "130", "SYL")]


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian government has shut down a major media outlet.",
        "Freedonian police closed the main radio station.",
    ],
)
def test_closing_a_media_outlet_restricts_political_freedoms_at_home(
    code: Code, text: str, country_triples: Triples
) -> None:
    assert country_triples(code(text)) == [("FRD", "1721", "FRD")]


@pytest.mark.parametrize(
    "text",
    [
        "A Freedonian court tried dozens of Sylvanian suspects.",
        "The Sylvanian activist was tried by a Freedonian military court.",
    ],
)
def test_a_court_trying_someone_takes_legal_action(
    code: Code, text: str, country_triples: Triples
) -> None:
    assert country_triples(code(text)) == [("FRD", "173", "SYL")]


def test_closing_a_station_of_another_kind_restricts_nothing(code: Code) -> None:
    assert code("Freedonian police closed the train station.") == []


@pytest.mark.parametrize(
    "text", ["The Freedonian court tried the case.", "The Freedonian court tried to stop the vote."]
)
def test_trying_a_case_or_trying_to_act_is_no_trial(code: Code, text: str) -> None:
    assert code(text) == []


def test_asking_about_something_is_no_appeal(code: Code) -> None:
    assert code("Sylvanian journalists asked the Freedonian minister about the attack.") == []


# -- instructions -----------------------------------------------------------------------


def test_telling_another_party_to_withdraw_is_a_demand(
    code: Code, country_triples: Triples
) -> None:
    events = code("The Freedonian president told Sylvania to withdraw its troops.")
    assert country_triples(events) == [("FRD", "100", "SYL")]


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian government told its citizens to leave Sylvania.",
        "The Freedonian government ordered its troops to leave Sylvania.",
    ],
)
def test_an_instruction_to_ones_own_people_is_no_demand_on_the_place(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.cameo[:2] == "10"] == []
