"""Which template version of its outlet a page is in, before any selector runs."""

from __future__ import annotations

from datetime import date

from newsarchive.dates import parse_iso
from newsarchive.extract.metadata import Metadata
from newsarchive.sites import Profile, as_version

_DATE_KEYS = ("article:published_time", "datepublished", "pubdate")


def page_profile(profile: Profile, url: str, meta: Metadata) -> Profile:
    """The profile as the page's template version: chosen by its URL, else by the day
    its metadata gives (selectors cannot be asked: they depend on the answer)."""
    if not profile.versions:
        return profile
    index = profile.version_for(url, metadata_day(meta))
    return profile if index is None else as_version(profile, index)


def metadata_day(meta: Metadata) -> date | None:
    """The publication day of JSON-LD or the meta tags (ISO 8601 only), Vietnam time."""
    raw = meta.article.get("datePublished") or meta.get(*_DATE_KEYS)
    found = parse_iso(raw) if isinstance(raw, str) else None
    return found.value.date() if found else None
