"""Converts the Phoenix/PETRARCH dictionaries into the knowledge base's own tables.

    python -m watchfloor.kb.phoenix REFERENCE_DICTIONARIES_FOLDER [KB_DATA_FOLDER]

writes `people/phoenix.tsv` (people with dated roles from
`Phoenix.Countries.actors.txt` and `Phoenix.International.actors.txt`) and
`agents_phoenix.tsv` (agent nouns from `Phoenix.agents.txt` and
`PLOVER_agents.txt`). Phoenix codes like `[RUSGOV 991231-080507]` become one
row per tenure; an undated code is the person's role at all other times.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from watchfloor.kb.base import data_folder
from watchfloor.kb.names import fold

ATTRIBUTION = (
    "# Converted from the Phoenix/PETRARCH actor dictionaries (openeventdata/petrarch2,\n"
    "# Open Event Data Alliance, MIT licence; CountryInfo by the Computational Event Data\n"
    "# System Project). Regenerate with `python -m watchfloor.kb.phoenix`.\n"
)
_CODE = re.compile(r"\[([A-Z]{3,})\s*([<>]?\s*\d{6,8}(?:\s*-\s*\d{6,8})?)?\s*\]")
_SPECIFIC = frozenset({"MIL", "SPY", "COP", "JUD", "LEG"})
_TITLE_WORDS = frozenset(
    [
        "PRESIDENT",
        "MINISTER",
        "PRIME",
        "SECRETARY",
        "GENERAL",
        "LEADER",
        "KING",
        "QUEEN",
        "PRINCE",
        "CHAIRMAN",
        "PREMIER",
        "FORMER",
        "EX",
        "GOVERNOR",
        "SENATOR",
        "COMMANDER",
        "CHIEF",
        "DEPUTY",
        "VICE",
        "AMBASSADOR",
        "SPOKESMAN",
        "MR",
        "MRS",
        "DR",
        "ADMIRAL",
        "COLONEL",
        "GEN",
        "LT",
        "SHEIKH",
        "SHEIKHS",
        "EMIR",
        "SULTAN",
        "AYATOLLAH",
        "JUDGE",
        "SPEAKER",
    ]
)
_INSTITUTION_WORDS = frozenset(
    [
        "OF",
        "THE",
        "AND",
        "FOR",
        "COUNCIL",
        "ASSEMBLY",
        "PARTY",
        "MINISTRY",
        "ARMY",
        "FORCE",
        "FORCES",
        "FRONT",
        "MOVEMENT",
        "GOVERNMENT",
        "COMMITTEE",
        "UNION",
        "COURT",
        "PARLIAMENT",
        "BANK",
        "AGENCY",
        "SERVICE",
        "POLICE",
        "GUARD",
        "COMMISSION",
        "CONGRESS",
        "SENATE",
        "DUMA",
        "KREMLIN",
        "OFFICE",
        "DEPARTMENT",
        "ORGANIZATION",
        "ASSOCIATION",
        "LEAGUE",
        "REPUBLIC",
        "STATE",
        "NATIONAL",
        "PEOPLE",
        "PEOPLES",
        "ADMINISTRATION",
        "CABINET",
        "REGIME",
        "MILITARY",
        "NAVY",
        "BRIGADE",
        "GROUP",
        "INTERNATIONAL",
        "FEDERATION",
        "INSTITUTE",
        "AUTHORITY",
        "CORPS",
        "SOCIETY",
        "FUND",
        "ALLIANCE",
    ]
)
_COMMON_SURNAMES = frozenset(
    [
        "KIM",
        "LEE",
        "PARK",
        "CHOI",
        "KHAN",
        "LI",
        "WANG",
        "ZHANG",
        "LIU",
        "CHEN",
        "YANG",
        "SINGH",
        "JOHNSON",
        "SMITH",
        "BROWN",
        "JONES",
        "WILLIAMS",
        "MILLER",
        "DAVIS",
        "WILSON",
        "TAYLOR",
        "ANDERSON",
        "THOMAS",
        "MARTIN",
        "WHITE",
        "CLARK",
        "HALL",
        "YOUNG",
        "KING",
        "WRIGHT",
        "GREEN",
        "BAKER",
        "ADAMS",
        "NELSON",
        "CARTER",
        "MITCHELL",
        "ROBERTS",
        "CAMPBELL",
        "EVANS",
        "TURNER",
        "COLLINS",
        "AHMED",
        "AHMAD",
        "ALI",
        "HASSAN",
        "HUSSEIN",
        "MOHAMMED",
        "MUHAMMAD",
        "ABDULLAH",
        "IBRAHIM",
        "NGUYEN",
        "TRAN",
        "PHAM",
        "GARCIA",
        "RODRIGUEZ",
        "MARTINEZ",
        "LOPEZ",
        "GONZALEZ",
        "PEREZ",
        "SANCHEZ",
        "RAMIREZ",
        "TORRES",
        "FLORES",
        "RIVERA",
        "GOMEZ",
        "DIAZ",
        "CRUZ",
        "MORALES",
        "ORTIZ",
        "GUTIERREZ",
        "CHAVEZ",
        "RAMOS",
        "RUIZ",
        "SHAH",
        "PATEL",
        "KUMAR",
        "GANDHI",
        "SHARIF",
        "BHUTTO",
        "ASSAD",
        "BUSH",
        "CLINTON",
        "KENNEDY",
        "ROOSEVELT",
    ]
)
_ARTICLES = ("the ", "a ", "an ")
_NOT_ACTORS = frozenset({"NON", "JNK"})
_SECTOR_TITLES = {
    "GOV": "Government",
    "MIL": "Military",
    "SPY": "Intelligence",
    "COP": "Police",
    "LEG": "Legislature",
    "JUD": "Judiciary",
    "ELI": "Elite (former official or notable)",
    "OPP": "Opposition",
    "REB": "Rebel",
    "PTY": "Political party",
    "BUS": "Business",
    "IGO": "International organisation",
}


@dataclass(frozen=True)
class Block:
    """One Phoenix entry: its names (the first is the main one) and its codes."""

    names: tuple[str, ...]
    codes: tuple[tuple[str, str | None], ...]


def read_blocks(path: Path) -> Iterator[Block]:
    """Entries: a head line, its `+` synonyms, and the codes after them (or on the head)."""
    names: list[str] = []
    codes: list[tuple[str, str | None]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = [(m.group(1), m.group(2)) for m in _CODE.finditer(line)]
        text = _CODE.sub("", line).strip()
        synonym = text.startswith("+")
        name = text.lstrip("+").strip()
        if name and not synonym and codes:
            yield Block(tuple(names), tuple(codes))
            names, codes = [], []
        if name:
            names.append(name)
        codes += found
    if names and codes:
        yield Block(tuple(names), tuple(codes))


def pretty(name: str) -> str:
    """'VLADIMIR_PUTIN_' -> 'Vladimir Putin'; 'AL-ASSAD' -> 'al-Assad'."""
    words = name.replace("_", " ").split()
    return " ".join(_pretty_word(w) for w in words)


def _pretty_word(word: str) -> str:
    parts = word.split("-")
    shaped = [p[:1].upper() + p[1:].lower() for p in parts]
    if len(shaped) > 1 and shaped[0] in ("Al", "El"):
        shaped[0] = shaped[0].lower()
    text = "-".join(shaped)
    return "Mc" + text[2:3].upper() + text[3:] if text.startswith("Mc") and len(text) > 2 else text


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", name.upper()) if w]


def is_person(block: Block) -> bool:
    words = _words(block.names[0])
    if not 2 <= len(words) <= 5 or set(words) & (_INSTITUTION_WORDS | _TITLE_WORDS):
        return False
    return any(dates for _, dates in block.codes) or len(block.codes) > 1


def _date(value: str) -> str:
    """'991231' or '19991231' -> '1999-12-31' (two-digit years below 30 are 20xx)."""
    digits = value.strip()
    if len(digits) == 6:
        century = 2000 if int(digits[:2]) < 30 else 1900
        digits = f"{century + int(digits[:2])}{digits[2:]}"
    if len(digits) != 8:
        return ""
    year, month, day = digits[:4], digits[4:6], digits[6:]
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return year
    return f"{year}-{month}-{day}"


def _span(dates: str | None) -> tuple[str, str]:
    if not dates:
        return "", ""
    dates = dates.replace(" ", "")
    if dates.startswith(">"):
        return _date(dates[1:]), ""
    if dates.startswith("<"):
        return "", _date(dates[1:])
    first, _, last = dates.partition("-")
    return _date(first), _date(last) if last else ""


def _role(code: str, countries: set[str]) -> tuple[str, str, str] | None:
    """(country, sector, role title) for a Phoenix code, or None when unusable."""
    if code.startswith(("IGO", "NGO")):
        return "", "IGO", f"{_SECTOR_TITLES['IGO']}:{code}"
    country, rest = code[:3], code[3:]
    if country not in countries:
        return None
    blocks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    sector = blocks[0] if blocks else ""
    if sector == "GOV" and len(blocks) > 1 and blocks[1] in _SPECIFIC:
        sector = blocks[1]
    return country, sector, _SECTOR_TITLES.get(sector, "Notable person")


def person_rows(
    blocks: list[Block], countries: set[str], country_words: set[str]
) -> list[list[str]]:
    """Rows for the blocks that name people (not countries, nationalities or institutions)."""
    people = [
        b
        for b in blocks
        if is_person(b) and not any(fold(pretty(n)) in country_words for n in b.names)
    ]
    single = Counter(w for b in people for n in b.names if len(_words(n)) == 1 for w in _words(n))
    ids: dict[str, int] = defaultdict(int)
    rows: list[list[str]] = []
    for block in people:
        name = pretty(block.names[0])
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        ids[slug] += 1
        kb_id = f"person:{slug}" if ids[slug] == 1 else f"person:{slug}-{ids[slug]}"
        aliases = _aliases(block, name, single)
        for code, dates in block.codes:
            role = _role(code, countries)
            if role is None:
                continue
            start, end = _span(dates)
            rows.append([kb_id, name, "|".join(aliases), *role, start, end, "phoenix"])
    return rows


def _aliases(block: Block, name: str, single: Counter[str]) -> list[str]:
    kept: list[str] = []
    for other in block.names[1:]:
        words = _words(other)
        if set(words) & _TITLE_WORDS or not words:
            continue
        if len(words) == 1 and (
            single[words[0]] > 1 or words[0] in _COMMON_SURNAMES or len(words[0]) < 5
        ):
            continue
        shaped = pretty(other)
        if shaped != name and shaped not in kept:
            kept.append(shaped)
    return kept


def agent_rows(paths: list[Path]) -> list[list[str]]:
    """(term, sector, source) from Phoenix-style agent files; later files do not override."""
    seen: dict[str, list[str]] = {}
    for path in paths:
        for term, code in _agent_entries(path):
            sector = _agent_sector(code)
            if sector and term not in seen:
                seen[term] = [term, sector, path.stem]
    return sorted(seen.values())


def _agent_entries(path: Path) -> Iterator[tuple[str, str]]:
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.search(r"\[~([A-Z]+)\]", line)
        if not match or (line.startswith("!") and "=" in line):
            continue
        head = re.sub(r"\{[^}]*\}", "", line[: match.start()]).strip()
        for form in _expand(head):
            term = " ".join(form.replace("_", " ").lower().split())
            if re.fullmatch(r"[a-z][a-z' .-]*", term) and not term.startswith(_ARTICLES):
                yield term, match.group(1)


def _expand(head: str) -> list[str]:
    head = head.replace("!PERSON!", "MAN").replace("!MINIST!", "MINISTER")
    if "!" in head:
        return []
    if head.endswith("MINIST"):
        return [head + "ER", head + "RY"]
    return [head.rstrip("_")]


def _agent_sector(code: str) -> str:
    """The main sector of an agent code; "" for the codes of non-actors (NON, JNK)."""
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not blocks or len(blocks[0]) != 3 or blocks[0] in _NOT_ACTORS:
        return ""
    if blocks[0] == "HLH":  # health: MED, as the PLOVER agents and gold records code it
        return "MED"
    if blocks[0] == "GOV" and len(blocks) > 1 and blocks[1] in _SPECIFIC:
        return blocks[1]
    return blocks[0]


def write_tsv(path: Path, header: str, rows: list[list[str]]) -> None:
    lines = [ATTRIBUTION.rstrip("\n"), header] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def convert(reference: Path, out: Path) -> tuple[int, int]:
    """Writes the converted tables into `out`; returns (people rows, agent rows)."""
    table = [
        line.split("\t")
        for line in (out / "countries.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    countries = {cells[0] for cells in table}
    country_words = {fold(w) for cells in table for cell in cells[1:5] for w in cell.split("|")}
    blocks = list(read_blocks(reference / "Phoenix.Countries.actors.txt"))
    blocks += list(read_blocks(reference / "Phoenix.International.actors.txt"))
    people = person_rows(blocks, countries, country_words)
    write_tsv(
        out / "people" / "phoenix.tsv",
        "kb_id\tname\taliases\tcountry\tsector\trole\tvalid_from\tvalid_to\tsource",
        people,
    )
    agents = agent_rows([reference / "Phoenix.agents.txt", reference / "PLOVER_agents.txt"])
    write_tsv(out / "agents_phoenix.tsv", "term\tsector\tsource", agents)
    return len(people), len(agents)


def main(argv: list[str]) -> int:
    if not argv:
        sys.stderr.write(__doc__ or "")
        return 2
    out = Path(argv[1]) if len(argv) > 1 else data_folder()
    people, agents = convert(Path(argv[0]), out)
    sys.stdout.write(f"wrote {people} person-role rows and {agents} agent terms to {out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
