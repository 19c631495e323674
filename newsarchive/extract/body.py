"""Find the article's content container and turn it into paragraphs and credit lines."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsarchive.dates import parse_visible
from newsarchive.dom import (
    MIN_TITLE_LINK_CHARS,
    HtmlElement,
    is_bold,
    is_hidden,
    is_inside,
    is_italic,
    is_right_aligned,
    is_title_link,
    text_of,
)
from newsarchive.extract.blocks import Block, split_blocks
from newsarchive.extract.byline import (
    is_labelled_credit,
    is_photo_credit,
    is_source_credit,
    looks_like_credit,
    names_only,
)
from newsarchive.extract.cleaning import IMAGE_TAGS, Media, remove_never_text, take_media
from newsarchive.extract.selectors import select
from newsarchive.sites import Profile
from newsarchive.text import fold, nfc_length

_RELATED_HEADINGS = ("tin liên quan", "bài liên quan", "có liên quan", "liên quan", "xem thêm",
                     "đọc thêm", "tin khác", "tin cùng chuyên mục", "có thể bạn quan tâm",
                     "bài viết liên quan", "bài đọc tiếp", "dòng sự kiện", "mời quý độc giả")
_END_MARKERS = ("bình luận", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận", "tin mới",
                "đọc nhiều", "tin mới nhất", "tin đọc nhiều", "bài đọc tiếp", "tin cùng chuyên mục",
                "ý kiến của bạn", "bạn còn 500/500 ký tự", "gửi ý kiến", "các tin khác",
                "các tin đã đưa", "tin bài khác", "các bài viết khác", "bài viết khác",
                "cùng chuyên mục", "tin nổi bật", "tin xem nhiều", "xem nhiều", "tin tiêu điểm",
                "tin nóng", "đọc nhiều nhất", "bài viết cùng chuyên mục", "ghi chú",
                "tài liệu tham khảo", "chú thích")
_BOILERPLATE = re.compile(
    r"^(?:©|bản quyền|copyright|không sao chép dưới mọi hình thức|ghi rõ nguồn|"
    r"chia sẻ\s*:?$|chia sẻ (?:bài viết|facebook|zalo|qua)|in bài|lưu bài|"
    r"theo dõi .{0,40} trên google news|tags?\s*:|từ khóa\s*:|"
    r"(?:thời gian đọc|giọng đọc|nghe bài viết|nghe đọc bài)\b.{0,60}$|đọc trong \d+ phút$|"
    r"(?:cuộn|kéo|vuốt) (?:xuống|lên) để (?:đọc|xem)\b.{0,12}$|scroll (?:down|to read)\b.{0,12}$|"
    r"mục lục$|trang(?: \d{1,3})+(?: tiếp| sau| cuối)?(?: [»›>])?$|"
    r"(?:bài viết|bài|nội dung)(?: này)? (?:có )?(?:sử dụng|được hỗ trợ bởi) (?:công cụ )?"
    r"(?:ai|trí tuệ nhân tạo)\b.{0,120}$)",
    re.IGNORECASE,
)
"""Furniture lines, folded: copyright, share and save buttons, tags, a reading time or a
listening bar's voice, a long read's scroll hint (``Cuộn xuống để đọc``), a table of
contents' heading, a pager (``Trang 1 2 3 Tiếp »``), a note that AI helped (``Bài viết
có sử dụng AI hỗ trợ …``)."""
_MASTHEAD = re.compile(r"©|tổng biên tập\s*:|/gp-|chịu trách nhiệm (?:nội dung|xuất bản)\s*:|"
                       r"giấy phép (?:(?:hoạt động|xuất bản|báo|thiết lập)[^.;]{0,60}?)?"
                       r"số\s*:?\s*\d")
"""What a site's footer prints, anywhere in a short block: its copyright, editor-in-chief
and press licence with its number (folded); a sentence on checking operating licences
(``giấy phép hoạt động``) or citing a building permit's number is text."""
_MASTHEAD_WORDS = ("©", "biên tập", "giấy phép", "/gp-", "trách nhiệm")
"""A word each of those holds: a quick test before the expression."""
_SLIDE_COUNTER = re.compile(r"^(?:ảnh|hình|photo)\s*\d{1,3}\s*/\s*\d{1,3}$")
"""A slideshow's counter on a line of its own (``Ảnh 1/6``, folded)."""
_CLOSING_NAME = re.compile(
    r"^(.{40,}?[.!?…\"”])\s*\(([^()]{3,40})\)$|^(.{40,}?[.!?…])\s*[-–—]\s+([^()\-–—]{3,40})$",
    re.DOTALL)
