"""Orchestration above the Scrapy components: the crawl plan, the runner, the nightly run."""
