"""Hànộimới's OneCMS longform template.

Header block ``sc-longform-header`` with the section, ``h1.sc-longform-header-title``,
the author (names only) and ``dd/mm/yyyy - HH:MM`` beside it, the sapo in
``p.sc-longform-header-sapo``; ``article:published_time`` in US order
(``1/28/2026 6:52:01 AM``); JSON-LD with seconds; ``og:type`` website. An agency story
ends with a bold ``Theo TTXVN`` paragraph. Listings print dates; pages ``/<cat>?page=N``.
"""

from __future__ import annotations

from datetime import datetime

from newsarchive.mirror.model import Figure
from newsarchive.mirror.templates.common import (
    ArticlePage,
    ListingPage,
    SiteInfo,
    body_blocks,
    category_nav,
    dmy_hm,
    esc,
    json_ld,
    news_article_ld,
    next_path,
    page_numbers,
    search_form,
    tag_links,
)
from newsarchive.mirror.templates.furniture import menu_drawer, more_news, page_end, sidebar
from newsarchive.mirror.urls import category_path


def us_time(when: datetime) -> str:
    """``1/28/2026 6:52:01 AM`` as the template's meta tag prints it."""
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    return f"{when.month}/{when.day}/{when.year} {hour}:{when.minute:02d}:{when.second:02d} {half}"


def _head(site: SiteInfo, title: str, canonical: str, extra: str) -> str:
    return (
        '<!DOCTYPE html> <html xmlns="https://www.w3.org/1999/xhtml" lang="vi"> <head> '
        '<meta name="viewport" content="width=device-width, initial-scale=1"> '
        f"<title>{esc(title)}</title> "
        '<meta http-equiv="Content-Type" content="text/html;charset=UTF-8"> '
        f'<meta name="author" content="{esc(site.outlet.domain)}"> <link rel="canonical" '
        f'href="{esc(canonical)}" /> '
        f'<meta property="og:url" itemprop="url" content="{esc(canonical)}" /> <meta '
        'property="og:type" content="website" /> '
        f'<meta property="og:site_name" content="{esc(site.outlet.domain)}" /> {extra} </head> '
    )


def _header(site: SiteInfo) -> str:
    return (
        '<body> <div class="c-header"> <a class="c-logo" href="/">'
        f"{esc(site.outlet.name)}</a> {search_form('c-search')} "
        f'<ul class="c-menu">{category_nav(site.outlet, "c-menu__link")}</ul> </div> '
    )


def _footer(site: SiteInfo) -> str:
    return (
        f'<div class="c-footer"> <p>{esc(site.outlet.name)} - Cơ quan của Đảng bộ Đảng Cộng sản '
        "Việt Nam thành phố.</p> "
        f'<a href="{site.rss_path}">RSS</a> </div> </body> </html>'
    )


def _meta(page: ArticlePage) -> str:
    article = page.article
    parts = [
        f'<meta name="description" content="{esc(article.lead.text)}" />',
        f'<meta property="og:title" content="{esc(article.stub.headline)}" />',
        f'<meta name="article:section" content="{esc(page.section)}" />',
    ]
    if article.stub.published is not None:
        parts.append(
            f'<meta name="article:published_time" content="{us_time(article.stub.published)}" />'
        )
    parts.append(news_article_ld(page))
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": page.section,
                "item": page.site.outlet.real_url(
                    category_path(page.site.outlet, article.stub.category)
                ),
            }
        ],
    }
    parts.append(json_ld(crumbs))
    return " ".join(parts)


def _figure(figure: Figure) -> str:
    return (
        f'<figure><img src="{figure.src}" alt="{esc(figure.text)}">'
        f"<figcaption>{esc(figure.caption)}</figcaption></figure>"
    )


def _banner(number: int) -> list[str]:
    if number != 1:
        return []
    return ['<div class="c-main-banner is-inner-banner"><div class="oneads" id="zone-30">'
            "</div></div>"]


