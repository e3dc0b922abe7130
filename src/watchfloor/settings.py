"""Settings read from options and the environment, in one place.

Environment variables:
    WATCHFLOOR_DB        database: a SQLite path (default ./watchfloor.db) or postgresql:// URL
    WATCHFLOOR_KB        a user knowledge-base file that extends or overrides the shipped one
    WATCHFLOOR_MODEL     a spaCy pipeline name or path (default: en_core_web_sm, then the re-upload)
    WATCHFLOOR_N_PROCESS processes for spaCy's nlp.pipe (default 1)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from watchfloor.errors import ConfigError

DEFAULT_DB = "watchfloor.db"


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    kb_path: Path | None = None
    model: str | None = None
    n_process: int = 1
    batch_size: int = 32

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        n_process = env.get("WATCHFLOOR_N_PROCESS", "1")
        if not n_process.isdigit() or int(n_process) < 1:
            raise ConfigError(
                f"WATCHFLOOR_N_PROCESS={n_process!r} is not a positive whole number; "
                "set it to 1 or more"
            )
        kb = env.get("WATCHFLOOR_KB")
        return cls(
            db=env.get("WATCHFLOOR_DB") or DEFAULT_DB,
            kb_path=Path(kb) if kb else None,
            model=env.get("WATCHFLOOR_MODEL") or None,
            n_process=int(n_process),
        )

    def with_options(self, **options: object) -> Settings:
        """A copy with the options that were given (None means not given)."""
        given = {k: v for k, v in options.items() if v is not None}
        return replace(self, **given)  # type: ignore[arg-type]
