"""The archive pipeline's batcher: each caller gets its own item's result, in batches."""

from __future__ import annotations

import asyncio

import pytest

from newsarchive.pipelines.batch import Batcher


class Recorder:
    """``apply`` for the batcher: doubles a number, refuses negative ones, logs calls."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, number: int) -> int:
        self.calls.append(number)
        if number < 0:
            raise ValueError(f"negative: {number}")
        return 2 * number


def test_a_full_batch_runs_at_once_and_each_caller_gets_its_own_result() -> None:
    recorder = Recorder()

    async def run() -> list[int]:
        batcher = Batcher(recorder, size=3, wait=60)
        futures = [batcher.submit(n) for n in (1, 2)]
        assert recorder.calls == []  # not full, and the timer is a minute away
        futures.append(batcher.submit(3))
        assert recorder.calls == [1, 2, 3]
        assert batcher.timer is None
        return list(await asyncio.gather(*futures))

    assert asyncio.run(run()) == [2, 4, 6]


def test_a_partial_batch_runs_when_its_first_item_has_waited_long_enough() -> None:
    recorder = Recorder()

    async def run() -> tuple[int, float]:
        batcher = Batcher(recorder, size=100, wait=0.05)
        loop = asyncio.get_running_loop()
        started = loop.time()
        result = await batcher.submit(5)
        return result, loop.time() - started

    result, waited = asyncio.run(run())
    assert result == 10
    assert 0.04 <= waited < 5


def test_an_error_reaches_only_the_caller_of_its_item() -> None:
    recorder = Recorder()

    async def run() -> list[int | BaseException]:
        batcher = Batcher(recorder, size=3, wait=60)
        futures = [batcher.submit(n) for n in (1, -1, 3)]
        return list(await asyncio.gather(*futures, return_exceptions=True))

    first, failed, last = asyncio.run(run())
    assert (first, last) == (2, 6)
    assert isinstance(failed, ValueError) and str(failed) == "negative: -1"


def test_flush_runs_what_is_queued_and_cancels_the_timer() -> None:
    recorder = Recorder()

    async def run() -> int:
        batcher = Batcher(recorder, size=100, wait=60)
        future = batcher.submit(4)
        timer = batcher.timer
        assert timer is not None
        batcher.flush()
        assert timer.cancelled() and batcher.timer is None and batcher.queue == []
        return await future

    assert asyncio.run(run()) == 8
    assert recorder.calls == [4]


def test_a_cancelled_caller_does_not_stop_the_batch() -> None:
    recorder = Recorder()

    async def run() -> int:
        batcher = Batcher(recorder, size=2, wait=60)
        abandoned = batcher.submit(1)
        abandoned.cancel()
        return await batcher.submit(2)

    assert asyncio.run(run()) == 4
    assert recorder.calls == [1, 2]


@pytest.mark.parametrize("size", [1, 2])
def test_batches_of_any_size_keep_the_order_of_submission(size: int) -> None:
    recorder = Recorder()

    async def run() -> None:
        batcher = Batcher(recorder, size=size, wait=60)
        futures = [batcher.submit(n) for n in range(6)]
        batcher.flush()
        await asyncio.gather(*futures)

    asyncio.run(run())
    assert recorder.calls == list(range(6))
