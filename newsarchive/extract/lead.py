"""The lead (sapo), wherever the page marks it: inside or outside the body container."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from newsarchive.dates import CLOCK_RE, parse_visible
from newsarchive.dom import HtmlElement, first_with_text, in_teaser_article, is_inside, text_of
from newsarchive.extract.byline import is_photo_credit, looks_like_credit
from newsarchive.extract.headline import strip_outlet_marker
from newsarchive.extract.metadata import Metadata
from newsarchive.extract.selectors import select
from newsarchive.sites import Profile
from newsarchive.text import fold

_LEAD_WORDS = ("sapo", "chapeau", "summary", "intro", "lead", "description", "headlines",
               "excerpt", "tomtat", "tom-tat", "mota", "mo-ta", "abstract", "trichdan",
               "trich-dan", "(?<![a-z])lede(?![a-z])", "standfirst")
"""Class/id words CMS families mark the lead with (``itemIntroText``, ``news-sapo``,
``entry__lede`` …); ``lede`` as a word of its own (not in ``DraftStyleDefault``)."""
_LEAD_CLASS = re.compile("|".join(_LEAD_WORDS), re.IGNORECASE)
_SURE_LEAD_CLASS = re.compile(r"sapo|chapeau|tom-?tat|trich-?dan", re.IGNORECASE)
"""Words that name nothing but a lead: ``sapo-photo`` is a photo story's lead."""
_NOT_LEAD_CLASS = re.compile(
    r"leader|author|caption|img|image|photo|thumb|video|relate|comment|menu|nav|footer|"
    r"list|item-?title|meta|seo|tooltip|newsletter|subscri|sign-?up|button", re.IGNORECASE)
_NOT_LEAD_TAGS = frozenset({"a", "li", "ul", "ol", "nav", "aside", "footer", "figure",
                            "figcaption", "form", "meta", "script", "style", "img", "input"})
_PICTURE_TAGS = frozenset({"img", "amp-img", "picture", "figure", "video", "iframe"})
_INLINE_TAGS = frozenset({"b", "strong", "em", "i", "u", "span", "a", "br", "font", "abbr",
                          "sup", "sub", "mark", "small"})
"""A paragraph's own tags: an element with other children is a wrapper."""
_NOT_LEAD_ANCESTORS = frozenset({"a", "li", "nav", "aside", "footer", "figure", "figcaption"})
"""Not ``form``: ASP.NET pages hold the whole page in one."""
_SITE_NAME_TAIL = re.compile(r"\.? ?[-|–] ?\S.{0,30}$")
"""What a meta description may add after the lead: the outlet's name (`` - VnExpress``)."""
MIN_LEAD_CHARS = 40
MIN_HEADING_LEAD_CHARS = 60
MIN_PROSE_LEAD_WORDS = 12
"""A lead found by position is prose: more words than a date, credit or share line."""
MAX_LEAD_CHARS = 1200
MAX_LEAD_LINK_SHARE = 0.3
MAX_LEAD_CHILDREN = 12
"""A lead is a paragraph, perhaps wrapped; an element of many children is a wrapper."""
_SIBLINGS_AFTER_HEADLINE = 4
MAX_LEAD_SEARCH = 3000
"""Elements looked at after the headline: the article's header and body, not the page."""
MAX_BOXED_CAPTION_CHARS = 300
"""A picture's box whose text is at most this is the picture and its caption."""
MAX_DESCRIBED_SEARCH = 400
"""Elements looked at for the described lead: the article's header, when no body
container ends the search sooner."""
MAX_META_LINE_CHARS = 100
"""A header's line of fields is short; a lead may be too, but it is a sentence."""
_SENTENCE_ENDS = frozenset(".!?…\"”")


def find_lead(scope: HtmlElement, profile: Profile, headline: HtmlElement | None,
              container: HtmlElement | None,
              meta: Metadata) -> tuple[str | None, HtmlElement | None]:
    """The lead marked by the profile's selectors, a lead class between the headline and
    the end of the body, the meta description's text between the headline and the body,
    a long ``h2`` right after the headline or opening the body, or else the paragraph of
    prose between the headline and the body."""
    found = _selected_lead(scope, profile, headline) or _classed_lead(headline, container) \
        or _described_lead(headline, container, meta) or _heading_after(headline) \
        or _heading_first(container) or _prose_between(headline, container)
    return found if found is not None else (None, None)


def _selected_lead(scope: HtmlElement, profile: Profile,
                   headline: HtmlElement | None) -> tuple[str, HtmlElement] | None:
    """The first element the summary selectors match that is not a teaser's summary: a
    lead never sits in a link, a list item, an aside or a figure, nor in an
    ``<article>`` that does not hold the headline."""
    for element in select(scope, profile.selectors.summary):
        if _in_teaser(element, headline):
            continue
        text = strip_outlet_marker(text_of(element))
        if text:
            return text, element
    return None


