"""``newsarchive reparse``: re-extract selected articles and write what changed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.archive.store import Archive
from newsarchive.reparse.engines import run_dask, run_workers
from newsarchive.reparse.plan import Place, Selection, select_places
from newsarchive.reparse.progress import Progress
from newsarchive.reparse.work import Result


@dataclass
class Summary:
    read: int = 0
    changed: int = 0
    failed: int = 0
    fields: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        self.read += 1
        if result.error:
            self.failed += 1
            self.failures[result.error.split(":")[0]] += 1
        elif result.changed:
            self.changed += 1
            self.fields.update(result.changed)

    def line(self, dry_run: bool) -> str:
        fields = ", ".join(f"{name} {count:,}" for name, count in self.fields.most_common())
        failures = ", ".join(f"{kind} {count:,}" for kind, count in self.failures.most_common())
        verb = "would change" if dry_run else "changed"
        return (f"reparse: {self.read:,} records read, {self.changed:,} {verb}"
                f"{f' ({fields})' if fields else ''}, {self.failed:,} failed"
                f"{f' ({failures})' if failures else ''}")


@dataclass(frozen=True)
class Options:
    selection: Selection = field(default_factory=Selection)
    dry_run: bool = False
    workers: int = 1
    scheduler: str | None = None
    """A Dask scheduler address, or ``local`` for a LocalCluster of ``workers``."""


def reparse(root: Path, options: Options) -> Summary:
    """Re-extract the selected articles of the archive at ``root``; unless ``dry_run``,
    a changed one is written as a new revision tagged with this extractor's version."""
    summary = Summary()
    archive = Archive(root)
    try:
        places = select_places(archive.index, options.selection)
        progress = Progress(len(places))
        for result in _results(str(root), places, options):
            summary.add(result)
            if result.article is not None and not options.dry_run:
                archive.revise(result.article)
            progress.step()
        progress.close()
    finally:
        archive.close()
    return summary


def _results(root: str, places: list[Place], options: Options) -> Iterator[Result]:
    if options.scheduler:
        return run_dask(root, places, options.scheduler, options.workers)
    return run_workers(root, places, options.workers)
