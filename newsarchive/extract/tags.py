"""The article's tag links on a page without a profile selector for them."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.dom import HtmlElement, text_of
from newsarchive.extract.selectors import may_hold_word_part

_CANDIDATES = etree.XPath(
    "//a/@rel[contains(., 'tag')]/.. | //@class[contains(., 'tag') or contains(., 'Tag') "
    "or contains(., 'keyword')]/../descendant::a"
)
"""Links that may be tags, found in one pass (CSS class selectors cost far more). The
conditions are tested on the ``rel`` and ``class`` attributes themselves rather than on
every element, and ``descendant::a`` spares ``//a``'s walk over every text node: half
the time of the plain form."""
_CANDIDATE_WORDS = ("tag", "Tag", "keyword")
"""What the candidates' ``rel`` or ``class`` holds: without it, no search."""
_TAG_BOX = re.compile(r"(?:^|[\s_-])(?:item)?tags?(?:$|[\s_-])|keywords?(?:$|[\s_-])",
                      re.IGNORECASE)
_NOT_TAG_BOX = re.compile(r"cloud|widget|hot|trend|popular|menu", re.IGNORECASE)
_OUTSIDE = frozenset({"aside", "nav", "footer", "header"})
MAX_TAG_CHARS = 60


def _box(link: HtmlElement) -> HtmlElement | None:
    """The tag box a link sits in: its nearest ancestor classed as one (``itemTags``)."""
    for node in link.iterancestors():
        if node.tag in _OUTSIDE:
            return None
        names = node.get("class", "")
        if _TAG_BOX.search(names):
            return None if _NOT_TAG_BOX.search(names) else node
    return None


def page_tags(root: HtmlElement) -> list[str]:
    """``rel=tag`` links and the links of the page's first tag box, outside sidebars."""
    found: list[str] = []
    first_box: HtmlElement | None = None
    for link in _candidates(root):
        if "tag" not in (link.get("rel") or "").split():
            box = _box(link)
            if box is None or (first_box is not None and box is not first_box):
                continue
            first_box = box
        text = text_of(link).lstrip("#")
        if text and len(text) <= MAX_TAG_CHARS and text not in found:
            found.append(text)
    return found


def _candidates(root: HtmlElement) -> list[HtmlElement]:
    if not may_hold_word_part(root, _CANDIDATE_WORDS):
        return []
    found = _CANDIDATES(root)
    return [node for node in found if isinstance(node, HtmlElement)] \
        if isinstance(found, list) else []
