"""Scoring the extractor against the labelled corpus in ``../shared/corpus``."""
