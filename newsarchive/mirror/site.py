"""Request routing for one mirrored site: which page a path names, with faults applied.

Pages are rendered lazily and their bytes cached; nothing here touches sockets.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qs

from newsarchive.mirror import faults, feeds
from newsarchive.mirror.catalog import SiteCatalog
from newsarchive.mirror.faults import Attempts, FaultSpec
from newsarchive.mirror.templates import template_for
from newsarchive.mirror.templates.common import (
    ArticlePage,
    Link,
    ListingPage,
    SiteInfo,
    not_found_page,
    search_page,
)
from newsarchive.mirror.templates.furniture import TEASERS
from newsarchive.mirror.urls import (
    CATEGORY_NAMES,
    PAGE_SIZE,
    SEARCH_PATH,
    category_path,
    parse_category,
)

HTML = "text/html; charset=utf-8"
HOME_SIZE = 30
PAGE_CACHE = 4096
"""Rendered pages kept (article pages weigh about 80 KB)."""
_MONTH_SITEMAP = re.compile(r"^/sitemaps/(\d{4}-\d{2})\.xml$")
_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP////////////////////////////////////////////////////"
    "//////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="
)
_PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    stream_size: int = 0
    """When positive, the body is ``stream_size`` bytes of filler sent in chunks."""


class MirrorSite:
    """Everything one site serves, bound to the address it is served at."""

    def __init__(
        self,
        catalog: SiteCatalog,
        base: str,
        crawl_delay: float = 0.0,
        fault_spec: FaultSpec | None = None,
        slow_seconds: float = 2.0,
    ) -> None:
        self.catalog = catalog
        self.base = base.rstrip("/")
        self.crawl_delay = crawl_delay
        self.fault_spec = fault_spec or FaultSpec()
        self.slow_seconds = slow_seconds
        self.attempts = Attempts()
        self.info = SiteInfo(catalog.outlet, feeds.feed_path(catalog))
        self.template = template_for(catalog.outlet.family)
        self.article_bytes = lru_cache(maxsize=PAGE_CACHE)(self._article_bytes)
        self.listing_bytes = lru_cache(maxsize=PAGE_CACHE)(self._listing_bytes)
        self.static_bytes = lru_cache(maxsize=None)(self._static_bytes)

    @property
    def site(self) -> str:
        return self.catalog.outlet.id

    def handle(self, target: str) -> Response:
        """The response to a GET of ``target`` (path and query)."""
        path, _, query = target.partition("?")
        static = self._static(path)
        if static is not None:
            return static
        if path.startswith(SEARCH_PATH):
            term = parse_qs(query).get("q", [""])[0]
            return Response(200, HTML, search_page(self.info, term).encode())
        if path.startswith("/images/") and path.endswith(".jpg"):
            return Response(200, "image/jpeg", _JPEG)
        listing = parse_category(self.catalog.outlet, path, query)
        if listing is not None:
            body = self.listing_bytes(*listing)
            return Response(200, HTML, body) if body is not None else self.not_found()
        index = self.catalog.find(path)
        if index is None:
            index = self.catalog.find_alias(path)
        if index is None:
            return self.not_found()
        return self._article(index, target)

    def not_found(self) -> Response:
        return Response(404, HTML, not_found_page(self.info).encode())

    def fault_of(self, index: int) -> str | None:
        """The fault assigned to article ``index`` (whatever the attempt)."""
        return faults.fault_for(
            self.fault_spec, self.catalog.config.seed, self.site, self.catalog.stub(index).path
        )

    def _static(self, path: str) -> Response | None:
        kinds = {
            "/": HTML,
            "/robots.txt": "text/plain; charset=utf-8",
            "/sitemap.xml": "application/xml",
            "/sitemaps/news.xml": "application/xml",
            self.info.rss_path: "application/rss+xml; charset=utf-8",
        }
        if path in kinds:
            return Response(200, kinds[path], self.static_bytes(path))
        match = _MONTH_SITEMAP.match(path)
        if match and self.catalog.month(match.group(1)) is not None:
            return Response(200, "application/xml", self.static_bytes(path))
        return None

    def _static_bytes(self, path: str) -> bytes:
        catalog, base = self.catalog, self.base
        if path == "/":
            return self._home().encode()
        if path == "/robots.txt":
            return feeds.robots(base, self.crawl_delay).encode()
        if path == "/sitemap.xml":
            return feeds.sitemap_index(catalog, base).encode()
        if path == "/sitemaps/news.xml":
            return feeds.news_sitemap(catalog, base).encode()
        if path == self.info.rss_path:
            return feeds.rss(catalog, base).encode()
        month = catalog.month(path.removeprefix("/sitemaps/").removesuffix(".xml"))
        return feeds.month_sitemap(catalog, base, month or range(0)).encode()

    def _article(self, index: int, target: str) -> Response:
        canonical = self.catalog.stub(index).path
        attempt = self.attempts.next(self.site, canonical)
        kind = faults.active(self.fault_of(index), attempt)
        if kind is None or kind == "slow":
            delay = self.slow_seconds if kind == "slow" else 0.0
            return Response(200, HTML, self.article_bytes(index), delay=delay)
        return self._fault(kind, target)

    def _fault(self, kind: str, target: str) -> Response:
        if kind == "500":
            return Response(
                500, HTML, b"<html><body><h1>500 Internal Server Error</h1></body></html>"
            )
        if kind == "503-retry-after":
            return Response(
                503,
                HTML,
                b"<html><body><h1>503 Service Unavailable</h1></body></html>",
                headers=(("Retry-After", "1"),),
            )
        if kind == "redirect-offsite":
            port = self.base.rsplit(":", 1)[-1]
            location = f"http://{faults.OFFSITE_HOST}:{port}{target}"
            return Response(302, HTML, b"", headers=(("Location", location),))
        if kind == "nonhtml":
            return Response(200, "application/pdf", _PDF)
        if kind == "oversize":
            return Response(200, HTML, stream_size=faults.OVERSIZE_BYTES)
        return self.not_found()

    def _article_bytes(self, index: int) -> bytes:
        catalog = self.catalog
        article = catalog.article(index)
        related = tuple(self._link(i) for i in article.related)
        teasers = tuple(self._link(i) for i in range(index - 1, max(index - TEASERS, 0) - 1, -1))
        section = CATEGORY_NAMES[article.stub.category]
        page = ArticlePage(self.info, article, section, related, teasers)
        return self.template.article(page).encode()

    def _listing_bytes(self, category: str, page: int) -> bytes | None:
        outlet = self.catalog.outlet
        indices = self.catalog.category_indices(category)
        size = PAGE_SIZE[outlet.family]
        pages = max(1, -(-len(indices) // size))
        if page > pages:
            return None
        chosen = indices[(page - 1) * size : page * size]
        links = tuple(self._link(i, listing=True) for i in chosen)
        paths = tuple(category_path(outlet, category, n) for n in range(1, pages + 1))
        listing = ListingPage(
            self.info, CATEGORY_NAMES[category], paths[page - 1], category, links, page, paths
        )
        return self.template.listing(listing).encode()

    def _home(self) -> str:
        links = tuple(self._link(i) for i in self.catalog.newest(HOME_SIZE))
        return self.template.listing(
            ListingPage(self.info, self.catalog.outlet.name, "/", None, links)
        )

    def _link(self, index: int, listing: bool = False) -> Link:
        stub = self.catalog.stub(index)
        path = self.catalog.listing_path(index) if listing else stub.path
        return Link(path, stub.headline, stub.published)
