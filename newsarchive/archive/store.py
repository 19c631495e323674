"""The archive: deduplicated JSONL files plus the SQLite index, crash-safe by design.

Lines are appended and fsynced in batches (group commit); only then are the index rows
pointing at them committed, with each file's new committed size. Opening an archive
first reconciles the files' tails with the index (:mod:`.recovery`), so a run killed at
any moment loses nothing that a rerun cannot redo, and no (id, revision) appears twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsarchive.archive.dedup import Decision, decide
from newsarchive.archive.derived import derive
from newsarchive.archive.index import ArchiveIndex, Row
from newsarchive.archive.lock import OutputLock
from newsarchive.archive.readme import write_readme
from newsarchive.archive.recovery import recover
from newsarchive.archive.relink import relinked_line
from newsarchive.archive.writer import ArchiveWriter, Placed
from newsarchive.sites import Profile
from newsarchive.urls import url_key

BATCH_LINES = 500
BATCH_ENV = "NEWSARCHIVE_BATCH_LINES"
CRASH_POINT_ENV = "NEWSARCHIVE_CRASH_POINT"
"""Testing aid: ``open``, ``mid-batch:N`` or ``before-commit:N`` kills the process
(SIGKILL) at the N-th such point, so tests can prove crash safety at exact places."""


@dataclass(frozen=True)
class Outcome:
    decision: Decision
    placed: Placed | None = None


class Archive:
    """Open with ``Archive(root)``; call :meth:`add` per Article and :meth:`close` at the end."""

    def __init__(self, root: Path, batch_lines: int | None = None) -> None:
        self.root = root
        self.lock = OutputLock(root)
        try:
            self.index = ArchiveIndex(root / "index.sqlite")
        except BaseException:
            self.lock.release()
            raise
        try:
            self.recovered_bytes = recover(root, self.index)
        except BaseException:
            self.index.close()
            self.lock.release()
            raise
        self.writer = ArchiveWriter(root)
        self._crash = _CrashPoint.from_env()
        self._crash.hit("open")
        self.batch_lines = batch_lines or int(os.environ.get(BATCH_ENV) or BATCH_LINES)
        self.pending = 0

    def add(self, article: dict[str, Any], lastmod: str | None = None) -> Outcome:
        """Write the Article if it is new or a new revision; record what was seen."""
        derived = derive(article)
        decision = decide(self.index, article, derived)
        seen = article.get("fetched_at") or datetime.now(UTC).isoformat(timespec="seconds")
        if not decision.writes:
            self.index.touch(decision.id, decision.revision, seen, lastmod)
            self.index.add_aliases(decision.id, derived.keys, seen)
            return Outcome(decision)
        line = {**article, "id": decision.id, "revision": decision.revision,
                "duplicate_of": decision.duplicate_of}
        placed = self.writer.append(line)
        place = (placed.file, placed.offset, placed.length)
        self.index.insert(Row.of_line(line, derived.signature, derived.text_hash, place, seen,
                                      lastmod))
        self.index.add_aliases(decision.id, derived.keys, seen)
        self.pending += 1
        for row in decision.relink:  # an earlier copy arrived late: see relink.py
            moved = relinked_line(self.root, row, decision.id)
            spot = self.writer.append(moved)
            self.index.insert(Row.of_line(moved, row.signature, row.text_hash,
                                          (spot.file, spot.offset, spot.length), seen,
                                          row.lastmod))
            self.pending += 1
        self._crash.hit("mid-batch")
        if self.pending >= self.batch_lines:
            self.flush()
        return Outcome(decision, placed)

    def known(self, url: str, profile: Profile | None = None) -> Row | None:
        """The latest archived revision of the article at ``url``, if any."""
        article_id = self.index.id_for_keys([url_key(url, profile)])
        return self.index.latest(article_id) if article_id else None

    def flush(self) -> None:
        """Make the written lines durable, then commit the index rows that point at them."""
        for relative, size in self.writer.sync().items():
            self.index.set_committed(relative, size)
        self._crash.hit("before-commit")
        self.index.commit()
        self.pending = 0

    def close(self) -> None:
        try:
            self.flush()
            self.writer.close()
            write_readme(self.root)
        finally:
            self.index.close()
            self.lock.release()


@dataclass
class _CrashPoint:
    where: str | None = None
    after: int = 0
    count: int = 0

    @classmethod
    def from_env(cls) -> _CrashPoint:
        where, _, after = (os.environ.get(CRASH_POINT_ENV) or "").partition(":")
        return cls(where or None, int(after or 1))

    def hit(self, where: str) -> None:
        if where == self.where:
            self.count += 1
            if self.count >= self.after:
                os.kill(os.getpid(), 9)
