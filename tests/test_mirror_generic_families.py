"""Mirror families only the generic path reads (Joomla/K2, Drupal), served over loopback.

Their pages carry the traps of the generic fixtures (a logo <h1>, a machine-style date
shared with teasers, a CMS account beside the byline, a lead outside the body), so a
crawl of these sites exercises the generic path end to end. ``UNSOLVED`` lists the
fields today's extractor still gets wrong on some page; like tests/cases/known_failures.txt
it is strict: a field fixed or newly broken fails the test until the list is updated.
"""

from __future__ import annotations

import json
import urllib.request
from datetime import date
from typing import Any

import pytest

from newsarchive.errors import NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.mirror import MirrorOptions, start_mirror
from newsarchive.text import fold

SITES = {"baohungyen": "k2", "baodienbienphu": "drupal"}
LISTINGS = {"baohungyen": "/kinh-te", "baodienbienphu": "/tin-tuc/kinh-te"}
UNSOLVED: set[tuple[str, str]] = set()
Served = dict[str, list[tuple[dict[str, Any], bytes]]]


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback only
        body: bytes = response.read()
    return body


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Served:
    manifest = tmp_path_factory.mktemp("mirror") / "manifest.jsonl"
    options = MirrorOptions(sites=tuple(SITES), start=date(2025, 3, 1), articles=20, port=0,
                            seed=11, manifest=manifest)
    pages: Served = {"articles": [], "listings": []}
    with start_mirror(options) as mirror:
        for line in manifest.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            pages["articles"].append((record, _get(mirror.urls[record["site"]] + record["path"])))
        for site, path in LISTINGS.items():
            for page_path in ("/", path):
                record = {"site": site, "url": f"https://{site}.example{page_path}"}
                pages["listings"].append((record, _get(mirror.urls[site] + page_path)))
    return pages


def _wrong_fields(record: dict[str, Any], page: bytes) -> set[str]:
    article = extract_article(page, record["url"])
    text = fold(f"{article.summary or ''}\n{article.body}")
    checks = {
        "headline": article.headline == record["headline"],
        "published_at": article.published_at == record["published_at"],
        "authors": article.authors == record["authors"],
        "source": article.source == record["source"],
        "summary": article.summary == record["summary"],
        "body_first": fold(record["body_first"]) in text,
        "body_last": text.endswith(fold(record["body_last"])),
    }
    return {name for name, right in checks.items() if not right}


def test_both_families_are_served(served: Served) -> None:
    assert {record["site"] for record, _ in served["articles"]} == set(SITES)


def test_fields_wrong_on_some_page_are_exactly_the_unsolved_ones(served: Served) -> None:
    wrong = {(record["site"], name) for record, page in served["articles"]
             for name in _wrong_fields(record, page)}
    assert wrong == UNSOLVED


def test_home_and_category_pages_are_not_articles(served: Served) -> None:
    for record, page in served["listings"]:
        with pytest.raises(NotAnArticle):
            extract_article(page, record["url"])
