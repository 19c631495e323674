"""The run report: what a crawl fetched, wrote, skipped and failed, per site and in total.

Written to ``<out>/runs/<run_id>.json``. Schema (version 1)::

    {"schema_version": 1, "run_id": str, "started_at": ISO UTC, "finished_at": ISO UTC,
     "duration_s": float, "exit_status": int, "interrupted_by": "SIGINT"|"SIGTERM"|null,
     "error": str|null,
     "sites": {site: Counts + {"status": "ok"|"failed"|"interrupted",
                               "finish_reason": str, "reason": str|null,
                               "crawl_delay_capped": float|null}},
     "total": Counts}

    Counts = {"pages_fetched": int, "articles_written": int,
              "skips": {"robots"|"offsite"|"nonhtml"|"too_large"|"out_of_window"|
                        "not_article"|"duplicate"|"not_http"|…: int},
              "errors": {"http_4xx"|"http_5xx"|"timeout"|"connection"|"dns"|…: int},
              "undated_kept": int, "offline_refused": int, "duration_s": float,
              "coverage": {"articles": int, "time"|"authors"|"lead"|"long_body"|
                           "participants": share 0–1}}
    A site also has "coverage_warnings": [str], its fields that fell well below its
    previous successful run (newsarchive.coverage).
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from newsarchive.coverage import Coverage, add_warnings

# The Scrapy stats the crawl keeps. This report reads all but the revision count, which
# Scrapy's closing stats dump shows with the rest.
PAGES_STAT = "newsarchive/pages_fetched"
WRITTEN_STAT = "newsarchive/articles_written"
REVISIONS_STAT = "newsarchive/revisions_written"
UNDATED_STAT = "newsarchive/undated_kept"
REFUSED_STAT = "newsarchive/offline/refused"
SKIP_PREFIX = "newsarchive/skip/"
"""Followed by the skip reason."""
ERROR_PREFIX = "newsarchive/error/"
"""Followed by the error kind."""
NOT_HTTP_SKIP = "not_http"
"""A sitemap, feed or URL-list entry that is not http(s) (``javascript:``, ``mailto:``…)."""
SKIP_REASONS = ("robots", "offsite", "nonhtml", "too_large", "out_of_window", "not_article",
                "duplicate", NOT_HTTP_SKIP)
ERROR_KINDS = ("http_4xx", "http_5xx", "timeout", "connection", "dns", "other")
FATAL_ERRORS = ("disk_full", "write_error")
"""Error kinds that fail a site: the archive could not write and stopped its crawl."""
ENTRY_ASKED_STAT = "newsarchive/entry_points/asked"
"""Set when the crawl discovers from the outlet's entry points (not from a URL list)."""
ENTRY_ANSWERED_STAT = "newsarchive/entry_points/answered"
"""Entry points (home page, sitemaps, feeds, sections) that answered with links."""
CAPPED_STAT = "newsarchive/crawl_delay/over_cap"
"""The ``Crawl-delay`` an outlet asked for above the cap (seconds), if it did."""
FINISHED_REASONS = ("finished", "max_articles", "closespider_itemcount")
INTERRUPTED_REASONS = ("shutdown", "max_runtime")
"""A signal (Ctrl-C, SIGTERM) or the run's time limit stopped the site."""


def new_run_id(now: datetime | None = None) -> str:
    moment = now or datetime.now(UTC)
    return f"{moment.strftime('%Y%m%dT%H%M%SZ')}-{os.getpid()}"


@dataclass
class SiteCounts:
    pages_fetched: int = 0
    articles_written: int = 0
    skips: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    undated_kept: int = 0
    offline_refused: int = 0
    duration_s: float = 0.0
    finish_reason: str = "finished"
    entry_points_asked: bool = False
    entry_points_answered: int = 0
    crawl_delay_capped: float | None = None
    coverage: Coverage = field(default_factory=Coverage)

    @property
    def failed(self) -> bool:
        """Anything but ok: failed, or interrupted before its end."""
        return self.status != "ok"

    @property
    def status(self) -> str:
        if self.finish_reason in INTERRUPTED_REASONS:
            return "interrupted"
        return "failed" if self.reason else "ok"

    @property
    def reason(self) -> str | None:
        """Why the site is not ok, in words; None when it is."""
        if self.finish_reason in INTERRUPTED_REASONS:
            return "interrupted" if self.finish_reason == "shutdown" else "time limit reached"
        errors = ", ".join(f"{n} {kind} error{'s' if n > 1 else ''}"
                           for kind, n in sorted(self.errors.items()) if n)
        if any(self.errors[kind] for kind in FATAL_ERRORS):
            return f"the archive could not write: {errors}"
        if self.finish_reason not in FINISHED_REASONS:
            return f"stopped: {self.finish_reason}"
        if self.pages_fetched == 0:
            return f"nothing fetched: {errors or 'no page answered'}"
        if self.entry_points_asked and not self.entry_points_answered:
            return ("no entry point answered with links (home page, sitemaps and feeds "
                    f"empty or failing){': ' + errors if errors else ''}")
        return None

    def add(self, other: SiteCounts) -> None:
        self.pages_fetched += other.pages_fetched
        self.articles_written += other.articles_written
        self.skips.update(other.skips)
        self.errors.update(other.errors)
        self.undated_kept += other.undated_kept
        self.offline_refused += other.offline_refused
        self.duration_s = max(self.duration_s, other.duration_s)
        self.coverage.add(other.coverage)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages_fetched": self.pages_fetched,
            "articles_written": self.articles_written,
            "skips": {k: self.skips[k] for k in sorted(set(SKIP_REASONS) | set(self.skips))},
            "errors": {k: self.errors[k] for k in sorted(set(ERROR_KINDS) | set(self.errors))},
            "undated_kept": self.undated_kept,
            "offline_refused": self.offline_refused,
            "duration_s": round(self.duration_s, 3),
            "coverage": self.coverage.to_dict(),
        }


