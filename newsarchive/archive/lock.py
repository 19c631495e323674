"""One writer per output root: a kernel ``flock`` on the root folder itself.

The kernel drops the lock when the process dies, so ``kill -9`` leaves no stale lock; and
as the lock is on the folder, deleting ``<root>/.lock`` (which only names the holder's PID)
does not let a second writer in.
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
        self._fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise Locked(root, self._holder()) from None
        self.path.write_text(f"{os.getpid()}\n", encoding="ascii")

    def _holder(self) -> str:
        try:
            return self.path.read_text(encoding="ascii", errors="replace").strip()[:32]
        except OSError:
            return ""

    def release(self) -> None:
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = -1
