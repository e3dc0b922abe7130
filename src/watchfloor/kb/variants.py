"""Short forms of people's names: "Carlos Saul Menem" is also "Carlos Menem".

News writes a person listed with a middle name by first and last name alone. The
short form is added only where it is safe:

- the name has three words and the middle one is an initial ("Dwight D. Eisenhower")
  or a given name: a word the knowledge base's names use more often first than last
  ("Saul", not "Pinochet" of "Augusto Pinochet Ugarte", whose last word is his mother's
  surname);
- neither the first nor the middle word is a particle or honorific ("bin", "al",
  "Sheikh"), and the last is no numeral or suffix ("Juan Carlos I");
- the person's country names people in another order or by a chain of fathers' names
  (China, Korea, Vietnam, Myanmar, the Arab states, Iran, Ethiopia, Somalia...), where
  first and last word make no name: not for them;
- the short form is no other name of anyone in the knowledge base, and no two people
  would share it (whatever the date): an ambiguous short form is left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from watchfloor.kb.model import Person
from watchfloor.kb.names import fold

# Countries whose names are family name first, single names or patronymic chains.
OTHER_ORDER = frozenset(
    {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "MMR", "KHM", "LAO", "THA", "SGP",
     "MNG", "IDN", "MYS", "BRN", "JPN", "BTN",
     "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
     "OMN", "PSE", "QAT", "SAU", "SDN", "SSD", "SOM", "SYR", "TUN", "ARE", "YEM", "IRN",
     "AFG", "ETH", "ERI", "ISL"}
)  # fmt: skip
PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "ben", "abu", "abd", "abdul", "abdel", "ould", "de",
     "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la",
     "le", "mac", "st", "sheikh", "sheik", "shaikh", "syed", "sayed", "sayyid", "mir", "haji",
     "mullah", "maulana", "sir", "dr", "u", "daw", "mian", "malam", "alhaji", "chief",
     "lyonpo", "dasho"}
)  # fmt: skip
SUFFIXES = frozenset({"i", "ii", "iii", "iv", "v", "jr", "sr"})


def short_forms(people: Iterable[Person]) -> dict[str, tuple[str, str]]:
    """(kb_id, short form as written) by folded short form, for the names where first
    and last word are unambiguously the person's."""
    everyone = list(people)
    first_words, last_words = _word_positions(everyone)
    taken: Counter[str] = Counter()
    for person in everyone:
        for name in {fold(n) for n in (person.name, *person.aliases)}:
            taken[name] += 1
    candidates: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for person in everyone:
        short = _short(person, first_words, last_words)
        if short is not None:
            candidates.setdefault(fold(short), set()).add(person.kb_id)
            written[fold(short)] = short
    return {
        key: (next(iter(ids)), written[key])
        for key, ids in candidates.items()
        if len(ids) == 1 and key not in taken
    }


def _word_positions(people: list[Person]) -> tuple[Counter[str], Counter[str]]:
    """How often each word begins and ends a name of two words or more."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for person in people:
        for name in (person.name, *person.aliases):
            words = fold(name).split()
            if len(words) >= 2:
                first[words[0]] += 1
                last[words[-1]] += 1
    return first, last


def _short(person: Person, first_words: Counter[str], last_words: Counter[str]) -> str | None:
    """ "Carlos Menem" for "Carlos Saul Menem", or None where that is no safe name."""
    words = person.name.split()
    if len(words) != 3 or person.country in OTHER_ORDER:
        return None
    first, middle, last = (fold(w).strip(".") for w in words)
    if first in PARTICLES or middle in PARTICLES or last in SUFFIXES:
        return None
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in (first, middle, last)):
        return None
    if len(first) < 2 or len(last) < 2:
        return None
    initial = len(middle) == 1
    given = first_words[middle] > last_words[middle]
    if not (initial or given):
        return None
    return f"{words[0]} {words[2]}"
