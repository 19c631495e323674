"""Entries of an XML document read as a stream, in bounded memory.

The document goes to lxml's pull parser a chunk at a time; each entry element is handed
over, then cleared with everything before it, so memory does not grow with the
document. Entities are never resolved and nothing is fetched (no XXE, no expansion); a
DOCTYPE, which no sitemap or feed needs, is dropped (libxml2 stops at an entity bomb
even unresolved, losing every entry after it); libxml2's depth and text-size limits
stay on (``huge_tree`` off).
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator
from contextlib import suppress

from lxml import etree

MAX_BYTES_WITHOUT_ENTRY = 1024 * 1024
"""XML read past the last entry before the stream gives up (an entry takes < 2 KB)."""
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL)


def local_name(tag: object) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class EntryStream:
    """The elements named ``tags`` (any namespace), in document order.

    Malformed XML ends the stream at the damage (entries before it are kept);
    :data:`MAX_BYTES_WITHOUT_ENTRY` of XML without an entry ends it and sets
    ``stopped_early``."""

    def __init__(self, chunks: Iterable[bytes], tags: tuple[str, ...]) -> None:
        self._chunks = chunks
        self._tags = tuple(f"{{*}}{tag}" for tag in tags)
        self.stopped_early = False

    def __iter__(self) -> Iterator[etree._Element]:
        parser = etree.XMLPullParser(events=("end",), tag=self._tags, resolve_entities=False,
                                     no_network=True, recover=True, huge_tree=False,
                                     load_dtd=False)
        since_entry = 0
        for number, chunk in enumerate(self._chunks):
            try:
                parser.feed(_DOCTYPE.sub(b"", chunk, count=1) if number == 0 else chunk)
            except etree.XMLSyntaxError:
                return
            found = yield from _handed_over(parser)
            since_entry = 0 if found else since_entry + len(chunk)
            if since_entry > MAX_BYTES_WITHOUT_ENTRY:
                self.stopped_early = True
                return
        with suppress(etree.XMLSyntaxError):
            parser.close()
        yield from _handed_over(parser)


def _handed_over(parser: etree.XMLPullParser) -> Generator[etree._Element, None, int]:
    """Each element read so far, then forgotten with what came before it; returns how
    many there were."""
    count = 0
    for _, node in parser.read_events():
        if not isinstance(node, etree._Element):
            continue
        count += 1
        yield node
        node.clear()
        parent = node.getparent()
        while parent is not None and node.getprevious() is not None:
            del parent[0]
    return count


def chunked(body: bytes, size: int) -> Iterator[bytes]:
    view = memoryview(body)
    for start in range(0, len(body), size):
        yield bytes(view[start:start + size])
