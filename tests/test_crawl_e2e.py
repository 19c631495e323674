"""End to end: the crawl against a mirror served over HTTP on loopback."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from crawling import archived, crawl, mirror_running, run_report

from newsarchive.pipelines.archive import ADD_BATCH
from newsarchive.text import fold

pytestmark = pytest.mark.e2e

FAULTS = ("500:0.04,503-retry-after:0.02,slow:0.01,404:0.02,redirect-offsite:0.02,"
          "nonhtml:0.02,oversize:0.01")
UNREACHABLE = {"404", "redirect-offsite", "nonhtml", "oversize"}


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("e2e")
    with mirror_running(tmp, sites=("baolaocai", "baonghean"), start=date(2025, 1, 1),
                        articles=120, seed=3, faults=FAULTS, slow_seconds=0.5) as run:
        result = crawl(tmp / "out", "--site", "baolaocai", "--site", "baonghean",
                       *(a for url in run.base_urls() for a in ("--base-url", url)))
        return {"result": result, "manifest": run.manifest, "requests": run.requests(),
                "articles": archived(tmp / "out"), "report": run_report(tmp / "out")}


def test_crawl_succeeds_with_faults(faulty_crawl: dict[str, Any]) -> None:
    result = faulty_crawl["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "articles written" in result.stderr.splitlines()[-1]


def test_each_reachable_article_is_written_once(faulty_crawl: dict[str, Any]) -> None:
    expected = {r["url"] for r in faulty_crawl["manifest"] if r["fault"] not in UNREACHABLE}
    written = Counter(a["url"] for a in faulty_crawl["articles"])
    assert len(expected) >= 200
    assert set(written) == expected
    assert max(written.values()) == 1


def _participant_names(people: list[dict[str, Any]]) -> set[str]:
    return {fold(p["name"]) for p in people}


def test_fields_equal_the_manifest(faulty_crawl: dict[str, Any]) -> None:
    truth = {r["url"]: r for r in faulty_crawl["manifest"]}
    wrong = []
    for article in faulty_crawl["articles"]:
        record = truth[article["url"]]
        for key in ("headline", "published_at", "authors", "source"):
            if article[key] != record[key]:
                wrong.append(f"{article['url']} {key}: {article[key]!r} != {record[key]!r}")
        if _participant_names(article["participants"]) != \
                _participant_names(record["participants"]):
            wrong.append(f"{article['url']} participants")
    assert not wrong, "\n".join(wrong[:10])


def test_disallowed_path_is_never_fetched(faulty_crawl: dict[str, Any]) -> None:
    paths = [path for _, path, _ in faulty_crawl["requests"]]
    assert paths.count("/robots.txt") == 2
    assert not [p for p in paths if p.startswith("/tim-kiem")]


def test_faults_are_counted(faulty_crawl: dict[str, Any]) -> None:
    total = faulty_crawl["report"]["total"]
    faults = Counter(r["fault"] for r in faulty_crawl["manifest"] if r["fault"])
    assert total["errors"]["http_4xx"] == faults["404"]
    assert total["skips"]["nonhtml"] == faults["nonhtml"]
    assert total["skips"]["too_large"] == faults["oversize"]
    assert total["skips"]["offsite"] == faults["redirect-offsite"]
    assert total["articles_written"] == len(faulty_crawl["articles"])
    assert faulty_crawl["report"]["exit_status"] == 0


def test_offline_guard_refuses_other_hosts(tmp_path: Path) -> None:
    """With NEWSARCHIVE_OFFLINE=1 a crawl of the real outlet sends nothing anywhere."""
    result = crawl(tmp_path / "out", "--site", "baolaocai", env={"NEWSARCHIVE_OFFLINE": "1"})
    report = run_report(tmp_path / "out")
    assert report["total"]["offline_refused"] >= 1, result.stderr[-2000:]
    assert report["total"]["pages_fetched"] == 0
    assert result.returncode == 1


def test_one_week_window_reads_few_listing_pages(tmp_path: Path) -> None:
    start = date(2025, 1, 1)
    with mirror_running(tmp_path, sites=("baolaocai",), start=start, articles=3650,
                        per_day=10) as run:
        since = start + timedelta(days=350)
        result = crawl(tmp_path / "out", "--site", "baolaocai", "--since", since.isoformat(),
                       "--until", (since + timedelta(days=6)).isoformat(),
                       "--base-url", run.mirror.urls["baolaocai"])
        requests = run.requests()
    assert result.returncode == 0, result.stderr[-2000:]
    written = archived(tmp_path / "out")
    assert 60 <= len(written) <= 80
    listing_pages = [p for _, p, _ in requests if "page=" in p]
    assert len(listing_pages) <= 12, listing_pages
    article_pages = [p for _, p, _ in requests if "-post" in p]
    # The window's ~70, plus the newest (linked from listings) and those whose sitemap
    # lastmod is after --until (a lastmod does not prove when an article was published):
    # at most the last 16 days' 160 articles and the listings' links, never the year's 3,650.
    assert len(article_pages) <= 300


def test_crawl_delay_is_a_floor(tmp_path: Path) -> None:
    with mirror_running(tmp_path, sites=("baolaocai",), start=date(2025, 1, 1), articles=12,
                        crawl_delay=0.5) as run:
        result = crawl(tmp_path / "out", "--site", "baolaocai",
                       "--base-url", run.mirror.urls["baolaocai"])
        times = [t for t, _, _ in run.requests()]
    assert result.returncode == 0, result.stderr[-2000:]
    gaps = [(b - a).total_seconds() for a, b in pairwise(times)]
    assert len(times) > 10 and min(gaps) >= 0.5, min(gaps)


def test_max_articles_stops_the_crawl_without_waiting_for_a_full_batch(
        tmp_path: Path) -> None:
    """Items wait in batches before they are added; once the limit may be reached the
    batch runs at once, so only the pages already in flight are fetched in vain."""
    with mirror_running(tmp_path, sites=("baolaocai",), start=date(2025, 1, 1),
                        articles=200, seed=3) as run:
        result = crawl(tmp_path / "out", "--site", "baolaocai", "--max-articles", "37",
                       "--base-url", run.mirror.urls["baolaocai"])
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(archived(tmp_path / "out")) == 37
    assert run_report(tmp_path / "out")["total"]["skips"].get("over_limit", 0) < ADD_BATCH


def test_crawl_from_another_folder_uses_the_project_settings(tmp_path: Path) -> None:
    with mirror_running(tmp_path, sites=("baolaocai",), start=date(2025, 1, 1),
                        articles=15) as run:
        result = crawl(tmp_path / "out", "--site", "baolaocai", "--max-articles", "10",
                       "--base-url", run.mirror.urls["baolaocai"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(archived(tmp_path / "out")) == 10
    assert run_report(tmp_path / "out")["sites"]["baolaocai"]["finish_reason"] == "max_articles"

