"""Load an archive into pandas or DuckDB with explicit column types.

DuckDB's ``read_json_auto`` samples 20,480 rows: a column null throughout the sample is
typed NULL and its later values are silently dropped. Here every column has a declared
type, so ``updated_at`` or ``duplicate_of`` values deep in the archive survive.

    from newsarchive.dataset import to_duckdb, to_pandas
    frame = to_pandas("data")                      # one row per (id, revision)
    con = to_duckdb("data")                        # tables/views: articles, articles_latest
    con.execute("SELECT site, count(*) FROM articles_latest GROUP BY site").fetchall()

``articles_latest`` keeps the latest revision of each article and drops near duplicates
(rows with ``duplicate_of``). pandas and duckdb are optional: ``pip install
'newsarchive[analysis]'``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from newsarchive.archive.layout import archive_files
from newsarchive.items import ARTICLE_KEYS

if TYPE_CHECKING:
    import duckdb
    import pandas

VN_TIMEZONE = "Asia/Ho_Chi_Minh"
_STRING_LIST = "VARCHAR[]"
DUCKDB_COLUMNS: dict[str, str] = {
    "schema_version": "INTEGER", "id": "VARCHAR", "url": "VARCHAR",
    "canonical_url": "VARCHAR", "site": "VARCHAR", "site_name": "VARCHAR",
    "province": "VARCHAR", "province_current": "VARCHAR", "headline": "VARCHAR",
    "summary": "VARCHAR", "body": "VARCHAR", "captions": _STRING_LIST,
    "images": "STRUCT(url VARCHAR, caption VARCHAR)[]",
    "published_at": "TIMESTAMPTZ", "published_at_precision": "VARCHAR",
    "published_at_raw": "VARCHAR", "date_source": "VARCHAR", "updated_at": "TIMESTAMPTZ",
    "section": "VARCHAR", "tags": _STRING_LIST, "authors": _STRING_LIST, "source": "VARCHAR",
    "photo_credit": "VARCHAR", "byline_raw": "VARCHAR",
    "participants": "STRUCT(name VARCHAR, name_key VARCHAR, honorific VARCHAR, "
                    "titles VARCHAR[], roles VARCHAR[], mentions INTEGER)[]",
    "language": "VARCHAR", "word_count": "INTEGER", "content_hash": "VARCHAR",
    "fetched_at": "TIMESTAMPTZ", "http_status": "INTEGER", "revision": "INTEGER",
    "duplicate_of": "VARCHAR",
    "extraction": "STRUCT(profile VARCHAR, path VARCHAR, widened BOOLEAN, warnings VARCHAR[])",
}
_TIMESTAMPS = ("published_at", "updated_at", "fetched_at")
_INTEGERS = ("schema_version", "word_count", "http_status", "revision")
_LISTS = ("captions", "images", "tags", "authors", "participants")
LATEST_VIEW = """
CREATE OR REPLACE VIEW articles_latest AS
SELECT * EXCLUDE (rank) FROM (
    SELECT *, row_number() OVER (PARTITION BY id ORDER BY revision DESC) AS rank
    FROM articles
) WHERE rank = 1 AND duplicate_of IS NULL
"""


def _rows(files: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in files:
        with path.open("rb") as handle:
            rows.extend(orjson.loads(line) for line in handle if line.strip())
    return rows


def to_pandas(root: str | Path) -> pandas.DataFrame:
    """All archived lines as a DataFrame: tz-aware times, nullable ints, lists as lists."""
    import pandas as pd

    frame = pd.DataFrame(_rows(archive_files(root)), columns=list(ARTICLE_KEYS))
    for column in _TIMESTAMPS:
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601") \
            .dt.tz_convert(VN_TIMEZONE)
    for column in _INTEGERS:
        frame[column] = frame[column].astype("Int64")
    for column in ARTICLE_KEYS:
        if column not in (*_TIMESTAMPS, *_INTEGERS, *_LISTS):
            frame[column] = frame[column].astype("string")
    return frame


def latest(frame: pandas.DataFrame) -> pandas.DataFrame:
    """The latest revision of each article, near duplicates dropped."""
    newest = frame.sort_values("revision").drop_duplicates("id", keep="last")
    return newest[newest["duplicate_of"].isna()].reset_index(drop=True)


def to_duckdb(root: str | Path,
              connection: duckdb.DuckDBPyConnection | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with an ``articles`` table and an ``articles_latest`` view."""
    import duckdb

    con = connection or duckdb.connect()
    files = [str(path) for path in archive_files(root)]
    columns = ", ".join(f"{name} {kind}" for name, kind in DUCKDB_COLUMNS.items())
    con.execute(f"CREATE OR REPLACE TABLE articles ({columns})")
    if files:
        con.execute(
            "INSERT INTO articles SELECT * FROM read_json(?, format = 'newline_delimited', "
            "columns = ?)", [files, DUCKDB_COLUMNS])
    con.execute(LATEST_VIEW)
    return con
