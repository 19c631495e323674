"""Scrapy's crawling process, made to end: it remembers the signal that stopped it, holds
to a time limit, and forces a graceful stop that has not finished within a grace period.

Ctrl-C or SIGTERM closes every spider gracefully (finish reason ``shutdown``) and a second
one forces the stop, as in Scrapy; the time limit closes them with ``max_runtime``. Either
way, if the spiders have not closed ``STOP_GRACE_S`` seconds later, the reactor is
stopped (the archive pipeline still adds the items it holds).
"""

from __future__ import annotations

import logging
from types import FrameType
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_from_coro

logger = logging.getLogger(__name__)

STOP_GRACE_S = 60.0


class NewsProcess(CrawlerProcess):
    def __init__(self, settings: Settings, max_runtime: float | None = None) -> None:
        super().__init__(settings)
        self.max_runtime = max_runtime
        self.signal: int | None = None
        """The signal that stopped the run, if one did."""
        self.stop_reason: str | None = None
        """Why the run was stopped before its end: ``shutdown`` or ``max_runtime``."""

    def run(self) -> None:
        """Crawl until every spider has closed, the time limit or a signal."""
        if self.max_runtime is not None:
            _reactor().callLater(self.max_runtime, self._time_up)
        self.start()

    def _signal_shutdown(self, signum: int, frame: FrameType | None) -> None:
        if self.signal is None:
            self.signal, self.stop_reason = signum, "shutdown"
        super()._signal_shutdown(signum, frame)
        _reactor().callFromThread(self._force_later)

    def _time_up(self) -> None:
        logger.warning("time limit of %g s reached: stopping", self.max_runtime)
        self.stop_reason = self.stop_reason or "max_runtime"
        for crawler in self.crawlers:
            engine = crawler.engine
            if engine is not None and engine.spider is not None:
                deferred_from_coro(engine.close_spider_async(reason="max_runtime"))
        self._force_later()

    def _force_later(self) -> None:
        _reactor().callLater(STOP_GRACE_S, self._force)

    def _force(self) -> None:
        logger.warning("the crawl did not stop within %g s: forcing it", STOP_GRACE_S)
        self._stop_reactor()


def _reactor() -> Any:
    """The running reactor, imported late as Scrapy requires (untyped, as in pipelines)."""
    from twisted.internet import reactor

    return reactor
