"""The archive's embedded index (``DIR/index.sqlite``): one row per (id, revision).

Besides the rows it keeps every URL key seen for an article (aliases), the bands of each
near-duplicate signature, and per JSONL file the byte offset up to which its lines are
indexed (``files.committed``), which makes crash recovery a matter of the files' tails.
The format is numbered (``PRAGMA user_version``). An index of an older format is
rebuilt: its derived tables are dropped (site runs are kept) and opening the archive
re-indexes every line from the JSONL files, as crash recovery does for a tail.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsarchive.archive.neardup import BANDS, band_keys
from newsarchive.errors import ArchiveError

FORMAT = 1
"""1: 32-bit MinHash values, one band key per row (0, before numbering: 64-bit values)."""
REBUILT_TABLES = ("articles", "aliases", "bands", "files")
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT NOT NULL, revision INTEGER NOT NULL, site TEXT NOT NULL,
    canonical_url TEXT NOT NULL, content_hash TEXT, text_hash TEXT NOT NULL,
    signature BLOB, published_at TEXT, updated_at TEXT, lastmod TEXT,
    file TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL,
    first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, duplicate_of TEXT,
    PRIMARY KEY (id, revision)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles (duplicate_of)
    WHERE duplicate_of IS NOT NULL;
CREATE TABLE IF NOT EXISTS aliases (
    url_key TEXT PRIMARY KEY, id TEXT NOT NULL, first_seen TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bands (
    key INTEGER NOT NULL, id TEXT NOT NULL, site TEXT NOT NULL, PRIMARY KEY (key, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, committed INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS site_runs (
    site TEXT NOT NULL, run_id TEXT NOT NULL, started_at TEXT NOT NULL,
    finished_at TEXT, status TEXT NOT NULL, articles INTEGER NOT NULL DEFAULT 0,
    error TEXT, PRIMARY KEY (site, run_id)
);
"""


@dataclass(frozen=True)
class Row:
    """One archived (id, revision)."""

    id: str
    revision: int
    site: str
    canonical_url: str
    content_hash: str | None
    text_hash: str
    signature: bytes | None
    published_at: str | None
    updated_at: str | None
    lastmod: str | None
    file: str
    offset: int
    length: int
    first_seen: str
    last_seen: str
    duplicate_of: str | None


    @classmethod
    def of_line(cls, line: dict[str, Any], signature: bytes | None, text_hash: str,
                place: tuple[str, int, int], seen: str, lastmod: str | None) -> Row:
        """The row for an archived line at ``place`` (file, offset, length)."""
        file, offset, length = place
        return cls(
            id=line["id"], revision=int(line.get("revision") or 1), site=line["site"],
            canonical_url=line["canonical_url"], content_hash=line.get("content_hash"),
            text_hash=text_hash, signature=signature, published_at=line.get("published_at"),
            updated_at=line.get("updated_at"), lastmod=lastmod, file=file, offset=offset,
            length=length, first_seen=seen, last_seen=seen,
            duplicate_of=line.get("duplicate_of"),
        )


_COLUMNS = ", ".join(Row.__dataclass_fields__)
_INSERT = (f"INSERT INTO articles ({_COLUMNS}) "
           f"VALUES ({', '.join('?' * len(Row.__dataclass_fields__))})")
NEAR_CANDIDATES = 64
"""Band candidates read per lookup: an outlet's recurring pages must not grow it."""
_NEAR_QUERY = (f"SELECT {_COLUMNS} FROM articles WHERE revision = 1 AND id IN "
               f"(SELECT id FROM bands WHERE key IN ({', '.join('?' * BANDS)}) AND site != ?) "
               "ORDER BY first_seen, id LIMIT ?")
