"""Drupal (8 and later) with an article content type, as provincial outlets theme it.

``article.node--type-article`` with ``h1.page-title``; the date is only printed, as
``Thứ 6, 21/03/2025, 10:15 GMT+7``, and the ``Cùng chuyên mục`` view prints other articles'
dates the same way. ``Gửi bởi bientap01`` names the CMS account; the byline is the bold
last paragraph of the body field. The lead is ``.field--name-field-chapeau`` (class
``chapeau``); captions are ``figure[role=group] figcaption``; a ``Xem thêm`` aside sits
inside the body field. The page title ends with `` | <outlet>``.
"""

from __future__ import annotations

from datetime import datetime

from newsarchive.mirror.model import Figure
from newsarchive.mirror.templates.common import (
    ArticlePage,
    Link,
    ListingPage,
    SiteInfo,
    body_blocks,
    category_nav,
    esc,
    next_path,
    page_numbers,
)
from newsarchive.mirror.templates.furniture import menu_drawer, page_end, sidebar

_ASIDE_AFTER = 0
"""The ``Xem thêm`` aside follows the first paragraph."""


def _date(when: datetime) -> str:
    day = "Chủ nhật" if when.weekday() == 6 else f"Thứ {when.weekday() + 2}"
    return f"{day}, {when:%d/%m/%Y, %H:%M} GMT+7"


def _head(site: SiteInfo, title: str, canonical: str, node_type: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
        f'<link rel="canonical" href="{esc(canonical)}" />\n'
        f'<meta property="og:title" content="{esc(title)}" />\n'
        f"<title>{esc(title)} | {esc(site.outlet.name)}</title>\n"
        f'<link rel="alternate" type="application/rss+xml" href="{site.rss_path}" />\n'
        f'</head>\n<body class="path-node page-node-type-{node_type}">\n'
    )


def _header(site: SiteInfo) -> str:
    name = esc(site.outlet.name)
    return (
        '<header role="banner" class="site-header"><div id="block-sitebranding">'
        f'<a href="/" rel="home" class="site-logo"><img src="/themes/custom/logo.svg" '
        f'alt="Trang chủ" /></a><div class="site-name"><a href="/" rel="home">{name}</a></div>'
        '</div><nav role="navigation" id="block-mainnavigation"><ul class="menu">'
        f'{category_nav(site.outlet, "menu-item")}</ul></nav></header>\n'
    )


def _figure(figure: Figure) -> str:
    return (
        f'<figure role="group" class="caption caption-img"><img src="{figure.src}" alt="" />'
        f"<figcaption>{esc(figure.caption)}</figcaption></figure>"
    )


def _body(page: ArticlePage) -> str:
    links = "".join(
        f'<li><a href="{esc(link.path)}">{esc(link.headline)}</a></li>' for link in page.related
    )
    aside = f'<aside class="related-inline"><h3>Xem thêm</h3><ul>{links}</ul></aside>'
    blocks = body_blocks(
        page.article, lambda text: f"<p>{esc(text)}</p>", _figure,
        lambda number: [aside] if number == _ASIDE_AFTER and links else [],
    )
    blocks.append(f"<p><strong>{esc(page.article.byline.text)}</strong></p>")
    return "\n".join(blocks)


def _same_section(links: tuple[Link, ...]) -> str:
    rows = "".join(
        f'<div class="views-row"><a href="{esc(link.path)}">{esc(link.headline)}</a> '
        f'<span class="date">{_date(link.when)}</span></div>'
        for link in links[:6] if link.when
    )
    return f'<div class="block-views-cung-chuyen-muc"><h2>Cùng chuyên mục</h2>{rows}</div>\n'


def article(page: ArticlePage) -> str:
    article_, site = page.article, page.site
    published = article_.stub.published
    date = f'<span class="node__date">{_date(published)}</span> ' if published else ""
    tags = "".join(f'<div class="field__item"><a href="/tag/{esc(t)}">{esc(t)}</a></div>'
                   for t in article_.tags)
    return (
        _head(site, article_.stub.headline, article_.url, "article")
        + _header(site)
        + menu_drawer(site.outlet, "mobile-menu")
        + '<main role="main"><article role="article" class="node node--type-article">\n'
        + '<h1 class="page-title"><span class="field field--name-title">'
        + f"{esc(article_.stub.headline)}</span></h1>\n"
        + f'<div class="node__meta">{date}<span class="node__submitted">Gửi bởi '
        '<span class="username">bientap01</span></span></div>\n'
        + '<div class="field field--name-field-chapeau chapeau">'
        + f"{esc(article_.lead.text)}</div>\n"
        + '<div class="node__content"><div class="field field--name-body field__item">\n'
        + f"{_body(page)}\n</div></div>\n"
        + f'<div class="field field--name-field-tags">{tags}</div>\n</article>\n'
        + _same_section(page.teasers)
        + sidebar(page.teasers, "region-sidebar")
        + "</main>\n"
        + page_end(site.outlet, "site-footer")
        + "</body>\n</html>\n"
    )


def listing(page: ListingPage) -> str:
    site = page.site
    rows = "".join(
        f'<div class="views-row"><h3><a href="{esc(link.path)}">{esc(link.headline)}</a></h3>'
        + (f'<span class="date">{_date(link.when)}</span>' if link.when else "")
        + "</div>\n"
        for link in page.links
    )
    pager = ""
    if page.page_paths:
        numbers = page_numbers(page, '<li class="pager__item is-active">{n}</li>',
                               '<li class="pager__item"><a href="{href}">{n}</a></li>')
        following = next_path(page)
        more = f'<li class="pager__item--next"><a href="{following}">›</a></li>' \
            if following else ""
        pager = f'<nav class="pager"><ul class="pager__items">{numbers}{more}</ul></nav>'
    return (
        _head(site, page.title, site.outlet.real_url(page.path), "page")
        + _header(site)
        + f'<main role="main"><h1 class="page-title">{esc(page.title)}</h1>\n'
        + f'<div class="view-content">{rows}</div>{pager}</main>\n</body>\n</html>\n'
    )
