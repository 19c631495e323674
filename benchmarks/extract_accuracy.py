"""Accuracy of newsarchive vs. trafilatura, scored alike, on two sets of pages.

1. The labelled corpus pages (``../shared/corpus/labels.jsonl``).
2. The hand-labelled fixtures in unseen templates (``tests/cases/generic``), scored by
   ``newsarchive.evaluation.fixtures``: articles parsed, every LABELS.md field, and
   non-article pages rejected (for trafilatura: it returns nothing).

Both extractors are scored with ``newsarchive.evaluation.pages.score_page`` exactly as
``corpus/LABELS.md`` defines. trafilatura's result is mapped to the same fields:
``title`` → headline, ``date`` → published_at (it gives a day, never a time), ``author``
split on ``;``/``,`` → authors, ``description`` + ``text`` → article text.

Run: ``pip install -e '.[bench]' && python benchmarks/extract_accuracy.py [--shared DIR]
[--fixtures DIR]``.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import trafilatura

from newsarchive.config import default_shared
from newsarchive.evaluation.fixtures import FIELDS as FIXTURE_FIELDS
from newsarchive.evaluation.fixtures import score_fixtures
from newsarchive.evaluation.pages import FIELDS, labelled_pages, score_page
from newsarchive.extract import extract_article
from newsarchive.items import Article

GENERIC_FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "generic"


def _article_of(result: Any, url: str) -> Article:
    """trafilatura's result (or None) in the fields the scorer reads."""
    date = result.date if result else None
    authors = re.split(r"\s*[;,]\s*", result.author) if result and result.author else []
    return Article(
        id="", url=url, canonical_url=url, site="", site_name=None, province=None,
        province_current=None, headline=(result.title or "") if result else "",
        summary=result.description if result else None,
        body=(result.text or "") if result else "",
        published_at=f"{date}T00:00:00+07:00" if date else None,
        authors=[a for a in authors if a],
    )


def _extract(page: bytes, url: str) -> Any:
    return trafilatura.bare_extraction(page, url=url, with_metadata=True)


def trafilatura_article(page: bytes, url: str) -> Article:
    """trafilatura's output in the fields the scorer reads (empty when it finds nothing)."""
    return _article_of(_extract(page, url), url)


def trafilatura_or_none(page: bytes, url: str) -> Article | None:
    """trafilatura's output, or None when it finds nothing (it rejects the page)."""
    result = _extract(page, url)
    return None if result is None else _article_of(result, url)


def print_fixture_table(cases: Path) -> None:
    ours, theirs = score_fixtures(cases), score_fixtures(cases, trafilatura_or_none)
    print(f"\nfixtures in {cases.name} ({ours.articles} articles, {ours.non_articles} other pages)")
    print(f"{'field':<14} {'newsarchive':>12} {'trafilatura':>12}")
    for field in FIXTURE_FIELDS:
        total = ours.total(field)
        print(f"{field:<14} {f'{ours.right[field]}/{total}':>12} "
              f"{f'{theirs.right[field]}/{total}':>12}")


def print_corpus_table(corpus: Path) -> None:
    totals = {"newsarchive": dict.fromkeys(FIELDS, 0), "trafilatura": dict.fromkeys(FIELDS, 0)}
    pages = 0
    for label, page in labelled_pages(corpus):
        pages += 1
        for name, article in (("newsarchive", extract_article(page, label["url"])),
                              ("trafilatura", trafilatura_article(page, label["url"]))):
            for field, right in score_page(article, label).items():
                totals[name][field] += right
    print(f"{'field':<14} {'newsarchive':>12} {'trafilatura':>12}")
    for field in FIELDS:
        ours, theirs = totals["newsarchive"][field], totals["trafilatura"][field]
        print(f"{field:<14} {f'{ours}/{pages}':>12} {f'{theirs}/{pages}':>12}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--fixtures", type=Path, default=GENERIC_FIXTURES)
    args = parser.parse_args()
    print_corpus_table(args.shared / "corpus")
    print_fixture_table(args.fixtures)


if __name__ == "__main__":
    main()
