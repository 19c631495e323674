"""Credit lines printed outside the body: header author elements and labelled lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.dates import DATE_OR_CLOCK_RE
from newsarchive.dom import MIN_TITLE_LINK_CHARS, HtmlElement, elements_before, lines_of, text_of
from newsarchive.extract.byline import (
    MAX_BYLINE_CHARS,
    credits_author_and_outlet,
    dated_names,
    is_labelled_credit,
    is_photo_credit,
    is_source_credit,
    names_only,
    split_names,
    starts_with_label,
    without_date,
)
from newsarchive.extract.cleaning import IMAGE_TAGS
from newsarchive.extract.selectors import select
from newsarchive.participants.names import is_foreign, is_place, may_open_name
from newsarchive.text import fold

MAX_HEADER_CREDITS = 2
"""An article prints one or two author elements; more are teasers' or comments'."""
MAX_CREDIT_ELEMENT_CHARS = 120
_LIST_TAGS = frozenset({"li", "aside", "nav"})
_TEASER_TAGS = _LIST_TAGS | {"footer"}
_CREDIT_TAGS = ("td", "p", "div", "span", "b", "strong", "em", "i", "font")
MAX_DATED_CREDIT_CHARS = 120
MAX_FIELD_LABEL_CHARS = 20
_FIELD_TAGS = ("div", "p", "span", "dt", "th", "td", "label", "strong", "b")
_FIELD_LABEL = re.compile(
    r"^(?:tác giả|bài|ảnh|bài, ảnh|ảnh, bài|bài và ảnh|tin, ảnh|thực hiện|nguồn)\s*:?$",
    re.IGNORECASE)
_SECTION_CLASS = re.compile(r"cat|section|chuyen-?muc|danh-?muc|zone", re.IGNORECASE)
"""A field naming the article's section (``Kinh Tế``), never its author."""
_AUTHOR_PATHS = ("tac-gia", "author", "tacgia", "phong-vien", "nguoi-viet")
_FIELD_WORDS = tuple(fold(words) for words in (
    "thời sự", "kinh tế", "xã hội", "văn hóa", "thể thao", "giáo dục", "pháp luật", "du lịch",
    "sức khỏe", "đời sống", "chính trị", "quốc tế", "quốc phòng", "an ninh", "nông nghiệp",
    "công nghệ", "khoa học", "môi trường", "bất động sản", "thế giới", "giải trí", "tin tức",
    "sự kiện", "bạn đọc", "chia sẻ", "tin liên quan", "tin khác", "xem thêm", "đọc thêm",
    "bài liên quan", "bài viết liên quan"))
"""How sections' names, buttons and boxes' headings open, printed in capitals or title case
beside a time or after a text: never a person's name."""
_AFTER_WINDOW = 12
"""Elements after the body in which its first text is looked for."""
MAX_CREDIT_LINES_AFTER = 3
"""Credit lines after the body among which a photographer's is looked for."""
_HEADER_WINDOW = 12
"""Elements after the headline in which an unlabelled credit line is looked for."""


def _in_teaser(element: HtmlElement) -> bool:
    """Inside a teaser list, a sidebar, a menu or a footer; a list item of a list that
    links no title (an article's meta line: ``ul.entry-meta > li.byline``) is none."""
    return any(node.tag in _TEASER_TAGS and (node.tag != "li" or _lists_titles(node))
               for node in element.iterancestors())


def _lists_titles(item: HtmlElement) -> bool:
    """Whether the list around ``item`` links a title (a teaser list does)."""
    listing = item.getparent()
    return listing is None or any(len(text_of(link)) >= MIN_TITLE_LINK_CHARS
                                  for link in listing.iter("a"))


def _in_quotation(element: HtmlElement) -> bool:
    """Inside a quotation or its figure (``<figure><blockquote>…</blockquote><figcaption>``)."""
    return any(node.tag in ("blockquote", "q")
               or (node.tag == "figure" and node.find(".//blockquote") is not None)
               for node in element.iterancestors())


