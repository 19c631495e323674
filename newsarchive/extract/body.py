"""Find the article's content container and turn it into paragraphs and credit lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsarchive.dom import HtmlElement, select_first
from newsarchive.extract.blocks import Block, split_blocks
from newsarchive.extract.byline import looks_like_credit
from newsarchive.extract.cleaning import Media, remove_never_text, take_media
from newsarchive.sites import Profile
from newsarchive.text import fold

_RELATED_HEADINGS = ("tin liên quan", "bài liên quan", "xem thêm", "đọc thêm", "tin khác",
                     "tin cùng chuyên mục", "có thể bạn quan tâm", "bài viết liên quan",
                     "bài đọc tiếp", "dòng sự kiện", "mời quý độc giả")
_END_MARKERS = ("bình luận", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận", "tin mới",
                "đọc nhiều", "tin mới nhất", "tin đọc nhiều", "bài đọc tiếp", "tin cùng chuyên mục",
                "ý kiến của bạn", "bạn còn 500/500 ký tự", "gửi ý kiến")
_BOILERPLATE = re.compile(
    r"^(?:©|bản quyền|copyright|không sao chép dưới mọi hình thức|ghi rõ nguồn|"
    r"chia sẻ|in bài|lưu bài|theo dõi .{0,40} trên google news|tags?\s*:|từ khóa\s*:)",
    re.IGNORECASE,
)
_SHARE_WORDS = frozenset({"facebook", "zalo", "twitter", "email", "in", "chia sẻ", "share",
                          "copy link", "sao chép liên kết", "lưu", "bình luận", "thích", "gửi"})
_CONTENT_HINT = re.compile(r"content|article|detail|entry|body|post|noidung|chitiet|story|main",
                           re.IGNORECASE)
_NOT_CONTENT_HINT = re.compile(r"comment|sidebar|footer|header|menu|related|relate|nav|widget",
                               re.IGNORECASE)
MIN_PARAGRAPH_CHARS = 25


@dataclass
class Content:
    paragraphs: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)
    media: Media = field(default_factory=Media)
    headline_links: int = 0
    """Links with headline-length text left in the container: many mean a listing."""


def find_container(root: HtmlElement, profile: Profile) -> HtmlElement | None:
    """The profile's body element, else the element holding the most paragraph text."""
    chosen = select_first(root, profile.selectors.body)
    if chosen is not None and len(chosen.text_content().strip()) >= 80:
        return chosen
    return _densest(root)


def _densest(root: HtmlElement) -> HtmlElement | None:
    scores: dict[HtmlElement, float] = {}
    for node in root.iter("p", "div", "td", "span", "font", "h2", "h3"):
        text_len = _own_text_length(node)
        if text_len < MIN_PARAGRAPH_CHARS:
            continue
        parent = node.getparent() if node.tag in ("p", "h2", "h3", "span", "font") else node
        for weight, target in ((1.0, parent), (0.5, _parent(parent))):
            if target is not None:
                scores[target] = scores.get(target, 0.0) + weight * min(text_len, 600)
    best, best_score = None, 0.0
    for node, score in scores.items():
        names = f"{node.get('class', '')} {node.get('id', '')}"
        score *= 1.25 if _CONTENT_HINT.search(names) else 1.0
        score *= 0.3 if _NOT_CONTENT_HINT.search(names) else 1.0
        if score > best_score:
            best, best_score = node, score
    return best


def _parent(node: HtmlElement | None) -> HtmlElement | None:
    return node.getparent() if node is not None else None


def _own_text_length(node: HtmlElement) -> int:
    """Text directly in the node and its inline children, links not counted."""
    total = len((node.text or "").strip())
    for child in node:
        if not isinstance(child.tag, str):
            total += len((child.tail or "").strip())
            continue
        if child.tag in ("b", "strong", "em", "i", "span", "font", "u", "br"):
            total += len(child.text_content().strip()) if child.tag != "br" else 0
        total += len((child.tail or "").strip())
    return total


def read_content(container: HtmlElement, profile: Profile, base_url: str,
                 skip: list[HtmlElement]) -> Content:
    """Paragraphs, captions, images and the trailing credit lines of the container."""
    for element in skip:
        if element is not container and _is_inside(element, container):
            element.drop_tree()
    remove_never_text(container, profile.selectors.remove)
    media = take_media(container, base_url)
    links = sum(1 for a in container.iter("a") if len(a.text_content().strip()) >= 25)
    blocks = _keep_text_blocks(split_blocks(container), profile)
    credits = _pop_credits(blocks)
    return Content([b.text for b in blocks], credits, media, links)


def _is_inside(element: HtmlElement, container: HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _keep_text_blocks(blocks: list[Block], profile: Profile) -> list[Block]:
    kept: list[Block] = []
    phrases = tuple(fold(p) for p in profile.boilerplate)
    for block in blocks:
        key = fold(block.text).strip(" :.!")
        if _is_end_marker(key):
            break
        if _is_noise(block, key, phrases):
            continue
        kept.append(block)
    return kept


def _is_end_marker(key: str) -> bool:
    return (len(key) <= 40 and any(key == m or key.startswith(m + " (") for m in _END_MARKERS)) \
        or key.startswith("bạn còn 500")


def _is_noise(block: Block, key: str, phrases: tuple[str, ...]) -> bool:
    if key in _SHARE_WORDS or _BOILERPLATE.match(key) or key.startswith(phrases or ("\0",)):
        return True
    if any(key.startswith(h) for h in _RELATED_HEADINGS) and (len(key) < 60 or block.link_chars):
        return True
    return block.link_density > 0.5 and len(block.text) < 300


def _pop_credits(blocks: list[Block]) -> list[str]:
    """Remove the credit lines (byline, source, photo credit) from the end of the text."""
    credits: list[str] = []
    while blocks and len(credits) < 3:
        last = blocks[-1]
        if not looks_like_credit(last.text):
            break
        plain_name = not (last.emphasised or last.text.isupper() or ":" in last.text
                          or last.text.startswith(("(", "Theo", "theo")))
        if plain_name and credits:
            break
        credits.insert(0, blocks.pop().text)
    return credits
