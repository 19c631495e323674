"""Score an extractor on hand-labelled fixture pages, by the rules of ``corpus/LABELS.md``.

A fixture is a folder with ``page.html`` and ``expected.json`` (``tests/cases/<site>/<case>``).
An article's exact labels become LABELS.md labels: ``body_first``/``body_last`` are the
first and last words of the labelled article text (``summary`` then ``body``), and
``body_excludes`` is the fixture's ``_body_excludes``. A page labelled ``not_article`` is
right when the extractor rejects it. ``parsed`` counts articles the extractor did not
reject; a rejected article is wrong on every field.

Run: ``python benchmarks/extract_accuracy.py`` (both tools, side by side).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.errors import NotAnArticle
from newsarchive.evaluation.pages import FIELDS as PAGE_FIELDS
from newsarchive.evaluation.pages import score_page
from newsarchive.extract import extract_article
from newsarchive.items import Article

FIELDS = ("parsed", *PAGE_FIELDS, "rejected")
ANCHOR_CHARS = 60
"""Length of the derived ``body_first``/``body_last`` anchors, cut to whole words."""

Extractor = Callable[[bytes, str], Article | None]
"""Reads a page (bytes, URL); ``None`` means the page was rejected as not an article."""


@dataclass
class FixtureScores:
    articles: int = 0
    non_articles: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)

    def total(self, name: str) -> int:
        return self.non_articles if name == "rejected" else self.articles

    def format(self) -> str:
        return "\n".join(f"{n:<14} {self.right[n]}/{self.total(n)}" for n in FIELDS)


def newsarchive_extract(page: bytes, url: str) -> Article | None:
    try:
        return extract_article(page, url)
    except NotAnArticle:
        return None


def _first_words(text: str) -> str:
    cut = text[:ANCHOR_CHARS]
    return cut if len(text) <= ANCHOR_CHARS else cut.rsplit(" ", 1)[0]


def _last_words(text: str) -> str:
    cut = text[-ANCHOR_CHARS:]
    return cut if len(text) <= ANCHOR_CHARS else cut.split(" ", 1)[1]


def page_label(expected: dict[str, Any]) -> dict[str, Any]:
    """The LABELS.md label of an article fixture's exact ``expected.json``."""
    paragraphs = [p for p in (expected.get("summary"), *expected["body"].split("\n\n")) if p]
    published = expected.get("published_at")
    if published and expected.get("published_at_precision") == "day":
        published = published[:10]
    return {
        "url": expected["url"],
        "headline": expected["headline"],
        "published_at": published,
        "authors": expected.get("authors", []),
        "body_first": _first_words(paragraphs[0]),
        "body_last": _last_words(paragraphs[-1]),
        "body_excludes": expected.get("_body_excludes", []),
    }


def fixture_dirs(cases: Path) -> list[Path]:
    """Every fixture folder directly under ``cases`` (one site's cases)."""
    return sorted(p.parent for p in cases.glob("*/expected.json"))


def _score_article(scores: FixtureScores, name: str, label: dict[str, Any],
                   article: Article | None) -> None:
    scores.articles += 1
    results = {"parsed": article is not None}
    results.update(score_page(article, label) if article else dict.fromkeys(PAGE_FIELDS, False))
    for field_name, right in results.items():
        scores.right[field_name] += right
        if not right:
            scores.misses.append(f"{name}: {field_name}")


def score_fixtures(cases: Path, extract: Extractor = newsarchive_extract) -> FixtureScores:
    """Score ``extract`` on every fixture under ``cases``."""
    scores = FixtureScores()
    for case in fixture_dirs(cases):
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        article = extract((case / "page.html").read_bytes(), expected["url"])
        if "not_article" not in expected:
            _score_article(scores, case.name, page_label(expected), article)
            continue
        scores.non_articles += 1
        scores.right["rejected"] += article is None
        if article is not None:
            scores.misses.append(f"{case.name}: rejected")
    return scores
