"""The site-run history (``site_runs`` of the index), rebuilt from the run reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from newsarchive.archive.index import ArchiveIndex


def rebuild_site_runs(root: Path, index: ArchiveIndex) -> int:
    """Record every site of every readable ``runs/*.json``; how many site runs."""
    recorded = 0
    for path in sorted((root / "runs").glob("*.json")):
        try:
            report = orjson.loads(path.read_bytes())
            runs = list(_site_runs(report))
        except (OSError, orjson.JSONDecodeError, AttributeError, KeyError, TypeError):
            continue  # an unreadable report tells nothing
        for run in runs:
            index.record_run(*run)
        recorded += len(runs)
    return recorded


def _site_runs(report: dict[str, Any]) -> list[tuple[str, str, str, str, str, int, str | None]]:
    runs = []
    for site, counts in report["sites"].items():
        status = str(counts["status"])
        error = counts.get("reason", None if status == "ok"  # reports older than "reason"
                           else f"stopped: {counts.get('finish_reason')}")
        runs.append((str(site), str(report["run_id"]), str(report["started_at"]),
                     str(report["finished_at"]), status, int(counts["articles_written"]),
                     error))
    return runs
