"""``scrapy crawl news``: bad arguments give one line and exit 2, a held lock exit 75.

Scrapy would build the spider inside the crawl and print its error as a traceback, then
exit 1; and the pipeline would meet the archive's lock mid-crawl.
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl

from newsarchive.archive import shared
from newsarchive.archive.layout import output_root
from newsarchive.archive.lock import Locked
from newsarchive.crawl.commands import EXIT_LOCKED, check_or_refuse, refuse
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
        assert self.settings is not None
        root = output_root(self.settings.get("NEWSARCHIVE_OUT"))
        try:
            shared.acquire(root)  # the pipeline shares this archive and its lock
        except Locked as error:
            refuse("crawl news", error, EXIT_LOCKED)
        try:
            super().run(args, opts)
        finally:
            shared.release(root)
