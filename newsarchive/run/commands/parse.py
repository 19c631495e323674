"""``scrapy parse --spider news -c parse_article URL``: that page, nothing else.

Without ``-a site`` the outlet is the one the URL's host belongs to. The spider reads
robots.txt sitemaps only from its own start, which the parse command replaces, so no
crawl of the site follows.
"""

from __future__ import annotations

import argparse
from urllib.parse import urlsplit

from scrapy.commands.parse import Command as ScrapyParse

from newsarchive.run.commands import check_or_refuse, refuse
from newsarchive.sites import profile_for_host
from newsarchive.spiders.news import NewsSpider


class Command(ScrapyParse):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if opts.spider != NewsSpider.name or len(args) != 1:
            return
        if "site" not in opts.spargs:
            site = profile_for_host(urlsplit(args[0]).hostname or "").id
            if site == "generic":
                refuse("parse", ValueError(f"{args[0]}: not an outlet of the registry; "
                                           "give -a site=ID (and -a base_url=URL)"))
            opts.spargs["site"] = site
        check_or_refuse("parse", opts.spargs)
