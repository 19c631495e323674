"""The mcms family (nhandan, baolaocai, tienphong, vietnamplus, plo).

``h1.article__title.cms-title``, ``time.time[datetime]`` with a ``+0700`` offset and a
``meta.cms-date``, ``.article__sapo.cms-desc``, ``.article__body.cms-body`` (paragraphs in
``<div>`` on baolaocai), inline ``.article-relate`` boxes, and the byline where each
outlet prints it: last ``div.t1 > span.t2`` (baolaocai), ``.article__author .name`` at the
end of the body (nhandan, vietnamplus) or in the footer (tienphong), ``a.name`` in the
header (plo); an agency credit in ``.article__source``. Listings print no dates.
"""

from __future__ import annotations

from newsarchive.mirror.model import Article, Figure
from newsarchive.mirror.templates.common import (
    ArticlePage,
    Link,
    ListingPage,
    SiteInfo,
    body_blocks,
    category_nav,
    data_layer,
    esc,
    iso,
    news_article_ld,
    next_path,
    page_numbers,
    search_form,
    tag_links,
)
from newsarchive.mirror.templates.furniture import menu_drawer, more_news, page_end, sidebar
from newsarchive.mirror.urls import category_path

_BYLINE_STYLE = {
    "nhandan": "author",
    "vietnamplus": "author",
    "tienphong": "footer",
    "plo": "header",
}


def _style(site: SiteInfo) -> str:
    return _BYLINE_STYLE.get(site.outlet.id, "t1")


def _head(site: SiteInfo, title: str, canonical: str, extra: str) -> str:
    name = esc(site.outlet.name)
    return (
        f'<!DOCTYPE html> <html lang="vi"> <head> <title>{esc(title)} | {name}</title> '
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> '
        '<meta content="width=device-width, initial-scale=1" name="viewport"/> '
        f'<link rel="canonical" href="{esc(canonical)}" /> <meta property="og:site_name" '
        f'content="{name}"/> '
        f'<link rel="alternate" type="application/rss+xml" title="{name}" href="{site.rss_path}"/> '
        f"{extra} <script>var cmsConfig = {{domain: '{site.outlet.domain}', sdaWeb: "
        "true}};</script> </head> "
    )


def _header(site: SiteInfo) -> str:
    return (
        '<body> <header class="site-header"> <div class="container"> <div class="top-header"> '
        f'<a class="logo" href="/" title="{esc(site.outlet.name)}">{esc(site.outlet.name)}</a> '
        f"{search_form('search-form')} </div> <ul "
        f'class="menu-main">{category_nav(site.outlet, "cms-link")}</ul> '
        "</div> </header> "
    )


def _footer(site: SiteInfo) -> str:
    return (
        '<footer class="site-footer"> <div class="container"> '
        f"<p>© {esc(site.outlet.name)}. Sao chép nội dung xin dẫn nguồn.</p> "
        f'<a href="{site.rss_path}">RSS</a> </div> </footer> </body> </html>'
    )


def _article_meta(article: Article, section: str) -> str:
    parts = [
        f'<meta name="description" content="{esc(article.lead.text)}"/>',
        '<meta property="og:type" content="article"/>',
        f'<meta property="og:url" content="{esc(article.url)}"/>',
        f'<meta property="og:title" content="{esc(article.stub.headline)}"/>',
        f'<meta property="og:description" content="{esc(article.lead.text)}"/>',
        f'<meta property="article:section" content="{esc(section)}"/>',
    ]
    published = article.stub.published
    if published is not None and article.updated is not None:
        parts.append(
            f'<meta property="article:published_time" content="{iso(published, colon=False)}"/>'
        )
        parts.append(
            '<meta property="article:modified_time" '
            f'content="{iso(article.updated, colon=False)}"/>'
        )
    return " ".join(parts)


def _time(article: Article) -> str:
    published = article.stub.published
    if published is None:
        return ""
    stamp = iso(published, colon=False)
    return (
        f'<time class="time" datetime="{stamp}"><i class="ic-calendar"></i>'
        f'<span data-format="long">{published:%d/%m/%Y %H:%M}</span></time> '
        f'<meta class="cms-date" itemprop="datePublished" content="{stamp}"> '
    )


def _header_authors(article: Article) -> str:
    names = article.byline.names
    links = [
        '<a href="#" class="name" '
        f'title="{esc(name)}">{esc(name)}{" - " if i < len(names) - 1 else ""}</a>'
        for i, name in enumerate(names)
    ]
    return f'<div class="author cms-author">{" ".join(links)}</div>' if links else ""


def _body_byline(article: Article, style: str) -> str:
    byline = article.byline
    if byline.source and not byline.names:
        if style == "t1":
            return f'<div class="t1"> <span class="t2">{esc(byline.text)}</span> </div>'
        name = f'<span class="name">{esc(byline.text)}</span>'
        return f'<div class="article__source"> <div class="source"> {name} </div> </div>'
    if style == "t1":
        return f'<div class="t1"> <span class="t2">{esc(byline.text)}</span> </div>'
    if style == "author":
        names = esc(" - ".join(byline.names))
        return f'<div class="article__author"> <p class="name">{names}</p> </div>'
    return ""


