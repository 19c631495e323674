"""Read an export's ``participants`` back (any format), to group the ``people`` table
over every partition, the unchanged ones included."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import orjson

from newsarchive.export.formats import LIST_SEPARATOR

_LISTS = ("titles", "roles")


def read_participants(dest: Path, fmt: str) -> list[dict[str, Any]]:
    """Every participant row, days as ``YYYY-MM-DD`` text and ``site`` from the path."""
    rows: list[dict[str, Any]] = []
    folder = dest / "participants"
    for path in sorted(folder.glob(f"site=*/year=*/month=*/*.{fmt}")):
        site = path.relative_to(folder).parts[0].removeprefix("site=")
        rows.extend({**row, "site": site} for row in _read(path, fmt))
    return rows


def _read(path: Path, fmt: str) -> list[dict[str, Any]]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path, columns=["article_id", "province", "published_date",
                                             "name", "name_key", "titles"])
        rows: list[dict[str, Any]] = table.to_pylist()
        for row in rows:
            day = row["published_date"]
            row["published_date"] = day.isoformat() if day else None
        return rows
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
