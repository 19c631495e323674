"""Refuse every request to a host that is not loopback when the crawl is offline.

On when ``NEWSARCHIVE_OFFLINE`` is true: the runner sets it for any crawl whose base URL
is loopback, and ``NEWSARCHIVE_OFFLINE=1`` in the environment sets it for every crawl,
so tests never touch the internet.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.statscollectors import StatsCollector

from newsarchive.runreport import REFUSED_STAT
from newsarchive.urls import is_loopback


class OfflineGuardMiddleware:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OfflineGuardMiddleware:
        if not crawler.settings.getbool("NEWSARCHIVE_OFFLINE"):
            raise NotConfigured
        return cls(crawler.stats)

    def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        if not is_loopback(host):
            self.stats.inc_value(REFUSED_STAT)
            raise IgnoreRequest(f"offline crawl: refused a request to {host!r}")
