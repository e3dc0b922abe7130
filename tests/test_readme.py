"""The README's Python example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    (tmp_path / "examples").symlink_to(REPO / "examples")
    monkeypatch.chdir(tmp_path)
    printed: list[str] = []
    exec(compile(example, "README.md", "exec"), {"print": lambda *a: printed.append(str(a))})
    assert (tmp_path / "watchfloor.db").exists()
    assert printed, "the example should print the reported North Korea–Russia events"
