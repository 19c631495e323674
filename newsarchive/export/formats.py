"""Writing one table partition as Parquet, CSV or JSONL.

- **Parquet**: zstd, dictionary encoding, page and row-group statistics (so a filter on
  ``published_at`` or ``published_date`` skips row groups), rows sorted by
  ``published_at``, row groups of up to 128 Ki rows. Partition columns stay in the path.
- **CSV**: flat, UTF-8 with a header, for spreadsheets: a list is its items joined by
  ``" | "`` (:data:`LIST_SEPARATOR`), a list of objects (``images``, ``participants``,
  ``titles`` of ``people``) is JSON text, times are ISO 8601 with ``+07:00``.
- **JSONL**: one JSON object per line, the same values as the archive.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from newsarchive.export.partitions import PARTITION_KEYS

if TYPE_CHECKING:
    import pyarrow as pa

FORMATS = ("parquet", "csv", "jsonl")
LIST_SEPARATOR = " | "
ROW_GROUP = 128 * 1024


def file_name(fmt: str) -> str:
    return f"part-0.{fmt}"


def write_table(table: pa.Table, path: Path, fmt: str) -> None:
    """Write ``table`` to ``path`` (its parent created), partition columns dropped."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = table.drop_columns([k for k in PARTITION_KEYS if k in table.column_names])
    temporary = path.with_name(path.name + ".tmp")
    {"parquet": _parquet, "csv": _csv, "jsonl": _jsonl}[fmt](table, temporary)
    temporary.replace(path)


def _parquet(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq

    if "published_at" in table.column_names:
        table = table.sort_by([("published_at", "ascending")])
    pq.write_table(table, path, compression="zstd", row_group_size=ROW_GROUP,
                   write_statistics=True, write_page_index=True)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return orjson.dumps(value).decode()
        return LIST_SEPARATOR.join(str(item) for item in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _csv(table: pa.Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.column_names)
        for row in table.to_pylist():
            writer.writerow([_cell(value) for value in row.values()])


def _jsonl(table: pa.Table, path: Path) -> None:
    with path.open("wb") as handle:
        for row in table.to_pylist():  # orjson writes dates and times as ISO 8601
            handle.write(orjson.dumps(row) + b"\n")
