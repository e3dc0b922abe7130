"""Files and directories: which files an input names, and their bytes within a limit."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from watchfloor.errors import InputError, TooLargeError, UnsupportedInputError


def files_under(path: Path) -> Iterator[Path]:
    """The files a path names: itself, or every non-hidden file below a directory, sorted."""
    if not path.is_dir():
        yield path
        return
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(folder) / name


def check_file(path: Path) -> int:
    """The size of a readable regular file; InputError naming the fix otherwise."""
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file or directory; check the path")
    if not path.is_file():
        raise UnsupportedInputError(name, "not a regular file; pass a file or a directory")
    size = path.stat().st_size
    if size == 0:
        raise UnsupportedInputError(name, "empty file; pass a file with article text")
    return size


def read_limited(path: Path, max_bytes: int) -> bytes:
    """All the bytes of a file of at most `max_bytes` (checked before reading)."""
    if check_file(path) > max_bytes:
        raise too_large(str(path), max_bytes)
    with path.open("rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we looked
        raise too_large(str(path), max_bytes)
    return data


def read_head(path: Path, count: int) -> bytes:
    with path.open("rb") as stream:
        return stream.read(count)


def too_large(name: str, max_bytes: int) -> TooLargeError:
    return TooLargeError(
        name, f"over the size limit of {max_bytes} bytes; split it or raise the size limit"
    )
