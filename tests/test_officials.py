"""Officials as data: the participants rows, people grouped by name_key, and the rule
that keeps two people of one name apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
import sample_archive

from newsarchive.cli import main
from newsarchive.export.officials import combinations, participant_rows, people_rows


def _row(day: str, province: str | None, *titles: str, name: str = "Nguyễn Văn An",
         article: str | None = None) -> dict[str, Any]:
    return {"article_id": article or f"a{day}{province}", "site": "s", "province": province,
            "published_date": day, "name": name, "name_key": "nguyễn văn an",
            "titles": list(titles)}


def test_one_name_in_two_provinces_with_no_shared_title_is_two_people() -> None:
    people = people_rows(combinations([
        _row("2026-01-02", "Lào Cai", "Bí thư Tỉnh ủy"),
        _row("2026-02-02", "Lào Cai", "Bí thư Tỉnh ủy"),
        _row("2026-01-05", "Cà Mau", "Giám đốc Sở Y tế"),
    ]))
    assert [(p["person_id"], p["provinces"], p["articles"]) for p in people] == [
        ("nguyễn văn an", ["Lào Cai"], 2), ("nguyễn văn an#2", ["Cà Mau"], 1)]


def test_a_shared_title_joins_provinces_into_one_career() -> None:
    people = people_rows(combinations([
        _row("2026-01-02", "Lào Cai", "Phó Chủ tịch UBND tỉnh"),
        _row("2026-03-02", None, "Phó Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy"),
        _row("2026-05-02", "Yên Bái", "Bí thư Tỉnh ủy"),
    ]))
    (person,) = people
    assert person["provinces"] == ["Lào Cai", "Yên Bái"]
    assert [(s["title"], s["first_seen"], s["last_seen"]) for s in person["titles"]] == [
        ("Phó Chủ tịch UBND tỉnh", "2026-01-02", "2026-03-02"),
        ("Bí thư Tỉnh ủy", "2026-03-02", "2026-05-02")]


def test_a_row_with_nothing_to_link_joins_a_single_person_only() -> None:
    bare = _row("2026-04-01", None)
    one = [_row("2026-01-02", "Lào Cai", "Bí thư"), bare]
    assert len(people_rows(combinations(one))) == 1
    two = [*one, _row("2026-01-03", "Cà Mau", "Giám đốc")]
    assert len(people_rows(combinations(two))) == 3


def test_participant_rows_carry_the_article_context() -> None:
    (article,) = [a.to_dict() for a in sample_archive.articles() if a.participants][:1]
    (row,) = participant_rows([article])
    assert row["article_id"] == article["id"] and row["province"] == "Lào Cai"
    assert row["published_date"] == article["published_at"][:10]
    assert row["titles"] == ["Bí thư Tỉnh ủy"] and row["roles"] == ["chủ trì"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_archive.build(tmp_path_factory.mktemp("sample") / "data")


def test_people_command_prints_one_officials_timeline(sample: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--out", str(sample), "--name", "hoàng giang",
                 "--province", "lào cai"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Hoàng Giang [hoàng giang]: 8 articles, "
                           "2026-10-01 → 2026-11-22, Lào Cai")
    assert "Bí thư Tỉnh ủy: 2026-10-01 → 2026-11-22 (8 articles)" in text
    assert "Nghệ An" not in text


def test_people_command_json_and_most_frequent(sample: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--out", str(sample), "--json", "--until", "2026-10-31"]) == 0
    people = orjson.loads(capsys.readouterr().out)
    assert {p["person_id"] for p in people} == {"hoàng giang", "trần thị mai"}
    assert all(p["last_seen"] <= "2026-10-31" for p in people)
    assert main(["people", "--out", str(sample)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("NAME") and "Hoàng Giang" in table[1]
    assert main(["people", "--out", str(sample), "--json"]) == 0
    from_archive = orjson.loads(capsys.readouterr().out)
    assert main(["export", str(tmp_path / "x"), "--out", str(sample)]) == 0
    assert main(["people", "--from", str(tmp_path / "x"), "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out) == from_archive
