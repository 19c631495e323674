"""Shared test helpers: where ``../shared`` is, and skipping cleanly when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSARCHIVE_SHARED") or REPO.parent / "shared")


@pytest.fixture
def corpus() -> Path:
    """The real saved pages; the test is skipped when they are not here."""
    path = shared_dir() / "corpus"
    if not (path / "labels.jsonl").exists():
        pytest.skip(f"no real corpus at {path} (set NEWSARCHIVE_SHARED to ../shared)")
    return path
