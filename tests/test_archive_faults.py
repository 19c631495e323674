"""Faults the archive must survive: short writes, a disk that fills and frees, garbage,
junk and torn lines, a corrupt or missing index, the lock file removed; and ``check``."""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from faults import DiskFaults
from test_archive import BODY, article

from newsarchive.archive.check import check, check_archive
from newsarchive.archive.history import rebuild_site_runs
from newsarchive.archive.index import ArchiveIndex
from newsarchive.archive.layout import archive_files
from newsarchive.archive.lock import Locked
from newsarchive.archive.store import Archive
from newsarchive.errors import ArchiveWriteError
from newsarchive.items import Article

MONTH = "archive/baolaocai/2024/2024-03.jsonl"


def articles(count: int, start: int = 0) -> list[Article]:
    return [article(f"https://baolaocai.vn/a-post{n}.html", f"{BODY} Số {n}.")
            for n in range(start, start + count)]


def archive_with(root: Path, items: list[Article], batch: int = 500) -> None:
    archive = Archive(root, batch_lines=batch)
    for item in items:
        archive.add(item)
    archive.close()


def urls(root: Path) -> list[str]:
    return [json.loads(line)["url"] for path in archive_files(root)
            for line in path.read_bytes().splitlines()]


def assert_consistent(root: Path) -> None:
    """Every line is an article indexed at its bytes, once; the index has nothing else."""
    report = check_archive(root)
    assert report.clean, report.format()
    assert report.lines == report.rows


def test_short_writes_are_completed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    faults = DiskFaults(tmp_path, short=100).install(monkeypatch)
    archive_with(tmp_path, articles(6), batch=4)
    assert faults.short_writes > 6
    assert_consistent(tmp_path)
    assert len(urls(tmp_path)) == 6


def test_a_full_disk_rolls_back_to_the_last_commit_and_a_rerun_completes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = articles(7)
    line_size = len(json.dumps(items[0].to_dict(), ensure_ascii=False).encode())
    faults = DiskFaults(tmp_path, short=512, room=int(4.5 * line_size)).install(monkeypatch)
    archive = Archive(tmp_path, batch_lines=3)
    for item in items[:3]:
        archive.add(item)  # committed: the batch is full
    archive.add(items[3])
    with pytest.raises(ArchiveWriteError, match=r"^disk full: ") as failed:
        archive.add(items[4])  # half of it fits
    assert failed.value.kind == "disk_full"
    faults.free()
    with pytest.raises(ArchiveWriteError):
        archive.add(items[5])  # no more writes in this process, even with room again
    archive.close()
    assert urls(tmp_path) == [item.url for item in items[:3]]
    assert_consistent(tmp_path)
    archive_with(tmp_path, items)  # the rerun
    assert sorted(urls(tmp_path)) == sorted(item.url for item in items)
    assert_consistent(tmp_path)


def test_a_failing_fsync_rolls_back_the_batch(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    archive_with(tmp_path, articles(2))
    archive = Archive(tmp_path, batch_lines=10)
    archive.add(articles(1, start=2)[0])

    def fsync(descriptor: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(ArchiveWriteError, match=r"^write failed: ") as failed:
        archive.flush()
    monkeypatch.undo()
    archive.close()
    assert failed.value.kind == "write_error"
    assert len(urls(tmp_path)) == 2
    assert_consistent(tmp_path)


def test_garbage_junk_and_a_torn_tail_cost_no_committed_line(tmp_path: Path) -> None:
    items = articles(5)
    archive_with(tmp_path, items[:4])
    month = tmp_path / MONTH
    good = month.read_bytes().splitlines(keepends=True)
    month.write_bytes(b"".join([good[0], b"\x00garbage{\n", good[1], b"{}\n", *good[2:]])
                      + b'{"id": "tor')
    recovered = Archive(tmp_path)
    assert recovered.recovery.quarantined == 3
    again = [recovered.add(item).decision.action for item in items]
    recovered.close()
    assert again == ["seen"] * 4 + ["new"]
    assert sorted(urls(tmp_path)) == sorted(item.url for item in items)
    assert_consistent(tmp_path)
    moved = (tmp_path / (MONTH + ".quarantine")).read_bytes().splitlines()
    assert moved == [b"\x00garbage{", b"{}", b'{"id": "tor']
    assert check_archive(tmp_path).quarantined == 3


def test_junk_in_an_uncommitted_tail_is_moved_aside_and_the_lines_after_it_kept(
        tmp_path: Path) -> None:
    items = articles(3)
    archive = Archive(tmp_path, batch_lines=1000)
    archive.add(items[0])
    archive.flush()
    archive.add(items[1])
    archive.writer.sync()
    with (tmp_path / MONTH).open("ab") as handle:
        handle.write(b'{"id": 1}\n[]\n')
    archive.writer.close()  # killed here: the tail is on disk, its rows never committed
    archive.index.close()
    archive.lock.release()
    with (tmp_path / MONTH).open("ab") as handle:  # a line a later write got in
        handle.write(json.dumps({**items[2].to_dict(), "revision": 1}, ensure_ascii=False).encode()
                     + b"\n")
    Archive(tmp_path).close()
    assert sorted(urls(tmp_path)) == sorted(item.url for item in items)
    assert_consistent(tmp_path)


def test_a_second_copy_of_a_committed_line_is_moved_aside(tmp_path: Path) -> None:
    archive_with(tmp_path, articles(2))
    month = tmp_path / MONTH
    month.write_bytes(month.read_bytes() + month.read_bytes().splitlines(keepends=True)[0])
    archive = Archive(tmp_path)
    assert archive.recovery.quarantined == 1
    archive.close()
    assert len(urls(tmp_path)) == 2
    assert_consistent(tmp_path)


def test_lines_cut_from_a_committed_part_are_fetched_again(tmp_path: Path) -> None:
    items = articles(3)
    archive_with(tmp_path, items)
    month = tmp_path / MONTH
    month.write_bytes(b"".join(month.read_bytes().splitlines(keepends=True)[:2]))
    archive = Archive(tmp_path)
    assert archive.recovery.rechecked == [MONTH]
    actions = [archive.add(item).decision.action for item in items]
    archive.close()
    assert actions == ["seen", "seen", "new"]
    assert_consistent(tmp_path)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "missing"])
