"""Run ``newsarchive`` with the archive killed (SIGKILL) at an exact point, for crash tests.

Usage: ``python tests/crashing.py POINT ARGS...``, where POINT is ``open`` (once the
archive is open and recovered), ``mid-batch:N`` (once the N-th line is appended, before
its batch is synced) or ``before-commit:N`` (once the N-th batch is synced, before the
index commits). The archive's writer is replaced, in this process only, by one that
kills the process there; ARGS go to ``newsarchive``'s command line unchanged.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from newsarchive import cli
from newsarchive.archive import store
from newsarchive.archive.writer import ArchiveWriter, Placed


class CrashPoint:
    def __init__(self, spec: str) -> None:
        where, _, after = spec.partition(":")
        self.where, self.after, self.count = where, int(after or 1), 0

    def hit(self, where: str) -> None:
        if where == self.where:
            self.count += 1
            if self.count >= self.after:
                os.kill(os.getpid(), signal.SIGKILL)


def crashing_writer(point: CrashPoint) -> type[ArchiveWriter]:
    class CrashingWriter(ArchiveWriter):
        def __init__(self, root: Path) -> None:
            super().__init__(root)
            point.hit("open")

        def append(self, article: dict[str, Any]) -> Placed:
            placed = super().append(article)
            point.hit("mid-batch")
            return placed

        def sync(self) -> dict[str, int]:
            sizes = super().sync()
            point.hit("before-commit")
            return sizes

    return CrashingWriter


if __name__ == "__main__":
    store.ArchiveWriter = crashing_writer(CrashPoint(sys.argv[1]))  # type: ignore[attr-defined]
    raise SystemExit(cli.main(sys.argv[2:]))
