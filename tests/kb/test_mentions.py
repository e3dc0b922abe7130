"""Actor mentions of parsed articles: seeds, metonymy and in-article references."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from watchfloor.kb import ActorResolver, Mention, load_kb

SEED_DAY = date(2023, 11, 11)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def found(doc: Any, mentions: list[Mention]) -> dict[str, str | None]:
    return {doc[m.start : m.end].text: m.actor.code for m in mentions}


def seed_text(seed_paths: list[Path], start: str) -> str:
    return next(p for p in seed_paths if p.name.startswith(start)).read_text(encoding="utf-8")


def test_first_seed_mentions(nlp: Any, seed_paths: list[Path], resolver: ActorResolver) -> None:
    doc = nlp(seed_text(seed_paths, "000"))
    codes = found(doc, resolver.mentions(doc, SEED_DAY))
    assert codes["North Korean officials"] == "PRKGOV"
    assert codes["the Russian military"] == "RUSMIL"
    assert codes["Russian Defense Minister Sergei Shoigu"] == "RUSMIL"
    assert codes["NSC coordinator John Kirby"] == "USAGOV"
    assert codes["US intelligence"] == "USASPY"
    assert codes["Pyongyang"] == "PRKGOV"


def test_second_seed_mentions(nlp: Any, seed_paths: list[Path], resolver: ActorResolver) -> None:
    doc = nlp(seed_text(seed_paths, "004"))
    mentions = resolver.mentions(doc, SEED_DAY)
    codes = found(doc, mentions)
    assert codes["Officials from South Korea"] == "KORGOV"
    assert codes["Russia’s President Vladimir Putin"] == "RUSGOV"
    leader = next(m for m in mentions if doc[m.start : m.end].text == "the supreme leader")
    assert (leader.kind, leader.actor.kb_id) == ("coreference", "person:kim-jong-un")


def test_mentions_are_sorted_and_do_not_overlap(
    nlp: Any, seed_paths: list[Path], resolver: ActorResolver
) -> None:
    for path in seed_paths:
        mentions = resolver.mentions(nlp(path.read_text(encoding="utf-8")), SEED_DAY)
        assert mentions
        for before, after in itertools.pairwise(mentions):
            assert before.end <= after.start


def test_capital_as_subject_is_the_government(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Pyongyang said the tests would continue. Moscow denied the report.")
    codes = found(doc, resolver.mentions(doc))
    assert codes == {"Pyongyang": "PRKGOV", "Moscow": "RUSGOV"}


def test_agent_noun_that_only_modifies_is_not_an_actor(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("North Korea needs Russian military equipment.")
    codes = found(doc, resolver.mentions(doc))
    assert codes == {"North Korea": "PRK", "Russian": "RUS"}


def test_date_of_the_article_picks_the_role(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Sergei Shoigu met Chinese officials in Beijing.")
    assert resolver.mentions(doc, date(2023, 11, 11))[0].actor.code == "RUSMIL"
    assert resolver.mentions(doc, date(2025, 3, 1))[0].actor.code == "RUSGOV"


def test_surname_after_full_name_is_the_same_person(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp(
        "Ukrainian analyst John Doe said the talks had failed. "
        "Doe added that Kyiv would not accept the terms."
    )
    mentions = resolver.mentions(doc)
    doe = [m for m in mentions if doc[m.start : m.end].text == "Doe"]
    assert len(doe) == 1
    assert (doe[0].kind, doe[0].actor.country, doe[0].actor.name) == (
        "coreference",
        "UKR",
        "John Doe",
    )


def test_definite_agent_takes_the_only_country_nearby(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Iran launched a satellite on Sunday. The regime said it was peaceful.")
    regime = next(m for m in resolver.mentions(doc) if "regime" in doc[m.start : m.end].text)
    assert (regime.kind, regime.actor.code) == ("coreference", "IRNGOV")


def test_definite_agent_with_two_countries_nearby_stays_unresolved(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc = nlp("Iran and Iraq signed a deal on Sunday. The regime said it was peaceful.")
    regime = next(m for m in resolver.mentions(doc) if "regime" in doc[m.start : m.end].text)
    assert regime.actor.country is None and regime.actor.code is None


def test_the_country_refers_to_the_one_country_just_named(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc = nlp("Chile held elections on Sunday. Turnout in the country was high.")
    country = next(m for m in resolver.mentions(doc) if doc[m.start : m.end].text == "the country")
    assert country.actor.code == "CHL"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("A prominent anti-Syria journalist was killed in Beirut.", "Syria"),
        ("Pro-Russian separatists attacked the town.", "Russian"),
        ("Anti-American protesters burned a flag.", "American"),
    ],
)
def test_a_name_after_anti_or_pro_is_a_cause_not_an_actor(
    nlp: Any, resolver: ActorResolver, text: str, stance: str
) -> None:
    doc = nlp(text)
    assert all(stance not in doc[m.start : m.end].text for m in resolver.mentions(doc, SEED_DAY))
