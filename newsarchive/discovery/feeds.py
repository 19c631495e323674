"""RSS 2.0 and Atom feeds: item links with their publication times."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from lxml import etree

from newsarchive.discovery.sitemaps import SitemapEntry
from newsarchive.extract.dates import FoundDate, parse_iso


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


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


def _item(node: etree._Element) -> SitemapEntry | None:
    link: str | None = None
    published: str | None = None
    for child in node:
        name = _local(child.tag)
        if name == "link" and link is None:
            link = (child.get("href") or child.text or "").strip() or None
        elif name in ("pubDate", "published", "updated", "date") and published is None:
            published = _published(child.text)
    return SitemapEntry(link, published=published) if link else None


def parse_feed(body: bytes) -> list[SitemapEntry]:
    """Entries of an RSS or Atom feed (link and publication time); [] when unreadable."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    items = [n for n in root.iter() if _local(n.tag) in ("item", "entry")]
    return [entry for entry in map(_item, items) if entry]
