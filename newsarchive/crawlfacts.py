"""What the crawl and the archive tell each other, declared once for both sides.

The spider and the archive pipeline never import each other: the spider reaches the
archive through ``crawler.get_item_pipeline(KnownArticles)``, and the facts of a fetch
that are not part of the Article travel under the names declared here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from newsarchive.items import Article
from newsarchive.sites import Profile

SITEMAP_LASTMOD = "sitemap_lastmod"
"""``Request.meta`` key: the ``<lastmod>`` (ISO) of the sitemap entry that led to the page,
if any; handed on as :attr:`CrawledArticle.lastmod`."""

ARTICLE_REQUEST = "article_request"
"""``Request.meta`` key: true on the requests of article pages."""
WARC_RECORD = "warc"
"""``Request.meta`` key and Article field: the WARC record (``RecordRef.to_dict()``) that
holds the page's response, set by the WARC recorder when the response arrives."""


@dataclass(frozen=True)
class CrawledArticle:
    """The spider's item: an extracted Article and the fetch's facts that are not part of it.

    The archive pipeline adds ``article`` and hands a feed export the line as archived."""

    article: Article
    lastmod: str | None = None
    """The sitemap ``<lastmod>`` that led to the page. The archive index keeps it, so that
    nightly runs refetch an article only when its ``lastmod`` moves."""


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as the crawler saw them."""

    url: str
    site: str
    fetched_at: datetime
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    protocol: str
    response_headers: list[tuple[str, str]]
    body: bytes
    ip_address: str | None = None


@dataclass(frozen=True)
class RecordRef:
    """Where a response (or the response holding a revisit's payload) is stored."""

    file: str
    offset: int
    length: int
    digest: str

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "offset": self.offset, "length": self.length,
                "digest": self.digest}

    @classmethod
    def of(cls, value: dict[str, Any]) -> RecordRef:
        return cls(str(value["file"]), int(value["offset"]), int(value["length"]),
                   str(value["digest"]))



class KnownRow(Protocol):
    """The dates the archive holds for the latest revision of an article."""

    @property
    def published_at(self) -> str | None: ...
    @property
    def updated_at(self) -> str | None: ...
    @property
    def lastmod(self) -> str | None: ...


class KnownArticles:
    """The component that holds the open archive, as the crawl sees it.

    The archive pipeline is one; the spider finds it with
    ``crawler.get_item_pipeline(KnownArticles)`` (None when the pipeline is off).
    """

    def known(self, url: str, profile: Profile) -> KnownRow | None:
        """The latest archived revision of the article at ``url``; None if not archived."""
        raise NotImplementedError


class RawRecorder:
    """The component that keeps raw exchanges (the archive pipeline); the WARC
    middleware finds it with ``crawler.get_item_pipeline(RawRecorder)``."""

    def record(self, exchange: Exchange) -> RecordRef | None:
        """Store ``exchange``; where its payload is kept (None when nothing is open)."""
        raise NotImplementedError
