"""Bytes to an lxml tree, and small helpers to read text out of it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree, html
from lxml.html import HtmlElement
from w3lib.encoding import html_body_declared_encoding, html_to_unicode, read_bom

from newsarchive.text import clean_line

__all__ = ["BLOCK_TAGS", "HtmlElement", "lines_of", "parse_html", "text_of"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
"""The same characters in UTF-8: libxml2 keeps them in the tree's text, where lxml then
refuses them (an element dropped beside one raises ``ValueError``)."""
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol table tr td th tbody thead blockquote section "
    "article figure figcaption header footer aside nav main dl dt dd pre address center "
    "form hr".split()
)
# huge_tree lifts libxml2's depth cap of 255 (to ~2,048): a deep widget before the article
# would otherwise cut the rest of the page away.
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                huge_tree=True)
_TEXT_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
# One element class for every tag, chosen in C: lxml.html's own lookup calls Python for
# each element a walk touches (a tenth of extraction time), to offer form classes unused here.
_LOOKUP = etree.ElementDefaultClassLookup(element=HtmlElement, comment=html.HtmlComment,
                                          pi=html.HtmlProcessingInstruction,
                                          entity=html.HtmlEntity)
_UTF8_PARSER.set_element_class_lookup(_LOOKUP)
_TEXT_PARSER.set_element_class_lookup(_LOOKUP)
_UTF8_NAMES = frozenset({"utf-8", "utf8", "utf_8"})


def page_encoding(data: bytes) -> str:
    """The BOM's encoding; else UTF-8 when the page says so or its bytes are valid UTF-8;
    else the encoding an early ``<meta charset>`` declares, or windows-1258.

    Pages that declare their charset late or not at all (vnexpress, dantri) are UTF-8, and
    so are pages whose meta tag names a legacy charset over UTF-8 bytes: text in a legacy
    Vietnamese or Western charset is almost never valid UTF-8.
    """
    bom = read_bom(data)[0]
    if bom:
        return bom.lower()
    declared = (html_body_declared_encoding(data) or "").lower()
    if declared in _UTF8_NAMES or _is_utf8(data):
        return "utf-8"
    return declared or "cp1258"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


MIN_SRCDOC_CHARS = 200
"""A frame's document this long may hold text; shorter ones hold a widget."""
MIN_TITLE_LINK_CHARS = 25
"""A link this long is an article's title, not a section's name."""


def parse_html(data: bytes) -> HtmlElement:
    """Parse page bytes into a document tree (never raises on odd markup).

    UTF-8 pages go to libxml2 as bytes (invalid bytes become U+FFFD); other encodings
    are decoded by Python first, as libxml2 does not know them all.
    """
    encoding = page_encoding(data)
    try:
        if encoding in _UTF8_NAMES:
            root = html.document_fromstring(data.removeprefix(b"\xef\xbb\xbf"),
                                            parser=_UTF8_PARSER)
        else:
            root = html.document_fromstring(_decoded(data, encoding), parser=_TEXT_PARSER)
    except (etree.ParserError, ValueError):
        root = html.document_fromstring("<html></html>")
    _inline_srcdoc_frames(root)
    return root


def _inline_srcdoc_frames(root: HtmlElement) -> None:
    """Put the document of each ``<iframe srcdoc>`` in the frame's place: what it shows
    is the page's (a CMS may serve the whole article text so)."""
    for frame in list(root.iter("iframe")):
        document = frame.get("srcdoc")
        if not document or len(document) < MIN_SRCDOC_CHARS:
            continue
        try:
            inner = html.document_fromstring(document, parser=_TEXT_PARSER)
        except (etree.ParserError, ValueError):
            continue
        body, parent = inner.find("body"), frame.getparent()
        if parent is None:
            continue
        box = html.Element("div")
        box.extend(list(body if body is not None else inner))
        box.tail = frame.tail
        parent.replace(frame, box)


def _decoded(data: bytes, encoding: str) -> str:
    _, text = html_to_unicode(f"text/html; charset={encoding}", data)
    text = _XML_DECLARATION.sub("", text, count=1)
    return _CONTROL_CHARS.sub("", text) or "<html></html>"


