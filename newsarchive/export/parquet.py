"""Reading a Parquet export back, with the site and day filters pushed down to pyarrow
(partitions and row-group statistics skip what is not asked for)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

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


def _name_filter(name_key: str | None) -> ds.Expression | None:
    return pc.match_substring(ds.field("name_key"), name_key) if name_key else None


def _both(a: ds.Expression | None, b: ds.Expression | None) -> ds.Expression | None:
    return a & b if a is not None and b is not None else a if a is not None else b


def _days_as_text(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_days_as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _days_as_text(item) for key, item in value.items()}
    return value


def read_participants(root: Path, selection: Selection,
                      name_key: str | None = None) -> list[dict[str, Any]]:
    """The ``participants`` of an export as rows, days as ``YYYY-MM-DD`` text; only
    those whose ``name_key`` contains ``name_key`` when given."""
    columns = ["article_id", "site", "province", "published_date", "name", "name_key", "titles"]
    table = _dataset(root / "participants").to_table(
        columns=columns, filter=_both(_filter(selection), _name_filter(name_key)))
    return [_days_as_text(row) for row in table.to_pylist()]


def read_people(root: Path, name_key: str | None = None) -> list[dict[str, Any]]:
    """The ``people`` table of an export (most articles first), days as text."""
    table = pq.read_table(root / "people" / "part-0.parquet", filters=_name_filter(name_key))
    return [_days_as_text(row) for row in table.to_pylist()]