"""A paragraph of prose closed by a name in parentheses, or after a dash that follows a
sentence's end (after a closing quote, the name is whom the quote is by)."""
_STANDING_CALL = re.compile(
    r"^(?:bạn đọc|độc giả|quý độc giả)\b.{0,200}\b(?:xin|vui lòng|hãy|có thể)\s+gửi\b"
    r".{0,200}(?:email|e-mail|hộp thư|@)")
"""A call for readers' questions or letters: who is asked to send, and where (a reader's
story of having sent a letter is text)."""
_AFFILIATION = re.compile(r"^\([^()]{3,200}\)$")
_CLOSING_LINES = 4
_NATIONAL_MOTTO = fold("Cộng hòa xã hội chủ nghĩa Việt Nam")
_DOCUMENT_HEADER_BLOCKS = 8
_SIGNING = re.compile(r"nơi nhận\s*:|(?:tm|kt|tl|tuq)\.\s|\(đã ký\)$")
"""Where an administrative document's signing block opens (folded)."""
_SIGNING_FIRST = frozenset("NnTtKk(")
"""The letters a signing block's first line opens with: a quick test before folding."""
_NOTE_MARK = re.compile(r"\s*(\(\*{1,3}\))$")
"""A name's mark for the note on its author: ``NGUYỄN HỮU LỘC (*)``."""
_FOOTNOTE = re.compile(r"^\(?\*{1,3}\)?\s")
"""A footnote's mark: ``(*)``, ``(**)``, ``*``."""
_CAPTION_HONORIFICS = frozenset({"ông", "bà", "cụ", "chị", "cô", "chú", "bác"})
"""How a caption names the person shown; a byline names no one so (``Anh`` opens pen
names: ``Anh Thư``)."""
_AFTER_CREDIT_NOTE = re.compile(
    r"^(?:(?:ghi chú|lời|thư) (?:của )?(?:tòa|toà) soạn|đính chính|(?:bài|kỳ|phần) \d{1,2})\s*:",
    re.IGNORECASE)
"""What may follow the byline and is no text: the editors' note (``Ghi chú của Tòa soạn:
…``, a correction), or the series' next part (``Bài 3: …``)."""
_SERIES_MARKER = re.compile(
    r"^\(?(?:còn nữa|còn tiếp|hết)\)?$|^\(?(?:(?:kỳ|bài) (?:sau|tới|tiếp)|đón đọc (?:kỳ|bài)"
    r"(?: sau| tới)?)\s*:.{0,100}$")
"""What a series prints between its parts: ``(Còn nữa)``, ``Kỳ sau: …`` (folded)."""
_SHARE_WORDS = frozenset({"facebook", "zalo", "twitter", "email", "in", "chia sẻ", "share",
                          "copy link", "sao chép liên kết", "lưu", "bình luận", "thích", "gửi"})
_AD_LABELS = frozenset({"quảng cáo", "advertisement", "advertising", "ads", "tài trợ",
                        "nội dung tài trợ"})
"""What an ad slot prints over its banner."""
_CONTENT_HINT = re.compile(r"content|article|detail|entry|body|post|noidung|chitiet|story|main",
                           re.IGNORECASE)
_NOT_CONTENT_HINT = re.compile(r"comment|sidebar|footer|header|menu|related|relate|nav|widget",
                               re.IGNORECASE)
