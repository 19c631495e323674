"""Item pipelines of the crawl."""