def _related_box(link: Link) -> str:
    return (
        '<div class="article-relate" data-source="related-news"> <article class="story"> '
        f'<h2 class="story__heading"> <a class="cms-link" href="{esc(link.path)}" '
        f'title="{esc(link.headline)}"> '
        f"{esc(link.headline)} </a></h2> </article> </div>"
    )


def _figure(figure: Figure) -> str:
    return (
        f'<figure class="image"> <img class="cms-photo" src="{figure.src}" '
        f'alt="{esc(figure.text)}"> <figcaption>{esc(figure.caption)}</figcaption> </figure>'
    )


def _body(page: ArticlePage, style: str) -> str:
    article = page.article
    tag = "div" if page.site.outlet.id == "baolaocai" else "p"

    def inserted(number: int) -> list[str]:
        if number == 1:
            return ['<div class="sda_middle"> <div class="rennab fyi" '
                    'data-position="Web_SdaArticleMiddle"> </div> </div>']
        return [_related_box(page.related[0])] if number == 2 and page.related else []

    chunks = body_blocks(article, lambda text: f"<{tag}>{esc(text)}</{tag}>", _figure,
                         inserted)
    chunks.append(_body_byline(article, style))
    return "\n".join(chunks)


def article(page: ArticlePage) -> str:
    article_, site, style = page.article, page.site, _style(page.site)
    marker = esc(site.outlet.marker)
    footer_author = ""
    if style == "footer" and article_.byline.names:
        names = esc(" - ".join(article_.byline.names))
        footer_author = f'<div class="article__author"> <span class="name">{names}</span> </div>'
    related = "".join(
        '<article class="story"> <h2 class="story__heading"> <a class="cms-link" '
        f'href="{esc(link.path)}" '
        f'title="{esc(link.headline)}">{esc(link.headline)}</a> </h2> </article>'
        for link in page.related
    )
    extra = (
        _article_meta(article_, page.section)
        + " "
        + news_article_ld(page, empty_person=style == "t1")
    )
    return (
        _head(site, article_.stub.headline, article_.url, extra)
        + _header(site)
        + menu_drawer(site.outlet, "menu-mobile")
        + '<div class="site-body"> <div class="container detail"> <div class="breadcrumbs"> <h2 '
        'class="main"> ' + f'<a href="{category_path(site.outlet, article_.stub.category)}" '
        f'title="{esc(page.section)}" class="active">{esc(page.section)}</a> </h2> </div> '
        + '<div class="col"> <div class="main-col content-col"> <div class="article"> '
        + '<div class="article__header"> <h1 class="article__title cms-title "> '
        f"{esc(article_.stub.headline)} </h1> "
        + f'<div class="article__meta"> {_time(article_)}'
        + (_header_authors(article_) if style == "header" else "")
        + ' <div class="social social-share"> <a href="javascript:void(0);" class="print '
        'sendprint" title="In bài viết">In bài viết</a> </div> </div> </div> '
        + f'<div class="article__sapo cms-desc"> <p>{marker}{esc(article_.lead.text)}</p> </div> '
        + '<div class="article__body zce-content-body cms-body" itemprop="articleBody">\n'
        + _body(page, style)
        + f'\n</div> <div class="article__tag"> {tag_links(article_.tags, "active")} </div> '
        + f'<div class="article-footer"> {footer_author} <div class="related-news"> <h3 '
        'class="box-heading"> '
        + '<span class="title">Tin liên quan</span> </h3> <div class="box-content" '
        f'data-source="related-news">{related}</div> </div> '
        + more_news(page.teasers, "box-more")
        + " </div> "
        + f'<div class="wrap-comment" data-id="{article_.stub.article_id}"></div> </div> </div> '
        + sidebar(page.teasers, "sub-col")
        + " </div> </div> </div> "
        + data_layer(article_, page.section)
        + page_end(site.outlet, "footer-info")
        + _footer(site)
    )


def listing(page: ListingPage) -> str:
    site = page.site
    stories = "".join(
        '<article class="story"> <figure class="story__thumb"> <a class="cms-link" '
        f'href="{esc(link.path)}" '
        f'title="{esc(link.headline)}"> </a> </figure> <h2 class="story__heading"> '
        f'<a class="cms-link" href="{esc(link.path)}" title="{esc(link.headline)}"> '
        f"{esc(link.headline)} </a> </h2> </article>"
        for link in page.links
    )
    pager = ""
    if page.page_paths:
        numbers = page_numbers(
            page, '<span class="active">{n}</span>', '<a class="page" href="{href}">{n}</a>'
        )
        following = next_path(page)
        more = f'<a class="next" href="{following}">Xem thêm</a>' if following else ""
        pager = f'<div class="pagination"> {numbers} {more} </div>'
    canonical = site.outlet.real_url(page.path)
    return (
        _head(site, page.title, canonical, '<meta property="og:type" content="website"/>')
        + _header(site)
        + '<div class="site-body"> <div class="container"> <h1 class="box-heading"> <span '
        f'class="title">{esc(page.title)}</span> </h1> '
        + f'<div class="box-content content-list" data-source="zone-news"> {stories} </div> '
        f"{pager} </div> </div> " + _footer(site)
    )
