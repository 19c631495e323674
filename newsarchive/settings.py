"""Scrapy settings: polite defaults for real news sites.

Crawls of a loopback base URL (a mirror) are switched to offline mode by the runner:
every non-loopback request is refused, AutoThrottle starts without delay and timeouts
are short; robots.txt and Crawl-delay still apply.
"""

import os

from newsarchive import __version__

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["newsarchive.spiders"]
NEWSPIDER_MODULE = "newsarchive.spiders"
COMMANDS_MODULE = "newsarchive.run.commands"

NEWSARCHIVE_CONTACT = "https://github.com/newsarchive/newsarchive"
USER_AGENT = f"newsarchive/{__version__} (+{NEWSARCHIVE_CONTACT})"
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "newsarchive.crawl.robots.CappedRobotParser"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 3.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# A request that still fails is counted in the run report (errors by kind) and named in
# its summary line, not logged as an error of its own.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
# Nothing listening, nothing written outside the output folder: no telnet console, no
# remote-control server (it listens on loopback, runs posted code and leaves a token file
# in the user's home), no spider state (the spider keeps none).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# The scheduler survives a damaged disk queue; job folders are checked before use.
SCHEDULER = "newsarchive.crawl.scheduler.SafeScheduler"
LOG_LEVEL = "INFO"
# Scrapy re-reads a callback's source to warn about generator return values; the spider
# returns none, and the check costs ~0.4 ms per page.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Scrapy starts this many asyncio workers for every callback's output; an article page
# yields one item, so the default 100 cost ~100 tasks per page for nothing.
CONCURRENT_ITEMS = 8
# Scrapy stops fetching while the responses being processed pass this many bytes. Each
# item waiting for its batch in the archive pipeline holds its response: 32 pages of
# 250 KB, plus those in progress, must not stop the crawl (the default is 5 MB).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 16_000_000

DOWNLOADER_MIDDLEWARES = {
    "newsarchive.crawl.retry.RetryAfterWaitMiddleware": 10,
    "newsarchive.crawl.offline.OfflineGuardMiddleware": 20,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newsarchive.crawl.retry.RetryAfterMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newsarchive.crawl.refresh.MetaRefreshPrecheck": 580,
    # Beside the downloader: raw responses, before decompression, retries and redirects.
    "newsarchive.crawl.warc.WarcRecorder": 950,
}
# Raw exchanges kept as WARC: "all" responses, only "articles", or "off".
NEWSARCHIVE_WARC = "all"
# Byte counts per request and response (Scrapy builds each request's HTTP text to count
# it); the run report keeps its own counts.
DOWNLOADER_STATS = False
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "scrapy.extensions.spiderstate.SpiderState": None,
    "newsarchive.crawl.jobs.JobFolder": 0,
    "newsarchive.crawl.stopping.PromptStop": 0,
    "newsarchive.crawl.quiet.QuietDownloadErrors": 0,
    # After Scrapy's AutoThrottle (0): its response handler runs after AutoThrottle's.
    "newsarchive.crawl.politeness.CrawlDelayFloor": 10,
    "newsarchive.crawl.progress.Progress": 500,
    "newsarchive.crawl.report.RunReportExtension": 600,
}
ITEM_PIPELINES = {
    "newsarchive.pipelines.archive.ArchivePipeline": 800,
}

# Refuse every non-loopback request (newsarchive.crawl.offline): tests never touch the internet.
NEWSARCHIVE_OFFLINE = os.environ.get("NEWSARCHIVE_OFFLINE", "").lower() in ("1", "true", "yes")

# Used only for crawls whose base URL is loopback (see newsarchive.run.runner).
LOOPBACK_SETTINGS = {
    "NEWSARCHIVE_OFFLINE": True,
    "AUTOTHROTTLE_START_DELAY": 0.0,
    "DOWNLOAD_DELAY": 0.0,
    "DOWNLOAD_TIMEOUT": 10,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
}
