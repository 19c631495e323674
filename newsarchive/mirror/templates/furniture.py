"""What real article pages carry around the article, in every template.

A saved provincial article page weighs 80-250 KB and holds 500-1,300 elements, most of
them outside the story: teaser boxes of other articles with lazy-loaded thumbnails, a
second (mobile) menu with sub-sections, ad and analytics scripts, and an imprint naming
the editor-in-chief. The mirror prints the same kinds of furniture, so extraction meets
the same traps and a crawl benchmark parses pages of a realistic size.

Teasers name only older articles, so a page never changes when the site grows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import cache

from newsarchive.mirror import pools
from newsarchive.mirror.outlets import Outlet
from newsarchive.mirror.templates.common import Link, category_nav, esc, search_href
from newsarchive.mirror.urls import CATEGORIES, category_path

TEASERS = 40
"""Older articles linked around each article page (the real pages show 30-45)."""

_SUBSECTIONS = {
    "thoi-su": ("Chính trị", "Xây dựng Đảng", "Quốc phòng", "Đối ngoại", "Chỉ đạo - điều hành",
                "Bầu cử"),
    "kinh-te": ("Nông nghiệp", "Doanh nghiệp", "Đầu tư", "Thị trường", "Nông thôn mới",
                "Khoa học - công nghệ"),
    "xa-hoi": ("Giáo dục", "Y tế", "Lao động - việc làm", "Giao thông", "Môi trường",
               "Dân tộc - miền núi"),
    "van-hoa": ("Văn nghệ", "Di sản", "Thể thao", "Du lịch", "Ẩm thực", "Lễ hội"),
    "phap-luat": ("An ninh trật tự", "Bạn đọc", "Phòng chống tham nhũng", "Tư vấn pháp luật",
                  "Điều tra", "Cảnh báo"),
}
_AD_POSITIONS = ("Top", "Right1", "Right2", "Right3", "Middle", "Bottom", "Float", "Popup")
_SIZES = ((300, 250), (300, 600), (728, 90), (970, 250), (320, 100))


def _digest(outlet: Outlet, salt: str) -> int:
    return int(hashlib.sha256(f"{outlet.id}:{salt}".encode()).hexdigest()[:8], 16)


def _thumb(link: Link) -> str:
    stem = link.path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"/images/thumbs/{stem}.jpg"


def _card(link: Link, css: str) -> str:
    src, title, href = _thumb(link), esc(link.headline), esc(link.path)
    when = f'<span class="{css}__time"><i class="ic-clock"></i>{link.when:%d/%m/%Y}</span>' \
        if link.when else ""
    return (
        f'<article class="{css}"> <figure class="{css}__thumb"> <a href="{href}" title="{title}"> '
        f'<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
        f'data-src="{src}" data-srcset="{src}?w=160 160w, {src}?w=320 320w, {src}?w=640 640w" '
        f'alt="{title}" width="320" height="200"> '
        f'<noscript><img src="{src}" alt="{title}"></noscript> </a> </figure> '
        f'<h3 class="{css}__heading"> <a class="cms-link" href="{href}" title="{title}">{title}'
        f"</a> </h3> {when} </article>"
    )


def teaser_box(title: str, links: Sequence[Link], css: str) -> str:
    """A titled box of teaser cards (``Tin mới nhất``, ``Đọc nhiều``, ``Tin khác``)."""
    if not links:
        return ""
    cards = " ".join(_card(link, f"{css}-item") for link in links)
    return (
        f'<div class="{css}"> <h3 class="{css}__title"><span>{esc(title)}</span></h3> '
        f'<div class="{css}__list" data-source="{css}"> {cards} </div> </div>'
    )


def sidebar(links: Sequence[Link], css: str) -> str:
    """The right column: the newest articles, then the most read."""
    return (
        f'<aside class="{css}"> {teaser_box("Tin mới nhất", links[:10], f"{css}-latest")} '
        f'<div class="{css}-banner" data-position="Web_Right1"></div> '
        f'{teaser_box("Đọc nhiều", links[10:20], f"{css}-popular")} '
        f'<div class="{css}-banner" data-position="Web_Right2"></div> </aside>'
    )


def more_news(links: Sequence[Link], css: str) -> str:
    """The grid under the article."""
    return teaser_box("Tin khác", links[20:TEASERS], css)


@cache  # the same on every page of an outlet
def menu_drawer(outlet: Outlet, css: str) -> str:
    """The mobile menu: every section with its sub-sections (search links)."""
    sections = []
    for slug, name in CATEGORIES:
        subs = "".join(
            f'<li class="{css}__sub"><a href="{esc(search_href(sub))}" title="{esc(sub)}">'
            f"{esc(sub)}</a></li>"
            for sub in _SUBSECTIONS[slug]
        )
        href = category_path(outlet, slug)
        sections.append(
            f'<li class="{css}__item"><a href="{href}" title="{esc(name)}">{esc(name)}</a>'
            f'<span class="{css}__toggle"><i class="ic-down"></i></span><ul>{subs}</ul></li>'
        )
    return (
        f'<div class="{css}" id="menu-drawer"> <div class="{css}__head"> '
        f'<a class="{css}__logo" href="/">{esc(outlet.name)}</a> '
        f'<button class="{css}__close" type="button"><i class="ic-close"></i></button> </div> '
        f'<ul class="{css}__list">{"".join(sections)}</ul> </div>'
    )


def _scripts(outlet: Outlet) -> str:
    """The ad-zone and analytics configuration real CMSs print inline."""
    base = _digest(outlet, "zones") % 90_000 + 10_000
    zones = [
        {"id": f"zone-{base + n}", "position": f"Web_{position}_{n}",
         "sizes": [list(size) for size in _SIZES[n % 3 :]], "lazy": n > 2,
         "targeting": {"site": outlet.id, "slot": n, "section": CATEGORIES[n % 5][0]}}
        for n, position in enumerate(_AD_POSITIONS * 6)
    ]
    config = json.dumps({"zones": zones, "refresh": 30}, separators=(",", ":"))
    tracker = _digest(outlet, "ga") % 9_000_000 + 1_000_000
    return (
        f"<script>window.adConfig = {config};</script> "
        "<script async src=\"/js/ads.min.js\"></script> "
        f"<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push("
        f"arguments);}} gtag('js', new Date()); gtag('config', 'G-{tracker}');</script> "
        '<style>.lazyload{opacity:0;transition:opacity .3s}.lazyloaded{opacity:1}'
        '.banner{min-height:250px;background:#f4f4f4}</style>'
    )


def _imprint(outlet: Outlet, css: str) -> str:
    """The footer's legal lines: the editor-in-chief, address, licence, contacts."""
    number = _digest(outlet, "imprint")
    editor = (
        f"{pools.SURNAMES[number % len(pools.SURNAMES)]} "
        f"{pools.MIDDLE_MALE[number // 7 % len(pools.MIDDLE_MALE)]} "
        f"{pools.GIVEN_MALE[number // 11 % len(pools.GIVEN_MALE)]}"
    )
    phone = f"0{number % 900 + 100} {number % 9000 + 1000} {number // 9 % 900 + 100}"
    return (
        f'<div class="{css}"> <ul class="{css}__menu">{category_nav(outlet, f"{css}__link")}</ul> '
        f'<div class="{css}__info"> <p><strong>{esc(outlet.name)}</strong></p> '
        f"<p>Tổng Biên tập: {esc(editor)}</p> "
        f"<p>Giấy phép hoạt động báo điện tử số {number % 900 + 100}/GP-BTTTT.</p> "
        f"<p>Tòa soạn: số {number % 300 + 1} {pools.STREETS[number % len(pools.STREETS)]}.</p> "
        f"<p>Điện thoại: {phone} - Email: toasoan@{esc(outlet.domain)}</p> </div> "
        f'<div class="{css}__social"> <a href="#" title="Facebook"><i class="ic-fb"></i></a> '
        '<a href="#" title="Youtube"><i class="ic-yt"></i></a> '
        '<a href="#" title="Zalo"><i class="ic-zalo"></i></a> </div> </div>'
    )


@cache
def page_end(outlet: Outlet, css: str) -> str:
    """What closes every article page before the footer: scripts, then the imprint."""
    return _scripts(outlet) + _imprint(outlet, css)
