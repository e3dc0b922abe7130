from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.settings import Settings


def test_environment_names_the_database_and_knowledge_base() -> None:
    settings = Settings.from_env({"WATCHFLOOR_DB": "x.db", "WATCHFLOOR_KB": "kb.tsv"})
    assert settings.db == "x.db"
    assert settings.kb_path == Path("kb.tsv")


def test_options_override_the_environment_only_when_given() -> None:
    settings = Settings.from_env({"WATCHFLOOR_DB": "x.db"}).with_options(db=None, n_process=2)
    assert (settings.db, settings.n_process) == ("x.db", 2)


def test_bad_process_count_says_how_to_fix_it() -> None:
    with pytest.raises(ConfigError, match="positive whole number"):
        Settings.from_env({"WATCHFLOOR_N_PROCESS": "many"})
