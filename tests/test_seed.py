"""The project's example article, wrapped in a provincial-paper page of our own."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from newsarchive.extract import extract_article
from newsarchive.items import Article

CASE = Path(__file__).parent / "cases" / "generic" / "seed-ban-chi-dao-35"
CAPTION = "Hội nghị Ban Chỉ đạo 35 tỉnh triển khai nhiệm vụ công tác quý II năm 2024"
COMMENT_BOX = ("BÌNH LUẬN", "Bạn còn 500/500 ký tự", "Bạn vui lòng nhập từ 5 ký tự trở lên !!!",
               "Tin mới")


@pytest.fixture(scope="module")
def seed() -> Article:
    import json

    url = json.loads((CASE / "expected.json").read_text(encoding="utf-8"))["url"]
    return extract_article((CASE / "page.html").read_bytes(), url)


def test_headline_and_author(seed: Article) -> None:
    assert seed.headline == "Ban Chỉ đạo 35 tỉnh triển khai nhiệm vụ công tác quý II"
    assert seed.authors == ["Phong Lưu"]


def test_caption_kept_apart(seed: Article) -> None:
    assert CAPTION in seed.captions
    assert CAPTION not in f"{seed.summary or ''}\n{seed.body}"


def test_nothing_of_the_comment_box(seed: Article) -> None:
    text = f"{seed.summary or ''}\n{seed.body}"
    for phrase in COMMENT_BOX:
        assert phrase not in text
    assert "Phong Lưu" not in text


def test_officials_are_named(seed: Article) -> None:
    names = [p.name for p in seed.participants]
    assert names[:2] == ["Lò Minh Hùng", "Đinh Thị Bích Thảo"]
    assert "chủ trì" in seed.participants[0].roles


def test_built_in_example_is_the_seed_page() -> None:
    example = resources.files("newsarchive") / "examples" / "seed-ban-chi-dao-35.html"
    assert example.read_bytes() == (CASE / "page.html").read_bytes()