_END_MARKER_SET = frozenset(_END_MARKERS)
_END_MARKER_ENDINGS = ("cùng chuyên mục", "cùng chủ đề", "cùng danh mục")
"""How a box of the section's other articles is headed, whatever comes first (``Bài
cùng chuyên mục``, ``Tin tức cùng chủ đề``)."""
_NOTES_MARKERS = frozenset({"chú thích", "ghi chú", "tài liệu tham khảo"})
"""End markers of notes, which a signature may follow."""
_RELATED_HEADING_SET = frozenset(_RELATED_HEADINGS)
_RELATED_HEADING_COUNTS = tuple(f"{heading} (" for heading in _RELATED_HEADINGS)
_END_MARKER_COUNTS = tuple(f"{marker} (" for marker in _END_MARKERS)
MAX_END_MARKER_CHARS = 40
MAX_LABEL_CHARS = 40
MAX_SIGNATURE_NOTE_CHARS = 80
MAX_MASTHEAD_CHARS = 400
MAX_WRAPPER_DEPTH = 4
MAX_CARD_DEPTH = 3
_CARD_DATE = re.compile(
    r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|(?<!\d)\d{1,2}[:h]\d{2}(?!\d)|trước\b")
"""A card's date or time (``14/10/2025``, ``08:35``, ``2 giờ trước``)."""
MAX_SOURCE_NOTE_WORDS = 8
HIDDEN_WEIGHT = 0.9
"""A hidden block's text counts for a little less: a visible copy of the same text is the
article's, and an article a script reveals is still read when nothing else is like it."""
MIN_ALIKE_WRAPPERS = 3
MIN_PARAGRAPH_CHARS = 25
MIN_PROSE_CHARS = 80
MIN_TEASER_TEXT_CHARS = 40
_APPEAL = re.compile(r"\b(?:tiếp nhận ủng hộ|ủng hộ (?:tòa soạn|báo|chúng tôi)|đặt mua|"
                     r"trở thành hội viên|tài khoản số|đăng ký nhận|trân trọng cảm ơn bạn đọc)\b")
MAX_APPEAL_CHARS = 400
MAX_APPEAL_BLOCKS = 3
MAX_APPEAL_HEADING_CHARS = 80
MAX_NOTICE_CHARS = 250
_COPYRIGHT_CLAIM = re.compile(r"\b(?:thuộc|giữ|bảo lưu) bản quyền\b.*\b(?:không|cấm)(?: được)? sao "
                              r"chép\b")
"""A notice's claim and ban, not a sentence on copyright (``vi phạm bản quyền khi sao
chép …``)."""
MAX_BADGE_WORDS = 3
"""Words of a badge in capitals before a header's credit (``TRỰC TIẾP``, ``E-MAGAZINE``)."""
MAX_DATE_LINE_CHARS = 60
MAX_DATE_LINE_WORDS = 6


@dataclass
class Content:
    paragraphs: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)
    media: Media = field(default_factory=Media)
    headline_links: int = 0
    """Links with headline-length text left in the container: many mean a listing."""
    emphasised_first: bool = False
    """The first paragraph is set entirely in bold or italics: how many templates mark
    the lead."""
    teasers: int = 0
    """List items or ``<article>``s with a headline link and a teaser text: a listing's."""
    teaser_chars: int = 0
    linked_headings: int = 0
    """Headings that are links to other pages: the text under one is a teaser's."""
    table_chars: int = 0
    """Of the paragraphs' text, what data tables' rows print."""
    closing_lines: list[Block] = field(default_factory=list)
    """The container's last lines, where a date may close the text (``16:20 | 11/03/2025``
    under the byline): read by :func:`closing_date_line` only when nothing else dates the
    page."""


def find_container(root: HtmlElement, profile: Profile) -> HtmlElement | None:
    """The profile's body element (the first shown), else the element holding the most
    paragraph text."""
    matched = select(root, profile.selectors.body)
    chosen = next((node for node in matched if not is_hidden(node)), None)
    if chosen is None and matched:
        chosen = matched[0]
    if chosen is not None and len(chosen.text_content().strip()) >= 80:
        return chosen  # the first the page shows: a hidden copy (a reading mode's) next
    return densest(root)


def densest(root: HtmlElement) -> HtmlElement | None:
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
        if score > best_score and titled_as_furniture(node):
            score *= 0.3
        if score > best_score and is_hidden(node):
            score *= HIDDEN_WEIGHT  # a hidden copy (a reading mode's) loses a tie
        if score > best_score:
            best, best_score = node, score
    return _whole_run(best) if best is not None else None


def titled_as_furniture(node: HtmlElement) -> bool:
    """A block under a heading that names a box of other articles (``Tin mới nhất``,
    ``Tin ảnh khác``), as its first child or right before it."""
    for heading in (node.getprevious(), node[0] if len(node) else None):
        if heading is not None and heading.tag in ("h2", "h3", "h4"):
            key = fold(text_of(heading)).strip(" :")
            if _is_end_marker(key) or key.startswith(_RELATED_HEADINGS) \
                    or key.endswith(" khác"):
                return True
    return False


