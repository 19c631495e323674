"""Scrapy components of the crawl: politeness, the offline guard, progress and reports."""
