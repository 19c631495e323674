"""``newsarchive check [--repair]``: verify an archive and print its counts.

Checked: every line of every JSONL file is an Article of its file (:mod:`.lines`); the
index opens, is of the current format and passes SQLite's integrity check; every line has
its index row pointing at its very bytes, and every row has its line; no (id, revision) is
on two lines; every file's committed size (in the index) is its size, WARC files too.

``--repair`` first opens the archive checking every line of every file
(:func:`.recovery.recover` with ``whole``): lines that cannot be trusted go to quarantine,
rows are pointed at their lines again (rows whose line is gone are dropped), and an index
that is missing or unreadable is rebuilt. Then it checks again.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.archive.index import FORMAT, ArchiveIndex
from newsarchive.archive.layout import archive_files
from newsarchive.archive.lines import article_of
from newsarchive.archive.lock import OutputLock
from newsarchive.archive.quarantine import count_lines, quarantine_files
from newsarchive.archive.rebuild import INDEX, open_index
from newsarchive.archive.recovery import Recovery
from newsarchive.archive.warc import warc_files

PROBLEMS = {
    "index": "index missing, unreadable or of an older format",
    "unreadable_line": "lines that are not an Article of their file (garbage, junk, torn)",
    "duplicate": "second copies of an (id, revision)",
    "unindexed_line": "lines without an index row",
    "row_without_line": "index rows not pointing at their line (wrong offset or line gone)",
    "uncommitted_tail": "files whose size is not their committed size",
    "missing_file": "files the index knows that are gone",
}


@dataclass
class CheckReport:
    files: int = 0
    warc_files: int = 0
    lines: int = 0
    rows: int = 0
    quarantined: int = 0
    """Lines in quarantine files: moved aside earlier, not a problem of the archive."""
    problems: Counter[str] = field(default_factory=Counter)

    @property
    def clean(self) -> bool:
        return not +self.problems

    def format(self) -> str:
        counts = (f"{self.files} files, {self.lines} lines, {self.rows} index rows, "
                  f"{self.quarantined} lines in quarantine, {self.warc_files} WARC files")
        if self.clean:
            return f"{counts}; clean"
        found = "; ".join(f"{count} {PROBLEMS[kind]}" for kind, count in
                          sorted(self.problems.items()) if count)
        return f"{counts}\nproblems: {found}"


def run(root: Path, repair: bool) -> int:
    """The command: prints what repair did and the counts; 0 clean, 1 problems found."""
    recovery, report = check(root, repair)
    if recovery is not None:
        print(f"repair: {recovery.summary()}")
    print(report.format())
    return 0 if report.clean else 1


def check(root: Path, repair: bool = False) -> tuple[Recovery | None, CheckReport]:
    """Holds the archive's lock throughout (raises Locked when a run has it)."""
    lock = OutputLock(root)
    try:
        recovery = None
        if repair:
            index, recovery = open_index(root, whole=True)
            index.close()
        return recovery, check_archive(root)
    finally:
        lock.release()


def check_archive(root: Path) -> CheckReport:
    report = CheckReport()
    report.quarantined = sum(count_lines(path) for path in quarantine_files(root))
    index = _open_index(root, report)
    try:
        _check_files(root, index, report)
    finally:
        if index is not None:
            index.close()
    return report


def _open_index(root: Path, report: CheckReport) -> ArchiveIndex | None:
    path = root / INDEX
    if not path.exists():
        report.problems["index"] += 1
        return None
    try:
        index = ArchiveIndex(path, read_only=True)
        current = int(index.db.execute("PRAGMA user_version").fetchone()[0]) == FORMAT
        if current and index.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]:
            return index
        index.close()
    except sqlite3.DatabaseError:
        pass
    report.problems["index"] += 1
    return None


def _check_files(root: Path, index: ArchiveIndex | None, report: CheckReport) -> None:
    committed = index.committed_offsets() if index else {}
    seen: set[tuple[str, int]] = set()
    matched = 0
    for path in archive_files(root):
        relative = path.relative_to(root).as_posix()
        report.files += 1
        if index and committed.pop(relative, 0) != path.stat().st_size:
            report.problems["uncommitted_tail"] += 1
        matched += _check_lines(path, relative, index, seen, report)
    for path in warc_files(root):
        report.warc_files += 1
        if index and committed.pop(path.relative_to(root).as_posix(), 0) != path.stat().st_size:
            report.problems["uncommitted_tail"] += 1
    if index:
        report.rows = index.count()
        report.problems["row_without_line"] += report.rows - matched
        report.problems["missing_file"] += sum(1 for size in committed.values() if size)


def _check_lines(path: Path, relative: str, index: ArchiveIndex | None,
                 seen: set[tuple[str, int]], report: CheckReport) -> int:
    """Check each line of one file; how many are where their row says."""
    matched = offset = 0
    with path.open("rb") as handle:
        for raw in handle:
            report.lines += 1
            article = article_of(raw, relative)
            if article is None:
                report.problems["unreadable_line"] += 1
            else:
                key = (article["id"], article["revision"])
                report.problems["duplicate"] += key in seen
                seen.add(key)
                place = index.place(*key) if index else None
                matched += place == (relative, offset, len(raw))
                report.problems["unindexed_line"] += bool(index) and place is None
            offset += len(raw)
    return matched
