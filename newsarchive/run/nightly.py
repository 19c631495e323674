"""The nightly run: incremental, exclusive, resumable after a graceful stop.

For each enabled site, discovery starts from the day of its last successful run minus
the overlap window; archived articles are refetched only when their sitemap ``lastmod``
is newer or they fall inside the overlap window. Each site crawls with its own JOBDIR
(``<out>/jobs/<site>``) so Ctrl-C, SIGTERM or the time limit leaves a queue the next run
resumes; any other job folder is discarded (:mod:`newsarchive.crawl.jobs`). Crash recovery
is the archive's job.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from newsarchive.config import NIGHTLY_MAX_RUNTIME, Config
from newsarchive.dates import VN_TZ
from newsarchive.run.runner import CrawlPlan, open_archive, run_crawl
from newsarchive.runreport import RunReport


def _since(last_success: str | None, overlap_days: int) -> str | None:
    if last_success is None:
        return None
    day = datetime.fromisoformat(last_success).astimezone(VN_TZ).date()
    return (day - timedelta(days=overlap_days)).isoformat()


def run_nightly(config: Config, sites: list[str], out: Path, base_urls: dict[str, str],
                max_runtime: float | None = None) -> RunReport:
    """One nightly run over ``sites``, stopped after ``max_runtime`` seconds (default:
    the config's, else ``NIGHTLY_MAX_RUNTIME``); records each site's outcome."""
    archive = open_archive(out, sites)
    try:
        plan = CrawlPlan(
            sites=sites, out=out, base_urls=base_urls, incremental=True,
            overlap_days=config.overlap_days, contact=config.contact,
            concurrency_per_site=config.concurrency_per_site, warc=config.warc,
            since_by_site={s: d for s in sites
                           if (d := _since(archive.index.last_success(s),
                                           config.overlap_days))},
            jobdirs={site: out / "jobs" / site for site in sites},
            max_runtime=max_runtime or config.max_runtime or NIGHTLY_MAX_RUNTIME,
        )
        report = run_crawl(plan, archive)
        archive.flush()  # lines durable before anything else commits on this index
        for site, counts in report.sites.items():
            archive.index.record_run(
                site, report.run_id, report.started_at.isoformat(timespec="seconds"),
                (report.finished_at or report.started_at).isoformat(timespec="seconds"),
                counts.status, counts.articles_written, counts.reason)
        archive.flush()
        return report
    finally:
        archive.close()

