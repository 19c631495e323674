"""``Crawl-delay`` as a per-host floor that AutoThrottle and jitter cannot lower.

Scrapy's robots.txt parsers expose ``crawl_delay()`` but nothing applies it; AutoThrottle
rewrites the slot delay on every response and the default jitter can halve a gap. The
floor is read from each parsed robots.txt, set on the download slot with no jitter,
and re-applied after every AutoThrottle adjustment (Scrapy's own AutoThrottle, unchanged).

A ``Crawl-delay`` above ``MAX_CRAWL_DELAY`` is not honoured as asked: the outlet is
crawled at the cap, with one warning line, and its run report says what it asked
(``crawl_delay_capped``). Past a minute between requests a nightly run could not read
even an outlet's listings within its time limit.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.robotstxt import RobotParser

from newsarchive.runreport import CAPPED_STAT

logger = logging.getLogger(__name__)

FLOOR_STAT = "newsarchive/crawl_delay/floor"
MAX_CRAWL_DELAY = 60.0
SCHEDULING_MARGIN_S = 0.1
"""Added to every floor: Scrapy stamps a slot's last send before the request leaves, and
the moment a request reaches the server wobbles by some ms with the load of either side.
A tenth of a second more than asked keeps every gap at or above the Crawl-delay."""


class CrawlDelayFloor:
    """Reads ``Crawl-delay`` from each parsed robots.txt and floors the host's slot.

    Scrapy's AutoThrottle sets a slot's delay in its ``response_downloaded`` handler. This
    extension is ordered after it in ``EXTENSIONS``, so its own handler for that signal is
    connected, and runs, after AutoThrottle's: it puts the floor back on the slot.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.by_slot: dict[str, float] = {}
        """The floors learnt so far, per download slot (host)."""
        self.user_agent = crawler.settings.get("USER_AGENT", "*")
        crawler.signals.connect(self.learn, signal=signals.robots_parsed)
        crawler.signals.connect(self.reapply, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayFloor:
        return cls(crawler)

    def learn(self, robotparser: RobotParser, request: Request) -> None:
        asked = robotparser.crawl_delay(self.user_agent)
        if not asked:
            return
        key = request.meta.get("download_slot") or urlsplit(request.url).hostname or ""
        delay = min(float(asked), MAX_CRAWL_DELAY)
        self.by_slot[key] = delay + SCHEDULING_MARGIN_S
        assert self.crawler.stats is not None
        self.crawler.stats.max_value(FLOOR_STAT, delay)
        if float(asked) > MAX_CRAWL_DELAY:
            self.crawler.stats.max_value(CAPPED_STAT, float(asked))
            logger.warning("%s asks for Crawl-delay %g s, more than the cap: crawled at %g s",
                           key, float(asked), MAX_CRAWL_DELAY)
        self._apply(key)

    def reapply(self, response: Response, request: Request) -> None:
        """After AutoThrottle's adjustment of the slot that fetched ``response``."""
        key = request.meta.get("download_slot")
        if key is not None:
            self._apply(key)

    def _apply(self, key: str) -> None:
        floor = self.by_slot.get(key)
        assert self.crawler.engine is not None
        slot = self.crawler.engine.downloader.slots.get(key)
        if floor and slot is not None:
            slot.delay = max(slot.delay, floor)
            slot.jitter = 0.0
