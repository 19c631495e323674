"""Field coverage per outlet and run, and the warning when it falls below the last run.

A template change rarely breaks extraction outright: the time, the byline or the lead
just stop being found. The share of a run's articles that carry each field shows it the
next morning. The archive pipeline counts each written article into the crawl's stats;
the run report reads the counts back, and compares them with the outlet's previous
successful run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

FIELDS = ("time", "authors", "lead", "long_body", "participants")
"""Time to the minute, at least one author, a lead, a body over 500 characters, and at
least one participant."""
LONG_BODY_CHARS = 500
STAT_PREFIX = "newsarchive/coverage/"
"""Followed by the field name; the number of articles that carry it."""
MIN_ARTICLES = 10
"""Shares over fewer articles than this are not compared (too noisy)."""
MIN_DROP = 0.2
"""A share falling by at least this much (absolute) …"""
MAX_KEPT_RATIO = 0.75
"""… and to less than this fraction of its previous value is a warning."""


def fields_of(article: dict[str, Any]) -> list[str]:
    """The coverage fields one archived article carries."""
    present = {
        "time": article.get("published_at_precision") in ("minute", "second"),
        "authors": bool(article.get("authors")),
        "lead": bool(article.get("summary")),
        "long_body": len(article.get("body") or "") > LONG_BODY_CHARS,
        "participants": bool(article.get("participants")),
    }
    return [name for name in FIELDS if present[name]]


def count_article(increment: Callable[[str], Any], article: dict[str, Any]) -> None:
    """Count one written article into the crawl stats (``stats.inc_value``)."""
    for name in fields_of(article):
        increment(STAT_PREFIX + name)


@dataclass
class Coverage:
    articles: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_stats(cls, stats: dict[str, Any], articles: int) -> Coverage:
        return cls(articles, {name: int(stats.get(STAT_PREFIX + name, 0)) for name in FIELDS})

    def add(self, other: Coverage) -> None:
        self.articles += other.articles
        for name in FIELDS:
            self.counts[name] = self.counts.get(name, 0) + other.counts.get(name, 0)

    def shares(self) -> dict[str, float]:
        if not self.articles:
            return {}
        return {name: round(self.counts.get(name, 0) / self.articles, 3) for name in FIELDS}

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, **self.shares()}


def drops(current: dict[str, Any], previous: dict[str, Any], previous_run: str) -> list[str]:
    """``authors 92% → 10% (run …)`` for each field that fell well below ``previous``."""
    if min(current.get("articles", 0), previous.get("articles", 0)) < MIN_ARTICLES:
        return []
    warnings = []
    for name in FIELDS:
        now, before = current.get(name), previous.get(name)
        if not isinstance(now, float | int) or not isinstance(before, float | int):
            continue
        if before - now >= MIN_DROP and now < MAX_KEPT_RATIO * before:
            warnings.append(f"{name} {before:.0%} → {now:.0%} (run {previous_run})")
    return warnings


def _reports(runs: Path) -> Iterator[dict[str, Any]]:
    """Run reports in ``runs``, newest first; unreadable ones are passed over."""
    for path in sorted(runs.glob("*.json"), reverse=True):
        try:
            data = orjson.loads(path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            continue
        if isinstance(data, dict) and isinstance(data.get("sites"), dict):
            yield data


def previous_coverage(runs: Path, site: str, before_run: str) -> tuple[str, dict[str, Any]] | None:
    """The run id and coverage of ``site``'s last successful run before ``before_run``."""
    for report in _reports(runs):
        run_id = str(report.get("run_id", ""))
        entry = report["sites"].get(site)
        if run_id >= before_run or not isinstance(entry, dict) or entry.get("status") != "ok":
            continue
        coverage = entry.get("coverage")
        if isinstance(coverage, dict) and coverage.get("articles", 0) >= MIN_ARTICLES:
            return run_id, coverage
    return None


def add_warnings(report: dict[str, Any], runs: Path) -> dict[str, list[str]]:
    """Put ``coverage_warnings`` in each site of a report about to be written to ``runs``;
    returns the sites that have any."""
    warned: dict[str, list[str]] = {}
    for site, entry in report["sites"].items():
        found = previous_coverage(runs, site, report["run_id"])
        warnings = drops(entry.get("coverage", {}), found[1], found[0]) if found else []
        entry["coverage_warnings"] = warnings
        if warnings:
            warned[site] = warnings
    return warned


def latest_coverage(runs: Path) -> dict[str, dict[str, Any]]:
    """Each site's coverage (and its warnings) in the newest run report that has it."""
    latest: dict[str, dict[str, Any]] = {}
    if not runs.is_dir():
        return latest
    for report in _reports(runs):
        for site, entry in report["sites"].items():
            if site not in latest and isinstance(entry, dict) and "coverage" in entry:
                latest[site] = {**entry["coverage"],
                                "warnings": list(entry.get("coverage_warnings", []))}
    return latest


def _columns(coverage: dict[str, Any] | None) -> str:
    if not coverage or not coverage.get("articles"):
        return f"{'-':>6}" * len(FIELDS)
    return "".join(f"{coverage.get(name, 0):>6.0%}" for name in FIELDS)


def status_lines(runs: Path, sites: list[str]) -> list[str]:
    """The field-coverage table of ``newsarchive status``: each site's last run, with the
    fields that fell well below the run before it."""
    coverage = latest_coverage(runs)
    lines = ["", "FIELD COVERAGE, LAST RUN (share of its articles; ! = well below the run before)",
             f"  {'SITE':<16}{'TIME':>6}{'AUTH':>6}{'LEAD':>6}{'BODY':>6}{'PART':>6}"]
    for site in sites:
        found = coverage.get(site, {})
        lines.append(f"  {site:<16}{_columns(found)}")
        lines.extend(f"  {'':<16}! {warning}" for warning in found.get("warnings", []))
    return lines