def header_credit_elements(scope: HtmlElement, selectors: list[str]) -> list[HtmlElement]:
    """The page's author/source elements: short, outside teaser lists and quotations (a
    quote's attribution, ``<footer class="quote__author">``, names who said it), the
    first two."""
    found = [e for e in select(scope, selectors)
             if 0 < len(text_of(e)) <= MAX_CREDIT_ELEMENT_CHARS and not _in_teaser(e)
             and not _in_quotation(e)]
    return found[:MAX_HEADER_CREDITS]


MAX_AUTHOR_BOX_CHARS = 200
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
"""An element's text length, white space collapsed, counted in C: a box's parent may be
the whole article."""
_AUTHOR_BOX_LEVELS = 3


def author_box(element: HtmlElement) -> HtmlElement:
    """The author box around a credit element, when there is one: the widest ancestor
    within a few levels, of a name and a line of bio at most, that holds a picture (the
    avatar); the bio is the box's, not the text's (``<div><img> <a rel="author">Thanh
    Chung</a> <p>Phóng viên Ban Kinh tế, Báo Hải Dương.</p></div>``). Else the element."""
    box, node = element, element
    for _ in range(_AUTHOR_BOX_LEVELS):
        parent = node.getparent()
        if parent is None or cast(float, _TEXT_LENGTH(parent)) > MAX_AUTHOR_BOX_CHARS:
            break
        node = parent
        if next(node.iter(*IMAGE_TAGS), None) is not None:
            box = node
    return box


def labelled_credit(scope: HtmlElement) -> list[str]:
    """The first short line opening with a credit label (``Bài và ảnh: …``), wherever the
    template prints it (a table cell, a header span, a line after the body), with a photo
    credit printed right after it (``Bài: A`` then ``Ảnh: B``)."""
    for node in scope.iter(*_CREDIT_TAGS):
        own = (node.text or "").strip()
        if not own or not starts_with_label(own[:MAX_BYLINE_CHARS]) or _in_teaser(node):
            continue
        line = _label_line(node)
        if is_labelled_credit(line):
            following = node.getnext()
            photo = text_of(following) if following is not None else ""
            return [line, photo] if is_photo_credit(photo) else [line]
    return []


def _label_line(node: HtmlElement) -> str:
    """The node's text; its parent's when the node is only the label that opens it
    (``<p><span>Bài:</span> PHAN CHUNG - <span>Ảnh:</span> NGUYỄN QUANG</p>``)."""
    line = text_of(node)
    parent = node.getparent()
    if parent is None or parent[0] is not node or (parent.text or "").strip() \
            or split_names(line) or not names_only(whole := text_of(parent)):
        return line
    return whole


def field_credits(scope: HtmlElement) -> list[str]:
    """Credits printed as fields, a label element then a value element (a Drupal field's
    ``div.field__label`` "Tác giả" then ``div.field__item`` "Phạm Linh", the colon added by
    the style sheet), as ``label: value`` lines: authors, source, photo credit."""
    lines = []
    for node in scope.iter(*_FIELD_TAGS):
        own = node.text
        if len(node) or not own or len(own) > MAX_FIELD_LABEL_CHARS:
            continue  # a label is an element of a few words and nothing else
        label = own.strip()
        if not _FIELD_LABEL.match(label) or (node.tail or "").strip() or _in_teaser(node):
            continue
        value = node.getnext()
        shown = ", ".join(lines_of(value)) if value is not None else ""
        is_source = label.lower().startswith("nguồn")
        if shown and len(shown) <= MAX_BYLINE_CHARS and (is_source or names_only(shown)):
            lines.append(f"{label.rstrip(' :')}: {shown}")
    return lines


def header_credit_line(headline: HtmlElement, container: HtmlElement | None) -> str | None:
    """An unlabelled credit line between the headline and the text that names the author
    and the outlet or agency (``Minh Phong - Báo Quân đội nhân dân``), or the names and
    the time (``Minh Tuấn - Quang Hưng | 07/12/2025 09:15``): the outlet or the time is
    what tells it from a kicker or a subheading."""
    for node in elements_before(container, headline, _HEADER_WINDOW):
        if node.tag not in _CREDIT_TAGS or _in_teaser(node):
            continue
        line = _fields_apart(node)
        if len(line) <= MAX_BYLINE_CHARS and credits_author_and_outlet(line):
            return line
        if len(line) <= MAX_DATED_CREDIT_CHARS and dated_names(line) and not _names_link(node) \
                and _reads_as_people(without_date(line)) \
                and not _names_section(node, without_date(line)):
            return line
        if names_only(line) and _reads_as_people(line) and _beside_time(node) \
                and not _names_link(node) and not _names_section(node, line):
            return line
    return None


