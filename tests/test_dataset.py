"""Loading an archive for analysis: explicit types survive a long null prefix."""

from __future__ import annotations

from pathlib import Path

import orjson
import pandas as pd
import pytest

from newsarchive.dataset import latest, to_duckdb, to_pandas
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
