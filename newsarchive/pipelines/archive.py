"""Write each crawled Article into the deduplicated archive, at most ``max_articles``.

Items are added in batches (:mod:`.batch`): up to ``ADD_BATCH`` of them, or whatever
arrived within ``ADD_WAIT`` seconds of the first. Each item still gets its own outcome
(written, or dropped with a reason) once its batch has run.

When the archive cannot write (disk full, I/O error) it rolls back to its last commit; the
pipeline then counts the error (``newsarchive/error/disk_full`` or ``…/write_error``),
logs it once and closes the spider with that reason; later items are dropped quietly.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from newsarchive.archive.index import Row
from newsarchive.archive.layout import output_root
from newsarchive.archive.store import Archive
from newsarchive.coverage import count_article
from newsarchive.crawlfacts import (
    CrawledArticle,
    Exchange,
    KnownArticles,
    RawRecorder,
    RecordRef,
)
from newsarchive.errors import ArchiveWriteError
from newsarchive.pipelines.batch import Batcher
from newsarchive.runreport import ERROR_PREFIX, REVISIONS_STAT, SKIP_PREFIX, WRITTEN_STAT
from newsarchive.sites import Profile

logger = logging.getLogger(__name__)

ADD_BATCH = 32
"""Items a batch holds at most. Each keeps its response in Scrapy's scraper until its
batch has run (``SCRAPER_SLOT_MAX_ACTIVE_SIZE`` in the settings leaves room for them)."""
ADD_WAIT = 0.25
"""Seconds the first item of a batch waits at most for the others."""
ARCHIVE_SETTING = "NEWSARCHIVE_ARCHIVE"
"""Setting: an Archive already open at ``NEWSARCHIVE_OUT``, shared by every crawler of a
run and closed by whoever opened it. Unset, the pipeline opens (and closes) its own."""


class ArchivePipeline(KnownArticles, RawRecorder):
    """Adds items to ``<out>/archive``; already-archived ones are recorded, not rewritten."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.root = output_root(crawler.settings.get("NEWSARCHIVE_OUT"))
        self.archive: Archive | None = None
        self.given: Archive | None = crawler.settings.get(ARCHIVE_SETTING)
        self.written = 0
        self.limit: int | None = None
        self.closing = False
        self.batcher = Batcher(self._add, ADD_BATCH, ADD_WAIT)
        self.shutdown_trigger: Any = None
        self.failure: ArchiveWriteError | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.archive = self.given or Archive(self.root)
        self.limit = getattr(self.crawler.spider, "max_articles", None)
        # A forced stop (a second Ctrl-C) skips close_spider: add the waiting items first.
        self.shutdown_trigger = _reactor().addSystemEventTrigger(
            "before", "shutdown", self.batcher.flush)

    def close_spider(self) -> None:
        self.batcher.flush()
        if self.shutdown_trigger is not None:
            _reactor().removeSystemEventTrigger(self.shutdown_trigger)
            self.shutdown_trigger = None
        if self.archive is not None:
            self.closing = True  # the engine is closing this spider already
            self._commit()  # this spider's lines durable before its report is made
        if self.archive is not None and self.archive is not self.given:
            with contextlib.suppress(ArchiveWriteError):  # told by _commit
                self.archive.close()
        self.archive = None

    def known(self, url: str, profile: Profile) -> Row | None:
        return self.archive.known(url, profile) if self.archive is not None else None

    def record(self, exchange: Exchange) -> RecordRef | None:
        if self.archive is None:
            return None
        try:
            return self.archive.record(exchange)
        except ArchiveWriteError as error:
            self._failed(error)
            return None

    async def process_item(self, item: CrawledArticle) -> dict[str, Any]:
        future = self.batcher.submit(item)
        if self.limit is not None and self.written + len(self.batcher.queue) >= self.limit:
            self.batcher.flush()  # stop fetching as soon as the limit may be reached
        return await future

    def _add(self, item: CrawledArticle) -> dict[str, Any]:
        """The line as archived, which a feed export (-O) receives."""
        assert self.archive is not None and self.crawler.stats is not None
        stats = self.crawler.stats
        limit = self.limit
        if limit is not None and self.written >= limit:
            stats.inc_value(SKIP_PREFIX + "over_limit")
            self._close_spider()
            raise DropItem(f"max_articles={limit} reached", log_level="DEBUG")
        try:
            outcome = self.archive.add(item.article, item.lastmod)
        except ArchiveWriteError as error:
            self._failed(error)
            raise DropItem(str(error), log_level="DEBUG") from None
        line = outcome.line
        if line is None:
            stats.inc_value(SKIP_PREFIX + "duplicate")
            raise DropItem(f"already archived as {outcome.decision.id}", log_level="DEBUG")
        self.written += 1
        stats.inc_value(WRITTEN_STAT)
        count_article(stats.inc_value, line)
        if outcome.decision.action == "revision":
            stats.inc_value(REVISIONS_STAT)
        if limit is not None and self.written >= limit:
            self._close_spider()
        return line

    def _commit(self) -> None:
        """Commit; a failure (now, or earlier through another spider) fails this one too."""
        assert self.archive is not None
        with contextlib.suppress(ArchiveWriteError):
            self.archive.flush()
        if self.archive.failure is not None:
            self._failed(self.archive.failure)

    def _failed(self, error: ArchiveWriteError) -> None:
        """Count and tell the failure once (the articles rolled back are not written after
        all), and stop this spider."""
        if self.failure is not None:
            return
        self.failure = error
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value(ERROR_PREFIX + error.kind)
        lost = error.rolled_back.get(getattr(self.crawler.spider, "site", ""), 0)
        self.written -= lost
        stats.inc_value(WRITTEN_STAT, -lost)
        if not error.reported:
            error.reported = True
            logger.error("%s", error)
        self._close_spider(reason=error.kind)

    def _close_spider(self, reason: str = "max_articles") -> None:
        """Ask the engine to stop (not awaited: it waits for this very item to finish)."""
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and not self.closing:
            self.closing = True
            deferred_from_coro(engine.close_spider_async(reason=reason))


def _reactor() -> Any:
    """The running reactor, imported late as Scrapy requires (and untyped: Twisted's
    interface declarations confuse mypy's method signatures)."""
    from twisted.internet import reactor

    return reactor
