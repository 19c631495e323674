"""Write the run report when a ``scrapy crawl news`` run ends.

``newsarchive crawl`` writes one report for all its sites itself and switches this off
(``NEWSARCHIVE_REPORT=False``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.archive.layout import output_root
from newsarchive.runreport import RunReport, counts_from_stats, new_run_id


class RunReportExtension:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started = datetime.now(UTC)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReportExtension:
        if not crawler.settings.getbool("NEWSARCHIVE_REPORT", True):
            raise NotConfigured
        return cls(crawler)

    def closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = {**self.crawler.stats.get_stats(), "finish_reason": reason,
                 "finish_time": datetime.now(UTC)}
        report = RunReport(new_run_id(self.started), self.started,
                           {getattr(spider, "site", spider.name): counts_from_stats(stats)},
                           datetime.now(UTC))
        path = report.write(output_root(self.crawler.settings.get("NEWSARCHIVE_OUT")))
        spider.logger.info("%s; report: %s", report.summary_line(), path)
