"""Shared test helpers: where ``../shared`` is, and skipping cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.config import default_shared


@pytest.fixture
def corpus() -> Path:
    """The real saved pages; the test is skipped when they are not here."""
    path = default_shared() / "corpus"
    if not (path / "labels.jsonl").exists():
        pytest.skip(f"no real corpus at {path} (set NEWSARCHIVE_SHARED to ../shared)")
    return path
