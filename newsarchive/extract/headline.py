"""The headline and the sapo (lead) of an article."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from newsarchive.dom import HtmlElement, select, text_of
from newsarchive.extract.metadata import Metadata, jsonld_text
from newsarchive.sites import Profile
from newsarchive.text import clean_line, fold

_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_OUTLET_MARKER = re.compile(
    r"^\s*(?:\([^()]{2,20}\)|[A-ZĐ][A-ZĐ0-9+.]{1,9}(?:\s[A-ZĐ][A-Za-zĐ0-9+.]{1,9})?)\s*[-–—:]+\s*"
)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, fold(a), fold(b)).ratio()


def meta_title(meta: Metadata) -> str | None:
    return jsonld_text(meta.article, "headline") or meta.get("og:title", "twitter:title")


def find_headline(
    root: HtmlElement, meta: Metadata, profile: Profile
) -> tuple[str, HtmlElement | None]:
    """The main heading as the page shows it; falls back to metadata and ``<title>``."""
    reference = meta_title(meta) or meta.title or ""
    candidates = [e for e in select(root, profile.selectors.headline) if text_of(e)]
    if not candidates:
        candidates = [e for e in root.iter("h1") if text_of(e)]
    if candidates:
        best = max(candidates, key=lambda e: _similarity(text_of(e), reference) if reference else 0)
        if not reference or _similarity(text_of(best), reference) > 0.4 or len(candidates) == 1:
            return _respace(text_of(best), reference, profile), best
    heading = _heading_matching_title(root, reference)
    if heading is not None:
        return text_of(heading), heading
    if reference:
        return _strip_site_suffix(reference, profile), None
    return "", None


def _respace(shown: str, reference: str, profile: Profile) -> str:
    """Mend spaces lost between inline parts of a heading, from the metadata title."""
    title = _strip_site_suffix(reference, profile) if reference else ""
    if title != shown and "".join(title.split()) == "".join(shown.split()):
        return title
    return shown


def _heading_matching_title(root: HtmlElement, reference: str) -> HtmlElement | None:
    """A non-h1 element whose text is the start of the page title (no ``<h1>`` pages)."""
    if not reference:
        return None
    title = _strip_site_suffix(reference, None)
    key = fold(title)
    if len(key) < 15:
        return None
    for node in root.iter("h2", "h3", "div", "span", "p", "td", "font", "b", "strong"):
        text = node.text_content()
        if len(text) <= len(title) + 20 and fold(text) == key:
            return node
    return None


def _strip_site_suffix(title: str, profile: Profile | None) -> str:
    parts = _TITLE_SEPARATORS.split(clean_line(title))
    if len(parts) == 1:
        return parts[0]
    outlet = fold(profile.name) if profile else ""
    while len(parts) > 1 and (_is_site_name(parts[-1], outlet)):
        parts.pop()
    return " - ".join(parts)


def _is_site_name(part: str, outlet: str) -> bool:
    key = fold(part)
    return (
        (bool(outlet) and key in outlet)
        or key.startswith(("báo ", "tạp chí", "cổng thông tin"))
        or ("." in key and " " not in key)
        or key.endswith(("điện tử", "online"))
    )


def find_summary(root: HtmlElement, profile: Profile) -> tuple[str | None, HtmlElement | None]:
    """The sapo when the page marks one, without an outlet marker like ``(CTO) -``."""
    for element in select(root, profile.selectors.summary):
        text = strip_outlet_marker(" ".join(text_of(e) for e in [element]))
        if text:
            return text, element
    return None, None


def strip_outlet_marker(text: str) -> str:
    """``(CTO) - Ngày 8-1, …`` → ``Ngày 8-1, …``; ``TPO - …`` → ``…``."""
    return clean_line(_OUTLET_MARKER.sub("", text, count=1))
