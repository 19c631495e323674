"""Sitemaps and news sitemaps, with ``lastmod`` and ``news:publication_date``.

Scrapy's sitemap parser drops ``news:publication_date``, so sitemaps are read here.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field

from lxml import etree

from newsarchive.dates import parse_iso
from newsarchive.discovery.links import Link

MAX_SITEMAP_BYTES = 50 * 1024 * 1024


@dataclass
class Sitemap:
    is_index: bool = False
    entries: list[Link] = field(default_factory=list)


def local_name(tag: object) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _iso(text: str | None) -> str | None:
    found = parse_iso(text.strip()) if text and text.strip() else None
    return found.iso() if found else None


def _decompress(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        data = zlib.decompressobj(wbits=31).decompress(body, MAX_SITEMAP_BYTES)
    except (zlib.error, gzip.BadGzipFile):
        return b""
    return data


def _entry(node: etree._Element) -> Link | None:
    values: dict[str, str] = {}
    for child in node.iter():
        name = local_name(child.tag)
        if name in ("loc", "lastmod", "publication_date") and child.text:
            values.setdefault(name, child.text.strip())
    if not values.get("loc"):
        return None
    return Link(values["loc"], published=_iso(values.get("publication_date")),
                lastmod=_iso(values.get("lastmod")))


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap index or urlset; malformed XML gives an empty sitemap."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(_decompress(body), parser=parser)
    except etree.XMLSyntaxError:
        return Sitemap()
    if root is None:
        return Sitemap()
    sitemap = Sitemap(is_index=local_name(root.tag) == "sitemapindex")
    wanted = "sitemap" if sitemap.is_index else "url"
    for node in root:
        if local_name(node.tag) == wanted:
            entry = _entry(node)
            if entry:
                sitemap.entries.append(entry)
    return sitemap
