"""One spider for every outlet, driven by its profile: ``scrapy crawl news -a site=ID``.

Discovery: robots.txt ``Sitemap:`` lines and the profile's sitemaps (index, news sitemaps
with ``news:publication_date``, ``lastmod``), RSS/Atom feeds, the home page and its
section pages with pagination, or a list of URLs (``-a urls=FILE``). Articles are
recognised by the profile's URL pattern (or the shape of article URLs for unverified
outlets) and, in the end, by the extractor itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from protego import Protego
from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from scrapy.robotstxt import RobotParser
from twisted.python.failure import Failure

from newsarchive.config import check_base_url
from newsarchive.crawlfacts import (
    ARTICLE_REQUEST,
    SITEMAP_LASTMOD,
    WARC_RECORD,
    CrawledArticle,
    KnownArticles,
    KnownRow,
)
from newsarchive.dates import VN_TZ
from newsarchive.discovery.addresses import SiteAddress
from newsarchive.discovery.feeds import read_feed
from newsarchive.discovery.links import Link
from newsarchive.discovery.listings import Listing, read_listing
from newsarchive.discovery.sitemaps import SitemapStream
from newsarchive.discovery.window import DateWindow
from newsarchive.dom import parse_html
from newsarchive.errors import NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.runreport import (
    ENTRY_ANSWERED_STAT,
    ENTRY_ASKED_STAT,
    ERROR_KINDS,
    ERROR_PREFIX,
    NOT_HTTP_SKIP,
    PAGES_STAT,
    SKIP_PREFIX,
    UNDATED_STAT,
)
from newsarchive.sites import get_profile, with_generic_fallbacks
from newsarchive.spiders.failures import Requeued, failure_kind

ARTICLE_PRIORITY = 10
ENTRY_META = "newsarchive_entry"
"""Request meta: the page is one of the outlet's entry points."""
BACKLOG_POLL_S = 0.05


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, site: str, since: str | None = None, until: str | None = None,
                 max_articles: str | int | None = None, urls: str | None = None,
                 base_url: str | None = None, strict_dates: str | bool = False,
                 incremental: str | bool = False, overlap_days: str | int = 2,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.profile = with_generic_fallbacks(get_profile(site))
        self.site = site
        self.window = DateWindow.parse(since, until)
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        self.url_file = Path(urls) if urls else None
        self.strict_dates = _flag(strict_dates)
        self.incremental = _flag(incremental)
        self.overlap_start = (datetime.now(VN_TZ).date() - timedelta(days=int(overlap_days))
                              ).isoformat()
        self.address = SiteAddress(self.profile, base_url or None)
        self.allowed_domains = self.address.fetch_hosts()
        self._fetch_netloc = urlsplit(self.address.fetch_origin).netloc
        self.known_dates: dict[str, str] = {}
        """Publication dates seen per URL, for pagination; kept only when ``since`` is set
        and listings are read (a URL list has none)."""
        self._tracks_dates = self.window.since is not None and self.url_file is None
        self.requested: set[str] = set()
        self.discovery_requested: set[str] = set()
        self.discovering = False
        """Set once the spider's own start reads the outlet's entry points."""
        self.robots_sitemaps: list[str] = []
        self._archive: KnownArticles | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        if kwargs.get("jobdir"):
            crawler.settings.set("JOBDIR", kwargs.pop("jobdir"), priority="spider")
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        return spider

    # --- bookkeeping -------------------------------------------------------------------

    def _count(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)

    def _skip(self, reason: str) -> None:
        self._count(SKIP_PREFIX + reason)

    def _request(self, url: str, callback: Any, **kwargs: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_error, **kwargs)

    def _discovery(self, url: str, callback: Any, entry: bool = False) -> list[scrapy.Request]:
        """A request for a listing, sitemap, feed or the home page, once per run: never
        filtered by a resumed job's seen requests, as their content changes."""
        if url in self.discovery_requested:
            return []
        self.discovery_requested.add(url)
        meta = {ENTRY_META: True} if entry else {}
        return [self._request(url, callback, dont_filter=True, meta=meta)]

    def _answered(self, response: Response, found: int) -> None:
        """Count an entry point (home page, sitemap, feed, section) that gave links."""
        if found and response.meta.get(ENTRY_META):
            self._count(ENTRY_ANSWERED_STAT)

    def on_error(self, failure: Failure) -> Iterator[scrapy.Request]:
        if isinstance(failure.value, Requeued):
            return  # fetched later: it is back in the queue
        kind = failure_kind(failure)
        self._count((ERROR_PREFIX if kind in ERROR_KINDS else SKIP_PREFIX) + kind)
        request = getattr(failure, "request", None)
        next_page = request.meta.get("next_page") if request is not None else None
        if next_page:
            yield from self._listing_request(next_page)

    # --- start -------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.url_file is not None:
            for url in _read_urls(self.url_file):
                await self._backlog_drained()
                link = self._fetchable(Link(url), None)
                if link is not None:
                    yield self._article_request(link, check_window=False)
            return
        self._count(ENTRY_ASKED_STAT)
        self.discovering = True
        for url, callback in self._entry_points():
            for request in self._discovery(url, callback, entry=True):
                yield request

    def entry_requests(self) -> list[scrapy.Request]:
        """The entry points once more, for a crawl that lost its queue (a URL list
        cannot be read again: its lost requests wait for the next run)."""
        if self.url_file is not None:
            return []
        self.discovery_requested.clear()
        self.requested.clear()
        return [request for url, callback in self._entry_points()
                for request in self._discovery(url, callback, entry=True)]

    def _entry_points(self) -> Iterator[tuple[str, Any]]:
        discovery = self.profile.discovery
        for url in discovery.sitemaps:
            yield self.address.to_fetch(url), self.parse_sitemap
        for url in self.robots_sitemaps:
            yield url, self.parse_sitemap
        for url in discovery.feeds:
            yield self.address.to_fetch(url), self.parse_feed
        yield self.address.home(), self.parse_home
        for url in discovery.categories:
            yield self.address.to_fetch(url), self.parse_listing

    async def _backlog_drained(self) -> None:
        """Hold a long URL list back while the downloader is busy, so that memory does
        not grow with the list (Scrapy queues every start request it is given)."""
        engine = self.crawler.engine
        if engine is not None and engine.needs_backout():
            await self.crawler.signals.wait_for(signals.scheduler_empty)

    # --- discovery callbacks -----------------------------------------------------------

    def robots_parsed(self, robotparser: RobotParser, request: scrapy.Request) -> None:
        """Sitemaps listed in robots.txt, when the profile names none (one fetch, by Scrapy)
        and the spider discovers from its entry points (not for ``scrapy parse``)."""
        if not self.discovering or self.profile.discovery.sitemaps or \
                urlsplit(request.url).netloc != self._fetch_netloc:
            return
        robots = getattr(robotparser, "rp", None)
        assert self.crawler.engine is not None
        for url in getattr(robots, "sitemaps", []) if isinstance(robots, Protego) else []:
            link = self._fetchable(Link(url), request.url)
            if link is None:
                continue
            self.robots_sitemaps.append(link.url)
            for sitemap in self._discovery(link.url, self.parse_sitemap, entry=True):
                self.crawler.engine.crawl(sitemap)

    async def parse_sitemap(self, response: Response) -> AsyncIterator[scrapy.Request]:
        """Entries are read as they are sent: a sitemap of any length holds back while
        the downloader is busy, instead of filling the scheduler (and memory)."""
        self._count(PAGES_STAT)
        sitemap = SitemapStream(response.body)
        for found, entry in enumerate(sitemap, 1):
            if found == 1:
                self._answered(response, found)
            link = self._fetchable(entry, response.url)
            if link is None:
                continue
            for request in self._sitemap_requests(link, sitemap.is_index):
                if not await self._room_for_requests():
                    return
                yield request
        if sitemap.too_large:
            self._skip("too_large")

    def _sitemap_requests(self, link: Link, is_index: bool) -> Iterator[scrapy.Request]:
        if not is_index:
            yield from self._maybe_article(link)
        elif not (link.lastmod and self.window.before(link.lastmod)) or self.incremental:
            yield from self._discovery(link.url, self.parse_sitemap)

    async def _room_for_requests(self) -> bool:
        """Wait while the downloader is full; False once the crawl is closing. (Not
        while the scraper is full: the sitemaps being read are part of its load.)"""
        try:
            engine = self.crawler.engine
        except RuntimeError:  # no crawl running (the spider's unit tests)
            return True
        while engine is not None and not _closing(engine):
            if not engine.downloader.needs_backout():
                return True
            await asyncio.sleep(BACKLOG_POLL_S)
        return engine is None

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        self._count(PAGES_STAT)
        entries, too_large = read_feed(response.body)
        if too_large:
            self._skip("too_large")
        self._answered(response, len(entries))
        for entry in entries:
            link = self._fetchable(entry, response.url)
            if link is not None:
                yield from self._maybe_article(link)

    def _fetchable(self, link: Link, page_url: str | None) -> Link | None:
        """The link with its URL mapped to the address it is fetched from; None (skipped
        and counted) for a link that is not http(s), such as ``javascript:``."""
        url = self.address.fetchable(link.url, page_url)
        if url is None:
            self._skip(NOT_HTTP_SKIP)
            return None
        return replace(link, url=url)

    def parse_home(self, response: Response) -> Iterator[scrapy.Request]:
        listing = self._read(response)
        if listing is None:
            return
        if not self.profile.discovery.feeds:
            for feed in listing.feeds:
                yield from self._discovery(self.address.to_fetch(feed, response.url),
                                           self.parse_feed)
        if not self.profile.discovery.categories:
            for section in listing.sections:
                yield from self._listing_request(self.address.to_fetch(section, response.url))
        yield from self._listing_articles(listing)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        listing = self._read(response)
        if listing is None:
            return
        next_page = self.address.to_fetch(listing.next_page) if listing.next_page else None
        carrier = None
        if next_page:
            follow = self._follow_next_page(listing)
            if follow is None:  # no dates: the first new article of the page decides
                carrier = next((a for a in listing.articles if a.url not in self.requested), None)
            if follow or (follow is None and carrier is None):
                yield from self._listing_request(next_page)
        for link in listing.articles:
            if link is carrier:
                yield self._article_request(link, next_page=next_page)
            else:
                yield from self._maybe_article(link)

    def _read(self, response: Response) -> Listing | None:
        self._count(PAGES_STAT)
        if not _is_html(response):
            self._skip("nonhtml")
            return None
        listing = read_listing(parse_html(response.body), response.url, self.address)
        fetchable = (self._fetchable(link, response.url) for link in listing.articles)
        listing.articles = [link for link in fetchable if link is not None]
        self._answered(response, len(listing.articles) + len(listing.sections) +
                       len(listing.feeds))
        return listing

    def _listing_request(self, url: str) -> list[scrapy.Request]:
        return self._discovery(url, self.parse_listing)

    def _listing_articles(self, listing: Listing) -> Iterator[scrapy.Request]:
        for link in listing.articles:
            yield from self._maybe_article(link)

    def _follow_next_page(self, listing: Listing) -> bool | None:
        """Whether to read the next listing page: not when all this page's articles are
        older than ``since``; None when none of them has a known date."""
        if self.window.since is None:
            return True
        dates = [link.published or self.known_dates.get(link.url) for link in listing.articles]
        known = [d for d in dates if d]
        if not known:
            return None
        return not all(self.window.before(d) for d in known)

    # --- articles ----------------------------------------------------------------------

    def _maybe_article(self, link: Link) -> Iterator[scrapy.Request]:
        if link.published and self._tracks_dates:
            self.known_dates.setdefault(link.url, link.published)
        if link.url in self.requested:
            return
        if not self.incremental and self._outside_window(link):
            self.requested.add(link.url)
            self._skip("out_of_window")
            return
        if self._known_and_unchanged(link):
            self._skip("known")  # not marked requested: a sitemap lastmod may come later
            return
        yield self._article_request(link)

    def _outside_window(self, link: Link) -> bool:
        """By the publication date; a ``lastmod`` only proves an article older than since."""
        if link.published:
            return not self.window.contains(link.published)
        return bool(link.lastmod and self.window.before(link.lastmod))

    def _known(self, url: str) -> KnownRow | None:
        """What the archive pipeline knows of ``url`` (looked up once: nightly asks per link)."""
        if self._archive is None:
            self._archive = self.crawler.get_item_pipeline(KnownArticles)
        return self._archive.known(url, self.profile) if self._archive else None

    def _known_and_unchanged(self, link: Link) -> bool:
        """Nightly: an archived article is refetched only when its sitemap ``lastmod`` is
        newer than what the archive knows, or it was published inside the overlap window.

        Nightly runs fetch every URL the archive lacks, whatever its date; ``since`` only
        bounds listing pagination there, and every child sitemap is read (they are the
        outlet's own record of edits)."""
        if not self.incremental:
            return False
        row = self._known(self.address.to_real(link.url))
        if row is None:
            return False
        known = row.lastmod or row.updated_at or row.published_at
        if link.lastmod and known and link.lastmod > known:
            return False
        return not (row.published_at and row.published_at[:10] >= self.overlap_start)

    def _article_request(self, link: Link, next_page: str | None = None,
                         check_window: bool = True) -> scrapy.Request:
        self.requested.add(link.url)
        meta = {"next_page": next_page, SITEMAP_LASTMOD: link.lastmod, ARTICLE_REQUEST: True,
                "check_window": check_window and not self.incremental}
        return self._request(link.url, self.parse_article, meta=meta, priority=ARTICLE_PRIORITY)

    def parse_article(self, response: Response) -> Iterator[CrawledArticle | scrapy.Request]:
        self._count(PAGES_STAT)
        next_page = response.meta.get("next_page")
        article = self._extract(response)
        published = article.published_at if article else None
        if next_page and (published is None or not self.window.before(published)):
            yield from self._listing_request(next_page)
        check_window = response.meta.get("check_window", False)  # False: a page asked for
        if article is not None and self._in_window(article, check_window):
            yield CrawledArticle(article, response.meta.get(SITEMAP_LASTMOD) or None)

    def _extract(self, response: Response) -> Article | None:
        if not _is_html(response):
            self._skip("nonhtml")
            return None
        try:
            article = extract_article(response.body, self.address.to_real(response.url),
                                      self.profile)
        except NotAnArticle:
            self._skip("not_article")
            return None
        article.fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        article.http_status = response.status
        article.warc = response.meta.get(WARC_RECORD)
        if article.published_at and self._tracks_dates:
            self.known_dates[response.url] = article.published_at
        return article

    def _in_window(self, article: Article, check_window: bool) -> bool:
        published = article.published_at
        if published is None:
            if self.strict_dates:
                self._skip("out_of_window")
                return False
            self._count(UNDATED_STAT)
            return True
        if check_window and not self.window.contains(published):
            self._skip("out_of_window")
            return False
        return True


