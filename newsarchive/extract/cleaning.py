"""Remove what is never article text from a content container, keeping captions apart."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from newsarchive.dom import (
    HtmlElement,
    elements_before,
    first_with_text,
    is_italic,
    lines_of,
    text_of,
)
from newsarchive.extract.byline import names_only
from newsarchive.extract.selectors import select_all
from newsarchive.items import Image
from newsarchive.urls import join_url

_NEVER_TEXT = (
    "script", "style", "noscript", "iframe", "form", "button", "input", "select", "textarea",
    "svg", "video", "audio", "object", "embed", "template", "ins", "nav", "aside", "label",
    "amp-ad", "amp-embed", "amp-sticky-ad",
)
_JUNK_TOKEN = re.compile(
    r"(?:^|[-_])(?:relate[ds]?|related\w*|lienquan|tinlienquan|lien-quan|tin-?khac|share|sharing|"
    r"sharedaddy|social|comments?|binh-?luan|respond|tags?|keywords?|advert\w*|ads|adv|"
    r"banner|sda|qc|quang-?cao|readmore|read-more|xem-?them|newsletter|rating|vote|poll|"
    r"survey|binh-?chon|tham-?do|"
    r"breadcrumbs?|toolbar|print|subscribe|jp-relatedposts|box-?news|most-?read|doc-?nhieu|"
    r"tin-?moi|sidebar|widget|promo|recommend\w*|suggest\w*|twitter-tweet|instagram-media|"
    r"tiktok-embed|fb-post|fb-video|fb-xfbml-parse-ignore)(?:$|[-_])",
    re.IGNORECASE,
)
_VIDEO_EMBED = re.compile(r"(?:^|[-_\s])(?:youtube|lyte)(?:$|[-_\s])", re.IGNORECASE)
MAX_EMBED_TEXT_CHARS = 200
MAX_POLL_BOX_CHARS = 400
"""A poll's box: a title, a question, a few choices, a vote count."""
_INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "u", "font", "sup", "sub", "small"})
_SLIDE_COUNTER = re.compile(r"^(?:ảnh|hình|photo)?\s*\d{1,3}\s*/\s*\d{1,3}\s*[:.-]?\s+",
                            re.IGNORECASE)
"""A slideshow's counter opening a caption (``Ảnh 1/6``)."""
_CAPTION_CLASS = re.compile(r"caption|(?:img|image|photo|pic)[-_]?(?:desc|note)|desc_image|"
                            r"PhotoCMS_Caption|pic-?cap|chu-?thich|(?:^|[-_\s])cap(?:$|[-_\s])",
                            re.IGNORECASE)
_MAX_PHOTO_BOX_ELEMENTS = 12
_BOX_TAGS = frozenset({"table", "ul", "ol"})
MIN_LINK_BOX_ROWS = 3
MAX_LINK_BOX_ROW_CHARS = 160
IMAGE_TAGS = ("img", "amp-img")
_HEADER_ELEMENTS = 30
MAX_CAPTION_CHARS = 400
MAX_LABEL_PREFIX_CHARS = 12
MIN_TEXT_PARAGRAPHS = 3
"""Paragraphs (``<p>``) a container holds when its text is set in them: a short block of
another tag beside a picture there is no paragraph."""
MIN_WIDGET_PIECE_CHARS = 80
"""Characters of a paragraph: where a page builder wraps each piece of an article's text
in a widget of its own, at least half the pieces hold one."""
MAX_UNCLASSED_CAPTION_CHARS = 250
"""A caption known only by where it stands is short: a paragraph may stand there too."""
_IMAGE_ATTRS = ("data-src", "data-original", "data-lazy-src", "src")


@dataclass
class Media:
    captions: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


def is_junk(element: HtmlElement) -> bool:
    """A share bar, ad, sidebar or related box, by its class, id or type (VCCorp's
    ``type="RelatedOneNews"`` boxes)."""
    if element.tag in _INLINE:
        return False
    classes, ident, kind = element.get("class"), element.get("id"), element.get("type")
    return bool(classes or ident or kind) \
        and _junk_names(f"{classes or ''} {ident or ''} {kind or ''}")


@lru_cache(maxsize=4096)
def _junk_names(names: str) -> bool:
    """Whether a class or id name marks a share bar, ad or related box (asked once per
    distinct ``class id`` pair: pages repeat them)."""
    return any(_JUNK_TOKEN.search(name) for name in names.split())


