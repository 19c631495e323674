"""Read an export's ``participants`` back (any format) as the combinations the
``people`` table is grouped from, over every partition, the unchanged ones included."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import orjson

from newsarchive.export.formats import LIST_SEPARATOR
from newsarchive.export.officials import combinations

_LISTS = ("titles", "roles")
_SEPARATOR = "\x1f"


def read_combinations(dest: Path, fmt: str) -> list[dict[str, Any]]:
    """:func:`~newsarchive.export.officials.combinations` of every participant row."""
    folder = dest / "participants"
    if fmt == "parquet":
        return _parquet_combinations(folder) if any(folder.rglob("*.parquet")) else []
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob(f"site=*/year=*/month=*/*.{fmt}")):
        rows.extend(_read(path, fmt))
    return combinations(rows)


def _parquet_combinations(folder: Path) -> list[dict[str, Any]]:
    """Grouped in Arrow: a million rows never become Python objects."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    table = ds.dataset(folder, format="parquet", partitioning="hive").to_table(
        columns=["article_id", "province", "published_date", "name", "name_key", "titles"])
    table = table.append_column("titles_key", pc.binary_join(table["titles"], _SEPARATOR))
    grouped = table.group_by(["name_key", "name", "province", "titles_key"]).aggregate([
        ("article_id", "count_distinct"), ("published_date", "min"),
        ("published_date", "max")])
    return [{"name_key": row["name_key"], "name": row["name"], "province": row["province"],
             "titles": row["titles_key"].split(_SEPARATOR) if row["titles_key"] else [],
             "articles": row["article_id_count_distinct"],
             "first_seen": _text(row["published_date_min"]),
             "last_seen": _text(row["published_date_max"])} for row in grouped.to_pylist()]


def _text(day: Any) -> str | None:
    return day.isoformat() if day else None


def _read(path: Path, fmt: str) -> list[dict[str, Any]]:
    if fmt == "jsonl":
        with path.open("rb") as handle:
            return [orjson.loads(line) for line in handle]
    with path.open(encoding="utf-8", newline="") as handle:
        return [_from_csv(row) for row in csv.DictReader(handle)]


def _from_csv(row: dict[str, Any]) -> dict[str, Any]:
    for key in _LISTS:
        row[key] = row[key].split(LIST_SEPARATOR) if row[key] else []
    for key, value in row.items():
        if value == "":
            row[key] = None
    return row