def test_a_corrupt_or_missing_index_is_rebuilt_from_the_lines_and_runs(
        tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    items = articles(40)
    archive = Archive(tmp_path)
    for item in items:
        archive.add(item)
    archive.index.record_run("baolaocai", "r1", "2026-11-25T00:00:00+00:00",
                             "2026-11-25T00:10:00+00:00", "ok", 40, None)
    archive.close()
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs/r1.json").write_text(json.dumps({
        "run_id": "r1", "started_at": "2026-11-25T00:00:00+00:00",
        "finished_at": "2026-11-25T00:10:00+00:00",
        "sites": {"baolaocai": {"status": "ok", "articles_written": 40}}}))
    index = tmp_path / "index.sqlite"
    if damage == "garbage":
        index.write_bytes(b"not a database at all " * 500)
    elif damage == "truncated":
        index.write_bytes(index.read_bytes()[:len(index.read_bytes()) // 2])
    else:
        index.unlink()
    caplog.set_level(logging.WARNING, logger="newsarchive.archive")
    rebuilt = Archive(tmp_path)
    actions = {rebuilt.add(item).decision.action for item in items}
    assert rebuilt.index.last_success("baolaocai") == "2026-11-25T00:00:00+00:00"
    rebuilt.close()
    assert actions == {"seen"}
    assert [record.message.count("\n") for record in caplog.records] == [0]
    assert "rebuilt from the JSONL files (40 lines)" in caplog.records[0].message
    assert_consistent(tmp_path)


def test_removing_the_lock_file_lets_no_second_writer_in(tmp_path: Path) -> None:
    first = Archive(tmp_path)
    (tmp_path / ".lock").unlink()
    with pytest.raises(Locked):
        Archive(tmp_path)
    first.close()
    Archive(tmp_path).close()


def test_a_recovered_archive_loads_into_pandas(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    from newsarchive.dataset import to_pandas

    archive_with(tmp_path, articles(3))
    with (tmp_path / MONTH).open("ab") as handle:
        handle.write(b"{}\nnot json\n{\"torn")
    Archive(tmp_path).close()
    assert len(to_pandas(tmp_path)) == 3


def test_repair_points_rows_at_their_lines_again(tmp_path: Path) -> None:
    archive_with(tmp_path, articles(3))
    db = sqlite3.connect(tmp_path / "index.sqlite")
    db.execute("UPDATE articles SET offset = offset + 7 WHERE id = (SELECT MIN(id) FROM articles)")
    db.commit()
    db.close()
    _, found = check(tmp_path)
    assert +found.problems == {"row_without_line": 1}
    recovery, repaired = check(tmp_path, repair=True)
    assert recovery is not None and recovery.quarantined == 0
    assert repaired.clean and repaired.rows == 3


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsarchive.cli", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_check_finds_problems_and_repair_fixes_them(tmp_path: Path) -> None:
    archive_with(tmp_path, articles(3))
    clean = newsarchive("check", "--out", str(tmp_path))
    assert (clean.returncode, clean.stderr) == (0, "")
    assert "1 files, 3 lines, 3 index rows, 0 lines in quarantine, 0 WARC files; clean" \
        in clean.stdout
    month = tmp_path / MONTH
    lines = month.read_bytes().splitlines(keepends=True)
    month.write_bytes(b"".join([lines[0], b"{}\n", *lines[1:], lines[2]]))
    found = newsarchive("check", "--out", str(tmp_path))
    assert found.returncode == 1, found.stdout
    assert "1 second copies" in found.stdout and "1 lines that are not" in found.stdout
    repaired = newsarchive("check", "--out", str(tmp_path), "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert "2 line(s) moved into quarantine" in repaired.stdout
    assert len(urls(tmp_path)) == 3
    assert_consistent(tmp_path)


def test_check_without_an_archive_or_with_the_lock_held(tmp_path: Path) -> None:
    missing = newsarchive("check", "--out", str(tmp_path / "nothing"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    archive = Archive(tmp_path)
    locked = newsarchive("check", "--out", str(tmp_path))
    archive.close()
    assert locked.returncode == 75 and "locked" in locked.stderr


def test_a_rebuilt_run_history_keeps_the_reason_the_run_report_gave(tmp_path: Path) -> None:
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs/r2.json").write_text(json.dumps({
        "run_id": "r2", "started_at": "2026-11-26T00:00:00+00:00",
        "finished_at": "2026-11-26T00:05:00+00:00",
        "sites": {"baolaocai": {"status": "interrupted", "articles_written": 3,
                                "finish_reason": "shutdown", "reason": "interrupted"}}}))
    index = ArchiveIndex(tmp_path / "index.sqlite")
    assert rebuild_site_runs(tmp_path, index) == 1
    assert index.db.execute("SELECT error FROM site_runs").fetchall() == [("interrupted",)]
    index.close()
