"""``scrapy crawl news``: bad arguments give one line and exit 2, a held lock exit 75.

Scrapy would build the spider inside the crawl and print its error as a traceback, then
exit 1; and the pipeline would meet the archive's lock mid-crawl. Here the archive is
opened (and locked) first and given to the crawl, which runs offline for a loopback
``base_url`` as ``newsarchive crawl`` does.
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl

from newsarchive.archive.layout import output_root
from newsarchive.archive.lock import Locked
from newsarchive.archive.store import Archive
from newsarchive.pipelines.archive import ARCHIVE_SETTING
from newsarchive.run.commands import EXIT_LOCKED, check_or_refuse, refuse
from newsarchive.run.runner import offline
from newsarchive.settings import LOOPBACK_SETTINGS
from newsarchive.spiders.news import NewsSpider


class Command(ScrapyCrawl):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if args == [NewsSpider.name]:
            check_or_refuse("crawl news", opts.spargs)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args != [NewsSpider.name]:
            super().run(args, opts)
            return
        assert self.settings is not None and self.crawler_process is not None
        try:
            archive = Archive(output_root(self.settings.get("NEWSARCHIVE_OUT")))
        except Locked as error:
            refuse("crawl news", error, EXIT_LOCKED)
        try:
            crawler = self.crawler_process.create_crawler(NewsSpider)
            crawler.settings.set(ARCHIVE_SETTING, archive)
            if offline(opts.spargs.get("base_url")):
                crawler.settings.setdict(LOOPBACK_SETTINGS, priority="spider")
            self.crawler_process.crawl(crawler, **opts.spargs)
            self.crawler_process.start()
            if self.crawler_process.bootstrap_failed:
                self.exitcode = 1
        finally:
            archive.close()
