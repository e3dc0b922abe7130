"""Story clustering: each coded article joins the story it continues, or starts one.

Assignment is incremental and greedy. A new article is compared with every
story active within `window_days` of its publication date:

    score = text + DYAD_BONUS * shares a dyad + ACTOR_BONUS * actor overlap
                 + ROOT_BONUS * shares a CAMEO root

where `text` is the TF-IDF cosine of the article's title and lead with the
story's pooled titles and leads, and the overlaps compare the countries,
dyads and CAMEO roots of the coded events. When both sides name actors and
share none, the article may join only on near-identical text
(`STRONG_TEXT`). The best story scoring `threshold` or more wins; otherwise
the article starts a new story. A near-duplicate copy joins its original's
story without changing its vocabulary or actor counts.

The state kept in memory (term and actor counts per story, document
frequencies) is rebuilt from the store's stories, articles and events the
first time it is needed.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from watchfloor.coding.ontology import load_ontology
from watchfloor.domain import Article, CodedArticle, Event, EventQuery, Story, text_id
from watchfloor.store.base import Store
from watchfloor.stories.features import EventFeatures
from watchfloor.stories.text import TermCounts, Vocabulary, lead, term_counts

log = logging.getLogger(__name__)

DYAD_BONUS = 0.25
ACTOR_BONUS = 0.1
ROOT_BONUS = 0.05
STRONG_TEXT = 0.6
KEY_ACTORS = 5
TITLE_WORDS = 14

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


@dataclass
class _Member:
    article_id: str
    title: str | None
    lead: str
    terms: Counter[str]

    @classmethod
    def of(cls, article: Article) -> _Member:
        return cls(
            article_id=article.id,
            title=article.title,
            lead=lead(article.text, TITLE_WORDS * 2),
            terms=term_counts(article.title, article.text),
        )


@dataclass
class _StoryState:
    id: str
    first_seen: datetime
    last_seen: datetime
    article_ids: list[str] = field(default_factory=list)
    members: list[_Member] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)
    features: EventFeatures = field(default_factory=EventFeatures)
    dates: list[date] = field(default_factory=list)

    def active_near(self, day: date | None, window: timedelta) -> bool:
        if day is None or not self.dates:
            return True
        return min(self.dates) - window <= day <= max(self.dates) + window

    def add(self, member: _Member, features: EventFeatures, day: date | None) -> None:
        self.members.append(member)
        self.terms.update(member.terms)
        self.features.update(features)
        if day is not None:
            self.dates.append(day)


@dataclass
class StoryClusterer:
    """Assigns coded articles to stories, incrementally, over a `Store`."""

    store: Store
    window_days: int = 7
    threshold: float = 0.3
    clock: Clock = _utc_now
    _stories: dict[str, _StoryState] | None = field(default=None, init=False, repr=False)
    _story_of: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _vocabulary: Vocabulary = field(default_factory=Vocabulary, init=False, repr=False)

    def assign(self, coded: CodedArticle) -> Story:
        """The story `coded` belongs to, saved to the store with the article in it."""
        stories = self._loaded()
        article = coded.article
        known = self._story_of.get(article.id)
        if known is not None:
            return self._story(stories[known])
        original = self._original_story(article)
        if original is not None:
            state = stories[original]
            self._join_as_copy(state, article)
        else:
            state = self._place(article, coded.events)
        story = self._story(state)
        self.store.save_story(story)
        log.debug("article %s is in story %s", article.id, story.id)
        return story

    # -- placing an article ------------------------------------------------
    def _place(self, article: Article, events: Iterable[Event]) -> _StoryState:
        member = _Member.of(article)
        features = EventFeatures.of(events)
        self._vocabulary.add(member.terms)
        state = self._best_story(article.published, member.terms, features)
        if state is None:
            state = self._new_story(article)
        self._join(state, article, member, features)
        return state

    def _best_story(
        self, day: date | None, terms: TermCounts, features: EventFeatures
    ) -> _StoryState | None:
        assert self._stories is not None
        window = timedelta(days=self.window_days)
        best: tuple[float, _StoryState] | None = None
        for state in self._stories.values():
            if not state.members or not state.active_near(day, window):
                continue
            score = self._score(terms, features, state)
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, state)
        return best[1] if best else None

    def _score(self, terms: TermCounts, features: EventFeatures, state: _StoryState) -> float:
        text = self._vocabulary.cosine(terms, state.terms)
        if not features or not state.features:
            return text
        mine, theirs = set(features.countries), set(state.features.countries)
        overlap = len(mine & theirs) / min(len(mine), len(theirs))
        if overlap == 0.0 and text < STRONG_TEXT:
            return 0.0
        shares_dyad = bool(set(features.dyads) & set(state.features.dyads))
        shares_root = bool(set(features.roots) & set(state.features.roots))
        return text + DYAD_BONUS * shares_dyad + ACTOR_BONUS * overlap + ROOT_BONUS * shares_root

    def _new_story(self, article: Article) -> _StoryState:
        assert self._stories is not None
        seen = self._seen_at(article)
        state = _StoryState(id=text_id(f"story|{article.id}"), first_seen=seen, last_seen=seen)
        self._stories[state.id] = state
        return state

    def _join(
        self, state: _StoryState, article: Article, member: _Member, features: EventFeatures
    ) -> None:
        state.add(member, features, article.published)
        self._add_id(state, article)

    def _join_as_copy(self, state: _StoryState, article: Article) -> None:
        self._add_id(state, article)

    def _add_id(self, state: _StoryState, article: Article) -> None:
        state.article_ids.append(article.id)
        self._story_of[article.id] = state.id
        seen = self._seen_at(article)
        state.first_seen = min(state.first_seen, seen)
        state.last_seen = max(state.last_seen, seen)

    def _original_story(self, article: Article) -> str | None:
        if article.duplicate_of is None:
            return None
        story_id = self._story_of.get(article.duplicate_of) or self.store.story_of(
            article.duplicate_of
        )
        if story_id is None or self._stories is None or story_id not in self._stories:
            return None
        return story_id

    def _seen_at(self, article: Article) -> datetime:
        return _midnight(article.published) if article.published else self.clock()

    # -- the Story record --------------------------------------------------
    def _story(self, state: _StoryState) -> Story:
        features = state.features
        return Story(
            id=state.id,
            title=self._title(state),
            key_actors=tuple(code for code, _ in features.actors.most_common(KEY_ACTORS)),
            article_ids=tuple(state.article_ids),
            first_seen=state.first_seen,
            last_seen=state.last_seen,
            dyads=tuple(dyad for dyad, _ in features.dyads.most_common()),
            cameo_roots=tuple(root for root, _ in features.roots.most_common()),
        )

    def _title(self, state: _StoryState) -> str:
        if not state.members:
            return state.id
        central = max(state.members, key=lambda m: self._vocabulary.cosine(m.terms, state.terms))
        if central.title and central.title.strip():
            return central.title.strip()
        dyads, roots = state.features.dyads, state.features.roots
        if dyads and roots:
            (first, second), _ = dyads.most_common(1)[0]
            root, _ = roots.most_common(1)[0]
            return f"{first}–{second}: {load_ontology().label(root).lower()}"
        words = central.lead.split()
        return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")

    # -- rebuilding the state from the store ---------------------------------
    def _loaded(self) -> dict[str, _StoryState]:
        if self._stories is None:
            self._stories = {}
            for story in self.store.find_stories():
                self._restore(story)
            log.debug("restored %d stories", len(self._stories))
        return self._stories

    def _restore(self, story: Story) -> None:
        assert self._stories is not None
        state = _StoryState(id=story.id, first_seen=story.first_seen, last_seen=story.last_seen)
        self._stories[story.id] = state
        for article_id in story.article_ids:
            article = self.store.get_article(article_id)
            if article is None:
                continue
            if article.duplicate_of is not None:
                self._join_as_copy(state, article)
                continue
            events = self.store.find_events(EventQuery(article_id=article_id))
            member = _Member.of(article)
            self._vocabulary.add(member.terms)
            self._join(state, article, member, EventFeatures.of(events))
        state.first_seen, state.last_seen = story.first_seen, story.last_seen
