"""What the archive derives from an Article line to deduplicate it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from newsarchive.archive.neardup import signature
from newsarchive.errors import ProfileError
from newsarchive.sites import Profile, get_profile
from newsarchive.text import text_hash
from newsarchive.urls import url_key


@dataclass(frozen=True)
class Derived:
    keys: list[str]
    """URL keys of the page's URL and canonical URL."""
    text_hash: str
    """Hash of headline and body at any length: tells a revision from a refetch."""
    body: str

    @cached_property
    def signature(self) -> bytes | None:
        """The body's MinHash, computed only when an article is new or revised."""
        return signature(self.body)


def _profile(site: str) -> Profile | None:
    try:
        return get_profile(site)
    except ProfileError:
        return None


def derive(article: dict[str, Any]) -> Derived:
    profile = _profile(article["site"])
    urls = dict.fromkeys(u for u in (article["canonical_url"], article["url"]) if u)
    keys = list(dict.fromkeys(url_key(u, profile) for u in urls))
    return Derived(keys, _text_hash(article), article["body"])


def _text_hash(article: dict[str, Any]) -> str:
    """``content_hash`` when the extractor set one (same formula), else computed here."""
    known: str | None = article.get("content_hash")
    if known:
        return known
    return text_hash(article["headline"], article["body"])