def _entry(page: ArticlePage) -> str:
    article = page.article
    rows = body_blocks(article, lambda text: f"<p>{esc(text)}</p>", _figure, _banner)
    if article.byline.source and not article.byline.names:
        rows.append(
            f'<p style="text-align: right;"><strong>{esc(article.byline.text)}</strong></p>'
        )
    return "".join(rows)


def article(page: ArticlePage) -> str:
    article_, site = page.article, page.site
    authors = " - ".join(article_.byline.names)
    published = article_.stub.published
    meta = []
    if authors:
        meta.append(
            f'<span class="sc-longform-header-author block-sc-author">{esc(authors)}</span>'
        )
    if published is not None:
        if meta:
            meta.append('<span class="sc-text block-sc-text">•</span>')
        meta.append(
            '<span class="sc-longform-header-date '
            f'block-sc-publish-time">{dmy_hm(published, " - ")}</span>'
        )
    related = "".join(
        f'<li><a href="{esc(link.path)}" title="{esc(link.headline)}">{esc(link.headline)}</a></li>'
        for link in page.related
    )
    return (
        _head(site, article_.stub.headline, article_.url, _meta(page))
        + _header(site)
        + menu_drawer(site.outlet, "c-menu-mobile")
        + '<div class="c-news-detail"> <div class="b-maincontent"> <div class="entry '
        'entry-no-padding "> ' + '<div class="sc-longform-header sc-longform-header-default-normal '
        'block-sc-longform-header">'
        + '<div class="sc-longform-header-text"><span class="sc-longform-header-cate '
        f'block-sc-cate-name">{esc(page.section)}</span>'
        + '<h1 class="sc-longform-header-title block-sc-title"><span '
        'class="sc-longform-header-title-sub block-sc-title-sub">'
        + f"{esc(article_.stub.headline)}</span></h1><div "
        f'class="sc-longform-header-meta">{" ".join(meta)}</div>'
        + '<p class="sc-longform-header-sapo '
        f'block-sc-sapo">{esc(article_.lead.text)}</p></div></div>'
        + _entry(page)
        + '<div class="sc-empty-layer"></div> </div> '
        + sidebar(page.teasers, "b-sidebar")
        + " </div> "
        + '<div class="c-box"><div class="c-share-detail"><ul><li><a class="onecms__popup" '
        + f'href="/print/{article_.stub.article_id}.html">In bài viết</a></li></ul></div></div> '
        + f'<div class="c-widget-tags onecms__tags">{tag_links(article_.tags, "c-tag")}</div> '
        + '<div class="c-box is-border"><div class="c-box__title">Tin liên '
        f"quan</div><ul>{related}</ul></div> "
        + more_news(page.teasers, "c-box-more")
        + " </div> "
        + page_end(site.outlet, "c-footer-info")
        + _footer(site)
    )


def listing(page: ListingPage) -> str:
    site = page.site
    items = "".join(
        f'<div class="b-grid"><h3 class="b-grid__title"><a href="{esc(link.path)}" '
        f'title="{esc(link.headline)}">'
        f"{esc(link.headline)}</a></h3>"
        + (f'<div class="b-grid__time">{dmy_hm(link.when)}</div>' if link.when else "")
        + "</div>"
        for link in page.links
    )
    pager = ""
    if page.page_paths:
        numbers = page_numbers(
            page, '<li class="is-active"><span>{n}</span></li>', '<li><a href="{href}">{n}</a></li>'
        )
        following = next_path(page)
        more = f'<li><a class="next" href="{following}">Trang sau</a></li>' if following else ""
        pager = f'<ul class="c-pagination">{numbers}{more}</ul>'
    return (
        _head(site, page.title, site.outlet.real_url(page.path), "")
        + _header(site)
        + f'<div class="c-cate"> <h1 class="c-cate__title">{esc(page.title)}</h1> <div '
        f'class="c-cate__list">{items}</div> {pager} </div> ' + _footer(site)
    )
