"""Find what a path holds (an archive or a Parquet export) and read a selection of it.

An archive is accepted as its output root (``data``) or as its ``archive`` folder
(``data/archive``, the path the demo prints). A folder holding neither raises
:class:`DatasetError` instead of silently giving no rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from newsarchive.errors import NewsarchiveError

UNDATED = "undated.jsonl"
EXPORT_TABLE = "articles"


class DatasetError(NewsarchiveError):
    """The path holds no archive or export, or a selection is malformed."""


@dataclass(frozen=True)
class Source:
    kind: str
    """``archive`` (JSONL under ``<root>/archive``) or ``parquet`` (an export)."""
    root: Path


@dataclass(frozen=True)
class Selection:
    """Which articles to read: sites (all when empty), Vietnam days (inclusive)."""

    sites: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    @property
    def dated_only(self) -> bool:
        return self.since is not None or self.until is not None

    def wants_month(self, month: str) -> bool:
        """Whether a ``YYYY-MM`` month can hold a selected day."""
        return not ((self.since and month < self.since.isoformat()[:7])
                    or (self.until and month > self.until.isoformat()[:7]))

    def wants(self, row: dict[str, Any]) -> bool:
        """Whether an archive line is selected (its ``published_at`` begins with its
        Vietnam day, since it is written with ``+07:00``)."""
        if self.sites and row.get("site") not in self.sites:
            return False
        if not self.dated_only:
            return True
        day = (row.get("published_at") or "")[:10]
        return bool(day) and not ((self.since and day < self.since.isoformat())
                                  or (self.until and day > self.until.isoformat()))


def find_source(path: str | Path) -> Source:
    """The archive or export at ``path``; :class:`DatasetError` when there is none."""
    folder = Path(path)
    if not folder.exists():
        raise DatasetError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise DatasetError(f"{folder}: is a file; give the archive's output folder")
    if any((folder / EXPORT_TABLE).glob("**/*.parquet")):
        return Source("parquet", folder)
    if _holds_archive(folder):
        return Source("archive", folder)
    if folder.name == "archive" and _holds_archive(folder.parent):
        return Source("archive", folder.parent)
    raise DatasetError(f"{folder}: no archive here (expected archive/<site>/<YYYY>/"
                       "<YYYY-MM>.jsonl or a Parquet export)")


def _holds_archive(root: Path) -> bool:
    return any((root / "archive").glob("*/**/*.jsonl"))


def month_files(root: Path, selection: Selection) -> list[Path]:
    """The JSONL files that can hold selected articles, ``undated.jsonl`` included when
    no date range is asked for, in a stable order."""
    files: list[Path] = []
    for site_dir in sorted(p for p in (root / "archive").iterdir() if p.is_dir()):
        if selection.sites and site_dir.name not in selection.sites:
            continue
        for path in sorted(site_dir.rglob("*.jsonl")):
            if path.name == UNDATED:
                if not selection.dated_only:
                    files.append(path)
            elif selection.wants_month(path.stem):
                files.append(path)
    return files


def read_lines(path: Path, selection: Selection) -> Iterator[dict[str, Any]]:
    """The selected lines of one JSONL file; blank lines are skipped."""
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                row: dict[str, Any] = orjson.loads(line)
                if selection.wants(row):
                    yield row
