"""Decide what a crawled Article is to the archive: new, a revision, or already there.

1. Same article, other URL: a URL key already indexed → that article.
2. Same content: within a site, an identical ``content_hash`` under a new URL is an
   alias; across sites the reprint is kept and the later one gets ``duplicate_of``.
3. Near duplicates on another outlet (MinHash, see :mod:`.neardup`) → ``duplicate_of``,
   both kept.
``duplicate_of`` names the group's earliest-published copy: a copy published before the
one its group points at becomes the original, and the others are relinked to it
(:mod:`.relink`).
A known article whose text changed, or whose ``updated_at`` is newer, is a new revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from newsarchive.archive.derived import Derived
from newsarchive.archive.index import ArchiveIndex, Row
from newsarchive.archive.neardup import SIMILARITY, similarity
from newsarchive.archive.relink import group_original, members, published_before

Action = Literal["new", "revision", "seen", "alias"]


@dataclass(frozen=True)
class Decision:
    action: Action
    id: str
    revision: int = 1
    duplicate_of: str | None = None
    relink: tuple[Row, ...] = ()
    """Archived copies that get a new revision pointing at this (earlier) article."""

    @property
    def writes(self) -> bool:
        return self.action in ("new", "revision")


def _changed(latest: Row, article: dict[str, Any], derived: Derived) -> bool:
    if derived.text_hash != latest.text_hash:
        return True
    updated = article.get("updated_at")
    return bool(updated and (latest.updated_at is None or updated > latest.updated_at))


def _near_duplicate(index: ArchiveIndex, site: str, derived: Derived) -> Row | None:
    """An earlier article of another outlet with nearly the same text (a reprint).

    Within one outlet, similar texts are its own stories (daily prices, weather)."""
    if derived.signature is None:
        return None
    return next((row for row in index.near_candidates(derived.signature, site)  # earliest first
                 if row.signature and similarity(row.signature, derived.signature) >= SIMILARITY),
                None)


def decide(index: ArchiveIndex, article: dict[str, Any], derived: Derived) -> Decision:
    known = index.id_for_keys(derived.keys)  # an article's own URL key is always one
    if known is not None:
        latest = index.latest(known)
        assert latest is not None
        if _changed(latest, article, derived):
            return Decision("revision", known, latest.revision + 1, latest.duplicate_of)
        return Decision("seen", known, latest.revision)
    content_hash = article.get("content_hash")
    same = index.first_with_hash(content_hash) if content_hash else None
    if same is not None and same.site == article["site"]:
        return Decision("alias", same.id, same.revision)
    matched = same or _near_duplicate(index, article["site"], derived)
    if matched is None:
        return Decision("new", article["id"])
    original = group_original(index, matched)
    if published_before(article.get("published_at"), original):
        return Decision("new", article["id"], relink=tuple(members(index, original.id)))
    return Decision("new", article["id"], duplicate_of=original.id)
