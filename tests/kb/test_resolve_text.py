"""Resolving phrases in isolation: dates, composition, metonymy, boundaries, unknowns."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.kb import ActorResolver, load_kb


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def code(resolver: ActorResolver, text: str, on: date | None = None) -> str | None:
    actor = resolver.resolve_text(text, on)
    return actor.code if actor else None


def test_shoigu_is_military_while_defence_minister(resolver: ActorResolver) -> None:
    assert code(resolver, "Sergei Shoigu", date(2023, 11, 11)) == "RUSMIL"


def test_shoigu_is_government_as_security_council_secretary(resolver: ActorResolver) -> None:
    assert code(resolver, "Sergei Shoigu", date(2025, 3, 1)) == "RUSGOV"


def test_without_a_date_the_latest_role_counts(resolver: ActorResolver) -> None:
    assert code(resolver, "Shoigu") == "RUSGOV"


def test_person_resolution_keeps_kb_identity(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Kim Jong-un", date(2023, 9, 1))
    assert actor is not None
    assert (actor.kb_id, actor.name, actor.code) == ("person:kim-jong-un", "Kim Jong Un", "PRKGOV")


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Russian Defense Minister Sergei Shoigu", date(2023, 11, 11), "RUSMIL"),
        ("Russian President Vladimir Putin", date(2023, 11, 11), "RUSGOV"),
        ("North Korean officials", None, "PRKGOV"),
        ("US intelligence", None, "USASPY"),
        ("U.S. intelligence agencies", None, "USASPY"),
        ("officials from South Korea", None, "KORGOV"),
        ("the Supreme Leader of North Korea", None, "PRKGOV"),
        ("the Russian military", None, "RUSMIL"),
        ("Israeli troops", None, "ISRMIL"),
        ("Iranian protesters", None, "IRNCVL"),
        ("NSC coordinator John Kirby", date(2023, 11, 11), "USAGOV"),
        ("Russia's President Vladimir Putin", None, "RUSGOV"),
        ("British Defence Secretary", None, "GBRMIL"),
        ("Egyptian police", None, "EGYCOP"),
        ("Sudanese rebels", None, "SDNREB"),
        ("Nigerian lawmakers", None, "NGALEG"),
    ],
)
def test_compositional_phrases_resolve_as_a_whole(
    resolver: ActorResolver, text: str, on: date | None, expected: str
) -> None:
    assert code(resolver, text, on) == expected


def test_the_text_title_picks_the_tenure_it_names(resolver: ActorResolver) -> None:
    # a 2025 article recalling Shoigu as defence minister speaks of that tenure
    assert code(resolver, "Defense Minister Sergei Shoigu", date(2025, 3, 1)) == "RUSMIL"


def test_a_title_naming_the_dated_role_keeps_it(resolver: ActorResolver) -> None:
    # Rutte was Dutch prime minister until 2024-07-02, then NATO's Secretary General.
    assert code(resolver, "NATO Secretary General Mark Rutte", date(2025, 2, 1)) == "IGOWSTNAT"
    assert code(resolver, "Dutch Prime Minister Mark Rutte", date(2020, 2, 1)) == "NLDGOV"


def test_a_generic_title_does_not_override_the_dated_role(resolver: ActorResolver) -> None:
    assert code(resolver, "Russian official Sergei Shoigu", date(2023, 11, 11)) == "RUSMIL"


def test_former_holder_is_an_elite(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("former Russian president")
    assert actor is not None and actor.code == "RUSELI"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("United Nations Security Council", "IGOUNO"),
        ("the United Nations Security Council", "IGOUNO"),
        ("NATO", "IGOWSTNAT"),
        ("IAEA", "IGOUNOIAE"),
        ("Hamas", "PSEREB"),
        ("Hezbollah", "LBNREB"),
        ("the Taliban", "AFGREB"),
        ("al-Shabaab", "SOMREB"),
    ],
)
def test_organisations_keep_their_codes(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


def test_international_body_with_agent_gets_its_sector(resolver: ActorResolver) -> None:
    assert code(resolver, "UN peacekeepers") == "IGOUNOMIL"


def test_nationality_before_a_council_makes_it_national(resolver: ActorResolver) -> None:
    assert code(resolver, "Russian Security Council") == "RUSGOV"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang", "PRKGOV"),
        ("Moscow", "RUSGOV"),
        ("Washington", "USAGOV"),
        ("Beijing", "CHNGOV"),
        ("the Kremlin", "RUSGOV"),
        ("the White House", "USAGOV"),
        ("Khartoum government", "SDNGOV"),
    ],
)
def test_seats_of_government_stand_for_the_government(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Guinea", "GIN"),
        ("Papua New Guinea", "PNG"),
        ("Equatorial Guinea", "GNQ"),
        ("Sudan", "SDN"),
        ("South Sudan", "SSD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("North Korean", "PRK"),
        ("South Korean", "KOR"),
        ("US", "USA"),
        ("DPRK", "PRK"),
    ],
)
def test_longest_name_wins_at_word_boundaries(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize("text", ["us", "it", "give it to us", "uk", "chad"])
def test_acronyms_and_names_are_case_sensitive(resolver: ActorResolver, text: str) -> None:
    assert resolver.resolve_text(text) is None


def test_unknown_person_takes_country_from_nationality(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Ukrainian analyst John Doe")
    assert actor is not None
    assert (actor.country, actor.code, actor.name, actor.kb_id) == ("UKR", "UKR", "John Doe", None)


def test_unknown_person_with_title_gets_sector_but_no_code(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Minister Jane Roe")
    assert actor is not None
    assert (actor.country, actor.sector, actor.code) == (None, "GOV", None)


def test_unknown_span_without_country_or_sector_is_no_actor(resolver: ActorResolver) -> None:
    assert resolver.resolve_text("John Doe") is None
    assert resolver.resolve_text("the weather") is None


def test_plural_nationality_alone_is_civilians(resolver: ActorResolver) -> None:
    assert code(resolver, "Palestinians") == "PSECVL"
