"""Certainty on news-style sentences: every grade, with attribution where a source speaks.

Each case is a sentence written in the manner of wire copy, parsed by the real
spaCy pipeline; the trigger is the word the event coder would pick.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchfloor.domain import Certainty
from watchfloor.nlp.certainty import Grade

Graded = Callable[..., Grade]
Case = tuple[str, str, str | None]  # sentence, trigger, attribution


def _check(
    graded: Graded, sentence: str, trigger: str, certainty: Certainty, source: str | None
) -> None:
    result = graded(sentence, trigger)
    assert result.certainty is certainty, (result.certainty, result.cue)
    attribution = result.attribution.text if result.attribution is not None else None
    assert attribution == source


ASSERTED: list[Case] = [
    ("Rebels shelled the town of Marib on Tuesday, killing four civilians.", "shelled", None),
    ("Police arrested twelve protesters outside parliament.", "arrested", None),
    ("The army said its units destroyed three rebel depots.", "destroyed", "The army"),
    ("The strike, which killed six people, was condemned by the United Nations.", "killed", None),
    (
        "The minister vowed to keep fighting even after rebels were driven out of the capital.",
        "driven",
        None,
    ),
    # The author speaking in the first person asserts what it announces.
    (
        "I am pleased to announce the release of a journalist who was detained in Caracas.",
        "detained",
        "I",
    ),
    ("We announced today that rebels have freed the hostages.", "freed", "We"),
]


@pytest.mark.parametrize(("sentence", "trigger", "source"), ASSERTED)
def test_plain_past_report_is_asserted(
    graded: Graded, sentence: str, trigger: str, source: str | None
) -> None:
    _check(graded, sentence, trigger, Certainty.ASSERTED, source)


REPORTED: list[Case] = [
    (
        "Officials said on Monday that troops had crossed the border near Kharkiv.",
        "crossed",
        "Officials",
    ),
    ("Witnesses told reporters that soldiers opened fire on the crowd.", "opened", "Witnesses"),
    (
        "According to the Syrian Observatory for Human Rights, government forces seized the "
        "village.",
        "seized",
        "the Syrian Observatory for Human Rights",
    ),
    ("Turkish warplanes reportedly bombed Kurdish positions in northern Iraq.", "bombed", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "source"), REPORTED)
def test_third_party_account_is_reported_with_its_source(
    graded: Graded, sentence: str, trigger: str, source: str | None
) -> None:
    _check(graded, sentence, trigger, Certainty.REPORTED, source)


ALLEGED: list[Case] = [
    ("Kyiv accused Moscow of shelling the nuclear plant.", "shelling", "Kyiv"),
    ("The militia allegedly abducted two aid workers.", "abducted", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "source"), ALLEGED)
def test_accusation_is_alleged(
    graded: Graded, sentence: str, trigger: str, source: str | None
) -> None:
    _check(graded, sentence, trigger, Certainty.ALLEGED, source)


DENIED: list[Case] = [
    ("The ministry denied that its forces fired on the convoy.", "fired", "The ministry"),
    (
        "Beijing rejected reports that its coast guard rammed a Philippine vessel.",
        "rammed",
        "Beijing",
    ),
    (
        "The Kremlin dismissed claims that it had ordered the assassination.",
        "ordered",
        "The Kremlin",
    ),
    ("Hamas has denied any involvement in the rocket attack.", "attack", "Hamas"),
]


@pytest.mark.parametrize(("sentence", "trigger", "source"), DENIED)
def test_denial_of_event_or_report_is_denied_by_the_denier(
    graded: Graded, sentence: str, trigger: str, source: str | None
) -> None:
    _check(graded, sentence, trigger, Certainty.DENIED, source)


NOT_DENIED: list[tuple[str, str]] = [
    ("The prime minister rejected the new sanctions that ban exports to the region.", "ban"),
    ("The court dismissed the general who had ordered the raid.", "ordered"),
    ("Israel denied the request for a humanitarian corridor.", "request"),
]


@pytest.mark.parametrize(("sentence", "trigger"), NOT_DENIED)
def test_rejecting_a_measure_or_a_request_denies_nothing(
    graded: Graded, sentence: str, trigger: str
) -> None:
    assert graded(sentence, trigger).certainty is not Certainty.DENIED


PLANNED: list[Case] = [
    ("The two leaders are due to meet next week in Jakarta.", "meet", None),
    ("The foreign minister will travel to Beijing on Thursday.", "travel", None),
    ("The government plans to deploy additional troops to the border.", "deploy", None),
    ("The government seeks to impose new sanctions on its neighbour.", "impose", None),
    ("The president is expected to sign the agreement later this month.", "sign", None),
    ("The ministry said it would send troops to the region.", "send", "The ministry"),
    ("The government is willing to withdraw its forces from the islands.", "withdraw", None),
    ("The cabinet is ready to resume negotiations with the rebels.", "resume", None),
    ("The junta is prepared to lift the ban on opposition parties.", "lift", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "source"), PLANNED)
def test_scheduled_or_announced_event_is_planned(
    graded: Graded, sentence: str, trigger: str, source: str | None
) -> None:
    _check(graded, sentence, trigger, Certainty.PLANNED, source)


HYPOTHETICAL: list[tuple[str, str]] = [
    ("Iran could retaliate if Israel strikes its nuclear facilities.", "retaliate"),
    ("Iran could retaliate if Israel strikes its nuclear facilities.", "strikes"),
    ("The opposition threatened to boycott the elections.", "boycott"),
    ("The council called for an immediate ceasefire.", "ceasefire"),
]


@pytest.mark.parametrize(("sentence", "trigger"), HYPOTHETICAL)
def test_condition_threat_or_demand_is_hypothetical(
    graded: Graded, sentence: str, trigger: str
) -> None:
    _check(graded, sentence, trigger, Certainty.HYPOTHETICAL, None)


SPECULATED: list[Case] = [
    ("Analysts believe that Pyongyang may test another missile.", "test", "Analysts"),
    (
        "Western officials fear that Russia might launch a new offensive.",
        "launch",
        "Western officials",
    ),
    ("The United Nations warned of famine in the besieged north.", "famine", None),
    (
        "Diplomats discussed the risk of Serbia recognising the breakaway region.",
        "recognising",
        None,
    ),
    (
        "Observers cautioned against the potential consequences of China sending troops to the "
        "island.",
        "sending",
        None,
    ),
    ("The spokesman would not say whether the navy had seized the tanker.", "seized", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "source"), SPECULATED)
def test_possibility_belief_or_open_question_is_speculated(
    graded: Graded, sentence: str, trigger: str, source: str | None
) -> None:
    _check(graded, sentence, trigger, Certainty.SPECULATED, source)


NEGATED: list[tuple[str, str]] = [
    ("No casualties were reported after the explosion in the port.", "casualties"),
    ("The army did not withdraw from the city.", "withdraw"),
    ("Neither Washington nor Brussels recognised the vote.", "recognised"),
    ("None of the ministers attended the summit in Brasilia.", "attended"),
    ("Moscow says it has no plans to invade its neighbour.", "invade"),
]


@pytest.mark.parametrize(("sentence", "trigger"), NEGATED)
def test_negated_event_is_no_assertion(graded: Graded, sentence: str, trigger: str) -> None:
    assert graded(sentence, trigger).certainty is Certainty.NEGATED


def test_negation_does_not_reach_into_a_finite_adverbial_clause(graded: Graded) -> None:
    sentence = "The rebels will not disarm, even after peace talks were held in Doha."
    assert graded(sentence, "disarm").certainty is Certainty.NEGATED
    assert graded(sentence, "held").certainty is Certainty.ASSERTED


def test_whether_or_not_is_an_open_question_not_a_negation(graded: Graded) -> None:
    result = graded("The envoy would not say whether or not Chile backed the motion.", "backed")
    assert (result.certainty, result.cue) == (Certainty.SPECULATED, "whether")


def test_participle_after_a_threat_noun_describes_a_real_threat(graded: Graded) -> None:
    sentence = "The ministers discussed the threat posed by Iran to shipping."
    assert graded(sentence, "posed").certainty is Certainty.ASSERTED
