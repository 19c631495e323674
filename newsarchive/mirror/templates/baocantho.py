"""Báo Cần Thơ's PHP template.

Two ``<h1>`` (the section in ``div.titlecate`` and the headline ``h1.margintopbot10``),
``span.pubdate`` ``dd/mm/yyyy - HH:MM`` printed before the headline, a ``<base href>``,
mixed CRLF/LF line endings, the lead as the first ``div.content-fck`` paragraph opening
with ``<strong>(CTO)</strong> -``, captions as a centred ``<em>`` paragraph, the byline
as the last right-aligned bold paragraph, a comment form after the article. JSON-LD has a
date without time and no author. Listings print no dates; pages are ``?p=N``.
"""

from __future__ import annotations

from newsarchive.mirror.model import Figure
from newsarchive.mirror.templates.common import (
    ArticlePage,
    ListingPage,
    SiteInfo,
    body_blocks,
    category_nav,
    esc,
    news_article_ld,
    next_path,
    page_numbers,
    search_form,
    tag_links,
)
from newsarchive.mirror.templates.furniture import menu_drawer, more_news, page_end, sidebar
from newsarchive.mirror.urls import CATEGORY_NAMES, category_path

_SUFFIX = "Báo Cần Thơ Online"


def _head(site: SiteInfo, title: str, canonical: str, extra: str) -> str:
    return (
        '<!DOCTYPE html>\r\n<html lang="vi">\r\n<head>\r\n'
        f"<title>{esc(title)} - {_SUFFIX}</title>\r\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta name="robots" content="index,follow" />\n'
        '<base href="/static/templates/version1/homepage/" />\n'
        f'<link rel="canonical" href="{esc(canonical)}" />{extra}\r\n'
        '<link href="css/style2023.css?id=1.000001" type="text/css" rel="stylesheet" />\n'
        "</head>\r\n"
    )


def _header(site: SiteInfo) -> str:
    return (
        '<body>\r\n<div class="header"><div class="container">'
        '<a class="logo" '
        f'href="/"><span>{esc(site.outlet.name)}</span></a>{search_form("frm-search")}'
        f'<span class="item"><a href="{site.rss_path}"><span class="sprite rss"></span></a></span>'
        f'</div><nav><ul class="MyMenu">{category_nav(site.outlet, "menu")}</ul></nav></div>\r\n'
    )


def _footer() -> str:
    return (
        '<div class="footer"><div class="container"><p>Cơ quan chủ quản: Thành ủy Cần Thơ.</p>'
        "<p>Sao chép nội dung xin dẫn nguồn Báo Cần Thơ.</p></div></div>\r\n"
        "</body>\r\n</html>\r\n"
    )


def _meta(page: ArticlePage) -> str:
    article = page.article
    marker = page.site.outlet.marker
    return (
        f'\n<meta name="Description" content="{esc(marker + article.lead.text)}" />'
        f'\n<meta property="og:url" content="{esc(article.url)}" />'
        '\n<meta property="og:type" content="article" />'
        f'\n<meta property="og:title" content="{esc(article.stub.headline)}" />'
        f"\n{news_article_ld(page, date_only=True)}"
    )


def _figure(figure: Figure) -> str:
    return (
        '<p style="text-align: justify;"><img class="zoomimg" alt="" '
        f'src="{figure.src}" style="width: 700px;" /></p>\r\n'
        f'<p style="text-align: center;"><em>{esc(figure.caption)}</em></p>'
    )


def _content(page: ArticlePage) -> str:
    article, marker = page.article, page.site.outlet.marker.rstrip(" -")
    rows = [
        f'<p style="text-align: justify;"><strong>{esc(marker)}</strong> - '
        f"{esc(article.lead.text)}</p>"
    ]
    rows += body_blocks(
        article,
        lambda text: f'<p style="text-align: justify;">{esc(text)}</p>',
        _figure,
        lambda number: ['<div class="AMN_res_mid"></div>'] if number == 1 else [],
    )
    rows.append(f'<p style="text-align: right;"><strong>{esc(article.byline.text)}</strong></p>')
    return "\r\n".join(rows)


