"""Sitemaps and news sitemaps, with ``lastmod`` and ``news:publication_date``.

Scrapy's sitemap parser drops ``news:publication_date``, so sitemaps are read here.
A sitemap is read as a stream: a gzip body is inflated piece by piece (at most
:data:`MAX_SITEMAP_BYTES`, the sitemaps.org limit) into lxml's pull parser, and each
entry is forgotten once read, so memory does not grow with the sitemap. Entities are
never resolved and nothing is fetched (no XXE, no entity expansion), a DOCTYPE is
dropped, and libxml2's default depth and text-size limits stay on (``huge_tree`` off).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field

from lxml import etree

from newsarchive.dates import parse_iso
from newsarchive.discovery.links import Link

MAX_SITEMAP_BYTES = 50 * 1024 * 1024
"""Decompressed bytes read from one sitemap (what sitemaps.org allows); the rest is
dropped and the sitemap counted as too large."""
CHUNK_BYTES = 256 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL)
"""A document type, which no sitemap needs: its entities could not expand (they are
never resolved), but libxml2 stops at an entity bomb and the entries after it would be
lost."""
_FIELDS = frozenset({"loc", "lastmod", "publication_date"})
MAX_BYTES_WITHOUT_ENTRY = 1024 * 1024
"""XML read past the last entry before the stream gives up (an entry takes < 2 KB)."""


@dataclass
class Sitemap:
    is_index: bool = False
    entries: list[Link] = field(default_factory=list)
    too_large: bool = False


def local_name(tag: object) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _iso(text: str | None) -> str | None:
    found = parse_iso(text.strip()) if text and text.strip() else None
    return found.iso() if found else None


class SitemapStream:
    """The entries of a sitemap index or urlset, read as they are iterated.

    ``is_index`` is known once the first entry is read; ``too_large`` once the stream
    ends: set when it stopped at :data:`MAX_SITEMAP_BYTES`, or after
    :data:`MAX_BYTES_WITHOUT_ENTRY` of XML without an entry (elements between entries
    are kept until the next one). Malformed XML ends the stream at the damage (entries
    before it are kept)."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self.is_index = False
        self.too_large = False

    def __iter__(self) -> Iterator[Link]:
        parser = etree.XMLPullParser(events=("end",), tag=("{*}url", "{*}sitemap"),
                                     resolve_entities=False, no_network=True, recover=True,
                                     huge_tree=False, load_dtd=False)
        since_entry = 0
        for number, chunk in enumerate(self._chunks()):
            if number == 0:
                chunk = _DOCTYPE.sub(b"", chunk, count=1)
            try:
                parser.feed(chunk)
            except etree.XMLSyntaxError:
                return
            found = list(self._entries(parser))
            since_entry = 0 if found else since_entry + len(chunk)
            if since_entry > MAX_BYTES_WITHOUT_ENTRY:
                self.too_large = True
                return
            yield from found
        with suppress(etree.XMLSyntaxError):
            parser.close()
        yield from self._entries(parser)

    def _chunks(self) -> Iterator[bytes]:
        """The body in pieces, inflated when it is gzip; at most MAX_SITEMAP_BYTES."""
        body, read = memoryview(self._body), 0
        inflater = zlib.decompressobj(wbits=31) if self._body[:2] == b"\x1f\x8b" else None
        while body or (inflater is not None and not inflater.eof):
            if inflater is None:
                chunk, body = bytes(body[:CHUNK_BYTES]), body[CHUNK_BYTES:]
            else:
                try:
                    chunk = inflater.decompress(body, CHUNK_BYTES)
                except zlib.error:
                    return
                body = memoryview(inflater.unconsumed_tail)
                if not chunk and not body:
                    return
            read += len(chunk)
            if read > MAX_SITEMAP_BYTES:
                self.too_large = True
                return
            yield chunk

    def _entries(self, parser: etree.XMLPullParser) -> Iterator[Link]:
        for _, node in parser.read_events():
            if not isinstance(node, etree._Element):
                continue
            root = node.getparent()
            if root is None or root.getparent() is not None:
                continue  # not an entry of the root (a nested url), or the root itself
            self.is_index = local_name(root.tag) == "sitemapindex"
            entry = _link(node) if local_name(node.tag) == ("sitemap" if self.is_index
                                                            else "url") else None
            node.clear()
            while node.getprevious() is not None:  # forget the entries (and junk) before
                del root[0]
            if entry is not None:
                yield entry


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