def _reads_as_people(line: str) -> bool:
    """Whether a line of capitalised words names people rather than a place, a section,
    a button or a box (``Lào Cai``, ``Văn Hóa - Xã Hội``, ``Google News``, ``TIN LIÊN
    QUAN``): words only a field's or a heading's name opens with; a place, or words no
    Vietnamese name is spelt with (initials in capitals aside: ``T.H``, ``PV``), unless
    the first word may open a name (``Hoàng Mai`` is a place and a pen name, ``Ksor Nhin``
    a Jarai name)."""
    for name in split_names(line):
        key = fold(name)
        words = key.split()
        if key.startswith(_FIELD_WORDS):
            return False
        if not may_open_name(words[0]) and (
                is_place(key) or (not name.isupper() and is_foreign(words))):
            return False
    return True


def _names_section(node: HtmlElement, line: str) -> bool:
    """Whether a header field names a section rather than a person (``Kinh Tế`` beside
    the time): its class says so, or a section's link elsewhere on the page (the menu,
    the breadcrumbs) prints the same words."""
    if _SECTION_CLASS.search(node.get("class", "")):
        return True
    key = fold(line)
    return any(fold(text_of(link)) == key and _links_a_section(link)
               for link in node.getroottree().iter("a"))


def _links_a_section(link: HtmlElement) -> bool:
    """A link to a section's page: a path of words, no query and no article's number; not
    a search for the words nor an author's page (``/tac-gia-minh-tuan.html``)."""
    parts = urlsplit(link.get("href", ""))
    path = parts.path.lower()
    return not parts.query and not any(c.isdigit() for c in path) \
        and not any(word in path for word in _AUTHOR_PATHS)


def _beside_time(node: HtmlElement) -> bool:
    """Whether the element next to ``node`` (before or after it, past separators such as
    ``•`` or ``|`` and empty icons) prints a date or a time: the names and the time are
    fields of one header row, the template's byline (``<span>Minh Tuấn</span> •
    <span>07/12/2025 09:15</span>``)."""
    for sibling in (*_fielded(node.itersiblings(preceding=True)), *_fielded(node.itersiblings())):
        if DATE_OR_CLOCK_RE.search(text_of(sibling)):
            return True
    return False


def _fielded(siblings: Iterator[HtmlElement]) -> list[HtmlElement]:
    """The first sibling that prints a word or a figure, past separators and icons."""
    for sibling in siblings:
        if isinstance(sibling.tag, str) and any(c.isalnum() for c in text_of(sibling)):
            return [sibling]
    return []


def _fields_apart(node: HtmlElement) -> str:
    """The node's text, its child elements' texts apart when they are all it holds and
    the page prints no separator between them (``<span>Hải Yến</span> <span>Quang
    Vinh</span><time>09/07/2025</time>``: a style sheet spaces the fields)."""
    children = [child for child in node if isinstance(child.tag, str) and text_of(child)]
    texts = [text_of(child) for child in children]
    if len(texts) < 2 or (node.text or "").strip() \
            or any((child.tail or "").strip() for child in node) \
            or not all(any(c.isalnum() for c in text) for text in texts) \
            or any(_SECTION_CLASS.search(child.get("class", "")) for child in children):
        return text_of(node)
    return ", ".join(texts)


def header_photo_credit(headline: HtmlElement, container: HtmlElement | None) -> str | None:
    """A photo credit printed as a line of its own between the headline and the text
    (``<p>Ảnh: Đình Lâm</p>`` under the cover picture), not in a caption: the article's
    photographer."""
    for node in elements_before(container, headline, _HEADER_WINDOW):
        if node.tag in _CREDIT_TAGS and _may_open_photo_label(node) \
                and is_photo_credit(line := text_of(node)) \
                and names_only(line.split(":", 1)[-1]) \
                and not _in_teaser(node) and not _in_caption(node):
            return line  # a photographer's name, not a caption after ``Ảnh:``
    return None


