"""Recognise pages that are not articles: home pages, listings, redirect stubs, soft 404s.

"Not an article" rests on positive evidence (a listing's markup, links or URL, a home
page, an empty stub, an error page); a page that declares itself an article and shows
its text is one, whatever else lazy metadata says.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import cast
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import etree

from newsarchive.dom import HtmlElement, parse_html, text_of
from newsarchive.errors import NotAnArticle
from newsarchive.extract.introductions import check_not_introduction
from newsarchive.extract.metadata import Metadata
from newsarchive.extract.pagetext import PageText
from newsarchive.sites import Profile
from newsarchive.text import fold
from newsarchive.urls import has_page_query, join_url, path_of

MIN_VISIBLE_CHARS = 150
MAX_ELEMENTS = 100_000
"""Article pages have a few thousand elements; far more is a runaway page."""
_IMPLIED_ROOT_ELEMENTS = 4
MIN_ARTICLE_CHARS = 250
_REFRESH = re.compile(r"\s*(?P<delay>\d{1,6})\s*[;,]\s*url\s*=\s*(?P<target>\S.*)", re.IGNORECASE)
MAX_REDIRECT_DELAY = 10
"""Seconds within which a meta refresh sends the reader on: a redirect, not a reload."""
MIN_PLAYER_PAGE_CHARS = 500
"""A page built around a player is an article when its text is a short article's: a
video or live page prints a description of a few sentences."""
MAX_REDIRECT_NOTICE_CHARS = 1000
"""A notice sending the reader on is a few lines; an article may quote such a line."""
_REDIRECT_NOTICE = re.compile(
    r"^(?:(?:trang|trang web|website|trình duyệt|bạn|quý vị|quý độc giả)(?: này)? )?"
    r"(?:sẽ )?(?:được )?(?:tự động )?chuyển(?: hướng| trang)?\b[^.\"“”]{0,40}?"
    r"\bsau \d{1,2} giây|^(?:this page|you) will be redirected\b[^.\"“”]{0,40}?"
    r"\bin \d{1,2} seconds",
    re.IGNORECASE)
"""The countdown opening a line of a page that sends the reader on by script (``Trang sẽ
tự động chuyển sau 10 giây``): a redirect without a meta refresh. Said of the page or the
reader only: a call or a traffic light switching after a few seconds is an article's."""
_PLAYER_BOX = re.compile(r"\bjw(?:player)?[-_]|\bjwplayer\b|video-?js|\bvjs-|\bplyr|video-?player",
                         re.IGNORECASE)
"""Ids and classes of the boxes video player scripts fill (JW Player, Video.js, Plyr)."""
_VIEWER_BOX = re.compile(r"pannellum|krpano|marzipano|panorama|\bpano\b|(?:vr|360)-?(?:tour|viewer)"
                         r"|tour-?360", re.IGNORECASE)
