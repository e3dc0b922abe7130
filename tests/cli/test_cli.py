"""The command line end to end: real ingest of the seeds into SQLite, then every command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor.cli.main import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> str:
    path = tmp_path_factory.mktemp("cli") / "watchfloor.db"
    code, out, err = run("ingest", *map(str, seed_paths), "--db", str(path))
    assert code == 0, err
    assert "2 articles stored" in out
    return str(path)


def events_json(db: str, *filters: str) -> list[dict[str, object]]:
    code, out, err = run("events", "--db", db, "--format", "json", *filters)
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list)
    return rows


def test_ingesting_the_same_files_again_adds_nothing(db: str, seed_paths: list[Path]) -> None:
    before = len(events_json(db))
    code, out, _ = run("ingest", *map(str, seed_paths), "--db", db)
    assert code == 0
    assert "0 articles stored" in out
    assert "2 already stored" in out
    assert len(events_json(db)) == before


def test_a_bad_input_is_named_and_the_rest_goes_in(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Russia and China signed a trade agreement in Beijing on Monday.\n")
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03binary")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = str(tmp_path / "w.db")
    code, out, err = run("ingest", str(good), str(binary), str(empty), "--db", db)
    assert code == 3
    assert "1 articles stored" in out
    assert "scan.pdf" in err
    assert "empty.txt" in err
    assert "2 input(s) rejected" in err


def test_event_json_follows_the_public_schema(db: str) -> None:
    rows = events_json(db)
    assert rows
    keys = {
        "id", "article_id", "source", "target", "cameo", "quad_class", "goldstein", "plover",
        "certainty", "attribution", "date", "location", "evidence", "coder",
    }  # fmt: skip
    for row in rows:
        assert set(row) == keys
        evidence = row["evidence"]
        assert isinstance(evidence, dict)
        assert set(evidence) == {"text", "sentence", "start", "end"}
        assert str(row["coder"]).startswith("watchfloor ")


def test_events_filter_by_dyad_root_and_certainty(db: str) -> None:
    aid = events_json(db, "--dyad", "PRK", "RUS", "--cameo", "07", "--certainty", "reported")
    assert aid
    for row in aid:
        assert str(row["cameo"]).startswith("07")
        assert row["certainty"] == "reported"


def test_events_as_jsonl_and_csv_carry_the_same_events(db: str) -> None:
    as_json = events_json(db)
    _, jsonl, _ = run("events", "--db", db, "--format", "jsonl")
    assert [json.loads(line)["id"] for line in jsonl.splitlines()] == [r["id"] for r in as_json]
    _, text, _ = run("events", "--db", db, "--format", "csv")
    table = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in table] == [r["id"] for r in as_json]
    assert all(r["evidence.sentence"] for r in table)


def test_articles_search_finds_text(db: str) -> None:
    code, out, _ = run("articles", "--db", db, "--search", "submarine", "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert [a["title"] for a in found] == ["Kim Jong Un Will Meet With Putin"]


def test_report_separates_facts_from_claims(db: str) -> None:
    code, out, _ = run("report", "--db", db, "--dyad", "PRK", "RUS")
    assert code == 0
    assert out.startswith("# Situation report: PRK – RUS")
    facts, _, claims = out.partition("## Plans, claims and speculation")
    assert "Shoigu visited the capital of Pyongyang" in facts
    assert "will travel to Russia" in claims


def test_story_shows_the_seed_timeline(db: str) -> None:
    code, out, _ = run("stories", "--db", db, "--format", "json")
    assert code == 0
    stories = json.loads(out)
    assert len(stories) == 1
    assert len(stories[0]["article_ids"]) == 2
    code, timeline, _ = run("story", stories[0]["id"], "--db", db)
    assert code == 0
    assert "Shoigu visited the capital of Pyongyang" in timeline


def test_code_keeps_ids_and_order_without_a_database(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "Russia invaded Ukraine.", "date": "2022-02-24"})
        + "\nnot json\n"
        + json.dumps({"id": "b", "text": "The weather was fine."})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    code, _, err = run("code", "--input", str(source), "--output", str(target))
    assert code == 3
    assert "in.jsonl:2" in err
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a", None, "b"]
    (invasion,) = lines[0]["events"]
    assert (invasion["source"]["code"], invasion["target"]["code"]) == ("RUS", "UKR")
    assert lines[2]["events"] == []


def test_resolve_one_phrase_and_a_batch(tmp_path: Path) -> None:
    code, out, _ = run("resolve", "Russian Defense Minister Sergei Shoigu", "--date", "2023-11-11")
    assert code == 0
    assert json.loads(out)["code"] == "RUSMIL"
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": 1, "text": "Sergei Shoigu", "date": "2025-03-01"}\n'
        '{"id": 2, "text": "the weather"}\n'
    )
    target = tmp_path / "out.jsonl"
    code, _, _ = run("resolve", "--input", str(source), "--output", str(target))
    assert code == 0
    first, second = (json.loads(line) for line in target.read_text().splitlines())
    assert first == {"id": "1", "actor": first["actor"]}
    assert first["actor"]["code"] == "RUSGOV"
    assert second == {"id": "2", "actor": None}


def test_kb_show_lists_dated_roles() -> None:
    code, out, _ = run("kb", "show", "person:sergei-shoigu", "--format", "json")
    assert code == 0
    assert [r["code"] for r in json.loads(out)] == ["RUSMIL", "RUSGOV"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("events", "--since", "last week"), "--since 'last week' is not a date"),
        (("events", "--quad", "7"), "--quad 7 is not a QuadClass"),
        (("story", "nope"), "no story 'nope'"),
        (("kb", "show", "person:nobody"), "no actor 'person:nobody'"),
    ],
)
def test_user_errors_are_one_message_without_traceback(
    db: str, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(*args, "--db", db) if args[0] != "kb" else run(*args)
    assert code == 1
    assert message in err
    assert "Traceback" not in out + err


def test_eval_checks_every_seed_expectation(seed_paths: list[Path]) -> None:
    code, out, _ = run("eval", "--only", "seeds", "--seeds", str(seed_paths[0].parent))
    assert code == 0
    assert "[ok] no event from a FAQ question" in out
    assert "MISSING" not in out


def test_eval_without_seed_articles_says_where_to_point_it(tmp_path: Path) -> None:
    code, _, err = run("eval", "--only", "seeds", "--seeds", str(tmp_path))
    assert code == 1
    assert "pass --seeds FOLDER" in err


def test_reading_a_missing_database_says_so_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "w.db"
    code, _, err = run("events", "--db", str(missing))
    assert code == 1
    assert f"no database at {missing}" in err
    assert not missing.parent.exists()


def test_trend_counts_the_dyad_by_month(db: str) -> None:
    code, out, _ = run("trend", "--db", db, "--dyad", "PRK", "RUS", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0]["period"] == "2023-07"
    assert rows[0]["facts"] >= 1


def test_a_syndicated_copy_is_linked_and_adds_no_corroboration(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    from watchfloor.store import open_store

    db = str(tmp_path / "w.db")
    assert run("ingest", *map(str, seed_paths), "--db", db)[0] == 0
    store = open_store(db)
    before = {d.id: d.corroboration for d in store.find_developments()}
    store.close()
    body = seed_paths[1].read_text(encoding="utf-8").split("\n", 2)[2]
    copy = tmp_path / "wire_copy.txt"
    copy.write_text(
        "Kim to travel to Russia for arms talks\n\n"
        + body
        + "\n\nDistributed by Example Wire Service. All rights reserved.\n",
        encoding="utf-8",
    )
    code, out, _ = run("ingest", str(copy), "--db", db)
    assert code == 0
    assert "1 copies of earlier articles" in out
    store = open_store(db)
    after = {d.id: d.corroboration for d in store.find_developments()}
    (story,) = store.find_stories()
    store.close()
    assert after == before
    assert len(story.article_ids) == 3