def _whole_run(best: HtmlElement) -> HtmlElement:
    """The element holding the run of alike wrappers ``best`` is one of, when a body
    wraps each paragraph in blocks of its own (``div.item > div > p`` over and over):
    the densest block is then one paragraph's wrapper, not the body."""
    node = best
    for _ in range(MAX_WRAPPER_DEPTH):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        classes = node.get("class")
        alike = sum(1 for sibling in parent
                    if sibling.tag == node.tag and sibling.get("class") == classes)
        if classes and alike >= MIN_ALIKE_WRAPPERS:
            return parent
        node = parent
    return best


def _parent(node: HtmlElement | None) -> HtmlElement | None:
    return node.getparent() if node is not None else None


_COUNTED_INLINE = frozenset({"b", "strong", "em", "i", "span", "font", "u"})


def _own_text_length(node: HtmlElement) -> int:
    """Characters of text directly in the node and its inline children, links not
    counted; as many whether tone marks are written composed or apart (NFC or NFD)."""
    text = node.text
    total = _chars(text) if text else 0
    for child in node:
        if child.tag in _COUNTED_INLINE:
            total += _chars(child.text_content())
        tail = child.tail
        if tail:
            total += _chars(tail)
    return total


def _chars(text: str) -> int:
    return nfc_length(text.strip())


def read_content(container: HtmlElement, profile: Profile, base_url: str,
                 skip: list[HtmlElement], headline: HtmlElement | None = None) -> Content:
    """Paragraphs, captions, images and the trailing credit lines of the container.

    The ``skip`` elements (the headline's block, the lead, credits found elsewhere) are
    left out, and so is the text the container holds before the headline: a kicker or a
    section name, never the article's."""
    if headline is not None and is_inside(headline, container):
        _drop_text_before(headline, container)
    for element in skip:
        if element is not container and is_inside(element, container):
            element.drop_tree()
    teasers = _teaser_units(container)
    teaser_chars = sum(len(text_of(unit)) for unit in teasers)
    remove_never_text(container, profile.selectors.remove)
    media = take_media(container, base_url)
    links = sum(1 for a in container.iter("a") if len(a.text_content().strip()) >= 25)
    all_blocks = split_blocks(container)
    blocks = _keep_text_blocks(all_blocks, profile, container)
    linked_headings = _link_headings(container, blocks[-1].element if blocks else None)
    _drop_standing_call(blocks)
    blocks[:] = [block for block in blocks if not _SCRIPT_ERROR.match(block.text)]
    _drop_document_frame(blocks)
    credits = _take_leading_credits(blocks) + (_pop_credits(blocks) or _closing_name(blocks))
    _drop_dangling_labels(blocks)
    emphasised_first = bool(blocks) and _wholly_emphasised(blocks[0])
    table_chars = sum(len(b.text) for b in blocks if b.element.tag == "tr")
    return Content([b.text for b in blocks], credits, media, links, emphasised_first,
                   len(teasers), teaser_chars, linked_headings, table_chars,
                   all_blocks[-_CLOSING_LINES:])


def closing_date_line(content: Content) -> str | None:
    """The date line among the container's last lines, after its last paragraph of prose."""
    for block in reversed(content.closing_lines):
        if _is_date_line(block.text):
            return block.text
        if _has_prose([block]):
            return None
    return None


def _drop_document_frame(blocks: list[Block]) -> None:
    """Drop an administrative document's frame around a text published as it was issued
    (a press release): the header before the text, under the national motto, and the
    signing block from ``Nơi nhận:`` or ``TM.``/``KT.`` on (the body signs it, no
    author)."""
    if any(len(b.text) == len(_NATIONAL_MOTTO) and fold(b.text) == _NATIONAL_MOTTO
           for b in blocks[:_DOCUMENT_HEADER_BLOCKS]):
        first = next((i for i, b in enumerate(blocks) if _has_prose([b])), 0)
        del blocks[:first]
    for number, block in enumerate(blocks):
        if number and block.text[:1] in _SIGNING_FIRST and _SIGNING.match(fold(block.text)) \
                and _has_prose(blocks[:number]):
            del blocks[number:]
            return