"""Ids and classes of the boxes a panorama script fills (a 360° tour): a viewer, as a
player is, wherever it sits beside the text."""
_AD_BOX = re.compile(r"(?:^|[-_\s])(?:ads?|adv|banner|qc|quang-?cao|sponsor)", re.IGNORECASE)
"""An ad slot's names (``ads-panorama``, ``adsPanorama2``, ``banner pano``): "panorama"
is an ad format too."""
_PLAYER_SOURCE = re.compile(r"youtube|youtu\.be|vimeo|player|video|livestream", re.IGNORECASE)
MAX_ARTICLE_LINKS = 8
MIN_PARAGRAPH_CHARS = 80
MIN_SENTENCE_CHARS = 20
"""A paragraph shorter than any sentence is a label or a count (``12 điểm bán``): a lead
with only such lines after it has nothing after it."""
MIN_LISTED_ITEMS = 3
MIN_TEASERS = 4
MIN_PROSE_BESIDE_TABLE = 400
"""An unsigned page whose text is a data table and less prose than this is a data page
(lottery results, a schedule), not an article."""
MIN_QUIZ_QUESTIONS = 3
"""Groups of radio buttons that make a page a quiz or a survey: an article carries one
poll at most."""
MIN_BALLOT_CHOICES = 8
"""Checkboxes of one group that make an unsigned page a readers' ballot (``Bình chọn 10
sự kiện tiêu biểu``): a poll in an article offers a few choices, and a signed article
beside a newsletter form of many topics is still one."""
MIN_SCHEDULE_DAYS = 3
"""Weekday headings (``THỨ HAI (3/3)``) that make a page a week's schedule (a leaders'
agenda, a TV guide): an article does not set its text under days of the week."""
_DAY_HEADING = re.compile(
    r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[(,-]?\s*(?:ngày\s*)?"
    r"\d{1,2}[/.-]\d{1,2}[^.:;]{0,24}$", re.IGNORECASE)
"""A weekday with its date (``THỨ HAI (3/3)``); ``Thứ hai, về nguồn lực`` is an ordinal."""
_ISSUE_CONTENTS = re.compile(r"(?:mục lục|đọc gì trên)\b", re.IGNORECASE)
"""How a post of a printed issue's contents is titled (``Mục lục Báo … số …``)."""
MAX_ISSUE_CONTENTS_CHARS = 1500
"""Text of its own such a post has at most: a line on the issue, page headings, how to buy
it; an article titled so has more."""
MAX_SECTION_TITLE_WORDS = 7
"""Words of a section's or a hub's name (``Kinh tế``, ``Văn hóa - Thể thao - Du lịch``,
``Dân tộc và Tôn giáo miền núi``): an article's headline usually says more."""
MAX_SECTION_NAME_WORDS = 2
"""Words of a section's bare name (``Nông nghiệp``, ``Thời sự``); an article's headline,
signed or not, says more."""
_ITEM_PATH = re.compile(r"\d{3,}(?:\.\w+)?/?$")
"""A path ending in an item's number (``…-2841.html``): an article's own pages, not a
listing's."""
_PAGE_NUMBER_LINKS = etree.XPath("//a[@href][normalize-space() = '2' or normalize-space() = '3']")
MIN_UNDATED_UNSIGNED_CHARS = 1500
"""An undated, unsigned page with no article markup needs this much text to count: about
pages, author pages and error pages carry a few paragraphs of prose."""
_HOME_PATH = re.compile(
    r"^/?(?:(?:web/guest|vi|vn|en|pages)/)?(?:index(?:\.\w+)?|trang-?chu(?:\.\w+)?|home(?:\.\w+)?|"
    r"default\.aspx)?/?$",
    re.IGNORECASE,
)
_NOT_ARTICLE_PATH = re.compile(
    r"(?:^|/)(?:tags?|tu-?khoa|keywords?|tac-?gia|authors?|tim-?kiem|search|gioi-?thieu|"
    r"about(?:-us)?|lien-?he|contact|404|error|tuyen-?dung|quang-?cao|lien-?he-?quang-?cao|"
    r"dieu-?khoan(?:-su-dung)?|chinh-?sach-?bao-?mat|lich-?phat-?song|sitemap|so-?do-?trang|"
    r"chu-?de|gui-?bai|gui-?tin(?:-?bai)?|rss|dat-?bao|tien-?ich)(?:/|\.\w+$|$|:(?![^/]*\d{4}))"
    r"|(?:^|/)(?:(?:thong-?tin|lien-?he|gioi-?thieu)-)?(?:toa-?soan|ban-?bien-?tap)"
    r"(?:/(?:index\.\w+)?|\.\w+)?$",
    re.IGNORECASE,
)
"""Folders of listings and of the site's own pages (tags, authors, search, about, contact,
schedules, subscriptions, utilities …), anywhere in the path, or such a filter written as a
parameter in the path (``/tin-tuc/tag:chuyen-doi-so``, as Grav writes it); the newsroom's
page (``/toa-soan``, ``/thong-tin-toa-soan``) only as the path's last part: a section of
that name may hold articles (``/toa-soan/ky-niem-60-nam-…-5061234.html``)."""
_LANGUAGE_KEYS = frozenset({"lang", "language", "hl", "locale"})
"""Query keys that choose a page's language, not a page."""
_SEARCH_KEYS = frozenset({"q", "s", "keyword", "keywords", "tukhoa", "search", "query"})
_NOT_ARTICLE_TYPES = frozenset({"CollectionPage", "SearchResultsPage", "ProfilePage",
                                "AboutPage", "ContactPage"})
_ERROR_TITLE = re.compile(
    r"^\W*404\b|\b(?:lỗi|error)\s*404\b|page not found|"
    r"không tìm thấy (?:trang|nội dung|bài viết|đường dẫn)|"
    r"(?:trang|nội dung|bài viết|đường dẫn|liên kết) (?:này )?không tồn tại|"
    r"^\W*(?:hệ thống|website|trang web|trang tin|trang) (?:đang )?(?:bảo trì|nâng cấp)\W*$|"
    r"under maintenance",
    re.IGNORECASE,
)
_ERROR_TEXT = re.compile(
    r"(?:trang|đường dẫn|liên kết|nội dung|bài viết)[^.]{0,40}(?:bạn|quý vị)[^.]{0,40}"
    r"(?:không tồn tại|không tìm thấy|đã bị (?:xóa|xoá|gỡ))",
    re.IGNORECASE,
)
_ERROR_WORDS = ("404", "not found", "không tìm thấy", "không tồn tại", "đã bị", "bảo trì",
                "nâng cấp", "maintenance")
_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
_DECLARED_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                             "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting"})


