"""Decide what a crawled Article is to the archive: new, a revision, or already there.

1. Same article, other URL: a URL key already indexed → that article.
2. Same content: within a site, an identical ``content_hash`` under a new URL is an
   alias; across sites the reprint is kept and the later one gets ``duplicate_of``.
3. Near duplicates on another outlet (MinHash, see :mod:`.neardup`) → ``duplicate_of``,
   both kept.
A known article whose text changed, or whose ``updated_at`` is newer, is a new revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from newsarchive.archive.derived import Derived
from newsarchive.archive.index import ArchiveIndex, Row
from newsarchive.archive.neardup import SIMILARITY, similarity

Action = Literal["new", "revision", "seen", "alias"]


@dataclass(frozen=True)
class Decision:
    action: Action
    id: str
    revision: int = 1
    duplicate_of: str | None = None

    @property
    def writes(self) -> bool:
        return self.action in ("new", "revision")


def _changed(latest: Row, article: dict[str, Any], derived: Derived) -> bool:
    if derived.text_hash != latest.text_hash:
        return True
    updated = article.get("updated_at")
    return bool(updated and (latest.updated_at is None or updated > latest.updated_at))


def _near_duplicate(index: ArchiveIndex, site: str, derived: Derived) -> str | None:
    """An earlier article of another outlet with nearly the same text (a reprint).

    Within one outlet, similar texts are its own stories (daily prices, weather)."""
    if derived.signature is None:
        return None
    return next((row.id for row in index.near_candidates(derived.signature, site)  # earliest first
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
    if same is not None:
        return Decision("new", article["id"], duplicate_of=same.id)
    return Decision("new", article["id"],
                    duplicate_of=_near_duplicate(index, article["site"], derived))
