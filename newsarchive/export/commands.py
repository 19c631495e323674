"""The analysts' commands (``export``, ``people``, ``report``): arguments and handlers.

Each reads the archive found the way every command finds it: ``--out``, else the config's
``out``, else ``$NEWSARCHIVE_DATA``, else ``data/``.
"""

from __future__ import annotations

import argparse
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import orjson

from newsarchive.archive.layout import output_root
from newsarchive.config import load_config
from newsarchive.export.formats import FORMATS
from newsarchive.export.loaders import selection
from newsarchive.export.source import DatasetError

_OUT_HELP = "the archive's output root (default: config 'out', $NEWSARCHIVE_DATA or data/)"


def _needs_analysis() -> None:
    missing = [name for name in ("pyarrow", "pandas", "duckdb") if find_spec(name) is None]
    if missing:
        raise DatasetError(f"{', '.join(missing)} missing: pip install 'newsarchive[analysis]'")


def _root(args: argparse.Namespace) -> Path:
    return output_root(args.out or load_config(args.config).out)


def _add_common(parser: argparse.ArgumentParser, sites: bool = True) -> None:
    parser.add_argument("--out", metavar="DIR", help=_OUT_HELP)
    parser.add_argument("--config", metavar="FILE", help="TOML config (or $NEWSARCHIVE_CONFIG)")
    if sites:
        parser.add_argument("--site", action="append", metavar="ID",
                            help="only this outlet (repeatable)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="first day (Vietnam time)")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="last day, inclusive")


def cmd_export(args: argparse.Namespace) -> int:
    _needs_analysis()
    from newsarchive.export.run import ExportPlan, export

    picked = selection(args.site, args.since, args.until)
    result = export(ExportPlan(_root(args), Path(args.dest), args.format, picked, args.latest))
    print(result.summary_line(Path(args.dest)), file=sys.stderr)
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    _needs_analysis()
    from newsarchive.export.people_query import (
        PeopleQuery,
        find_people,
        format_person,
        format_table,
    )

    source = Path(args.source) if args.source else _root(args)
    query = PeopleQuery(selection(None, args.since, args.until), args.name, args.province,
                        args.limit)
    people = find_people(source, query)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(people) + b"\n")
    elif args.name:
        print("\n\n".join(format_person(person) for person in people) or "no such official")
    else:
        print(format_table(people))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    _needs_analysis()
    from newsarchive.export.report import build_report

    root = _root(args)
    target = Path(args.file) if args.file else None
    export = Path(args.source) if args.source else None
    written = build_report(root, target, selection(args.site, args.since, args.until), export)
    print(f"report: {written} ({written.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


def add_commands(commands: Any) -> None:
    """Register ``export``, ``people`` and ``report`` on the sub-parsers."""
    export = commands.add_parser(
        "export", help="the archive as Parquet, CSV or JSONL tables with a dataset card",
        description="Example: newsarchive export /srv/export --format parquet --latest")
    export.add_argument("dest", metavar="DEST", help="folder to write (created)")
    export.add_argument("--format", choices=FORMATS, default="parquet")
    export.add_argument("--latest", action="store_true",
                        help="latest revision of each article, near duplicates out")
    _add_common(export)
    export.set_defaults(handler=cmd_export)
    people = commands.add_parser(
        "people", help="one official's record, or the most frequent officials",
        description="Example: newsarchive people --name 'Hoàng Giang' --province 'Lào Cai'")
    people.add_argument("--name", metavar="TEXT", help="officials whose name contains TEXT")
    people.add_argument("--province", metavar="P", help="as printed by outlets of province P")
    people.add_argument("--from", dest="source", metavar="DIR",
                        help="read a Parquet export (or another archive) instead")
    people.add_argument("--limit", type=int, default=20, metavar="N", help="default 20")
    people.add_argument("--json", action="store_true", help="JSON instead of a table")
    _add_common(people, sites=False)
    people.set_defaults(handler=cmd_people)
    report = commands.add_parser(
        "report", help="a self-contained HTML coverage report of the archive",
        description="Example: newsarchive report /tmp/report.html")
    report.add_argument("file", nargs="?", metavar="FILE",
                        help="default: <archive>/report.html")
    report.add_argument("--from", dest="source", metavar="EXPORT",
                        help="read the articles from this Parquet export (faster)")
    _add_common(report)
    report.set_defaults(handler=cmd_report)


__all__ = ["DatasetError", "add_commands"]
