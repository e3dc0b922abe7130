"""Converting Phoenix dictionary entries into people rows and agent terms."""

from __future__ import annotations

from pathlib import Path

from watchfloor.kb.phoenix import agent_rows, person_rows, read_blocks

COUNTRIES = """\
RUSSIAN_FEDERATION_  [RUS]
+RUSSIA_
VLADIMIR_PUTIN_  # CountryInfo.txt
+VLADIMIR_VLADIMIROVICH_PUTIN_
+PUTIN_
+PRESIDENT_PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
\t[RUSELI]
STATE_DUMA
\t[RUSLEG]
"""


def test_dated_codes_become_one_row_per_tenure(tmp_path: Path) -> None:
    source = tmp_path / "countries.txt"
    source.write_text(COUNTRIES, encoding="utf-8")
    rows = person_rows(list(read_blocks(source)), {"RUS"}, {"russia"})
    assert [r[0] for r in rows] == ["person:vladimir-putin"] * 3
    assert [(r[3], r[4], r[6], r[7]) for r in rows] == [
        ("RUS", "ELI", "1970-01-01", "1999-08-09"),
        ("RUS", "GOV", "2008-05-08", ""),
        ("RUS", "ELI", "", ""),
    ]
    assert rows[0][2] == "Vladimir Vladimirovich Putin|Putin"  # titles are not aliases


def test_agent_terms_take_their_main_sector(tmp_path: Path) -> None:
    source = tmp_path / "agents.txt"
    source.write_text(
        "DEFENSE_!MINIST! [~GOVMIL]\nPROTESTER [~CVLOPP]\nTHE_WEST [~GOV]\n", encoding="utf-8"
    )
    rows = {term: sector for term, sector, _ in agent_rows([source])}
    assert rows == {"defense minister": "MIL", "protester": "CVL"}
