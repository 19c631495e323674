"""Article URLs: the canonical URL of an outlet's page and the stable article id."""

from __future__ import annotations

import hashlib
from urllib.parse import urljoin, urlsplit

from w3lib.url import canonicalize_url

from newsarchive.sites import Profile


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _on_outlet(url: str, page_url: str, profile: Profile) -> bool:
    host = host_of(url)
    if not host:
        return False
    owned = [host_of(page_url), *profile.all_domains()]
    return any(host == d or host.endswith("." + d) for d in owned if d)


def canonical_url(page_url: str, declared: str | None, profile: Profile) -> str:
    """The outlet's own ``rel=canonical`` when it is on the same outlet, else the page URL."""
    if declared:
        absolute = urljoin(page_url, declared.strip())
        if absolute.startswith(("http://", "https://")) and _on_outlet(absolute, page_url, profile):
            return absolute
    return page_url


def article_id(url: str) -> str:
    """A stable id: 16 hex digits of SHA-1 over the normalised canonical URL."""
    parts = urlsplit(canonicalize_url(url))
    host = parts.netloc.lower().removeprefix("www.").removesuffix(":443").removesuffix(":80")
    key = f"{host}{parts.path.rstrip('/') or '/'}{'?' + parts.query if parts.query else ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