def check_arguments(arguments: dict[str, Any]) -> None:
    """Raise what the spider would for these ``-a`` arguments, before a crawl starts."""
    if not arguments.get("site"):
        raise ValueError("-a site=ID is required (see `newsarchive sites`)")
    get_profile(str(arguments["site"]))
    DateWindow.parse(arguments.get("since"), arguments.get("until"))
    if arguments.get("base_url"):
        check_base_url(str(arguments["base_url"]))
    limit = arguments.get("max_articles")
    if limit not in (None, "") and not (str(limit).isdigit() and int(str(limit)) > 0):
        raise ValueError(f"max_articles must be a positive number, not {limit!r}")
    if arguments.get("urls") and not Path(str(arguments["urls"])).is_file():
        raise ValueError(f"cannot read {arguments['urls']}")


def _closing(engine: ExecutionEngine) -> bool:
    """The spider is closing or the engine stopping (Scrapy keeps this state private)."""
    slot = getattr(engine, "_slot", None)
    return not engine.running or slot is None or slot.closing is not None


def _flag(value: str | bool) -> bool:
    return str(value).lower() in ("1", "true", "yes")


def _is_html(response: Response) -> bool:
    """An HTML page by its Content-Type (Scrapy guesses from the URL's ``.html`` too)."""
    kind = (response.headers.get(b"Content-Type") or b"text/html").decode("latin-1").lower()
    return isinstance(response, HtmlResponse) and ("html" in kind or "xml" in kind)


def _read_urls(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line
