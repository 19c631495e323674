"""Append Articles to the archive's JSONL files, one complete line per write.

Each line is written with ``os.write`` until every byte is on the file: a short write (a
disk filling up) is followed by the rest, and a write that fails raises. Nothing is
committed here: :meth:`ArchiveWriter.sync` makes the lines durable and tells each file's
size for the index, :meth:`ArchiveWriter.committed` records that the index took them, and
:meth:`ArchiveWriter.rollback` cuts every file back to its size at the last commit.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from newsarchive.archive.layout import month_file

MAX_OPEN_FILES = 64
"""Above the number of outlets, so that a crawl of all of them keeps every month file
it writes open (closing a written file means syncing it early)."""


def sync_folders(folder: Path, root: Path) -> None:
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


def write_all(descriptor: int, data: bytes) -> None:
    """Write every byte of ``data``; a write that takes none raises ENOSPC."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


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
        self._files: dict[str, int] = {}
        """Open descriptors (append mode) by relative path."""
        self._sizes: dict[str, int] = {}
        """Bytes in each open file, the lines written since the last commit included."""
        self._committed: dict[str, int] = {}
        """Each file's size at the last commit (or when first opened)."""
        self._dirty: set[str] = set()
        """Written since their last fsync."""
        self._synced: dict[str, int] = {}
        """Synced since the last commit: their sizes."""

    def append(self, article: dict[str, Any]) -> Placed:
        relative = month_file(article["site"], article.get("published_at"))
        descriptor = self._open(relative)
        line = orjson.dumps(article) + b"\n"
        offset = self._sizes[relative]
        self._dirty.add(relative)
        write_all(descriptor, line)
        self._sizes[relative] = offset + len(line)
        return Placed(relative, offset, len(line))

    def _open(self, relative: str) -> int:
        descriptor = self._files.get(relative)
        if descriptor is None:
            if len(self._files) >= MAX_OPEN_FILES:
                self._close_clean_or_first()
            path = self.root / relative
            created = not path.exists()
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC,
                                 0o644)
            self._sizes[relative] = os.lseek(descriptor, 0, os.SEEK_END)
            self._committed.setdefault(relative, self._sizes[relative])
            self._files[relative] = descriptor
            if created:
                sync_folders(path.parent, self.root)
        return descriptor

    def _close_clean_or_first(self) -> None:
        clean = [name for name in self._files if name not in self._dirty]
        name = clean[0] if clean else next(iter(self._files))
        if name in self._dirty:
            self._sync_one(name)
        os.close(self._files.pop(name))
        del self._sizes[name]

    def _sync_one(self, relative: str) -> None:
        os.fsync(self._files[relative])
        self._dirty.discard(relative)
        self._synced[relative] = self._sizes[relative]

    def sync(self) -> dict[str, int]:
        """fsync every file written since the last sync; the sizes of every file synced
        since the last commit, by relative path."""
        for name in sorted(self._dirty):
            self._sync_one(name)
        return dict(self._synced)

    def committed(self) -> None:
        """The index committed the sizes :meth:`sync` told: they are the new rollback point."""
        self._committed.update(self._synced)
        self._synced.clear()

    def rollback(self) -> None:
        """Cut every file written since the last commit back to its committed size. The
        sizes are forgotten first: a file the failing disk cannot cut keeps a tail past its
        committed size, which is never committed and is verified when next opened."""
        names = sorted(self._dirty | set(self._synced))
        self._dirty.clear()
        self._synced.clear()
        for name in names:
            if name in self._sizes:
                self._sizes[name] = self._committed[name]
        for name in names:
            self._truncate(name, self._committed[name])

    def _truncate(self, relative: str, size: int) -> None:
        descriptor = self._files.get(relative)
        if descriptor is None:
            os.truncate(self.root / relative, size)
            return
        os.ftruncate(descriptor, size)
        os.fsync(descriptor)

    def close(self) -> None:
        """Close every file (call :meth:`sync` first: unsynced lines are not committed)."""
        for descriptor in self._files.values():
            os.close(descriptor)
        self._files.clear()
        self._sizes.clear()
