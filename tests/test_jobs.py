"""Job folders: which can be resumed, and which are discarded before use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.crawl.jobs import RESUMABLE_MARK, open_jobdir, unresumable


def saved_job(folder: Path, seen: bytes = b"\x00\x02ab\x00\x01c") -> Path:
    """A job folder as a graceful stop leaves it."""
    queue = folder / "requests.queue"
    (queue / "slot").mkdir(parents=True)
    (queue / "active.json").write_text(json.dumps({"slot": [0]}))
    (queue / "slot" / "0").write_bytes(b"queued")
    (folder / "requests.seen").write_bytes(seen)
    (folder / RESUMABLE_MARK).touch()
    return folder


def test_a_saved_job_is_resumed_and_its_mark_taken_off(tmp_path: Path) -> None:
    job = saved_job(tmp_path / "job")
    assert unresumable(job) is None
    assert open_jobdir(job)
    assert not (job / RESUMABLE_MARK).exists() and (job / "requests.seen").exists()


@pytest.mark.parametrize(("damage", "problem"), [
    (lambda job: (job / RESUMABLE_MARK).unlink(), "not saved by a graceful stop"),
    (lambda job: (job / "requests.queue" / "active.json").write_text("{"), "unreadable queue"),
    (lambda job: (job / "requests.seen").write_bytes(b"\x00\x05ab"), "requests.seen is torn"),
    (lambda job: (job / "requests.seen").unlink(), "unreadable queue"),
])
def test_a_job_folder_that_cannot_be_resumed_is_discarded(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: object, problem: str) -> None:
    job = saved_job(tmp_path / "job")
    damage(job)  # type: ignore[operator]
    assert (unresumable(job) or "").startswith(problem)
    assert not open_jobdir(job)
    assert not job.exists()
    (record,) = caplog.records
    assert problem in record.getMessage() and "discarded" in record.getMessage()


def test_no_job_folder_is_a_fresh_start(tmp_path: Path) -> None:
    assert not open_jobdir(tmp_path / "none")
