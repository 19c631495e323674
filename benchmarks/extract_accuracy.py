"""Accuracy on the labelled corpus pages: newsarchive vs. trafilatura, scored alike.

Both extractors are scored with ``newsarchive.evaluation.pages.score_page`` exactly as
``corpus/LABELS.md`` defines. trafilatura's result is mapped to the same fields:
``title`` → headline, ``date`` → published_at (it gives a day, never a time), ``author``
split on ``;``/``,`` → authors, ``description`` + ``text`` → article text.

Run: ``pip install -e '.[bench]' && python benchmarks/extract_accuracy.py [--shared DIR]``.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import trafilatura

from newsarchive.config import default_shared
from newsarchive.evaluation.pages import FIELDS, labelled_pages, score_page
from newsarchive.extract import extract_article
from newsarchive.items import Article


def trafilatura_article(page: bytes, url: str) -> Article:
    """trafilatura's output in the fields the scorer reads."""
    result: Any = trafilatura.bare_extraction(page, url=url, with_metadata=True)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared())
    corpus = parser.parse_args().shared / "corpus"
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


if __name__ == "__main__":
    main()
