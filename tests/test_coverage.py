"""Field coverage per outlet and run, and the warning when it falls below the last run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsarchive.coverage import (
    STAT_PREFIX,
    count_article,
    drops,
    fields_of,
    latest_coverage,
    status_lines,
)
from newsarchive.runreport import WRITTEN_STAT, RunReport, counts_from_stats

FULL = {"published_at_precision": "minute", "authors": ["Minh Thu"], "summary": "Sáng 2/9 …",
        "body": "x" * 501, "participants": [{"name": "Trần Văn Lực"}]}
BARE = {"published_at_precision": "day", "authors": [], "summary": None, "body": "x" * 500,
        "participants": []}


def test_an_article_carries_the_fields_it_has() -> None:
    assert fields_of(FULL) == ["time", "authors", "lead", "long_body", "participants"]
    assert fields_of(BARE) == []


def _stats(full: int, bare: int) -> dict[str, Any]:
    stats: dict[str, Any] = {WRITTEN_STAT: full + bare, "newsarchive/pages_fetched": 50}

    def increment(key: str) -> None:
        stats[key] = stats.get(key, 0) + 1

    for article in [FULL] * full + [BARE] * bare:
        count_article(increment, article)
    return stats


def _run(root: Path, run_id: str, full: int, bare: int) -> RunReport:
    report = RunReport(run_id, datetime(2026, 3, 1, tzinfo=UTC),
                       {"baomau": counts_from_stats(_stats(full, bare))})
    report.write(root)
    return report


def test_the_run_report_gives_each_outlets_shares(tmp_path: Path) -> None:
    report = _run(tmp_path, "20260301T010000Z-1", 15, 5)
    coverage = report.to_dict()["sites"]["baomau"]["coverage"]
    assert coverage == {"articles": 20, "time": 0.75, "authors": 0.75, "lead": 0.75,
                        "long_body": 0.75, "participants": 0.75}
    assert report.to_dict()["total"]["coverage"]["articles"] == 20


def test_a_fall_below_the_previous_successful_run_is_warned(tmp_path: Path) -> None:
    _run(tmp_path, "20260301T010000Z-1", 18, 2)
    report = _run(tmp_path, "20260302T010000Z-1", 4, 16)
    assert set(report.coverage_warnings) == {"baomau"}
    assert report.coverage_warnings["baomau"][0].startswith("time 90% → 20%")
    assert "coverage dropped: baomau" in report.summary_line()
    assert latest_coverage(tmp_path / "runs")["baomau"]["warnings"]
    lines = status_lines(tmp_path / "runs", ["baomau", "other"])
    assert any(line.strip().startswith("baomau") and "20%" in line for line in lines)
    assert any(line.strip().startswith("! authors 90% → 20%") for line in lines)


def test_a_steady_or_small_run_is_not_warned(tmp_path: Path) -> None:
    _run(tmp_path, "20260301T010000Z-1", 18, 2)
    assert not _run(tmp_path, "20260302T010000Z-1", 17, 3).coverage_warnings
    assert not _run(tmp_path, "20260303T010000Z-1", 0, 5).coverage_warnings


def test_only_well_below_counts() -> None:
    before = {"articles": 40, "time": 0.95, "authors": 0.5, "lead": 0.3}
    now = {"articles": 40, "time": 0.80, "authors": 0.2, "lead": 0.05}
    assert [w.split()[0] for w in drops(now, before, "r1")] == ["authors", "lead"]
    assert STAT_PREFIX.endswith("/")
