"""The shipped JSON Schema and the Article dataclass describe the same output."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsarchive.extract import extract_article
from newsarchive.items import ARTICLE_KEYS, Article

CASES = Path(__file__).parent / "cases"


def _schema() -> dict[str, Any]:
    path = resources.files("newsarchive") / "schema" / "article.v1.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_schema_lists_exactly_the_article_keys() -> None:
    schema = _schema()
    assert tuple(schema["properties"]) == ARTICLE_KEYS
    assert schema["required"] == list(ARTICLE_KEYS)


def test_every_key_is_present_even_when_unknown() -> None:
    article = Article(id="0" * 16, url="u", canonical_url="u", site="generic", site_name=None,
                      province=None, province_current=None, headline="h")
    jsonschema.validate(article.to_dict(), _schema())
    assert next(iter(article.to_dict())) == "schema_version"


def _rejected_articles() -> set[str]:
    """Article fixtures the extractor still rejects outright (``site/case:keys`` entries)."""
    lines = (CASES / "known_failures.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip()[:-5] for line in lines if line.strip().endswith(":keys")}


def _article_cases() -> list[tuple[Path, str]]:
    cases = []
    rejected = _rejected_articles()
    for page in sorted(CASES.glob("*/*/page.html")):
        expected = json.loads((page.parent / "expected.json").read_text(encoding="utf-8"))
        name = f"{page.parent.parent.name}/{page.parent.name}"
        if "not_article" not in expected and name not in rejected:
            cases.append((page, expected["url"]))
    return cases


@pytest.mark.parametrize(("page", "url"), _article_cases(), ids=lambda v: str(v)[-40:])
def test_fixture_output_validates(page: Path, url: str) -> None:
    jsonschema.validate(extract_article(page.read_bytes(), url).to_dict(), _schema())
