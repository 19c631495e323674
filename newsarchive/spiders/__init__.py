"""Scrapy spiders driven by site profiles."""