def _link_headings(container: HtmlElement, last: HtmlElement | None) -> int:
    """Headings that are links to other pages with text after them, up to a related
    box's heading (``Có liên quan``): the text under them is a teaser's; the titles of
    a related box after the text do not count."""
    count = 0
    tags = ("h2", "h3", "h4", last.tag) if last is not None else ("h2", "h3", "h4")
    for node in container.iter(*tags):
        if node is last:
            break
        if node.tag not in ("h2", "h3", "h4"):
            continue
        if is_title_link(node):
            count += 1
        elif fold(text_of(node)).startswith(_RELATED_HEADINGS):
            break
    return count


def _teaser_units(container: HtmlElement) -> list[HtmlElement]:
    """Items of a listing: an ``li``/``article`` with a headline link and more text, and
    a card of any tag led by a heading that is one link (``div.card > h3 > a``)."""
    units: list[HtmlElement] = []
    for node in container.iter("li", "article"):
        if units and any(a is units[-1] for a in node.iterancestors()):
            continue
        link = max((len(a.text_content().strip()) for a in node.iter("a")), default=0)
        if link >= MIN_TITLE_LINK_CHARS and \
                len(node.text_content().strip()) >= link + MIN_TEASER_TEXT_CHARS:
            units.append(node)
    return units + [card for card in teaser_cards(container)
                    if not any(node is unit for node in (card, *card.iterancestors())
                               for unit in units)]


def teaser_cards(container: HtmlElement) -> list[HtmlElement]:
    """Blocks each led by a linked heading with text of their own after it (a listing's
    cards), within a few levels of the heading and holding no other linked heading."""
    chains = [(heading, _ancestors_within(heading, container))
              for heading in container.iter("h2", "h3", "h4") if is_title_link(heading)]
    shared = Counter(id(node) for _, chain in chains for node in chain)
    cards = []
    for heading, chain in chains:
        title = len(text_of(heading))
        for node in chain:
            if shared[id(node)] > 1:
                break
            if nfc_length(node.text_content().strip()) >= title + MIN_TEASER_TEXT_CHARS:
                if _dated(node, heading):
                    cards.append(node)
                break
    return cards


def _dated(card: HtmlElement, heading: HtmlElement) -> bool:
    """A listing's card prints its item's date or time beside the title (a roundup's
    sections under linked headings print none)."""
    heading_text = heading.text_content()
    return card.find(".//time") is not None or _CARD_DATE.search(
        card.text_content().replace(heading_text, "", 1)) is not None


def _ancestors_within(node: HtmlElement, container: HtmlElement) -> list[HtmlElement]:
    """Up to MAX_CARD_DEPTH ancestors of ``node`` below ``container``."""
    chain: list[HtmlElement] = []
    for ancestor in node.iterancestors():
        if ancestor is container or len(chain) == MAX_CARD_DEPTH:
            break
        chain.append(ancestor)
    return chain


def _drop_text_before(anchor: HtmlElement, container: HtmlElement) -> None:
    """Drop what comes before ``anchor`` within ``container``, pictures aside."""
    node = anchor
    while node is not container:
        parent = node.getparent()
        if parent is None:
            return
        for sibling in list(node.itersiblings(preceding=True)):
            if isinstance(sibling.tag, str) and \
                    next(sibling.iter(*IMAGE_TAGS, "figure"), None) is None:
                sibling.drop_tree()
        parent.text = None
        node = parent


def _keep_text_blocks(blocks: list[Block], profile: Profile,
                      container: HtmlElement) -> list[Block]:
    kept: list[Block] = []
    phrases = tuple(fold(p) for p in profile.boilerplate)
    related_box: HtmlElement | None = None
    for number, block in enumerate(blocks):
        if related_box is not None and is_inside(block.element, related_box):
            continue
        key = fold(block.text).strip(" :.!")
        end_marker = _is_end_marker(key)
        if end_marker and _has_prose(kept):
            return _without_pull_quotes(kept, container) \
                + _signature_after_notes(key, blocks[number + 1:])
        if _is_related_heading(block, key):
            related_box = _box_opened_by(block.element, container)
        if end_marker or _is_noise(block, key, phrases):
            continue
        kept.append(block)
    return _without_pull_quotes(kept, container)


