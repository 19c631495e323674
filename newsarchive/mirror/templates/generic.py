"""A plain template for outlets whose real pages were never seen.

``article.post`` with ``h1.entry-title``, ``time.entry-date[datetime]`` printed as
``Thứ Sáu, 22/03/2024 - 15:30``, the sapo in ``div.sapo``, ``div.entry-content`` with
``figure.wp-caption``, the byline as its last ``p.article-author > strong``, a related box
after the body, Open Graph, ``article:published_time`` and JSON-LD. Listings print dates; pages are
``/<cat>/trang-N.html``.
"""

from __future__ import annotations

from newsarchive.mirror.model import Figure
from newsarchive.mirror.templates.common import (
    ArticlePage,
    ListingPage,
    SiteInfo,
    body_blocks,
    category_nav,
    dmy_hm,
    esc,
    iso,
    news_article_ld,
    next_path,
    page_numbers,
    search_form,
    tag_links,
    weekday,
)
from newsarchive.mirror.templates.furniture import menu_drawer, more_news, page_end, sidebar


def _head(site: SiteInfo, title: str, canonical: str, extra: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)} - {esc(site.outlet.name)}</title>\n"
        f'<link rel="canonical" href="{esc(canonical)}">\n'
        '<link rel="alternate" type="application/rss+xml" '
        f'href="{site.rss_path}">\n{extra}\n</head>\n'
    )


def _header(site: SiteInfo) -> str:
    return (
        '<body>\n<header class="site-header"><a class="site-title" '
        f'href="/">{esc(site.outlet.name)}</a>'
        f"{search_form()}<nav><ul "
        f'class="menu">{category_nav(site.outlet, "menu-link")}</ul></nav></header>\n'
    )


def _footer(site: SiteInfo) -> str:
    return (
        f'<footer class="site-footer"><p>Bản quyền thuộc {esc(site.outlet.name)}.</p>'
        f'<a href="{site.rss_path}">RSS</a></footer>\n</body>\n</html>\n'
    )


def _meta(page: ArticlePage) -> str:
    article = page.article
    lines = [
        f'<meta name="description" content="{esc(article.lead.text)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(article.url)}">',
        f'<meta property="og:title" content="{esc(article.stub.headline)}">',
    ]
    if article.stub.published is not None and article.updated is not None:
        lines.append(
            f'<meta property="article:published_time" content="{iso(article.stub.published)}">'
        )
        lines.append(f'<meta property="article:modified_time" content="{iso(article.updated)}">')
    lines.append(news_article_ld(page))
    return "\n".join(lines)


def _figure(figure: Figure) -> str:
    return (
        f'<figure class="wp-caption"><img src="{figure.src}" alt="{esc(figure.text)}">'
        f'<figcaption class="wp-caption-text">{esc(figure.caption)}</figcaption></figure>'
    )


def _content(page: ArticlePage) -> str:
    article = page.article
    rows = body_blocks(article, lambda text: f"<p>{esc(text)}</p>", _figure)
    rows.append(
        '<p class="article-author" style="text-align: '
        f'right;"><strong>{esc(article.byline.text)}</strong></p>'
    )
    return "\n".join(rows)


def article(page: ArticlePage) -> str:
    article_, site = page.article, page.site
    published = article_.stub.published
    stamp = ""
    if published is not None:
        stamp = (
            f'<time class="entry-date published" datetime="{iso(published)}">'
            f"{weekday(published)}, {dmy_hm(published, ' - ')}</time>"
        )
    related = "".join(
        f'<li><a href="{esc(link.path)}">{esc(link.headline)}</a></li>' for link in page.related
    )
    return (
        _head(site, article_.stub.headline, article_.url, _meta(page))
        + _header(site)
        + menu_drawer(site.outlet, "mobile-menu")
        + '<main class="site-main"><article class="post">\n'
        + f'<header class="entry-header"><span class="cat-links">{esc(page.section)}</span>'
        + f'<h1 class="entry-title">{esc(article_.stub.headline)}</h1><div '
        f'class="entry-meta">{stamp}</div></header>\n'
        + f'<div class="sapo"><p>{esc(article_.lead.text)}</p></div>\n'
        + f'<div class="entry-content">\n{_content(page)}\n</div>\n'
        + f'<div class="tags-links">{tag_links(article_.tags, "tag")}</div>\n'
        + f'<section class="related-posts"><h3>Bài liên quan</h3><ul>{related}</ul></section>\n'
        + more_news(page.teasers, "more-posts")
        + "</article>"
        + sidebar(page.teasers, "widget-area")
        + "</main>\n"
        + page_end(site.outlet, "site-info")
        + _footer(site)
    )


def listing(page: ListingPage) -> str:
    site = page.site
    items = "".join(
        '<article class="post-item"><h3 class="post-title"><a '
        f'href="{esc(link.path)}">{esc(link.headline)}</a></h3>'
        + (f'<time datetime="{iso(link.when)}">{dmy_hm(link.when)}</time>' if link.when else "")
        + "</article>\n"
        for link in page.links
    )
    pager = ""
    if page.page_paths:
        numbers = page_numbers(
            page,
            '<span class="current">{n}</span>',
            '<a class="page-numbers" href="{href}">{n}</a>',
        )
        following = next_path(page)
        more = f'<a class="next page-numbers" href="{following}">Trang sau</a>' if following else ""
        pager = f'<nav class="pagination">{numbers}{more}</nav>'
    return (
        _head(site, page.title, site.outlet.real_url(page.path), "")
        + _header(site)
        + '<main class="site-main"><h1 '
        f'class="page-title">{esc(page.title)}</h1>\n{items}{pager}</main>\n' + _footer(site)
    )