def remove_never_text(container: HtmlElement, extra_selectors: list[str]) -> None:
    """Drop scripts, forms, ads, share bars, related boxes and the profile's extras."""
    for selector in extra_selectors:
        for element in select_all(container, selector):
            if element is not container:
                element.drop_tree()
    doomed: list[HtmlElement] = []
    furniture: list[HtmlElement] = []
    for node in container.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _NEVER_TEXT or _is_link_box(node):
            doomed.append(node)
        elif is_junk(node) or _is_video_embed(node):
            furniture.append(node)
    if furniture:
        whole = len(container.text_content())
        wrappers = _text_wrappers(furniture, whole)
        doomed += [node for node in furniture if id(node) not in wrappers]
    doomed += _poll_boxes(container)
    for node in doomed:
        if node.getparent() is not None:
            node.drop_tree()


def _is_video_embed(node: HtmlElement) -> bool:
    """A video host's embed (a YouTube wrapper, the Lyte plugin's facade) with no more
    text than the clip's title: no paragraph and no caption of its own."""
    names = node.get("class")
    return bool(names) and _video_embed_names(names) \
        and len(node.text_content()) <= MAX_EMBED_TEXT_CHARS \
        and next(node.iter("p", "figcaption"), None) is None


@lru_cache(maxsize=4096)
def _video_embed_names(names: str) -> bool:
    return _VIDEO_EMBED.search(names) is not None


def _text_wrappers(furniture: list[HtmlElement], whole: int) -> set[int]:
    """Ids of the furniture-classed blocks that are the text's own wrappers: one block,
    or blocks of one class named a ``widget`` (a page builder wraps each piece of the
    text in one), that hold most of the container's text, little of it linked. Where
    widgets wrap the text, the builder's picture widgets with little linked text (a
    picture and its caption) are the article's too; a newsletter's or an ad's are not."""
    groups: dict[str, list[HtmlElement]] = {}
    for node in furniture:
        names = node.get("class") or ""
        groups.setdefault(names if _builder_widget(names) else str(id(node)), []).append(node)
    wrappers = [group for group in groups.values() if _wraps_the_text(group, whole)]
    if any(len(group) > 1 for group in wrappers):
        wrappers += [[node] for node in furniture if _builder_widget(node.get("class") or "")
                     and _little_linked(node) and _of_a_picture(node)]
    return {id(node) for group in wrappers for node in group}


def _builder_widget(names: str) -> bool:
    """A page builder's widget (``rich-text-widget``, ``elementor-widget-text-editor``), not
    a sidebar's (WordPress's ``widget widget_text``)."""
    tokens = names.lower().split()
    return any("widget" in token for token in tokens) \
        and not any(token == "widget" or token.startswith("widget_") for token in tokens)


def _of_a_picture(node: HtmlElement) -> bool:
    """A picture's block or its caption: an image inside it or beside it in its parent."""
    parent = node.getparent()
    return next((parent if parent is not None else node).iter(*IMAGE_TAGS), None) is not None


def _little_linked(node: HtmlElement) -> bool:
    return 2 * _linked_chars(node) < len(node.text_content())


def _linked_chars(node: HtmlElement) -> int:
    return sum(len(a.text_content()) for a in node.iter("a"))


def _wraps_the_text(blocks: list[HtmlElement], whole: int) -> bool:
    """Most of the container's text, little of it linked, at least half the blocks a
    paragraph long (a text's parts run to paragraphs; a sidebar's text widgets print a
    hotline or office hours)."""
    text = sum(len(node.text_content()) for node in blocks)
    linked = sum(_linked_chars(node) for node in blocks)
    pieces = sum(1 for node in blocks if len(node.text_content()) >= MIN_WIDGET_PIECE_CHARS)
    return 2 * text > whole and 2 * linked < text and 2 * pieces >= len(blocks)


