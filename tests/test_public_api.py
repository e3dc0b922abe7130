"""The curated public API: its names do not drift, and each one resolves."""

import watchfloor

PUBLIC = {
    "Actor", "ActorResolver", "Article", "Certainty", "CodedArticle", "DatePrecision",
    "Development", "Event", "EventCoder", "EventDate", "EventQuery", "Evidence", "IngestReport",
    "Location", "Pipeline", "Plover", "Rejection", "Settings", "Store", "Story",
    "WatchfloorError", "ingest_articles", "load_kb", "open_store", "read_inputs",
}  # fmt: skip


def test_public_names_do_not_drift() -> None:
    assert set(watchfloor.__all__) == PUBLIC


def test_every_public_name_resolves() -> None:
    for name in watchfloor.__all__:
        assert getattr(watchfloor, name) is not None, name
