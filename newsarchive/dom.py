"""Bytes to an lxml tree, and small helpers to read text out of it."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from functools import cache
from itertools import islice
from typing import cast

import cssselect
from lxml import etree, html
from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement
from w3lib.encoding import html_body_declared_encoding, html_to_unicode, read_bom

from newsarchive.text import clean_line

__all__ = ["BLOCK_TAGS", "HtmlElement", "css", "lines_of", "parse_html", "select", "text_of"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol table tr td th tbody thead blockquote section "
    "article figure figcaption header footer aside nav main dl dt dd pre address center "
    "form hr".split()
)
# huge_tree lifts libxml2's depth cap of 255 (to ~2,048): a deep widget before the article
# would otherwise cut the rest of the page away.
_UTF8_PARSER = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                               huge_tree=True)
_TEXT_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
_UTF8_NAMES = frozenset({"utf-8", "utf8", "utf_8"})


def page_encoding(data: bytes) -> str:
    """BOM, then an early ``<meta charset>``, then UTF-8 when the bytes are valid UTF-8.

    Pages that declare their charset late or not at all (vnexpress, dantri) are UTF-8.
    """
    encoding = read_bom(data)[0] or html_body_declared_encoding(data)
    if encoding:
        return encoding.lower()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1258"
    return "utf-8"


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
    return root


def _decoded(data: bytes, encoding: str) -> str:
    _, text = html_to_unicode(f"text/html; charset={encoding}", data)
    text = _XML_DECLARATION.sub("", text, count=1)
    return _CONTROL_CHARS.sub("", text) or "<html></html>"


@cache
def css(selector: str) -> CSSSelector:
    """A compiled CSS selector (compiled once per process)."""
    return CSSSelector(selector, translator="html")


# The class names of the last two trees selectors ran on (few, as each entry keeps its
# tree alive: a document and a subtree cut from it). Extraction only removes
# elements from a tree, so a tree's names stay a superset of what it holds.
_CLASS_VALUES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_INDEXED_TREES = 2
_indexed: list[tuple[HtmlElement, frozenset[str]]] = []


def _tree_top(element: HtmlElement) -> HtmlElement:
    """The element's outermost ancestor (itself when it has none)."""
    return deque(element.iterancestors(), maxlen=1).pop() if element.getparent() is not None \
        else element


def _class_names(root: HtmlElement) -> frozenset[str]:
    """Every class name in ``root``'s subtree, as ``normalize-space(@class)`` splits them."""
    for element, names in _indexed:
        if element is root:
            return names
    values = _CLASS_VALUES(root)
    # Plain strings (smart_strings=False): joined as they are, without a str() each.
    names = frozenset(_xml_spaced(" ".join(cast(list[str], values))).split(" ")) \
        if isinstance(values, list) else frozenset()
    _indexed.insert(0, (root, names))
    del _indexed[_INDEXED_TREES:]
    return names


def _xml_spaced(text: str) -> str:
    """``text`` with XML's other white space (tab, CR, LF) as plain spaces: splitting it
    at single spaces then gives the tokens ``normalize-space`` would, and some empty
    strings, several times faster than a regular expression."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


@cache
def _required_classes(selector: str) -> tuple[frozenset[str], ...]:
    """For each selector of the group, the class names it cannot match without."""
    return tuple(frozenset(_classes_in(part.parsed_tree)) for part in cssselect.parse(selector))


def _classes_in(tree: object) -> Iterator[str]:
    """Class names of every compound of a combined selector (not those under ``:not``)."""
    while tree is not None:
        if isinstance(tree, cssselect.parser.Class):
            yield tree.class_name
        elif isinstance(tree, cssselect.parser.CombinedSelector):
            yield from _classes_in(tree.subselector)
        tree = getattr(tree, "selector", None)


def _may_match(root: HtmlElement, selector: str) -> bool:
    """False when every selector of the group needs a class name ``root`` lacks."""
    required = _required_classes(selector)
    if not all(required):
        return True
    names = _class_names(root)
    return any(classes <= names for classes in required)


def select_all(root: HtmlElement, selector: str) -> list[HtmlElement]:
    """Elements matched by ``selector``. Most selectors tried (the generic vocabularies)
    name classes the page does not use: those are answered without walking the tree."""
    if not _may_match(_tree_top(root), selector):
        return []
    found = css(selector)(root)
    if not isinstance(found, list):
        return []
    return [node for node in found if isinstance(node, HtmlElement)]


def select(root: HtmlElement, selectors: list[str]) -> list[HtmlElement]:
    """Elements matched by the first selector of ``selectors`` that matches anything."""
    for selector in selectors:
        found = select_all(root, selector)
        if found:
            return found
    return []


def select_first(root: HtmlElement, selectors: list[str]) -> HtmlElement | None:
    found = select(root, selectors)
    return found[0] if found else None


def text_of(element: HtmlElement) -> str:
    """The element's text on one line, cleaned."""
    return clean_line(element.text_content())


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


def _styled_bold(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.tag in ("b", "strong") or "font-weight:bold" in style \
        or "font-weight:700" in style


def is_bold(element: HtmlElement, memo: dict[HtmlElement, bool] | None = None) -> bool:
    """The element's visible text is entirely inside b/strong (or styled bold).

    Follows a chain of single children down; never lists more than two children, so it
    stays cheap on elements with thousands of them. Every node the walk passes has the
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


def _only_child(node: HtmlElement) -> HtmlElement | None:
    """The single child element holding all of the node's text, if there is one."""
    if (node.text or "").strip():
        return None
    children = [c for c in islice(node.iterchildren(), 2) if isinstance(c.tag, str)]
    if len(children) != 1 or (children[0].tail or "").strip():
        return None
    return children[0]


def is_right_aligned(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "text-align:right" in style or element.get("align", "").lower() == "right"