def _signature_after_notes(marker: str, rest: list[Block]) -> list[Block]:
    """The signature printed under the notes that end the text (``Chú thích`` and its
    list, then the author's name, set apart): the credit the trailing search reads."""
    if marker not in _NOTES_MARKERS or not rest:
        return []
    last = rest[-1]
    return [last] if looks_like_credit(last.text) and last.emphasised else []


def _without_pull_quotes(blocks: list[Block], container: HtmlElement) -> list[Block]:
    """The text without a quotation's display copy: a ``<blockquote>`` whose words a
    paragraph of the text prints in full (a pull quote)."""
    if container.find(".//blockquote") is None:
        return blocks
    quoted = {id(b) for b in blocks if b.element.tag == "blockquote"
              or any(a.tag == "blockquote" for a in b.element.iterancestors())}
    if not quoted:
        return blocks
    others = [fold(b.text) for b in blocks if id(b) not in quoted]
    return [b for b in blocks if id(b) not in quoted or not _printed_in(b, others)]


def _printed_in(quote: Block, texts: list[str]) -> bool:
    key = fold(quote.text).strip(" \"“”‘’'«».")
    return bool(key) and any(key in text for text in texts)


def _is_related_heading(block: Block, key: str) -> bool:
    """A related box's heading, all of the line (``Có liên quan``, ``Tin liên quan (3)``),
    not a subheading that opens with the words (``Liên quan đến trách nhiệm …``)."""
    return not block.link_chars and (key in _RELATED_HEADING_SET
                                     or key.startswith(_RELATED_HEADING_COUNTS))


