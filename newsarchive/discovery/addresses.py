"""Where a site is fetched from versus the outlet's real URLs.

A crawl may fetch a mirror (``--base-url http://127.0.0.1:8001``) while every item keeps
the outlet's real URL, so archives never depend on a mirror's port.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin, urlsplit, urlunsplit

from newsarchive.sites import Profile, host_within

_ARTICLE_LIKE = re.compile(
    r"(?:[-_/](?:post|a|ar|p|n|id|postid)?\d{4,}[^/]*\.(?:html?|tpo|vnp|bbg|aspx|php|epi)$)"
    r"|(?:/\d{4}/\d{2}/[^/]{12,}/?$)|(?:/\d{6}/[^/]{12,}/?$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SiteAddress:
    profile: Profile
    base_url: str | None = None
    """Where to fetch from instead of the outlet's home (a mirror); None for the real site."""

    @cached_property  # read for every link and page: worked out once
    def real_origin(self) -> str:
        home = self.profile.discovery.home or f"https://{self.profile.domains[0]}/"
        parts = urlsplit(home)
        return f"{parts.scheme}://{parts.netloc}"

    @cached_property
    def fetch_origin(self) -> str:
        parts = urlsplit(self.base_url or self.real_origin)
        return f"{parts.scheme}://{parts.netloc}"

    @cached_property
    def _fetch_parts(self) -> tuple[str, str]:
        """(scheme, netloc) of the fetch origin."""
        parts = urlsplit(self.fetch_origin)
        return parts.scheme, parts.netloc

    @cached_property
    def _real_parts(self) -> tuple[str, str]:
        parts = urlsplit(self.real_origin)
        return parts.scheme, parts.netloc

    def fetch_hosts(self) -> list[str]:
        hosts = {urlsplit(self.fetch_origin).hostname or ""}
        if self.base_url is None:
            hosts.update(self.profile.all_domains())
        return sorted(h for h in hosts if h)

    def is_outlet_host(self, host: str) -> bool:
        host = host.lower()
        return host_within(host, self.profile.all_domains())

    def to_fetch(self, url: str, page_url: str | None = None) -> str:
        """An absolute URL to request: outlet-domain links are sent to the base URL."""
        absolute = urljoin(page_url or self.fetch_origin + "/", url.strip())
        parts = urlsplit(absolute)
        if self.base_url and self.is_outlet_host(parts.hostname or ""):
            return urlunsplit((*self._fetch_parts, parts.path, parts.query, ""))
        return urlunsplit((*parts[:4], ""))

    def fetchable(self, url: str, page_url: str | None = None) -> str | None:
        """:meth:`to_fetch` for an http(s) link; None for any other (``javascript:``,
        ``mailto:``, ``file:``…) or a malformed one."""
        try:
            absolute = self.to_fetch(url, page_url)
            scheme, host = urlsplit(absolute).scheme, urlsplit(absolute).hostname
        except ValueError:
            return None
        return absolute if scheme in ("http", "https") and host else None

    def to_real(self, url: str) -> str:
        """The outlet's own URL for a fetched URL (identity when fetching the real site)."""
        parts = urlsplit(url)
        if self.base_url and parts.netloc == self._fetch_parts[1]:
            return urlunsplit((*self._real_parts, parts.path, parts.query, ""))
        return url

    def home(self) -> str:
        return self.fetch_origin + "/"

    def is_article_url(self, url: str) -> bool:
        """By the profile's URL pattern, else by the shape common to article URLs."""
        path = urlsplit(url).path
        pattern = self.profile.discovery.article_url
        if pattern:
            return re.search(pattern, path) is not None
        return _ARTICLE_LIKE.search(path) is not None