def _visible_chars(root: HtmlElement) -> int:
    return sum(len(str(t).strip()) for t in root.xpath(_VISIBLE_TEXT))


def holds_player(around: HtmlElement, headline: HtmlElement | None) -> bool:
    """Whether a video or audio player sits in ``around`` (the block holding the headline
    and the text, and what is beside it: a player above the title's block): a
    ``<video>``, an ``<audio>``, a frame of a video host or player, the empty box a
    panorama script fills, or, above the headline, the empty box a script fills with a
    video player (``<div id="jw-3312780">``; a sidebar's video widget comes after)."""
    if any(node.tag != "iframe" or _PLAYER_SOURCE.search(node.get("src") or "")
           for node in around.iter("video", "audio", "iframe")):
        return True
    if any(_is_empty_box(node, _VIEWER_BOX) and not _AD_BOX.search(_names(node))
           for node in around.iter("div")):
        return True
    if headline is None:
        return False
    for node in around.iter("div", "span", headline.tag):
        if node is headline:
            return False
        if node.tag in ("div", "span") and _is_empty_box(node, _PLAYER_BOX):
            return True
    return False


def _is_empty_box(node: HtmlElement, names: re.Pattern[str]) -> bool:
    """An element of those ids or classes with nothing in it for the reader: the box a
    script fills (a ``<noscript>`` notice aside)."""
    if len(node) and node[0].tag != "noscript":
        return False  # most blocks: something else in them, seen at once
    return not (node.text or "").strip() and all(child.tag == "noscript" for child in node) \
        and names.search(_names(node)) is not None


def _names(node: HtmlElement) -> str:
    return f"{node.get('id', '')} {node.get('class', '')}"


def _refreshes_elsewhere(root: HtmlElement, url: str) -> bool:
    """A ``<meta http-equiv="refresh">`` sending the reader at once to another URL: a
    stub left at an old address (a retired AMP page), not a page reloading itself."""
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() != "refresh":
            continue
        refresh = _REFRESH.match(meta.get("content") or "")
        if refresh and int(refresh["delay"]) <= MAX_REDIRECT_DELAY \
                and _address(urljoin(url, refresh["target"].strip("'\" "))) != _address(url):
            return True
    return False


def _address(url: str) -> str:
    """A URL without its scheme, fragment and trailing slash: what tells two pages apart."""
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"


def _is_home(url: str) -> bool:
    """The home page: a home path and no query but tracking or the language
    (``/index.php?lang=vi``; ``/?id=88145`` is a page of an older CMS that serves
    everything from its root)."""
    return bool(_HOME_PATH.match(path_of(url) or "/")) \
        and not has_page_query(url, ignored=_LANGUAGE_KEYS)


def check_size(root: HtmlElement, data: bytes) -> None:
    """Raise for a page of more elements than any article page has (a runaway page).

    Each element comes from a ``<`` of the page or is implied by the parser (``html``,
    ``head``, ``body``, a ``p`` around a run of bare text): a page with few ``<`` is
    small without counting its tree."""
    if 2 * data.count(b"<") + _IMPLIED_ROOT_ELEMENTS <= MAX_ELEMENTS:
        return
    elements = int(root.xpath("count(//*)"))
    if elements > MAX_ELEMENTS:
        raise NotAnArticle("too_large", f"{elements:,} elements (at most {MAX_ELEMENTS:,})")


def declares_article(meta: Metadata, headline: str) -> bool:
    """The page calls itself an article: ``og:type``, JSON-LD, a publication time, or a
    headline that is its ``og:title``. Lazy CMSes say so on every page: this only decides
    whether to search wider for the text, never that the page is an article."""
    og_title = meta.get("og:title")
    return bool(
        (meta.get("og:type") or "").lower() == "article"
        or meta.types & _DECLARED_TYPES
        or meta.get("article:published_time")
        or (og_title and headline and fold(headline) in fold(og_title))
    )


