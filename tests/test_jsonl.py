from pathlib import Path

from watchfloor.jsonl import LineError, Record, read_records


def test_records_keep_ids_texts_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a", "text": "Russia warned Ukraine.", "date": "2023-11-11"}\n'
        "\n"
        '{"id": 7, "text": "No date here."}\n',
        encoding="utf-8",
    )
    records = list(read_records(path))
    assert [r.id for r in records if isinstance(r, Record)] == ["a", "7"]
    first = records[0]
    assert isinstance(first, Record)
    assert first.date is not None
    assert first.date.isoformat() == "2023-11-11"


def test_bad_lines_name_file_and_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a", "text": "ok"}\n'
        "not json\n"
        '{"id": "b"}\n'
        '{"id": "c", "text": "t", "date": "soon"}\n'
        '{"id": "d", "text": "fine"}\n',
        encoding="utf-8",
    )
    records = list(read_records(path))
    errors = [r for r in records if isinstance(r, LineError)]
    assert [e.reason.split(":")[1] for e in errors] == ["2", "3", "4"]
    assert errors[0].reason.startswith("in.jsonl:2: not JSON")
    assert errors[1].id == "b"
    assert "YYYY-MM-DD" in errors[2].reason
    assert [r.id for r in records if isinstance(r, Record)] == ["a", "d"]
