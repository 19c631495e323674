"""Refuse every request to a host that is not loopback when the crawl is offline.

On when ``NEWSARCHIVE_OFFLINE`` is true: set for any crawl whose base URL is loopback
and by ``NEWSARCHIVE_OFFLINE=1`` in the environment, so tests never touch the internet.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.statscollectors import StatsCollector

from newsarchive.runreport import REFUSED_STAT


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
