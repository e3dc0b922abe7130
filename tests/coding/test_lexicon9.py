"""Lexicon 9: PLOVER distinctions the CAMEO rows miss. Resignations (the `plover=` flag),
force posture, boycotts and strikes, expulsions, investigations, promised protection."""

from __future__ import annotations

import csv
from collections.abc import Callable

import pytest

from watchfloor.coding.lexicon import load_lexicon, parse_lexicon
from watchfloor.coding.ontology import load_ontology, ontology_dir
from watchfloor.domain import Actor, Certainty, Event, Plover
from watchfloor.errors import LexiconError

Code = Callable[..., list[Event]]
Coded = tuple[str | None, str, str | None]
Triples = Callable[[list[Event]], list[Coded]]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _plover(events: list[Event], cameo: str) -> list[Plover | None]:
    return [e.plover for e in events if e.cameo == cameo]


# --- the plover= flag ------------------------------------------------------------------


def test_the_plover_flag_names_event_and_mode() -> None:
    lexicon = parse_lexicon(
        [
            (
                "hand.txt",
                "verb resign -> 0831 plover=RETREAT:resign\nverb quit -> 0831 plover=RETREAT",
            )
        ]
    )
    assert lexicon.patterns_for("verb", "resign")[0].plover == Plover("RETREAT", "resign")
    assert lexicon.patterns_for("verb", "quit")[0].plover == Plover("RETREAT", None)


@pytest.mark.parametrize("flag", ["plover=retreat", "plover=RETREAT:", "plover=:resign"])
def test_a_malformed_plover_flag_is_a_lexicon_error(flag: str) -> None:
    with pytest.raises(LexiconError, match="plover flag"):
        parse_lexicon([("hand.txt", f"verb resign -> 0831 {flag}")])


def test_every_plover_flag_names_an_event_and_mode_of_the_codebook() -> None:
    with (ontology_dir() / "PLOVER_structured_codebook.csv").open(encoding="utf-8") as rows:
        known = {(row["event"], row["mode"] or None) for row in csv.DictReader(rows)}
    flagged = {p.plover for p in load_lexicon().patterns if p.plover is not None}
    assert flagged
    assert {(p.event, p.mode) for p in flagged} <= known


def test_an_act_done_keeps_the_flagged_event_an_intended_one_the_intent() -> None:
    ontology, act = load_ontology(), Plover("RETREAT", "resign")
    assert ontology.intended_plover("0831", Certainty.ASSERTED, act) == act
    assert ontology.intended_plover("0831", Certainty.PLANNED, act) == Plover("AGREE", None)
    assert ontology.intended_plover("0831", Certainty.ASSERTED) == Plover("CONCEDE", None)


# --- resignations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian prime minister resigned under pressure from Sylvania.",
        "The Freedonian prime minister resigned amid protests by Sylvanian students.",
        "The Freedonian prime minister resigned in the face of Sylvania's demands.",
        "The Freedonian president stepped down as the Sylvanian army threatened to invade.",
        "The Freedonian foreign minister resigned his post under Sylvanian pressure.",
    ],
)
def test_a_resignation_under_pressure_is_a_retreat_towards_who_pressed(
    code: Code, text: str, country_triples: Triples
) -> None:
    events = code(text)
    assert ("FRD", "0831", "SYL") in country_triples(events)
    assert _plover(events, "0831") == [Plover("RETREAT", "resign")]


def test_a_resignation_alone_is_no_event(code: Code) -> None:
    assert code("The Freedonian prime minister resigned on Sunday.") == []


def test_a_promised_resignation_is_a_promise(code: Code) -> None:
    events = code("The Freedonian prime minister will resign under pressure from Sylvania.")
    assert [(e.cameo, e.plover, e.certainty) for e in events] == [
        ("0831", Plover("AGREE", None), Certainty.PLANNED)
    ]


def test_resigning_in_protest_stays_protest(code: Code) -> None:
    events = code("The Freedonian defence minister resigned in protest at the Sylvanian attack.")
    assert [e.cameo for e in events] == ["140"]


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian prime minister refused to resign despite Sylvanian pressure.",
        "The Freedonian prime minister declined to step down despite Sylvanian pressure.",
    ],
)
def test_refusing_to_resign_stays_a_refusal(code: Code, text: str) -> None:
    assert [e.cameo for e in code(text)] == ["1231"]


def test_resigning_oneself_to_a_fact_is_no_event(code: Code) -> None:
    assert code("The Freedonian president resigned himself to Sylvanian pressure.") == []