def without_control_bytes(data: bytes) -> bytes | None:
    """``data`` without the control characters no XML text may hold, or None when it has
    none. Searching costs a fifth of a parse, so it is done only after lxml refused one."""
    return _CONTROL_BYTES.sub(b"", data) if _CONTROL_BYTES.search(data) else None


def text_of(element: HtmlElement) -> str:
    """The element's text on one line, cleaned."""
    return clean_line(element.text_content())


def elements_before(stop: HtmlElement | None, anchor: HtmlElement,
                    limit: int) -> Iterator[HtmlElement]:
    """Up to ``limit`` elements after ``anchor`` in document order, until ``stop`` (the
    body container) begins, or until its end when the anchor sits inside it."""
    count = 0
    node: HtmlElement | None = anchor
    while node is not None and node is not stop:
        for sibling in node.itersiblings():
            for element in sibling.iter():
                if element is stop or count > limit:
                    return
                if isinstance(element.tag, str):
                    count += 1
                    yield element
        node = node.getparent()


def in_teaser_article(node: HtmlElement, headline: HtmlElement | None) -> bool:
    """Whether ``node`` sits in another article's teaser: an ``<article>`` (the node or
    an ancestor) that does not hold the page's headline and opens, before any paragraph,
    with a heading that is one link to another page, a title's length (a listing's item,
    a related box's entry; not a section's name, nor a related box inside a body)."""
    for element in [node, *node.iterancestors("article")]:
        if element.tag != "article" or (headline is not None and is_inside(headline, element)):
            continue
        if _title_link_heading(element) is not None:
            return True
    return False


MAX_CARD_LEVELS = 4
"""How far above the text a listing's card may start (``li > div.card > div.body > p``)."""
MIN_OTHER_CARDS = 2


def in_listed_card(node: HtmlElement, headline: HtmlElement | None) -> bool:
    """Whether ``node`` sits in one card of a list: an ancestor within a few levels, led
    by a heading that is one link to another page, beside siblings of its tag led the
    same way that hold at least two such headings in all (a listing's other entries, or
    a grid of them; whatever their tag and classes, as the featured entry's often
    differ). An article's text holds the headline or stands alone, never in such a row."""
    for level, element in enumerate([node, *node.iterancestors()]):
        if level > MAX_CARD_LEVELS or (headline is not None and is_inside(headline, element)):
            return False
        parent = element.getparent()
        if parent is None or _title_link_heading(element) is None:
            continue
        others = sum(_title_link_headings(sibling) for sibling in parent.iterchildren(element.tag)
                     if sibling is not element and _title_link_heading(sibling) is not None)
        if others >= MIN_OTHER_CARDS:
            return True
    return False


def _title_link_heading(element: HtmlElement) -> HtmlElement | None:
    """The heading leading the element (its first heading or paragraph with text) when
    it is one link to another page, of a title's length."""
    first = next((item for item in element.iter("p", "h2", "h3", "h4")
                  if item.tag != "p" or text_of(item)), None)
    return first if first is not None and first.tag != "p" and is_title_link(first) else None


def _title_link_headings(element: HtmlElement) -> int:
    return sum(1 for heading in element.iter("h2", "h3", "h4") if is_title_link(heading))


_CLOCK_FIRST = re.compile(r"^\d{1,2}[:h]\d{2}\s*[-–|·]?\s*")
"""A time of day printed before a teaser's linked title, in its heading (a day's news)."""


def is_title_link(heading: HtmlElement) -> bool:
    """A heading whose text is all one link's to another page (a teaser's title), a time
    of day before it aside."""
    link = heading.find(".//a[@href]")
    if link is None or (link.get("href") or "").startswith("#"):
        return False
    title, whole = text_of(link), text_of(heading)
    if title != whole and (not whole[:1].isdigit() or title != _CLOCK_FIRST.sub("", whole, 1)):
        return False
    return len(title) >= MIN_TITLE_LINK_CHARS  # text_of's text is NFC


