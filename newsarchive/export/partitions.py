"""The export's partitions: one per archive file, ``site=<site>/year=<YYYY>/month=<MM>``.

An archive's month file (``archive/<site>/<YYYY>/<YYYY-MM>.jsonl``) becomes one hive
partition of each table; ``undated.jsonl`` becomes ``year=__HIVE_DEFAULT_PARTITION__``
(the Hive convention for null, which DuckDB, Polars, Spark and pyarrow read as null).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsarchive.export.source import UNDATED

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
FILES_GLOB = "site=*/year=*/month=*/*.parquet"
"""Every file of a table, relative to its folder. A fixed depth: DuckDB lists 840
partitions in half the time it takes to walk them for ``**/*.parquet``."""
PARTITION_KEYS = ("site",)
"""Columns that live in the partition path, not in the files (``year`` and ``month``
are read from the path only)."""


@dataclass(frozen=True)
class Partition:
    site: str
    year: str
    month: str
    source: Path
    """The archive file it is read from."""

    @property
    def path(self) -> str:
        """The partition folder, relative to a table's folder."""
        return f"site={self.site}/year={self.year}/month={self.month}"


def partition_of(source: Path) -> Partition:
    """The partition of an archive file ``archive/<site>/…``."""
    if source.name == UNDATED:
        return Partition(source.parent.name, NULL_PARTITION, NULL_PARTITION, source)
    year, _, month = source.stem.partition("-")
    return Partition(source.parent.parent.name, year, month, source)
