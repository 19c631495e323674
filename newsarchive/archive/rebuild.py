"""Open the archive's index; one that is missing or unreadable is rebuilt from the JSONL
files (the source of truth) and the site-run history from the run reports in ``runs/``."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from newsarchive.archive.history import rebuild_site_runs
from newsarchive.archive.index import ArchiveIndex
from newsarchive.archive.layout import archive_files
from newsarchive.archive.recovery import Recovery, recover

logger = logging.getLogger(__name__)
INDEX = "index.sqlite"
SET_ASIDE = "index.sqlite.corrupt"
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def is_corrupt(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def open_index(root: Path, whole: bool = False) -> tuple[ArchiveIndex, Recovery]:
    """The index, reconciled with the files (:func:`.recovery.recover`)."""
    path = root / INDEX
    if not path.exists() and archive_files(root):
        return _rebuild(root, whole, "index.sqlite is missing")
    try:
        return _open(root, whole)
    except sqlite3.DatabaseError as error:
        if not is_corrupt(error):
            raise
        reason = f"index.sqlite is unreadable ({error}), set aside as {SET_ASIDE}"
    set_aside(root)
    return _rebuild(root, whole, reason)


def _open(root: Path, whole: bool, reports: bool = False) -> tuple[ArchiveIndex, Recovery]:
    index = ArchiveIndex(root / INDEX)
    try:
        if reports:
            rebuild_site_runs(root, index)
        return index, recover(root, index, whole)
    except BaseException:
        index.close()
        raise


def _rebuild(root: Path, whole: bool, reason: str) -> tuple[ArchiveIndex, Recovery]:
    index, recovery = _open(root, whole, reports=True)
    logger.warning("%s: rebuilt from the JSONL files (%d lines) and runs/", reason,
                   index.count())
    return index, recovery


def set_aside(root: Path) -> None:
    """Move an unreadable index out of the way (its WAL and shared memory go with it)."""
    (root / INDEX).replace(root / SET_ASIDE)
    for suffix in ("-wal", "-shm"):
        (root / (INDEX + suffix)).unlink(missing_ok=True)
