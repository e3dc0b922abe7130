"""Merging the same development reported in many articles into one `Development`.

Two events are the same development when they have the same source actor
code, target actor code and CAMEO root, and their dates (the event date, else
the article's publication date; a month or year is the whole period) lie
within `window_days` of each other. Events with neither actor coded are not
merged. The development keeps every event id as evidence; `corroboration`
counts distinct publishers of independent articles (a near-duplicate copy adds
none, the same publisher twice counts once); `certainty` follows the rules in
`stories.certainty`; `history` records each change of certainty and each
denial, in the order the evidence arrived.

Developments are matched across stories: a development found again in an
article clustered elsewhere still gains the corroboration. A new development
belongs to the story of the article that first reports it.
"""

from __future__ import annotations

import calendar
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit

from watchfloor.domain import (
    Article,
    Certainty,
    CertaintyChange,
    CodedArticle,
    DatePrecision,
    Development,
    Event,
    EventDate,
    EventQuery,
    text_id,
)
from watchfloor.store.base import Store
from watchfloor.stories.certainty import Claim, assess, effective_certainty, is_party_denial

log = logging.getLogger(__name__)

DevelopmentKey = tuple[str | None, str | None, str]
Interval = tuple[date, date]
Clock = Callable[[], datetime]

_PRECISION_ORDER = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.YEAR: 2,
    DatePrecision.UNKNOWN: 3,
}


def _utc_now() -> datetime:
    return datetime.now(UTC)


def publisher_of(article: Article) -> str:
    """Who published an article: its source, else its URL's host, else its own id."""
    if article.source:
        return article.source.strip().casefold()
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return article.id


def event_interval(event: Event, published: date | None) -> Interval | None:
    """The days an event may have happened on: its date's whole period, else publication day."""
    value = event.date.value if event.date else None
    if value:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(parts[0], parts[1], parts[2])
            return day, day
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    return (published, published) if published else None


def _near(a: Interval | None, b: Interval | None, window: timedelta) -> bool:
    if a is None or b is None:
        return True
    return a[0] - window <= b[1] and b[0] - window <= a[1]


def _key(event: Event) -> DevelopmentKey | None:
    source = event.source.code if event.source else None
    target = event.target.code if event.target else None
    if source is None and target is None:
        return None
    return source, target, event.cameo[:2]


@dataclass(frozen=True)
class _Item:
    event: Event
    publisher: str
    independent: bool
    seen_at: datetime
    interval: Interval | None

    @property
    def claim(self) -> Claim:
        return Claim(effective_certainty(self.event), is_party_denial(self.event), self.independent)


@dataclass
class _Merged:
    development: Development
    items: list[_Item] = field(default_factory=list)

    def anchor(self) -> Interval | None:
        """The narrowest interval among the evidence: what a new event is compared with."""
        dated = [i.interval for i in self.items if i.interval is not None]
        return min(dated, key=lambda iv: iv[1] - iv[0]) if dated else None


