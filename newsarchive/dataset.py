"""Load an archive, or a Parquet export of one, into pandas or DuckDB with explicit types.

The public name of :mod:`newsarchive.export.loaders` (see there)::

    from newsarchive.dataset import to_duckdb, to_pandas
    frame = to_pandas("data", site="baolaocai", since="2026-11-01")
    con = to_duckdb("data")                        # tables/views: articles, articles_latest
"""

from newsarchive.export.loaders import (
    COLUMNS,
    DUCKDB_COLUMNS,
    VN_TIMEZONE,
    DatasetError,
    latest,
    selection,
    to_duckdb,
    to_pandas,
)

__all__ = ["COLUMNS", "DUCKDB_COLUMNS", "VN_TIMEZONE", "DatasetError", "latest", "selection",
           "to_duckdb", "to_pandas"]