def counts_from_stats(stats: dict[str, Any]) -> SiteCounts:
    """Read a crawler's Scrapy stats into the report's counts."""
    counts = SiteCounts(
        pages_fetched=int(stats.get(PAGES_STAT, 0)),
        articles_written=int(stats.get(WRITTEN_STAT, 0)),
        undated_kept=int(stats.get(UNDATED_STAT, 0)),
        offline_refused=int(stats.get(REFUSED_STAT, 0)),
        finish_reason=str(stats.get("finish_reason", "finished")),
        entry_points_asked=bool(stats.get(ENTRY_ASKED_STAT)),
        entry_points_answered=int(stats.get(ENTRY_ANSWERED_STAT, 0)),
        crawl_delay_capped=stats.get(CAPPED_STAT),
    )
    counts.coverage = Coverage.from_stats(stats, counts.articles_written)
    for key, value in stats.items():
        if key.startswith(SKIP_PREFIX):
            counts.skips[key.removeprefix(SKIP_PREFIX)] += int(value)
        elif key.startswith(ERROR_PREFIX):
            counts.errors[key.removeprefix(ERROR_PREFIX)] += int(value)
    counts.skips["offsite"] += int(stats.get("offsite/filtered", 0))
    start, finish = stats.get("start_time"), stats.get("finish_time")
    if isinstance(start, datetime) and isinstance(finish, datetime):
        counts.duration_s = (finish - start).total_seconds()
    return counts


@dataclass
class RunReport:
    run_id: str
    started_at: datetime
    sites: dict[str, SiteCounts] = field(default_factory=dict)
    finished_at: datetime | None = None
    interrupted_by: int | None = None
    """The signal (SIGINT, SIGTERM) that stopped the run, if one did."""
    error: str | None = None
    """The error that ended the run early, if one did."""
    coverage_warnings: dict[str, list[str]] = field(default_factory=dict)
    """Sites whose field coverage fell well below their previous successful run."""

    @property
    def exit_status(self) -> int:
        """128 + the signal for an interrupted run (130, 143); else 1 when a site is not
        ok or the run ended on an error; else 0."""
        if self.interrupted_by is not None:
            return 128 + self.interrupted_by
        failed = [site for site, counts in self.sites.items() if counts.failed]
        return 1 if failed or self.error else 0

    def total(self) -> SiteCounts:
        total = SiteCounts()
        for counts in self.sites.values():
            total.add(counts)
        return total

    def to_dict(self) -> dict[str, Any]:
        finished = self.finished_at or datetime.now(UTC)
        return {
            "schema_version": 1,
            "run_id": self.run_id,
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "finished_at": finished.isoformat(timespec="seconds"),
            "duration_s": round((finished - self.started_at).total_seconds(), 3),
            "exit_status": self.exit_status,
            "interrupted_by": (signal.Signals(self.interrupted_by).name
                               if self.interrupted_by is not None else None),
            "error": self.error,
            "sites": {
                site: {**counts.to_dict(), "status": counts.status,
                       "finish_reason": counts.finish_reason, "reason": counts.reason,
                       "crawl_delay_capped": counts.crawl_delay_capped}
                for site, counts in self.sites.items()
            },
            "total": self.total().to_dict(),
        }

    def summary_line(self) -> str:
        total = self.total()
        line = (f"{len(self.sites)} site(s): {total.articles_written} articles written, "
                f"{total.pages_fetched} pages fetched, {sum(total.skips.values())} skipped, "
                f"{sum(total.errors.values())} errors")
        for status in ("interrupted", "failed"):
            named = [f"{site} ({counts.reason})" if status == "failed" else site
                     for site, counts in sorted(self.sites.items()) if counts.status == status]
            line += f"; {status}: {', '.join(named)}" if named else ""
        dropped = sorted(self.coverage_warnings)
        line += f"; coverage dropped: {', '.join(dropped)}" if dropped else ""
        return line + (f"; error: {self.error}" if self.error else "")

    def write(self, root: Path) -> Path:
        """Write ``<root>/runs/<run_id>.json`` atomically (temp file, then rename)."""
        folder = root / "runs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.run_id}.json"
        temp = path.with_suffix(".json.tmp")
        data = self.to_dict()
        self.coverage_warnings = add_warnings(data, folder)
        temp.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
        os.replace(temp, path)
        return path
