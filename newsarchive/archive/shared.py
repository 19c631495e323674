"""One open Archive per output root and process, shared by every crawler in it."""

from __future__ import annotations

from pathlib import Path

from newsarchive.archive.store import Archive

_open: dict[Path, tuple[Archive, int]] = {}


def acquire(root: Path) -> Archive:
    """Open (or share) the archive at ``root``; raises Locked if another process has it."""
    key = root.resolve()
    archive, users = _open.get(key) or (Archive(root), 0)
    _open[key] = (archive, users + 1)
    return archive


def current(root: Path) -> Archive | None:
    """The archive this process has open at ``root``, if any."""
    entry = _open.get(root.resolve())
    return entry[0] if entry else None


def release(root: Path) -> None:
    key = root.resolve()
    archive, users = _open[key]
    if users > 1:
        _open[key] = (archive, users - 1)
        return
    del _open[key]
    archive.close()