def _lead_text(node: HtmlElement, minimum: int = MIN_LEAD_CHARS) -> str | None:
    """The node's text when it reads as a lead: prose of lead length, few links."""
    text = strip_outlet_marker(text_of(node))
    if not minimum <= len(text) <= MAX_LEAD_CHARS:
        return None
    linked = sum(len(a.text_content().strip()) for a in node.iter("a"))
    return text if linked <= MAX_LEAD_LINK_SHARE * len(text) else None


def _is_lead_marked(node: HtmlElement, headline: HtmlElement | None) -> bool:
    if node.tag in _NOT_LEAD_TAGS or not _names_a_lead(f"{node.get('class', '')} "
                                                         f"{node.get('id', '')}"):
        return False
    return not _in_teaser(node, headline) and _is_one_paragraph(node)


def _in_teaser(node: HtmlElement, headline: HtmlElement | None) -> bool:
    """Inside a link, list item, aside or figure, or another article's teaser."""
    return any(a.tag in _NOT_LEAD_ANCESTORS for a in node.iterancestors()) \
        or in_teaser_article(node, headline)


@lru_cache(maxsize=4096)
def _names_a_lead(names: str) -> bool:
    """Whether class and id names mark a lead (asked once per distinct pair)."""
    if not _LEAD_CLASS.search(names):
        return False
    return not _NOT_LEAD_CLASS.search(names) or bool(_SURE_LEAD_CLASS.search(names))


def _is_one_paragraph(node: HtmlElement) -> bool:
    """A lead is one paragraph: an element holding several (or a heading and a credit
    line), or a picture, is a wrapper or a body (Drupal's ``field--type-text-with-summary``
    wraps the whole text); its own lead, if marked, is found inside it."""
    paragraphs = sum(1 for _ in node.iter("p", "h2", "h3", "h4"))
    return paragraphs <= 1 and next(node.iter("img", "figure", "table"), None) is None


def _classed_lead(headline: HtmlElement | None,
                  container: HtmlElement | None) -> tuple[str, HtmlElement] | None:
    """The first lead-classed element after the headline (else from the body container's
    start) up to the end of the body container."""
    if headline is not None:
        region: Iterator[HtmlElement] = _after(headline, container)
    elif container is not None:
        region = container.iterdescendants()
    else:
        return None
    for node in islice(region, MAX_LEAD_SEARCH):
        if isinstance(node.tag, str) and (node.get("class") or node.get("id")) \
                and len(node) <= MAX_LEAD_CHILDREN and _is_lead_marked(node, headline):
            text = _lead_text(node)
            if text:
                return text, node
    return None


def _described_lead(headline: HtmlElement | None, container: HtmlElement | None,
                    meta: Metadata) -> tuple[str, HtmlElement] | None:
    """The element between the headline and the body whose text the meta description
    repeats, in whatever markup it is set apart (VTC News: an unclassed ``h2`` after the
    date and share bar)."""
    description = meta.get("description", "og:description")
    if headline is None or not description or len(description) < MIN_LEAD_CHARS:
        return None
    for node in islice(_after(headline, container), MAX_DESCRIBED_SEARCH):
        if node is container:
            return None
        if not isinstance(node.tag, str) or node.tag in _NOT_LEAD_TAGS \
                or len(node) > MAX_LEAD_CHILDREN or _is_wrapper(node) \
                or not _near_length(len(node.text_content()), len(description)):
            continue
        text = _lead_text(node)
        if text and not _in_teaser(node, headline) and _is_one_paragraph(node) \
                and (confirmed_by_description(text, meta) or _opens_with(text, description)):
            return text, node
    return None


def _is_wrapper(node: HtmlElement) -> bool:
    """An element with no text of its own before block children: what it holds is
    looked at in turn."""
    return len(node) > 0 and not (node.text or "").strip() \
        and all(child.tag not in _INLINE_TAGS for child in node)


def _opens_with(text: str, description: str) -> bool:
    """Whether the description is the text's first sentences, cut at a sentence's end."""
    key, folded = fold(strip_outlet_marker(description)).rstrip(" ."), fold(text)
    return len(key) >= MIN_LEAD_CHARS and folded.startswith(key) \
        and folded[len(key):len(key) + 2] in (". ", "? ", "! ")


