"""Where an article's line goes: ``archive/<site>/<YYYY>/<YYYY-MM>.jsonl`` or ``undated.jsonl``."""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "NEWSARCHIVE_DATA"


def output_root(out: str | Path | None = None) -> Path:
    """``--out``, else ``$NEWSARCHIVE_DATA``, else ``data/``."""
    return Path(out or os.environ.get(DATA_ENV) or "data")


def archive_files(root: str | Path) -> list[Path]:
    """Every JSONL file of an archive (``<root>/archive/**``), in a stable order."""
    return sorted((Path(root) / "archive").rglob("*.jsonl"))


def month_file(site: str, published_at: str | None) -> str:
    """The JSONL file for an article, relative to the output root, by the month of
    ``published_at`` in Vietnam time."""
    if not published_at:
        return f"archive/{site}/undated.jsonl"
    return f"archive/{site}/{published_at[:4]}/{published_at[:7]}.jsonl"
