"""Append Articles to the archive's JSONL files, one complete line per write.

Files are unbuffered: each line is one ``write()`` call, so a killed process never
leaves half a line behind (only a machine crash can, and recovery cuts it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from newsarchive.archive.layout import month_file

MAX_OPEN_FILES = 64
"""Above the number of outlets, so that a crawl of all of them keeps every month file
it writes open (closing a written file means syncing it early)."""


def _sync_folders(folder: Path, root: Path) -> None:
    """Make a new file's directory entries durable up to the root, so a committed file
    cannot vanish after a power loss."""
    while True:
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if folder == root or folder == folder.parent:
            return
        folder = folder.parent


@dataclass(frozen=True)
class Placed:
    """Where a line went: a path relative to the archive root, its offset and length."""

    file: str
    offset: int
    length: int


class ArchiveWriter:
    """Appends lines; :meth:`sync` makes them durable and tells each file's size."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, IO[bytes]] = {}
        self._sizes: dict[str, int] = {}
        self._dirty: set[str] = set()
        self._synced: dict[str, int] = {}

    def append(self, article: dict[str, Any]) -> Placed:
        relative = month_file(article["site"], article.get("published_at"))
        handle = self._open(relative)
        line = orjson.dumps(article) + b"\n"
        offset = self._sizes[relative]
        if handle.write(line) != len(line):
            raise OSError(f"short write to {relative} (disk full?)")
        self._sizes[relative] = offset + len(line)
        self._dirty.add(relative)
        return Placed(relative, offset, len(line))

    def _open(self, relative: str) -> IO[bytes]:
        handle = self._files.get(relative)
        if handle is None:
            if len(self._files) >= MAX_OPEN_FILES:
                self._close_clean_or_first()
            path = self.root / relative
            created = not path.exists()
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = path.open("ab", buffering=0)
            self._sizes[relative] = handle.seek(0, os.SEEK_END)
            if created:
                _sync_folders(path.parent, self.root)
            self._files[relative] = handle
        return handle

    def _close_clean_or_first(self) -> None:
        clean = [name for name in self._files if name not in self._dirty]
        name = clean[0] if clean else next(iter(self._files))
        if name in self._dirty:
            self._sync_one(name)
        self._files.pop(name).close()
        del self._sizes[name]

    def _sync_one(self, relative: str) -> None:
        handle = self._files[relative]
        handle.flush()
        os.fsync(handle.fileno())
        self._dirty.discard(relative)
        self._synced[relative] = self._sizes[relative]

    def sync(self) -> dict[str, int]:
        """fsync every file written since the last sync; their sizes by relative path."""
        for name in sorted(self._dirty):
            self._sync_one(name)
        synced, self._synced = self._synced, {}
        return synced

    def close(self) -> None:
        self.sync()
        for handle in self._files.values():
            handle.close()
        self._files.clear()
        self._sizes.clear()
