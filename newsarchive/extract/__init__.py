"""Pure extraction: one saved page (bytes) → one Article. Never imports Scrapy."""

from newsarchive.extract.article import extract_article

__all__ = ["extract_article"]
