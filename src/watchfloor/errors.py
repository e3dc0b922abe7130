"""Every error Watchfloor raises on purpose.

    WatchfloorError
    ├── ConfigError            a setting, option or environment variable is wrong
    ├── ModelNotFoundError     no spaCy English pipeline is installed
    ├── InputError             one input (file, URL, line) cannot be read as an article
    │   ├── UnsupportedInputError   binary, empty, unknown format
    │   ├── DecodeError             bytes that are no known text encoding
    │   ├── FeedError               malformed or hostile RSS/Atom XML
    │   ├── TooLargeError           over the size limit
    │   └── FetchError              a URL could not be fetched
    ├── KnowledgeBaseError     the actor knowledge base (or a user override) is malformed
    ├── LexiconError           the verb-pattern lexicon or an ontology table is malformed
    ├── StoreError             the database cannot be opened, migrated or written
    │   └── NotFoundError      an id that is not in the database
    └── QueryError             a query option has a value that cannot be used

Messages state the cause and the fix, naming the input:
"cannot read feed.xml: not XML (first bytes '%PDF'); pass an RSS/Atom file or URL".
"""

from __future__ import annotations


class WatchfloorError(Exception):
    """Root of every error Watchfloor raises on purpose."""


class ConfigError(WatchfloorError):
    """A setting, option or environment variable has a value that cannot be used."""


class ModelNotFoundError(WatchfloorError):
    """No spaCy English pipeline is installed."""


class InputError(WatchfloorError):
    """One input cannot be read as an article; `name` says which."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"cannot read {name}: {reason}")
        self.name = name
        self.reason = reason


class UnsupportedInputError(InputError):
    """Binary, empty or of a format Watchfloor does not read."""


class DecodeError(InputError):
    """Bytes that are no known text encoding."""


class FeedError(InputError):
    """Malformed or hostile RSS/Atom XML."""


class TooLargeError(InputError):
    """Over the configured size limit."""


class FetchError(InputError):
    """A URL could not be fetched."""


class KnowledgeBaseError(WatchfloorError):
    """The actor knowledge base or a user override file is malformed."""


class LexiconError(WatchfloorError):
    """The verb-pattern lexicon or an ontology table is malformed."""


class StoreError(WatchfloorError):
    """The database cannot be opened, migrated or written."""


class NotFoundError(StoreError):
    """An id that is not in the database."""


class QueryError(WatchfloorError):
    """A query option has a value that cannot be used."""
