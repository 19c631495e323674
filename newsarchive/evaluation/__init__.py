"""Scoring the extractor against the labelled corpus in ``../shared/corpus``."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_ENV = "NEWSARCHIVE_SHARED"


def default_shared() -> Path:
    """The shared folder (corpus, ``sites.tsv``): ``$NEWSARCHIVE_SHARED``, else ``../shared``
    beside the repository."""
    return Path(os.environ.get(SHARED_ENV) or Path(__file__).resolve().parents[3] / "shared")
