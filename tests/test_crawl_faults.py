"""Faults of a crawl or nightly run: kills, signals, damaged job queues, long delays,
time limits, outlets that are down or answer nothing. Each case ends in bounded time
with the documented exit code, a run report and no traceback, and loses nothing."""

from __future__ import annotations

import random
import signal
import sqlite3
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from crawling import (
    REPO,
    archived,
    command,
    complete_lines,
    exactly_once,
    mirror_running,
    reports,
    run,
    start,
    wait_until,
)

from newsarchive.archive.store import Archive
from newsarchive.crawl.jobs import RESUMABLE_MARK as RESUMABLE

pytestmark = pytest.mark.e2e

START = date.today() - timedelta(days=60)
SITE = "baolaocai"
JOBS = Path("jobs") / SITE
SCRAPY = [sys.executable, "-m", "scrapy"]


def nightly(out: Path, base: str, *extra: str) -> list[str]:
    return command("nightly", out, "--site", SITE, "--base-url", base, *extra)


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr[-3000:]


def kill_after_lines(argv: list[str], out: Path, lines: int) -> None:
    """Start a run, SIGKILL it once ``lines`` articles are written."""
    kill_when(argv, lambda: complete_lines(out) >= lines)


def kill_when(argv: list[str], condition: Callable[[], bool]) -> None:
    """Start a run and SIGKILL it once ``condition`` holds; it must still be running."""
    process = start(argv)
    wait_until(lambda: condition() or process.poll() is not None, 120)
    process.kill()
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the run ended before the kill"


def test_a_nightly_killed_outright_does_not_wedge_its_site(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=60,
                        crawl_delay=0.05) as mirror:
        base = mirror.mirror.urls[SITE]
        kill_after_lines(nightly(out, base), out, 5)
        assert (out / JOBS).exists() and not (out / JOBS / RESUMABLE).exists()
        assert 5 <= complete_lines(out) < 60
        rerun = run(nightly(out, base))
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        again = run(nightly(out, base))
        manifest = mirror.manifest
    no_traceback(rerun.stderr)
    assert rerun.stderr.count("discarded (not saved by a graceful stop)") == 1
    assert again.returncode == 0 and reports(out)[-1]["sites"][SITE]["pages_fetched"] > 0
    exactly_once(out, manifest)
    assert not (out / JOBS).exists()


def test_a_kill_right_after_a_successful_nightly_does_not_wedge_its_site(
        tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=40,
                        crawl_delay=0.05) as mirror:
        base = mirror.mirror.urls[SITE]
        assert run(nightly(out, base)).returncode == 0
        kill_when(nightly(out, base), (out / JOBS / "requests.seen").exists)
        rerun = run(nightly(out, base))
        manifest = mirror.manifest
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert reports(out)[-1]["sites"][SITE]["pages_fetched"] > 0
    exactly_once(out, manifest)


def _stopped_nightly(out: Path, base: str, lines: int) -> tuple[int, str]:
    """A nightly stopped by SIGTERM once ``lines`` lines are archived: (exit status, stderr)."""
    process = start(nightly(out, base))
    wait_until(lambda: complete_lines(out) >= lines, 120)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    return process.returncode, stderr


def test_sigterm_resume_then_kill_then_rerun_completes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=60,
                        crawl_delay=0.05) as mirror:
        base = mirror.mirror.urls[SITE]
        returncode, stderr = _stopped_nightly(out, base, lines=5)
        assert returncode == 143, stderr[-3000:]
        assert (out / JOBS / RESUMABLE).exists()
        assert reports(out)[-1]["sites"][SITE]["status"] == "interrupted"
        kill_after_lines(nightly(out, base), out, complete_lines(out) + 5)
        rerun = run(nightly(out, base))
        manifest = mirror.manifest
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    no_traceback(rerun.stderr + stderr)
    exactly_once(out, manifest)


