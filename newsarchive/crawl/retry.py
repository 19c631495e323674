"""Retries that honour ``Retry-After`` on 429 and 503 responses."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from time import time

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

from newsarchive.crawl.stopping import WaitingRequests, waiting_of

MAX_RETRY_AFTER = 120.0
WAIT_META = "newsarchive_retry_after"


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - time())
    except (TypeError, ValueError, IndexError):
        return None


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting what the server asks before retrying a 429/503."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if response.status not in (429, 503) or wait is None or request.meta.get("dont_retry"):
            return super().process_response(request, response)
        if wait > MAX_RETRY_AFTER:
            return response
        retry = self._retry(request, f"{response.status} Retry-After {wait:g}s")
        if retry is None:
            return response
        retry.meta[WAIT_META] = wait
        return retry


class RetryAfterWaitMiddleware:
    """Holds a retried request back for the ``Retry-After`` its server asked for (or
    until the spider closes: see :mod:`newsarchive.crawl.stopping`)."""

    def __init__(self, waiting: WaitingRequests) -> None:
        self.waiting = waiting

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterWaitMiddleware:
        return cls(waiting_of(crawler))

    async def process_request(self, request: Request) -> None:
        wait = request.meta.pop(WAIT_META, None)
        if wait:
            await self.waiting.sleep(request, float(wait))
