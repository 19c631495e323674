"""``manifest.json`` beside an export: what each partition was made from, so a second
export rewrites only the partitions whose archive file (size, mtime), whose revisions
elsewhere or whose options changed."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Written:
    """One exported partition."""

    fingerprint: str
    source: str
    articles: int
    participants: int
    first_day: str | None
    last_day: str | None


def fingerprint(source: Path, options: dict[str, Any], superseded: set[tuple[str, int]]) -> str:
    """What the partition depends on: the file's size and mtime, the options, and the
    lines of the file that later revisions replace."""
    stat = source.stat()
    facts = [stat.st_size, stat.st_mtime_ns, options, sorted(superseded)]
    return hashlib.sha1(orjson.dumps(facts, option=orjson.OPT_SORT_KEYS)).hexdigest()


def load(dest: Path) -> dict[str, Written]:
    path = dest / MANIFEST
    if not path.exists():
        return {}
    data = orjson.loads(path.read_bytes())
    return {key: Written(**value) for key, value in data.get("partitions", {}).items()}


def save(dest: Path, header: dict[str, Any], partitions: dict[str, Written]) -> None:
    data = {**header, "partitions": {k: asdict(v) for k, v in sorted(partitions.items())}}
    temporary = dest / (MANIFEST + ".tmp")
    temporary.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    temporary.replace(dest / MANIFEST)
