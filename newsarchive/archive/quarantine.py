"""Lines recovery cannot trust are moved aside, never dropped: ``<file>.jsonl.quarantine``
beside their month file keeps their bytes, one per line, for whoever wants to look."""

from __future__ import annotations

import os
from pathlib import Path

from newsarchive.archive.writer import sync_folders, write_all

SUFFIX = ".quarantine"


def quarantine_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def quarantine(path: Path, lines: list[bytes]) -> Path:
    """Append ``lines`` (a torn one gets its newline) to the quarantine file of ``path``,
    durably: the caller removes them from ``path`` only after this returns."""
    target = quarantine_path(path)
    data = b"".join(raw if raw.endswith(b"\n") else raw + b"\n" for raw in lines)
    created = not target.exists()
    descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        write_all(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    if created:
        sync_folders(target.parent, target.parent)
    return target


def quarantine_files(root: Path) -> list[Path]:
    return sorted((root / "archive").rglob(f"*.jsonl{SUFFIX}"))


def count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)
