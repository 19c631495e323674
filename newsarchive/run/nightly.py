"""The nightly run: incremental, exclusive, resumable after a graceful stop.

For each enabled site, discovery starts from the day of its last successful run minus
the overlap window; archived articles are refetched only when their sitemap ``lastmod``
is newer or they fall inside the overlap window. Each site crawls with its own JOBDIR
(``<out>/jobs/<site>``) so Ctrl-C or SIGTERM leaves a queue the next run resumes; the
JOBDIR is deleted after the site succeeds (a persisted ``requests.seen`` would otherwise
hide the home and listing pages next night). Crash recovery is the archive's job.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from newsarchive.archive.store import Archive
from newsarchive.config import Config
from newsarchive.dates import VN_TZ
from newsarchive.run.runner import CrawlPlan, run_crawl
from newsarchive.runreport import RunReport, SiteCounts


def _since(last_success: str | None, overlap_days: int) -> str | None:
    if last_success is None:
        return None
    day = datetime.fromisoformat(last_success).astimezone(VN_TZ).date()
    return (day - timedelta(days=overlap_days)).isoformat()


def _error(counts: SiteCounts) -> str | None:
    if not counts.failed:
        return None
    if counts.pages_fetched == 0:
        return f"nothing fetched ({dict(counts.errors) or counts.finish_reason})"
    return f"stopped: {counts.finish_reason}"


def run_nightly(config: Config, sites: list[str], out: Path,
                base_urls: dict[str, str]) -> RunReport:
    """One nightly run over ``sites``; records each site's outcome in the index."""
    archive = Archive(out)
    try:
        plan = CrawlPlan(
            sites=sites, out=out, base_urls=base_urls, incremental=True,
            overlap_days=config.overlap_days, contact=config.contact,
            concurrency_per_site=config.concurrency_per_site, warc=config.warc,
            since_by_site={s: d for s in sites
                           if (d := _since(archive.index.last_success(s),
                                           config.overlap_days))},
            jobdirs={site: out / "jobs" / site for site in sites},
        )
        report = run_crawl(plan, archive)
        archive.flush()  # lines durable before anything else commits on this index
        for site, counts in report.sites.items():
            error = _error(counts)
            archive.index.record_run(
                site, report.run_id, report.started_at.isoformat(timespec="seconds"),
                (report.finished_at or report.started_at).isoformat(timespec="seconds"),
                "failed" if error else "ok", counts.articles_written, error)
        archive.flush()
        for site, counts in report.sites.items():
            if not counts.failed:
                shutil.rmtree(plan.jobdirs[site], ignore_errors=True)
        return report
    finally:
        archive.close()

