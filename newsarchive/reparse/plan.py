"""Which archived lines a reparse reads: the latest revision of each article, filtered."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsarchive.archive.index import ArchiveIndex


@dataclass(frozen=True)
class Selection:
    """``--site``, ``--since/--until`` (Vietnam days, by ``published_at``) and ``--ids``."""

    sites: frozenset[str] = frozenset()
    since: str | None = None
    until: str | None = None
    ids: frozenset[str] = field(default_factory=frozenset)

    def keeps(self, site: str, published_at: str | None, article_id: str) -> bool:
        if self.sites and site not in self.sites:
            return False
        if self.ids and article_id not in self.ids:
            return False
        if self.since is None and self.until is None:
            return True
        day = (published_at or "")[:10]
        return bool(day) and (self.since or day) <= day <= (self.until or day)


Place = tuple[str, int, int]
"""An archived line: its file (relative to the output root), offset and length."""


def select_places(index: ArchiveIndex, selection: Selection) -> list[Place]:
    """The place of the latest revision of each selected article, in file order."""
    return sorted((file, offset, length) for article_id, site, published_at, file, offset, length
                  in index.latest_places() if selection.keeps(site, published_at, article_id))

