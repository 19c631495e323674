"""The latest view, file by file: which lines an export with ``--latest`` leaves out.

A line is left out when it has ``duplicate_of`` (a near duplicate of an earlier copy) or
when a later revision of its article exists anywhere in the archive. Later revisions are
looked up in the archive's index (one query), since one may sit in another month file;
lines not yet indexed are compared within their own file.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

SUPERSEDED = """
SELECT a.file, a.id, a.revision FROM articles a
JOIN (SELECT id, max(revision) AS newest FROM articles GROUP BY id HAVING count(*) > 1) m
  ON a.id = m.id AND a.revision < m.newest
"""


def superseded_lines(root: Path) -> dict[str, set[tuple[str, int]]]:
    """Archive file (relative to ``root``) → its (id, revision) pairs that a later
    revision replaces; empty when the archive has no index."""
    index = root / "index.sqlite"
    if not index.exists():
        return {}
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        found: dict[str, set[tuple[str, int]]] = defaultdict(set)
        for file, article_id, revision in con.execute(SUPERSEDED):
            found[file].add((article_id, revision))
        return dict(found)
    finally:
        con.close()


def latest_rows(rows: list[dict[str, Any]],
                superseded: set[tuple[str, int]]) -> list[dict[str, Any]]:
    """The rows of one file in the latest view."""
    newest: dict[str, int] = {}
    for row in rows:
        newest[row["id"]] = max(newest.get(row["id"], 0), row.get("revision") or 1)
    return [row for row in rows
            if row.get("duplicate_of") is None
            and (row.get("revision") or 1) == newest[row["id"]]
            and (row["id"], row.get("revision") or 1) not in superseded]
