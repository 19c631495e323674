"""A body printed in parts: the container's alike siblings, with pictures between."""

from __future__ import annotations

import re
from itertools import islice

from lxml import html

from newsarchive.dom import HtmlElement, text_of
from newsarchive.extract.cleaning import IMAGE_TAGS, is_junk

_SLOT_TAGS = frozenset({"script", "ins", "style", "noscript", "iframe"})
_NUMBERED = re.compile(r"[-_]\d+$")
"""A class word ending in a number: a grid's or a spacing's variant, an element's id."""
MAX_PART_DEPTH = 5
MAX_PART_CHARS = 1500
"""A container holding this much text is looked at alone for alike parts, not its
wrappers': a body printed in parts leaves little in each."""
MAX_PICTURE_BLOCK_CHARS = 400
MAX_PICTURE_BLOCK_ELEMENTS = 40
MIN_PROSE_CHARS = 80
MAX_CAPTION_CHARS = 300


def join_parts(container: HtmlElement) -> None:
    """A body printed in parts: the container, or a wrapper of it a few levels up, among
    alike siblings (same tag, same class words but for numbered ones) with nothing but
    pictures and furniture between them (a page builder's text widgets between image
    widgets, an ad slot). The other parts' content moves into the container, in page
    order, which then holds the whole text."""
    inner = _class_signature(container)
    depth = MAX_PART_DEPTH if len(container.text_content()) < MAX_PART_CHARS else 1
    node: HtmlElement | None = container
    for _ in range(depth):
        if node is None or node.tag in ("body", "html") or inner is None:
            return
        signature = _class_signature(node)
        if signature:
            before, after = _run_around(node, signature, inner, preceding=True), \
                _run_around(node, signature, inner, preceding=False)
            if before or after:
                _gather(container, before, after)
                return
        node = node.getparent()


def _class_signature(node: HtmlElement) -> tuple[str, frozenset[str]] | None:
    """The node's tag and class words without digits (``t-rec_pt_30``, an element id); when
    each holds a digit, those not ending in a number (a CSS module's hashed names,
    ``_3xK9a``, which alike components share; not ``col-12`` or ``mt-3``)."""
    names = node.get("class")
    if not names:
        return None
    words = names.split()
    plain = frozenset(w for w in words if not any(c.isdigit() for c in w))
    hashed = frozenset(w for w in words if not _NUMBERED.search(w))
    signature = plain or hashed
    return (node.tag, signature) if signature else None


def _run_around(node: HtmlElement, signature: tuple[str, frozenset[str]],
                inner: tuple[str, frozenset[str]], preceding: bool) -> list[HtmlElement]:
    """The alike parts next to ``node`` on one side, with the pictures between them: a
    part holds a block like the container (``inner``) and prose of its own (a sidebar
    column alike to the main one holds neither). An alike block with a line or two of
    text between parts (a picture's caption in a block of its own) goes with them."""
    run: list[HtmlElement] = []
    pending: list[HtmlElement] = []
    for sibling in node.itersiblings(preceding=preceding):
        if not isinstance(sibling.tag, str) or sibling.tag in _SLOT_TAGS:
            continue
        alike = sibling.tag == signature[0] and _class_signature(sibling) == signature
        if alike and _holds_prose(sibling) \
                and any(_class_signature(e) == inner for e in sibling.iter(inner[0])):
            run += [*pending, sibling]
            pending = []
        elif _is_picture_block(sibling) or (alike and _is_short_line(sibling)):
            pending.append(sibling)
        elif not is_junk(sibling):
            break
    return run


def _holds_prose(node: HtmlElement) -> bool:
    """Text of its own, most of it outside links: a part of a body, not a teaser box."""
    text = len(text_of(node))
    linked = sum(len(text_of(a)) for a in node.iter("a"))
    return text - linked >= MIN_PROSE_CHARS and 2 * linked < text


def _is_short_line(node: HtmlElement) -> bool:
    """A block holding no more than a caption's text, and no link."""
    return len(text_of(node)) <= MAX_CAPTION_CHARS and next(node.iter("a"), None) is None


def _is_picture_block(node: HtmlElement) -> bool:
    """A small block holding a picture and at most its caption."""
    return next(node.iter(*IMAGE_TAGS), None) is not None \
        and sum(1 for _ in islice(node.iter(), MAX_PICTURE_BLOCK_ELEMENTS + 1)) \
        <= MAX_PICTURE_BLOCK_ELEMENTS and len(text_of(node)) <= MAX_PICTURE_BLOCK_CHARS


def _gather(container: HtmlElement, before: list[HtmlElement],
            after: list[HtmlElement]) -> None:
    """Move the parts before (nearest first) and after into the container, in order."""
    if before and (container.text or "").strip():
        opening = html.Element("span")
        opening.text, container.text = container.text, None
        container.insert(0, opening)
    first = container[0] if len(container) else None
    for part in before:  # nearest first: each goes in front of the previous
        box = _moved(part)
        if first is None:
            container.append(box)
        else:
            first.addprevious(box)
        first = box
    for part in after:
        container.append(_moved(part))


def _moved(part: HtmlElement) -> HtmlElement:
    """The part out of its place, without the class and id words that would make the
    container's cleaning drop it as furniture (``elementor-widget``)."""
    part.tail = None
    parent = part.getparent()
    if parent is not None:
        parent.remove(part)
    for element in part.iter():
        if isinstance(element.tag, str) and is_junk(element):
            for name in ("class", "id", "type"):
                element.attrib.pop(name, None)
    return part
