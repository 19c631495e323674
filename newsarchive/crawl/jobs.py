"""Job folders (Scrapy's ``JOBDIR``) that can never wedge a site.

A job folder is resumable only when its run stopped early (a graceful stop or the time
limit) and Scrapy saved its queue: a marker file, written after the queue and the seen
requests, says so, and a resumed run removes it as it starts. Any other folder (left by a
run killed outright, by a run that had finished, or whose queue failed) is discarded
before use, with one warning line, and the site starts afresh. A resumed run that fetches
nothing, or whose queue fails during the run, discards its folder as it ends.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.runreport import PAGES_STAT

logger = logging.getLogger(__name__)

RESUMABLE_MARK = "resumable"
RESUMABLE_REASONS = frozenset({"shutdown", "max_runtime"})
"""Finish reasons after which the saved queue still holds work."""
BROKEN_STAT = "newsarchive/jobdir/queue_failed"
RESUMED_STAT = "newsarchive/jobdir/resumed"
SIZE_BYTES = 2
"""``requests.seen`` holds fingerprints, each after its length in 2 bytes (big-endian)."""


def open_jobdir(path: Path) -> bool:
    """Make ``path`` safe to use; True when it holds a saved queue to resume."""
    if not path.exists():
        return False
    problem = unresumable(path)
    if problem is None:
        (path / RESUMABLE_MARK).unlink()
        return True
    logger.warning("job folder %s discarded (%s); the site starts afresh", path, problem)
    shutil.rmtree(path)
    return False


def unresumable(path: Path) -> str | None:
    """Why the job folder at ``path`` cannot be resumed, or None when it can."""
    if not (path / RESUMABLE_MARK).is_file():
        return "not saved by a graceful stop"
    queue = path / "requests.queue"
    try:
        json.loads((queue / "active.json").read_bytes())
        for part in queue.rglob("*"):
            if part.is_file():
                part.read_bytes()
        seen = (path / "requests.seen").read_bytes()
    except (OSError, ValueError) as error:
        return f"unreadable queue: {error}"
    if not _whole_records(seen):
        return "requests.seen is torn"
    return None


def _whole_records(data: bytes) -> bool:
    """Whether ``data`` is a sequence of complete length-prefixed records."""
    position = 0
    while position + SIZE_BYTES <= len(data):
        position += SIZE_BYTES + int.from_bytes(data[position:position + SIZE_BYTES], "big")
    return position == len(data)


class JobFolder:
    """Checks the job folder before the scheduler opens it; keeps it after the run only
    when the queue it saved can be resumed, and deletes it otherwise."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path
        self.resumed = open_jobdir(path)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobFolder:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        return cls(crawler, Path(jobdir))

    def opened(self, spider: Spider) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(RESUMED_STAT, int(self.resumed))

    def closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = self.crawler.stats
        if stats.get_value(BROKEN_STAT):
            problem = "its queue failed during the run"
        elif self.resumed and not stats.get_value(PAGES_STAT):
            problem = "the resumed run fetched nothing"
        elif reason not in RESUMABLE_REASONS:
            shutil.rmtree(self.path, ignore_errors=True)  # finished: nothing to resume
            return
        else:
            (self.path / RESUMABLE_MARK).touch()
            return
        logger.warning("job folder %s discarded (%s)", self.path, problem)
        shutil.rmtree(self.path, ignore_errors=True)
