"""The dataset card (``README.md``) beside an export: what each table holds, counts, the
date span, the crawl runs behind it and the schema version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from newsarchive.export.formats import LIST_SEPARATOR
from newsarchive.export.manifest import Written
from newsarchive.export.officials import __doc__ as PEOPLE_RULE
from newsarchive.export.partitions import NULL_PARTITION


def crawl_runs(root: Path) -> list[dict[str, Any]]:
    """The run reports of an archive (``runs/*.json``), oldest first; unreadable ones
    are skipped."""
    runs = []
    for path in sorted((root / "runs").glob("*.json")):
        try:
            runs.append(orjson.loads(path.read_bytes()))
        except (OSError, orjson.JSONDecodeError):
            continue
    return sorted(runs, key=lambda run: str(run.get("started_at") or ""))


def _span(partitions: dict[str, Written]) -> str:
    firsts = [p.first_day for p in partitions.values() if p.first_day]
    lasts = [p.last_day for p in partitions.values() if p.last_day]
    return f"{min(firsts)} to {max(lasts)}" if firsts else "no dated articles"


def _runs_text(root: Path) -> str:
    runs = crawl_runs(root)
    if not runs:
        return "No run reports were found in the archive."
    lines = ["| run | started (UTC) | finished (UTC) | articles written | status |",
             "|---|---|---|---|---|"]
    for run in runs:
        written = (run.get("total") or {}).get("articles_written", "")
        lines.append(f"| {run.get('run_id', '')} | {run.get('started_at', '')} | "
                     f"{run.get('finished_at', '')} | {written} | {run.get('exit_status', '')} |")
    return "\n".join(lines)


def card_text(root: Path, options: dict[str, Any], partitions: dict[str, Written]) -> str:
    fmt = options["format"]
    articles = sum(p.articles for p in partitions.values())
    participants = sum(p.participants for p in partitions.values())
    sites = sorted({key.split("/")[0].removeprefix("site=") for key in partitions})
    view = "the latest view (latest revision, near duplicates out)" if options["latest"] \
        else "every archived line, one per (id, revision)"
    return f"""# newsarchive export (Article schema v{options['schema_version']})

Made by `newsarchive export` from the archive `{root.name}`; format `{fmt}`; {view}.
Published {_span(partitions)} (Vietnam days); window asked: since
`{options['since'] or '-'}`, until `{options['until'] or '-'}`. Sites ({len(sites)}):
{', '.join(sites) or '-'}.

| table | rows | one row per |
|---|---|---|
| `articles/` | {articles} | archived article line (the Article schema, plus `published_date`) |
| `participants/` | {participants} | article × official named in it (latest view) |
| `people/` | see the file | official, grouped by `name_key` (rule below) |

## Layout

`<table>/site=<site>/year=<YYYY>/month=<MM>/part-0.{fmt}` (hive partitions; undated
articles have `year={NULL_PARTITION}`, read as null). The `site` column lives in the path.
`manifest.json` records what each partition was made from; a second export rewrites only
the partitions whose archive file changed.

- Times are `timestamp[us, tz=Asia/Ho_Chi_Minh]` in Parquet and ISO 8601 with `+07:00`
  in CSV and JSONL; `published_date` is the Vietnam-time day of `published_at`.
- Parquet: zstd, statistics per row group and page, rows sorted by `published_at`, lists
  as lists, `participants` and `images` as `list<struct>`.
- CSV: UTF-8 with a header; a list of text is joined by `"{LIST_SEPARATOR}"`; lists of
  objects (`images`, `participants`, `people.titles`) are JSON text.

`participants` columns: article_id, site, province, published_at, published_date, name,
name_key, honorific, titles, roles, mentions. `people` columns: person_id, name_key, name
(the most frequent spelling), first_seen, last_seen, articles, provinces, titles (each
`{{title, first_seen, last_seen, articles}}`: the span of days it was printed).

## One name, two people
{(PEOPLE_RULE or '').split('**One name, two people.**', 1)[-1].strip()}

## Crawl runs

{_runs_text(root)}
"""


def write_card(dest: Path, root: Path, options: dict[str, Any],
               partitions: dict[str, Written]) -> None:
    (dest / "README.md").write_text(card_text(root, options, partitions), encoding="utf-8")
