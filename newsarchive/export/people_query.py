"""``newsarchive people``: one official's record, or the most frequent officials.

Reads the ``participants`` of an archive (latest view) or of a Parquet export, groups
them into people (:mod:`.officials`) and prints a table or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.export.latest import latest_rows, superseded_lines
from newsarchive.export.officials import combinations, participant_rows, people_rows
from newsarchive.export.source import Selection, find_source, month_files, read_lines
from newsarchive.text import fold


@dataclass(frozen=True)
class PeopleQuery:
    selection: Selection = field(default_factory=Selection)
    name: str | None = None
    province: str | None = None
    limit: int = 20


    @property
    def name_key(self) -> str | None:
        """``--name`` matches the ``name_key`` (the folded name) it is part of."""
        return fold(self.name) if self.name else None


def _matches(name_key: str | None, province: str | None, row: dict[str, Any]) -> bool:
    """Whether a participant row is of ``province`` and its name contains ``name_key``
    (both folded already)."""
    if province and fold(row.get("province") or "") != province:
        return False
    return not name_key or name_key in row["name_key"]


def participants_of(path: Path, selection: Selection,
                    name_key: str | None = None) -> list[dict[str, Any]]:
    """The participant rows of an archive (latest view) or export, days as text; from
    an export only those whose ``name_key`` contains ``name_key``."""
    source = find_source(path)
    if source.kind == "parquet":
        from newsarchive.export.parquet import read_participants

        return read_participants(source.root, selection, name_key)
    superseded = superseded_lines(source.root)
    rows: list[dict[str, Any]] = []
    for file in month_files(source.root, selection):
        lines = list(read_lines(file, selection))
        relative = str(file.relative_to(source.root))
        rows.extend(participant_rows(latest_rows(lines, superseded.get(relative, set()))))
    return rows


def find_people(path: Path, query: PeopleQuery) -> list[dict[str, Any]]:
    """The people matching the query, most articles first, at most ``limit``. An export
    without a province or day filter answers from its ``people`` table."""
    if not (query.province or query.selection.dated_only) and \
            find_source(path).kind == "parquet":
        from newsarchive.export.parquet import read_people

        return read_people(path, query.name_key)[:query.limit]
    name_key, province = query.name_key, fold(query.province) if query.province else None
    rows = [row for row in participants_of(path, query.selection, name_key)
            if _matches(name_key, province, row)]
    return people_rows(combinations(rows))[:query.limit]


def _titles(person: dict[str, Any]) -> list[str]:
    return [f"    {span['title']}: {span['first_seen'] or '?'} → {span['last_seen'] or '?'} "
            f"({span['articles']} articles)" for span in person["titles"]]


def format_person(person: dict[str, Any]) -> str:
    """One official, with the span of days each title was printed."""
    head = (f"{person['name']} [{person['person_id']}]: {person['articles']} articles, "
            f"{person['first_seen'] or '?'} → {person['last_seen'] or '?'}, "
            f"{', '.join(person['provinces']) or 'no province'}")
    return "\n".join([head, *_titles(person)])


def format_table(people: list[dict[str, Any]]) -> str:
    """The most frequent officials, one line each."""
    lines = [f"{'NAME':<28}{'ARTICLES':>9}  {'FIRST':<11}{'LAST':<11}{'PROVINCES':<24}"
             "LATEST TITLE"]
    for person in people:
        titles = sorted(person["titles"], key=lambda s: s["last_seen"] or "")
        lines.append(f"{person['name'][:27]:<28}{person['articles']:>9}  "
                     f"{person['first_seen'] or '?':<11}{person['last_seen'] or '?':<11}"
                     f"{', '.join(person['provinces'])[:23]:<24}"
                     f"{titles[-1]['title'] if titles else '-'}")
    return "\n".join(lines)
