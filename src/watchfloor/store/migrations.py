"""The versioned database schema: ordered migrations, SQLite and PostgreSQL side by side.

Each `Migration` holds the statements for both backends; where they differ
(full-text search, types) the difference sits next to its twin. Applied
versions are recorded in `schema_migrations`; `migrate()` applies the pending
ones in order, each inside one transaction, so opening an older database
brings it to the current version. Never edit a released migration: add one.

Dates and datetimes that come from domain objects (story and development
times, certainty history) are stored as ISO 8601 text on both backends, so
naive and timezone-aware values read back exactly as they were saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from watchfloor.errors import StoreError
from watchfloor.store.backend import Backend

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]

    def statements(self, dialect: str) -> tuple[str, ...]:
        return self.sqlite if dialect == "sqlite" else self.postgres


BOOTSTRAP = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""

# -- 1: articles, full-text search, evidence, actors, events, signatures -----

_ARTICLES_SQLITE = """
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    title TEXT,
    published TEXT,
    source TEXT,
    origin TEXT,
    version_of TEXT REFERENCES articles (id),
    duplicate_of TEXT REFERENCES articles (id),
    duplicate_similarity REAL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)
"""
_ARTICLES_POSTGRES = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    url TEXT,
    title TEXT,
    published DATE,
    source TEXT,
    origin TEXT,
    version_of TEXT REFERENCES articles (id),
    duplicate_of TEXT REFERENCES articles (id),
    duplicate_similarity DOUBLE PRECISION,
    text TEXT NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    search TSVECTOR GENERATED ALWAYS AS
        (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
)
"""

