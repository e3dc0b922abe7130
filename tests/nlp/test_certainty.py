"""Certainty and attribution of event triggers, with the real spaCy parse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from watchfloor.domain import Certainty
from watchfloor.nlp.certainty import DocumentContext, Grade, grade

Graded = Callable[..., Grade]


def _attribution(result: Grade) -> str | None:
    return result.attribution.text if result.attribution is not None else None


# -- the seed sentences ----------------------------------------------------------


def test_seed_reportedly_providing_is_reported_by_the_nsc(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["000"]
    result = grade(find(doc, "providing"), DocumentContext.build(doc))
    assert result.certainty is Certainty.REPORTED
    assert result.cue == "reportedly"
    assert _attribution(result) == "The National Security Council (NSC)"


def test_seed_intelligence_reports_indicate_is_reported_with_their_attribution(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["000"]
    result = grade(find(doc, "working"), DocumentContext.build(doc))
    assert result.certainty is Certainty.REPORTED
    assert _attribution(result) == "US intelligence reports"


def test_seed_is_said_to_be_receiving_is_reported(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["000"]
    result = grade(find(doc, "receiving"), DocumentContext.build(doc))
    assert result.certainty is Certainty.REPORTED
    assert result.cue == "is said"


def test_seed_shoigu_visit_in_july_is_asserted(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["000"]
    result = grade(find(doc, "visited"), DocumentContext.build(doc))
    assert result == Grade(Certainty.ASSERTED, None, None)


def test_seed_may_pave_the_way_is_speculated_according_to_kirby(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["000"]
    result = grade(find(doc, "pave"), DocumentContext.build(doc))
    assert result.certainty is Certainty.SPECULATED
    assert result.cue == "may"
    assert _attribution(result) == "NSC coordinator John Kirby"


def test_seed_will_travel_is_planned(seed_docs: dict[str, Doc], find: Callable[..., Any]) -> None:
    doc = seed_docs["004"]
    context = DocumentContext.build(doc)
    assert grade(find(doc, "travel"), context).certainty is Certainty.PLANNED
    assert grade(find(doc, "discuss"), context).certainty is Certainty.PLANNED


def test_seed_officials_believe_might_is_speculated_with_their_attribution(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["004"]
    result = grade(find(doc, "seeking"), DocumentContext.build(doc))
    assert result.certainty is Certainty.SPECULATED
    assert _attribution(result) == "Officials from South Korea"


def test_seed_summit_not_confirmed_stays_planned(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["004"]
    result = grade(find(doc, "take", after="isn’t confirming"), DocumentContext.build(doc))
    assert result.certainty is Certainty.PLANNED
    assert result.attribution is None


def test_seed_agencies_confident_of_visit_is_planned_with_their_attribution(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["004"]
    result = grade(find(doc, "visit", after="confident"), DocumentContext.build(doc))
    assert result.certainty is Certainty.PLANNED
    assert _attribution(result) == "top intelligence agencies"


def test_seed_providing_arms_under_potential_ramifications_is_speculated(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["004"]
    result = grade(find(doc, "providing", after="ramifications"), DocumentContext.build(doc))
    assert result.certainty is Certainty.SPECULATED
    assert result.cue == "potential ramifications"


def test_seed_planned_visit_noun_is_planned(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["004"]
    result = grade(find(doc, "visit"), DocumentContext.build(doc))
    assert (result.certainty, result.cue) == (Certainty.PLANNED, "planned")


# -- one test per cue family -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger", "certainty", "cue"),
    [
        (
            "Russian troops reportedly crossed the border.",
            "crossed",
            Certainty.REPORTED,
            "reportedly",
        ),
        ("Russian troops allegedly crossed the border.", "crossed", Certainty.ALLEGED, "allegedly"),
        ("The alleged attack killed five people.", "attack", Certainty.ALLEGED, "alleged"),
        (
            "Russian troops possibly crossed the border.",
            "crossed",
            Certainty.SPECULATED,
            "possibly",
        ),
        ("Russia might send troops.", "send", Certainty.SPECULATED, "might"),
        ("Russia could send troops.", "send", Certainty.SPECULATED, "could"),
        ("Russia will send troops.", "send", Certainty.PLANNED, "will"),
        ("Kim plans to visit Moscow.", "visit", Certainty.PLANNED, "plans"),
        ("Russia intends to annex the region.", "annex", Certainty.PLANNED, "intends"),
        ("Kim is to visit Moscow.", "visit", Certainty.PLANNED, "is to"),
        ("Kim is expected to arrive in Vladivostok.", "arrive", Certainty.PLANNED, "expected"),
        ("The ministry is scheduled to hold talks.", "hold", Certainty.PLANNED, "scheduled"),
        ("Russia would send troops.", "send", Certainty.HYPOTHETICAL, "would"),
        ("If the talks fail, Russia will attack.", "attack", Certainty.HYPOTHETICAL, "if"),
        (
            "Russia will attack unless the talks succeed.",
            "attack",
            Certainty.HYPOTHETICAL,
            "unless",
        ),
        ("Kim did not travel to Russia.", "travel", Certainty.NEGATED, "not"),
        ("Russia never sent troops.", "sent", Certainty.NEGATED, "never"),
        ("No attacks were reported.", "attacks", Certainty.NEGATED, "no"),
    ],
)
def test_cue_on_the_trigger_clause_decides(
    graded: Graded, sentence: str, trigger: str, certainty: Certainty, cue: str
) -> None:
    result = graded(sentence, trigger)
    assert (result.certainty, result.cue) == (certainty, cue)


def test_modal_on_a_governor_scopes_over_the_event_noun(graded: Graded) -> None:
    result = graded(
        "These negotiations may pave the way for high-level discussions.", "discussions"
    )
    assert (result.certainty, result.cue) == (Certainty.SPECULATED, "may")


def test_modal_in_a_relative_clause_does_not_reach_its_noun(graded: Graded) -> None:
    result = graded("Russia received munitions, which might be used in Ukraine.", "received")
    assert result.certainty is Certainty.ASSERTED


def test_cue_in_another_clause_of_the_sentence_does_not_apply(graded: Graded) -> None:
    result = graded("Russia might send troops, and Ukraine shelled the border.", "shelled")
    assert result.certainty is Certainty.ASSERTED


def test_according_to_reports_with_attribution(graded: Graded) -> None:
    result = graded(
        "According to Ukrainian officials, Russian troops crossed the border.", "crossed"
    )
    assert (result.certainty, result.cue) == (Certainty.REPORTED, "according to")
    assert _attribution(result) == "Ukrainian officials"


def test_sources_say_is_reported(graded: Graded) -> None:
    result = graded("Sources say Russian troops crossed the border.", "crossed")
    assert result.certainty is Certainty.REPORTED
    assert _attribution(result) == "Sources"


def test_third_party_statement_is_reported(graded: Graded) -> None:
    result = graded("Ukraine said Russian forces struck a fuel depot.", "struck")
    assert result.certainty is Certainty.REPORTED
    assert _attribution(result) == "Ukraine"


def test_party_asserting_its_own_action_is_asserted(graded: Graded) -> None:
    result = graded("The ministry said its forces struck a fuel depot.", "struck")
    assert result.certainty is Certainty.ASSERTED
    assert _attribution(result) == "The ministry"


def test_reported_would_is_a_plan(graded: Graded) -> None:
    result = graded("The ministry said it would send troops.", "send")
    assert result.certainty is Certainty.PLANNED
    assert _attribution(result) == "The ministry"


def test_accused_of_is_alleged_by_the_accuser(graded: Graded) -> None:
    result = graded("Ukraine accused Russia of shelling the plant.", "shelling")
    assert (result.certainty, result.cue) == (Certainty.ALLEGED, "accused")
    assert _attribution(result) == "Ukraine"


def test_believe_and_suspect_are_speculated(graded: Graded) -> None:
    result = graded("Analysts suspect that Russia supplied the drones.", "supplied")
    assert result.certainty is Certainty.SPECULATED
    assert _attribution(result) == "Analysts"


def test_denied_proposition_is_denied_by_the_denier(graded: Graded) -> None:
    result = graded("Moscow denied that its troops attacked the village.", "attacked")
    assert (result.certainty, result.cue) == (Certainty.DENIED, "denied")
    assert _attribution(result) == "Moscow"


def test_rejected_reports_that_is_denied(graded: Graded) -> None:
    result = graded("Russia rejected reports that its troops crossed the border.", "crossed")
    assert result.certainty is Certainty.DENIED
    assert _attribution(result) == "Russia"


def test_rejected_offer_is_no_denial_of_what_was_offered(graded: Graded) -> None:
    result = graded("Iran rejected an offer by the European Union to supply a reactor.", "supply")
    assert (result.certainty, result.cue) == (Certainty.HYPOTHETICAL, "offer")


def test_the_denial_itself_is_the_deniers_asserted_event(graded: Graded) -> None:
    assert (
        graded("Moscow denied that its troops attacked.", "denied").certainty is Certainty.ASSERTED
    )


def test_declining_to_confirm_leaves_a_bare_claim_speculated(graded: Graded) -> None:
    result = graded("The Pentagon declined to confirm that Russia received the shells.", "received")
    assert (result.certainty, result.cue) == (Certainty.SPECULATED, "declined to confirm")


def test_unconfirmed_reports_are_speculated(graded: Graded) -> None:
    result = graded("Unconfirmed reports say Russian troops crossed the border.", "crossed")
    assert result.certainty is Certainty.SPECULATED


def test_future_time_phrase_makes_a_plan(graded: Graded) -> None:
    result = graded("Putin meets Kim in the coming weeks.", "meets")
    assert (result.certainty, result.cue) == (Certainty.PLANNED, "the coming weeks")


# -- across sentences: retractions, questions, FAQ, headings ------------------------


def test_this_is_just_speculation_downgrades_the_sentence_before(nlp: Any, find: Any) -> None:
    doc = nlp("Kim Jong Un met Putin in Vladivostok. This is just speculation.")
    result = grade(find(doc, "met"), DocumentContext.build(doc))
    assert (result.certainty, result.cue) == (Certainty.SPECULATED, "this is just speculation")


def test_not_been_confirmed_downgrades_the_sentence_before(nlp: Any, find: Any) -> None:
    doc = nlp("Russian troops crossed the border. This has not been confirmed.")
    result = grade(find(doc, "crossed"), DocumentContext.build(doc))
    assert result.certainty is Certainty.SPECULATED


def test_retraction_leaves_earlier_sentences_alone(nlp: Any, find: Any) -> None:
    doc = nlp("Russia shelled Kharkiv. Russian troops crossed the border. This is speculation.")
    context = DocumentContext.build(doc)
    assert grade(find(doc, "shelled"), context).certainty is Certainty.ASSERTED
    assert grade(find(doc, "crossed"), context).certainty is Certainty.SPECULATED


def test_retraction_keeps_a_planned_event_planned(nlp: Any, find: Any) -> None:
    doc = nlp("Kim will visit Moscow. This has not been confirmed.")
    result = grade(find(doc, "visit"), DocumentContext.build(doc))
    assert result.certainty is Certainty.PLANNED


def test_confirmed_sentence_after_is_no_retraction(nlp: Any, find: Any) -> None:
    doc = nlp("Russian troops crossed the border. This has been confirmed by Kyiv.")
    result = grade(find(doc, "crossed"), DocumentContext.build(doc))
    assert result.certainty is Certainty.ASSERTED


def test_questions_are_not_eventful(nlp: Any) -> None:
    doc = nlp("Will Russia attack Kyiv? Russia attacked Kharkiv.")
    context = DocumentContext.build(doc)
    assert [context.is_eventful(s) for s in doc.sents] == [False, True]


def test_faq_section_questions_and_answers_are_not_eventful(seed_docs: dict[str, Doc]) -> None:
    doc = seed_docs["000"]
    context = DocumentContext.build(doc)
    faq = doc.text.index("Frequently Asked Questions")
    flags = [(s.start_char >= faq, context.is_eventful(s)) for s in doc.sents]
    assert all(eventful for in_faq, eventful in flags if not in_faq)
    assert not any(eventful for in_faq, eventful in flags if in_faq)


def test_heading_line_is_not_eventful(nlp: Any) -> None:
    doc = nlp("Russia Attacks Kharkiv\n\nUkraine said on Monday.\n\nKim met Putin.")
    context = DocumentContext.build(doc)
    first = next(iter(doc.sents))
    assert first.text.startswith("Russia Attacks")
    assert context.is_heading(first[1])
    assert not context.is_heading(doc[-2])


def test_title_before_a_blank_line_is_its_own_sentence_and_no_event(
    seed_docs: dict[str, Doc], find: Callable[..., Any]
) -> None:
    doc = seed_docs["004"]
    context = DocumentContext.build(doc)
    meet, travel = find(doc, "Meet"), find(doc, "travel")
    assert context.is_heading(meet)
    assert not context.is_heading(travel)
    assert meet.sent != travel.sent
    assert not context.is_eventful(meet.sent)
    assert context.is_eventful(travel.sent)


def test_single_line_without_full_stop_is_no_heading(nlp: Any) -> None:
    doc = nlp("Russia attacked Kharkiv")
    context = DocumentContext.build(doc)
    assert context.is_eventful(next(iter(doc.sents)))
    assert not context.is_heading(doc[0])
