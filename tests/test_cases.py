"""Fixture pages in tests/cases/<site>/<case>/: one test per expected field.

Each ``expected.json`` was written by hand from its ``page.html``; fields it leaves out
are not checked, except that the output must carry exactly the schema's keys.

``cases/known_failures.txt`` lists the checks today's extractor still gets wrong
(``site/case:field``, ``site/case:not_article``, or ``site/case:keys`` for an article
the extractor rejects outright). They run as strict expected failures:
each stays visible in the report, and one that starts to pass fails the suite until its
line is removed. Labels are never changed to match the extractor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsarchive.errors import NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.items import ARTICLE_KEYS

CASES = Path(__file__).parent / "cases"
KNOWN_FAILURES = CASES / "known_failures.txt"


def _cases() -> list[Path]:
    return sorted(p.parent for p in CASES.glob("*/*/expected.json"))


def _expected(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _extract(case: Path) -> dict[str, Any]:
    return extract_article((case / "page.html").read_bytes(), _expected(case)["url"]).to_dict()


def _name(case: Path) -> str:
    return f"{case.parent.name}/{case.name}"


def _known_failures() -> set[str]:
    lines = KNOWN_FAILURES.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


KNOWN = _known_failures()


def _param(check: str, *values: Any) -> Any:
    """A test parameter named ``check``; a strict expected failure when it is listed."""
    marks = []
    if check in KNOWN:
        marks.append(pytest.mark.xfail(strict=True, reason=f"listed in {KNOWN_FAILURES.name}"))
    return pytest.param(*values, id=check, marks=marks)


ARTICLE_CASES = [c for c in _cases() if "not_article" not in _expected(c)]
NON_ARTICLE_CASES = [c for c in _cases() if "not_article" in _expected(c)]
FIELD_PARAMS = [
    _param(f"{_name(case)}:{key}", case, key)
    for case in ARTICLE_CASES for key in _expected(case)
]
NON_ARTICLE_PARAMS = [_param(f"{_name(case)}:not_article", case) for case in NON_ARTICLE_CASES]
KEYS_PARAMS = [_param(f"{_name(case)}:keys", case) for case in ARTICLE_CASES]


@pytest.mark.parametrize(("case", "key"), FIELD_PARAMS)
def test_field(case: Path, key: str) -> None:
    assert _extract(case)[key] == _expected(case)[key]


@pytest.mark.parametrize("case", KEYS_PARAMS)
def test_no_unexpected_fields(case: Path) -> None:
    assert tuple(_extract(case)) == ARTICLE_KEYS
    assert set(_expected(case)) <= set(ARTICLE_KEYS)


@pytest.mark.parametrize("case", NON_ARTICLE_PARAMS)
def test_not_an_article(case: Path) -> None:
    with pytest.raises(NotAnArticle) as raised:
        _extract(case)
    assert raised.value.kind == _expected(case)["not_article"]


def test_every_site_with_a_real_page_has_cases() -> None:
    sites = {c.parent.name for c in ARTICLE_CASES}
    assert {"baolaocai", "baocantho", "hanoimoi", "plo", "nhandan", "tienphong", "vietnamplus",
            "vnexpress", "vtcnews", "znews", "generic"} <= sites


def test_known_failures_name_real_checks() -> None:
    checks = {p.id for p in (*FIELD_PARAMS, *NON_ARTICLE_PARAMS, *KEYS_PARAMS)}
    assert not KNOWN - checks, f"listed but no such check: {sorted(KNOWN - checks)}"