_STATUS_QUERY = """
WITH sites AS (SELECT site FROM site_runs UNION SELECT site FROM articles),
counts AS (SELECT site, COUNT(DISTINCT id) AS n FROM articles GROUP BY site),
ok AS (SELECT site, MAX(started_at) AS at FROM site_runs WHERE status = 'ok' GROUP BY site),
failed AS (SELECT site, error, started_at FROM site_runs AS r WHERE status != 'ok' AND
           started_at = (SELECT MAX(started_at) FROM site_runs WHERE site = r.site))
SELECT sites.site, ok.at, counts.n,
       CASE WHEN failed.started_at > COALESCE(ok.at, '') THEN failed.error END
FROM sites LEFT JOIN counts USING (site) LEFT JOIN ok USING (site)
LEFT JOIN failed USING (site) ORDER BY sites.site
"""


class ArchiveIndex:
    """A thin layer over one SQLite connection; writes commit only in :meth:`commit`."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        """``read_only`` (for ``status``, beside a running crawl) neither creates nor
        upgrades anything; an older format still answers :meth:`site_status`."""
        if read_only:
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, isolation_level="DEFERRED")
        try:
            found = self._format()
            if not read_only:
                self._prepare(found)
        except BaseException:
            self.db.close()
            raise

    def _format(self) -> int:
        found = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if found > FORMAT:
            raise ArchiveError(f"the index is of format {found}, newer than this "
                               f"newsarchive's {FORMAT}: upgrade newsarchive")
        return found

    def _prepare(self, found: int) -> None:
        """WAL, full sync, the schema; an older format's derived tables are dropped first
        (opening the archive rebuilds them from the lines)."""
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        if found < FORMAT:
            for table in REBUILT_TABLES:
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version = {FORMAT}")
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    def rollback(self) -> None:
        self.db.rollback()

    # --- reading ---------------------------------------------------------------------

    def _row(self, values: tuple[object, ...] | None) -> Row | None:
        return None if values is None else Row(*values)  # type: ignore[arg-type]

    def latest(self, article_id: str) -> Row | None:
        return self._row(self.db.execute(
            f"SELECT {_COLUMNS} FROM articles WHERE id = ? ORDER BY revision DESC LIMIT 1",
            (article_id,)).fetchone())

    def row(self, article_id: str, revision: int) -> Row | None:
        return self._row(self.db.execute(
            f"SELECT {_COLUMNS} FROM articles WHERE id = ? AND revision = ?",
            (article_id, revision)).fetchone())

    def id_for_keys(self, keys: list[str]) -> str | None:
        for key in keys:
            found = self.db.execute("SELECT id FROM aliases WHERE url_key = ?", (key,)).fetchone()
            if found:
                return str(found[0])
        return None

    def first_with_hash(self, content_hash: str) -> Row | None:
        return self._row(self.db.execute(
            f"SELECT {_COLUMNS} FROM articles WHERE content_hash = ? "
            "ORDER BY first_seen, id LIMIT 1", (content_hash,)).fetchone())

    def ids_pointing_at(self, original: str) -> list[str]:
        """Ids of which some revision has ``duplicate_of = original``."""
        return [str(row[0]) for row in self.db.execute(
            "SELECT DISTINCT id FROM articles WHERE duplicate_of = ?", (original,))]

    def near_candidates(self, signature: bytes, other_than: str = "") -> list[Row]:
        """First revisions of articles of other outlets sharing a band with ``signature``,
        earliest first, at most ``NEAR_CANDIDATES`` of them."""
        return [Row(*row) for row in self.db.execute(
            _NEAR_QUERY, [*band_keys(signature), other_than, NEAR_CANDIDATES])]

    def last_success(self, site: str) -> str | None:
        """``started_at`` (ISO, UTC) of the site's last successful run, or None."""
        found = self.db.execute("SELECT MAX(started_at) FROM site_runs WHERE site = ? AND "
                                "status = 'ok'", (site,)).fetchone()
        return str(found[0]) if found and found[0] else None

    def site_status(self) -> list[tuple[str, str | None, int, str | None]]:
        """Per site: last successful run, articles archived, last error (if after it)."""
        return [(str(site), ok, int(count or 0), error) for site, ok, count, error in
                self.db.execute(_STATUS_QUERY)]

    def record_run(self, site: str, run_id: str, started_at: str, finished_at: str,
                   status: str, articles: int, error: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO site_runs VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (site, run_id, started_at, finished_at, status, articles, error))

    def latest_places(self) -> list[tuple[str, str, str | None, str, int, int]]:
        """Per article, its latest revision's id, site, ``published_at`` and place."""
        return [(str(i), str(s), p, str(f), int(o), int(n)) for i, s, p, f, o, n in self.db.execute(
            "SELECT id, site, published_at, file, offset, length FROM articles AS a "
            "WHERE revision = (SELECT MAX(revision) FROM articles WHERE id = a.id)")]

    def committed_offsets(self) -> dict[str, int]:
        return {str(p): int(c) for p, c in self.db.execute("SELECT path, committed FROM files")}

    def place(self, article_id: str, revision: int) -> tuple[str, int, int] | None:
        """Where the line of (id, revision) is: file, offset, length."""
        found = self.db.execute("SELECT file, offset, length FROM articles WHERE id = ? AND "
                                "revision = ?", (article_id, revision)).fetchone()
        return None if found is None else (str(found[0]), int(found[1]), int(found[2]))

    def rows_in_file(self, path: str) -> set[tuple[str, int]]:
        """The (id, revision) of every row pointing into ``path`` (a full scan: for repairs)."""
        return {(str(i), int(r)) for i, r in
                self.db.execute("SELECT id, revision FROM articles WHERE file = ?", (path,))}

    def keys(self) -> set[tuple[str, int]]:
        """Every (id, revision) (a full scan: for repairs)."""
        return {(str(i), int(r)) for i, r in self.db.execute("SELECT id, revision FROM articles")}

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # --- writing (uncommitted until commit()) --------------------------------------------

    def insert(self, row: Row) -> None:
        self.db.execute(_INSERT, list(row.__dict__.values()))
        if row.signature is not None and row.revision == 1:
            self.db.executemany(
                "INSERT OR IGNORE INTO bands (key, id, site) VALUES (?, ?, ?)",
                [(key, row.id, row.site) for key in band_keys(row.signature)])

    def add_aliases(self, article_id: str, keys: list[str], seen: str) -> int:
        """Record URL keys of an article; returns how many were new."""
        before = self.db.total_changes
        self.db.executemany("INSERT OR IGNORE INTO aliases (url_key, id, first_seen) "
                            "VALUES (?, ?, ?)", [(key, article_id, seen) for key in keys])
        return self.db.total_changes - before

    def touch(self, article_id: str, revision: int, seen: str, lastmod: str | None) -> None:
        self.db.execute("UPDATE articles SET last_seen = ?, lastmod = COALESCE(?, lastmod) "
                        "WHERE id = ? AND revision = ?", (seen, lastmod, article_id, revision))

    def set_committed(self, path: str, size: int) -> None:
        self.db.execute("INSERT INTO files (path, committed) VALUES (?, ?) "
                        "ON CONFLICT(path) DO UPDATE SET committed = excluded.committed",
                        (path, size))


    def move(self, article_id: str, revision: int, place: tuple[str, int, int]) -> None:
        """Point (id, revision) at another line (file, offset, length)."""
        self.db.execute("UPDATE articles SET file = ?, offset = ?, length = ? "
                        "WHERE id = ? AND revision = ?", (*place, article_id, revision))

    def drop(self, keys: set[tuple[str, int]]) -> None:
        """Forget rows whose line is gone; an id left with no row loses its aliases and
        bands too, so that it is fetched and archived again."""
        self.db.executemany("DELETE FROM articles WHERE id = ? AND revision = ?", sorted(keys))
        for article_id in sorted({article_id for article_id, _ in keys}):
            if self.latest(article_id) is None:
                self.db.execute("DELETE FROM aliases WHERE id = ?", (article_id,))
                self.db.execute("DELETE FROM bands WHERE id = ?", (article_id,))

    def forget_file(self, path: str) -> None:
        self.drop(self.rows_in_file(path))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))