def _box_opened_by(heading: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The widest block inside the container that opens with ``heading`` and holds
    less than half its text: a related box (``Có liên quan`` and its items, with their
    excerpts), whatever its class."""
    box, whole, opening = None, len(container.text_content()), heading.text_content().strip()
    node = heading
    while (parent := node.getparent()) is not None and parent is not container:
        text = parent.text_content()
        if not text.lstrip().startswith(opening) or 2 * len(text) >= whole:
            break
        box = node = parent
    return box


def _has_prose(blocks: list[Block]) -> bool:
    """Whether article text has begun: an end marker before it heads a teaser box."""
    return any(len(b.text) >= MIN_PROSE_CHARS and b.link_density < 0.5 for b in blocks)


def _is_end_marker(key: str) -> bool:
    """A heading that ends the article text (``Bình luận``, ``Tin mới (12)``)."""
    return (len(key) <= MAX_END_MARKER_CHARS
            and (key in _END_MARKER_SET or key.startswith(_END_MARKER_COUNTS)
                 or key.endswith(_END_MARKER_ENDINGS))) \
        or key.startswith("bạn còn 500")


def _is_date_line(text: str) -> bool:
    """A line that only prints the date (``Cập nhật lúc: 08:05 Thứ Hai, 11/11/2024``)."""
    if len(text) > MAX_DATE_LINE_CHARS:
        return False
    words = [w for w in text.split() if w.isalpha()]
    return len(words) <= MAX_DATE_LINE_WORDS and parse_visible(text) is not None


def _is_copyright_notice(key: str) -> bool:
    """A line that claims copyright and forbids copying (``Bài viết … thuộc bản quyền của
    Báo …, không sao chép …``), wherever its words stand; a substring test first, as few
    lines name copyright."""
    return len(key) <= MAX_NOTICE_CHARS and "bản quyền" in key and "sao chép" in key \
        and _COPYRIGHT_CLAIM.search(key) is not None


def _is_noise(block: Block, key: str, phrases: tuple[str, ...]) -> bool:
    if _is_date_line(block.text):
        return True
    if key in _SHARE_WORDS or key.strip(" -–—") in _AD_LABELS or _BOILERPLATE.match(key) \
            or key.startswith(phrases or ("\0",)) or _SERIES_MARKER.match(key) \
            or _is_copyright_notice(key):
        return True
    if key.startswith(_RELATED_HEADINGS) and (len(key) < 60 or block.link_chars):
        return True
    if len(key) <= MAX_MASTHEAD_CHARS and any(word in key for word in _MASTHEAD_WORDS) \
            and _MASTHEAD.search(key):
        return True
    if key[:1] in "ảhp" and _SLIDE_COUNTER.match(key):
        return True
    return block.link_density > 0.5 and len(block.text) < 300 \
        and not _is_source_note(block.text)  # ``Theo <a>Báo Cần Thơ</a>``: a credit


def _is_source_note(text: str) -> bool:
    """A line that only names the source (``Theo Báo Cần Thơ``), not a sentence citing it
    (``Theo Báo Đầu tư, dự án …``) or a linked title (``Theo Báo X: Tỉnh …``)."""
    return len(text.split()) <= MAX_SOURCE_NOTE_WORDS and not any(c in text for c in ",:;") \
        and is_source_credit(text)


def _is_photographer_line(text: str) -> bool:
    """A photo credit naming the photographer alone (``Ảnh: THÀNH ĐẠT``), not a caption
    written after ``Ảnh:``."""
    return is_photo_credit(text) and names_only(text.split(":", 1)[-1])


def _take_leading_credits(blocks: list[Block]) -> list[str]:
    """Remove labelled credit lines (``Bài: A - Ảnh: B``), photographers' lines (``Ảnh:
    A``) and source notes (``Theo Báo Cần Thơ``) printed before the text begins, and a
    commentator's name marked for a note (``NGUYỄN HỮU LỘC (*)``) with the note that
    closes the text (``(*) Tiến sĩ, …``)."""
    credits: list[str] = []
    for block in list(blocks):
        if _has_prose([block]):
            break
        marked = _NOTE_MARK.search(block.text)
        badged = _credit_after_badge(block.text)
        if badged:
            credits.append(badged)
            blocks.remove(block)
        elif is_labelled_credit(block.text) or _is_source_note(block.text) \
                or _is_photographer_line(block.text) or (
                marked and names_only(block.text[:marked.start()]) and block.emphasised):
            credits.append(_NOTE_MARK.sub("", block.text))
            blocks.remove(block)
            if marked and blocks and blocks[-1].text.startswith(marked.group(1)):
                blocks.pop()
    return credits


def _credit_after_badge(line: str) -> str | None:
    """The labelled credit after a badge in capitals opening the line (``TRỰC TIẾP
    Tường thuật: A - B``, ``ĐỘC QUYỀN Bài: A``), else None."""
    words = line.split(" ")
    for count in range(1, MAX_BADGE_WORDS + 1):
        if len(words) <= count or not words[count - 1].isupper():
            return None
        rest = " ".join(words[count:])
        if is_labelled_credit(rest):
            return rest
    return None


def _closing_name(blocks: list[Block]) -> list[str]:
    """A name in parentheses or after a dash closing the last paragraph (``… tham gia.
    (Hồng Hà)``, ``… phát triển. - Hoài Thương``): a brief's byline, cut from its text."""
    if not blocks:
        return []
    closing = _CLOSING_NAME.match(blocks[-1].text)
    if closing is None:
        return []
    text, name = (closing.group(1), closing.group(2)) if closing.group(1) else \
        (closing.group(3), closing.group(4))
    if not names_only(name):
        return []
    blocks[-1].text = text
    return [name]


def _drop_signature_note(blocks: list[Block]) -> None:
    """Drop what a signature prints under the author's name, set apart in the same
    paragraph (``<strong>NGUYỄN VĂN KHOA</strong><br><em>Giảng viên Trường Đại học Hà
    Tĩnh</em>``) or in a right-aligned one of its own under a right-aligned name: the
    author's post or unit, neither a name nor article text."""
    if len(blocks) < 2:
        return
    name, note = blocks[-2], blocks[-1]
    if len(note.text) <= MAX_SIGNATURE_NOTE_CHARS and _signed_together(name, note) \
            and (name.text.isupper() or name.emphasised) and note.emphasised \
            and looks_like_credit(name.text) and not looks_like_credit(note.text):
        blocks.pop()


def _signed_together(name: Block, note: Block) -> bool:
    name_paragraph, note_paragraph = _paragraph_of(name.element), _paragraph_of(note.element)
    return name_paragraph is note_paragraph \
        or (is_right_aligned(name_paragraph) and is_right_aligned(note_paragraph))


