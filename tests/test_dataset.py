"""Loading an archive for analysis: explicit types survive a long null prefix."""

from __future__ import annotations

from pathlib import Path

import orjson
import pandas as pd
import pytest
import sample_archive

from newsarchive.archive.store import Archive
from newsarchive.dataset import DatasetError, latest, to_duckdb, to_pandas
from newsarchive.export.run import ExportPlan, export
from newsarchive.items import Article

ROWS = 20_600
TAIL = ROWS - 20_480


def _line(number: int) -> bytes:
    tail = number >= ROWS - TAIL
    item = Article(
        id=f"{number:016x}", url=f"https://baolaocai.vn/a-post{number}.html",
        canonical_url=f"https://baolaocai.vn/a-post{number}.html", site="baolaocai",
        site_name="Báo Lào Cai", province="Lào Cai", province_current="Lào Cai",
        headline=f"Tin {number}", body="Nội dung.", authors=["Anh Dũng"],
        published_at="2025-06-17T13:43:02+07:00", revision=1,
        updated_at="2025-06-18T08:00:00+07:00" if tail else None,
        duplicate_of=f"{number - 1:016x}" if tail else None,
    )
    return orjson.dumps(item.to_dict()) + b"\n"


@pytest.fixture(scope="module")
def archive_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data")
    month = root / "archive" / "baolaocai" / "2025" / "2025-06.jsonl"
    month.parent.mkdir(parents=True)
    month.write_bytes(b"".join(_line(n) for n in range(ROWS)))
    return root


def test_duckdb_keeps_values_after_a_long_null_prefix(archive_root: Path) -> None:
    con = to_duckdb(archive_root)
    counts = con.execute("SELECT count(*), count(updated_at), count(duplicate_of) "
                         "FROM articles").fetchone()
    assert counts == (ROWS, TAIL, TAIL)
    kind = con.execute("SELECT typeof(published_at), typeof(authors) FROM articles LIMIT 1")
    assert kind.fetchone() == ("TIMESTAMP WITH TIME ZONE", "VARCHAR[]")
    assert con.execute("SELECT count(*) FROM articles_latest").fetchone() == (ROWS - TAIL,)


def test_pandas_types_are_explicit(archive_root: Path) -> None:
    frame = to_pandas(archive_root)
    assert len(frame) == ROWS
    assert str(frame["published_at"].dt.tz) == "Asia/Ho_Chi_Minh"
    assert frame["updated_at"].notna().sum() == TAIL
    assert frame["authors"].iloc[0] == ["Anh Dũng"]
    assert str(frame["revision"].dtype) == "Int64"
    assert len(latest(frame)) == ROWS - TAIL


def test_plain_read_json_of_a_month_file_is_tz_aware(archive_root: Path) -> None:
    month = archive_root / "archive" / "baolaocai" / "2025" / "2025-06.jsonl"
    frame = pd.read_json(month, lines=True)
    assert frame["published_at"].dt.tz is not None
    assert frame["published_at"].iloc[0].utcoffset().total_seconds() == 7 * 3600


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_archive.build(tmp_path_factory.mktemp("sample") / "data")


@pytest.mark.parametrize("kind", ["missing", "file", "empty"])
def test_a_folder_without_an_archive_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x"
    if kind == "file":
        path.write_text("x")
    elif kind == "empty":
        path.mkdir()
    with pytest.raises(DatasetError, match=str(path)):
        to_pandas(path)
    with pytest.raises(DatasetError):
        to_duckdb(path)


def test_the_folder_the_demo_prints_is_accepted(sample: Path) -> None:
    assert len(to_pandas(sample / "archive")) == len(to_pandas(sample))


def test_duckdb_files_an_early_morning_article_under_its_vietnam_day(sample: Path) -> None:
    con = to_duckdb(sample, site="baolaocai")
    days = con.execute("SELECT CAST(published_at AS DATE)::VARCHAR, published_date::VARCHAR "
                       "FROM articles WHERE published_at IS NOT NULL ORDER BY 1").fetchall()
    frame = to_pandas(sample, site="baolaocai").dropna(subset=["published_at"])
    assert days[0] == ("2026-10-01", "2026-10-01")  # 06:00 +07:00 is 23:00 UTC the day before
    assert sorted(str(d) for d in frame["published_at"].dt.date) == [d for d, _ in days]


def test_undated_articles_are_read_unless_a_day_range_is_asked(sample: Path) -> None:
    assert to_pandas(sample)["published_at"].isna().sum() == 1
    assert to_pandas(sample, since="2026-01-01")["published_at"].isna().sum() == 0
    con = to_duckdb(sample)
    assert con.execute("SELECT count(*) FROM articles WHERE published_at IS NULL") \
        .fetchone() == (1,)


def test_site_day_and_column_filters(sample: Path) -> None:
    frame = to_pandas(sample, site=["baocantho"], since="2026-11-01", until="2026-11-30",
                      columns=["id", "site", "published_at"])
    assert list(frame.columns) == ["id", "site", "published_at"]
    assert set(frame["site"]) == {"baocantho"}
    assert frame["published_at"].dt.strftime("%Y-%m").eq("2026-11").all()
    con = to_duckdb(sample, site="baocantho", since="2026-11-01", until="2026-11-30",
                    columns=["id", "site", "published_at"])
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (len(frame),)
    with pytest.raises(DatasetError, match="nope"):
        to_pandas(sample, columns=["nope"])
    with pytest.raises(DatasetError, match="since"):
        to_pandas(sample, since="1/11/2026")


def test_loaders_read_a_parquet_export_when_given_one(sample: Path, tmp_path: Path) -> None:
    export(ExportPlan(sample, tmp_path / "export"))
    from_jsonl = to_pandas(sample, site="baolaocai").sort_values(["id", "revision"])
    from_parquet = to_pandas(tmp_path / "export", site="baolaocai") \
        .sort_values(["id", "revision"])
    assert list(from_parquet["id"]) == list(from_jsonl["id"])
    assert list(from_parquet["published_at"].astype(str)) == \
        list(from_jsonl["published_at"].astype(str))
    assert from_parquet["participants"].iloc[0] == from_jsonl["participants"].iloc[0]
    con = to_duckdb(tmp_path / "export", since="2026-11-01")
    expected = to_duckdb(sample, since="2026-11-01")
    query = "SELECT site, count(*) FROM articles_latest GROUP BY site ORDER BY site"
    assert con.execute(query).fetchall() == expected.execute(query).fetchall()


def test_a_connection_to_an_export_sees_a_partition_rewritten_later(tmp_path: Path) -> None:
    root = sample_archive.build(tmp_path / "data")
    export(ExportPlan(root, tmp_path / "export"))
    con = to_duckdb(tmp_path / "export")  # caches the files' footers
    query = "SELECT count(*) FROM articles WHERE site = 'baolaocai'"
    (before,) = con.execute(query).fetchone() or (0,)
    archive = Archive(root)
    archive.add(sample_archive.article("baolaocai", 300, "2026-10-05T06:00:00+07:00"))
    archive.close()
    assert export(ExportPlan(root, tmp_path / "export")).rewritten == 1
    assert con.execute(query).fetchone() == (before + 1,)
