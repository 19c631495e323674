"""What the crawl and the archive tell each other, declared once for both sides.

The spider and the archive pipeline never import each other: the spider reaches the
archive through ``crawler.get_item_pipeline(KnownArticles)``, and the facts of a fetch
that are not part of the Article travel under the names declared here.
"""

from __future__ import annotations

from typing import Protocol

from newsarchive.sites import Profile

SITEMAP_LASTMOD = "sitemap_lastmod"
"""``Request.meta`` key and item field: the ``<lastmod>`` (ISO) of the sitemap entry that
led to the page, if any. The archive index keeps it, so that nightly runs refetch an
article only when its ``lastmod`` moves; it is not part of the archived Article."""


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
