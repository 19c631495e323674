"""``<root>/README.md``: the layout and schema of an archive, for whoever receives it."""

from __future__ import annotations

from pathlib import Path

from newsarchive.items import SCHEMA_VERSION

TEXT = f"""# newsarchive archive (schema v{SCHEMA_VERSION})

- `archive/<site>/<YYYY>/<YYYY-MM>.jsonl` — one Article per line (UTF-8 JSON), filed by
  the month of `published_at` in Vietnam time; `archive/<site>/undated.jsonl` for articles
  without a publication time. Every line carries every key of the schema (null or empty
  when unknown); the JSON Schema is `newsarchive/schema/article.v{SCHEMA_VERSION}.json` in
  the newsarchive package.
- Each (`id`, `revision`) appears exactly once. A later `revision` of an `id` is an edit
  of the same article. `duplicate_of` names the id of an earlier article with the same or
  nearly the same text on another outlet (both are kept).
- `index.sqlite` — the embedded index: one row per (id, revision) with canonical URL,
  content hash, near-duplicate signature, file and byte offset, first/last seen,
  `lastmod`, `updated_at`; `aliases` maps every URL seen for an article to its id.
- `warc/<site>/<YYYY>/<YYYY-MM>/*.warc.gz` — the raw HTTP exchanges of each run (WARC
  1.1, one gzip member per record, by fetch month); an Article's `warc` key gives the
  file, offset and length of the response record it was extracted from. Readable with
  warcio, cdxj-indexer and pywb.
- `runs/<run_id>.json` — one report per crawl run.
- `*.jsonl.quarantine` — lines recovery could not trust (garbage, torn, second copies),
  moved aside from the month file beside it; never read as articles.
- `.lock` — the PID of the process writing here (which holds a `flock` on this folder).

Load it with `newsarchive.dataset` (pandas or DuckDB, explicit column types).
"""


def write_readme(root: Path) -> None:
    path = root / "README.md"
    if not path.exists() or path.read_text(encoding="utf-8") != TEXT:
        path.write_text(TEXT, encoding="utf-8")