def article(page: ArticlePage) -> str:
    article_, site = page.article, page.site
    category = article_.stub.category
    pubdate = article_.stub.published
    stamp = f'<span class="pubdate">{pubdate:%d/%m/%Y - %H:%M}</span>' if pubdate else ""
    related = "".join(
        f'<li><a href="{esc(link.path)}">{esc(link.headline)}</a></li>' for link in page.related
    )
    return (
        _head(site, article_.stub.headline, article_.url, _meta(page))
        + _header(site)
        + menu_drawer(site.outlet, "menu-mobile")
        + '<div class="wappercontainer"><div class="container"><div id="content"><div '
        'id="colcate1">\r\n'
        + f'<div class="titlecate"><h1><a href="{category_path(site.outlet, category)}">'
        + f"{esc(CATEGORY_NAMES[category].upper())}</a></h1></div>\r\n"
        + f'<div id="clear" class="sharemxh detail-fb-like-share">{stamp}<div class="fright">'
        + f'<a href="javascript:void(0);" onclick="printPopup(\'/print{article_.stub.path}\');" '
        'title="Print" rel="nofollow">'
        + '<span class="sprite icoprint"></span></a></div></div>\r\n'
        + f'<h1 class="margintopbot10 fw700">{esc(article_.stub.headline)}&nbsp;<span '
        'class="sprite icophoto"></span></h1>\r\n'
        + '<div id="newscontents"><div class="content-fck slider-jsgallery">\r\n'
        + _content(page)
        + "\r\n</div></div>\r\n"
        + '<div id="linkshare"><b class="fs13">Chia sẻ bài viết</b></div>\r\n'
        + '<div class="block_tag marginbottom10"><div class="txt_tag">Từ '
        f"khóa</div>{tag_links(article_.tags, 'tag_item')}</div>\r\n"
        + '<div class="comment"><h3>Ý kiến bạn đọc</h3><form action="/binh-luan/" method="post">'
        + '<textarea name="noidung">Nội dung ý kiến</textarea><input type="text" name="hoten" '
        'value="Họ tên"/>'
        + '<button type="submit">Gửi ý kiến</button></form></div>\r\n'
        + f'<div class="tinlienquan"><h3>Tin liên quan</h3><ul>{related}</ul></div>\r\n'
        + more_news(page.teasers, "tinkhac")
        + "</div>"
        + sidebar(page.teasers, "colcate2")
        + "</div></div></div>\r\n"
        + page_end(site.outlet, "footer-info")
        + _footer()
    )


def listing(page: ListingPage) -> str:
    site = page.site
    items = "".join(
        f'<li class="news-img-left news-img"><a class="b-title" href="{esc(link.path)}">'
        f'<h3 class="marginbottom5 fs18">{esc(link.headline)}&nbsp;<span class="sprite '
        'icophoto"></span></h3></a></li>'
        for link in page.links
    )
    pager = ""
    if page.page_paths:
        numbers = page_numbers(page, "<li><b>{n}</b></li>", '<li><a href="{href}">{n}</a></li>')
        following = next_path(page)
        more = f'<li><a href="{following}">&gt;</a></li>' if following else ""
        pages = f'<div class="fright" id="page"><ul>{numbers}{more}</ul></div>'
        pager = f'<div class="boxpage">{pages}</div>'
    title_link = category_path(site.outlet, page.category) if page.category else "/"
    return (
        _head(site, page.title, site.outlet.real_url(page.path), "")
        + _header(site)
        + '<div class="wappercontainer"><div class="container"><div id="content"><div '
        'id="colcate1">\r\n' + '<div class="titlecate"><h1><a '
        f'href="{title_link}">{esc(page.title.upper())}</a></h1></div>\r\n'
        + '<div class="boxtinmoi"><ul '
        f'class="list-news-img-style-1">{items}</ul></div>\r\n{pager}\r\n'
        + "</div></div></div></div>\r\n"
        + _footer()
    )
