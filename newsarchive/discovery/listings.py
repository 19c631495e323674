"""Links on home and category pages: articles (with dates when printed), next pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from newsarchive.dates import parse_visible
from newsarchive.discovery.addresses import SiteAddress
from newsarchive.discovery.links import Link
from newsarchive.dom import HtmlElement, text_of

_NEXT_TEXT = re.compile(r"^(?:›|»|>|>>|trang sau|tiếp|sau|next|xem thêm)$", re.IGNORECASE)
_PAGE_IN_URL = re.compile(
    r"(?:[?&](?:page|p|trang)=(\d+))|(?:/(?:trang|page)[-/](\d+))|(?:-p(\d+))(?:\.html)?$"
)
_ITEM_LEVELS = 3


@dataclass
class Listing:
    articles: list[Link] = field(default_factory=list)
    next_page: str | None = None
    sections: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)


def _item_date(link: HtmlElement) -> str | None:
    """A date printed in the listing item around the link (never a neighbour item's)."""
    node: HtmlElement | None = link
    for _ in range(_ITEM_LEVELS):
        node = node.getparent() if node is not None else None
        if node is None or len({a.get("href") for a in node.iter("a")}) > 1:
            return None
        text = text_of(node)
        if len(text) > 600:
            return None
        found = parse_visible(text)
        if found:
            return found.iso()
    return None


def _page_number(url: str) -> int | None:
    match = _PAGE_IN_URL.search(url)
    return int(next(g for g in match.groups() if g)) if match else None


def _next_page(root: HtmlElement, page_url: str) -> str | None:
    for link in root.iter("a", "link"):
        if "next" in (link.get("rel") or "").lower().split() and link.get("href"):
            return urljoin(page_url, str(link.get("href")))
    current = _page_number(page_url) or 1
    for link in root.iter("a"):
        href = link.get("href")
        if not href:
            continue
        absolute = urljoin(page_url, str(href))
        if _page_number(absolute) == current + 1 or (
                _NEXT_TEXT.match(text_of(link)) and _page_number(absolute)):
            return absolute
    return None


def _is_section(url: str) -> bool:
    """A one-segment path that is not a file (called for URLs that are not articles)."""
    path = urlsplit(url).path.strip("/")
    return bool(path) and "/" not in path \
        and not path.endswith((".xml", ".rss", ".jpg", ".png", ".pdf"))


def read_listing(root: HtmlElement, page_url: str, address: SiteAddress) -> Listing:
    """Article links in page order (each once), the next page and section links."""
    listing = Listing(next_page=_next_page(root, page_url))
    seen: set[str] = set()
    own_host = urlsplit(page_url).hostname or ""
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(page_url, href).split("#")[0]
        host = urlsplit(url).hostname or ""
        if url in seen or not (host == own_host or address.is_outlet_host(host)):
            continue
        seen.add(url)
        if address.is_article_url(url):
            listing.articles.append(Link(url, _item_date(link)))
        elif _is_section(url):
            listing.sections.append(url)
    for link in root.iter("link"):
        kind = (link.get("type") or "").lower()
        if "alternate" in (link.get("rel") or "").lower() and ("rss" in kind or "atom" in kind):
            listing.feeds.append(urljoin(page_url, link.get("href", "")))
    return listing
