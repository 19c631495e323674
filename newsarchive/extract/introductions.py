"""Short texts that only introduce a list: a topic hub's dated teasers, an index of
documents, a featured teaser, a poll. Their metadata may well call them articles."""

from __future__ import annotations

import re

from newsarchive.dates import parse_visible
from newsarchive.dom import MIN_TITLE_LINK_CHARS, HtmlElement, text_of
from newsarchive.errors import NotAnArticle
from newsarchive.extract.body import teaser_cards, titled_as_furniture
from newsarchive.extract.cleaning import is_junk
from newsarchive.extract.pagetext import PageText

MIN_PROSE_CHARS = 80
MIN_DATED_TEASERS = 3
MAX_TEASER_DATE_CHARS = 40
MIN_DOCUMENT_LINKS = 3
MIN_LINKED_SECTIONS = 3
MIN_BLURB_CHARS = 40
_DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:$|[?#])", re.IGNORECASE)
_FURNITURE_TAGS = frozenset({"aside", "nav", "header", "footer"})
_UNIT_TAGS = ("li", "article")
"""Teasers of a list; cards (div blocks under a linked heading) count besides them."""


def check_not_introduction(root: HtmlElement, page: PageText) -> None:
    """Raise for a short text that only introduces what follows it: under a heading that
    links elsewhere (unless signed and followed by text), with no prose but its lead,
    over documents or linked sections, or, showing no time of its own, over dated
    teasers. A real article this short prints its author, and its time."""
    if page.linked_headings and (not page.signed or not page.paragraphs):
        raise NotAnArticle("listing", "a short text under a link to another page")
    if page.signed:
        return
    if not any(len(p) >= MIN_PROSE_CHARS for p in page.paragraphs):
        raise NotAnArticle("listing", "a short unsigned text with no paragraph of prose "
                                      "but its lead (a poll, a widget)")
    _check_not_index(root)
    _check_not_section_index(root)
    if not page.shows_date:
        _check_not_hub(root)


def _check_not_index(root: HtmlElement) -> None:
    """A short unsigned text over three or more documents of the main content (a print
    edition's PDF pages, a table of decrees): an index, whatever dates its rows print."""
    documents = sum(1 for link in root.iter("a")
                    if _DOCUMENT_PATH.search(link.get("href", "")) and not _in_furniture(link))
    if documents >= MIN_DOCUMENT_LINKS:
        raise NotAnArticle("listing", f"a short unsigned text over {documents} document links")


def _check_not_section_index(root: HtmlElement) -> None:
    """A short unsigned text over three or more sections of the main content, each a
    heading that is one link to another page and a blurb under it: an index of the
    site's sections (an HTML sitemap), whatever its metadata says."""
    sections = sum(1 for heading in root.iter("h2", "h3", "h4")
                   if _heads_linked_section(heading) and not _in_furniture(heading))
    if sections >= MIN_LINKED_SECTIONS:
        raise NotAnArticle("listing", f"a short unsigned text over {sections} linked "
                                      f"sections (an index)")


def _heads_linked_section(heading: HtmlElement) -> bool:
    """A heading wholly one link, followed by a blurb: a paragraph of its own text."""
    link = heading.find(".//a[@href]")
    if link is None or not text_of(link) or text_of(link) != text_of(heading):
        return False
    blurb = heading.getnext()
    return blurb is not None and blurb.tag in ("p", "div") and blurb.find(".//a") is None \
        and len(text_of(blurb)) >= MIN_BLURB_CHARS


def _check_not_hub(root: HtmlElement) -> None:
    """A short unsigned text with no time of its own over the dated teasers it
    introduces: a topic or event hub. Its metadata may well call it an article; a real
    article this short prints its time or its author."""
    cards = [card for card in teaser_cards(root) if card.tag not in _UNIT_TAGS
             and not any(node.tag in _UNIT_TAGS for node in card.iterancestors())
             and next(card.iterdescendants(*_UNIT_TAGS), None) is None]
    units = [*root.iter(*_UNIT_TAGS), *cards]
    teasers = sum(1 for unit in units if _is_dated_teaser(unit))
    if teasers >= MIN_DATED_TEASERS:
        raise NotAnArticle("listing", f"a short unsigned text without a time of its own, "
                                      f"over {teasers} dated teasers")


def _is_dated_teaser(unit: HtmlElement) -> bool:
    """A list item, ``<article>`` or card of the page's main content (not a sidebar,
    related box or footer) with a headline-length link and a date."""
    if max((len(text_of(a)) for a in unit.iter("a")), default=0) < MIN_TITLE_LINK_CHARS:
        return False
    if _in_furniture(unit):
        return False
    return unit.find(".//time") is not None or any(
        len(node) == 0 and 0 < len(text := text_of(node)) <= MAX_TEASER_DATE_CHARS
        and parse_visible(text) is not None
        for node in unit.iterdescendants() if isinstance(node.tag, str))


def _in_furniture(element: HtmlElement) -> bool:
    """Inside a sidebar, related box, header or footer, not the page's main content: by
    its tag, its class, or a heading naming a box of other articles (``Tin cùng chuyên
    mục``) over it."""
    return any(node.tag in _FURNITURE_TAGS or is_junk(node) or titled_as_furniture(node)
               for node in element.iterancestors())
