"""Dedup and revisions end to end: crawls of the mirror's alias, reprint and edit scenarios."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from crawling import archived, crawl, mirror_running

from newsarchive.sites import get_profile
from newsarchive.urls import url_key

pytestmark = pytest.mark.e2e

SITES = ("baolaocai", "baonghean")
START = date(2025, 1, 1)


def _crawl_all(tmp: Path, out: Path, **scenario: int) -> tuple[list[dict[str, Any]], Any]:
    tmp.mkdir(parents=True, exist_ok=True)
    with mirror_running(tmp, sites=SITES, start=START, articles=80, seed=11, **scenario) as run:
        result = crawl(out, *[a for url in run.base_urls() for a in ("--base-url", url)],
                       *[a for site in SITES for a in ("--site", site)])
        assert result.returncode == 0, result.stderr[-2000:]
        return run.manifest, archived(out)


def test_aliases_are_recorded_not_written(tmp_path: Path) -> None:
    manifest, lines = _crawl_all(tmp_path, tmp_path / "out", aliases=6)
    ids = [line["id"] for line in lines]
    assert len(ids) == len(set(ids)) == len(manifest)
    db = sqlite3.connect(tmp_path / "out" / "index.sqlite")
    by_url = {line["canonical_url"]: line["id"] for line in lines}
    aliased = [record for record in manifest if record["alias_urls"]]
    assert len(aliased) == 12
    for record in aliased:
        for alias in record["alias_urls"]:
            key = url_key(alias, get_profile(record["site"]))
            found = db.execute("SELECT id FROM aliases WHERE url_key = ?", (key,)).fetchone()
            assert found == (by_url[record["url"]],), alias


def test_syndicated_reprints_are_near_duplicates(tmp_path: Path) -> None:
    manifest, lines = _crawl_all(tmp_path, tmp_path / "out", syndicated=8)
    by_url = {line["url"]: line for line in lines}
    pairs = {(r["syndicated_from"], r["url"]) for r in manifest if r["syndicated_from"]}
    assert len(pairs) == 8
    found = set()
    for line in lines:
        if line["duplicate_of"]:
            other = next(u for u, x in by_url.items() if x["id"] == line["duplicate_of"])
            found.add(tuple(sorted((line["url"], other))))
    truth = {tuple(sorted(pair)) for pair in pairs}
    assert found == truth, (found - truth, truth - found)


def test_edits_become_revision_2(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _crawl_all(tmp_path / "before", out)
    manifest, lines = _crawl_all(tmp_path / "after", out, edited=3)
    edited = {r["url"] for r in manifest if r["edited"]}
    assert len(edited) == 6
    revised = {line["url"] for line in lines if line["revision"] == 2}
    assert revised == edited
    keys = [(line["id"], line["revision"]) for line in lines]
    assert len(keys) == len(set(keys)) == len(manifest) + len(edited)