def test_a_damaged_saved_queue_is_dropped_and_the_run_completes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=60,
                        crawl_delay=0.05) as mirror:
        base = mirror.mirror.urls[SITE]
        _stopped_nightly(out, base, lines=5)
        queues = [p for p in (out / JOBS / "requests.queue").rglob("*")
                  if p.is_file() and p.name != "active.json" and p.stat().st_size > 8]
        assert queues and (out / JOBS / RESUMABLE).exists()
        for queue in queues:  # a torn tail: the saved sizes no longer match the file
            with queue.open("r+b") as file:
                file.truncate(queue.stat().st_size - 7)
        rerun = run(nightly(out, base), timeout=180)
        manifest = mirror.manifest
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    no_traceback(rerun.stderr)
    assert rerun.stderr.count("job queue pop failed") == 1
    exactly_once(out, manifest)
    assert not (out / JOBS).exists()


def test_a_huge_crawl_delay_is_capped_and_sigterm_still_stops_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=20,
                        crawl_delay=99999) as mirror:
        process = start(command("crawl", out, "--site", SITE,
                                "--base-url", mirror.mirror.urls[SITE]))
        assert wait_until(lambda: bool(mirror.requests()), 60)  # robots.txt was read
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=90)
    assert process.returncode == 143, stderr[-3000:]
    no_traceback(stderr)
    assert "asks for Crawl-delay 99999 s, more than the cap" in stderr
    (report,) = reports(out)
    assert report["interrupted_by"] == "SIGTERM" and report["exit_status"] == 143
    assert report["sites"][SITE]["status"] == "interrupted"
    assert report["sites"][SITE]["crawl_delay_capped"] == 99999


def test_the_time_limit_ends_a_run_which_the_next_one_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=40,
                        crawl_delay=0.5) as mirror:
        base = mirror.mirror.urls[SITE]
        limited = run(nightly(out, base, "--max-runtime", "4s"), timeout=120)
        site = reports(out)[-1]["sites"][SITE]
        resumable = (out / JOBS / RESUMABLE).exists()
        rerun = run(command("nightly", out, "--site", SITE, "--base-url", base))
        manifest = mirror.manifest
    assert limited.returncode == 1, limited.stderr[-3000:]
    no_traceback(limited.stderr)
    assert (site["status"], site["finish_reason"]) == ("interrupted", "max_runtime")
    assert resumable and len(archived(out)) >= site["articles_written"]
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    exactly_once(out, manifest)


