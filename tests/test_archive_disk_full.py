"""A crawl on a disk that fills up: one error line, a run report that says so, an archive
that stays consistent, and a rerun with room again that archives every article once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from crawling import archived, crawl, mirror_running
from test_archive_faults import assert_consistent

pytestmark = pytest.mark.e2e

START = date.today() - timedelta(days=60)
FAULTS = str(Path(__file__).with_name("faults.py"))
BATCH = {"NEWSARCHIVE_BATCH_LINES": "10"}


def crawl_on_full_disk(out: Path, base: str, room: int) -> subprocess.CompletedProcess[str]:
    """``newsarchive crawl`` with a disk that takes ``room`` bytes of JSONL and WARC, then
    no more."""
    return subprocess.run(
        [sys.executable, FAULTS, str(room), "--", "crawl", "--out", str(out),
         "--site", "baolaocai", "--base-url", base],
        capture_output=True, text=True, timeout=300, env={**os.environ, **BATCH}, check=False)


def rerun_archives_every_article_once(out: Path, base: str, manifest: list[dict[str, str]]
                                      ) -> None:
    rerun = crawl(out, "--site", "baolaocai", "--base-url", base, env=BATCH)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    lines = archived(out)
    assert sorted(line["url"] for line in lines) == sorted(r["url"] for r in manifest)
    assert_consistent(out)


def test_a_full_disk_stops_the_crawl_with_one_line_and_a_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=("baolaocai",), start=START, articles=60) as run:
        base = run.mirror.urls["baolaocai"]
        # A whole crawl takes about 880 kB (a third JSONL, two thirds WARC, whose listing
        # pages come first): 600 kB leaves room for one to three batches of ten, not all six.
        full = crawl_on_full_disk(out, base, room=600_000)
        assert full.returncode == 1, full.stderr[-2000:]
        assert "Traceback" not in full.stderr
        errors = [line for line in full.stderr.splitlines() if "disk full" in line]
        assert len(errors) == 1 and "No space left on device" in errors[0], full.stderr
        (report_path,) = (out / "runs").glob("*.json")
        site = json.loads(report_path.read_text())["sites"]["baolaocai"]
        assert (site["status"], site["finish_reason"]) == ("failed", "disk_full")
        assert site["errors"]["disk_full"] == 1
        kept = archived(out)
        assert 10 <= len(kept) < 60  # the committed batches, nothing after the failure
        assert site["articles_written"] == len(kept)  # not those rolled back
        assert_consistent(out)
        rerun_archives_every_article_once(out, base, run.manifest)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, where the machine lets the tests mount one."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; the injected faults cover the full disk")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_real_full_disk_then_freed(small_disk: Path, tmp_path: Path) -> None:
    out = small_disk / "out"
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * (2 * 1024 * 1024 - 180 * 1024))
    with mirror_running(tmp_path, sites=("baolaocai",), start=START, articles=60) as run:
        base = run.mirror.urls["baolaocai"]
        full = crawl(out, "--site", "baolaocai", "--base-url", base, env=BATCH)
        assert full.returncode in (1, 2), full.stderr[-2000:]
        assert "Traceback" not in full.stderr
        assert len(full.stderr.splitlines()) <= 3, full.stderr
        filler.unlink()
        assert_consistent(out)
        rerun_archives_every_article_once(out, base, run.manifest)
