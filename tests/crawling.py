"""Helpers for end-to-end crawl tests: a mirror in-process, the crawl as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
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


REPO = Path(__file__).resolve().parents[1]


def command(name: str, out: Path, *args: str) -> list[str]:
    """``newsarchive NAME --out OUT ARGS…`` as a subprocess argument list."""
    return [sys.executable, "-m", "newsarchive.cli", name, "--out", str(out), *args]


def start(argv: list[str], env: dict[str, str] | None = None,
          cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(argv, env={**os.environ, **(env or {})}, cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run(argv: list[str], timeout: float = 300, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, cwd=cwd, check=False)


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    """Poll ``condition`` until it holds (True) or ``seconds`` pass (False)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def complete_lines(out: Path) -> int:
    """Lines written so far (read while a crawl writes: count newlines, parse nothing)."""
    return sum(p.read_bytes().count(b"\n") for p in archive_files(out))


def exactly_once(out: Path, manifest: list[dict[str, Any]]) -> None:
    """Every article of the mirror is archived, once (one line per URL and revision)."""
    lines = archived(out)
    keys = [(line["url"], line["revision"]) for line in lines]
    assert len(keys) == len(set(keys)), "an article was archived twice"
    assert {line["url"] for line in lines} == {r["url"] for r in manifest}


def reports(out: Path) -> list[dict[str, Any]]:
    """Every run report, oldest first."""
    return [json.loads(p.read_text()) for p in sorted((out / "runs").glob("*.json"))]
