"""Nightly runs: incremental, exclusive, resumable, and safe when killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from crawling import archived, crawl, mirror_running

from newsarchive.archive.layout import archive_files
from newsarchive.archive.store import Archive

pytestmark = pytest.mark.e2e

START = date.today() - timedelta(days=60)
"""Mirror articles end weeks ago: nothing falls inside the 2-day overlap window."""


def nightly(out: Path, base: str, *extra: str, env: dict[str, str] | None = None,
            wait: bool = True) -> Any:
    args = [sys.executable, "-m", "newsarchive.cli", "nightly", "--site", "baolaocai",
            "--out", str(out), "--base-url", base, *extra]
    full_env = {**os.environ, **(env or {})}
    if not wait:
        return subprocess.Popen(args, env=full_env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    return subprocess.run(args, env=full_env, capture_output=True, text=True, timeout=300,
                          check=False)


def article_fetches(requests: list[tuple[Any, str, str]]) -> list[str]:
    return [path for _, path, _ in requests if "-post" in path]


def test_second_run_over_an_unchanged_mirror_fetches_no_article(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=("baolaocai",), start=START, articles=80) as run:
        first = nightly(out, run.mirror.urls["baolaocai"])
        assert first.returncode == 0, first.stderr[-2000:]
        before = len(run.requests())
        second = nightly(out, run.mirror.urls["baolaocai"])
        assert second.returncode == 0, second.stderr[-2000:]
        later = run.requests()[before:]
    assert len(archived(out)) == 80
    assert later and not article_fetches(later)
    assert not (out / "jobs" / "baolaocai").exists()
    status = subprocess.run([sys.executable, "-m", "newsarchive.cli", "status", "--out", str(out)],
                            capture_output=True, text=True, timeout=60, check=False)
    (row,) = [line.split() for line in status.stdout.splitlines() if line.startswith("baolaocai")]
    assert row[2] == "80" and row[3] == "-" and row[1] != "never"


def test_growth_adds_exactly_the_new_articles_and_edits_become_revisions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for step, options in enumerate(({"articles": 80}, {"articles": 90},
                                    {"articles": 90, "edited": 2})):
        folder = tmp_path / f"mirror{step}"
        folder.mkdir()
        with mirror_running(folder, sites=("baolaocai",), start=START, seed=4,
                            **options) as run:
            result = nightly(out, run.mirror.urls["baolaocai"])
            assert result.returncode == 0, result.stderr[-2000:]
            manifest = run.manifest
        lines = archived(out)
        if step == 1:
            assert {line["url"] for line in lines} == {r["url"] for r in manifest}
            assert len(lines) == 90
    edited = {r["url"] for r in manifest if r["edited"]}
    assert len(edited) == 2
    assert {line["url"] for line in lines if line["revision"] == 2} == edited
    keys = [(line["id"], line["revision"]) for line in lines]
    assert len(keys) == len(set(keys)) == 92


def _wait_until(condition: Callable[[], bool], seconds: float) -> None:
    """Poll ``condition`` until it holds or ``seconds`` pass (the test then goes on)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)


def test_a_second_concurrent_run_exits_75(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=("baolaocai",), start=START, articles=20,
                        crawl_delay=0.5) as run:
        base = run.mirror.urls["baolaocai"]
        first = nightly(out, base, wait=False)
        _wait_until(lambda: (out / "index.sqlite").exists(), seconds=30)
        second = nightly(out, base)
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)
    assert second.returncode == 75
    assert f"PID {first.pid}" in second.stderr
    assert "Traceback" not in second.stderr


def test_graceful_stop_resumes_from_its_job_directory(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=("baolaocai",), start=START, articles=30,
                        crawl_delay=0.2) as run:
        base = run.mirror.urls["baolaocai"]
        first = nightly(out, base, wait=False)
        _wait_until(lambda: _complete_lines(out) >= 3, seconds=60)
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)
        assert first.returncode == 143
        assert (out / "jobs" / "baolaocai" / "resumable").exists()
        done_before = len(archived(out))
        second = nightly(out, base)
    assert second.returncode == 0, second.stderr[-2000:]
    assert 0 < done_before < 30
    assert len(archived(out)) == 30
    assert not (out / "jobs" / "baolaocai").exists()


def _complete_lines(out: Path) -> int:
    """Lines written so far (read while a crawl writes: count newlines, parse nothing)."""
    return sum(p.read_bytes().count(b"\n") for p in archive_files(out))


def _lines_are_complete(out: Path) -> list[dict[str, Any]]:
    lines = []
    for path in archive_files(out):
        data = path.read_bytes()
        assert not data or data.endswith(b"\n"), path
        lines += [json.loads(line) for line in data.splitlines()]
    return lines


def _index_agrees_with_files(out: Path) -> None:
    archive = Archive(out)
    rows = archive.index.db.execute("SELECT id, revision, file, offset, length FROM articles")
    indexed = set()
    for article_id, revision, file, offset, length in rows:
        line = json.loads((out / file).read_bytes()[offset:offset + length])
        assert (line["id"], line["revision"]) == (article_id, revision)
        indexed.add((article_id, revision))
    archive.close()
    on_disk = {(line["id"], line["revision"]) for line in _lines_are_complete(out)}
    assert indexed == on_disk


@pytest.mark.parametrize("point", ["open", "mid-batch:25", "before-commit:3"])
def test_killed_crawl_loses_nothing(tmp_path: Path, point: str) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=("baolaocai",), start=START, articles=60) as run:
        base = run.mirror.urls["baolaocai"]
        killed = crawl(out, "--site", "baolaocai", "--base-url", base,
                       env={"NEWSARCHIVE_BATCH_LINES": "10"}, crash_at=point)
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
        _lines_are_complete(out)
        _index_agrees_with_files(out)
        rerun = crawl(out, "--site", "baolaocai", "--base-url", base,
                      env={"NEWSARCHIVE_BATCH_LINES": "10"})
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        manifest = run.manifest
    lines = _lines_are_complete(out)
    keys = [(line["id"], line["revision"]) for line in lines]
    assert len(keys) == len(set(keys))
    assert {line["url"] for line in lines} == {r["url"] for r in manifest}
    _index_agrees_with_files(out)
