"""The headline and the sapo (lead) of an article."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import islice
from urllib.parse import urlsplit

from newsarchive.dom import HtmlElement, lines_of, text_of
from newsarchive.extract.byline import looks_like_credit
from newsarchive.extract.metadata import Metadata, jsonld_text
from newsarchive.extract.selectors import select
from newsarchive.sites import Profile
from newsarchive.text import clean_line, fold

_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s+::?\s+(?=\S)|\s*::\s*")
_PREFIX_SEPARATOR = re.compile(r"^([^:]{2,60}?)\s*:\s+")
_SUFFIX_SEPARATOR = re.compile(r"\s*:\s+([^:]{2,60})$")
MIN_HEADING_SIMILARITY = 0.8
MIN_CANDIDATE_SIMILARITY = 0.4
_LOGO_HINT = re.compile(r"logo|brand|site-?name|site-?title|masthead", re.IGNORECASE)
MAX_SITE_NAME_CHARS = 60
_TITLE_HINT = re.compile(r"title|tieu-?de", re.IGNORECASE)
MIN_TITLE_BLOCK_WORDS = 4
MAX_HEADLINE_BLOCK_EXTRA_CHARS = 60
MAX_HEADLINE_BLOCK_CHARS = 1000
MAX_BADGE_CHARS = 12
"""A type label printed before the headline inside its heading: ``Video``, ``[Ảnh]``."""
_BADGE_TAGS = frozenset({"span", "em", "i", "b", "strong", "small", "label", "sup"})
MAX_TITLE_BLOCK_CHARS = 300
_PAGE_TYPE_NAMES = frozenset({
    "chi tiết", "chi tiết tin", "chi tiết tin tức", "chi tiết bài viết", "tin chi tiết",
    "nội dung chi tiết", "xem chi tiết", "bài viết", "tin tức", "tin tức - sự kiện",
})
"""What a portal's page-title heading and ``<title>`` may say instead of the article's
title: the page's type (``Chi tiết tin tức``, SharePoint's page title)."""
_PORTAL_OPENINGS = ("báo điện tử", "tạp chí", "cổng thông tin", "trang thông tin")
"""How an outlet's name opens, wherever it stands in a title (``Cổng thông tin điện tử
tỉnh …``)."""
_OUTLET_NAME_ENDINGS = ("điện tử", "online")
"""What ends a paper's name after ``Báo`` and its capitalised words (``Báo Bắc Kạn điện
tử``)."""
_OUTLET_MARKER = re.compile(
    r"^\s*(?!P\.?V\s*:)"  # an interviewer's question (``PV: Thưa ông, …``), no outlet
    r"(?:\([^()]{2,20}\)|[A-ZĐ][A-ZĐ0-9+.]{1,9}(?:\s[A-ZĐ][A-Za-zĐ0-9+.]{1,9})?)\s*[-–—:]+\s*"
)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, fold(a), fold(b)).ratio()


def meta_title(meta: Metadata) -> str | None:
    return jsonld_text(meta.article, "headline") or meta.get("og:title", "twitter:title")


def find_headline(
    root: HtmlElement, meta: Metadata, profile: Profile
) -> tuple[str, HtmlElement | None]:
    """The main heading as the page shows it; falls back to metadata and ``<title>``.

    ``h1``, ``og:title``, ``<title>`` and JSON-LD ``headline`` are weighed together; an
    ``<h1>`` that is the site's logo or name is never the headline.
    """
    reference = meta_title(meta) or meta.title or ""
    if fold(reference) in _PAGE_TYPE_NAMES:
        reference = ""
    outlets = outlet_names(meta, profile)
    headings = [(h1, text) for h1 in root.iter("h1") if (text := heading_text(h1))]
    if meta.title and not any(fold(text) == fold(reference) for _, text in headings) \
            and _names_the_outlet_in(reference, meta.title, outlets):
        outlets.append(fold(reference))
        reference = meta.title
    logos = {fold(text) for h1, text in headings if _is_logo(h1, text, outlets)
             or _names_the_site(text, outlets, reference) or fold(text) in _PAGE_TYPE_NAMES}
    outlets += logos
    candidates = [(e, text) for e in select(root, profile.selectors.headline)
                  if (text := heading_text(e))]
    if not candidates:
        candidates = [(h1, text) for h1, text in headings if not _is_logo(h1, text, outlets)]
    best = _best_candidate(candidates, reference)
    title = strip_site_name(reference, outlets) if reference else ""
    if best is not None and (len(candidates) > 1 or not _unlike_title(best[1], title)):
        element, text = best
        return _respace(element, text, reference, outlets), element
    heading = _heading_matching_title(root, title)
    if heading is None and best is not None:
        element, text = best
        return _respace(element, text, reference, outlets), element
    if heading is None and not meta_title(meta):
        heading = _title_block(root, outlets)
    if heading is not None:
        return heading_text(heading), heading
    if reference:
        return strip_site_name(reference, outlets), None
    return "", None


def _names_the_outlet_in(meta_title: str, title: str, outlets: list[str]) -> bool:
    """Whether a metadata title is only the outlet's name that ``<title>`` prints at one
    end of the headline (a lazy CMS's ``og:title`` on every page): a known name, or a
    paper's or portal's (``Báo Hòa Bình điện tử``), and no ``<h1>`` shows it (the
    caller's test)."""
    parts = _TITLE_SEPARATORS.split(clean_line(title))
    key = fold(meta_title)
    if len(parts) < 2 or key not in (fold(parts[0]), fold(parts[-1])) \
            or 2 * len(meta_title) >= len(title):
        return False
    return _is_outlet_prefix(meta_title, outlets)


def heading_text(heading: HtmlElement) -> str:
    """A heading's text, its lines joined by a space: a kicker line and the main line of
    one ``<h1>`` are split by a ``<br>`` (``…khóa XVIII:<br>Thông qua …``)."""
    return " ".join(lines_of(heading)) if heading.find(".//br") is not None \
        else text_of(heading)


def _best_candidate(candidates: list[tuple[HtmlElement, str]],
                    reference: str) -> tuple[HtmlElement, str] | None:
    """The candidate heading (element, text) closest to the reference title: the only one
    there is, the first without a reference, else the closest when it is near enough."""
    if len(candidates) <= 1 or not reference:
        return candidates[0] if candidates else None
    scores = [_similarity(text, reference) for _, text in candidates]
    best = max(range(len(candidates)), key=scores.__getitem__)
    return candidates[best] if scores[best] > MIN_CANDIDATE_SIMILARITY else None


def _unlike_title(text: str, title: str) -> bool:
    """Whether a lone heading has little to do with the page's title: a section name in
    the only ``<h1>`` (``Thời sự``), while another element shows the title."""
    if not title or fold(text) in fold(title):
        return False
    return _similarity(text, title) <= MIN_CANDIDATE_SIMILARITY


def outlet_names(meta: Metadata, profile: Profile | None) -> list[str]:
    """Folded names the outlet goes by: the profile's, ``og:site_name``, the app name."""
    names = [meta.get("og:site_name", "application-name", "apple-mobile-web-app-title")]
    if profile is not None and profile.id != "generic":
        names.append(profile.name)
    return [fold(n) for n in names if n]


def _is_logo(heading: HtmlElement, text: str, outlets: list[str]) -> bool:
    """An ``<h1>`` (showing ``text``) that holds the site's logo or name, not an
    article's headline."""
    if fold(text) in outlets:
        return True
    if heading.find(".//img") is not None and (not text or _links_home(heading)):
        return True
    nodes = [*islice(heading.iterancestors(), 3), *islice(heading.iter(), 6)]
    return any(_LOGO_HINT.search(f"{node.get('class', '')} {node.get('id', '')}")
               for node in nodes if isinstance(node.tag, str))


def _names_the_site(text: str, outlets: list[str], reference: str) -> bool:
    """An ``<h1>`` that reads as an outlet's name (``Báo Hòa Bình điện tử``, ``CỔNG THÔNG
    TIN ĐIỆN TỬ HUYỆN …``) and not as the page's title: the site's name, whatever class
    the logo wears. Without a title to tell them apart, a heading is no logo."""
    return bool(reference) and _is_site_name(text, outlets) \
        and _similarity(text, strip_site_name(reference, outlets)) <= MIN_CANDIDATE_SIMILARITY


def _links_home(heading: HtmlElement) -> bool:
    """A link to the site's front page (``/``, ``/index.html``, ``https://site/``)."""
    for link in heading.iter("a"):
        path = urlsplit(link.get("href", "").strip()).path
        if path.strip("/") in ("", "index.html", "index.php", "trang-chu") \
                and not urlsplit(link.get("href", "")).query:
            return True
    return False


def _respace(heading: HtmlElement, shown: str, reference: str, outlets: list[str]) -> str:
    """Mend spaces lost between inline parts of a heading, from the metadata title; drop
    a badge the title does not carry (``<span class="label">Video</span>``)."""
    title = strip_site_name(reference, outlets) if reference else ""
    if title != shown and "".join(title.split()) == "".join(shown.split()):
        return title
    badge = _badge(heading)
    if badge and title and shown == f"{badge} {title}":
        return title
    return shown


def _badge(heading: HtmlElement) -> str | None:
    """The text of a short label that opens the heading as an element of its own."""
    first = next(heading.iterchildren(), None)
    if first is None or (heading.text or "").strip() or first.tag not in _BADGE_TAGS:
        return None
    text = text_of(first)
    return text if 0 < len(text) <= MAX_BADGE_CHARS else None


def _heading_matching_title(root: HtmlElement, title: str) -> HtmlElement | None:
    """A non-h1 element whose text is the page title, else the one closest to it (a
    title that adds a word the heading lacks); pages without a headline ``<h1>``."""
    key = fold(title)
    if len(key) < 15:
        return None
    best, best_ratio = None, MIN_HEADING_SIMILARITY
    for node in root.iter("h2", "h3", "div", "span", "p", "td", "font", "b", "strong"):
        own = (node.text or "").strip()
        if len(own) < len(title) // 2 or len(own) > len(title) * 2:
            continue
        text = fold(node.text_content())
        if text == key:
            return node
        matcher = SequenceMatcher(None, text, key)
        if matcher.quick_ratio() > best_ratio and matcher.ratio() > best_ratio:
            best, best_ratio = node, matcher.ratio()
    return best


def headline_block(headline: HtmlElement) -> HtmlElement:
    """The headline with what its own block prints around it: a kicker (``eMagazine``)
    or the date, never text of the article. The widest ancestor whose other lines are
    a few short words, with no link (a section link) and no credit line (found later)."""
    block = headline
    shown, own = text_of(headline), lines_of(headline)
    visible = _visible_chars(headline)
    links = sum(1 for _ in headline.iter("a"))
    for parent in headline.iterancestors():
        if parent.tag in ("body", "html") or \
                _visible_chars(parent) > visible + MAX_HEADLINE_BLOCK_EXTRA_CHARS or \
                sum(1 for _ in parent.iter("a")) > links:
            break  # the cheap tests first: a headline's parent may hold the whole article
        lines = lines_of(parent)
        others = [line for line in lines if line != shown and line not in own]
        if sum(len(line) for line in others) > MAX_HEADLINE_BLOCK_EXTRA_CHARS or \
                len(others) == len(lines) or any(looks_like_credit(line) for line in others):
            break
        block = parent
    return block


def _visible_chars(element: HtmlElement) -> int:
    """Characters of the element's text other than white space; past a headline block's
    size, the raw length is enough to tell (an article's body is not split for it)."""
    text = element.text_content()
    return len(text) if len(text) > MAX_HEADLINE_BLOCK_CHARS else len("".join(text.split()))


def _title_block(root: HtmlElement, outlets: list[str]) -> HtmlElement | None:
    """The first block classed as a title (``div.print-title``, ``td.tieude``) of headline
    length that is no link, holds none, and is not the site's name: a page's headline
    when it has no heading and only a ``<title>``, which may be generic (``In bài viết``)."""
    for node in root.iter("div", "p", "span", "td", "h2", "h3", "strong", "b", "font"):
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if not _TITLE_HINT.search(names) or _LOGO_HINT.search(names):
            continue
        text = text_of(node)
        if len(text.split()) >= MIN_TITLE_BLOCK_WORDS and len(text) <= MAX_TITLE_BLOCK_CHARS \
                and fold(text) not in outlets and node.find(".//a") is None \
                and next(node.iterancestors("a"), None) is None:
            return node
    return None


def strip_site_name(title: str, outlets: list[str]) -> str:
    """The title without the outlet's name at either end (`` - ``, `` | ``, `` – ``, ``: ``)."""
    parts = _TITLE_SEPARATORS.split(clean_line(title))
    page_type = False
    while len(parts) > 1 and (_is_site_name(parts[-1], outlets)
                              or (page_type := fold(parts[-1]) in _PAGE_TYPE_NAMES)):
        parts.pop()
    if len(parts) == 1 and page_type and _is_outlet_prefix(parts[0], outlets):
        return ""  # ``Cổng thông tin điện tử tỉnh … - Chi tiết tin``: no title at all
    while len(parts) > 1 and _is_outlet_prefix(parts[0], outlets):
        parts.pop(0)
    if len(parts) == 1 and fold(parts[0]) in _PAGE_TYPE_NAMES:
        return ""  # ``Chi tiết tin - Báo …``: no title at all
    title = " - ".join(parts)
    prefix = _PREFIX_SEPARATOR.match(title)
    if prefix and fold(prefix.group(1)) in outlets:
        return title[prefix.end():]
    suffix = _SUFFIX_SEPARATOR.search(title)
    if suffix and suffix.start() > 0 and _is_site_name(suffix.group(1), outlets):
        return title[:suffix.start()]
    return title


def _is_outlet_prefix(part: str, outlets: list[str]) -> bool:
    """A title's first part that names the outlet: a known name, a domain, a portal's
    name, or ``Báo`` and a capitalised name (``Báo Quảng Ninh``, ``Báo Bắc Kạn điện tử``;
    not ``Báo động đỏ``)."""
    key = fold(part)
    if key in outlets or ("." in key and " " not in key) or key.startswith(_PORTAL_OPENINGS):
        return True
    words = clean_line(part).split()
    for ending in _OUTLET_NAME_ENDINGS:
        if key.endswith(" " + ending):
            words = words[:-len(ending.split())]
    return len(words) >= 2 and fold(words[0]) in ("báo", "tạp") \
        and all(word[:1].isupper() for word in words[1:])


def _is_site_name(part: str, outlets: list[str]) -> bool:
    """A title's last part that names the outlet: a known name, a domain, or words that
    open an outlet's name (``Báo`` and a capitalised word: ``Báo Tin tức``, not ``Báo
    động đỏ …``)."""
    key = fold(part)
    if not key or len(key) > MAX_SITE_NAME_CHARS:
        return False
    return (
        any(key == outlet or (len(key) >= 4 and key in outlet) for outlet in outlets)
        or key.startswith((*_PORTAL_OPENINGS, "đài "))
        or (key.startswith("báo ") and part.split()[1][:1].isupper())
        or ("." in key and " " not in key)
        or key.endswith(_OUTLET_NAME_ENDINGS)
    )


def outlet_marker(text: str) -> str | None:
    """The outlet a text's opening marker names: ``(Baotintuc.vn) - …`` → ``Baotintuc.vn``."""
    marker = _OUTLET_MARKER.match(text)
    return marker.group(0).strip(" ()-–—:\t\n") if marker else None


def strip_outlet_marker(text: str) -> str:
    """``(CTO) - Ngày 8-1, …`` → ``Ngày 8-1, …``; ``TPO - …`` → ``…``."""
    return clean_line(_OUTLET_MARKER.sub("", text, count=1))
