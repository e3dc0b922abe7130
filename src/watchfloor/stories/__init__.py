"""Copies, stories and merged developments: every source kept, only independent ones counted.

- `stories.dedup.Deduplicator` — near-duplicate copies by MinHash LSH over word shingles;
- `stories.cluster.StoryClusterer` — incremental story clustering of coded articles;
- `stories.merge.DevelopmentMerger` — one development per event reported in many articles,
  with corroboration by independent publishers and a certainty history.

Rules and figures: `docs/stories.md`.
"""