@dataclass
class DevelopmentMerger:
    """Merges coded events into developments, incrementally, over a `Store`."""

    store: Store
    window_days: int = 3
    clock: Clock = _utc_now
    _index: dict[DevelopmentKey, list[_Merged]] | None = field(default=None, init=False, repr=False)
    _merged_events: set[str] = field(default_factory=set, init=False, repr=False)

    def merge(
        self, coded: CodedArticle, story_id: str | None, publisher: str | None = None
    ) -> list[Development]:
        """Add the article's events to developments; return those it created or changed."""
        self._loaded()
        article = coded.article
        who = publisher.strip().casefold() if publisher else publisher_of(article)
        independent = self._is_independent(article)
        touched: dict[str, Development] = {}
        for event in coded.events:
            key = _key(event)
            if key is None or event.id in self._merged_events:
                continue
            item = _Item(
                event, who, independent, self._seen_at(article),
                event_interval(event, article.published),
            )  # fmt: skip
            merged = self._find(key, item) or self._start(key, item, story_id)
            self._add(merged, item)
            touched[merged.development.id] = merged.development
        for development in touched.values():
            self.store.save_development(development)
        return list(touched.values())

    # -- matching ------------------------------------------------------------
    def _find(self, key: DevelopmentKey, item: _Item) -> _Merged | None:
        assert self._index is not None
        window = timedelta(days=self.window_days)
        for merged in self._index.get(key, []):
            if _near(merged.anchor(), item.interval, window):
                return merged
        return None

    def _start(self, key: DevelopmentKey, item: _Item, story_id: str | None) -> _Merged:
        assert self._index is not None
        event = item.event
        development = Development(
            id=text_id(f"development|{event.id}"),
            story_id=story_id,
            source_code=key[0],
            target_code=key[1],
            cameo_root=key[2],
            cameo=event.cameo,
            certainty=item.claim.certainty,
            corroboration=0,
            first_seen=item.seen_at,
            date=event.date,
            event_ids=(),
        )
        merged = _Merged(development)
        self._index.setdefault(key, []).append(merged)
        return merged

    # -- adding evidence -------------------------------------------------------
    def _add(self, merged: _Merged, item: _Item) -> None:
        merged.items.append(item)
        self._merged_events.add(item.event.id)
        before = merged.development
        certainty = assess([i.claim for i in merged.items])
        history = before.history
        if not history or certainty is not before.certainty or item.claim.party_denial:
            noted = item.event.certainty if item.claim.party_denial else certainty
            history = (*history, self._change(noted, item))
            if certainty is not before.certainty:
                log.info(
                    "development %s is now %s on event %s of article %s",
                    before.id, certainty.value, item.event.id, item.event.article_id,
                )  # fmt: skip
        merged.development = replace(
            before,
            cameo=Counter(i.event.cameo for i in merged.items).most_common(1)[0][0],
            certainty=certainty,
            corroboration=_corroboration(merged.items),
            first_seen=min(before.first_seen, item.seen_at),
            date=_best_date(merged.items),
            event_ids=(*before.event_ids, item.event.id),
            history=history,
        )

    def _change(self, certainty: Certainty, item: _Item) -> CertaintyChange:
        return CertaintyChange(
            certainty=certainty,
            event_id=item.event.id,
            article_id=item.event.article_id,
            publisher=item.publisher,
            seen_at=item.seen_at,
        )

    def _is_independent(self, article: Article) -> bool:
        if article.duplicate_of is not None:
            return False
        stored = self.store.get_article(article.id)
        return stored is None or stored.duplicate_of is None

    def _seen_at(self, article: Article) -> datetime:
        if article.published:
            return datetime.combine(article.published, time(0), tzinfo=UTC)
        return self.clock()

    # -- rebuilding the state from the store -------------------------------------
    def _loaded(self) -> dict[DevelopmentKey, list[_Merged]]:
        if self._index is None:
            self._index = {}
            developments = self.store.find_developments()
            if developments:
                self._restore(developments)
        return self._index

    def _restore(self, developments: list[Development]) -> None:
        assert self._index is not None
        events = {e.id: e for e in self.store.find_events(EventQuery())}
        articles: dict[str, Article | None] = {}
        for development in developments:
            merged = _Merged(development)
            for event_id in development.event_ids:
                event = events.get(event_id)
                if event is None:
                    continue
                if event.article_id not in articles:
                    articles[event.article_id] = self.store.get_article(event.article_id)
                article = articles[event.article_id]
                if article is None:
                    continue
                merged.items.append(self._restored_item(event, article))
                self._merged_events.add(event_id)
            key = (development.source_code, development.target_code, development.cameo_root)
            self._index.setdefault(key, []).append(merged)
        log.debug("restored %d developments", len(developments))

    def _restored_item(self, event: Event, article: Article) -> _Item:
        return _Item(
            event=event,
            publisher=publisher_of(article),
            independent=article.duplicate_of is None,
            seen_at=self._seen_at(article),
            interval=event_interval(event, article.published),
        )


def _corroboration(items: list[_Item]) -> int:
    """Distinct publishers of independent evidence; one when only copies report it."""
    publishers = {i.publisher for i in items if i.independent}
    return max(1, len(publishers))


def _best_date(items: list[_Item]) -> EventDate | None:
    dated = [i.event.date for i in items if i.event.date is not None]
    if not dated:
        return None
    return min(dated, key=lambda d: _PRECISION_ORDER[d.precision])
