"""VnExpress's FPT template.

The charset is declared only after the title and description metas; ``tt_*`` metas;
``meta[itemprop=datePublished][name=pubdate]`` with seconds; ``span.date``
``Thứ tư, 22/10/2025, 19:25 (GMT+7)`` above ``h1.title-detail``; ``p.description`` sapo;
``article.fck_detail p.Normal`` body with ``figure.tplCaption`` (credit in ``<em>``);
the byline as the last ``p.author_mail > strong`` or right-aligned ``p.Normal > strong``.
Listings print no dates; pages are ``/<cat>-pN``.
"""

from __future__ import annotations

from newsarchive.mirror.model import Article, Figure
from newsarchive.mirror.templates.common import (
    ArticlePage,
    ListingPage,
    SiteInfo,
    body_blocks,
    category_nav,
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
from newsarchive.mirror.urls import category_path


def _head(site: SiteInfo, title: str, description: str, canonical: str, extra: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f"<title>{esc(title)} - {esc(site.outlet.name)}</title>\n"
        f'<meta name="description" content="{esc(description)}"/>\n'
        '<meta charset="utf-8">\n'
        f'<link rel="canonical" href="{esc(canonical)}"/>\n{extra}\n</head>\n'
    )


def _header(site: SiteInfo) -> str:
    return (
        '<body>\n<header class="section header"><a class="logo" href="/" '
        f'title="{esc(site.outlet.name)}"></a>'
        f'{search_form("search_form")}<nav class="main-nav"><ul '
        f'class="parent">{category_nav(site.outlet, "")}</ul></nav>'
        "</header>\n"
    )


def _footer(site: SiteInfo) -> str:
    return (
        f'<footer class="footer"><p>© Copyright 1997-{site.outlet.name}. Toàn bộ bản quyền thuộc '
        f"{esc(site.outlet.name)}.</p>"
        f'<a href="{site.rss_path}">RSS</a></footer>\n</body>\n</html>\n'
    )


def _meta(page: ArticlePage) -> str:
    article = page.article
    lines = [
        f'<meta name="tt_article_id" content="{article.stub.article_id}"/>',
        '<meta name="tt_page_type" content="article"/>',
        '<meta property="og:type" content="article"/>',
        f'<meta property="og:url" itemprop="url" content="{esc(article.url)}"/>',
        f'<meta content="{esc(article.stub.headline)}" itemprop="headline" property="og:title"/>',
        f'<meta content="{esc(page.section)}" itemprop="articleSection"/>',
    ]
    if article.stub.published is not None and article.updated is not None:
        lines.append(
            f'<meta content="{iso(article.stub.published)}" itemprop="datePublished" '
            'name="pubdate"/>'
        )
        lines.append(
            f'<meta content="{iso(article.updated)}" itemprop="dateModified" name="lastmod"/>'
        )
    lines.append(news_article_ld(page))
    return "\n".join(lines)


def _figure(figure: Figure) -> str:
    credit = f" Ảnh: <em>{esc(figure.credit)}</em>" if figure.credit else ""
    return (
        '<figure data-size="true" itemprop="associatedMedia image" class="tplCaption">'
        f'<div class="fig-picture"><picture><img itemprop="contentUrl" alt="{esc(figure.text)}" '
        f'src="{figure.src}"></picture></div><figcaption itemprop="description">'
        f'<p class="Image">{esc(figure.text)}{credit}</p></figcaption></figure>'
    )


def _byline(article: Article) -> str:
    """Both forms the template uses: ``p.author_mail`` or a right-aligned ``p.Normal``."""
    strong = f"<strong>{esc(article.byline.text)}</strong>"
    if article.stub.article_id % 2:
        return f'<p class="Normal" style="text-align:right;">{strong}</p>'
    return f'<p class="author_mail">{strong}</p>'


def _detail(page: ArticlePage) -> str:
    article = page.article
    rows = body_blocks(article, lambda text: f'<p class="Normal">{esc(text)}</p>', _figure)
    rows.append(_byline(article))
    rows.append('<span id="article-end"></span>')
    return "".join(rows)


def article(page: ArticlePage) -> str:
    article_, site = page.article, page.site
    published = article_.stub.published
    date = (
        f"{weekday(published, lower=True)}, {published:%d/%m/%Y, %H:%M} (GMT+7)"
        if published
        else ""
    )
    related = "".join(
        f'<li><h4 class="title-news"><a href="{esc(link.path)}" title="{esc(link.headline)}">'
        f"{esc(link.headline)}</a></h4></li>"
        for link in page.related
    )
    section_path = category_path(site.outlet, article_.stub.category)
    crumb = f'<li><a href="{section_path}" title="{esc(page.section)}">{esc(page.section)}</a></li>'
    return (
        _head(site, article_.stub.headline, article_.lead.text, article_.url, _meta(page))
        + _header(site)
        + menu_drawer(site.outlet, "menu-mobile")
        + '<section class="section page-detail top-detail"><div class="container"><div '
        'class="sidebar-1">\n'
        + f'<div class="header-content width_common"><ul class="breadcrumb">{crumb}</ul><span '
        f'class="date">{date}</span></div>\n'
        + f'<h1 class="title-detail">\n{esc(article_.stub.headline)}\n</h1>\n'
        + f'<p class="description">{esc(article_.lead.text)}</p>\n'
        + f'<article class="fck_detail ">{_detail(page)}</article>\n'
        + '<div class="footer-content width_common"><div '
        f'class="tags">{tag_links(article_.tags, "item-tag")}</div></div>\n'
        + f'<div class="box-tinlienquanv2"><h3>Xem thêm</h3><ul>{related}</ul></div>\n'
        + more_news(page.teasers, "box-category")
        + "</div>"
        + sidebar(page.teasers, "sidebar-2")
        + "</div></section>\n"
        + page_end(site.outlet, "footer-info")
        + _footer(site)
    )


def listing(page: ListingPage) -> str:
    site = page.site
    items = "".join(
        '<article class="item-news item-news-common"><h3 class="title-news"><a '
        f'href="{esc(link.path)}" '
        f'title="{esc(link.headline)}">{esc(link.headline)}</a></h3></article>\n'
        for link in page.links
    )
    pager = ""
    if page.page_paths:
        numbers = page_numbers(page, '<a class="active">{n}</a>', '<a href="{href}">{n}</a>')
        following = next_path(page)
        more = f'<a href="{following}" class="btn-page next-page"></a>' if following else ""
        pager = f'<div class="button-page flexbox">{numbers}{more}</div>'
    return (
        _head(site, page.title, page.title, site.outlet.real_url(page.path), "")
        + _header(site)
        + '<section class="section section_container"><h1 '
        f'class="title-folder">{esc(page.title)}</h1>\n'
        + f'<div class="width_common list-news-subfolder">\n{items}</div>\n{pager}\n</section>\n'
        + _footer(site)
    )
