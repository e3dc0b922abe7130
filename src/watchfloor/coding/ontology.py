"""The CAMEO event ontology: labels, Goldstein scores, quad classes and the PLOVER mapping.

The tables live in `watchfloor/data/ontology/` (see its README for sources). They are
read once per directory on first use (`load_ontology()`), never at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from watchfloor.domain import Certainty, Plover
from watchfloor.errors import LexiconError

EVENT_CODES = "CAMEO.eventcodes.tsv"
GOLDSTEIN = "CAMEO.goldsteinscale.txt"
CAMEO_TO_PLOVER = "CAMEO2PLOVER-2021.txt"
# Rows the 2021 table lacks (appeals, 02), read after it; a folder without it still works.
CAMEO_TO_PLOVER_APPEALS = "CAMEO2PLOVER-appeals.txt"

# Certainties of an act announced, offered or conditioned, not done: "will send",
# "is ready to host", "will withdraw unless ...".
# The CAMEO root of protest (demonstrations, strikes, rallies, riots).
PROTEST_ROOT = "14"
INTENDED = frozenset({Certainty.PLANNED, Certainty.HYPOTHETICAL})
# Roots whose intended act is a promise (PLOVER AGREE; CAMEO 03 "express intent to
# cooperate"): agreements, consultation, support, cooperation, aid, yielding.
PROMISED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Roots whose intended act is a threat (PLOVER THREATEN; CAMEO 13 "threaten" to protest,
# reduce relations, coerce or use force). Mobilization (15) keeps its type: a planned
# deployment is no threat by itself.
THREATENED_ROOTS = frozenset({"14", "16", "17", "18", "19", "20"})

# Event names of earlier PLOVER drafts and their current (2021) name and mode.
OLD_PLOVER_NAMES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "FIGHT": ("ASSAULT", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
}

# Rows of the 2021 CAMEO -> PLOVER table that the structured PLOVER codebook contradicts.
# - 163 (impose embargo, boycott or sanctions): SANCTION is "all reductions in existing,
#   routine, or cooperative relations", including curtailing commercial exchanges;
#   COERCE is repression and restrictions on rights.
# - 192 (occupy territory: invading, capturing or retaking a town) is fighting: COERCE's
#   seizures are police confiscations, searches and raids, not territory taken by armed
#   force, which ASSAULT's battles cover (as ACLED counts territory changing hands).
CODEBOOK_CORRECTIONS: dict[str, Plover] = {
    "163": Plover("SANCTION", "discontinue"),
    "192": Plover("ASSAULT", None),
}

_CODE = re.compile(r"^\d{2,4}$")
_PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?")


def current_plover(event: str, mode: str | None = None) -> Plover:
    """The current PLOVER name for an event name of any draft ("FIGHT" -> ASSAULT)."""
    name = event.strip().upper()
    if name in OLD_PLOVER_NAMES:
        new, new_mode = OLD_PLOVER_NAMES[name]
        return Plover(new, new_mode or (mode or None))
    return Plover(name, mode or None)


def quad_class(cameo: str) -> int:
    """1 verbal cooperation (01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(cameo[:2])
    if not 1 <= root <= 20:
        raise LexiconError(f"unknown CAMEO root in {cameo!r}; CAMEO roots run from 01 to 20")
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    return 3 if root <= 13 else 4


def cameo_root(cameo: str) -> str:
    return cameo[:2]


@dataclass(frozen=True)
class Ontology:
    """CAMEO labels, Goldstein scores and the CAMEO -> PLOVER table, looked up by code."""

    labels: dict[str, str]
    goldstein_scores: dict[str, float]
    plover_table: dict[str, Plover]

    def __hash__(self) -> int:
        return id(self)

    def known(self, cameo: str) -> bool:
        return cameo in self.labels

    def label(self, cameo: str) -> str:
        """The CAMEO label of `cameo` ("042" -> "Make a visit")."""
        try:
            return self.labels[cameo]
        except KeyError:
            raise LexiconError(
                f"unknown CAMEO code {cameo!r}; use a code from {EVENT_CODES}"
            ) from None

    def goldstein(self, cameo: str) -> float:
        """The Goldstein score of `cameo`, else of its nearest ancestor code."""
        for code in _ancestors(cameo):
            if code in self.goldstein_scores:
                return self.goldstein_scores[code]
        raise LexiconError(f"no Goldstein score for CAMEO code {cameo!r} or its root")

    def plover(self, cameo: str) -> Plover | None:
        """The PLOVER event and mode for `cameo` (nearest ancestor code if not listed)."""
        for code in _ancestors(cameo):
            if code in self.plover_table:
                return self.plover_table[code]
        return None

    def intended_plover(
        self, cameo: str, certainty: Certainty, act: Plover | None = None
    ) -> Plover | None:
        """The PLOVER event of `cameo` reported with `certainty`.

        PLOVER codes the announcement of an act, not the act: a planned or conditional
        act of cooperation is a promise (AGREE: "X will send aid", "X is ready to host
        talks"), one of protest, sanction, coercion or force a threat (THREATEN: "X will
        impose a curfew", "X will withdraw its troops unless ..."), as CAMEO codes such
        intents under 03 and 13. Other acts, and acts that took place, keep `act` (the
        PLOVER event a lexicon line gives the act: a resignation is RETREAT, CAMEO's
        0831 CONCEDE) or else `plover()`.
        """
        if certainty in INTENDED:
            root = cameo_root(cameo)
            if root in PROMISED_ROOTS:
                return Plover("AGREE", None)
            if root in THREATENED_ROOTS:
                return Plover("THREATEN", None)
        return act or self.plover(cameo)

    def quad_class(self, cameo: str) -> int:
        return quad_class(cameo)


def _ancestors(cameo: str) -> list[str]:
    """ "0712" -> ["0712", "071", "07"]."""
    return [cameo[:n] for n in range(len(cameo), 1, -1)]


def _read_tsv(path: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if number == 1 or not line.strip():
            continue  # header
        parts = line.split("\t")
        if len(parts) != 2 or not _CODE.match(parts[0].strip()):
            raise LexiconError(
                f"{path.name} line {number}: expected 'CODE<TAB>VALUE', got {line!r}; "
                "restore the file from the package"
            )
        rows[parts[0].strip()] = parts[1].strip()
    return rows


def _read_plover(path: Path) -> dict[str, Plover]:
    table: dict[str, Plover] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PLOVER_LINE.match(line.strip())
        if not match:
            continue  # comments, blank lines, the end marker
        code, event, mode = match.group(1), match.group(2), (match.group(3) or "").strip()
        if len(code) == 2 and code in table:
            continue  # a root listed twice ("08: CONCEDE", "08: RETREAT") keeps the first
        table.setdefault(code, current_plover(event, mode or None))
    if not table:
        raise LexiconError(f"{path.name}: no 'CODE: EVENT, mode, context' lines found")
    return table


def ontology_dir() -> Path:
    return Path(str(files("watchfloor") / "data" / "ontology"))


@cache
def load_ontology(directory: Path | None = None) -> Ontology:
    """The ontology read from `directory` (the packaged tables by default), cached."""
    base = directory or ontology_dir()
    try:
        labels = _read_tsv(base / EVENT_CODES)
        scores = {code: float(v) for code, v in _read_tsv(base / GOLDSTEIN).items()}
        plover = _read_plover(base / CAMEO_TO_PLOVER)
        appeals = base / CAMEO_TO_PLOVER_APPEALS
        if appeals.exists():
            plover = {**_read_plover(appeals), **plover}
        plover = {**plover, **CODEBOOK_CORRECTIONS}
    except OSError as exc:
        raise LexiconError(
            f"cannot read the ontology tables in {base}: {exc}; reinstall watchfloor"
        ) from exc
    except ValueError as exc:
        raise LexiconError(f"{base / GOLDSTEIN}: a score is not a number ({exc})") from exc
    return Ontology(labels=labels, goldstein_scores=scores, plover_table=plover)
