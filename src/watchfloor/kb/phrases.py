"""Finding names in tokens, and grouping them into actor phrases.

"Russian Defense Minister Sergei Shoigu" is three names (a demonym, an agent
noun, a person) that make one phrase; "officials from South Korea" is an agent
noun and a country joined by a preposition; "North Korea's leader" joins over
the possessive. A parsed article groups only what the parse allows: a linked name
joins only when its link hangs on the phrase ("met King Abdullah II [in Tel Aviv]" is
the king alone), and a "from" place after what a departure noun's "of" phrase says
leaves is the place left ("the withdrawal of troops from Y": not Y's troops). "Loyal
to", "affiliated with/to" and "based in/at" link an agent to whom it serves or where it
is based, and a place before "-based" joins the agent noun after it ("a Y-based
group"). A nationality
before a noun of culture names a language or an art, no actor ("the use of the Russian
language", "Russian-language media"). A phrase resolved in isolation is one phrase
whatever it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from watchfloor.kb.names import Entry, NameIndex
from watchfloor.kb.tokens import PieceStream, Tok

KIND_ORDER = (
    "organisation", "country", "demonym", "person", "place", "ethnic", "agent", "modifier",
    "blocked",
)  # fmt: skip
# Kinds of names that give a country: a people's word too ("Yoruba": Nigeria's).
PEOPLE_KINDS = frozenset({"demonym", "ethnic"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
JOINERS = frozenset({"-", "–", "‑"})
LINKS = frozenset({"of", "from", "in"})
# Two-word links after an agent noun: whose the agent is ("militants loyal to Y",
# "workers affiliated with Y": Y's, see `compose`) and where it is based ("a group based
# in Y").
ALLEGIANCES = frozenset({("loyal", "to"), ("affiliated", "with"), ("affiliated", "to")})
ALLEGIANCE_WORDS = frozenset(first for first, _ in ALLEGIANCES)
PHRASE_LINKS = frozenset({*ALLEGIANCES, ("based", "in"), ("based", "at")})
PREPOSITIONS = frozenset(
    {"of", "from", "in", "at", "for", "near", "to", "with", "on", "by", "based", "inside",
     *ALLEGIANCE_WORDS}
)  # fmt: skip
NOUNS = frozenset({"NOUN", "PROPN"})
# Nouns of leaving a place: the "from" phrase of what they say leaves is that place.
DEPARTURE_NOUNS = frozenset(
    {"withdrawal", "withdrawals", "pullout", "pullouts", "pull-out", "retreat", "evacuation",
     "redeployment", "departure", "expulsion", "removal", "exit"}
)  # fmt: skip
# Nouns an agent may modify and still be the actor: "US intelligence reports indicate".
SOURCE_NOUNS = frozenset(
    {
        "report",
        "reports",
        "source",
        "sources",
        "assessment",
        "assessments",
        "estimate",
        "estimates",
        "statement",
        "statements",
        "finding",
        "findings",
        "analysis",
        "briefing",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "chiefs",
        "head",
        "director",
    }
)
# Sites held by the agent before them: "rebel strongholds" are the rebels', and an attack
# on one is on them (the KB's "rebel base" says so for one noun).
SITE_NOUNS = frozenset(
    {"stronghold", "strongholds", "position", "positions", "camp", "camps", "base", "bases",
     "hideout", "hideouts", "outpost", "outposts", "headquarters", "enclave", "enclaves",
     "redoubt", "bastion"}
)  # fmt: skip
# People of what the agent before them names: "opposition candidates" are opposition.
MEMBER_NOUNS = frozenset(
    {"candidate", "candidates", "member", "members", "supporter", "supporters", "figure",
     "figures", "loyalist", "loyalists", "sympathizer", "sympathizers", "nominee", "nominees"}
)  # fmt: skip
# Kinds of names that stand for a party of a bilateral relation ("US-Japan", "EU-China").
PARTY_KINDS = frozenset({"country", "demonym", "organisation", "ethnic"})
_HYPHENS = re.compile("[-–‑]")
MODIFIER_GAP = frozenset({"ADJ", "NUM", "ADV"})
# Words of a region between "in/of" and its country ("in southern Serbia").
REGION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
     "northwest", "southeast", "southwest"}
)  # fmt: skip


@dataclass(frozen=True)
class Segment:
    """A name found in the tokens `[start, end)`, with the entries of its best kind."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