def _may_open_photo_label(node: HtmlElement) -> bool:
    """A cheap first look: the element's text may open with ``Ảnh``, ``Hình`` or
    ``Photo`` in any case or normal form (``nh`` or ``photo``), before it is cleaned."""
    opening = node.text_content().lstrip()[:8].lower()
    return "nh" in opening or "photo" in opening


def _in_caption(element: HtmlElement) -> bool:
    return any(node.tag in ("figure", "figcaption", "caption")
               for node in element.iterancestors())


def author_links(headline: HtmlElement, container: HtmlElement | None) -> list[str]:
    """Names linked to the site's author pages (``/tac-gia/…``, ``/author/…``) between
    the headline and the text: an author card, whatever its class. Never a link inside
    the text (a quoted writer) or in another article's teaser."""
    names = []
    for node in elements_before(container, headline, _HEADER_WINDOW):
        if node.tag == "a" and _links_an_author(node) and not _in_teaser(node) \
                and names_only(name := text_of(node)):
            names.append(name)
    return names[:MAX_HEADER_CREDITS]


def _links_an_author(link: HtmlElement) -> bool:
    path = urlsplit(link.get("href", "")).path.lower()
    return any(f"/{word}/" in path for word in _AUTHOR_PATHS)


def _names_link(node: HtmlElement) -> bool:
    """Whether the node's text opens with a link to another page than an author's: a
    section name beside the time (``Kinh Tế | 07/12/2025``), not a byline."""
    link = node.find(".//a[@href]")
    if link is None or not text_of(node).startswith(text_of(link)):
        return False
    return not any(word in link.get("href", "") for word in _AUTHOR_PATHS)


def header_source_line(headline: HtmlElement, container: HtmlElement | None) -> str | None:
    """A ``Theo Báo …`` line between the headline and the text (beside the date): the
    outlet the article is taken from, whoever signs it at the end."""
    for node in elements_before(container, headline, _HEADER_WINDOW):
        opening = (node.text or "").lstrip()[:5].lower()
        if opening.startswith(("theo", "nguồn")) and node.tag in _CREDIT_TAGS \
                and not _in_teaser(node) and is_source_credit(text_of(node)):
            return text_of(node)
    return None


def credits_after_body(container: HtmlElement) -> list[str]:
    """The first text after the body container when it is names alone or a labelled
    credit: a byline set in a block of its own right after the text (a layout table's
    next row, a sibling div). A labelled credit may stand in the article's own
    ``<footer>``; names alone in a footer are the page's masthead."""
    node = _first_text_after(container)
    if node is None:
        return []
    line = text_of(node)
    if is_labelled_credit(line):
        return [] if _in_list(node) else [line]
    if _in_teaser(node) or not names_only(line) or not _reads_as_people(line):
        return []
    return [line]


def photographer_after_body(container: HtmlElement) -> str | None:
    """A photographer's line (``Ảnh: Đinh Tú``) among the credit lines right after the
    body container (a credits box: the author's name, then the photographer's)."""
    for _ in range(MAX_CREDIT_LINES_AFTER):
        node = _first_text_after(container)
        if node is None or _in_list(node):
            return None
        line = text_of(node)
        if is_photo_credit(line) and names_only(line.split(":", 1)[-1]):
            return line
        if not names_only(line) and not is_labelled_credit(line):
            return None
        container = node
    return None


def source_after_body(container: HtmlElement) -> str | None:
    """The first text after the body container when it credits a source (``Theo Báo
    …``), outside lists, asides and menus."""
    node = _first_text_after(container)
    if node is None or _in_list(node):
        return None
    line = text_of(node)
    return line if is_source_credit(line) else None


def _first_text_after(container: HtmlElement) -> HtmlElement | None:
    for node in elements_before(None, container, _AFTER_WINDOW):
        if (node.text or "").strip():
            return node
    return None


def _in_list(element: HtmlElement) -> bool:
    return any(node.tag in _LIST_TAGS for node in element.iterancestors())