# --- force posture -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian army prepared to resume shelling Sylvanian territory.",
        "Freedonian troops are preparing to attack Sylvania.",
        "The Freedonian army prepared an offensive against Sylvania.",
    ],
)
def test_preparing_to_use_force_is_a_force_posture(
    code: Code, text: str, country_triples: Triples
) -> None:
    events = code(text)
    assert country_triples(events) == [("FRD", "152", "SYL")]
    assert [(e.plover, e.certainty) for e in events] == [
        (Plover("MOBILIZE", "troops"), Certainty.ASSERTED)
    ]


def test_preparing_to_cooperate_stays_a_promise(code: Code) -> None:
    events = code("Freedonia prepared to send aid to Sylvania.")
    assert [(e.cameo, e.plover) for e in events] == [("070", Plover("AGREE", None))]


def test_a_threat_to_resume_shelling_is_a_threat_of_force(code: Code) -> None:
    assert [e.cameo for e in code("Freedonia threatened to resume shelling Sylvania.")] == ["138"]


def test_an_act_ordered_is_part_of_the_order_not_done(code: Code, country_triples: Triples) -> None:
    assert country_triples(code("Freedonia ordered Sylvania to release the prisoners.")) == [
        ("FRD", "100", "SYL")
    ]


# --- boycotts and strikes ----------------------------------------------------------------


def test_a_conditional_boycott_of_elections_is_a_threat(code: Code) -> None:
    events = code(
        "The Freedonian opposition said it will boycott the elections unless the president resigns."
    )
    boycotts = [e for e in events if e.cameo == "143"]
    assert [(e.plover, e.certainty) for e in boycotts] == [
        (Plover("THREATEN", None), Certainty.HYPOTHETICAL)
    ]


def test_a_boycott_of_elections_named_by_its_noun_is_dissent(code: Code) -> None:
    events = code("The Freedonian opposition's boycott of the elections angered the government.")
    assert [(e.cameo, e.plover) for e in events] == [("143", Plover("PROTEST", "boycott"))]


def test_a_state_boycotting_goods_imposes_an_embargo(code: Code) -> None:
    events = code("Freedonia boycotted Sylvanian goods.")
    assert [(e.cameo, e.plover and e.plover.event) for e in events] == [("163", "SANCTION")]


def test_consumers_boycotting_goods_protest(code: Code) -> None:
    assert [e.cameo for e in code("Freedonian consumers boycotted Sylvanian products.")] == ["143"]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Thousands of Freedonian teachers struck on Monday.", Certainty.ASSERTED),
        (
            "Freedonian workers will strike unless the government raises wages.",
            Certainty.HYPOTHETICAL,
        ),
        ("Freedonian teachers prepared to strike.", Certainty.PLANNED),
    ],
)
def test_working_people_who_strike_hold_a_labour_strike(
    code: Code, text: str, certainty: Certainty
) -> None:
    events = code(text)
    assert [(e.cameo, e.certainty) for e in events] == [("143", certainty)]
    if certainty is Certainty.ASSERTED:
        assert events[0].plover == Plover("PROTEST", "strike")


def test_workers_striking_a_deal_agree(code: Code) -> None:
    events = code("Freedonian workers struck a deal with Sylvania.")
    assert {e.cameo for e in events} == {"057"}


# --- expulsions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Freedonia forced the Sylvanian refugee agency out of the country.", "166"),
        ("Freedonia forced the Sylvanian aid agency out of the country.", "1663"),
        ("Freedonia ordered Sylvanian diplomats out of the country.", "166"),
        ("Freedonia kicked the Sylvanian ambassador out of the country.", "166"),
        ("Freedonia kicked out the Sylvanian ambassador.", "166"),
        ("Freedonia ordered the Sylvanian ambassador to leave the country.", "166"),
        ("Freedonia ordered Sylvanian journalists out of the country.", "174"),
        ("Freedonia threw Sylvanian journalists out of the country.", "174"),
        ("Freedonia forced Sylvanian refugees out of the country.", "201"),
    ],
)
def test_putting_someone_out_of_the_country_expels_them(
    code: Code, text: str, cameo: str, country_triples: Triples
) -> None:
    assert country_triples(code(text)) == [("FRD", cameo, "SYL")]


def test_someone_thrown_out_of_the_country_is_expelled_by_an_unnamed_agent(
    code: Code, country_triples: Triples
) -> None:
    assert country_triples(code("Sylvanian journalists were thrown out of the country.")) == [
        (None, "174", "SYL")
    ]


