"""In-article inheritance of plans: "will meet" ... "the meeting" is still a plan."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from watchfloor.domain import Certainty
from watchfloor.nlp.certainty import DocumentContext, Grade, grade
from watchfloor.nlp.plans import PlanIndex, event_key

PLAN = "President Ruto will meet Prime Minister Modi in New Delhi next month. "


def _last(doc: Doc, text: str) -> Any:
    return [token for token in doc if token.text == text][-1]


def _grade_last(nlp: Any, text: str, word: str) -> Grade:
    doc = nlp(text)
    return grade(_last(doc, word), DocumentContext.build(doc))


def test_definite_meeting_after_will_meet_inherits_planned(nlp: Any) -> None:
    text = PLAN + "The meeting between Ruto and Modi marks a new phase in relations."
    result = _grade_last(nlp, text, "meeting")
    assert (result.certainty, result.cue) == (Certainty.PLANNED, "will meet")


def test_planned_visit_noun_passes_its_plan_to_the_visit(nlp: Any) -> None:
    text = "The minister's planned visit to Seoul drew protests. The visit is the first in years."
    result = _grade_last(nlp, text, "visit")
    assert (result.certainty, result.cue) == (Certainty.PLANNED, "planned visit")


def test_meeting_of_other_parties_does_not_inherit(nlp: Any) -> None:
    text = PLAN + "The meeting between Blinken and Wang in March ended without agreement."
    assert _grade_last(nlp, text, "meeting").certainty is Certainty.ASSERTED


def test_meeting_said_to_have_taken_place_is_asserted(nlp: Any) -> None:
    text = PLAN + "The meeting took place on Friday in New Delhi."
    assert _grade_last(nlp, text, "meeting").certainty is Certainty.ASSERTED


def test_plan_carried_out_later_ends_the_inheritance(nlp: Any) -> None:
    text = PLAN + "Ruto met Modi on Friday in New Delhi. The meeting lasted two hours."
    assert _grade_last(nlp, text, "meeting").certainty is Certainty.ASSERTED


def test_meeting_with_no_earlier_plan_is_asserted(nlp: Any) -> None:
    text = "The meeting between Ruto and Modi marks a new phase in relations."
    assert _grade_last(nlp, text, "meeting").certainty is Certainty.ASSERTED


def test_indefinite_event_noun_does_not_refer_back(nlp: Any) -> None:
    doc = nlp(PLAN + "A meeting between Ruto and Modi would mark a new phase.")
    index = PlanIndex.build(doc)
    assert index.planned_reference(_last(doc, "meeting")) is None


def test_a_planned_discussion_plans_the_meeting_it_names(nlp: Any) -> None:
    text = (
        "Ruto will travel to Delhi to discuss trade with Modi. "
        "The meeting between Modi and Ruto marks a new phase in relations."
    )
    assert _grade_last(nlp, text, "meeting").certainty is Certainty.PLANNED


def test_scheduled_event_nouns_share_the_key_of_their_verb(nlp: Any) -> None:
    doc = nlp("The meeting and the summit followed the trip and the attack.")
    keys = [event_key(_last(doc, word)) for word in ("meeting", "summit", "trip", "attack")]
    assert keys == ["meet", "meet", "travel", None]


def test_unscheduled_event_noun_does_not_inherit_a_future_verb(nlp: Any) -> None:
    text = "The agency will launch a task force. The launch drew criticism from Congress."
    assert _grade_last(nlp, text, "launch").certainty is Certainty.ASSERTED


def test_seed_meeting_between_putin_and_kim_inherits_planned(seed_docs: dict[str, Doc]) -> None:
    doc = seed_docs["004"]
    meeting = next(t for t in doc if t.text == "meeting" and t.nbor(1).text == "between")
    result = grade(meeting, DocumentContext.build(doc))
    assert result.certainty is Certainty.PLANNED
