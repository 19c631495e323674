"""Test-side fault injection for the archive's JSONL and WARC writes: short writes, and a
disk that fills up and later frees space. Nothing in the package knows about it:
``os.write`` is replaced for file descriptors open on ``*.jsonl`` and ``*.warc.gz`` files
under one folder.

In-process: ``DiskFaults(root, ...).install(monkeypatch)``. As a command, for a crawl in a
subprocess: ``python tests/faults.py ROOM -- crawl --out DIR ...`` runs ``newsarchive`` with
a disk that takes ROOM more bytes of JSONL under DIR, then refuses every write.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest


class DiskFaults:
    def __init__(self, root: Path, short: int | None = None, room: int | None = None) -> None:
        self.root = str(root.resolve())
        self.short = short
        """At most this many bytes per write (a short write), when set."""
        self.room = room
        """Bytes the disk still takes (then ENOSPC); None: no limit."""
        self.refused = 0
        self.short_writes = 0
        self._write = os.write

    def install(self, monkeypatch: pytest.MonkeyPatch) -> DiskFaults:
        monkeypatch.setattr(os, "write", self.write)
        return self

    def free(self) -> None:
        self.room = None

    def _is_archive_file(self, descriptor: int) -> bool:
        try:
            target = os.readlink(f"/proc/self/fd/{descriptor}")
        except OSError:
            return False
        return target.startswith(self.root) and target.endswith((".jsonl", ".warc.gz"))

    def write(self, descriptor: int, data: bytes | memoryview) -> int:
        if not self._is_archive_file(descriptor):
            return self._write(descriptor, data)
        size = len(data) if self.short is None else min(len(data), self.short)
        if self.room is not None:
            if self.room == 0:
                self.refused += 1
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            size = min(size, self.room)
        written = self._write(descriptor, data[:size])
        self.short_writes += written < len(data)
        if self.room is not None:
            self.room -= written
        return written


def main(argv: list[str]) -> int:
    room, separator, *args = argv
    assert separator == "--"
    out = Path(args[args.index("--out") + 1])
    os.write = DiskFaults(out, short=4096, room=int(room)).write

    from newsarchive.cli import main as newsarchive

    return newsarchive(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
