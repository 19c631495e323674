"""Dated template versions of a profile: chosen by URL or date, each with its fixture."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsarchive.errors import ProfileError
from newsarchive.extract import extract_article
from newsarchive.sites import Profile, load_profile

HERE = Path(__file__).parent / "versions"
FAMILIES = Path(__file__).parents[1] / "newsarchive" / "sites" / "families"


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(HERE / "profile.toml", FAMILIES)


def _expected(case: str) -> dict[str, Any]:
    data = json.loads((HERE / case / "expected.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def test_a_version_is_chosen_by_url_then_by_date(profile: Profile) -> None:
    assert profile.version_for("https://baovidu.example/a-12.aspx", None) == 0
    assert profile.version_for("https://baovidu.example/a-post1.html", date(2025, 6, 30)) == 0
    assert profile.version_for("https://baovidu.example/a-post1.html", date(2025, 7, 1)) is None
    assert profile.version_for("https://baovidu.example/a-post1.html", None) is None


@pytest.mark.parametrize("case", ["old", "current"])
def test_each_version_extracts_its_fixture(profile: Profile, case: str) -> None:
    expected = _expected(case)
    html = (HERE / case / "page.html").read_bytes()
    article = extract_article(html, expected["url"], profile).to_dict()
    assert {key: article[key] for key in expected} == expected


def test_versions_must_be_listed_oldest_first(tmp_path: Path) -> None:
    path = tmp_path / "baovidu.toml"
    path.write_text('id = "baovidu"\nname = "Báo Ví Dụ"\n'
                    '[[versions]]\nuntil = 2025-06-30\n[[versions]]\nuntil = 2024-01-31\n',
                    encoding="utf-8")
    with pytest.raises(ProfileError, match="oldest first"):
        load_profile(path)
