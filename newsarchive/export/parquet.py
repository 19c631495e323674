"""Reading a Parquet export back, with the site and day filters pushed down to pyarrow
(partitions and row-group statistics skip what is not asked for)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.dataset as ds

from newsarchive.export.source import Selection

if TYPE_CHECKING:
    import pandas


def _dataset(folder: Path) -> ds.Dataset:
    return ds.dataset(folder, format="parquet", partitioning="hive")


def _filter(selection: Selection) -> ds.Expression | None:
    clauses = []
    if selection.sites:
        clauses.append(ds.field("site").isin(list(selection.sites)))
    if selection.since:
        clauses.append(ds.field("published_date") >= selection.since)
    if selection.until:
        clauses.append(ds.field("published_date") <= selection.until)
    expression = None
    for clause in clauses:
        expression = clause if expression is None else expression & clause
    return expression


def read_pandas(folder: Path, selection: Selection, columns: list[str]) -> pandas.DataFrame:
    """The ``articles`` of an export as pandas: Vietnam-time timestamps, lists as lists."""
    import pandas as pd

    def nullable(kind: pa.DataType) -> Any:
        if pa.types.is_integer(kind):
            return pd.Int64Dtype()
        return pd.StringDtype() if pa.types.is_string(kind) else None

    table = _dataset(folder).to_table(columns=columns, filter=_filter(selection))
    frame = table.to_pandas(types_mapper=nullable)
    for name in columns:
        if pa.types.is_list(table.schema.field(name).type):
            frame[name] = table.column(name).to_pylist()
    return frame


def read_participants(root: Path, selection: Selection) -> list[dict[str, Any]]:
    """The ``participants`` of an export as rows, days as ``YYYY-MM-DD`` text."""
    columns = ["article_id", "site", "province", "published_date", "name", "name_key", "titles"]
    rows: list[dict[str, Any]] = _dataset(root / "participants").to_table(
        columns=columns, filter=_filter(selection)).to_pylist()
    for row in rows:
        day = row["published_date"]
        row["published_date"] = day.isoformat() if isinstance(day, date) else None
    return rows