def _prose_between(headline: HtmlElement | None,
                   container: HtmlElement | None) -> tuple[str, HtmlElement] | None:
    """The first paragraph of prose between the headline and the body container, before
    any picture but one boxed with its caption (a caption follows its picture): a lead
    set apart by position alone, in markup no class word names. Only when the container
    follows the headline: a headline found after it (a sticky title bar) has the page's
    footer after it."""
    if headline is None or container is None \
            or is_inside(headline, container):
        return None
    found: tuple[str, HtmlElement] | None = None
    looking, photo_box = True, None
    for node in islice(_after(headline, container), MAX_DESCRIBED_SEARCH):
        if node is container:
            return found
        if not looking or (photo_box is not None and is_inside(node, photo_box)):
            continue
        if node.tag in _PICTURE_TAGS:
            photo_box = _captioned_box(node, headline, container)
            looking = photo_box is not None
            continue
        text = _prose_text(node)
        if text:
            found, looking = (text, node), False
    return None


def _captioned_box(picture: HtmlElement, headline: HtmlElement,
                   container: HtmlElement) -> HtmlElement | None:
    """The smallest block around a picture that holds text, when that text is short
    enough to be its caption alone and the block holds neither headline nor body."""
    box = first_with_text(picture)
    if box is None:
        return None
    text = text_of(box)
    if len(text) > MAX_BOXED_CAPTION_CHARS or is_inside(container, box) \
            or is_inside(headline, box) or is_photo_credit(text):
        return None  # a box holding only the photo's credit: its caption may follow it
    return box


def _prose_text(node: HtmlElement) -> str | None:
    """The text of a paragraph of prose: no wrapper, no teaser, no credit line."""
    if not isinstance(node.tag, str) or node.tag in _NOT_LEAD_TAGS \
            or any(child.tag not in _INLINE_TAGS for child in node):
        return None
    text = _lead_text(node, MIN_HEADING_LEAD_CHARS)
    if text and len(text.split()) >= MIN_PROSE_LEAD_WORDS and not _in_teaser(node, None) \
            and not looks_like_credit(text) and not _is_meta_line(text):
        return text
    return None


def _is_meta_line(text: str) -> bool:
    """A header's line of fields printing the time (``Cập nhật: … 10:21 Đăng lúc: …
    Huỳnh Như``, ``Bất động sản Đăng 3 giờ trước (15/10/2025 14:20) 2.147 lượt đọc``):
    short, no sentence, a time of day or a labelled field. A lead left without its full
    stop names a date, not a time (``Hội chợ diễn ra từ ngày 12/11 đến 18/11/2026 …``)."""
    if len(text) > MAX_META_LINE_CHARS or text[-1] in _SENTENCE_ENDS \
            or (":" not in text and not CLOCK_RE.search(text)):
        return False
    return parse_visible(text) is not None


def _near_length(length: int, description: int) -> bool:
    """Whether an element's raw text may be the description's (spaces and an outlet
    marker aside) or begin with it."""
    return 0.8 * description - 20 <= length <= 2 * MAX_LEAD_CHARS


def _after(anchor: HtmlElement, container: HtmlElement | None) -> Iterator[HtmlElement]:
    """Elements after ``anchor`` in document order, up to the end of ``container``."""
    ends = [container, *container.iterancestors()] if container is not None else []
    node: HtmlElement | None = anchor
    while node is not None and not any(node is end for end in ends[:1]):
        for sibling in node.itersiblings():
            yield from sibling.iter()
            if any(sibling is end for end in ends):
                return
        node = node.getparent()


def _heading_after(headline: HtmlElement | None) -> tuple[str, HtmlElement] | None:
    """An ``h2``/``h3`` of lead length among the few elements right after the headline."""
    if headline is None:
        return None
    for ancestor in headline.iterancestors("h1", "h2"):
        headline = ancestor  # the heading that holds the headline's own element
    for sibling in islice(headline.itersiblings(), _SIBLINGS_AFTER_HEADLINE):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in ("h2", "h3", "h4"):
            text = _lead_text(sibling, MIN_HEADING_LEAD_CHARS)
            if text:
                return text, sibling
        if sibling.tag == "p":
            break
    return None


def _heading_first(container: HtmlElement | None) -> tuple[str, HtmlElement] | None:
    """An ``h2``/``h3`` of lead length that opens the body container, before any
    paragraph (a WordPress editor's way of setting the lead apart)."""
    first = next((child for child in container.iterchildren() if isinstance(child.tag, str)),
                 None) if container is not None else None
    if first is None or first.tag not in ("h2", "h3"):
        return None
    text = _lead_text(first, MIN_HEADING_LEAD_CHARS)
    return (text, first) if text else None


def confirmed_by_description(first: str, meta: Metadata) -> bool:
    """Whether the page's meta description is the first paragraph: then it is the lead."""
    description = meta.get("description", "og:description")
    if not description or len(first) < MIN_LEAD_CHARS:
        return False
    key = fold(strip_outlet_marker(description)).rstrip(" .…")
    text = fold(first).rstrip(" .…")
    return key == text or (text.startswith(key) and len(key) >= 0.8 * len(text)) \
        or (key.startswith(text) and _SITE_NAME_TAIL.match(key, len(text)) is not None)
