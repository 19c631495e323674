"""Recognise pages that are not articles: home pages, listings and redirect stubs."""

from __future__ import annotations

import re

from newsarchive.dom import HtmlElement
from newsarchive.errors import NotAnArticle
from newsarchive.extract.metadata import Metadata
from newsarchive.sites import Profile
from newsarchive.urls import path_of

MIN_VISIBLE_CHARS = 150
MAX_ELEMENTS = 100_000
"""Article pages have a few thousand elements; far more is a runaway page."""
MIN_ARTICLE_CHARS = 250
MAX_ARTICLE_LINKS = 8
MIN_PARAGRAPH_CHARS = 80
_HOME_PATH = re.compile(r"^/?(?:index\.\w+|trang-chu\.\w+|home)?/?$", re.IGNORECASE)
_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"


def _visible_chars(root: HtmlElement) -> int:
    return sum(len(str(t).strip()) for t in root.xpath(_VISIBLE_TEXT))


def _is_home(url: str) -> bool:
    return bool(_HOME_PATH.match(path_of(url) or "/"))


def check_size(root: HtmlElement) -> None:
    """Raise for a page of more elements than any article page has (a runaway page)."""
    elements = int(root.xpath("count(//*)"))
    if elements > MAX_ELEMENTS:
        raise NotAnArticle("too_large", f"{elements:,} elements (at most {MAX_ELEMENTS:,})")


def check_is_article(root: HtmlElement, meta: Metadata, url: str, profile: Profile,
                     headline: str, summary: str | None, paragraphs: list[str],
                     headline_links: int) -> None:
    """Raise unless the page carries an article: a headline and enough article text."""
    if _is_home(url):
        raise NotAnArticle("home", "the URL is the site's home page")
    text_chars = len(summary or "") + sum(len(p) for p in paragraphs)
    if not headline or text_chars < MIN_ARTICLE_CHARS:
        if _visible_chars(root) < MIN_VISIBLE_CHARS:
            raise NotAnArticle("redirect", "the page shows almost no text")
        raise NotAnArticle("listing", f"only {text_chars} characters of article text")
    if _has_article_signal(meta, url, profile):
        return
    substantial = sum(1 for p in paragraphs if len(p) >= MIN_PARAGRAPH_CHARS)
    if substantial < 2 or headline_links >= MAX_ARTICLE_LINKS:
        raise NotAnArticle("listing", f"no article markup, {substantial} paragraphs, "
                                 f"{headline_links} headline links")


def _has_article_signal(meta: Metadata, url: str, profile: Profile) -> bool:
    pattern = profile.discovery.article_url
    return bool(
        meta.article.get("datePublished")
        or meta.get("article:published_time")
        or (pattern and re.search(pattern, path_of(url)))
    )
