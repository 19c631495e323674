"""``duplicate_of`` names the earliest-published copy whatever the crawl order."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sample_archive
from crawling import archived, crawl, mirror_running

from newsarchive.archive.store import Archive
from newsarchive.dataset import latest, to_pandas

pytestmark = pytest.mark.e2e

SITES = ("baolaocai", "baonghean")


def _latest_lines(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    newest: dict[str, dict[str, Any]] = {}
    for line in sorted(lines, key=lambda x: x["revision"]):
        newest[line["id"]] = line
    return newest


def test_a_late_original_takes_over_its_group(tmp_path: Path) -> None:
    body = sample_archive.body(7)
    reprint = sample_archive.article("baocantho", 8, "2026-10-05T08:00:00+07:00", body=body)
    second = sample_archive.article("baonghean", 9, "2026-10-06T08:00:00+07:00", body=body)
    original = sample_archive.article("baolaocai", 7, "2026-10-03T08:00:00+07:00", body=body)
    later = sample_archive.article("baonghean", 10, "2026-10-09T08:00:00+07:00", body=body)
    archive = Archive(tmp_path)
    assert archive.add(reprint).decision.duplicate_of is None
    assert archive.add(second).decision.duplicate_of == reprint.id
    assert {row.id for row in archive.add(original).decision.relink} == \
        {reprint.id, second.id}
    assert archive.add(later).decision.duplicate_of == original.id
    archive.close()
    newest = _latest_lines(archived(tmp_path))
    assert newest[original.id]["duplicate_of"] is None
    for copy in (reprint, second, later):
        assert newest[copy.id]["duplicate_of"] == original.id
    assert newest[reprint.id]["revision"] == 2
    assert list(latest(to_pandas(tmp_path))["id"]) == [original.id]


def test_an_undated_copy_never_takes_over(tmp_path: Path) -> None:
    body = sample_archive.body(7)
    archive = Archive(tmp_path)
    archive.add(sample_archive.article("baolaocai", 7, "2026-10-03T08:00:00+07:00", body=body))
    undated = archive.add(sample_archive.article("baocantho", 8, None, body=body))
    archive.close()
    assert undated.decision.relink == () and undated.decision.duplicate_of is not None


def test_mirror_reprints_crawled_before_their_originals(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=SITES, start=date(2025, 1, 1), articles=80, seed=11,
                        syndicated=5) as run:
        urls = dict(url.split("=", 1) for url in run.base_urls())
        for site in reversed(SITES):  # the reprinting outlet first
            result = crawl(out, "--site", site, "--base-url", f"{site}={urls[site]}")
            assert result.returncode == 0, result.stderr[-2000:]
        pairs = {r["url"]: r["syndicated_from"] for r in run.manifest if r["syndicated_from"]}
    newest = _latest_lines(archived(out))
    by_url = {line["url"]: line for line in newest.values()}
    assert len(pairs) == 5
    for reprint_url, original_url in pairs.items():
        assert by_url[original_url]["duplicate_of"] is None
        assert by_url[reprint_url]["duplicate_of"] == by_url[original_url]["id"]
