"""The one output schema: Article (schema v1) and Participant.

Every key is always present in the JSON form; unknown values are null or empty.
The JSON Schema shipped in ``newsarchive/schema/article.v1.json`` describes the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass
class Participant:
    """An official named in an article with at least one office, rank or function."""

    name: str
    name_key: str
    honorific: str | None = None
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 1


@dataclass
class Image:
    url: str
    caption: str | None = None


@dataclass
class Article:
    """One news article as archived; field order is the output key order."""

    id: str
    url: str
    canonical_url: str
    site: str
    site_name: str | None
    province: str | None
    province_current: str | None
    headline: str
    schema_version: int = SCHEMA_VERSION
    summary: str | None = None
    body: str = ""
    captions: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    published_at: str | None = None
    published_at_precision: str | None = None
    published_at_raw: str | None = None
    date_source: str | None = None
    updated_at: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    photo_credit: str | None = None
    byline_raw: str | None = None
    participants: list[Participant] = field(default_factory=list)
    language: str = "vi"
    word_count: int = 0
    content_hash: str | None = None
    extractor_version: str | None = None
    fetched_at: str | None = None
    http_status: int | None = None
    warc: dict[str, Any] | None = None
    revision: int | None = None
    duplicate_of: str | None = None
    extraction: dict[str, Any] = field(default_factory=dict)
    """How the page was read: ``profile``, ``path``, ``widened``, ``warnings``."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, ``schema_version`` first, every key present.

        Built by hand: ``dataclasses.asdict`` deep-copies recursively and is slow."""
        data: dict[str, Any] = {"schema_version": self.schema_version}
        for key in _FIELDS:
            data[key] = getattr(self, key)
        data["captions"] = list(self.captions)
        data["tags"] = list(self.tags)
        data["authors"] = list(self.authors)
        data["extraction"] = {k: list(v) if isinstance(v, list) else v
                              for k, v in self.extraction.items()}
        data["images"] = [vars(image).copy() for image in self.images]
        data["participants"] = [
            {**vars(p), "titles": list(p.titles), "roles": list(p.roles)}
            for p in self.participants
        ]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """The Article of a JSON form (an archived line, say): the inverse of :meth:`to_dict`,
        sharing no list or dict with ``data``."""
        values = dict(data)
        for key in ("captions", "tags", "authors"):
            values[key] = list(data.get(key, ()))
        values["extraction"] = {k: list(v) if isinstance(v, list) else v
                                for k, v in data.get("extraction", {}).items()}
        values["images"] = [Image(**image) for image in data.get("images", ())]
        values["participants"] = [
            Participant(**{**p, "titles": list(p["titles"]), "roles": list(p["roles"])})
            for p in data.get("participants", ())
        ]
        return cls(**values)


_FIELDS = tuple(k for k in Article.__dataclass_fields__ if k != "schema_version")
ARTICLE_KEYS: tuple[str, ...] = ("schema_version", *_FIELDS)
