"""What every template shares: page data, escaping, dates, JSON-LD, search and 404 pages.

Links inside pages are root-relative (``/path``), so a page reads the same whatever
address the mirror listens on; canonical and ``og:url`` name the real outlet domain.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from newsarchive.mirror.model import Article, Byline, Figure
from newsarchive.mirror.outlets import Outlet
from newsarchive.mirror.urls import CATEGORIES, SEARCH_PATH, category_path

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class Link:
    path: str
    headline: str
    when: datetime | None


@dataclass(frozen=True)
class SiteInfo:
    outlet: Outlet
    rss_path: str


@dataclass(frozen=True)
class ListingPage:
    site: SiteInfo
    title: str
    path: str
    category: str | None
    """None on the home page."""
    links: tuple[Link, ...]
    page: int = 1
    page_paths: tuple[str, ...] = ()
    """Path of page n at position n-1 (category listings only)."""


@dataclass(frozen=True)
class ArticlePage:
    site: SiteInfo
    article: Article
    section: str
    related: tuple[Link, ...]
    teasers: tuple[Link, ...] = ()
    """The articles published just before this one, newest first (boxes around it)."""


def body_blocks(
    article: Article,
    paragraph: Callable[[str], str],
    figure: Callable[[Figure], str],
    extra: Callable[[int], Iterable[str]] = lambda number: (),
) -> list[str]:
    """A body's blocks in order: each paragraph, the figures placed after it, then what
    the template puts there (an ad slot, a related box), as each template writes them."""
    blocks: list[str] = []
    for number, text in enumerate(article.paragraphs):
        blocks.append(paragraph(text))
        blocks.extend(figure(item) for item in article.figures if item.after == number)
        blocks.extend(extra(number))
    return blocks


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def weekday(when: datetime, lower: bool = False) -> str:
    name = _WEEKDAYS[when.weekday()]
    return name[:1] + name[1:].lower() if lower else name


def dmy_hm(when: datetime, sep: str = " ") -> str:
    return f"{when:%d/%m/%Y}{sep}{when:%H:%M}"


def iso(when: datetime, colon: bool = True) -> str:
    text = when.isoformat(timespec="seconds")
    return text if colon else text[:-3] + text[-2:]


def search_href(term: str) -> str:
    return f"{SEARCH_PATH}?q={quote(term)}"


def json_ld(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def ld_authors(byline: Byline, empty_person: bool = False) -> list[dict[str, str]]:
    """JSON-LD ``author``: people, the agency as an Organization, or one empty Person."""
    if byline.source and not byline.names:
        return [{"@type": "Organization", "name": byline.source}]
    if empty_person:
        return [{"@type": "Person", "name": ""}]
    return [{"@type": "Person", "name": name} for name in byline.names]


def news_article_ld(page: ArticlePage, date_only: bool = False, empty_person: bool = False) -> str:
    article, outlet = page.article, page.site.outlet
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
        "headline": article.stub.headline,
        "description": article.lead.text,
        "image": [outlet.real_url(figure.src) for figure in article.figures],
        "articleSection": page.section,
        "publisher": {"@type": "Organization", "name": outlet.name},
    }
    published = article.stub.published
    if published is not None:
        data["datePublished"] = published.date().isoformat() if date_only else iso(published)
        if not date_only and article.updated is not None:
            data["dateModified"] = iso(article.updated)
    if not date_only:
        data["author"] = ld_authors(article.byline, empty_person)
    return json_ld(data)


def search_form(css: str = "search") -> str:
    return (
        f'<form class="{css}" action="{SEARCH_PATH}" method="get">'
        '<input type="text" name="q" placeholder="Tìm kiếm"/><button type="submit">Tìm</button>'
        f'</form><a class="search-link" href="{search_href("thời sự")}" rel="nofollow">Tìm kiếm</a>'
    )


def tag_links(tags: Iterable[str], css: str) -> str:
    return " ".join(
        f'<a class="{css}" href="{esc(search_href(tag))}" title="{esc(tag)}">#{esc(tag)}</a>'
        for tag in tags
    )


def category_nav(outlet: Outlet, css: str) -> str:
    return "".join(
        f'<li><a class="{css}" href="{category_path(outlet, slug)}" title="{name}">{name}</a></li>'
        for slug, name in CATEGORIES
    )


def page_numbers(page: ListingPage, current: str, item: str) -> str:
    """Numbered pagination links; ``current``/``item`` are format strings with {n}, {href}."""
    parts = []
    for number, path in enumerate(page.page_paths, start=1):
        parts.append(
            current.format(n=number) if number == page.page else item.format(n=number, href=path)
        )
    return "".join(parts)


def next_path(page: ListingPage) -> str | None:
    return page.page_paths[page.page] if page.page < len(page.page_paths) else None


def search_page(site: SiteInfo, query: str) -> str:
    outlet = site.outlet
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
        f"<title>Tìm kiếm: {esc(query)} - {esc(outlet.name)}</title>"
        '<meta name="robots" content="noindex, nofollow"/></head><body>'
        f'<ul class="menu">{category_nav(outlet, "menu-item")}</ul>'
        f'<h1>Kết quả tìm kiếm cho "{esc(query)}"</h1><p>Không tìm thấy bài viết phù hợp.</p>'
        "</body></html>"
    )


def not_found_page(site: SiteInfo) -> str:
    outlet = site.outlet
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
        f"<title>Không tìm thấy trang - {esc(outlet.name)}</title></head><body>"
        '<h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p><a href="/">Về trang chủ</a>'
        "</body></html>"
    )


def data_layer(article: Article, section: str) -> str:
    """An inline script repeating page facts, as the real CMSs print for analytics."""
    data = {
        "articleId": article.stub.article_id,
        "articleTitle": article.stub.headline,
        "articleCategory": section,
        "articleAuthor": " - ".join(article.byline.names),
    }
    payload = json.dumps(data, ensure_ascii=False)
    return f"<script>window.dataLayer = window.dataLayer || []; dataLayer.push({payload});</script>"
