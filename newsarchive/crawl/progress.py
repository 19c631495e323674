"""A one-line progress display on a terminal; silent without one (cron, CI)."""

from __future__ import annotations

import sys
import time
from typing import ClassVar, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from newsarchive.runreport import ERROR_PREFIX, PAGES_STAT, WRITTEN_STAT

INTERVAL_S = 1.0


class Progress:
    """``pages/s, articles, errors, current site`` redrawn every second on stderr."""

    crawlers: ClassVar[dict[str, Crawler]] = {}
    loop: ClassVar[task.LoopingCall | None] = None
    started: ClassVar[float] = 0.0

    def __init__(self, crawler: Crawler, stream: TextIO) -> None:
        self.crawler = crawler
        self.stream = stream
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        stream = sys.stderr
        if not crawler.settings.getbool("NEWSARCHIVE_PROGRESS", True) or not stream.isatty():
            raise NotConfigured
        return cls(crawler, stream)

    def opened(self, spider: object) -> None:
        Progress.crawlers[getattr(spider, "site", "?")] = self.crawler
        if Progress.loop is None:
            Progress.started = time.monotonic()
            Progress.loop = task.LoopingCall(self.draw)
            Progress.loop.start(INTERVAL_S, now=False)

    def closed(self, spider: object) -> None:
        Progress.crawlers.pop(getattr(spider, "site", "?"), None)
        if not Progress.crawlers and Progress.loop is not None:
            Progress.loop.stop()
            Progress.loop = None
            self.stream.write("\r\033[K")
            self.stream.flush()

    def draw(self) -> None:
        pages = articles = errors = 0
        for crawler in Progress.crawlers.values():
            stats = crawler.stats.get_stats() if crawler.stats else {}
            pages += int(stats.get(PAGES_STAT, 0))
            articles += int(stats.get(WRITTEN_STAT, 0))
            errors += sum(int(v) for k, v in stats.items() if k.startswith(ERROR_PREFIX))
        rate = pages / max(time.monotonic() - Progress.started, 1e-6)
        sites = ", ".join(sorted(Progress.crawlers)) or "-"
        self.stream.write(f"\r\033[K{pages} pages ({rate:.1f}/s), {articles} articles, "
                          f"{errors} errors — {sites}")
        self.stream.flush()
