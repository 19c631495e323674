"""The wider search for an article's text when the chosen container yields too little.

Runs only for pages that declare themselves articles: the densest text block of the
whole page, then the captions of a photo story whose text lives only in them.
"""

from __future__ import annotations

from newsarchive.dom import HtmlElement, text_of
from newsarchive.extract.body import Content, densest, read_content
from newsarchive.sites import Profile
from newsarchive.text import fold

MIN_CAPTION_CHARS = 20
_TEASER_TAGS = frozenset({"li", "aside", "nav", "footer", "header", "a"})
_CAPTION_CLASS_XPATH = (
    "//body//*[self::figcaption or contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
)


def widened_content(root: HtmlElement, tried: HtmlElement | None, profile: Profile, url: str,
                    skip: list[HtmlElement], heading: HtmlElement | None,
                    headline: str) -> Content:
    """Text of the page's densest block when it is not the container already tried,
    with the page's captions as the body of a photo story."""
    content = Content()
    block = densest(root)
    if block is not None and block is not tried:
        content = read_content(block, profile, url, skip, heading)
        folded = fold(headline)
        content.paragraphs = [p for p in content.paragraphs if fold(p) != folded]
    captions = page_captions(root)
    content.media.captions.extend(c for c in captions if c not in content.media.captions)
    return content


def page_captions(root: HtmlElement) -> list[str]:
    """Figure captions anywhere on the page outside teaser lists, in page order."""
    found: list[str] = []
    for node in root.xpath(_CAPTION_CLASS_XPATH):
        if any(a.tag in _TEASER_TAGS for a in node.iterancestors()):
            continue
        text = text_of(node)
        if len(text) >= MIN_CAPTION_CHARS and text not in found \
                and not any(text in other for other in found):
            found.append(text)
    return found
