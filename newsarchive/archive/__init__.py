"""The on-disk archive: JSONL files by site and month plus an SQLite index (no Scrapy)."""
