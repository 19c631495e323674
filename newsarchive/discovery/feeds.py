"""RSS 2.0 and Atom feeds: item links with their publication times."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from lxml import etree

from newsarchive.dates import FoundDate, parse_iso
from newsarchive.discovery.links import Link
from newsarchive.discovery.sitemaps import CHUNK_BYTES
from newsarchive.discovery.xmlstream import EntryStream, chunked, local_name

_TIME_TAGS = frozenset({"pubDate", "published", "updated", "date"})


def _rfc822(text: str) -> str | None:
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if value.tzinfo is None:
        return None
    return FoundDate(value, "second", text).iso()


def _published(text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    found = parse_iso(text.strip())
    return found.iso() if found else _rfc822(text.strip())


def _article_link(node: etree._Element) -> str | None:
    """RSS ``<link>`` text, or the Atom ``<link>`` that is the article (not self/enclosure)."""
    for child in node:
        if local_name(child.tag) != "link":
            continue
        rel = (child.get("rel") or "alternate").lower()
        href = (child.get("href") or child.text or "").strip()
        if href and rel == "alternate":
            return href
    return None


def _item(node: etree._Element) -> Link | None:
    times = {local_name(c.tag): c.text for c in node if local_name(c.tag) in _TIME_TAGS}
    link = _article_link(node)
    if not link:
        return None
    published = _published(times.get("pubDate") or times.get("published") or times.get("date"))
    return Link(link, published=published, lastmod=_published(times.get("updated")))


def read_feed(body: bytes) -> tuple[list[Link], bool]:
    """Entries of an RSS or Atom feed (link and publication time), read as a stream
    (bounded memory, entities never resolved), and whether it was given up early as
    too large (a megabyte of XML without an entry)."""
    items = EntryStream(chunked(body, CHUNK_BYTES), ("item", "entry"))
    entries = [entry for entry in map(_item, items) if entry]
    return entries, items.stopped_early


def parse_feed(body: bytes) -> list[Link]:
    """The entries of :func:`read_feed`; [] when unreadable."""
    return read_feed(body)[0]
