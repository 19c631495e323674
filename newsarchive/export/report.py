"""``newsarchive report``: one self-contained HTML file on an archive's coverage.

Charts (plotly, its JavaScript inlined once, so the file opens with no network):
articles per outlet per day (a heatmap whose empty days are gaps), field coverage per
outlet, crawl runs over time (``runs/*.json``) and the top officials per province.
The numbers come from DuckDB over the archive's JSONL, reading only the columns needed.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsarchive.dataset import to_duckdb
from newsarchive.export.card import crawl_runs
from newsarchive.export.source import Selection, find_source

if TYPE_CHECKING:
    import duckdb
    import plotly.graph_objects as go

COLUMNS = ["id", "site", "province", "published_at", "published_at_precision", "summary",
           "authors", "participants", "revision", "duplicate_of"]
CHART_IDS = ("chart-daily", "chart-coverage", "chart-runs", "chart-officials")
TOP_PER_PROVINCE = 5
DAILY = """
SELECT site, CAST(published_at AS DATE) AS day, count(*) AS n FROM articles_latest
WHERE published_at IS NOT NULL GROUP BY ALL ORDER BY site, day
"""
COVERAGE = """
SELECT site,
  avg(CASE WHEN published_at_precision IN ('minute', 'second') THEN 100 ELSE 0 END),
  avg(CASE WHEN len(authors) > 0 THEN 100 ELSE 0 END),
  avg(CASE WHEN summary IS NOT NULL THEN 100 ELSE 0 END),
  avg(CASE WHEN len(participants) > 0 THEN 100 ELSE 0 END),
  count(*)
FROM articles_latest GROUP BY site ORDER BY site
"""
OFFICIALS = f"""
WITH people AS (
  SELECT coalesce(province, '(national)') AS province, p.name_key AS name_key,
         mode(p.name) AS name, count(DISTINCT id) AS articles
  FROM (SELECT id, province, unnest(participants) AS p FROM articles_latest)
  GROUP BY ALL)
SELECT province, name, articles FROM people
QUALIFY row_number() OVER (PARTITION BY province ORDER BY articles DESC, name)
        <= {TOP_PER_PROVINCE}
ORDER BY province, articles DESC, name
"""
COVERAGE_FIELDS = ("time to the minute", "authors", "lead", "participants")


def _daily_figure(con: duckdb.DuckDBPyConnection) -> go.Figure:
    """Outlets × every day of the span; a day without articles stays empty (a gap)."""
    import plotly.graph_objects as go

    rows = con.execute(DAILY).fetchall()
    sites = sorted({site for site, _, _ in rows})
    days = [d[0] for d in con.execute(
        "SELECT unnest(generate_series(min(day), max(day), INTERVAL 1 DAY))::DATE "
        f"FROM ({DAILY})").fetchall()] if rows else []
    column = {day: i for i, day in enumerate(days)}
    grid: list[list[float | None]] = [[None] * len(days) for _ in sites]
    for site, day, count in rows:
        grid[sites.index(site)][column[day]] = count
    figure = go.Figure(go.Heatmap(z=grid, x=[d.isoformat() for d in days], y=sites,
                                  colorscale="Blues", hoverongaps=False,
                                  colorbar={"title": "articles"}))
    figure.update_layout(title="Articles per outlet per day (blank: no articles)",
                         height=max(300, 28 * len(sites) + 150))
    return figure


def _coverage_figure(con: duckdb.DuckDBPyConnection) -> go.Figure:
    import plotly.graph_objects as go

    rows = con.execute(COVERAGE).fetchall()
    sites = [f"{row[0]} ({row[5]})" for row in rows]
    shares = [[round(float(value), 1) for value in row[1:5]] for row in rows]
    figure = go.Figure(go.Heatmap(z=shares, x=list(COVERAGE_FIELDS), y=sites, zmin=0,
                                  zmax=100, colorscale="Greens", text=shares,
                                  texttemplate="%{text}%", colorbar={"title": "%"}))
    figure.update_layout(title="Field coverage per outlet (% of articles; latest view)",
                         height=max(300, 28 * len(sites) + 150))
    return figure


def _runs_figure(root: Path) -> go.Figure:
    import plotly.graph_objects as go

    runs = crawl_runs(root)
    figure = go.Figure(go.Bar(
        x=[run.get("started_at") for run in runs],
        y=[(run.get("total") or {}).get("articles_written", 0) for run in runs],
        text=[f"{run.get('run_id')}: exit {run.get('exit_status')}, "
              f"{run.get('duration_s', '?')} s" for run in runs],
        marker_color=["#2a7" if run.get("exit_status") == 0 else "#c33" for run in runs]))
    figure.update_layout(title=f"Crawl runs over time ({len(runs)} runs; red: exit ≠ 0)",
                         xaxis_title="started (UTC)", yaxis_title="articles written")
    return figure


def _officials_figure(con: duckdb.DuckDBPyConnection) -> go.Figure:
    import plotly.graph_objects as go

    rows = con.execute(OFFICIALS).fetchall()
    figure = go.Figure()
    for province in dict.fromkeys(row[0] for row in rows):
        mine = [row for row in rows if row[0] == province]
        figure.add_trace(go.Bar(name=province, orientation="h",
                                x=[row[2] for row in mine],
                                y=[f"{row[1]} · {province}" for row in mine]))
    figure.update_layout(title=f"Top {TOP_PER_PROVINCE} officials per province "
                               "(articles naming them)",
                         height=max(300, 22 * len(rows) + 150), yaxis={"autorange": "reversed"})
    return figure


def _page(root: Path, figures: list[go.Figure], selection: Selection) -> str:
    parts = []
    for number, (figure, chart_id) in enumerate(zip(figures, CHART_IDS, strict=True)):
        parts.append(figure.to_html(full_html=False, include_plotlyjs=number == 0,
                                    div_id=chart_id, config={"displaylogo": False}))
    made = datetime.now(UTC).isoformat(timespec="seconds")
    window = f"{selection.since or 'start'} to {selection.until or 'end'}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>newsarchive coverage: {html.escape(root.name)}</title>
<style>body{{font-family:sans-serif;margin:1em 2em}}</style></head>
<body><h1>newsarchive coverage report</h1>
<p>Archive <code>{html.escape(str(root))}</code>, days {html.escape(window)}, sites
{html.escape(', '.join(selection.sites) or 'all')}; made {made}.</p>
{''.join(f'<section>{part}</section>' for part in parts)}
</body></html>
"""


def build_report(root: Path, target: Path | None = None,
                 selection: Selection | None = None) -> Path:
    """Write the report (default ``<root>/report.html``) and return its path."""
    selection = selection or Selection()
    source = find_source(root)
    con = to_duckdb(source.root, site=selection.sites, since=selection.since,
                    until=selection.until, columns=COLUMNS)
    figures = [_daily_figure(con), _coverage_figure(con), _runs_figure(source.root),
               _officials_figure(con)]
    path = target or source.root / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_page(source.root, figures, selection), encoding="utf-8")
    return path
