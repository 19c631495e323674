"""A crawl stops promptly, whatever the delays it is honouring.

Scrapy closes a spider only once every request handed to the downloader is done, and a
request waiting for its host's download delay (a ``Crawl-delay``) or for a
``Retry-After`` is handed over already: with a long delay, Ctrl-C, SIGTERM and the run's
time limit would wait for it. When a spider starts closing, such waiting requests are
put back into the scheduler (which saves them with the job queue) and released at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from scrapy import Request, Spider, signals
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import Crawler

from newsarchive.spiders.failures import Requeued


class WaitingRequests:
    """Requests sleeping in a middleware (a ``Retry-After`` wait), per crawler."""

    def __init__(self) -> None:
        self.sleeping: dict[Request, asyncio.Future[None]] = {}

    async def sleep(self, request: Request, seconds: float) -> None:
        """Sleep ``seconds`` unless the spider closes first (then raise Requeued)."""
        loop = asyncio.get_running_loop()
        wake: asyncio.Future[None] = loop.create_future()
        timer = loop.call_later(seconds, _wake, wake)
        self.sleeping[request] = wake
        try:
            await wake
        finally:
            timer.cancel()
            self.sleeping.pop(request, None)

    def release(self, requeue: Callable[[Request], None]) -> None:
        for request, wake in list(self.sleeping.items()):
            requeue(request)
            if not wake.done():
                wake.set_exception(Requeued("spider closing: request put back"))


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def waiting_of(crawler: Crawler) -> WaitingRequests:
    waiting = getattr(crawler, "_newsarchive_waiting", None)
    if waiting is None:
        waiting = WaitingRequests()
        crawler._newsarchive_waiting = waiting  # type: ignore[attr-defined]
    return waiting


class PromptStop:
    """Wraps the engine's ``close_spider_async`` so that waiting requests are requeued
    and released before Scrapy waits for the requests in progress."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PromptStop:
        return cls(crawler)

    def opened(self, spider: Spider) -> None:
        engine = self.crawler.engine
        assert engine is not None
        close = engine.close_spider_async

        async def close_promptly(*, reason: str = "cancelled") -> None:
            if engine.spider is not None and not _closing(engine):
                _release_waiting(engine, waiting_of(self.crawler))
            await close(reason=reason)

        engine.close_spider_async = close_promptly  # type: ignore[method-assign]


def _closing(engine: ExecutionEngine) -> bool:
    slot = engine._slot  # Scrapy keeps the closing state on its private slot
    return slot is None or slot.closing is not None


def _release_waiting(engine: ExecutionEngine, waiting: WaitingRequests) -> None:
    def requeue(request: Request) -> None:
        engine.crawl(request.replace(dont_filter=True))

    for slot in engine.downloader.slots.values():
        slot.close()  # cancels the delayed call that would start the next download
        while slot.queue:
            request, deferred = slot.queue.popleft()
            requeue(request)
            deferred.errback(Requeued("spider closing: request put back"))
    waiting.release(requeue)

