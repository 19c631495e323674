"""Scrapy components of the crawl: politeness, the offline guard, progress and reports.

The runs that drive crawls live in :mod:`newsarchive.run`."""
