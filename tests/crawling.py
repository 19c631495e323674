"""Helpers for end-to-end crawl tests: a mirror in-process, the crawl as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from newsarchive.archive.layout import archive_files
from newsarchive.mirror import MirrorOptions, RunningMirror, start_mirror


@dataclass
class MirrorRun:
    mirror: RunningMirror
    manifest: list[dict[str, Any]]
    access_log: Path

    def base_urls(self) -> list[str]:
        return [f"{site}={url}" for site, url in self.mirror.urls.items()]

    def requests(self) -> list[tuple[datetime, str, str]]:
        """(arrival time, path, site) of every request the mirror served."""
        rows = []
        for line in self.access_log.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            rows.append((datetime.fromisoformat(parts[0]), parts[2], parts[-1]))
        return rows


@contextmanager
def mirror_running(tmp: Path, **options: Any) -> Iterator[MirrorRun]:
    manifest, log = tmp / "manifest.jsonl", tmp / "access.log"
    settings = MirrorOptions(port=0, manifest=manifest, access_log=log, **options)
    with start_mirror(settings) as mirror:
        records = [json.loads(line) for line in manifest.read_text().splitlines()]
        yield MirrorRun(mirror, records, log)


CRASHING = Path(__file__).with_name("crashing.py")


def crawl(out: Path, *args: str, timeout: float = 300, env: dict[str, str] | None = None,
          cwd: Path | None = None, crash_at: str | None = None,
          ) -> subprocess.CompletedProcess[str]:
    """``newsarchive crawl`` in a subprocess (from another folder when ``cwd`` is given),
    killed at ``crash_at`` when given (see ``crashing.py``)."""
    env = {**os.environ, **(env or {})}
    command = [str(CRASHING), crash_at] if crash_at else ["-m", "newsarchive.cli"]
    return subprocess.run(
        [sys.executable, *command, "crawl", "--out", str(out), *args],
        capture_output=True, text=True, timeout=timeout, env=env, check=False, cwd=cwd)


def archived(out: Path) -> list[dict[str, Any]]:
    lines = []
    for path in archive_files(out):
        lines += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines


def run_report(out: Path) -> dict[str, Any]:
    reports = sorted((out / "runs").glob("*.json"))
    assert len(reports) == 1, reports
    data: dict[str, Any] = json.loads(reports[0].read_text())
    return data
