"""A one-line progress display with an ETA, on a terminal only."""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from typing import TextIO

INTERVAL = 0.5


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = self.stream.isatty()
        self.total = total
        self.done = 0
        self.started = self.last = time.monotonic()

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.shown and (now - self.last >= INTERVAL or self.done == self.total):
            self.last = now
            self.stream.write(f"\r{self.line(now)}\033[K")
            self.stream.flush()

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        left = (self.total - self.done) / rate if rate else 0.0
        share = 100 * self.done // max(self.total, 1)
        return (f"reparse: {self.done:,}/{self.total:,} ({share} %), {rate:,.0f}/s, "
                f"ETA {timedelta(seconds=round(left))}")

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
