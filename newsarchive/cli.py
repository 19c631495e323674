"""The ``newsarchive`` command: a thin layer over the library.

Exit codes (every command): 0 success; 1 partial failure (some inputs failed, the rest
done; ``check``: problems found); 2 usage error, unreadable input or unknown site; 3 not
an article (``parse``); 75 another run holds the lock; 130 / 143 a run interrupted by
Ctrl-C / SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, Protocol, TypeVar

from newsarchive import __version__
from newsarchive.archive.layout import output_root
from newsarchive.archive.lock import Locked
from newsarchive.arguments import (
    check_out_folder,
    check_sites,
    check_url_file,
    positive_int,
)
from newsarchive.config import check_base_url, default_shared, load_config, parse_duration
from newsarchive.errors import NewsarchiveError
from newsarchive.export.commands import add_commands as add_analysis_commands
from newsarchive.extract import extract_article
from newsarchive.mirror import add_arguments as add_mirror_arguments
from newsarchive.mirror import options_from_args, run_mirror
from newsarchive.pagecommands import emit, page_url, parse_files, participants_of, read_input
from newsarchive.sites import registry
from newsarchive.sites.table import format_table, rows

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOT_ARTICLE, EXIT_LOCKED = 0, 1, 2, 3, 75
Handler = Callable[[argparse.Namespace], int]


class UsageError(NewsarchiveError):
    """Bad arguments or unreadable input: exit 2."""


class OneLineParser(argparse.ArgumentParser):
    """Usage errors in one line (argparse prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def cmd_parse(args: argparse.Namespace) -> int:
    if args.url and len(args.files) > 1:
        raise UsageError("--url gives the URL of a single file; pass one FILE with it")
    return parse_files(args.files, args.url)


def cmd_participants(args: argparse.Namespace) -> int:
    emit([vars(person) for person in participants_of(read_input(args.file))])
    return EXIT_OK


def cmd_sites(args: argparse.Namespace) -> int:
    table = rows(registry().values())
    if args.json:
        emit(table)
    else:
        print(format_table(table))
    return EXIT_OK


def _example_pages() -> list[Path]:
    folder = Path(str(resources.files("newsarchive") / "examples"))
    return sorted(folder.glob("*.html"))


DEMO_SITES = ("baolaocai", "baonghean")


def _demo_example() -> None:
    for page in _example_pages():
        data = page.read_bytes()
        article = extract_article(data, page_url(data) or "https://example.invalid/")
        people = "; ".join(f"{p.name} ({', '.join(p.titles)})" for p in article.participants)
        print(f"example page {page.name}:\n  {article.headline!r}, {article.published_at}, "
              f"by {', '.join(article.authors) or '-'}\n  officials: {people or '-'}")


def cmd_demo(args: argparse.Namespace) -> int:
    """Extract the example page, then crawl a two-outlet mirror into a small archive."""
    from newsarchive.mirror import MirrorOptions, start_mirror
    from newsarchive.run.runner import CrawlPlan, run_crawl

    _demo_example()
    out = check_out_folder(output_root(args.out))
    start = date.today() - timedelta(days=args.articles // 10 + 1)
    options = MirrorOptions(sites=DEMO_SITES, start=start, articles=args.articles, port=0)
    with start_mirror(options) as mirror:
        print(f"crawling a mirror of {', '.join(DEMO_SITES)} on {', '.join(mirror.urls.values())}")
        report = run_crawl(CrawlPlan(sites=list(DEMO_SITES), out=out, base_urls=mirror.urls))
    print(report.summary_line())
    print(f"archive: {out / 'archive'}  run report: {out / 'runs' / (report.run_id + '.json')}")
    return report.exit_status


def cmd_evaluate(args: argparse.Namespace) -> int:
    from newsarchive.evaluation.pages import evaluate_pages
    from newsarchive.evaluation.participants import PASSAGE_FILES, evaluate_passages

    corpus = (args.shared or default_shared()) / "corpus"
    if not (corpus / "labels.jsonl").exists():
        raise UsageError(f"no labelled corpus at {corpus}")
    pages = evaluate_pages(corpus)
    print(f"pages ({pages.pages} labelled):\n{pages.format()}")
    for miss in pages.misses:
        print(f"  miss: {miss}")
    for name in PASSAGE_FILES:
        people = evaluate_passages(corpus / name)
        print(f"participants ({name}):\n{people.format()}")
        for miss in people.misses:
            print(f"  miss: {miss}")
    return EXIT_OK


def cmd_reparse(args: argparse.Namespace) -> int:
    from newsarchive.reparse import Options, Selection, reparse

    out = output_root(args.out or load_config(args.config).out)
    if not (out / "index.sqlite").exists():
        raise UsageError(f"no archive at {out}")
    selection = Selection(frozenset(args.site or ()), args.since, args.until,
                          frozenset(_ids(args.ids)))
    summary = reparse(out, Options(selection, args.dry_run, args.workers, args.dask))
    print(summary.line(args.dry_run), file=sys.stderr)
    return EXIT_PARTIAL if summary.failed else EXIT_OK


def _ids(value: str | None) -> list[str]:
    """``--ids`` is a comma-separated list, or a file with one id a line."""
    if not value:
        return []
    if Path(value).is_file():
        return Path(value).read_text(encoding="utf-8").split()
    return [part.strip() for part in value.split(",") if part.strip()]


def cmd_mirror(args: argparse.Namespace) -> int:
    try:
        options = options_from_args(args)
    except ValueError as error:
        raise UsageError(str(error)) from error
    run_mirror(options)
    return EXIT_OK


def _base_urls(values: list[str], sites: list[str]) -> dict[str, str]:
    """``--base-url URL`` (one site) or ``--base-url SITE=URL`` (any number)."""
    result: dict[str, str] = {}
    for value in values:
        site, sep, url = value.partition("=")
        if not sep:
            if len(sites) != 1:
                raise UsageError("--base-url URL needs exactly one --site; use SITE=URL")
            site, url = sites[0], value
        if site not in sites:
            raise UsageError(f"--base-url names {site!r}, which is not crawled")
        try:
            result[site] = check_base_url(url)
        except ValueError as error:
            raise UsageError(f"base URL {error}") from None
    return result


def cmd_crawl(args: argparse.Namespace) -> int:
    from newsarchive.discovery.window import DateWindow
    from newsarchive.run.runner import CrawlPlan, run_crawl

    sites = [s for s in sorted(registry()) if s != "generic"] if args.all else args.site
    check_sites(sites)
    try:
        DateWindow.parse(args.since, args.until)
    except ValueError as error:
        raise UsageError(str(error)) from error
    config = load_config(args.config)
    base_urls = {**config.base_urls, **_base_urls(args.base_url, sites)}
    if args.urls:
        check_url_file(args.urls, sites, base_urls, each_site=not args.all)
    plan = CrawlPlan(sites=sites, out=check_out_folder(output_root(args.out or config.out)),
                     since=args.since, until=args.until, max_articles=args.max_articles,
                     urls=args.urls, base_urls=base_urls,
                     strict_dates=args.strict_dates, contact=config.contact,
                     concurrency_per_site=config.concurrency_per_site, warc=config.warc,
                     max_runtime=args.max_runtime or config.max_runtime)
    report = run_crawl(plan)
    print(report.summary_line(), file=sys.stderr)
    return report.exit_status


def _enabled_sites(config_sites: list[str] | None, chosen: list[str] | None) -> list[str]:
    if chosen:
        return chosen
    if config_sites is not None:
        return config_sites
    return sorted(p.id for p in registry().values() if p.enabled and p.id != "generic")


def cmd_nightly(args: argparse.Namespace) -> int:
    from newsarchive.run.nightly import run_nightly

    config = load_config(args.config)
    sites = _enabled_sites(config.sites, args.site)
    check_sites(sites)
    out = check_out_folder(output_root(args.out or config.out))
    base_urls = {**config.base_urls, **_base_urls(args.base_url, sites)}
    report = run_nightly(config, sites, out, base_urls, args.max_runtime)
    print(report.summary_line(), file=sys.stderr)
    return report.exit_status


def cmd_status(args: argparse.Namespace) -> int:
    from newsarchive.archive.index import ArchiveIndex
    from newsarchive.coverage import status_lines

    out = output_root(args.out or load_config(args.config).out)
    if not (out / "index.sqlite").exists():
        raise UsageError(f"no archive at {out}")
    index = ArchiveIndex(out / "index.sqlite", read_only=True)
    rows = index.site_status()
    index.close()
    print(f"{'SITE':<16}{'LAST SUCCESS (UTC)':<28}{'ARTICLES':>9}  LAST ERROR")
    for site, success, count, error in rows:
        print(f"{site:<16}{success or 'never':<28}{count:>9}  {error or '-'}")
    print("\n".join(status_lines(out / "runs", [row[0] for row in rows])))
    return EXIT_PARTIAL if rows and all(error for *_, error in rows) else EXIT_OK


def _duration(text: str) -> float:
    try:
        return parse_duration(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def cmd_check(args: argparse.Namespace) -> int:
    from newsarchive.archive import check

    out = output_root(args.out or load_config(args.config).out)
    if not (out / "archive").is_dir() and not (out / "index.sqlite").exists():
        raise UsageError(f"no archive at {out}")
    return check.run(out, args.repair)


_OUT_HELP = "output root (default $NEWSARCHIVE_DATA or data/)"
_BASE_URL_HELP = "fetch a site from another host, e.g. a local mirror"
_Parser = TypeVar("_Parser", covariant=True)


class _Commands(Protocol[_Parser]):
    """What the command helpers use of ``ArgumentParser.add_subparsers()``'s result."""

    def add_parser(self, name: str, *args: Any, **kwargs: Any) -> _Parser: ...


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="newsarchive", description=__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"newsarchive {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_extraction_commands(commands)
    _add_crawl_command(commands)
    _add_scheduled_commands(commands)
    _add_reparse_command(commands)
    _add_tool_commands(commands)
    add_analysis_commands(commands)
    return parser


def _add_extraction_commands(commands: _Commands[argparse.ArgumentParser]) -> None:
    parse = commands.add_parser(
        "parse", help="extract Articles from saved pages or WARC files (JSON lines)",
        description="Example: newsarchive parse page.html --url URL; newsarchive parse "
                    "crawl.warc.gz (every HTML response in it)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--url", help="the page's URL (default: its rel=canonical or og:url)")
    parse.set_defaults(handler=cmd_parse)
    people = commands.add_parser("participants", help="officials named in a plain-text passage",
                                 description="Example: newsarchive participants article.txt")
    people.add_argument("file", metavar="FILE|-")
    people.set_defaults(handler=cmd_participants)
    evaluate = commands.add_parser("evaluate", help="score extraction on the labelled corpus",
                                   description="Example: newsarchive evaluate --shared ../shared")
    evaluate.add_argument("--shared", type=Path, default=None,
                          help="default: $NEWSARCHIVE_SHARED, else ../shared beside the repository")
    evaluate.set_defaults(handler=cmd_evaluate)


def _add_crawl_command(commands: _Commands[argparse.ArgumentParser]) -> None:
    crawl = commands.add_parser(
        "crawl", help="crawl outlets into the archive",
        description="Example: newsarchive crawl --site baolaocai --since 2026-11-01")
    which = crawl.add_mutually_exclusive_group(required=True)
    which.add_argument("--site", action="append", metavar="ID", help="an outlet id (repeatable)")
    which.add_argument("--all", action="store_true", help="every outlet in the registry")
    crawl.add_argument("--since", metavar="YYYY-MM-DD", help="first day (Vietnam time)")
    crawl.add_argument("--until", metavar="YYYY-MM-DD", help="last day, inclusive")
    crawl.add_argument("--max-articles", type=positive_int, metavar="N",
                       help="write at most N per site")
    crawl.add_argument("--urls", type=Path, metavar="FILE", help="crawl these article URLs")
    crawl.add_argument("--out", metavar="DIR", help=_OUT_HELP)
    crawl.add_argument("--base-url", action="append", default=[], metavar="[SITE=]URL",
                       help=_BASE_URL_HELP)
    crawl.add_argument("--strict-dates", action="store_true", help="drop undated articles")
    crawl.add_argument("--max-runtime", type=_duration, metavar="DURATION",
                       help="stop gracefully after this long (90, 45s, 30m, 6h)")
    crawl.add_argument("--config", metavar="FILE", help="TOML config for contact, output root "
                                                        "and concurrency")
    crawl.set_defaults(handler=cmd_crawl)


def _add_scheduled_commands(commands: _Commands[argparse.ArgumentParser]) -> None:
    nightly = commands.add_parser(
        "nightly", help="incremental run of every enabled site (for cron/systemd)",
        description="Example: newsarchive nightly --config /etc/newsarchive.toml")
    nightly.add_argument("--site", action="append", metavar="ID",
                         help="only these sites (default: the config's, else all enabled)")
    nightly.add_argument("--out", metavar="DIR", help="output root (default: config 'out', "
                                                      "$NEWSARCHIVE_DATA or data/)")
    nightly.add_argument("--base-url", action="append", default=[], metavar="[SITE=]URL",
                         help=_BASE_URL_HELP)
    nightly.add_argument("--config", metavar="FILE", help="TOML config (or $NEWSARCHIVE_CONFIG)")
    nightly.add_argument("--max-runtime", type=_duration, metavar="DURATION",
                         help="stop gracefully after this long (default: config, else 6h)")
    nightly.set_defaults(handler=cmd_nightly)
    status = commands.add_parser(
        "status", help="per site: last successful run, articles archived, last error",
        description="Example: newsarchive status --out /var/lib/newsarchive")
    status.add_argument("--out", metavar="DIR", help="output root")
    status.add_argument("--config", metavar="FILE", help="TOML config (or $NEWSARCHIVE_CONFIG)")
    status.set_defaults(handler=cmd_status)
    check = commands.add_parser(
        "check", help="verify an archive: lines, index and files agree (exit 1: problems)",
        description="Example: newsarchive check --out /var/lib/newsarchive --repair")
    check.add_argument("--out", metavar="DIR", help="output root")
    check.add_argument("--config", metavar="FILE", help="TOML config (or $NEWSARCHIVE_CONFIG)")
    check.add_argument("--repair", action="store_true",
                       help="quarantine untrusted lines, re-index, rebuild a broken index")
    check.set_defaults(handler=cmd_check)


def _add_reparse_command(commands: _Commands[argparse.ArgumentParser]) -> None:
    reparse = commands.add_parser(
        "reparse", help="re-extract archived articles from their WARC records",
        description="Example: newsarchive reparse --site baolaocai --since 2026-01-01 "
                    "--workers 2 --dry-run")
    reparse.add_argument("--out", metavar="DIR", help=_OUT_HELP)
    reparse.add_argument("--config", metavar="FILE", help="TOML config (or $NEWSARCHIVE_CONFIG)")
    reparse.add_argument("--site", action="append", metavar="ID", help="only these outlets")
    reparse.add_argument("--since", metavar="YYYY-MM-DD", help="published on or after (Vietnam)")
    reparse.add_argument("--until", metavar="YYYY-MM-DD", help="published on or before")
    reparse.add_argument("--ids", metavar="ID,ID|FILE", help="only these article ids")
    reparse.add_argument("--dry-run", action="store_true", help="report what would change")
    reparse.add_argument("--workers", type=positive_int, default=1, metavar="N",
                         help="extraction processes (default 1)")
    reparse.add_argument("--dask", metavar="ADDRESS|local",
                         help="run on a Dask scheduler (tcp://host:8786), or on a local "
                              "cluster of --workers processes (needs the 'dask' extra)")
    reparse.set_defaults(handler=cmd_reparse)


def _add_tool_commands(commands: _Commands[argparse.ArgumentParser]) -> None:
    sites = commands.add_parser("sites", help="list the outlet registry",
                                description="Example: newsarchive sites --json")
    sites.add_argument("--json", action="store_true", help="one JSON list instead of a table")
    sites.set_defaults(handler=cmd_sites)
    demo = commands.add_parser(
        "demo", help="extract the example page, then crawl a local two-outlet mirror",
        description="Example: newsarchive demo --out /tmp/demo")
    demo.add_argument("--out", metavar="DIR", help=_OUT_HELP)
    demo.add_argument("--articles", type=positive_int, default=60, metavar="N",
                      help="articles per mirrored outlet (default 60)")
    demo.set_defaults(handler=cmd_demo)
    mirror = commands.add_parser(
        "mirror", help="serve generated news sites over HTTP on 127.0.0.1",
        description="Example: newsarchive mirror --site baolaocai --site baocantho --port 8001")
    add_mirror_arguments(mirror)
    mirror.set_defaults(handler=cmd_mirror)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PARTIAL
    except Locked as error:
        print(f"newsarchive: {error}", file=sys.stderr)
        return EXIT_LOCKED
    except (NewsarchiveError, OSError, sqlite3.Error, ValueError) as error:
        print(f"newsarchive: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
