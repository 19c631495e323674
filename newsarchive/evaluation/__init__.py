"""Scoring the extractor against the labelled corpus in ``../shared/corpus``."""

from newsarchive.config import SHARED_ENV, default_shared

__all__ = ["SHARED_ENV", "default_shared"]
