"""Shared test helpers: where ``../shared`` is; locally skipped when absent, failed in CI."""

from __future__ import annotations

from pathlib import Path

import pytest
from gates import shared_missing

from newsarchive.config import default_shared


@pytest.fixture
def corpus() -> Path:
    """The real saved pages; the test is skipped when they are not here (failed in CI)."""
    path = default_shared() / "corpus"
    if not (path / "labels.jsonl").exists():
        shared_missing(f"no real corpus at {path} (set NEWSARCHIVE_SHARED to ../shared)")
    return path
