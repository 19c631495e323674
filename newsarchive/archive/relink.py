"""Keep ``duplicate_of`` on the earliest-published copy whatever the crawl order.

When a story arrives that was published before the copy its group points at (a reprint
crawled before its original), the new article becomes the group's original, and every
archived member of the group gets a new revision whose only change is ``duplicate_of``
(lines are never rewritten in place).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsarchive.archive.index import ArchiveIndex, Row
from newsarchive.archive.lines import read_line

_LAST = "\uffff"
"""Sorts after every ISO time: an undated copy is never the earliest."""


def published_before(published: str | None, row: Row) -> bool:
    """Whether ``published`` is earlier than the archived ``row``'s publication time."""
    return bool(published) and str(published) < (row.published_at or _LAST)


def group_original(index: ArchiveIndex, matched: Row) -> Row:
    """The latest revision of the copy a matched article's group points at."""
    latest = index.latest(matched.id) or matched
    target = index.latest(latest.duplicate_of) if latest.duplicate_of else None
    return target or latest


def members(index: ArchiveIndex, original: str) -> list[Row]:
    """The latest revisions of ``original`` and of the copies that point at it."""
    rows = [index.latest(original)]
    rows += [index.latest(i) for i in index.ids_pointing_at(original)]
    return [row for row in rows if row is not None
            and (row.id == original or row.duplicate_of == original)]


def relinked_line(root: Path, row: Row, original: str) -> dict[str, Any]:
    """The archived line of ``row`` as its next revision, pointing at ``original``."""
    line = read_line(root, (row.file, row.offset, row.length))
    return {**line, "revision": row.revision + 1, "duplicate_of": original}
