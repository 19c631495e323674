"""Download failures are counted in the run report, not logged with a traceback.

Scrapy's robots.txt middleware logs a host it cannot reach as an error with the whole
traceback (70 lines for an outlet that is down). Such records lose their traceback and
become informational: the site's request errors are counted (``errors.connection``,
``errors.dns``, ``errors.timeout``) and named in the run's summary line.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler

from newsarchive.spiders.failures import error_kind

DOWNLOAD_ERRORS = ("timeout", "dns", "connection")
QUIETED_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy.core.scraper")


class DownloadErrorsInOneLine(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and error_kind(error) in DOWNLOAD_ERRORS:
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


FILTER = DownloadErrorsInOneLine()


class QuietDownloadErrors:
    """Installs the filter on Scrapy's loggers that log download failures."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietDownloadErrors:
        for name in QUIETED_LOGGERS:
            logging.getLogger(name).addFilter(FILTER)
        return cls()