@dataclass
class Phrase:
    """Segments that name one actor. Segments from `post` on follow "of/from/in"."""

    segments: list[Segment]
    post: int | None = None
    name: tuple[int, int] | None = None  # tokens of a name the knowledge base lacks
    definite: bool = False
    kinds: set[str] = field(default_factory=set)

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        last = self.segments[-1].end
        return max(last, self.name[1]) if self.name else last

    def pre(self) -> list[Segment]:
        return self.segments if self.post is None else self.segments[: self.post]

    def after(self) -> list[Segment]:
        return [] if self.post is None else self.segments[self.post :]

    def add(self, segment: Segment) -> None:
        self.segments.append(segment)
        self.kinds.add(segment.kind)


def find_segments(index: NameIndex, stream: PieceStream) -> list[Segment]:
    """Longest names, left to right, never two in one token; a name that names no actor
    ("New Guinea", `resolve=block`) hides the names inside it and is dropped."""
    found: list[Segment] = []
    position, total = 0, len(stream.folded)
    while position < total:
        match = index.longest_at(stream.folded, stream.original, position)
        if match is None:
            position += 1
            continue
        first, last = stream.token_of[match.start], stream.token_of[match.end - 1]
        if not found or found[-1].end <= first:
            found.append(Segment(first, last + 1, _best(match.entries)))
        position = match.end
        while position < total and stream.token_of[position] == last:
            position += 1
    return [s for s in found if s.kind != "blocked"]


