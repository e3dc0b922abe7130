"""The versions recorded with every event."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def package_version() -> str:
    try:
        return version("watchfloor")
    except PackageNotFoundError:  # running from a source tree without an install
        return "0+unknown"


def coder_string(kb_version: str) -> str:
    """What an event's `coder` field says: "watchfloor 0.1.0 kb 2026.11"."""
    return f"watchfloor {package_version()} kb {kb_version}"
