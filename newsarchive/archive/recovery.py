"""Bring the index and the JSONL files into agreement when the archive is opened.

Lines are fsynced before the index rows that point at them are committed, so normally only
the tail of each file past its committed offset can disagree, and the complete lines there
are indexed: the cost depends on the tails, not the archive size. Recovery trusts only
bytes it can verify:

- the committed part of a file must end where the index says, with the very line the index
  points at; when it does not (the file was edited, cut or replaced), the whole file is
  checked and its rows are pointed at their lines again (rows whose line is gone are
  dropped, so those articles are fetched again);
- each line checked must be an Article of that file (:mod:`.lines`) whose (id, revision) is
  new to the index or points at that line, not at another copy;
- anything else (garbage, junk, a torn last line, a second copy) is moved aside into the
  file's quarantine (:mod:`.quarantine`) and counted, never cut with its neighbours.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.archive.derived import derive
from newsarchive.archive.index import ArchiveIndex, Row
from newsarchive.archive.layout import archive_files
from newsarchive.archive.lines import Line, article_of, read_at, read_lines
from newsarchive.archive.quarantine import quarantine
from newsarchive.archive.writer import sync_folders

logger = logging.getLogger(__name__)
PROBE = 16_384
"""Bytes read back from a committed offset to find the last committed line (more if needed)."""


@dataclass
class Recovery:
    """What opening the archive found and did."""

    examined: int = 0
    """Bytes read past committed offsets, or of whole files checked."""
    quarantined: int = 0
    """Lines moved aside."""
    rechecked: list[str] = field(default_factory=list)
    """Files whose committed part failed its check, checked whole."""
    forgotten: list[str] = field(default_factory=list)
    """Files the index knew that are gone (their rows dropped)."""

    def summary(self) -> str:
        return (f"{self.quarantined} line(s) moved into quarantine, {len(self.rechecked)} "
                f"damaged file(s) re-indexed whole, {len(self.forgotten)} missing file(s) "
                "forgotten")


def recover(root: Path, index: ArchiveIndex, whole: bool = False) -> Recovery:
    """Reconcile every file with the index (``whole``: check every line of every file)."""
    recovery = Recovery()
    committed = index.committed_offsets()
    kept: set[tuple[str, int]] = set()
    present: set[str] = set()
    for path in archive_files(root):
        relative = path.relative_to(root).as_posix()
        present.add(relative)
        start, size = committed.get(relative, 0), path.stat().st_size
        damaged = not _committed_part_intact(index, path, relative, start, size)
        if damaged:
            recovery.rechecked.append(relative)
        if whole or damaged:
            start = 0
        elif size == start:
            continue
        recovery.examined += size - start
        keys = _recover_file(index, root, relative, start, recovery)
        if damaged and not whole:
            index.drop(index.rows_in_file(relative) - keys)
        if whole:
            kept |= keys
    if whole:
        index.drop(index.keys() - kept)
    recovery.forgotten = sorted(committed.keys() - present)
    for relative in recovery.forgotten:
        index.forget_file(relative)
    index.commit()
    return recovery


def _committed_part_intact(index: ArchiveIndex, path: Path, relative: str, committed: int,
                           size: int) -> bool:
    """The file holds its committed bytes: the line before the committed offset is the
    one the index points at there."""
    if committed == 0:
        return True
    if size < committed:
        return False
    offset, raw = _line_ending_at(path, committed)
    article = article_of(raw, relative)
    if article is None:
        return False
    place = index.place(article["id"], article["revision"])
    return place == (relative, offset, len(raw))


def _line_ending_at(path: Path, end: int) -> tuple[int, bytes]:
    """The offset and bytes of the line that ends at ``end`` (b'' if none does)."""
    probe = PROBE
    with path.open("rb") as handle:
        while True:
            begin = max(0, end - probe)
            handle.seek(begin)
            data = handle.read(end - begin)
            if not data.endswith(b"\n"):
                return end, b""
            start = data.rfind(b"\n", 0, len(data) - 1) + 1
            if start > 0 or begin == 0:
                return begin + start, data[start:]
            probe *= 4


def _recover_file(index: ArchiveIndex, root: Path, relative: str, start: int,
                  recovery: Recovery) -> set[tuple[str, int]]:
    """Index the trusted lines from ``start`` on and move the rest aside; the (id, revision)
    of the lines kept."""
    path = root / relative
    with path.open("rb") as handle:
        handle.seek(start)
        lines = read_lines(handle.read(), relative, start)
    kept = _trusted(index, root, relative, start, lines)
    kept_ids = {id(line) for line in kept}
    bad = [line for line in lines if id(line) not in kept_ids]
    if bad:
        target = quarantine(path, [line.raw for line in bad])
        logger.warning("%s: %d line(s) that cannot be trusted moved aside into %s",
                       relative, len(bad), target.name)
        _rewrite(path, start, lines, kept)
        recovery.quarantined += len(bad)
    _reindex(index, relative, start, kept)
    return {line.key for line in kept}


def _trusted(index: ArchiveIndex, root: Path, relative: str, start: int,
             lines: list[Line]) -> list[Line]:
    """Articles of this file; of two copies of an (id, revision), the one the index points
    at (else the first); none whose committed copy is outside the part being checked.
    In file order."""
    chosen: dict[tuple[str, int], Line] = {}
    for line in lines:
        if line.article is None:
            continue
        place = index.place(*line.key)
        if place == (relative, line.offset, len(line.raw)) or line.key not in chosen:
            chosen[line.key] = line
    return sorted((line for line in chosen.values()
                   if not _copy_of_committed_line(index, root, relative, start, line)),
                  key=lambda line: line.offset)


def _copy_of_committed_line(index: ArchiveIndex, root: Path, relative: str, start: int,
                            line: Line) -> bool:
    place = index.place(*line.key)
    if place is None or (place[0] == relative and place[1] >= start):
        return False
    try:
        other = article_of(read_at(root, place), place[0])
    except OSError:
        return False
    return other is not None and (other["id"], other["revision"]) == line.key


def _rewrite(path: Path, start: int, lines: list[Line], kept: list[Line]) -> None:
    """Leave only the kept lines past ``start``: cut the file when only its end goes, else
    write the new file beside it and rename it over (a crash leaves one or the other)."""
    if all(line is other for line, other in zip(lines, kept, strict=False)):
        os.truncate(path, start + sum(len(line.raw) for line in kept))
        _fsync(path)
        return
    with path.open("rb") as handle:
        prefix = handle.read(start)
    temporary = path.with_name(path.name + ".rewrite")
    with temporary.open("wb") as handle:
        handle.write(prefix + b"".join(line.raw for line in kept))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    sync_folders(path.parent, path.parent)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _reindex(index: ArchiveIndex, relative: str, start: int, kept: list[Line]) -> None:
    """Point the rows at the kept lines' new places, add the new ones."""
    offset = start
    for line in kept:
        place = (relative, offset, len(line.raw))
        known = index.place(*line.key)
        if known is None:
            _insert(index, line, place)
        elif known != place:
            index.move(*line.key, place)
        offset += len(line.raw)
    index.set_committed(relative, offset)


def _insert(index: ArchiveIndex, line: Line, place: tuple[str, int, int]) -> None:
    assert line.article is not None
    derived, seen = derive(line.article), str(line.article.get("fetched_at") or "")
    index.insert(Row.of_line(line.article, derived.signature, derived.text_hash, place, seen,
                             None))
    index.add_aliases(line.article["id"], derived.keys, seen)