def _poll_boxes(container: HtmlElement) -> list[HtmlElement]:
    """The boxes of polls: the smallest element around two or more choices (radio
    buttons, check boxes) with the few lines beside them (a title, a question, a vote
    count), whatever its class."""
    boxes: list[HtmlElement] = []
    for choice in container.iter("input"):
        if choice.get("type") not in ("radio", "checkbox") \
                or any(box in choice.iterancestors() for box in boxes):
            continue
        for box in choice.iterancestors():
            if box is container:
                break
            if sum(1 for i in box.iter("input") if i.get("type") in ("radio", "checkbox")) > 1:
                if len(text_of(box)) <= MAX_POLL_BOX_CHARS:
                    boxes.append(_widest_within(box, container, MAX_POLL_BOX_CHARS))
                break
    return boxes


def _widest_within(box: HtmlElement, container: HtmlElement, limit: int) -> HtmlElement:
    """``box`` or its widest ancestor inside ``container`` whose text stays within
    ``limit`` (a poll's form, then the box that titles it)."""
    parent = box.getparent()
    while parent is not None and parent is not container and len(text_of(parent)) <= limit:
        box, parent = parent, parent.getparent()
    return box


def _is_link_box(node: HtmlElement) -> bool:
    """A table or list of short rows, most of them links: a related or series box (its
    heading and the current part's unlinked row go with it)."""
    if node.tag not in _BOX_TAGS:
        return False
    rows = [row for row in node.iter("tr", "li") if text_of(row)]
    if len(rows) < MIN_LINK_BOX_ROWS or any(len(text_of(row)) > MAX_LINK_BOX_ROW_CHARS
                                            for row in rows):
        return False
    linked = sum(1 for row in rows if row.find(".//a[@href]") is not None)
    return 2 * linked >= len(rows)


def header_captions(headline: HtmlElement | None, container: HtmlElement | None) -> list[str]:
    """Captions of the pictures printed between the headline and the body (a cover
    ``<figure>``), whatever element holds the caption."""
    if headline is None:
        return []
    return [text for node in elements_before(container, headline, _HEADER_ELEMENTS)
            if _is_header_caption(node)
            and 0 < len(text := text_of(_caption_of(node))) <= MAX_CAPTION_CHARS]


def _caption_of(node: HtmlElement) -> HtmlElement:
    """A figure's ``<figcaption>`` (not what else the figure holds: a style sheet, a
    zoom button), else the node."""
    caption = node.find(".//figcaption") if node.tag == "figure" else None
    return caption if caption is not None else node


def _is_header_caption(node: HtmlElement) -> bool:
    """A figure with its picture, a caption-classed block right after a picture's block
    (``div.image`` then ``div.caption``), or an italic line that is all a photo box
    holds besides its picture (a layout table's row under the image, a
    ``div.font-italic`` under it)."""
    if node.tag == "figure":
        return _holds_image(node)
    previous, parent = node.getprevious(), node.getparent()
    if previous is None or parent is None or parent.tag == "figure" \
            or not _holds_image(previous):
        return False
    if _CAPTION_CLASS.search(node.get("class", "")):
        return True
    return len(parent) == 2 and not text_of(previous) and (
        _set_in_italics(node) or (_holds_picture(previous) and parent.tag not in _TEXT_BLOCKS
                                  and _may_be_caption(node)))


def _set_in_italics(node: HtmlElement) -> bool:
    """Italic by its tags or style, or by a class word (``font-italic``)."""
    return is_italic(node) or any("italic" in (n.get("class") or "").lower()
                                  for n in (node, *node.iterdescendants()))


_TEXT_BLOCKS = frozenset({"p", "li", "ul", "ol", "dl", "td", "th", "tr", "table", "blockquote",
                          "h1", "h2", "h3", "h4", "h5", "h6"})
"""Blocks of text, never a photo box's caption nor the box itself."""
_LISTS_AND_HEADINGS = _TEXT_BLOCKS - {"p"}
"""A caption may be a paragraph of the box, never a list, a row or a heading."""
_DECORATION_WORDS = ("emoji", "icon", "avatar", "smiley")
MAX_ICON_PIXELS = 64
_IMAGE_RUNS = _INLINE | {"picture", "source"}
"""Inline elements an image may sit in inside its block."""


def _holds_image(node: HtmlElement) -> bool:
    return any(True for _ in node.iter(*IMAGE_TAGS))


