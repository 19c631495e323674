"""Load an archive, or a Parquet export of one, into pandas or DuckDB with explicit types.

DuckDB's ``read_json_auto`` samples 20,480 rows: a column null throughout the sample is
typed NULL and its later values are silently dropped. Here every column has the type
declared in :mod:`newsarchive.schema.fields`, so ``updated_at`` or ``duplicate_of``
values deep in the archive survive.

    from newsarchive.dataset import to_duckdb, to_pandas
    frame = to_pandas("data", site="baolaocai", since="2026-11-01")
    con = to_duckdb("data")                        # tables/views: articles, articles_latest
    con.execute("SELECT site, count(*) FROM articles_latest GROUP BY site").fetchall()

``root`` is the output folder (``data``), its ``archive`` folder (``data/archive``, as
the demo prints it) or a Parquet export (``newsarchive export DEST``); a folder with none
of them raises :class:`DatasetError`. ``site`` (one or several), ``since``/``until``
(Vietnam days, inclusive; undated articles are left out when either is given) and
``columns`` select what is read. DuckDB's session time zone is Vietnam time, so
``CAST(published_at AS DATE)`` is the Vietnam day. ``articles_latest`` keeps the latest
revision of each article and drops near duplicates (rows with ``duplicate_of``). pandas,
duckdb and pyarrow are optional: ``pip install 'newsarchive[analysis]'``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsarchive.export.partitions import FILES_GLOB
from newsarchive.export.source import (
    DatasetError,
    Selection,
    Source,
    find_source,
    month_files,
    read_lines,
)
from newsarchive.schema.fields import FIELD_NAMES, VN_TIMEZONE, names_of
from newsarchive.schema.render import duckdb_columns

if TYPE_CHECKING:
    import duckdb
    import pandas

__all__ = ["COLUMNS", "DUCKDB_COLUMNS", "VN_TIMEZONE", "DatasetError", "latest", "selection",
           "to_duckdb", "to_pandas"]

DUCKDB_COLUMNS: dict[str, str] = duckdb_columns()
_TIMESTAMPS = names_of("timestamp")
_INTEGERS = names_of("integer")
_STRINGS = names_of("string")
_LATEST_KEYS = ("id", "revision", "duplicate_of")
COLUMNS: tuple[str, ...] = tuple(
    name for field in FIELD_NAMES
    for name in ((field, "published_date") if field == "published_at" else (field,)))
"""Every field, plus ``published_date`` (the Vietnam day of ``published_at``)."""
LATEST_VIEW = """
CREATE OR REPLACE VIEW articles_latest AS
SELECT * EXCLUDE (rank) FROM (
    SELECT *, row_number() OVER (PARTITION BY id ORDER BY revision DESC) AS rank
    FROM articles
) WHERE rank = 1 AND duplicate_of IS NULL
"""
Day = date | str | None


def _day(value: Day, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise DatasetError(f"{name} {value!r}: not a YYYY-MM-DD day") from error


def selection(site: str | Sequence[str] | None = None, since: Day = None,
              until: Day = None) -> Selection:
    """A :class:`Selection` from loader-style arguments."""
    sites = (site,) if isinstance(site, str) else tuple(site or ())
    return Selection(sites, _day(since, "since"), _day(until, "until"))


def _columns(columns: Sequence[str] | None) -> list[str]:
    chosen = list(columns or COLUMNS)
    unknown = [c for c in chosen if c not in COLUMNS]
    if unknown:
        raise DatasetError(f"unknown column(s): {', '.join(unknown)}")
    return chosen


def to_pandas(root: str | Path, site: str | Sequence[str] | None = None, since: Day = None,
              until: Day = None, columns: Sequence[str] | None = None) -> pandas.DataFrame:
    """One row per (id, revision): tz-aware Vietnam times, nullable ints, lists as lists."""
    source = find_source(root)
    chosen = _columns(columns)
    picked = selection(site, since, until)
    if source.kind == "parquet":
        from newsarchive.export.parquet import read_pandas

        return read_pandas(source.root / "articles", picked, chosen)
    rows = [row for path in month_files(source.root, picked) for row in read_lines(path, picked)]
    return _typed_frame(rows, chosen)


def _typed_frame(rows: list[dict[str, Any]], columns: list[str]) -> pandas.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=[c for c in columns if c != "published_date"])
    for column in frame.columns:
        if column in _TIMESTAMPS:
            frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601") \
                .dt.tz_convert(VN_TIMEZONE)
        elif column in _INTEGERS:
            frame[column] = frame[column].astype("Int64")
        elif column in _STRINGS:
            frame[column] = frame[column].astype("string")
    if "published_date" in columns:  # the Vietnam day: ISO text with +07:00 begins with it
        days = [(row.get("published_at") or "")[:10] or None for row in rows]
        frame["published_date"] = pd.to_datetime(pd.Series(days, dtype="object")).dt.date
    return frame[columns]


def latest(frame: pandas.DataFrame) -> pandas.DataFrame:
    """The latest revision of each article, near duplicates dropped."""
    newest = frame.sort_values("revision").drop_duplicates("id", keep="last")
    return newest[newest["duplicate_of"].isna()].reset_index(drop=True)


def to_duckdb(root: str | Path, connection: duckdb.DuckDBPyConnection | None = None,
              site: str | Sequence[str] | None = None, since: Day = None, until: Day = None,
              columns: Sequence[str] | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection (time zone Vietnam) with an ``articles`` table (a view over a
    Parquet export) and an ``articles_latest`` view."""
    import duckdb

    source = find_source(root)
    chosen = _columns(columns)
    chosen += [key for key in _LATEST_KEYS if key not in chosen]
    con = connection or duckdb.connect()
    con.execute(f"SET TimeZone = '{VN_TIMEZONE}'")
    picked = selection(site, since, until)
    if source.kind == "parquet":
        _parquet_view(con, source, picked, chosen)
    else:
        _jsonl_table(con, source, picked, chosen)
    con.execute(LATEST_VIEW)
    return con


