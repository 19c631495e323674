"""What the extractor found on a page, as far as deciding the page's kind depends on it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    """What the extractor found on the page, as far as the page kind depends on it."""

    headline: str
    summary: str | None
    paragraphs: list[str]
    headline_links: int
    dated: bool
    shows_date: bool
    """The page carries its time near its headline or text, not only in its head's
    metadata or its URL."""
    signed: bool
    teasers: int = 0
    teaser_chars: int = 0
    linked_headings: int = 0
    table_chars: int = 0
    """Of the text, what data tables' rows print."""
    in_teaser: bool = False
    """The text found sits in another article's teaser (a listing's featured item)."""
    choice_groups: int = 0
    """Groups of radio buttons on the whole page: questions of a quiz or a survey."""
    ballot_choices: int = 0
    """Boxes of the largest group of checkboxes: the candidates of a readers' ballot."""
    player: bool = False
    """A video or audio player around the headline and text."""
    authors: tuple[str, ...] = ()

    @property
    def chars(self) -> int:
        return len(self.summary or "") + sum(len(p) for p in self.paragraphs)
