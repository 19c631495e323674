"""Article URLs: the canonical URL of an outlet's page and the stable article id."""

from __future__ import annotations

import hashlib
import ipaddress
import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from w3lib.url import canonicalize_url

from newsarchive.sites import Profile, bare_host, host_within


def host_of(url: str) -> str:
    """The URL's host without ``www.``; empty for a URL that cannot be parsed."""
    try:
        return bare_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback IP address (``127.0.0.1``, ``[::1]``)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def join_url(base: str, link: str) -> str | None:
    """``urljoin`` that gives None instead of raising on a malformed URL."""
    try:
        return urljoin(base, link.strip())
    except ValueError:
        return None


def path_of(url: str) -> str:
    """The URL's path; empty for a URL that cannot be parsed."""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def _on_outlet(url: str, page_url: str, profile: Profile) -> bool:
    host = host_of(url)
    if not host:
        return False
    return host_within(host, [host_of(page_url), *profile.all_domains()])


def canonical_url(page_url: str, declared: str | None, profile: Profile) -> str:
    """The outlet's own ``rel=canonical`` when it is on the same outlet, else the page URL."""
    absolute = join_url(page_url, declared) if declared else None
    if absolute and absolute.startswith(("http://", "https://")) and \
            _on_outlet(absolute, page_url, profile):
        return absolute
    return page_url


_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|gidzl|_ga|ref|source|"
                       r"cmpid|mc_cid|mc_eid|igshid|yclid|amp)$", re.IGNORECASE)
_MOBILE_PREFIXES = ("www.", "m.", "mobile.", "amp.")


def has_page_query(url: str, ignored: frozenset[str] = frozenset()) -> bool:
    """Whether the URL's query names a page (any parameter but tracking ones and those
    ``ignored``, lower-case keys)."""
    try:
        query = urlsplit(url).query
    except ValueError:  # a malformed URL (``http://[::1``) names no page
        return False
    keys = (pair.split("=", 1)[0] for pair in query.split("&") if pair)
    return any(not _TRACKING.match(key) and key.lower() not in ignored for key in keys)


def url_key(url: str, profile: Profile | None = None) -> str:
    """The key under which one article's URLs coincide.

    Beyond w3lib's ``canonicalize_url`` (fragment dropped, query sorted, host lower-cased):
    scheme, ``www.``/``m.``/``amp.`` hosts, ports, tracking parameters, ``/amp`` paths and
    trailing slashes are ignored, and a legacy domain counts as the outlet's current one.
    """
    if profile is None or not profile.domains:
        return _url_key(url.strip(), "", ())
    return _url_key(url.strip(), profile.domains[0], tuple(profile.legacy_domains))


@lru_cache(maxsize=4096)
def _url_key(url: str, current: str, legacy: tuple[str, ...]) -> str:
    """:func:`url_key` for an outlet's current and legacy domains; a crawl keys each
    article's URL twice (for its id, then in the archive), so recent keys are kept."""
    try:
        parts = urlsplit(canonicalize_url(url))
        host = (parts.hostname or "").lower()
    except ValueError:  # a malformed URL (bad port, broken IPv6 literal) keys as written
        return url
    for prefix in _MOBILE_PREFIXES:
        host = host.removeprefix(prefix)
    if host in legacy:
        host = current
    query = "&".join(
        pair for pair in parts.query.split("&")
        if pair and not _TRACKING.match(pair.split("=", 1)[0])
    )
    path = re.sub(r"/amp(?=/|$)|\.amp(?=\.html?$)", "", parts.path).rstrip("/") or "/"
    return f"{host}{path}{'?' + query if query else ''}"


def article_id(url: str, profile: Profile | None = None) -> str:
    """A stable id: 16 hex digits of SHA-1 over the canonical URL's :func:`url_key`."""
    return hashlib.sha1(url_key(url, profile).encode("utf-8")).hexdigest()[:16]
