"""Scrapy's scheduler, whose disk queue may fail without stopping or wedging the crawl.

A disk queue that cannot be read, pushed to or popped from (a torn file, a full disk)
makes Scrapy's scheduler raise on every turn of the engine, for ever. Here the failure
is logged once, the disk queue and the seen requests are dropped, and the crawl goes
on in memory from the spider's entry points again (``entry_requests()``), so what the
lost queue held is found again in this run; the job folder is discarded when the run
ends (:mod:`newsarchive.crawl.jobs`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from scrapy import Request
from scrapy.core.scheduler import Scheduler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.pqueues import ScrapyPriorityQueue
from twisted.internet.defer import Deferred

from newsarchive.crawl.jobs import BROKEN_STAT

logger = logging.getLogger(__name__)
T = TypeVar("T")


class SafeScheduler(Scheduler):
    def _guarded(self, operation: str, call: Callable[[], T], fallback: T) -> T:
        try:
            return call()
        except Exception as error:  # whatever a damaged queue file raises
            self._drop_disk_queue(operation, error)
            return fallback

    def _drop_disk_queue(self, operation: str, error: Exception) -> None:
        logger.warning("job queue %s failed (%s: %s); continuing in memory",
                       operation, type(error).__name__, error)
        assert self.stats is not None and self.crawler is not None
        self.stats.set_value(BROKEN_STAT, 1)
        self.dqs = None
        self.df.close("job queue failed")
        self.df = RFPDupeFilter(fingerprinter=self.crawler.request_fingerprinter)
        for request in getattr(self.spider, "entry_requests", list)():
            self.enqueue_request(request)

    def _dq(self) -> ScrapyPriorityQueue:
        queue: ScrapyPriorityQueue | None = self._guarded("read", super()._dq, None)
        return queue  # type: ignore[return-value]  # None: no disk queue, as Scrapy allows

    def _dqpush(self, request: Request) -> bool:
        return self._guarded("push", lambda: super(SafeScheduler, self)._dqpush(request),
                             False)

    def _dqpop(self) -> Request | None:
        return self._guarded("pop", super()._dqpop, None)

    def __len__(self) -> int:
        return self._guarded("count", super().__len__, len(self.mqs))

    def close(self, reason: str) -> Deferred[None] | None:
        if self.dqs is not None:
            self._guarded("save", self._save_disk_queue, None)
            self.dqs = None
        return self.df.close(reason)

    def _save_disk_queue(self) -> None:
        assert self.dqs is not None and self.dqdir is not None
        self._write_dqs_state(self.dqdir, self.dqs.close())
