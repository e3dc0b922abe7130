"""The verb-pattern lexicon: which predicates code which CAMEO events.

The lexicon is a set of plain-text files in `watchfloor/data/lexicon/` (format in its
README). One pattern a line:

    verb provide obj=&WEAPON|arms -> 072                # kind, lemma, constraints, code
    verb receive obj=&WEAPON from=* -> 072 reverse       # the `from` actor is the source
    verb hold obj=talk|talks -> 046 mutual               # both directions for joint subjects
    verb threaten comp=attack|invade -> 138              # the verb of its to-complement
    verb resign -> 0831 plover=RETREAT:resign            # PLOVER event of the act done
    verb gather subj=&PROTESTERS -> 141                  # the head noun of the subject
    noun visit -> 042                                   # nominal event ("visits by X to Y")
    noun hunger+strike -> 142                           # the noun with that modifier
    adj pessimistic -> 012                              # "X was pessimistic about ..."
    &WEAPON = weapon | missile | munition               # a word set
    discard match | final | tournament                  # context words that void an event

A code of `---` marks a phrase that is no event ("pave the way"). Files are read once
(`load_lexicon()`, cached per directory) and indexed by lemma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

from watchfloor.domain import Plover
from watchfloor.errors import LexiconError

KINDS = ("verb", "noun", "adj")
NO_EVENT = "---"
FILES = ("hand.txt", "petrarch_verbs.txt")  # earlier files win ties
SLOTS = ("prt", "obj", "comp", "purpose", "subj")
# Any other slot names a preposition; a hand-written slot that is none can never match
# ("modifier=hunger"), so reading it is an error. The converted file keeps a few such
# lines from PETRARCH's phrase patterns; they are inert.
PREPOSITIONS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "about above across after against along amid amidst among around as at before behind "
        "below beneath beside besides between beyond by despite during except for from in "
        "inside into like near of off on onto out outside over past since through throughout "
        "to toward towards under underneath until up upon via with within without"
    ).split()
)
VERSION_FILE = "VERSION"

_CODE = re.compile(r"^(\d{2,4}|---)$")
_SYNSET = re.compile(r"^&([A-Z][A-Z0-9_]*)\s*=\s*(.*)$")
_PLOVER = re.compile(r"^([A-Z]+)(?::([a-z][a-z-]*))?$")


@dataclass(frozen=True)
class NounSet:
    """Nouns a slot accepts: head lemmas, modifier+head pairs, or anything (`*`)."""

    heads: frozenset[str] = frozenset()
    compounds: frozenset[tuple[str, str]] = frozenset()
    any: bool = False

    @property
    def size(self) -> int:
        return len(self.heads) + len(self.compounds)


@dataclass(frozen=True)
class Pattern:
    """One lexicon line: a predicate with constraints on its arguments, and its code."""

    kind: str
    lemma: str
    code: str
    particle: str | None = None
    modifier: str | None = None  # a modifier of the predicate word itself ("hunger+strike")
    obj: NounSet | None = None
    complement: NounSet | None = None  # the verb of a to-complement ("threatened to attack")
    purpose: NounSet | None = None  # the verb of a purpose infinitive ("sent troops to defend")
    subject: NounSet | None = None  # the head noun of the subject ("protesters gathered")
    preps: tuple[tuple[str, NounSet], ...] = ()
    reverse: bool = False  # the actor of `from`/`by` is the source, the subject the target
    mutual: bool = False  # joint actors act on each other, both directions
    target: str | None = None  # "obj" or a preposition naming the target slot
    # The PLOVER event and mode of the act when it took place, where the line's CAMEO
    # code maps to another ("resigned": 0831, RETREAT "resign"); intents keep CAMEO's.
    plover: Plover | None = None
    origin: str = ""

    @property
    def specificity(self) -> float:
        """More constraints win; hand-written lines win ties with converted ones."""
        score = float(self.particle is not None) + float(self.obj is not None)
        score += float(self.modifier is not None)
        score += float(self.complement is not None) + float(self.subject is not None)
        score += float(self.purpose is not None)
        score += sum(1.0 if not slot.any else 0.5 for _, slot in self.preps)
        slots = [self.obj] if self.obj is not None else []
        score += 0.25 * sum(1 for slot in [*slots, *(s for _, s in self.preps)] if slot.compounds)
        return score + (0.1 if self.hand_written else 0.0)

    @property
    def hand_written(self) -> bool:
        """Whether the line comes from `hand.txt`, not from the converted dictionary."""
        return self.origin.startswith("hand")


@dataclass(frozen=True)
class Lexicon:
    version: str
    patterns: tuple[Pattern, ...]
    discards: frozenset[str] = frozenset()
    synsets: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)

    def __hash__(self) -> int:
        return hash((self.version, len(self.patterns)))

    @cached_property
    def _index(self) -> dict[tuple[str, str], tuple[Pattern, ...]]:
        index: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in self.patterns:
            index.setdefault((pattern.kind, pattern.lemma), []).append(pattern)
        return {
            key: tuple(sorted(found, key=lambda p: -p.specificity)) for key, found in index.items()
        }

    def patterns_for(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        """The patterns of `kind` for `lemma`, most specific first."""
        return self._index.get((kind, lemma), ())

    def has(self, kind: str, lemma: str) -> bool:
        return (kind, lemma) in self._index


def lexicon_dir() -> Path:
    return Path(str(files("watchfloor") / "data" / "lexicon"))


@cache
def load_lexicon(directory: Path | None = None) -> Lexicon:
    """The lexicon in `directory` (the packaged one by default), read once."""
    base = directory or lexicon_dir()
    try:
        version = (base / VERSION_FILE).read_text(encoding="utf-8").strip()
        texts = [(name, (base / name).read_text(encoding="utf-8")) for name in FILES]
    except OSError as exc:
        raise LexiconError(
            f"cannot read the lexicon in {base}: {exc}; reinstall watchfloor"
        ) from exc
    return parse_lexicon(texts, version=version)


def parse_lexicon(texts: Iterable[tuple[str, str]], version: str = "test") -> Lexicon:
    """A lexicon from (file name, text) pairs: word sets first, then patterns."""
    texts = list(texts)
    synsets: dict[str, set[str]] = {}
    for _, text in texts:
        for line in _lines(text):
            match = _SYNSET.match(line)
            if match:
                synsets.setdefault(match.group(1), set()).update(_alternatives(match.group(2)))
    frozen = {name: frozenset(words) for name, words in synsets.items()}
    patterns: list[Pattern] = []
    discards: set[str] = set()
    for name, text in texts:
        for number, line in _numbered_lines(text):
            if _SYNSET.match(line):
                continue
            if line.startswith("discard "):
                discards.update(_alternatives(line.removeprefix("discard ")))
                continue
            origin = f"{name.removesuffix('.txt')}:{number}"
            pattern = parse_pattern(line, frozen, origin=origin)
            patterns.extend(
                replace(pattern, lemma=lemma, modifier=modifier, particle=particle)
                for modifier, lemma in map(_head_word, pattern.lemma.split("|"))
                for particle in _particles(pattern.particle)
            )
    return Lexicon(
        version=version, patterns=tuple(patterns), discards=frozenset(discards), synsets=frozen
    )


def parse_pattern(line: str, synsets: dict[str, frozenset[str]], origin: str = "") -> Pattern:
    """One pattern line ("verb provide obj=&WEAPON -> 072 reverse")."""
    if "->" not in line:
        raise LexiconError(
            f"{origin}: no '->' in {line!r}; write 'KIND LEMMA [slot=words] -> CODE'"
        )
    left, right = line.split("->", 1)
    head = left.split()
    result = right.split()
    if len(head) < 2 or head[0] not in KINDS or not result or not _CODE.match(result[0]):
        raise LexiconError(
            f"{origin}: cannot read {line!r}; write 'KIND LEMMA [slot=words] -> CODE [flags]' "
            f"with KIND one of {', '.join(KINDS)} and CODE a CAMEO code or ---"
        )
    slots = dict(_slot(part, origin) for part in head[2:])
    if origin.startswith("hand"):
        _check_slots(slots, origin)
    flags = dict(_flag(part, origin) for part in result[1:])
    particle = slots.pop("prt", None)
    obj = slots.pop("obj", None)
    complement = slots.pop("comp", None)
    purpose = slots.pop("purpose", None)
    subject = slots.pop("subj", None)
    return Pattern(
        kind=head[0],
        lemma=head[1].lower(),
        code=result[0],
        particle=particle,
        obj=_noun_set(obj, synsets, origin) if obj is not None else None,
        complement=_noun_set(complement, synsets, origin) if complement is not None else None,
        purpose=_noun_set(purpose, synsets, origin) if purpose is not None else None,
        subject=_noun_set(subject, synsets, origin) if subject is not None else None,
        preps=tuple((prep, _noun_set(words, synsets, origin)) for prep, words in slots.items()),
        reverse="reverse" in flags,
        mutual="mutual" in flags,
        target=flags.get("target"),
        plover=_plover(flags["plover"], origin) if "plover" in flags else None,
        origin=origin,
    )


def _head_word(lemma: str) -> tuple[str | None, str]:
    """ "hunger+strike" -> ("hunger", "strike"): the predicate word and a modifier it needs."""
    modifier, plus, head = lemma.rpartition("+")
    return (modifier, head) if plus else (None, lemma)


def _particles(particle: str | None) -> list[str | None]:
    """ "out|back" -> ["out", "back"]: one pattern per particle ("pull out", "pull back")."""
    return [None] if particle is None else [p for p in particle.lower().split("|") if p]


def _slot(part: str, origin: str) -> tuple[str, str]:
    key, sep, value = part.partition("=")
    if not sep or not key or not value:
        raise LexiconError(f"{origin}: slot {part!r} is not 'name=words'; e.g. obj=aid|loan")
    return key.lower(), value


def _check_slots(slots: dict[str, str], origin: str) -> None:
    """A slot that is neither a known one nor a preposition would never match."""
    for key in slots:
        if key not in SLOTS and key not in PREPOSITIONS:
            raise LexiconError(
                f"{origin}: slot {key!r} is neither {', '.join(SLOTS)} nor a preposition; "
                "for a modifier of the predicate word write it in the lemma (hunger+strike)"
            )


def _flag(part: str, origin: str) -> tuple[str, str]:
    key, _, value = part.partition("=")
    if key not in ("reverse", "mutual", "target", "reciprocal", "plover"):
        raise LexiconError(
            f"{origin}: unknown flag {part!r}; use reverse, mutual, target=SLOT, "
            "reciprocal=CODE or plover=EVENT:mode"
        )
    return key, value


def _plover(value: str, origin: str) -> Plover:
    """ "RETREAT:resign" -> Plover("RETREAT", "resign"); the mode may be left out."""
    match = _PLOVER.match(value)
    if not match:
        raise LexiconError(
            f"{origin}: plover flag {value!r} is not EVENT or EVENT:mode; "
            "e.g. plover=RETREAT:resign"
        )
    return Plover(match.group(1), match.group(2))


def _noun_set(spec: str, synsets: dict[str, frozenset[str]], origin: str) -> NounSet:
    if spec == "*":
        return NounSet(any=True)
    heads: set[str] = set()
    compounds: set[tuple[str, str]] = set()
    for word in spec.lower().split("|"):
        if word.startswith("&"):
            name = word[1:].upper()
            if name not in synsets:
                raise LexiconError(f"{origin}: unknown word set &{name}; define '&{name} = ...'")
            words = synsets[name]
        else:
            words = frozenset([word])
        for item in words:
            modifier, plus, noun = item.rpartition("+")
            if plus:
                compounds.add((modifier, noun))
            else:
                heads.add(item)
    return NounSet(heads=frozenset(heads), compounds=frozenset(compounds))


def _alternatives(text: str) -> set[str]:
    return {w.strip().lower().replace(" ", "+") for w in text.split("|") if w.strip()}


def _lines(text: str) -> Iterable[str]:
    return (line for _, line in _numbered_lines(text))


def _numbered_lines(text: str) -> Iterable[tuple[int, str]]:
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield number, line
