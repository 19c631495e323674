"""``newsarchive export DEST``: the archive as ``articles``, ``participants`` and
``people`` tables in Parquet, CSV or JSONL, hive-partitioned, incremental, with a card.

    DEST/articles/site=<site>/year=<YYYY>/month=<MM>/part-0.<fmt>
    DEST/participants/site=<site>/year=<YYYY>/month=<MM>/part-0.<fmt>
    DEST/people/part-0.<fmt>
    DEST/manifest.json   DEST/README.md (the dataset card)

``participants`` and ``people`` always come from the latest view (latest revision, near
duplicates out), so a reprint or an edit does not count an appearance twice.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.export import manifest
from newsarchive.export.card import write_card
from newsarchive.export.formats import file_name, write_table
from newsarchive.export.latest import latest_rows, superseded_lines
from newsarchive.export.officials import participant_rows, people_rows
from newsarchive.export.partitions import Partition, partition_of
from newsarchive.export.readback import read_combinations
from newsarchive.export.source import DatasetError, Selection, find_source, month_files, read_lines
from newsarchive.export.tables import PARTICIPANTS, articles_table, people_table, typed_table
from newsarchive.items import SCHEMA_VERSION


@dataclass(frozen=True)
class ExportPlan:
    root: Path
    dest: Path
    fmt: str = "parquet"
    selection: Selection = field(default_factory=Selection)
    latest: bool = False

    @property
    def options(self) -> dict[str, Any]:
        picked = self.selection
        return {"format": self.fmt, "latest": self.latest, "schema_version": SCHEMA_VERSION,
                "since": str(picked.since or ""), "until": str(picked.until or "")}


@dataclass
class ExportResult:
    partitions: dict[str, manifest.Written] = field(default_factory=dict)
    rewritten: int = 0
    removed: int = 0
    seconds: float = 0.0

    def summary_line(self, dest: Path) -> str:
        articles = sum(p.articles for p in self.partitions.values())
        return (f"exported {articles} articles in {len(self.partitions)} partitions to {dest} "
                f"({self.rewritten} written, {len(self.partitions) - self.rewritten} "
                f"unchanged, {self.removed} removed) in {self.seconds:.1f} s")


def export(plan: ExportPlan) -> ExportResult:
    """Write the export; partitions whose inputs did not change are kept as they are."""
    started = time.perf_counter()
    source = find_source(plan.root)
    if source.kind != "archive":
        raise DatasetError(f"{plan.root}: is an export; export from an archive")
    plan.dest.mkdir(parents=True, exist_ok=True)
    old = manifest.load(plan.dest)
    superseded = superseded_lines(source.root)
    result = ExportResult()
    for path in month_files(source.root, plan.selection):
        part = partition_of(path)
        relative = str(path.relative_to(source.root))
        mark = manifest.fingerprint(path, plan.options, superseded.get(relative, set()))
        before = old.get(part.path)
        if before is None or before.fingerprint != mark or not _present(plan, part):
            before = _write_partition(plan, part, relative, mark, superseded.get(relative, set()))
            result.rewritten += 1
        result.partitions[part.path] = before
    result.removed = _remove_stale(plan, old, result.partitions)
    _finish(plan, source.root, result)
    result.seconds = time.perf_counter() - started
    return result


def _present(plan: ExportPlan, part: Partition) -> bool:
    return (plan.dest / "articles" / part.path / file_name(plan.fmt)).exists()


def _write_partition(plan: ExportPlan, part: Partition, relative: str, mark: str,
                     superseded: set[tuple[str, int]]) -> manifest.Written:
    rows = list(read_lines(part.source, plan.selection))
    current = latest_rows(rows, superseded)
    people = participant_rows(current)
    articles = current if plan.latest else rows
    name = file_name(plan.fmt)
    write_table(articles_table(articles), plan.dest / "articles" / part.path / name, plan.fmt)
    write_table(typed_table(people, PARTICIPANTS),
                plan.dest / "participants" / part.path / name, plan.fmt)
    days = sorted(r["published_at"][:10] for r in articles if r.get("published_at"))
    return manifest.Written(mark, relative, len(articles), len(people),
                            days[0] if days else None, days[-1] if days else None)


def _remove_stale(plan: ExportPlan, old: dict[str, manifest.Written],
                  kept: dict[str, manifest.Written]) -> int:
    """Delete the partitions of an earlier export that this one does not produce."""
    stale = [key for key in old if key not in kept]
    for key in stale:
        for table in ("articles", "participants"):
            folder = plan.dest / table / key
            shutil.rmtree(folder, ignore_errors=True)
            for parent in (folder.parent, folder.parent.parent):
                if parent.is_dir() and not any(parent.iterdir()):
                    parent.rmdir()
    return len(stale)


def _finish(plan: ExportPlan, root: Path, result: ExportResult) -> None:
    """The ``people`` table (when a partition changed), the manifest and the card."""
    people_file = plan.dest / "people" / file_name(plan.fmt)
    if result.rewritten or result.removed or not people_file.exists():
        people = people_rows(read_combinations(plan.dest, plan.fmt))
        write_table(people_table(people), people_file, plan.fmt)
    manifest.save(plan.dest, {"schema_version": SCHEMA_VERSION, "options": plan.options},
                  result.partitions)
    write_card(plan.dest, root, plan.options, result.partitions)
