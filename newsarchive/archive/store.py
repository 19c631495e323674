"""The archive: deduplicated JSONL files plus the SQLite index, crash-safe by design.

Lines are appended and fsynced in batches (group commit, :meth:`Archive.flush`); only then
are the index rows pointing at them committed, with each file's new committed size. Opening
an archive first reconciles the files' tails with the index (:mod:`.recovery`), so a run
killed at any moment loses nothing that a rerun cannot redo, and no (id, revision) appears
twice. A write or commit that fails (disk full, I/O error) rolls the files and the index
back to the last commit and raises :class:`ArchiveWriteError`; the archive then takes no
more articles in this process.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from newsarchive.archive.dedup import Decision, decide
from newsarchive.archive.derived import Derived, derive
from newsarchive.archive.index import Row
from newsarchive.archive.lines import read_line
from newsarchive.archive.lock import OutputLock
from newsarchive.archive.readme import write_readme
from newsarchive.archive.rebuild import open_index
from newsarchive.archive.relink import relinked_line
from newsarchive.archive.warc import PayloadIndex, WarcWriter, recover_warc
from newsarchive.archive.writer import ArchiveWriter, Placed
from newsarchive.crawlfacts import Exchange, RecordRef
from newsarchive.errors import ArchiveWriteError
from newsarchive.items import Article
from newsarchive.sites import Profile
from newsarchive.urls import url_key

_Result = TypeVar("_Result")
BATCH_LINES = 500
BATCH_ENV = "NEWSARCHIVE_BATCH_LINES"


@dataclass(frozen=True)
class Outcome:
    decision: Decision
    placed: Placed | None = None
    line: dict[str, Any] | None = None
    """The Article's JSON form as written, with its id, revision and duplicate_of (None
    when nothing was written)."""


class Archive:
    """Open with ``Archive(root)``; call :meth:`add` per Article and :meth:`close` at the end."""

    def __init__(self, root: Path, batch_lines: int | None = None,
                 run_id: str | None = None) -> None:
        self.root = root
        self.run_id = run_id or datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.lock = OutputLock(root)
        try:
            self.index, self.recovery = open_index(root)
        except BaseException:
            self.lock.release()
            raise
        try:
            self._recover_warc()
        except BaseException:
            self.index.close()
            self.lock.release()
            raise
        self.writer = ArchiveWriter(root)
        self.warc: WarcWriter | None = None
        self.failure: ArchiveWriteError | None = None
        self.batch_lines = batch_lines or int(os.environ.get(BATCH_ENV) or BATCH_LINES)
        self.unsaved: Counter[str] = Counter()
        """Lines written since the last commit, by site."""

    def add(self, article: Article, lastmod: str | None = None) -> Outcome:
        """Write the Article if it is new or a new revision; record what was seen, with the
        sitemap ``lastmod`` that led to it.

        Raises ArchiveWriteError when it cannot (again on every later call)."""
        if self.failure is not None:
            raise self.failure
        fields = article.to_dict()
        return self._guarded(lambda: self._add(fields, lastmod))

    def _add(self, article: dict[str, Any], lastmod: str | None) -> Outcome:
        derived = derive(article)
        decision = decide(self.index, article, derived)
        seen = article.get("fetched_at") or datetime.now(UTC).isoformat(timespec="seconds")
        if not decision.writes:
            self.index.touch(decision.id, decision.revision, seen, lastmod)
            self.index.add_aliases(decision.id, derived.keys, seen)
            return Outcome(decision)
        line = {**article, "id": decision.id, "revision": decision.revision,
                "duplicate_of": decision.duplicate_of}
        placed = self._write(line, derived, seen, lastmod)
        for row in decision.relink:  # an earlier copy arrived late: see relink.py
            moved = relinked_line(self.root, row, decision.id)
            self._write(moved, derive(moved), seen, row.lastmod)
        return Outcome(decision, placed, line)

    def revise(self, article: Article) -> Placed:
        """Write ``article`` as the next revision of the archived article of its id (a
        re-extraction whose fields changed, whatever dedup would say of its text)."""
        if self.failure is not None:
            raise self.failure
        line = article.to_dict()
        return self._guarded(lambda: self._revise(line))

    def _revise(self, line: dict[str, Any]) -> Placed:
        latest = self.index.latest(line["id"])
        if latest is None:
            raise KeyError(f"no archived article {line['id']}")
        line = {**line, "revision": latest.revision + 1, "duplicate_of": latest.duplicate_of}
        return self._write(line, derive(line), latest.last_seen, latest.lastmod)

    def _write(self, line: dict[str, Any], derived: Derived, seen: str,
               lastmod: str | None) -> Placed:
        placed = self.writer.append(line)
        place = (placed.file, placed.offset, placed.length)
        self.index.insert(Row.of_line(line, derived.signature, derived.text_hash, place, seen,
                                      lastmod))
        self.index.add_aliases(line["id"], derived.keys, seen)
        self.unsaved[line["site"]] += 1
        if self.unsaved.total() >= self.batch_lines:
            self.flush()
        return placed

    def record(self, exchange: Exchange) -> RecordRef:
        """Keep a raw exchange in the run's WARC files; committed with the next batch."""
        if self.failure is not None:
            raise self.failure
        if self.warc is None:
            self.warc = WarcWriter(self.root, self.run_id, PayloadIndex(self.index.db))
        warc = self.warc
        return self._guarded(lambda: warc.write(exchange))

    def record_of(self, article_id: str, revision: int) -> RecordRef | None:
        """The WARC record an archived (id, revision) was extracted from, if kept."""
        row = self.index.row(article_id, revision)
        if row is None:
            return None
        stored = read_line(self.root, (row.file, row.offset, row.length)).get("warc")
        return RecordRef.of(stored) if stored else None

    def _recover_warc(self) -> None:
        for relative, size in recover_warc(self.root, self.index.committed_offsets()).items():
            self.index.set_committed(relative, size)
        self.index.commit()

    def known(self, url: str, profile: Profile | None = None) -> Row | None:
        """The latest archived revision of the article at ``url``, if any."""
        article_id = self.index.id_for_keys([url_key(url, profile)])
        return self.index.latest(article_id) if article_id else None

    def flush(self) -> None:
        """The commit, and the only place the archive commits: fsync every file written
        since the last commit, then commit the index rows that point at them together with
        each file's new committed size. Raises ArchiveWriteError after a rollback."""
        self._guarded(self._commit)
        self.unsaved.clear()

    def _commit(self) -> None:
        synced = {**self.warc.sync(), **self.writer.sync()} if self.warc else self.writer.sync()
        for relative, size in synced.items():
            self.index.set_committed(relative, size)
        self.index.commit()
        self.writer.committed()
        if self.warc is not None:
            self.warc.committed()

    def _guarded(self, step: Callable[[], _Result]) -> _Result:
        """Run ``step``; if the disk refuses a write, roll back to the last commit."""
        try:
            return step()
        except (OSError, sqlite3.OperationalError) as error:
            failure = write_failure(error, self.root)
            if failure is None:
                raise
            failure.rolled_back = dict(self.unsaved)
            self._roll_back()
            self.failure = failure
            raise failure from error

    def _roll_back(self) -> None:
        """Back to the last commit: the index's transaction and the files' new bytes.

        Best effort: bytes a failing disk keeps past a committed size are only a tail,
        which the next opening verifies."""
        self.unsaved.clear()
        self.index.rollback()
        with contextlib.suppress(OSError):
            self.writer.rollback()
        if self.warc is not None:
            with contextlib.suppress(OSError):
                self.warc.rollback()

    def close(self) -> None:
        try:
            self.flush()
            if self.failure is None:
                write_readme(self.root)
        finally:
            self.writer.close()
            if self.warc is not None:
                with contextlib.suppress(OSError):
                    self.warc.close()
            self.index.close()
            self.lock.release()


_SQLITE_FULL, _SQLITE_IOERR = 13, 10
_DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)


def write_failure(error: Exception, root: Path) -> ArchiveWriteError | None:
    """The ArchiveWriteError for a failed write or commit; None for other errors."""
    if isinstance(error, sqlite3.OperationalError):
        code = error.sqlite_errorcode & 0xFF
        if code not in (_SQLITE_FULL, _SQLITE_IOERR):
            return None
        full, reason = code == _SQLITE_FULL, str(error)
    elif isinstance(error, OSError):
        full, reason = error.errno in _DISK_FULL_ERRNOS, error.strerror or str(error)
    else:
        return None
    what = "disk full" if full else "write failed"
    return ArchiveWriteError(f"{what}: cannot write to {root} ({reason}); the archive is back "
                             "at its last commit, rerun when the disk is fixed",
                             "disk_full" if full else "write_error")
