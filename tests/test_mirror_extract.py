"""What the extractor reads from the mirror's pages agrees with the mirror's manifest.

One site per template family; every article page is fetched over real HTTP on loopback.
"""

from __future__ import annotations

import json
import urllib.request
from datetime import date
from typing import Any

import pytest

from newsarchive.extract import extract_article
from newsarchive.mirror import MirrorOptions, start_mirror
from newsarchive.text import fold

pytestmark = pytest.mark.e2e

FAMILY_SITES = ("baolaocai", "baocantho", "hanoimoi", "vnexpress", "baonghean")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, Any], bytes]]:
    manifest = tmp_path_factory.mktemp("mirror") / "manifest.jsonl"
    options = MirrorOptions(sites=FAMILY_SITES, start=date(2025, 3, 1), articles=40, port=0,
                            seed=7, manifest=manifest)
    pages = []
    with start_mirror(options) as mirror:
        for line in manifest.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            url = mirror.urls[record["site"]] + record["path"]
            with urllib.request.urlopen(url, timeout=10) as response:  # loopback only
                pages.append((record, response.read()))
    return pages


def _names(people: list[dict[str, Any]]) -> set[str]:
    return {fold(person["name"]) for person in people}


def test_every_family_is_served(served: list[tuple[dict[str, Any], bytes]]) -> None:
    assert {record["site"] for record, _ in served} == set(FAMILY_SITES)


def test_extracted_fields_match_the_manifest(served: list[tuple[dict[str, Any], bytes]]) -> None:
    wrong: list[str] = []
    for record, page in served:
        article = extract_article(page, record["url"])
        text = fold(f"{article.summary or ''}\n{article.body}")
        checks = {
            "headline": article.headline == record["headline"],
            "published_at": article.published_at == record["published_at"],
            "authors": article.authors == record["authors"],
            "source": article.source == record["source"],
            "body_first": fold(record["body_first"]) in text,
            "body_last": text.endswith(fold(record["body_last"])),
            "participants": _names([vars(p) for p in article.participants])
            == _names(record["participants"]),
        }
        wrong += [f"{record['url']}: {name}" for name, right in checks.items() if not right]
    assert not wrong, "\n".join(wrong[:20])
