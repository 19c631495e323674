"""One writer per output root: a kernel ``flock`` on ``<root>/.lock``.

The kernel drops the lock when the process dies, so ``kill -9`` leaves no stale lock.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from newsarchive.errors import NewsarchiveError


class Locked(NewsarchiveError):
    """Another process holds the output root."""

    def __init__(self, root: Path, holder: str) -> None:
        super().__init__(f"{root} is locked by another run (PID {holder or 'unknown'})")
        self.holder = holder


class OutputLock:
    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.path = root / ".lock"
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self._fd, 32, 0).decode(errors="replace").strip()
            os.close(self._fd)
            raise Locked(root, holder) from None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode(), 0)

    def release(self) -> None:
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = -1
