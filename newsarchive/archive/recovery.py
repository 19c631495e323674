"""Bring the index and the JSONL files into agreement after an interrupted run.

Lines are fsynced before the index rows that point at them are committed, so only the
tail of each file past its committed offset can disagree: a torn last line is cut off,
and complete lines there are indexed. Cost depends on the tails, not the archive size.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from newsarchive.archive.derived import derive
from newsarchive.archive.index import ArchiveIndex, Row
from newsarchive.archive.layout import archive_files


def _index_tail(index: ArchiveIndex, path: Path, relative: str, start: int) -> int:
    """Index the complete lines past ``start``; cut what follows them. Returns the new size."""
    with path.open("r+b") as handle:
        handle.seek(start)
        tail = handle.read()
        offset = start
        for line in tail.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                article = orjson.loads(line)
            except orjson.JSONDecodeError:
                break
            if not index.has(article["id"], int(article.get("revision") or 1)):
                derived, seen = derive(article), str(article.get("fetched_at") or "")
                index.insert(Row.of_line(article, derived.signature, derived.text_hash,
                                         (relative, offset, len(line)), seen, None))
                index.add_aliases(article["id"], derived.keys, seen)
            offset += len(line)
        handle.truncate(offset)
    return offset


def recover(root: Path, index: ArchiveIndex) -> int:
    """Reconcile every file's tail with the index; returns how many bytes were examined."""
    committed = index.committed_offsets()
    examined = 0
    for path in archive_files(root):
        relative = path.relative_to(root).as_posix()
        start = committed.get(relative, 0)
        size = path.stat().st_size
        if size == start:
            continue
        examined += size - start
        index.set_committed(relative, _index_tail(index, path, relative, start))
    index.commit()
    return examined
