"""Joomla with the K2 component, as provincial outlets without a vendor CMS run it.

The site logo is the page's only ``<h1>``; the headline is ``h2.itemTitle``. The date is
printed machine-style (``2025-03-14 16:40:00``) in ``span.itemDateCreated`` and nowhere in
the metadata, while the ``Tin mới`` module prints other articles' dates the same way.
``span.itemAuthor`` names the CMS account (``Super User``), not the writer; the byline is
the right-aligned bold last line of ``div.itemFullText``. The lead is ``div.itemIntroText``,
captions are ``span.itemImageCaption`` / ``<em>`` lines, a related module sits inside the body.
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
from newsarchive.mirror.templates.furniture import more_news, page_end

_RELATED_AFTER = 1
"""The related module follows the second paragraph."""


def _stamp(when: datetime) -> str:
    return f"{when:%Y-%m-%d %H:%M:%S}"


def _head(site: SiteInfo, title: str, canonical: str, og_type: str) -> str:
    return (
        '<!DOCTYPE html>\n<html xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n'
        '<meta http-equiv="content-type" content="text/html; charset=utf-8" />\n'
        f'<meta property="og:url" content="{esc(canonical)}" />\n'
        f'<meta property="og:type" content="{og_type}" />\n'
        f'<meta property="og:title" content="{esc(title)}" />\n'
        '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
        f"<title>{esc(title)}</title>\n"
        f'<link rel="alternate" type="application/rss+xml" href="{site.rss_path}" />\n'
        '<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />\n</head>\n'
    )


def _header(site: SiteInfo, view: str) -> str:
    name = esc(site.outlet.name)
    return (
        f'<body class="site com_k2 view-{view}">\n<div id="header">'
        f'<h1 class="logo"><a href="/" title="{name}">{name}</a></h1>'
        f'<ul class="nav menu mod-list">{category_nav(site.outlet, "menu-item")}</ul></div>\n'
    )


def _latest(links: tuple[Link, ...]) -> str:
    items = "".join(
        f'<li><span class="moduleItemDateCreated">{_stamp(link.when)}</span>'
        f'<a class="moduleItemTitle" href="{esc(link.path)}">{esc(link.headline)}</a></li>'
        for link in links[:8] if link.when
    )
    return f'<div class="moduletable"><h3>Tin mới</h3><ul class="k2ItemsBlock">{items}</ul></div>'


def _figure(figure: Figure) -> str:
    return (
        f'<p style="text-align: center;"><img src="{figure.src}" alt="{esc(figure.text)}" />'
        f"<br /><em>{esc(figure.caption)}</em></p>"
    )


def _full_text(page: ArticlePage) -> str:
    related = "".join(
        f'<li><a href="{esc(link.path)}">{esc(link.headline)}</a></li>' for link in page.related
    )
    module = f'<div class="moduletable related"><h3>Tin liên quan</h3><ul>{related}</ul></div>'
    blocks = body_blocks(
        page.article, lambda text: f"<p>{esc(text)}</p>", _figure,
        lambda number: [module] if number == _RELATED_AFTER and related else [],
    )
    blocks.append(
        f'<p style="text-align: right;"><strong>{esc(page.article.byline.text)}</strong></p>'
    )
    return "\n".join(blocks)


def _item_header(page: ArticlePage) -> str:
    published = page.article.stub.published
    date = f'<span class="itemDateCreated">{_stamp(published)}</span>' if published else ""
    return (
        f'<div class="itemHeader">{date}'
        f'<h2 class="itemTitle">{esc(page.article.stub.headline)}</h2>'
        '<span class="itemAuthor">Viết bởi <a rel="author" href="/itemlist/user/42-superuser">'
        "Super User</a></span></div>\n"
    )


def article(page: ArticlePage) -> str:
    article_, site = page.article, page.site
    tags = "".join(f'<li><a href="/itemlist/tag/{esc(t)}">{esc(t)}</a></li>' for t in article_.tags)
    return (
        _head(site, article_.stub.headline, article_.url, "article")
        + _header(site, "item")
        + '<div id="main"><div id="content"><div id="k2Container" class="itemView">\n'
        + _item_header(page)
        + '<div class="itemBody">'
        + f'<div class="itemIntroText"><p>{esc(article_.lead.text)}</p></div>\n'
        + f'<div class="itemFullText">\n{_full_text(page)}\n</div></div>\n'
        + f'<div class="itemTagsBlock"><span>Tags</span><ul class="itemTags">{tags}</ul></div>\n'
        + '<div class="itemComments"><h3>Để lại bình luận</h3><form id="comment-form">'
        '<textarea name="commentText">Nhập bình luận của bạn tại đây...</textarea>'
        '<input type="submit" value="Gửi bình luận" /></form></div>\n'
        + more_news(page.teasers, "itemRelated")
        + f'</div></div><div id="right">{_latest(page.teasers)}</div></div>\n'
        + page_end(site.outlet, "footer-imprint")
        + "</body>\n</html>\n"
    )


def _list_item(link: Link) -> str:
    date = f'<span class="catItemDateCreated">{_stamp(link.when)}</span>' if link.when else ""
    return (
        f'<div class="catItemView"><div class="catItemHeader">{date}<h3 class="catItemTitle">'
        f'<a href="{esc(link.path)}">{esc(link.headline)}</a></h3></div></div>\n'
    )


def listing(page: ListingPage) -> str:
    site = page.site
    pager = ""
    if page.page_paths:
        numbers = page_numbers(page, '<li class="active"><a>{n}</a></li>',
                               '<li><a href="{href}">{n}</a></li>')
        following = next_path(page)
        more = f'<li><a title="Tiếp" href="{following}">Tiếp</a></li>' if following else ""
        pager = f'<div class="k2Pagination"><ul class="pagination-list">{numbers}{more}</ul></div>'
    return (
        _head(site, page.title, site.outlet.real_url(page.path), "article")
        + _header(site, "itemlist")
        + '<div id="main"><div id="k2Container" class="itemListView">'
        + f'<div class="itemListCategory"><h2>{esc(page.title)}</h2></div>\n'
        + "".join(_list_item(link) for link in page.links)
        + pager
        + "</div></div>\n</body>\n</html>\n"
    )
