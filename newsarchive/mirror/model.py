"""The generated articles' data: a stub for listings, the whole article for its page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from newsarchive.mirror import people
from newsarchive.mirror.people import Participant

VN = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class GenConfig:
    """What every article of a run shares."""

    seed: int
    start: date
    per_day: int


@dataclass(frozen=True)
class Stub:
    """What listings, feeds and URL routing need of an article."""

    site: str
    index: int
    article_id: int
    path: str
    headline: str
    category: str
    slot: datetime
    """Its place on the timeline (also for undated articles, which never show it)."""
    dated: bool
    topic: str
    place: str
    event: str

    @property
    def published(self) -> datetime | None:
        return self.slot if self.dated else None


@dataclass(frozen=True)
class Part:
    """A paragraph (or the lead) with the officials it names."""

    text: str
    mentions: tuple[Participant, ...] = ()


@dataclass(frozen=True)
class Figure:
    src: str
    text: str
    credit: str | None
    after: int
    """Index of the paragraph the figure follows."""

    @property
    def caption(self) -> str:
        """The caption as printed, photo credit kept at its end."""
        return f"{self.text} Ảnh: {self.credit}" if self.credit else self.text


@dataclass(frozen=True)
class Byline:
    names: tuple[str, ...]
    label: str | None = None
    source: str | None = None

    @property
    def text(self) -> str:
        """The byline as printed: ``Tin, ảnh: X``, ``X - Y``, ``Theo TTXVN``…"""
        if self.source and not self.names:
            return f"Theo {self.source}"
        names = " - ".join(self.names)
        return f"{self.label} {names}" if self.label else names


@dataclass(frozen=True)
class Article:
    stub: Stub
    url: str
    lead: Part
    parts: tuple[Part, ...]
    figures: tuple[Figure, ...]
    byline: Byline
    tags: tuple[str, ...]
    updated: datetime | None
    edited: bool = False
    alias_paths: tuple[str, ...] = ()
    """Other paths the mirror serves this article under."""
    alias_urls: tuple[str, ...] = ()
    syndicated_from: str | None = None
    related: tuple[int, ...] = ()
    """Indices of older articles linked from the page."""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(part.text for part in self.parts)

    @property
    def participants(self) -> tuple[Participant, ...]:
        mentions = [*self.lead.mentions, *(m for part in self.parts for m in part.mentions)]
        return people.merge(mentions)
