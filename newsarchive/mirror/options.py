"""``newsarchive mirror`` options: the dataclass, the argparse flags, and the link between."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from newsarchive.mirror.faults import parse_faults

DEFAULT_PORT = 8000
EXAMPLE = (
    "newsarchive mirror --site baolaocai --site baocantho --articles 500 --port 0 "
    "--manifest truth.jsonl"
)


@dataclass(frozen=True)
class MirrorOptions:
    sites: tuple[str, ...]
    start: date
    articles: int = 200
    per_day: int = 10
    port: int = DEFAULT_PORT
    seed: int = 1
    crawl_delay: float = 0.0
    faults: str | None = None
    manifest: Path | None = None
    access_log: Path | None = None
    edited: int = 0
    aliases: int = 0
    syndicated: int = 0
    slow_seconds: float = 2.0
    """How long a ``slow`` fault holds its response."""

    def validate(self) -> None:
        """Raise ValueError naming the first inconsistent option."""
        if not self.sites:
            raise ValueError("give at least one --site")
        if len(set(self.sites)) != len(self.sites):
            raise ValueError("--site: each site once")
        if self.articles < 1 or self.per_day < 1:
            raise ValueError("--articles and --per-day must be at least 1")
        if not 0 <= self.port <= 65535 or self.port + len(self.sites) - 1 > 65535:
            raise ValueError("--port out of range")
        if self.crawl_delay < 0 or min(self.edited, self.aliases, self.syndicated) < 0:
            raise ValueError(
                "--crawl-delay, --edited, --aliases and --syndicated cannot be negative"
            )
        if self.syndicated and len(self.sites) < 2:
            raise ValueError("--syndicated needs two --site values (source first)")
        parse_faults(self.faults)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the ``mirror`` flags on ``parser`` (a subparser)."""
    parser.description = (
        "Serve generated copies of news sites over HTTP on 127.0.0.1 for tests, demos and "
        f"benchmarks. Example: {EXAMPLE}"
    )
    add = parser.add_argument
    add(
        "--site",
        dest="sites",
        action="append",
        required=True,
        metavar="ID",
        help="site id to mirror (repeatable; one port per site)",
    )
    add("--articles", type=int, default=200, metavar="N", help="articles per site (default 200)")
    add("--per-day", type=int, default=10, metavar="K", help="articles per day (default 10)")
    add(
        "--start",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="date of the first article (default: a year before today)",
    )
    add(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar="P",
        help="port of the first site, the next sites on P+1, P+2… ; 0 = any free port each "
        f"(default {DEFAULT_PORT})",
    )
    add("--seed", type=int, default=1, metavar="S", help="generation seed (default 1)")
    add(
        "--crawl-delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="Crawl-delay announced in robots.txt (default 0)",
    )
    add(
        "--faults",
        default=None,
        metavar="SPEC",
        help="fault rates, e.g. 500:0.05,503-retry-after:0.02,slow:0.02,404:0.02,"
        "redirect-offsite:0.01,nonhtml:0.01,oversize:0.005",
    )
    add(
        "--manifest",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the ground truth as JSON lines",
    )
    add(
        "--access-log",
        type=Path,
        default=None,
        metavar="FILE",
        help="log every request, one line each",
    )
    add(
        "--edited",
        type=int,
        default=0,
        metavar="K",
        help="serve K articles per site in an edited version",
    )
    add(
        "--aliases",
        type=int,
        default=0,
        metavar="K",
        help="make K articles per site reachable under a second URL",
    )
    add(
        "--syndicated",
        type=int,
        default=0,
        metavar="K",
        help="reprint K agency stories of the first site on the second",
    )


def options_from_args(args: argparse.Namespace, today: date | None = None) -> MirrorOptions:
    """Options from parsed flags; the default start is a year before ``today`` (the clock)."""
    start = args.start or (today or date.today()) - timedelta(days=365)
    return MirrorOptions(
        sites=tuple(args.sites),
        start=start,
        articles=args.articles,
        per_day=args.per_day,
        port=args.port,
        seed=args.seed,
        crawl_delay=args.crawl_delay,
        faults=args.faults,
        manifest=args.manifest,
        access_log=args.access_log,
        edited=args.edited,
        aliases=args.aliases,
        syndicated=args.syndicated,
    )
