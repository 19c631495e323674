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

import orjson

from newsarchive.archive.dedup import Decision, decide
from newsarchive.archive.derived import Derived, derive
from newsarchive.archive.index import ArchiveIndex, Row
from newsarchive.archive.lock import OutputLock
from newsarchive.archive.readme import write_readme
from newsarchive.archive.recovery import recover
from newsarchive.archive.warc import Exchange, PayloadIndex, RecordRef, WarcWriter, recover_warc
from newsarchive.archive.writer import ArchiveWriter, Placed
from newsarchive.sites import Profile
from newsarchive.urls import url_key

BATCH_LINES = 500
BATCH_ENV = "NEWSARCHIVE_BATCH_LINES"


@dataclass(frozen=True)
class Outcome:
    decision: Decision
    placed: Placed | None = None


class Archive:
    """Open with ``Archive(root)``; call :meth:`add` per Article and :meth:`close` at the end."""

    def __init__(self, root: Path, batch_lines: int | None = None,
                 run_id: str | None = None) -> None:
        self.root = root
        self.run_id = run_id or datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        self.lock = OutputLock(root)
        try:
            self.index = ArchiveIndex(root / "index.sqlite")
        except BaseException:
            self.lock.release()
            raise
        try:
            self.recovered_bytes = recover(root, self.index)
            self._recover_warc()
        except BaseException:
            self.index.close()
            self.lock.release()
            raise
        self.writer = ArchiveWriter(root)
        self.warc: WarcWriter | None = None
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
        return Outcome(decision, self._write(line, derived, seen, lastmod))

    def revise(self, line: dict[str, Any]) -> Placed:
        """Write ``line`` as the next revision of its archived article (a re-extraction
        whose fields changed, whatever dedup would say of its text)."""
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
        self.pending += 1
        if self.pending >= self.batch_lines:
            self.flush()
        return placed

    def record(self, exchange: Exchange) -> RecordRef:
        """Keep a raw exchange in the run's WARC files; committed with the next batch."""
        if self.warc is None:
            self.warc = WarcWriter(self.root, self.run_id, PayloadIndex(self.index.db))
        return self.warc.write(exchange)

    def record_of(self, article_id: str, revision: int) -> RecordRef | None:
        """The WARC record an archived (id, revision) was extracted from, if kept."""
        row = self.index.row(article_id, revision)
        if row is None:
            return None
        with (self.root / row.file).open("rb") as handle:
            handle.seek(row.offset)
            stored = orjson.loads(handle.read(row.length)).get("warc")
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
        """Make the written records and lines durable, then commit the index rows that
        point at them."""
        if self.warc is not None:
            for relative, size in self.warc.sync().items():
                self.index.set_committed(relative, size)
        for relative, size in self.writer.sync().items():
            self.index.set_committed(relative, size)
        self.index.commit()
        self.pending = 0

    def close(self) -> None:
        try:
            self.flush()
            self.writer.close()
            if self.warc is not None:
                self.warc.close()
            write_readme(self.root)
        finally:
            self.index.close()
            self.lock.release()

