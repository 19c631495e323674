"""``newsarchive report``: one self-contained HTML file on an archive's coverage.

Charts (Bokeh, its JavaScript inlined: the file opens with no network, and Bokeh's core
bundle, 1.3 MB, keeps it small where plotly's alone is 4.8 MB):
articles per outlet per day (a heatmap whose empty days are gaps), field coverage per
outlet, crawl runs over time (``runs/*.json``) and the top officials per province.
The numbers come from DuckDB over the archive's JSONL, reading only the columns needed,
or over a Parquet export of it (``--from``).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from newsarchive.export.card import crawl_runs
from newsarchive.export.loaders import to_duckdb
from newsarchive.export.source import Selection, find_source

if TYPE_CHECKING:
    import duckdb
    from bokeh.plotting import figure as Figure

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


WIDE = 1100
DAY_MS = 24 * 3600 * 1000


def _height(rows: int) -> int:
    return max(260, 24 * rows + 120)


def _daily_figure(con: duckdb.DuckDBPyConnection) -> Figure:
    """One cell per outlet and day with articles: a day without any stays blank (a gap)."""
    from bokeh.models import FactorRange
    from bokeh.plotting import figure
    from bokeh.transform import linear_cmap

    rows = con.execute(DAILY).fetchall()
    sites = sorted({site for site, _, _ in rows}, reverse=True)
    counts = [n for _, _, n in rows]
    chart = figure(title="Articles per outlet per day (blank: no articles)", width=WIDE,
                   height=_height(len(sites)), y_range=FactorRange(factors=list(sites)),
                   x_axis_type="datetime",
                   tools="hover,pan,xwheel_zoom,reset,save", tooltips="@site @day{%F}: @n",
                   name="chart-daily")
    chart.hover.formatters = {"@day": "datetime"}
    days = [datetime.combine(r[1], time()) for r in rows]  # Bokeh places datetimes, not dates
    data = {"site": [r[0] for r in rows], "day": days, "n": counts}
    chart.rect(x="day", y="site", width=DAY_MS, height=0.9, source=data, line_color=None,
               fill_color=linear_cmap("n", "Blues256", max(counts, default=1), 0))
    return chart


def _coverage_figure(con: duckdb.DuckDBPyConnection) -> Figure:
    from bokeh.models import FactorRange
    from bokeh.plotting import figure
    from bokeh.transform import linear_cmap

    rows = con.execute(COVERAGE).fetchall()
    sites = [f"{row[0]} ({row[5]})" for row in reversed(rows)]
    cells: dict[str, list[object]] = {"site": [], "field": [], "share": [], "label": []}
    for row in rows:
        for name, value in zip(COVERAGE_FIELDS, row[1:5], strict=True):
            cells["site"].append(f"{row[0]} ({row[5]})")
            cells["field"].append(name)
            cells["share"].append(round(float(value), 1))
            cells["label"].append(f"{float(value):.0f}%")
    chart = figure(title="Field coverage per outlet (% of articles, latest view; "
                         "articles in brackets)", width=WIDE // 2 + 200,
                   height=_height(len(sites)), x_range=FactorRange(factors=list(COVERAGE_FIELDS)),
                   y_range=FactorRange(factors=list(sites)),
                   x_axis_location="above", tools="save", name="chart-coverage")
    chart.rect(x="field", y="site", width=1, height=1, source=cells, line_color="white",
               fill_color=linear_cmap("share", "Greens256", 100, 0))
    chart.text(x="field", y="site", text="label", source=cells, text_align="center",
               text_baseline="middle", text_font_size="9pt")
    return chart


def _runs_figure(root: Path) -> Figure:
    from bokeh.plotting import figure

    runs = crawl_runs(root)
    data = {
        "start": [datetime.fromisoformat(str(run.get("started_at"))) for run in runs],
        "written": [(run.get("total") or {}).get("articles_written", 0) for run in runs],
        "run": [str(run.get("run_id")) for run in runs],
        "status": [str(run.get("exit_status")) for run in runs],
        "color": ["#2a7" if run.get("exit_status") == 0 else "#c33" for run in runs],
    }
    chart = figure(title=f"Crawl runs over time ({len(runs)} runs; red: exit status ≠ 0)",
                   width=WIDE, height=300, x_axis_type="datetime",
                   tools="hover,pan,xwheel_zoom,reset,save",
                   tooltips="@run: @written articles, exit @status", name="chart-runs")
    chart.scatter(x="start", y="written", color="color", size=9, source=data)
    chart.yaxis.axis_label = "articles written"
    return chart


def _officials_figure(con: duckdb.DuckDBPyConnection) -> Figure:
    from bokeh.models import FactorRange
    from bokeh.plotting import figure

    rows = con.execute(OFFICIALS).fetchall()
    labels = [f"{name} · {province}" for province, name, _ in rows]
    chart = figure(title=f"Top {TOP_PER_PROVINCE} officials per province (articles naming "
                         "them, latest view)", width=WIDE, height=_height(len(rows)),
                   y_range=FactorRange(factors=list(reversed(labels))), tools="save",
                   name="chart-officials")
    chart.hbar(y=labels, right=[n for _, _, n in rows], height=0.8, color="#36c")
    return chart


def _page(root: Path, charts: list[Figure], selection: Selection) -> str:
    from bokeh.embed import file_html
    from bokeh.layouts import column
    from bokeh.resources import INLINE

    made = datetime.now(UTC).isoformat(timespec="seconds")
    window = f"{selection.since or 'start'} to {selection.until or 'end'}"
    head = (f"<h1>newsarchive coverage report</h1><p>Archive {html.escape(str(root))}, "
            f"days {window}, sites {html.escape(', '.join(selection.sites) or 'all')}; "
            f"made {made}.</p>")
    page: str = file_html(column(*charts), INLINE, title=f"newsarchive: {root.name}")
    before, body, after = page.rpartition("<body>")  # the inlined scripts come first
    return f"{before}{body}\n{head}{after}"  # plain HTML: a Div would add the widget bundle


def build_report(root: Path, target: Path | None = None, selection: Selection | None = None,
                 export: Path | None = None) -> Path:
    """Write the report (default ``<root>/report.html``) and return its path. The
    articles are read from ``export`` (a Parquet export, much faster) when given; the
    crawl runs always from the archive."""
    selection = selection or Selection()
    source = find_source(root)
    import duckdb

    quiet = duckdb.connect()
    quiet.execute("SET enable_progress_bar = false")  # no bar on stderr
    con = to_duckdb(export or source.root, quiet, site=selection.sites,
                    since=selection.since, until=selection.until, columns=COLUMNS)
    charts = [_daily_figure(con), _coverage_figure(con), _runs_figure(source.root),
              _officials_figure(con)]
    path = target or source.root / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_page(source.root, charts, selection), encoding="utf-8")
    return path