def _best(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    exact = [e for e in entries if e.case == "exact"] or list(entries)
    top = min(KIND_ORDER.index(e.kind) for e in exact)
    return tuple(e for e in exact if KIND_ORDER.index(e.kind) == top)


def whole_phrase(toks: list[Tok], segments: list[Segment]) -> Phrase | None:
    """All segments of an isolated phrase as one; those after a preposition are `post`."""
    if not segments:
        return None
    phrase = Phrase([])
    link_seen = False
    for segment in segments:
        gap = toks[phrase.segments[-1].end : segment.start] if phrase.segments else []
        if phrase.segments and any(t.lower in PREPOSITIONS for t in gap):
            link_seen = True
        if link_seen and phrase.post is None:
            phrase.post = len(phrase.segments)
        phrase.add(segment)
    phrase.name = _trailing_name(toks, phrase)
    return phrase


def _trailing_name(toks: list[Tok], phrase: Phrase) -> tuple[int, int] | None:
    """Capitalised words after the last segment, the name of someone the KB lacks."""
    if "person" in phrase.kinds or "organisation" in phrase.kinds:
        return None
    start = phrase.segments[-1].end
    while start < len(toks) and start - phrase.segments[-1].end < 2 and toks[start].text.islower():
        start += 1
    end = start
    while end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha():
        end += 1
    last = end == len(toks) or toks[end].lower in POSSESSIVE
    return (start, end) if end - start >= 2 or (end > start and last) else None


def group_phrases(toks: list[Tok], segments: list[Segment]) -> list[Phrase]:
    """Segments of a parsed article grouped as the parse allows, in order."""
    phrases: list[Phrase] = []
    for segment in segments:
        if _is_verb_agent(toks, segment):
            continue  # "Hamas, which advocates Israel's destruction": a verb, no agent noun
        if _is_stance(toks, segment):
            continue  # "anti-Syria journalist", "pro-Russian separatists": a cause, no actor
        if _is_culture(toks, segment):
            continue  # "the Russian language", "Russian-language media": no actor
        current = phrases[-1] if phrases else None
        if current is not None and current.name is None and _joins(toks, current, segment):
            current.add(segment)
            continue
        if current is not None:
            _finish(toks, current)
        phrase = Phrase([])
        phrase.add(segment)
        phrase.definite = segment.start > 0 and toks[segment.start - 1].lower == "the"
        phrases.append(phrase)
    if phrases:
        _finish(toks, phrases[-1])
    return [p for p in phrases if p.segments]


# Prefixes that make a name a cause taken up, not whose the actor is ("pro-Russian").
STANCE_PREFIXES = frozenset({"anti", "pro"})
HYPHENS = frozenset({"-", "\u2013", "\u2010"})


def _is_stance(toks: list[Tok], segment: Segment) -> bool:
    """A name after "anti-" or "pro-": the stance of the noun it modifies."""
    start = segment.start
    if start >= 1 and toks[start - 1].lower.rstrip("-") in STANCE_PREFIXES:
        return toks[start - 1].lower.endswith("-")
    if start < 2 or toks[start - 1].text not in HYPHENS or toks[start - 2].space:
        return False
    return toks[start - 2].lower in STANCE_PREFIXES and not toks[start - 1].space


# Nouns of a people's culture: a nationality before one names a language, a cuisine or an
# art ("the use of the Russian language", "Russian-language media"), never an actor.
CULTURE_NOUNS = frozenset(
    {"language", "languages", "tongue", "dialect", "dialects", "script", "alphabet",
     "literature", "poetry", "cuisine", "music", "folklore", "grammar",
     "spelling", "translation", "translations", "subtitles"}
)  # fmt: skip


def _is_culture(toks: list[Tok], segment: Segment) -> bool:
    """A nationality word right before a noun of culture, or hyphened to one ("the
    Russian language", "Arabic-language"): it names the culture, not a party."""
    if segment.kind not in PEOPLE_KINDS:
        return False
    after = segment.end
    if after < len(toks) and toks[after].text in HYPHENS:
        after += 1
    return after < len(toks) and toks[after].lower in CULTURE_NOUNS


def _is_verb_agent(toks: list[Tok], segment: Segment) -> bool:
    """An agent noun's word the parse reads as a verb ("advocates", "rebels", "guards")."""
    return segment.kind == "agent" and toks[segment.end - 1].pos == "VERB"


def _joins(toks: list[Tok], phrase: Phrase, segment: Segment) -> bool:
    last = phrase.segments[-1]
    if any(t.sent_start for t in toks[last.start + 1 : segment.start + 1]):
        return False
    gap = toks[last.end : segment.start]
    words = [t.lower for t in gap]
    if not gap or all(w in POSSESSIVE or w in JOINERS for w in words):
        return phrase.post is None or segment.kind not in ("agent", "modifier")
    headed = bool(phrase.kinds & {"agent", "person"}) or _residents(toks, phrase, words[0])
    linked = segment.kind in ("country", "place", "organisation")
    link = tuple(words[:2]) if tuple(words[:2]) in PHRASE_LINKS else tuple(words[:1])
    if link in ALLEGIANCES:  # "forces loyal to President X", "to the Y government"
        linked = linked or segment.kind in ("person", "demonym", "agent")
    if _based_on_place(toks, phrase, words, segment):
        return True  # "a Y-based group": the place's, with the noun's sector
    if (
        (link in PHRASE_LINKS or words[0] in LINKS)
        and all(w == "the" or w in REGION_WORDS for w in words[len(link) :])
        and headed
        and linked
        and phrase.post is None
        and _attached(toks, last.end, phrase)
        and not (words[0] == "from" and _departs(toks, last.end - 1))
    ):
        phrase.post = len(phrase.segments)
        return True
    if words == [","] and segment.kind == "person" and "agent" in phrase.kinds:
        return "person" not in phrase.kinds
    return (
        len(gap) <= 2
        and all(t.pos in MODIFIER_GAP for t in gap)
        and segment.kind in ("agent", "person")
        and phrase.post is None
    )


def _based_on_place(toks: list[Tok], phrase: Phrase, words: list[str], segment: Segment) -> bool:
    """ "a Y-based group", "Y-based rebels": a place alone, "-based" and an agent noun it
    modifies (not the verb: "Y based troops in Z")."""
    based = toks[segment.start - 1]
    return (
        words in (["-", "based"], ["based"])
        and phrase.post is None
        and len(phrase.segments) == 1
        and phrase.kinds <= {"country", "place"}
        and segment.kind == "agent"
        and (based.pos is None or segment.start <= based.head < segment.end)
    )


def _attached(toks: list[Tok], link: int, phrase: Phrase) -> bool:
    """Whether the link word hangs on the phrase in the parse ("withdrew troops [from
    Y]" hangs on the verb: the troops are not Y's); an unparsed phrase always joins."""
    tok = toks[link]
    return tok.pos is None or phrase.start <= tok.head < phrase.end


def _departs(toks: list[Tok], head: int) -> bool:
    """Whether the agent noun at `head` is what a departure noun's "of" phrase says
    leaves: "the withdrawal of troops [from Y]" names where they leave, not whose they
    are."""
    noun = toks[head]
    if noun.pos is None or noun.dep != "pobj" or toks[noun.head].lower != "of":
        return False
    return toks[toks[noun.head].head].lower in DEPARTURE_NOUNS


def _residents(toks: list[Tok], phrase: Phrase, link: str) -> bool:
    """A people named by nationality as residents of a place: "ethnic Albanians in
    Serbia", "the Albanians of southern Serbia" (see `compose`)."""
    if len(phrase.segments) != 1 or phrase.segments[0].kind not in PEOPLE_KINDS:
        return False
    start = phrase.segments[0].start
    ethnic = start > 0 and toks[start - 1].lower == "ethnic"
    return link == "of" or (link == "in" and ethnic)


def _finish(toks: list[Tok], phrase: Phrase) -> None:
    """Drops trailing agent nouns that only modify another noun ("military equipment")."""
    while phrase.segments and phrase.segments[-1].kind == "agent":
        last = phrase.segments[-1]
        head = toks[last.end - 1]
        following = toks[last.end] if last.end < len(toks) else None
        modifies = (
            following is not None
            and following.pos in NOUNS
            and following.lower not in SOURCE_NOUNS
            and following.lower not in MEMBER_NOUNS
            and (head.dep in ("compound", "amod", "nmod") or head.head != last.end - 1)
        )
        if head.pos in NOUNS and (not modifies or _titles_name(following)):
            break
        if following is not None and following.lower in SITE_NOUNS and head.dep != "poss":
            break  # "a Y rebel stronghold": the rebels' site, not Y's
        phrase.segments.pop()
        if phrase.post is not None and phrase.post >= len(phrase.segments):
            phrase.post = None
    phrase.kinds = {s.kind for s in phrase.segments}
    if phrase.segments and "person" not in phrase.kinds and "organisation" not in phrase.kinds:
        phrase.name = _parsed_name(toks, phrase)


def names_a_pair(toks: list[Tok], phrase: Phrase, index: NameIndex) -> bool:
    """Whether the phrase joins two parties with a hyphen ("the U.S.-Israel partnership",
    "US-Japan talks"): it names a relation between them, not one actor."""
    segments = phrase.segments
    for left, right in pairwise(segments):
        gap = toks[left.end : right.start]
        hyphen = len(gap) == 1 and gap[0].text in JOINERS
        if hyphen and left.kind in PARTY_KINDS and right.kind in PARTY_KINDS:
            return True
    return any(
        _hyphenated_pair(toks[s.start].text, index) for s in segments if s.end - s.start == 1
    )


def _hyphenated_pair(text: str, index: NameIndex) -> bool:
    """ "U.S.-Israel" as one token: two or more party names, the whole not a name itself."""
    parts = [p for p in _HYPHENS.split(text) if p]
    if len(parts) < 2 or index.lookup(text):
        return False
    parties = [p for p in parts if any(e.kind in PARTY_KINDS for e in index.lookup(p))]
    return len(parties) >= 2


def _titles_name(following: Tok | None) -> bool:
    """Whether the next word begins a person's name the title belongs to ("President Bush")."""
    return following is not None and following.pos == "PROPN" and following.ent == "PERSON"


def _parsed_name(toks: list[Tok], phrase: Phrase) -> tuple[int, int] | None:
    """A person's name right after a title or nationality ("analyst John Doe")."""
    start = end = phrase.segments[-1].end
    while end < len(toks) and end - start < 2 and toks[end].pos == "NOUN":
        end += 1
    names = end
    while names < len(toks) and toks[names].pos == "PROPN" and toks[names].ent in ("PERSON", ""):
        names += 1
    return (end, names) if names > end else None