def first_with_text(node: HtmlElement, stop: HtmlElement | None = None) -> HtmlElement | None:
    """``node`` or its nearest ancestor that holds text, below ``stop`` (None when there
    is none): the block a picture and its caption share."""
    holder: HtmlElement | None = node
    while holder is not None and holder is not stop and not text_of(holder):
        holder = holder.getparent()
    return holder if holder is not stop else None


_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|d-none|is-hidden)(?:\s|$)", re.IGNORECASE)
_SHOWN_FROM_WIDTH = re.compile(r"(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none)\w", re.IGNORECASE)
"""A display class for wider screens (``d-none d-md-block``: shown on a desktop)."""


def is_hidden(element: HtmlElement) -> bool:
    """Whether the page hides the element or an ancestor as served (``hidden``,
    ``aria-hidden="true"``, ``display:none``, a ``hidden`` class, unless a display class
    shows it on wider screens); a script may show it."""
    return any(node.get("hidden") is not None or node.get("aria-hidden") == "true"
               or "display:none" in (node.get("style") or "").replace(" ", "").lower()
               or _hidden_by_class(node.get("class") or "")
               for node in (element, *element.iterancestors()))


def _hidden_by_class(classes: str) -> bool:
    return _HIDDEN_CLASS.search(classes) is not None and _SHOWN_FROM_WIDTH.search(classes) is None


def is_inside(element: HtmlElement, container: HtmlElement) -> bool:
    """Whether ``element`` is a descendant of ``container``."""
    return any(ancestor is container for ancestor in element.iterancestors())


def lines_of(element: HtmlElement) -> list[str]:
    """The element's text split at block elements and ``<br>``: one entry per line."""
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        line = clean_line("".join(buffer))
        if line:
            lines.append(line)
        buffer.clear()

    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                flush()
            if node.text and tag != "br":
                buffer.append(node.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if node is not element and node.tail:
                buffer.append(node.tail)
    flush()
    return lines


MAX_CHILDREN_LOOKED_AT = 4
"""Children :func:`_only_child` reads: a few, so elements with thousands stay cheap."""


def _styled_bold(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.tag in ("b", "strong") or "font-weight:bold" in style \
        or "font-weight:700" in style


def is_bold(element: HtmlElement, memo: dict[HtmlElement, bool] | None = None) -> bool:
    """The element's visible text is entirely inside b/strong (or styled bold).

    Follows a chain of single children down; never lists more than a few children, so
    it stays cheap on elements with thousands of them. Every node the walk passes has the
    walk's answer, so with a shared ``memo`` asking each node of a deep chain in turn
    costs linear time, not quadratic.
    """
    path: list[HtmlElement] = []
    node: HtmlElement | None = element
    bold = False
    while node is not None:
        if memo is not None and node in memo:
            bold = memo[node]
            break
        path.append(node)
        if _styled_bold(node):
            bold = True
            break
        node = _only_child(node)
    if memo is not None:
        memo.update(dict.fromkeys(path, bold))
    return bold


def is_italic(element: HtmlElement) -> bool:
    """The element's visible text is entirely inside em/i (or styled italic)."""
    node: HtmlElement | None = element
    while node is not None:
        style = (node.get("style") or "").replace(" ", "").lower()
        if node.tag in ("em", "i") or "font-style:italic" in style:
            return True
        node = _only_child(node)
    return False


def _only_child(node: HtmlElement) -> HtmlElement | None:
    """The single child element holding all of the node's text, if there is one; empty
    elements beside it (a word processor's ``<o:p></o:p>``) hold none."""
    if (node.text or "").strip():
        return None
    children = [c for c in islice(node.iterchildren(), MAX_CHILDREN_LOOKED_AT)
                if isinstance(c.tag, str) and not _is_empty(c)]
    if len(children) != 1 or (children[0].tail or "").strip():
        return None
    return children[0]


def _is_empty(element: HtmlElement) -> bool:
    return not len(element) and not (element.text or "").strip() \
        and not (element.tail or "").strip() and element.tag != "img"


def is_right_aligned(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "text-align:right" in style or element.get("align", "").lower() == "right"
