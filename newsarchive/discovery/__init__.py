"""Finding article URLs: sitemaps, feeds, listing pages and the date window (no Scrapy)."""