def check_is_article(root: HtmlElement, meta: Metadata, url: str, profile: Profile,
                     page: PageText, html: bytes) -> None:
    """Raise unless the page carries an article: a headline and enough article text,
    and no evidence of a listing, an error page or an about page. Whether the page
    shows any text at all (a redirect stub) is read from ``html`` afresh: extraction
    has cut the tree of ``root`` down."""
    if _is_home(url):
        raise NotAnArticle("home", "the URL is the site's home page")
    if not page.headline or page.chars < MIN_ARTICLE_CHARS:
        shown = parse_html(html)
        if _visible_chars(shown) < MIN_VISIBLE_CHARS:
            raise NotAnArticle("redirect", "the page shows almost no text")
        if _refreshes_elsewhere(shown, url):
            raise NotAnArticle("redirect", "the page sends the reader to another URL")
        raise NotAnArticle("listing", f"only {page.chars} characters of article text")
    if page.chars < MAX_REDIRECT_NOTICE_CHARS \
            and any(_REDIRECT_NOTICE.search(p) for p in [page.summary or "", *page.paragraphs]):
        raise NotAnArticle("redirect", "a notice that sends the reader to another page")
    if page.player and page.chars < MIN_PLAYER_PAGE_CHARS:
        raise NotAnArticle("listing", f"a player over {page.chars} characters of description")
    _check_not_listing(meta, url)
    _check_not_error(meta, page)
    if page.in_teaser:
        raise NotAnArticle("listing", "its text is another article's teaser")
    if page.choice_groups >= MIN_QUIZ_QUESTIONS:
        raise NotAnArticle("listing", f"a quiz or survey of {page.choice_groups} questions")
    if page.ballot_choices >= MIN_BALLOT_CHOICES and not page.signed:
        raise NotAnArticle("listing", f"a ballot of {page.ballot_choices} choices")
    if page.table_chars and not page.signed \
            and page.chars - page.table_chars < MIN_PROSE_BESIDE_TABLE:
        raise NotAnArticle("listing", "a data table with little prose of its own")
    if not any(len(p) >= MIN_SENTENCE_CHARS for p in page.paragraphs):
        raise NotAnArticle("listing", "a lead and nothing after it")
    if page.teasers >= MIN_TEASERS and page.chars - page.teaser_chars < MIN_ARTICLE_CHARS:
        raise NotAnArticle("listing", f"{page.teasers} teasers and little text of its own")
    if sum(1 for p in page.paragraphs if _DAY_HEADING.match(p)) >= MIN_SCHEDULE_DAYS:
        raise NotAnArticle("listing", "a schedule: its text is set under weekdays")
    if page.chars < MAX_ISSUE_CONTENTS_CHARS and _ISSUE_CONTENTS.match(page.headline):
        raise NotAnArticle("listing", "a printed issue's contents")
    if page.linked_headings >= MIN_TEASERS and not page.signed:
        raise NotAnArticle("listing", f"{page.linked_headings} linked headings over texts "
                                      "of their own, and no byline")
    if _paged_listing(page, url, html):
        raise NotAnArticle("listing", "a section's title over a pager through its own address")
    if [fold(author) for author in page.authors] == [fold(page.headline)]:
        raise NotAnArticle("listing", "an author's page: its headline is its byline")
    if page.chars < MIN_UNDATED_UNSIGNED_CHARS:
        check_not_introduction(root, page)
    if _has_article_signal(meta, url, profile):
        return
    substantial = sum(1 for p in [page.summary or "", *page.paragraphs]
                      if len(p) >= MIN_PARAGRAPH_CHARS)
    brief = substantial == 1 and page.signed and page.dated  # one paragraph, signed, dated
    if (substantial < 2 and not brief) or page.headline_links >= MAX_ARTICLE_LINKS:
        raise NotAnArticle("listing", f"no article markup, {substantial} paragraphs, "
                                      f"{page.headline_links} headline links")
    if not page.dated and not page.signed and page.chars < MIN_UNDATED_UNSIGNED_CHARS:
        raise NotAnArticle("listing", "no article markup, no date, no byline, little text")


def titled_as_section(headline: str, most: int = MAX_SECTION_TITLE_WORDS) -> bool:
    """Whether the page's title reads as a section's name, as a listing's does (``most``
    words at most): a text found in one of its cards is a teaser's, while an article's
    may open under a linked heading beside related boxes."""
    words = [word for word in headline.split() if any(char.isalpha() for char in word)]
    return len(words) <= most  # tone marks apart (NFD) or not


