"""``newsarchive export``: typed, partitioned, incremental tables and a dataset card."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import duckdb
import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sample_archive

from newsarchive.cli import main
from newsarchive.dataset import selection
from newsarchive.export.formats import LIST_SEPARATOR
from newsarchive.export.run import ExportPlan, export


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_archive.build(tmp_path_factory.mktemp("sample") / "data")


def _parquet_files(dest: Path, table: str) -> list[Path]:
    return sorted((dest / table).rglob("*.parquet"))


def test_parquet_is_hive_partitioned_with_explicit_types(sample: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    result = export(ExportPlan(sample, dest))
    assert result.rewritten == len(result.partitions) == 3 * 2 + 1
    first = _parquet_files(dest, "articles")[0]
    assert first.relative_to(dest).parts[1:4] == ("site=baocantho", "year=2026", "month=10")
    schema = pq.read_schema(first)
    assert schema.field("published_at").type == pa.timestamp("us", tz="Asia/Ho_Chi_Minh")
    assert schema.field("published_date").type == pa.date32()
    assert schema.field("authors").type == pa.list_(pa.string())
    assert pa.types.is_struct(schema.field("participants").type.value_type)
    assert "site" not in schema.names
    stats = pq.ParquetFile(first).metadata.row_group(0).column(
        schema.get_field_index("published_date")).statistics
    assert stats is not None and stats.has_min_max


def test_duckdb_reads_the_export_without_hints(sample: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    export(ExportPlan(sample, dest))
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT site, year, month, count(*) FROM read_parquet('{dest}/articles/**/*.parquet',"
        " hive_partitioning = true) GROUP BY ALL ORDER BY ALL").fetchall()
    assert ("baolaocai", None, None, 1) in rows
    assert sum(row[3] for row in rows) == len(sample_archive.articles())
    people = con.execute(f"SELECT person_id, provinces FROM '{dest}/people/part-0.parquet' "
                         "WHERE name_key = 'hoàng giang' ORDER BY person_id").fetchall()
    assert people == [("hoàng giang", ["Lào Cai"]), ("hoàng giang#2", ["Nghệ An"])]


def test_a_second_export_rewrites_only_changed_partitions(sample: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    export(ExportPlan(sample, dest))
    untouched = _parquet_files(dest, "articles")[-1].stat().st_mtime_ns
    assert export(ExportPlan(sample, dest)).rewritten == 0
    month = sample / "archive" / "baocantho" / "2026" / "2026-10.jsonl"
    os.utime(month, ns=(month.stat().st_atime_ns, month.stat().st_mtime_ns + 10**9))
    again = export(ExportPlan(sample, dest))
    assert again.rewritten == 1
    assert _parquet_files(dest, "articles")[-1].stat().st_mtime_ns == untouched
    fewer = export(ExportPlan(sample, dest, selection=selection("baocantho")))
    assert fewer.removed == 2 * 2 + 1 and not (dest / "articles" / "site=baolaocai").exists()


def test_latest_drops_old_revisions_and_near_duplicates(sample: Path, tmp_path: Path) -> None:
    export(ExportPlan(sample, tmp_path / "all", fmt="jsonl"))
    export(ExportPlan(sample, tmp_path / "latest", fmt="jsonl", latest=True))

    def lines(dest: Path) -> list[dict[str, object]]:
        return [orjson.loads(line) for path in sorted((dest / "articles").rglob("*.jsonl"))
                for line in path.read_bytes().splitlines()]

    every, newest = lines(tmp_path / "all"), lines(tmp_path / "latest")
    assert len(every) - len(newest) == 2
    assert all(row["duplicate_of"] is None for row in newest)
    assert max(int(str(row["revision"])) for row in newest) == 2


def test_csv_is_flat_with_a_stated_separator(sample: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    export(ExportPlan(sample, dest, fmt="csv"))
    path = dest / "articles" / "site=baolaocai" / "year=2026" / "month=10" / "part-0.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["published_at"].endswith("+07:00") and row["published_date"] == "2026-10-01"
    assert row["participants"].startswith("[{")
    assert LIST_SEPARATOR not in row["authors"] and row["authors"] in ("", "Anh Dũng")
    card = (dest / "README.md").read_text(encoding="utf-8")
    assert f'joined by `"{LIST_SEPARATOR}"`' in card


def test_the_card_tells_counts_span_runs_and_schema(sample: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    export(ExportPlan(sample, dest))
    card = (dest / "README.md").read_text(encoding="utf-8")
    assert "schema v1" in card and "2026-10-01 to 2026-11-24" in card
    assert "| `articles/` | 27 |" in card and "20261126T010000Z" in card
    assert "provinces and titles never meet" in card


def test_the_command_finds_the_archive_like_every_command(sample: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           ) -> None:
    monkeypatch.setenv("NEWSARCHIVE_DATA", str(sample))
    assert main(["export", str(tmp_path / "out"), "--site", "baolaocai", "--since",
                 "2026-10-01", "--until", "2026-10-31"]) == 0
    assert "exported 5 articles in 1 partitions" in capsys.readouterr().err
    monkeypatch.setenv("NEWSARCHIVE_DATA", str(tmp_path / "nothing"))
    assert main(["export", str(tmp_path / "out2")]) == 2
    assert capsys.readouterr().err.startswith("newsarchive: ")