def test_forces_driven_out_of_the_country_are_not_expelled(code: Code) -> None:
    events = code("Freedonian forces drove Sylvanian troops out of the country.")
    assert not [e for e in events if e.cameo.startswith(("16", "17", "20"))]


# --- investigations and arrests ----------------------------------------------------------


def test_a_judge_named_without_a_known_actor_opens_an_investigation(
    code: Code, country_triples: Triples
) -> None:
    events = code(
        "Judge Ramon Alvarez opened fraud investigations against 28 Sylvanian government officials."
    )
    assert country_triples(events) == [(None, "090", "SYL")]


def test_an_unknown_name_without_a_judicial_title_names_no_agent(code: Code) -> None:
    assert code("President Xanthos met the Sylvanian foreign minister.") == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A Sylvanian national has been put under investigation in Freedonia.", "090"),
        ("A Sylvanian national was arrested in Freedonia on Monday.", "173"),
        ("Sylvanian journalists, who were detained in Freedonia, went on trial.", "173"),
    ],
)
def test_a_passive_arrest_or_investigation_in_a_country_is_that_country_s(
    code: Code, text: str, cameo: str, country_triples: Triples
) -> None:
    assert ("FRD", cameo, "SYL") in country_triples(code(text))


def test_a_passive_arrest_in_two_countries_has_no_state_source(code: Code) -> None:
    events = code("A Sylvanian national was arrested in Freedonia and in France.")
    assert [e.source for e in events] == [None]


# --- promised protection, agreements after a fronted phrase -----------------------------


def test_the_purpose_slot_names_the_verb_of_a_purpose_infinitive() -> None:
    lexicon = parse_lexicon([("hand.txt", "verb send obj=* purpose=defend -> 074")])
    (pattern,) = lexicon.patterns_for("verb", "send")
    assert pattern.purpose is not None and "defend" in pattern.purpose.heads
    assert pattern.specificity == pytest.approx(2.1)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia is willing to send troops to help defend Sylvania.",
        "Freedonia is willing to send material to help defend Sylvania if it is attacked.",
    ],
)
def test_offering_forces_to_defend_another_promises_protection(
    code: Code, text: str, country_triples: Triples
) -> None:
    events = code(text)
    assert country_triples(events) == [("FRD", "074", "SYL")]
    assert [e.plover for e in events] == [Plover("AGREE", None)]
    assert events[0].certainty in (Certainty.PLANNED, Certainty.HYPOTHETICAL)


def test_sending_forces_to_protect_another_is_military_protection(code: Code) -> None:
    events = code("Freedonia sent troops to protect Sylvania.")
    assert [(e.cameo, e.plover, e.certainty) for e in events] == [
        ("074", Plover("AID", None), Certainty.ASSERTED)
    ]


def test_an_oath_to_fight_parsed_as_a_purpose_clause_names_its_target(
    code: Code, country_triples: Triples
) -> None:
    events = code("Sylvanian rebels have sworn to fight the Freedonian army.")
    assert country_triples(events) == [("SYL", "138", "FRD")]


def test_a_subject_coordinated_into_a_fronted_phrase_is_the_subject(code: Code) -> None:
    events = code(
        "With the signing of a memorandum on the cessation of hostilities, the Freedonian"
        " government and the FLF/A have agreed to allow humanitarian access."
    )
    assert [(e.source and e.source.code, e.cameo) for e in events] == [("FRDGOV", "030")]


@pytest.mark.parametrize(
    "text",
    [
        "With the signing of a memorandum on the cessation of hostilities, the Freedonian"
        " government and SPLM/A have agreed to allow humanitarian access.",
        "With the signing of a Memorandum of Understanding (MOU) on Cessation of Hostilities,"
        " the Sylvanian government and SPLM/A have agreed to allow humanitarian access.",
    ],
)
def test_a_name_split_at_a_slash_is_one_party_of_a_joint_agreement(code: Code, text: str) -> None:
    events = code(text)
    assert {e.cameo for e in events} == {"030"}
    assert len(events) == 2 and all(e.source and e.target for e in events)


def test_a_pronoun_reporting_an_unnamed_party_names_an_agent(code: Code) -> None:
    events = code("The party said it would boycott Freedonia's elections unless the army withdrew.")
    assert [(e.source, e.cameo, _country(e.target), e.plover) for e in events] == [
        (None, "143", "FRD", Plover("THREATEN", None))
    ]
