"""URL schemes of the mirrored templates: article, category, feed and image paths.

Article paths copy the real outlets' shapes (``/<slug>-post<id>.html`` for mcms,
``/<slug>-a<id>.html`` for baocantho, ``/<slug>-<id>.html`` for OneCMS and FPT,
``/<category>/<slug>-<id>.html`` for the generic template, ``/<category>/item/<id>-<slug>``
for Joomla/K2, ``/tin-tuc/<category>/<slug>-<id>`` for Drupal). Category pagination:
mcms ``/<cat>/?page=N``, baocantho ``/<cat>?p=N``, OneCMS, K2 ``/<cat>?page=N``, generic
``/<cat>/trang-N.html``, FPT ``/<cat>-pN``, Drupal ``/tin-tuc/<cat>?page=N`` (none of them
looks like an article path).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs

from newsarchive.mirror.outlets import Outlet

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("thoi-su", "Thời sự"),
    ("kinh-te", "Kinh tế"),
    ("xa-hoi", "Xã hội"),
    ("van-hoa", "Văn hóa"),
    ("phap-luat", "Pháp luật"),
)
CATEGORY_NAMES = dict(CATEGORIES)
SEARCH_PATH = "/tim-kiem/"
PAGE_SIZE = {"mcms": 20, "baocantho": 15, "onecms": 20, "fpt": 25, "generic": 20, "k2": 10,
             "drupal": 12}
_SLUG_MAX = 80

_ARTICLE_RE = {
    "mcms": r"^/([a-z0-9-]+)-post(?P<id>\d+){ext}$",
    "baocantho": r"^/([a-z0-9-]+)-a(?P<id>\d+)\.html$",
    "onecms": r"^/([a-z0-9-]+)-(?P<id>\d+)\.html$",
    "fpt": r"^/([a-z0-9-]+)-(?P<id>\d+)\.html$",
    "generic": r"^/[a-z-]+/([a-z0-9-]+)-(?P<id>\d+)\.html$",
    "k2": r"^/[a-z-]+/item/(?P<id>\d+)-([a-z0-9-]+)$",
    "drupal": r"^/tin-tuc/[a-z-]+/([a-z0-9-]+)-(?P<id>\d+)$",
}
_CATEGORY_RE = {
    "mcms": r"^/({cats})/$",
    "baocantho": r"^/({cats})/?$",
    "onecms": r"^/({cats})$",
    "fpt": r"^/({cats})(?:-p(\d+))?$",
    "generic": r"^/({cats})(?:/|/trang-(\d+)\.html)$",
    "k2": r"^/({cats})$",
    "drupal": r"^/tin-tuc/({cats})$",
}
_PAGE_PARAM = {"mcms": "page", "baocantho": "p", "onecms": "page", "k2": "page", "drupal": "page"}
_RSS = {"baocantho": "/rss/home/", "fpt": "/rss/tin-moi-nhat.rss"}


def slugify(text: str) -> str:
    """ASCII slug of a Vietnamese headline, cut at a word boundary."""
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > _SLUG_MAX:
        slug = slug[:_SLUG_MAX].rsplit("-", 1)[0]
    return slug


def article_path(outlet: Outlet, slug: str, article_id: int, category: str) -> str:
    family = outlet.family
    if family == "mcms":
        return f"/{slug}-post{article_id}{outlet.extension}"
    if family == "baocantho":
        return f"/{slug}-a{article_id}.html"
    if family == "generic":
        return f"/{category}/{slug}-{article_id}.html"
    if family == "k2":
        return f"/{category}/item/{article_id}-{slug}"
    if family == "drupal":
        return f"/tin-tuc/{category}/{slug}-{article_id}"
    return f"/{slug}-{article_id}.html"


def parse_article_id(outlet: Outlet, path: str) -> int | None:
    """The article id in ``path`` when it has the shape of an article URL."""
    pattern = _ARTICLE_RE[outlet.family].replace("{ext}", re.escape(outlet.extension))
    match = re.match(pattern, path)
    return int(match.group("id")) if match else None


def category_path(outlet: Outlet, category: str, page: int = 1) -> str:
    family = outlet.family
    if family == "mcms":
        return f"/{category}/" if page == 1 else f"/{category}/?page={page}"
    if family == "baocantho":
        return f"/{category}/" if page == 1 else f"/{category}?p={page}"
    if family == "fpt":
        return f"/{category}" if page == 1 else f"/{category}-p{page}"
    if family in ("onecms", "k2"):
        return f"/{category}" if page == 1 else f"/{category}?page={page}"
    if family == "drupal":
        return f"/tin-tuc/{category}" if page == 1 else f"/tin-tuc/{category}?page={page}"
    return f"/{category}/" if page == 1 else f"/{category}/trang-{page}.html"


def parse_category(outlet: Outlet, path: str, query: str) -> tuple[str, int] | None:
    """(category, page) when ``path`` and ``query`` address a category listing."""
    cats = "|".join(re.escape(slug) for slug, _ in CATEGORIES)
    match = re.match(_CATEGORY_RE[outlet.family].replace("{cats}", cats), path)
    if match is None:
        return None
    param = _PAGE_PARAM.get(outlet.family)
    if param is not None:
        values = parse_qs(query).get(param)
        raw = values[0] if values else "1"
    else:
        raw = (match.group(2) if match.lastindex and match.lastindex >= 2 else None) or "1"
    return (match.group(1), int(raw)) if raw.isdigit() and int(raw) >= 1 else None


def rss_path(outlet: Outlet) -> str:
    return _RSS.get(outlet.family, "/rss/home.rss")


def image_path(article_id: int, number: int) -> str:
    return f"/images/{article_id // 1000}/{article_id}-{number}.jpg"
