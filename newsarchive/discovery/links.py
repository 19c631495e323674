"""A link discovery found: in a sitemap, a feed or a listing page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    url: str
    """Absolute URL as found (not yet mapped for fetching)."""
    published: str | None = None
    """``news:publication_date``, a feed item's or a listing's date, in +07:00, or None."""
    lastmod: str | None = None
    """A sitemap's ``lastmod`` (a feed's ``updated``), in +07:00, or None."""