def _drop_notes_after_credit(blocks: list[Block]) -> None:
    """Drop footnotes printed after the byline (``(*) Số liệu của …``), and the author's
    affiliation in parentheses on a line of its own (``(Đoàn Luật sư tỉnh …)``): notes on
    the text or its author, after its credits, are not text."""
    notes = 0
    while notes < len(blocks) and _is_note(blocks[-1 - notes].text):
        notes += 1
    if not notes and blocks and _is_appeal(blocks[-1].text):
        notes = 1  # an appeal and the short heading above it (``Chung tay vì …``)
        while notes < min(len(blocks), MAX_APPEAL_BLOCKS) \
                and len(blocks[-1 - notes].text) <= MAX_APPEAL_HEADING_CHARS \
                and not looks_like_credit(blocks[-1 - notes].text):
            notes += 1
    if notes and notes < len(blocks) and looks_like_credit(blocks[-1 - notes].text):
        del blocks[-notes:]


def _is_appeal(text: str) -> bool:
    """A call to support the newsroom printed under the text and its byline: donate,
    subscribe, become a member (``Trở thành hội viên … để ủng hộ tòa soạn``)."""
    return len(text) <= MAX_APPEAL_CHARS and _APPEAL.search(fold(text)) is not None


def _is_note(text: str) -> bool:
    return bool(_FOOTNOTE.match(text) or _AFTER_CREDIT_NOTE.match(text)) or (
        bool(_AFFILIATION.match(text)) and not looks_like_credit(text))


def _wholly_emphasised(block: Block) -> bool:
    """Whether the whole block is bold or italic (a lead set apart), not only its
    opening words (a dateline ``SƠN LA -`` in bold before the paragraph's text)."""
    element = block.element
    if not (is_bold(element) or is_italic(element)):
        return False
    return element.tag not in _COUNTED_INLINE or len(text_of(element)) >= len(block.text) - 2


def _paragraph_of(element: HtmlElement) -> HtmlElement:
    """The element itself, or the block element an inline one sits in."""
    for node in (element, *element.iterancestors()):
        if node.tag not in _COUNTED_INLINE:
            return node
    return element


_SCRIPT_ERROR = re.compile(
    r"^(?:PHP )?(?:Notice|Warning|Deprecated|Fatal error|Parse error|Strict Standards)\s*:"
    r".{1,300}\bon line \d+\.?$")
"""A PHP error printed by the page's own script (``Notice: Undefined index: … in
/home/…/hienthi_tin.php on line 118``): the server's, not the article's."""


def _drop_standing_call(blocks: list[Block]) -> None:
    """Drop a column's standing call for readers' letters that closes the text (``Bạn đọc
    có thắc mắc … xin gửi câu hỏi về … email: …``): furniture printed under every item."""
    if blocks and _STANDING_CALL.match(fold(blocks[-1].text)):
        blocks.pop()


def _drop_dangling_labels(blocks: list[Block]) -> None:
    """Drop short labels left at the end of the text (``Tệp đính kèm:``): what they
    introduced (download links, a related box) was furniture, and is gone."""
    while blocks and blocks[-1].text.endswith(":") and len(blocks[-1].text) <= MAX_LABEL_CHARS:
        blocks.pop()


def _pop_credits(blocks: list[Block]) -> list[str]:
    """Remove the credit lines (byline, source, photo credit) from the end of the text."""
    _drop_signature_note(blocks)
    _drop_notes_after_credit(blocks)
    credits: list[str] = []
    while blocks and len(credits) < 3:
        last = blocks[-1]
        if not looks_like_credit(last.text):
            break
        plain_name = not (last.emphasised or last.text.isupper() or ":" in last.text
                          or last.text.startswith(("(", "Theo", "theo")))
        if plain_name and credits and not _signs_above_photo_credit(last, credits[0]):
            break  # a plain line above other credits is text
        credits.insert(0, blocks.pop().text)
    return credits


def _signs_above_photo_credit(line: Block, credit: str) -> bool:
    """A plain name above ``Ảnh: …`` signs the text, unless it is a portrait's caption:
    right under a picture, or a person named with an honorific (``Cụ Nguyễn Văn Bình``)."""
    if not is_photo_credit(credit) or fold(line.text).split(" ", 1)[0] in _CAPTION_HONORIFICS:
        return False
    previous = _paragraph_of(line.element).getprevious()
    return previous is None or text_of(previous) != "" \
        or next(previous.iter(*IMAGE_TAGS), None) is None
