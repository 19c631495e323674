"""Split a content container into text blocks with the facts filters need."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from newsarchive.dom import BLOCK_TAGS, HtmlElement, is_bold, is_right_aligned, text_of
from newsarchive.text import clean_line, nfc_length

_CELLS = ("td", "th")
_CELL_SEPARATOR = " | "
MAX_DATA_CELL_CHARS = 120


@dataclass
class Block:
    """One line of text in the container and the element that holds it."""

    text: str
    element: HtmlElement
    link_chars: int
    bold: dict[HtmlElement, bool] = field(repr=False, compare=False)
    """is_bold's answers, shared by the container's blocks."""

    @property
    def emphasised(self) -> bool:
        """Bold, right-aligned or inside a right-aligned/bold block: how credits are set.
        Asked only of the last blocks, so found only when asked."""
        return _emphasised(self.element, self.bold)

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


class _Collector:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.owner: HtmlElement | None = None
        self.started = False
        """Whether the block has text other than white space (its owner is then set)."""
        self.bold: dict[HtmlElement, bool] = {}
        """is_bold's answers so far: one walk down each chain of single children."""

    def add(self, text: str | None, owner: HtmlElement, in_link: bool) -> None:
        """Add text to the block; its owner is the element of its first text that is not
        white space (a cell's line break before ``<b>lead</b>`` does not own the lead)."""
        if not text:
            return
        if not self.started:
            self.owner = owner
            self.started = not text.isspace()
        self.parts.append(text)
        if in_link:
            self.link_chars += nfc_length(text.strip())  # NFD: links weigh as NFC

    def flush(self) -> None:
        text = clean_line("".join(self.parts))
        if text and self.owner is not None:
            self.blocks.append(
                Block(text, self.owner, min(self.link_chars, len(text)), self.bold))
        self.parts.clear()
        self.link_chars = 0
        self.owner = None
        self.started = False


def _emphasised(element: HtmlElement, bold: dict[HtmlElement, bool]) -> bool:
    node: HtmlElement | None = element
    for _ in range(3):
        if node is None:
            break
        if is_right_aligned(node) or is_bold(node, bold):
            return True
        node = node.getparent()
    return False


def split_blocks(container: HtmlElement) -> list[Block]:
    """The container's text as blocks, split at block elements and ``<br>``; a data
    table's row is one block, its cells joined by `` | ``."""
    collector = _Collector()
    owners: list[HtmlElement] = [container]
    link_depth = 0
    rows = _data_rows(container)
    in_row = 0
    for event, node in etree.iterwalk(container, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "tr" and rows and node in rows:
            in_row += 1 if event == "start" else -1
        elif tag in _CELLS and rows and node.getparent() in rows:
            if event == "start" and collector.started:
                collector.add(_CELL_SEPARATOR, owners[-1], False)
            tag = "span"  # a cell of a data row: inline, the row is the block
        elif in_row and tag in BLOCK_TAGS:
            tag = "span"  # a cell's own paragraph (a Word table's p.MsoNormal)
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                collector.flush()
            if tag in BLOCK_TAGS:
                owners.append(node)
            if tag == "a":
                link_depth += 1
            if tag != "br":
                collector.add(node.text, _owner_of(node, owners, collector.bold), link_depth > 0)
            continue
        if tag == "a":
            link_depth -= 1
        if tag in BLOCK_TAGS:
            collector.flush()
            owners.pop()
        if node is not container:
            collector.add(node.tail, owners[-1], link_depth > 0)
    collector.flush()
    return collector.blocks


def _data_rows(container: HtmlElement) -> set[HtmlElement]:
    """The rows of the container's data tables: tables with header cells, or a grid of
    two or more rows of two or more cells alike, whose cells hold short text and at most
    one paragraph (a layout table's cells hold the page; a photo table has one cell a
    row)."""
    rows: set[HtmlElement] = set()
    for table in container.iter("table"):
        if table.find(".//table") is not None:
            continue
        cells = list(table.iter(*_CELLS))
        if (table.find(".//th") is not None or _is_grid(table)) and all(
                len(text_of(cell)) <= MAX_DATA_CELL_CHARS and cell.find(".//div") is None
                and sum(1 for _ in cell.iter("p")) <= 1 for cell in cells):
            rows.update(table.iter("tr"))
    return rows


def _is_grid(table: HtmlElement) -> bool:
    widths = {sum(1 for cell in row if cell.tag in _CELLS) for row in table.iter("tr")}
    return len(widths) == 1 and min(widths) >= 2 and sum(1 for _ in table.iter("tr")) >= 2


def _owner_of(node: HtmlElement, owners: list[HtmlElement],
              bold: dict[HtmlElement, bool]) -> HtmlElement:
    """Inline elements report their own node when it carries the emphasis."""
    if node.tag in ("b", "strong", "span", "em", "i", "font") and is_bold(node, bold):
        return node
    return owners[-1]
