"""What a crawl leaves and opens: no listening socket, no file outside its output folder,
an outlet answering nothing is a failure; and the ``scrapy parse``/``-O`` paths."""

from __future__ import annotations

import ast
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from crawling import REPO, archived, command, mirror_running, reports, run, start, wait_until
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from newsarchive.crawl.quiet import DownloadErrorsInOneLine
from newsarchive.spiders.failures import failure_kind

pytestmark = pytest.mark.e2e

START = date.today() - timedelta(days=60)
SITE = "baolaocai"
SCRAPY = [sys.executable, "-m", "scrapy"]


class _Empty(BaseHTTPRequestHandler):
    """200 with an empty body, for every path (robots.txt, home, sitemaps, feeds)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def empty_outlet() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Empty)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_an_outlet_whose_entry_points_answer_empty_has_failed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with empty_outlet() as base:
        result = run(command("crawl", out, "--site", SITE, "--base-url", base))
    assert result.returncode == 1
    site = reports(out)[-1]["sites"][SITE]
    assert site["status"] == "failed" and site["pages_fetched"] >= 1
    assert site["reason"].startswith("no entry point answered with links")
    assert f"failed: {SITE} (no entry point answered" in result.stderr
    assert "Traceback" not in result.stderr


def _listening_sockets(pid: int) -> list[str]:
    """The TCP sockets of ``pid`` in LISTEN state (from /proc)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    listening = []
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:
                listening.append(fields[1])
    return listening


def test_a_crawl_listens_on_nothing_and_writes_only_its_output_folder(tmp_path: Path) -> None:
    out, home = tmp_path / "out", tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=30,
                        crawl_delay=0.2) as mirror:
        process = start(command("nightly", out, "--site", SITE, "--base-url",
                                mirror.mirror.urls[SITE]), env=env, cwd=tmp_path)
        assert wait_until(lambda: len(mirror.requests()) >= 5, 60)
        listening = _listening_sockets(process.pid)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 143, stderr[-3000:]
    assert listening == []
    assert not list(home.rglob("*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "access.log", "home", "manifest.jsonl", "out"]


def test_scrapy_parse_reads_one_page_and_archives_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=30) as mirror:
        record = mirror.manifest[0]
        base = mirror.mirror.urls[SITE]
        result = run([*SCRAPY, "parse", "--spider", "news", "-a", f"site={SITE}",
                      "-a", f"base_url={base}", "-c", "parse_article",
                      base + record["path"], "-s", f"NEWSARCHIVE_OUT={out}"], cwd=REPO)
        fetched = [path for _, path, _ in mirror.requests() if path != "/robots.txt"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert [item["article"]["headline"] for item in _scraped_items(result.stdout)] == \
        [record["headline"]]
    assert fetched == [record["path"]]
    assert archived(out) == []


def _scraped_items(stdout: str) -> list[dict[str, Any]]:
    """The items ``scrapy parse`` printed: a Python literal under its ``Scraped Items``
    header."""
    block = stdout.split("# Scraped Items", 1)[1].split("\n", 1)[1].split("# Requests")[0]
    items: list[dict[str, Any]] = ast.literal_eval(block)
    return items


def test_a_feed_export_carries_the_archived_revision(tmp_path: Path) -> None:
    out, feed = tmp_path / "out", tmp_path / "feed.jsonl"
    with mirror_running(tmp_path, sites=(SITE,), start=START, articles=30) as mirror:
        result = run([*SCRAPY, "crawl", "news", "-a", f"site={SITE}",
                      "-a", f"base_url={mirror.mirror.urls[SITE]}", "-a", "max_articles=3",
                      "-O", str(feed), "-s", f"NEWSARCHIVE_OUT={out}"], cwd=REPO)
    assert result.returncode == 0, result.stderr[-3000:]
    exported = [json.loads(line) for line in feed.read_text().splitlines()]
    by_id = {line["id"]: line for line in archived(out)}
    assert len(exported) == 3
    for item in exported:
        assert item["revision"] == by_id[item["id"]]["revision"] == 1
        assert "duplicate_of" in item


def test_a_dns_failure_is_its_own_error_kind_logged_without_traceback() -> None:
    error = DNSLookupError("no such host: outlet.invalid")
    assert failure_kind(Failure(error)) == "dns"
    record = logging.LogRecord("scrapy.downloadermiddlewares.robotstxt", logging.ERROR,
                               __file__, 1, "Error downloading %s", ("robots.txt",),
                               (type(error), error, None))
    assert DownloadErrorsInOneLine().filter(record)
    assert record.exc_info is None and record.levelno == logging.INFO
    other = ValueError("a bug")
    kept = logging.LogRecord("scrapy.core.scraper", logging.ERROR, __file__, 1, "Spider error",
                             (), (type(other), other, None))
    DownloadErrorsInOneLine().filter(kept)
    assert kept.exc_info is not None and kept.levelno == logging.ERROR