# SQLite: an FTS5 index over title and text, kept in sync by triggers.
_FTS_SQLITE = (
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='porter unicode61'
    )
    """,
    """
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END
    """,
    """
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END
    """,
    """
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END
    """,
)
# PostgreSQL: the generated `search` column above, under a GIN index.
_FTS_POSTGRES = ("CREATE INDEX articles_search ON articles USING GIN (search)",)

_ARTICLE_INDEXES = (
    "CREATE INDEX articles_url ON articles (url)",
    "CREATE INDEX articles_published ON articles (published)",
    "CREATE INDEX articles_version_of ON articles (version_of)",
    "CREATE INDEX articles_duplicate_of ON articles (duplicate_of)",
)

_EVIDENCE = """
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    sentence TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL
)
"""

_ACTORS = """
CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    name TEXT,
    country TEXT,
    sector TEXT,
    code TEXT,
    kb_id TEXT
)
"""

_EVENTS = """
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    evidence_id TEXT NOT NULL REFERENCES evidence (id),
    source_actor_id TEXT REFERENCES actors (id),
    target_actor_id TEXT REFERENCES actors (id),
    attribution_actor_id TEXT REFERENCES actors (id),
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein {real} NOT NULL,
    plover_event TEXT,
    plover_mode TEXT,
    certainty TEXT NOT NULL,
    date_value TEXT,
    date_precision TEXT,
    date_text TEXT,
    location_name TEXT,
    location_country TEXT,
    location_lat {real},
    location_lon {real},
    coder TEXT NOT NULL,
    kb_version TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    sort_date TEXT
)
"""

_EVENT_INDEXES = (
    "CREATE INDEX events_order ON events (sort_date, article_id, ordinal)",
    "CREATE INDEX events_article ON events (article_id, ordinal)",
    "CREATE INDEX events_cameo ON events (cameo)",
    "CREATE INDEX events_cameo_root ON events (cameo_root)",
    "CREATE INDEX events_quad_class ON events (quad_class)",
    "CREATE INDEX events_certainty ON events (certainty)",
    "CREATE INDEX events_source ON events (source_actor_id)",
    "CREATE INDEX events_target ON events (target_actor_id)",
    "CREATE INDEX evidence_article ON evidence (article_id)",
    "CREATE INDEX actors_code ON actors (code)",
    "CREATE INDEX actors_country ON actors (country)",
)

_SIGNATURES_SQLITE = """
CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    signature BLOB NOT NULL
)
"""
_SIGNATURES_POSTGRES = """
CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    signature BIGINT[] NOT NULL
)
"""

# -- 2: stories and merged developments --------------------------------------

_STORIES = (
    """
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id),
        PRIMARY KEY (story_id, position)
    )
    """,
    """
    CREATE TABLE story_actors (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        PRIMARY KEY (story_id, position)
    )
    """,
    """
    CREATE TABLE story_dyads (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        source_code TEXT NOT NULL,
        target_code TEXT NOT NULL,
        PRIMARY KEY (story_id, position)
    )
    """,
    """
    CREATE TABLE story_cameo_roots (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        cameo_root TEXT NOT NULL,
        PRIMARY KEY (story_id, position)
    )
    """,
    """
    CREATE TABLE developments (
        id TEXT PRIMARY KEY,
        story_id TEXT REFERENCES stories (id),
        source_code TEXT,
        target_code TEXT,
        cameo_root TEXT NOT NULL,
        cameo TEXT NOT NULL,
        certainty TEXT NOT NULL,
        corroboration INTEGER NOT NULL,
        first_seen TEXT NOT NULL,
        date_value TEXT,
        date_precision TEXT,
        date_text TEXT
    )
    """,
    """
    CREATE TABLE development_events (
        development_id TEXT NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        event_id TEXT NOT NULL REFERENCES events (id),
        PRIMARY KEY (development_id, position)
    )
    """,
    """
    CREATE TABLE certainty_history (
        development_id TEXT NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        certainty TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events (id),
        article_id TEXT NOT NULL REFERENCES articles (id),
        publisher TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (development_id, position)
    )
    """,
    "CREATE INDEX stories_last_seen ON stories (last_seen)",
    "CREATE INDEX story_articles_article ON story_articles (article_id)",
    "CREATE INDEX story_actors_code ON story_actors (code)",
    "CREATE INDEX developments_story ON developments (story_id)",
    "CREATE INDEX development_events_event ON development_events (event_id)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        version=1,
        name="articles, full-text search, evidence, actors, events, signatures",
        sqlite=(
            _ARTICLES_SQLITE,
            *_FTS_SQLITE,
            *_ARTICLE_INDEXES,
            _EVIDENCE,
            _ACTORS,
            _EVENTS.format(real="REAL"),
            *_EVENT_INDEXES,
            _SIGNATURES_SQLITE,
        ),
        postgres=(
            _ARTICLES_POSTGRES,
            *_FTS_POSTGRES,
            *_ARTICLE_INDEXES,
            _EVIDENCE,
            _ACTORS,
            _EVENTS.format(real="DOUBLE PRECISION"),
            *_EVENT_INDEXES,
            _SIGNATURES_POSTGRES,
        ),
    ),
    Migration(
        version=2,
        name="stories and merged developments",
        sqlite=_STORIES,
        postgres=_STORIES,
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(db: Backend) -> int:
    """The highest migration applied to the database (0 for an empty one)."""
    rows = db.query("SELECT MAX(version) FROM schema_migrations")
    return int(rows[0][0] or 0)


def migrate(db: Backend, target: int | None = None) -> int:
    """Apply the pending migrations up to `target` (default: all); return the version reached."""
    goal = LATEST_VERSION if target is None else target
    db.begin()
    try:
        db.execute(BOOTSTRAP)
        db.lock_migrations()
        version = current_version(db)
        _refuse_newer(db, version)
        for migration in MIGRATIONS:
            if version < migration.version <= goal:
                _apply(db, migration)
                version = migration.version
    except BaseException:
        db.rollback()
        raise
    db.commit()
    return version


def _refuse_newer(db: Backend, version: int) -> None:
    if version > LATEST_VERSION:
        raise StoreError(
            f"{db.describe()} has schema version {version}, newer than this Watchfloor "
            f"understands ({LATEST_VERSION}); upgrade watchfloor to open it"
        )


def _apply(db: Backend, migration: Migration) -> None:
    logger.info("%s: applying migration %d (%s)", db.describe(), migration.version, migration.name)
    for statement in migration.statements(db.dialect):
        db.execute(statement)
    db.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        (migration.version, migration.name, datetime.now(UTC).isoformat()),
    )
