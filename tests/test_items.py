"""An Article and its JSON form convert both ways."""

from __future__ import annotations

import json

import pytest

from newsarchive.items import ARTICLE_KEYS, Article, Image, Participant


def _full_article() -> Article:
    return Article(
        id="0" * 16, url="https://baolaocai.vn/a-post1.html",
        canonical_url="https://baolaocai.vn/a-post1.html", site="baolaocai",
        site_name="Báo Lào Cai", province="Lào Cai", province_current="Lào Cai",
        headline="Tin một", body="Nội dung.", captions=["Ảnh một"], tags=["giao thông"],
        images=[Image("https://baolaocai.vn/a.jpg", "Ảnh một")], authors=["Anh Dũng"],
        participants=[Participant("Hoàng Giang", "hoàng giang", "đồng chí",
                                  ["Bí thư Tỉnh ủy"], ["chủ trì"], 2)],
        warc={"file": "warc/a.warc.gz", "offset": 0, "length": 10, "digest": "sha1:X"},
        revision=2, extraction={"profile": "baolaocai", "warnings": ["no_time"]})


def test_an_article_survives_its_json_form() -> None:
    article = _full_article()
    line = json.loads(json.dumps(article.to_dict()))
    assert tuple(line) == ARTICLE_KEYS
    assert Article.from_dict(line) == article


def test_the_article_shares_nothing_with_its_json_form() -> None:
    line = _full_article().to_dict()
    article = Article.from_dict(line)
    line["tags"].append("x")
    line["participants"][0]["titles"].append("x")
    line["extraction"]["warnings"].append("x")
    assert article == _full_article()


def test_the_required_keys_alone_make_an_article() -> None:
    line = {key: value for key, value in _full_article().to_dict().items()
            if key in ("id", "url", "canonical_url", "site", "site_name", "province",
                       "province_current", "headline")}
    assert Article.from_dict(line) == Article(**line)


def test_an_unknown_key_is_refused() -> None:
    with pytest.raises(TypeError):
        Article.from_dict({**_full_article().to_dict(), "sitemap_lastmod": None})