def _where(picked: Selection) -> str:
    """The selection as SQL (literals: DuckDB views take no parameters)."""
    clauses = ["TRUE"]
    if picked.sites:
        clauses.append(f"site IN ({', '.join(_literal(s) for s in picked.sites)})")
    if picked.since:
        clauses.append(f"published_date >= DATE '{picked.since.isoformat()}'")
    if picked.until:
        clauses.append(f"published_date <= DATE '{picked.until.isoformat()}'")
    return " AND ".join(clauses)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _jsonl_table(con: duckdb.DuckDBPyConnection, source: Source, picked: Selection,
                 columns: list[str]) -> None:
    types = {**DUCKDB_COLUMNS, "published_date": "DATE"}
    declared = ", ".join(f"{name} {types[name]}" for name in columns)
    con.execute(f"CREATE OR REPLACE TABLE articles ({declared})")
    files = [str(path) for path in month_files(source.root, picked)]
    read = {name: DUCKDB_COLUMNS[name] for name in DUCKDB_COLUMNS  # only what is needed
            if name in columns or name in ("site", "published_at")}
    if files:
        con.execute(f"INSERT INTO articles SELECT {', '.join(columns)} FROM ("
                    "SELECT *, CAST(published_at AS DATE) AS published_date FROM read_json("
                    f"?, format = 'newline_delimited', columns = ?)) WHERE {_where(picked)}",
                    [files, read])


def _parquet_view(con: duckdb.DuckDBPyConnection, source: Source, picked: Selection,
                  columns: list[str]) -> None:
    pattern = _literal(str(source.root / "articles" / FILES_GLOB))
    # Keep the files' footers between queries (checked against each file's modification
    # time): most of a query's time over 840 small partitions is reading them.
    con.execute("SET parquet_metadata_cache = true")
    con.execute(f"CREATE OR REPLACE VIEW articles AS SELECT {', '.join(columns)} FROM "
                f"read_parquet({pattern}, hive_partitioning = true) WHERE {_where(picked)}")
