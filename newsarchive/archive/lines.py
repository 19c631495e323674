"""Which bytes of a JSONL file are archived Articles.

A line is trusted only when it is complete (ends with a newline), parses as a JSON object
with the keys the index needs, and belongs in the file it is in (its site and month).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from newsarchive.archive.layout import month_file

_TEXT_KEYS = ("id", "url", "canonical_url", "site", "headline", "body")


@dataclass(frozen=True)
class Line:
    offset: int
    raw: bytes
    article: dict[str, Any] | None
    """None when the line cannot be trusted."""

    @property
    def key(self) -> tuple[str, int]:
        assert self.article is not None
        return self.article["id"], self.article["revision"]


def article_of(raw: bytes, relative: str) -> dict[str, Any] | None:
    """The Article on a complete line of the file ``relative``, or None."""
    if not raw.endswith(b"\n"):
        return None
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(value, dict) or not _well_formed(value):
        return None
    return value if month_file(value["site"], value.get("published_at")) == relative else None


def _well_formed(value: dict[str, Any]) -> bool:
    revision, published = value.get("revision"), value.get("published_at")
    return (all(isinstance(value.get(key), str) for key in _TEXT_KEYS)
            and bool(value["id"]) and bool(value["site"])
            and type(revision) is int and revision >= 1
            and (published is None or isinstance(published, str)))


def split_lines(data: bytes, base: int = 0) -> Iterator[tuple[int, bytes]]:
    """(offset, bytes) of each line of ``data``, read from offset ``base`` of a file; the
    last one lacks its newline when the data ends mid-line."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        yield base + start, data[start:end]
        start = end


def read_lines(data: bytes, relative: str, base: int = 0) -> list[Line]:
    return [Line(offset, raw, article_of(raw, relative))
            for offset, raw in split_lines(data, base)]


def read_at(root: Path, place: tuple[str, int, int]) -> bytes:
    """The bytes at an index place: (file relative to ``root``, offset, length)."""
    file, offset, length = place
    with (root / file).open("rb") as handle:
        handle.seek(offset)
        return handle.read(length)


def read_line(root: Path, place: tuple[str, int, int]) -> dict[str, Any]:
    """The archived line at an index place, parsed."""
    line: dict[str, Any] = orjson.loads(read_at(root, place))
    return line
