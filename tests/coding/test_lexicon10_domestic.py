"""Who is source and who is target when a state acts on its own people: an order that
makes the ordered party restrict itself, the opposition a state acts against, protests
that continue another protest or protest an arrest, and the sites of rebels."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.domain import Actor, Event

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


# --- an order to restrict oneself is the orderer's coercion -----------------------------


def test_ordering_a_newspaper_to_suspend_publication_is_the_governments_restriction(
    code: Code,
    code_triples: Triples,
) -> None:
    events = code(
        "The Freedonian government ordered the opposition newspaper to suspend publication."
    )
    assert code_triples(events) == [("FRDGOV", "1721", "FRDOPP")]


def test_forcing_a_newspaper_to_suspend_publication_is_the_governments_restriction(
    code: Code,
    code_triples: Triples,
) -> None:
    events = code(
        "The Freedonian government forced the opposition newspaper to suspend publication."
    )
    assert code_triples(events) == [("FRDGOV", "1721", "FRDOPP")]


def test_an_order_to_the_states_own_organ_leaves_the_act_theirs(
    code: Code, code_triples: Triples
) -> None:
    events = code("The Freedonian president ordered the police to suspend publication.")
    assert ("FRDCOP", "1721", "FRD") in code_triples(events)
    assert all(e.cameo != "1721" or _code(e.source) == "FRDCOP" for e in events)


def test_asking_a_newspaper_to_suspend_publication_is_no_restriction(code: Code) -> None:
    events = code(
        "The Freedonian government asked the opposition newspaper to suspend publication."
    )
    assert all(e.cameo[:2] != "17" for e in events)


# --- the opposition a state acts against is its own ------------------------------------


def test_an_opposition_leader_the_government_arrests_is_its_own(
    code: Code, code_triples: Triples
) -> None:
    events = code("The Freedonian government arrested an opposition leader.")
    assert code_triples(events) == [("FRDGOV", "173", "FRDOPP")]


def test_an_opposition_newspaper_ordered_to_close_is_the_governments_own(
    code: Code, code_triples: Triples
) -> None:
    events = code(
        "The Freedonian government ordered an opposition newspaper to suspend publication."
    )
    assert code_triples(events) == [("FRDGOV", "1721", "FRDOPP")]


def test_a_state_backing_an_opposition_says_nothing_of_whose_it_is(code: Code) -> None:
    assert code("Freedonia backed opposition groups.") == []


def test_opposition_as_a_stance_is_no_opposition_party(code: Code) -> None:
    events = code("Freedonia reiterated its opposition to the Sylvanian plan.")
    assert all(_code(e.target) != "FRDOPP" for e in events)
    events = code("Freedonia condemned their opposition to the act.")
    assert all(_code(e.target) != "FRDOPP" for e in events)


def test_an_opposition_deeper_in_a_noun_phrase_takes_no_country(code: Code) -> None:
    events = code("The Freedonian government condemned the arrest of opposition leaders.")
    assert all(_code(e.target) != "FRDOPP" for e in events)


# --- a protest that follows another continues it ----------------------------------------


def test_a_riot_following_a_demonstration_takes_what_the_demonstration_called_for(
    code: Code,
    code_triples: Triples,
) -> None:
    events = code(
        "Freedonian students rioted following a demonstration calling for the resignation"
        " of the Freedonian president."
    )
    assert code_triples(events) == [("FRDEDU", "145", "FRDGOV")]


def test_a_riot_after_rallies_against_a_country_is_against_it(
    code: Code, code_triples: Triples
) -> None:
    events = code("Freedonian students rioted after rallies against Sylvania.")
    assert code_triples(events) == [("FRDEDU", "145", "SYL")]


def test_a_riot_after_a_demonstration_naming_no_one_has_no_target(
    code: Code, code_triples: Triples
) -> None:
    events = code("Freedonian students rioted after a peaceful demonstration in the morning.")
    assert code_triples(events) == [("FRDEDU", "145", None)]


# --- a protest against an arrest nobody is named for is against the own state ----------


def test_a_strike_in_protest_of_an_arrest_is_against_the_own_state(
    code: Code, code_triples: Triples
) -> None:
    events = code(
        "Freedonian opposition parties organized a general strike in protest of last week's"
        " arrest of activists."
    )
    assert code_triples(events) == [("FRDOPP", "143", "FRD")]


def test_a_strike_whose_relative_clause_protests_an_arrest_is_against_the_own_state(
    code: Code,
    code_triples: Triples,
) -> None:
    events = code(
        "Freedonian opposition parties organized a general strike that shut down the capital"
        " in protest of the arrest of activists."
    )
    assert [(s, c[:2], t) for s, c, t in code_triples(events)] == [("FRDOPP", "14", "FRD")]


def test_protesting_a_detention_is_against_the_own_state(code: Code, code_triples: Triples) -> None:
    events = code("Freedonian students marched to protest the detention of their leaders.")
    assert code_triples(events) == [("FRDEDU", "141", "FRD")]


def test_an_arrest_in_an_unknown_place_names_no_state(code: Code, code_triples: Triples) -> None:
    events = code("Freedonian students marched to protest the arrest of activists in Zarkovia.")
    assert code_triples(events) == [("FRDEDU", "141", None)]


def test_a_state_protesting_an_arrest_is_not_against_itself(code: Code) -> None:
    events = code("The Freedonian government staged a rally to protest the arrest of activists.")
    assert all(_code(e.target) != "FRD" for e in events)


def test_protesting_a_killing_names_no_state(code: Code, code_triples: Triples) -> None:
    events = code("Freedonian students marched to protest the killing of activists.")
    assert code_triples(events) == [("FRDEDU", "141", None)]


# --- a site of rebels is the rebels' ----------------------------------------------------


def test_capturing_the_own_countrys_rebel_stronghold_is_an_act_on_the_rebels(
    code: Code, code_triples: Triples
) -> None:
    events = code("Freedonian troops captured a Freedonian rebel stronghold.")
    assert code_triples(events) == [("FRDMIL", "192", "FRDREB")]


def test_shelling_guerrilla_camps_is_an_attack_on_the_guerrillas(
    code: Code, code_triples: Triples
) -> None:
    events = code("Freedonian troops shelled Freedonian guerrilla camps.")
    assert [(s, c[:2], t) for s, c, t in code_triples(events)] == [("FRDMIL", "19", "FRDREB")]


def test_a_rebel_stronghold_of_no_country_names_no_target(
    code: Code, code_triples: Triples
) -> None:
    events = code("Freedonian troops captured a rebel stronghold.")
    assert code_triples(events) == [("FRDMIL", "192", None)]


# --- a former official a court or police act on is of their country ---------------------


def test_a_former_president_a_judge_orders_to_appear_is_of_the_judges_country(
    code: Code,
    code_triples: Triples,
) -> None:
    events = code(
        "A Freedonian judge ordered former president Jose Alvarez to appear for questioning."
    )
    assert code_triples(events) == [("FRDJUD", "100", "FRDELI")]


def test_a_former_official_takes_no_country_from_where_he_speaks(code: Code) -> None:
    assert code("Former president Jose Alvarez criticized Sylvania in Fenwick.") == []