def _paged_listing(page: PageText, url: str, html: bytes) -> bool:
    """A page titled like a section, at an address that is no item's, that pages through
    itself: unsigned, or titled with a section's bare name (``Nông nghiệp``: the byline
    is a featured teaser's). The page is parsed afresh only then."""
    named = titled_as_section(page.headline, MAX_SECTION_NAME_WORDS)
    return (named or (not page.signed and titled_as_section(page.headline))) \
        and not _ITEM_PATH.search(path_of(url)) and _numbered_pager(parse_html(html), url)


def _numbered_pager(root: HtmlElement, url: str) -> bool:
    """Links to the page's own pages 2 and 3 side by side (``« 1 2 3 … »``): a listing's
    pager. A box of other news under an article pages through another address, and a
    comments pager links to a place in the page. ``root`` is the whole page: extraction
    cuts a pager from the text as furniture."""
    links = [link for link in cast(list[HtmlElement], _PAGE_NUMBER_LINKS(root))
             if _pages_through(link.get("href", ""), url)]
    twos = [_grandparent(link) for link in links if text_of(link) == "2"]
    return any(_grandparent(link) in twos for link in links if text_of(link) == "3")


def _pages_through(href: str, url: str) -> bool:
    """Whether a link goes to another page of ``url`` itself (its path, another query)."""
    target = join_url(url, href)
    return target is not None and "#" not in target and target.startswith(("http:", "https:")) \
        and path_of(target).rstrip("/") == path_of(url).rstrip("/")


def _grandparent(link: HtmlElement) -> HtmlElement | None:
    """What a pager's links share: their parent (``div > a``) or the list around their
    items (``ul > li > a``)."""
    parent = link.getparent()
    return parent.getparent() if parent is not None else None


def choice_groups(scope: HtmlElement) -> tuple[int, int]:
    """Groups of radio buttons (one ``name`` each) around the article's headline and text,
    and the checkboxes of the largest group there, before its polls are cleaned away: a
    sidebar's poll is not there."""
    radios: set[str] = set()
    boxes: Counter[str] = Counter()
    for node in scope.iter("input"):
        kind, name = (node.get("type") or "").lower(), node.get("name")
        if name and kind == "radio":
            radios.add(name)
        elif name and kind == "checkbox":
            boxes[name] += 1
    return len(radios), max(boxes.values(), default=0)


def _check_not_listing(meta: Metadata, url: str) -> None:
    """Listing markup or a listing's URL (tag, author, search, about pages)."""
    if meta.types & _NOT_ARTICLE_TYPES and not meta.article:
        raise NotAnArticle("listing", f"JSON-LD {sorted(meta.types & _NOT_ARTICLE_TYPES)[0]}")
    if meta.listed_items >= MIN_LISTED_ITEMS and not meta.article \
            and not meta.get("article:published_time"):
        raise NotAnArticle("listing", f"JSON-LD ItemList of {meta.listed_items} entries")
    if _NOT_ARTICLE_PATH.search(path_of(url)) or _is_search(url):
        raise NotAnArticle("listing", "a tag, author, search or about page's URL")


def _is_search(url: str) -> bool:
    try:
        query = parse_qs(urlsplit(url).query)
    except ValueError:
        return False
    return bool(_SEARCH_KEYS & {key.lower() for key in query})


def _check_not_error(meta: Metadata, page: PageText) -> None:
    """A soft 404: an error title, or error prose opening the text."""
    opening = (page.summary or (page.paragraphs[0] if page.paragraphs else ""))[:300]
    if _says_error(page.headline, _ERROR_TITLE) or _says_error(meta.title or "", _ERROR_TITLE) \
            or _says_error(opening, _ERROR_TEXT):
        raise NotAnArticle("listing", "an error page (soft 404)")


def _says_error(text: str, expression: re.Pattern[str]) -> bool:
    """Whether ``expression`` finds an error message in ``text``; first a quick test for
    a word every such message holds, as the expressions backtrack over every opening."""
    low = text.lower()
    return any(word in low for word in _ERROR_WORDS) and expression.search(text) is not None


def _has_article_signal(meta: Metadata, url: str, profile: Profile) -> bool:
    pattern = profile.discovery.article_url
    return bool(
        meta.article.get("datePublished")
        or meta.get("article:published_time")
        or (pattern and re.search(pattern, path_of(url)))
    )
