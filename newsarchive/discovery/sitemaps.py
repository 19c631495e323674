"""Sitemaps and news sitemaps, with ``lastmod`` and ``news:publication_date``.

Scrapy's sitemap parser drops ``news:publication_date``, so sitemaps are read here.
A sitemap is read as a stream (:mod:`newsarchive.discovery.xmlstream`): a gzip body is
inflated piece by piece, at most :data:`MAX_SITEMAP_BYTES` (the sitemaps.org limit),
and each entry is forgotten once read, so memory does not grow with the sitemap.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from newsarchive.dates import parse_iso
from newsarchive.discovery.links import Link
from newsarchive.discovery.xmlstream import EntryStream, chunked, local_name

MAX_SITEMAP_BYTES = 50 * 1024 * 1024
"""Decompressed bytes read from one sitemap (what sitemaps.org allows); the rest is
dropped and the sitemap counted as too large."""
CHUNK_BYTES = 256 * 1024
_FIELDS = frozenset({"loc", "lastmod", "publication_date"})


@dataclass
class Sitemap:
    is_index: bool = False
    entries: list[Link] = field(default_factory=list)
    too_large: bool = False


def _iso(text: str | None) -> str | None:
    found = parse_iso(text.strip()) if text and text.strip() else None
    return found.iso() if found else None


class SitemapStream:
    """The entries of a sitemap index or urlset, read as they are iterated.

    ``is_index`` is known once the first entry is read; ``too_large`` once the stream
    ends: set when it stopped at :data:`MAX_SITEMAP_BYTES`, or after a megabyte of XML
    without an entry."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self.is_index = False
        self.too_large = False

    def __iter__(self) -> Iterator[Link]:
        stream = EntryStream(self._chunks(), ("url", "sitemap"))
        for node in stream:
            root = node.getparent()
            if root is None or root.getparent() is not None:
                continue  # a url nested deeper than the root's children
            self.is_index = local_name(root.tag) == "sitemapindex"
            if local_name(node.tag) == ("sitemap" if self.is_index else "url"):
                entry = _link(node)
                if entry is not None:
                    yield entry
        self.too_large = self.too_large or stream.stopped_early

    def _chunks(self) -> Iterator[bytes]:
        """The body in pieces, inflated when it is gzip; at most MAX_SITEMAP_BYTES."""
        if self._body[:2] != b"\x1f\x8b":
            yield from chunked(self._body[:MAX_SITEMAP_BYTES], CHUNK_BYTES)
            self.too_large = len(self._body) > MAX_SITEMAP_BYTES
            return
        inflater, pending, read = zlib.decompressobj(wbits=31), self._body, 0
        while not inflater.eof:
            try:
                chunk = inflater.decompress(pending, CHUNK_BYTES)
            except zlib.error:
                return
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                return
            read += len(chunk)
            if read > MAX_SITEMAP_BYTES:
                self.too_large = True
                return
            yield chunk


def _link(node: etree._Element) -> Link | None:
    values: dict[str, str] = {}
    for child in node.iter():
        name = local_name(child.tag)
        if name in _FIELDS and child.text:
            values.setdefault(name, child.text.strip())
    if not values.get("loc"):
        return None
    return Link(values["loc"], published=_iso(values.get("publication_date")),
                lastmod=_iso(values.get("lastmod")))


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap index or urlset, read whole; malformed XML gives the entries before it."""
    stream = SitemapStream(body)
    entries = list(stream)
    return Sitemap(is_index=stream.is_index, entries=entries, too_large=stream.too_large)
