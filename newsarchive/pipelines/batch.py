"""Run a function over items in batches, each caller awaiting its own item's result.

The archive's add is a few SQLite lookups and inserts plus a MinHash. Run once between
two pages' extractions it finds every cache cold; run over a batch of items back to back
it costs much less CPU (measured in ``benchmarks/crawl_speed.py``, see its README).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Batcher(Generic[Item, Result]):
    """Queues items; runs ``apply`` over the queue once it holds ``size`` items, or
    ``wait`` seconds after the first of them arrived, whichever comes first."""

    def __init__(self, apply: Callable[[Item], Result], size: int, wait: float) -> None:
        self.apply = apply
        self.size = size
        self.wait = wait
        self.queue: list[tuple[Item, asyncio.Future[Result]]] = []
        self.timer: asyncio.TimerHandle | None = None

    def submit(self, item: Item) -> asyncio.Future[Result]:
        """The future of ``apply(item)``: its result, or the exception it raised."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Result] = loop.create_future()
        self.queue.append((item, future))
        if len(self.queue) >= self.size:
            self.flush()
        elif self.timer is None:
            self.timer = loop.call_later(self.wait, self.flush)
        return future

    def flush(self) -> None:
        """Apply to every queued item now; the futures are settled after the last one,
        so the batch runs without other work in between."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        queue, self.queue = self.queue, []
        done: list[tuple[asyncio.Future[Result], Result]] = []
        failed: list[tuple[asyncio.Future[Result], Exception]] = []
        for item, future in queue:
            try:
                done.append((future, self.apply(item)))
            except Exception as error:  # handed to the item's own caller
                failed.append((future, error))
        for future, result in done:
            if not future.cancelled():
                future.set_result(result)
        for future, raised in failed:
            if not future.cancelled():
                future.set_exception(raised)
