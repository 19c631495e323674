"""``Crawl-delay`` as a per-host floor that AutoThrottle and jitter cannot lower.

Scrapy's robots.txt parsers expose ``crawl_delay()`` but nothing applies it; AutoThrottle
rewrites the slot delay on every response and the default jitter can halve a gap. The
floor is read from each parsed robots.txt, set on the download slot with no jitter,
and re-applied after every AutoThrottle adjustment.

A ``Crawl-delay`` above ``MAX_CRAWL_DELAY`` is not honoured as asked: the outlet is
crawled at the cap, with one warning line, and its run report says what it asked
(``crawl_delay_capped``). Past a minute between requests a nightly run could not read
even an outlet's listings within its time limit.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.core.downloader import Slot
from scrapy.crawler import Crawler
from scrapy.extensions.throttle import AutoThrottle
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


class CrawlDelayFloors:
    """The floors learnt so far, per download slot (host)."""

    def __init__(self) -> None:
        self.by_slot: dict[str, float] = {}

    def apply(self, key: str, slot: Slot) -> None:
        floor = self.by_slot.get(key)
        if floor:
            slot.delay = max(slot.delay, floor)
            slot.jitter = 0.0


def floors_of(crawler: Crawler) -> CrawlDelayFloors:
    floors = getattr(crawler, "_newsarchive_floors", None)
    if floors is None:
        floors = CrawlDelayFloors()
        crawler._newsarchive_floors = floors  # type: ignore[attr-defined]
    return floors


class CrawlDelayFloor:
    """Reads ``Crawl-delay`` from each parsed robots.txt and floors the host's slot."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.floors = floors_of(crawler)
        self.user_agent = crawler.settings.get("USER_AGENT", "*")
        crawler.signals.connect(self.learn, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayFloor:
        return cls(crawler)

    def learn(self, robotparser: RobotParser, request: Request) -> None:
        asked = robotparser.crawl_delay(self.user_agent)
        if not asked:
            return
        key = request.meta.get("download_slot") or urlsplit(request.url).hostname or ""
        delay = min(float(asked), MAX_CRAWL_DELAY)
        self.floors.by_slot[key] = delay + SCHEDULING_MARGIN_S
        assert self.crawler.stats is not None
        self.crawler.stats.max_value(FLOOR_STAT, delay)
        if float(asked) > MAX_CRAWL_DELAY:
            self.crawler.stats.max_value(CAPPED_STAT, float(asked))
            logger.warning("%s asks for Crawl-delay %g s, more than the cap: crawled at %g s",
                           key, float(asked), MAX_CRAWL_DELAY)
        assert self.crawler.engine is not None
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is not None:
            self.floors.apply(key, slot)


class FlooredAutoThrottle(AutoThrottle):
    """AutoThrottle whose adjustments never go below a host's Crawl-delay."""

    def _adjust_delay(self, slot: Slot, latency: float, response: Response) -> None:
        super()._adjust_delay(slot, latency, response)
        assert self.crawler.engine is not None
        for key, candidate in self.crawler.engine.downloader.slots.items():
            if candidate is slot:
                floors_of(self.crawler).apply(key, slot)
                break
