"""Run the news spider for one or more sites in one process and write one run report."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.settings import Settings

from newsarchive import __version__
from newsarchive.archive.lock import Locked
from newsarchive.archive.store import Archive
from newsarchive.crawl.process import NewsProcess
from newsarchive.pipelines.archive import ARCHIVE_SETTING
from newsarchive.runreport import RunReport, SiteCounts, counts_from_stats, new_run_id
from newsarchive.settings import LOOPBACK_SETTINGS
from newsarchive.spiders.news import NewsSpider
from newsarchive.urls import is_loopback

GC_THRESHOLD = 10_000
"""Allocations between two young-generation collections during a crawl (Python: 700)."""


@dataclass
class CrawlPlan:
    sites: list[str]
    out: Path
    since: str | None = None
    until: str | None = None
    max_articles: int | None = None
    urls: Path | None = None
    base_urls: dict[str, str] = field(default_factory=dict)
    strict_dates: bool = False
    log_level: str = "WARNING"
    incremental: bool = False
    """Nightly mode: skip archived articles unless changed or recent; refetch listings."""
    since_by_site: dict[str, str] = field(default_factory=dict)
    overlap_days: int = 2
    jobdirs: dict[str, Path] = field(default_factory=dict)
    contact: str | None = None
    concurrency_per_site: int | None = None
    max_runtime: float | None = None
    """Seconds after which the run stops gracefully (``max_runtime``); None: no limit."""
    warc: str = "all"
    """Raw exchanges kept as WARC: ``all``, ``articles`` or ``off``."""

    def spider_args(self, site: str) -> dict[str, object]:
        jobdir = self.jobdirs.get(site)
        return {
            "site": site, "since": self.since_by_site.get(site, self.since),
            "until": self.until, "max_articles": self.max_articles,
            "urls": str(self.urls) if self.urls else None,
            "base_url": self.base_urls.get(site), "strict_dates": self.strict_dates,
            "incremental": self.incremental, "overlap_days": self.overlap_days,
            "jobdir": str(jobdir) if jobdir else None,
        }


def _settings(plan: CrawlPlan) -> Settings:
    """The project's settings whatever the working directory (no scrapy.cfg needed)."""
    settings = Settings()
    settings.setmodule("newsarchive.settings", priority="project")
    settings.set("NEWSARCHIVE_OUT", str(plan.out))
    settings.set("NEWSARCHIVE_REPORT", False)
    settings.set("LOG_LEVEL", plan.log_level)
    if plan.contact:
        settings.set("USER_AGENT", f"newsarchive/{__version__} (+{plan.contact})")
    settings.set("NEWSARCHIVE_WARC", plan.warc)
    if plan.concurrency_per_site:
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", plan.concurrency_per_site)
    return settings


def offline(base_url: str | None) -> bool:
    """Whether a site's crawl is offline: its base URL is loopback (a mirror), or
    ``NEWSARCHIVE_OFFLINE=1`` is set. Offline crawls use ``LOOPBACK_SETTINGS``."""
    flag = os.environ.get("NEWSARCHIVE_OFFLINE", "").lower() in ("1", "true", "yes")
    return flag or is_loopback(urlsplit(base_url or "").hostname or "")


def run_crawl(plan: CrawlPlan, archive: Archive | None = None) -> RunReport:
    """Crawl every site of the plan concurrently into ``archive`` (opened at ``plan.out``
    for the run when not given); return the written report.

    Holds the output root's lock for the whole run (raises Locked when another has it).
    """
    started = datetime.now(UTC)
    if archive is not None:
        return _crawl(plan, started, archive)
    archive = open_archive(plan.out, plan.sites)
    try:
        return _crawl(plan, started, archive)
    finally:
        archive.close()


def open_archive(out: Path, sites: list[str]) -> Archive:
    """The archive at ``out`` for a run over ``sites``. When it cannot be opened (but is
    not merely locked by another run), a run report saying why is written first."""
    started = datetime.now(UTC)
    try:
        return Archive(out)
    except Locked:
        raise
    except Exception as error:
        report = RunReport(new_run_id(started), started, finished_at=datetime.now(UTC),
                           error=f"cannot open the archive: {error}")
        report.sites = {site: SiteCounts(finish_reason="archive_error") for site in sites}
        with suppress(OSError):  # the error that stopped the run matters more
            report.write(out)
        raise


@contextmanager
def _collector_tuned() -> Iterator[None]:
    """Start-up objects live all run, so they are frozen out of every collection; and
    the young generation is collected every ``GC_THRESHOLD`` allocations, not 700:
    extraction makes and frees many short-lived objects."""
    threshold = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _crawl(plan: CrawlPlan, started: datetime, archive: Archive) -> RunReport:
    """Run the crawl; the report is written however it ends, an error included."""
    report = RunReport(new_run_id(started), started)
    process = NewsProcess(_settings(plan), plan.max_runtime)
    logging.getLogger("scrapy").setLevel(plan.log_level)
    crawlers: dict[str, Crawler] = {}
    try:
        for site in plan.sites:
            crawler = process.create_crawler(NewsSpider)
            crawler.settings.set(ARCHIVE_SETTING, archive)
            if offline(plan.base_urls.get(site)):
                crawler.settings.setdict(LOOPBACK_SETTINGS, priority="spider")
            crawlers[site] = crawler
            process.crawl(crawler, **plan.spider_args(site))
        with _collector_tuned():
            process.run()
    except Exception as error:
        report.error = f"{type(error).__name__}: {error}"
        raise
    finally:
        _fill(report, crawlers, process)
        report.write(plan.out)
    return report


def _fill(report: RunReport, crawlers: dict[str, Crawler], process: NewsProcess) -> None:
    """Each site's counts; a spider a forced stop left open gets the stop's reason."""
    for site, crawler in crawlers.items():
        stats = crawler.stats.get_stats() if crawler.stats else {}
        stats.setdefault("finish_reason", process.stop_reason or "cancelled")
        report.sites[site] = counts_from_stats(stats)
    report.interrupted_by = process.signal
    report.finished_at = datetime.now(UTC)
