"""The fixture evaluation: newsarchive's score on tests/cases/generic against its floors."""

from __future__ import annotations

import tomllib
from pathlib import Path

from newsarchive.evaluation.fixtures import FIELDS, page_label, score_fixtures
from newsarchive.items import Article

HERE = Path(__file__).parent
FLOORS = tomllib.loads((HERE / "floors" / "generic.toml").read_text())
GENERIC = HERE / "cases" / "generic"


def test_generic_fixtures_meet_the_floor() -> None:
    scores = score_fixtures(GENERIC)
    below = {f: scores.right[f] for f in FIELDS if scores.right[f] < FLOORS[f]}
    assert not below, f"below the floor {FLOORS}: {below}; misses: {scores.misses}"


def test_floors_cover_every_field() -> None:
    assert set(FLOORS) == set(FIELDS)


def test_label_anchors_are_whole_words_at_each_end() -> None:
    summary, last = "Sáng 3/7, tại xã Hựu Thạnh " * 4, "rất dài " * 20 + "kết thúc bài."
    label = page_label({
        "url": "https://example.vn/a", "headline": "H", "summary": summary,
        "body": f"Đoạn một.\n\n{last}", "published_at": "2024-03-15T00:00:00+07:00",
        "published_at_precision": "day", "_body_excludes": ["x"],
    })
    first = label["body_first"]
    assert summary.startswith(first + " ") and 40 < len(first) <= 60
    assert last.endswith(" " + label["body_last"]) and 40 < len(label["body_last"]) <= 60
    assert label["published_at"] == "2024-03-15"
    assert label["body_excludes"] == ["x"]


def test_a_rejected_article_is_wrong_on_every_field_and_a_kept_listing_is_counted() -> None:
    def accept_nothing(page: bytes, url: str) -> Article | None:
        return None

    scores = score_fixtures(GENERIC, accept_nothing)
    assert scores.right["rejected"] == scores.non_articles > 0
    assert all(scores.right[f] == 0 for f in FIELDS if f != "rejected")