@pytest.mark.parametrize("name", ["crawl", "nightly"])
def test_an_outlet_that_is_down_is_one_line_and_a_counted_failure(
        tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    result = run(command(name, out, "--site", SITE, "--base-url", "http://127.0.0.1:9"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"1 site(s): 0 articles written, 0 pages fetched, 0 skipped, 1 errors; "
        f"failed: {SITE} (nothing fetched: 1 connection error)"]
    site = reports(out)[-1]["sites"][SITE]
    assert site["errors"]["connection"] == 1 and site["status"] == "failed"
    if name == "nightly":
        status = run(command("status", out))
        assert status.returncode == 1  # every site's last run failed
        assert "nothing fetched: 1 connection error" in status.stdout


def test_a_config_base_url_is_checked_like_the_command_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[base_urls]\n{SITE} = "file:///etc/passwd"\n')
    result = run(command("nightly", tmp_path / "out", "--site", SITE, "--config", str(config)))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"newsarchive: config {config}: key 'base_urls': Value error, "
        "'file:///etc/passwd': not an http(s) URL with a host and a port"]
    assert not (tmp_path / "out").exists()


def test_a_held_lock_is_exit_75_for_scrapy_crawl_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    archive = Archive(out)  # holds the output root's lock
    try:
        result = run([*SCRAPY, "crawl", "news", "-a", f"site={SITE}",
                      "-s", f"NEWSARCHIVE_OUT={out}"], cwd=REPO)
    finally:
        archive.close()
    assert result.returncode == 75
    assert result.stderr.strip().splitlines()[-1].startswith(
        f"scrapy crawl news: {out} is locked by another run")
    no_traceback(result.stderr)


@pytest.mark.parametrize(("arguments", "message"), [
    ([], "-a site=ID is required"),
    (["-a", "site=nowhere"], "unknown site 'nowhere'"),
    (["-a", f"site={SITE}", "-a", "since=yesterday"], "since must be a day as YYYY-MM-DD"),
    (["-a", f"site={SITE}", "-a", "base_url=file:///etc/passwd"], "not an http(s) URL"),
])
def test_scrapy_crawl_news_with_bad_arguments_is_one_line_and_exit_2(
        tmp_path: Path, arguments: list[str], message: str) -> None:
    result = run([*SCRAPY, "crawl", "news", *arguments, "-s", f"NEWSARCHIVE_OUT={tmp_path}"],
                 cwd=REPO)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("scrapy crawl news: ")
    assert message in result.stderr
    no_traceback(result.stderr)
    assert not list(tmp_path.iterdir())


def test_random_kills_of_crawl_and_nightly_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    """The short kill soak (benchmarks/kill_soak.py is the long one)."""
    out, rng = tmp_path / "out", random.Random(14)
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=120) as mirror:
        base = mirror.mirror.urls[SITE]
        for name in ("crawl", "nightly", "crawl", "nightly"):  # 4 kills, 40 lines at most
            target = complete_lines(out) + rng.randint(1, 10)
            kill_after_lines(command(name, out, "--site", SITE, "--base-url", base), out,
                             target)
        first = run(nightly(out, base))
        kill_when(nightly(out, base), (out / JOBS / "requests.seen").exists)
        second = run(nightly(out, base))
        manifest = mirror.manifest
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert reports(out)[-1]["sites"][SITE]["pages_fetched"] > 0
    exactly_once(out, manifest)
    assert not (out / JOBS).exists()
    assert run(command("check", out)).returncode == 0


def test_ctrl_c_interrupts_a_crawl_with_exit_130(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=30,
                        crawl_delay=0.2) as mirror:
        process = start(command("crawl", out, "--site", SITE, "--base-url",
                                mirror.mirror.urls[SITE]))
        assert wait_until(lambda: len(mirror.requests()) >= 3, 60)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr[-3000:]
    no_traceback(stderr)
    (report,) = reports(out)
    assert (report["interrupted_by"], report["exit_status"]) == ("SIGINT", 130)
    assert report["sites"][SITE]["status"] == "interrupted"
    assert f"interrupted: {SITE}" in stderr


def test_a_resumed_run_that_fetches_nothing_discards_its_job_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=40,
                        crawl_delay=0.05) as mirror:
        base = mirror.mirror.urls[SITE]
        _stopped_nightly(out, base, lines=3)
    assert (out / JOBS / RESUMABLE).exists()
    down = run(nightly(out, base))  # the outlet is gone: its queue's pages too
    assert not (out / JOBS).exists()
    (tmp_path / "again").mkdir()
    with mirror_running(tmp_path / "again", sites=(SITE,), start=START, articles=40) as mirror:
        rerun = run(nightly(out, mirror.mirror.urls[SITE]))
        manifest = mirror.manifest
    assert down.returncode == 1
    assert "discarded (the resumed run fetched nothing)" in down.stderr
    no_traceback(down.stderr)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    exactly_once(out, manifest)


def test_an_archive_that_cannot_be_opened_still_gets_a_run_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    Archive(out).close()
    with sqlite3.connect(out / "index.sqlite") as db:
        db.execute("PRAGMA user_version = 999")  # a format from the future
    result = run(nightly(out, "http://127.0.0.1:9"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    no_traceback(result.stderr)
    (report,) = reports(out)
    assert report["error"].startswith("cannot open the archive: ")
    assert report["exit_status"] == 1 and report["sites"][SITE]["status"] == "failed"