def _image_url(img: HtmlElement, base_url: str) -> str | None:
    for attr in _IMAGE_ATTRS:
        value = str(img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return join_url(base_url, value)
    return None


def _photo_box_caption(box: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """A photo box's caption whatever its class: the smallest block around the image that
    holds text, when that block is no paragraph, list item or cell and its text is one
    short element after the picture's parts and line breaks (``<div><a><img></a><p>…</p>
    </div>``, ``<div><img><br><span>…</span></div>``). A
    picture in a paragraph of its own gives none (the next paragraph may be text), nor
    does an icon, an emoji or an avatar."""
    node = first_with_text(box, container)
    if node is None or node.tag in _TEXT_BLOCKS:
        return None
    *pictures, last = [child for child in node
                       if isinstance(child.tag, str) and child.tag != "br"] or [node]
    if not pictures or (node.text or "").strip() or (last.tail or "").strip() or any(
            p.tag in _TEXT_BLOCKS or text_of(p) or not _holds_picture(p)
            or (p.tail or "").strip() for p in pictures):
        return None
    return last if _may_be_caption(last) else None


def _block_caption(box: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """A short block right after a picture's own block, in another tag than the text's
    paragraphs (``<div><img></div><div>Caption.</div>`` among ``<p>``s): a caption."""
    following = box.getnext()
    if box.tag == "p" or following is None or following.tag in ("p", *_TEXT_BLOCKS) \
            or following.tag != box.tag or text_of(box) or not _holds_picture(box) \
            or any(isinstance(child.tag, str) and child.tag not in _INLINE
                   for child in following) or not _may_be_caption(following) \
            or _reads_as_heading(following):
        return None
    paragraphs = sum(1 for node in container if node.tag == "p" and text_of(node))
    return following if paragraphs >= MIN_TEXT_PARAGRAPHS else None


def _reads_as_heading(node: HtmlElement) -> bool:
    """Wholly bold: a subheading after a picture, no caption."""
    return " ".join(text_of(e) for e in node.iter("b", "strong") if e is not node) \
        == text_of(node)


def _is_question_or_marker(text: str) -> bool:
    """An interviewer's question or a label opening a line (``PV: …?``, ``Bài 2: …``): no
    caption."""
    return text.endswith("?") or ":" in text[:MAX_LABEL_PREFIX_CHARS]


def _may_be_caption(node: HtmlElement) -> bool:
    """Short unlinked text, no heading and no name alone: a teaser's linked title under
    its picture is none, nor an author's name under an avatar."""
    text = text_of(node)
    return len(text) <= MAX_UNCLASSED_CAPTION_CHARS and node.tag not in _LISTS_AND_HEADINGS \
        and not _is_question_or_marker(text) \
        and not _holds_image(node) and next(node.iter("a"), None) is None \
        and not names_only(text)


def _holds_picture(node: HtmlElement) -> bool:
    """An image that is a picture, not an icon, an emoji or an avatar."""
    return any(not _is_decoration(img) for img in node.iter(*IMAGE_TAGS))


def _is_decoration(img: HtmlElement) -> bool:
    names = f"{img.get('class', '')} {img.get('src', '')}".lower()
    sizes = [int(v) for v in (img.get("width", ""), img.get("height", "")) if v.isdigit()]
    return any(word in names for word in _DECORATION_WORDS) \
        or any(size <= MAX_ICON_PIXELS for size in sizes)


def _caption_elements(box: HtmlElement) -> list[HtmlElement]:
    found = [node for node in box.iter("figcaption")]
    if box.tag == "dl":
        found += [node for node in box.iter("dd")]  # a picture as a term, its caption

    found += [
        node for node in box.iterdescendants()
        if isinstance(node.tag, str) and node.tag != "figcaption"
        and _CAPTION_CLASS.search(node.get("class", ""))
    ]
    if box.tag == "table" or box.find(".//table") is not None:
        found += [row for row in box.iter("tr") if row.find(".//img") is None]
    if not found and box.tag == "figure" and box.getparent() is not None:
        shared = box.getparent().find("figcaption")  # one caption for a row of figures
        found = [shared] if shared is not None else []
    if not found and box.tag != "figure" and _CAPTION_CLASS.search(box.get("class", "")):
        found = [box]  # a captioned image's box, its text the caption (Froala's fr-img-caption)
    return [node for node in found if not any(a in found for a in node.iterancestors())]


def _holds_caption(box: HtmlElement) -> bool:
    """A small element holding an image and a caption-classed element (a CMS photo box)."""
    nodes = list(islice(box.iter(), _MAX_PHOTO_BOX_ELEMENTS + 1))
    return len(nodes) <= _MAX_PHOTO_BOX_ELEMENTS and any(
        isinstance(n.tag, str) and _CAPTION_CLASS.search(n.get("class", "")) for n in nodes)


def _image_box(img: HtmlElement, container: HtmlElement) -> HtmlElement:
    """The figure, image table, short definition list (``<dl><dt><img></dt><dd>…</dd>``,
    WordPress's older captions) or paragraph that holds an image (the image itself when
    it sits directly in the container)."""
    if img.getparent() is container:
        return img
    node = img
    for _ in range(6):
        parent = node.getparent()
        if parent is None or parent is container:
            break
        node = parent
        if node.tag == "figure" or (node.tag == "table" and len(text_of(node)) < 500) \
                or _holds_caption(node) or _is_captioned_term(node):
            return node
    return _block_of(img, container)


def _is_captioned_term(node: HtmlElement) -> bool:
    """A definition list of one picture as its term and one short description (WordPress's
    older ``<dl><dt><img></dt><dd>caption</dd></dl>``); a glossary or an interview set as
    a definition list has several terms."""
    if node.tag != "dl":
        return False
    terms, descriptions = node.findall("dt"), node.findall("dd")
    return len(terms) == 1 and len(descriptions) == 1 and not text_of(terms[0]) \
        and _holds_picture(terms[0]) and _may_be_caption(descriptions[0])


def _block_of(img: HtmlElement, container: HtmlElement) -> HtmlElement:
    """The block an image sits in, past the inline runs around it (a Word paste's ``<span>``,
    a link, a ``<picture>``, whose ``<source>`` libxml2 makes the ``<img>``'s parent); the
    outermost of those runs when the container itself is that block."""
    node = img
    while (parent := node.getparent()) is not None and parent is not container \
            and parent.tag in _IMAGE_RUNS:
        node = parent
    parent = node.getparent()
    return parent if parent is not None and parent is not container else node


def _em_caption(box: HtmlElement) -> HtmlElement | None:
    """An ``<em>``/``<i>`` line under the image, in the image's paragraph or right after
    it; or the paragraph right after it classed as a caption (``p.image-caption``)."""
    own = [e for e in box.iter("em", "i") if text_of(e)]
    if own and " ".join(text_of(e) for e in own) == text_of(box):
        return own[0] if len(own) == 1 else None
    following = box.getnext()
    if following is None or following.tag not in ("p", "div"):
        return None
    text = text_of(following)
    if not text or len(text) >= MAX_CAPTION_CHARS:
        return None
    if _CAPTION_CLASS.search(following.get("class", "")):
        return following
    inner = " ".join(text_of(e) for e in following.iter("em", "i"))
    return following if inner == text else None


def take_media(container: HtmlElement, base_url: str) -> Media:
    """Collect images with their captions and remove the caption text from the container."""
    media = Media()
    boxes_seen: list[HtmlElement] = []  # kept alive: lxml proxies' ids are reused
    for img in list(container.iter(*IMAGE_TAGS)):
        url = _image_url(img, base_url)
        box = _image_box(img, container)
        if any(box is seen for seen in boxes_seen):
            if url:
                media.images.append(Image(url=url))
            continue
        boxes_seen.append(box)
        caption = _take_captions(box, media, container)
        if url:
            media.images.append(Image(url=url, caption=caption))
    for leftover in [n for n in container.iter("figcaption")]:
        _take_captions(leftover, media, container)
    return media


def _take_captions(box: HtmlElement, media: Media, container: HtmlElement) -> str | None:
    parts = _caption_elements(box) if box.tag != "figcaption" else [box]
    if not parts:
        found = _em_caption(box)
        found = _photo_box_caption(box, container) if found is None else found
        found = _block_caption(box, container) if found is None else found
        parts = [found] if found is not None else []
    texts = [" ".join(lines_of(part)) for part in parts if part.getparent() is not None]
    texts = [text for text in texts if text]
    for part in parts:
        if part.getparent() is not None:
            part.drop_tree()
    if box.tag in ("figure", "table", "dl") and box.getparent() is not None:
        box.drop_tree()
    caption = _SLIDE_COUNTER.sub("", " ".join(texts)) or None
    if caption:
        media.captions.append(caption)
    return caption
