"""Raw pages kept as WARC: written by the crawl, joined to the archive, read back."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from crawling import archived, crawl, mirror_running
from faults import DiskFaults

from newsarchive.archive.store import Archive
from newsarchive.archive.warc import WarcWriter, warc_files
from newsarchive.archive.warcread import iter_responses, read_response
from newsarchive.crawlfacts import Exchange, RecordRef
from newsarchive.items import Article
from newsarchive.reparse import Options, reparse

pytestmark = pytest.mark.e2e

PAGE = "<html><head><title>Tiêu đề</title></head><body><p>Nội dung</p></body></html>".encode()
CLI = [sys.executable, "-m", "newsarchive.cli"]


def exchange(url: str = "https://baolaocai.vn/a-post1.html", body: bytes = PAGE,
             headers: list[tuple[str, str]] | None = None) -> Exchange:
    return Exchange(url=url, site="baolaocai", fetched_at=datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC),
                    method="GET", request_headers=[("User-Agent", "newsarchive-test")],
                    status=200, protocol="HTTP/1.1",
                    response_headers=headers or [("Content-Type", "text/html; charset=utf-8")],
                    body=body, ip_address="127.0.0.1")


def warcio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warcio.cli", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def records(path: Path) -> list[dict[str, Any]]:
    result = warcio("index", "-f", "warc-type,warc-target-uri,warc-refers-to-target-uri",
                    str(path))
    return [json.loads(line) for line in result.stdout.splitlines()]


# --- the writer and reader ------------------------------------------------------------


def test_records_pass_warcio_check_and_read_back(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path, "run1")
    ref = writer.write(exchange())
    writer.close()
    (path,) = warc_files(tmp_path)
    assert path.relative_to(tmp_path).as_posix() == \
        "warc/baolaocai/2026/2026-03/baolaocai-run1-00001.warc.gz"
    assert warcio("check", str(path)).returncode == 0
    assert [r["warc-type"] for r in records(path)] == ["warcinfo", "response", "request"]
    stored = read_response(tmp_path, ref)
    assert (stored.url, stored.status, stored.body) == (exchange().url, 200, PAGE)
    assert (stored.offset, stored.length) == (ref.offset, ref.length)


def test_a_compressed_body_is_kept_as_sent_and_read_back_decoded(tmp_path: Path) -> None:
    sent = gzip.compress(PAGE)
    writer = WarcWriter(tmp_path, "run1")
    ref = writer.write(exchange(body=sent, headers=[("Content-Type", "text/html"),
                                                    ("Content-Encoding", "gzip"),
                                                    ("Transfer-Encoding", "chunked")]))
    writer.close()
    assert read_response(tmp_path, ref).body == PAGE
    assert warcio("check", str(warc_files(tmp_path)[0])).returncode == 0


def test_an_unchanged_refetch_is_a_revisit_pointing_at_the_payload(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    try:
        first = archive.record(exchange())
        again = archive.record(exchange())
        changed = archive.record(exchange(body=PAGE + b"<!-- x -->"))
    finally:
        archive.close()
    assert again == first and changed != first
    kinds = [r["warc-type"] for path in warc_files(tmp_path) for r in records(path)]
    assert Counter(kinds) == {"warcinfo": 1, "response": 2, "revisit": 1, "request": 3}
    assert warcio("check", str(warc_files(tmp_path)[0])).returncode == 0


def test_files_roll_at_the_size_limit(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path, "run1", max_bytes=1)
    refs = [writer.write(exchange(f"https://baolaocai.vn/a-post{i}.html")) for i in range(3)]
    writer.close()
    assert len({ref.file for ref in refs}) == 3
    assert all(warcio("check", str(p)).returncode == 0 for p in warc_files(tmp_path))


def test_a_torn_record_past_the_committed_size_is_cut_on_open(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    kept = archive.record(exchange())
    archive.close()
    (path,) = warc_files(tmp_path)
    committed = path.stat().st_size
    whole = path.read_bytes()[kept.offset:kept.offset + kept.length]
    with path.open("ab") as handle:  # a complete record written after the last commit,
        handle.write(whole)          # then one torn by a crash
        handle.write(whole[: len(whole) // 2])
    Archive(tmp_path).close()
    assert path.stat().st_size == committed + len(whole)
    assert warcio("check", str(path)).returncode == 0
    assert read_response(tmp_path, kept).body == PAGE


# --- a crawl of the mirror ------------------------------------------------------------


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("warc")
    with mirror_running(tmp, sites=("baolaocai",), start=date(2025, 1, 1), articles=40,
                        seed=5, faults="500:0.05,404:0.05") as run:
        result = crawl(tmp / "out", "--site", "baolaocai", "--base-url", run.base_urls()[0])
    assert result.returncode == 0, result.stderr[-2000:]
    return tmp / "out"


def test_every_article_line_names_its_response_record(crawled: Path) -> None:
    lines = archived(crawled)
    assert len(lines) >= 30
    for line in lines:
        stored = read_response(crawled, RecordRef.of(line["warc"]))
        assert stored.status == 200 and stored.url.endswith(line["url"].split("/")[-1])
        assert line["warc"]["digest"].startswith("sha1:")


def test_listings_robots_sitemaps_and_errors_are_kept_too(crawled: Path) -> None:
    uris = [r.get("warc-target-uri", "") for path in warc_files(crawled) for r in records(path)
            if r["warc-type"] == "response"]
    assert any(uri.endswith("/robots.txt") for uri in uris)
    assert any("sitemap" in uri for uri in uris)
    statuses = Counter(r.status for path in warc_files(crawled) for r in iter_responses(path))
    assert statuses[200] > 40 and (statuses[500] or statuses[404])


def test_independent_readers_accept_the_files(crawled: Path, tmp_path: Path) -> None:
    files = [str(p) for p in warc_files(crawled)]
    assert warcio("check", *files).returncode == 0
    cdxj = subprocess.run([sys.executable, "-m", "cdxj_indexer.main", *files],
                          capture_output=True, text=True, timeout=120, check=False)
    assert cdxj.returncode == 0, cdxj.stderr[-2000:]
    assert len(cdxj.stdout.splitlines()) >= len(archived(crawled))


def test_reparse_with_the_same_extractor_writes_nothing(crawled: Path) -> None:
    before = archived(crawled)
    summary = reparse(crawled, Options(workers=2))
    assert (summary.read, summary.changed, summary.failed) == (len(before), 0, 0)
    assert archived(crawled) == before


def test_parse_reads_every_html_response_of_a_warc_file(crawled: Path) -> None:
    result = subprocess.run([*CLI, "parse", *map(str, warc_files(crawled))],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    headlines = {json.loads(line)["headline"] for line in result.stdout.splitlines()}
    assert headlines >= {line["headline"] for line in archived(crawled)}


# --- reparse --------------------------------------------------------------------------


def _spoil_headlines(out: Path, count: int) -> list[str]:
    """Archive a wrong headline as the latest revision of ``count`` articles."""
    archive = Archive(out)
    try:
        spoiled = []
        for line in archived(out)[:count]:
            archive.revise(replace(Article.from_dict(line), headline="sai"))
            spoiled.append(line["id"])
    finally:
        archive.close()
    return spoiled


def _latest(out: Path) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for line in archived(out):
        if line["revision"] > latest.get(line["id"], {"revision": 0})["revision"]:
            latest[line["id"]] = line
    return latest


@pytest.fixture
def spoiled(crawled: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    out = tmp_path / "out"
    subprocess.run(["cp", "-r", str(crawled), str(out)], check=True)
    return out, _spoil_headlines(out, 3)


def test_a_changed_extraction_becomes_a_new_revision(spoiled: tuple[Path, list[str]]) -> None:
    out, ids = spoiled
    result = subprocess.run([*CLI, "reparse", "--out", str(out)], capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "3 changed (headline 3)" in result.stderr
    latest = _latest(out)
    crawled = {line["id"]: line for line in archived(out) if line["revision"] == 1}
    for article_id in ids:
        assert latest[article_id]["revision"] == 3
        assert latest[article_id]["headline"] != "sai"
        assert latest[article_id]["extractor_version"]
        for fact in ("fetched_at", "http_status", "warc"):  # the crawl's, kept
            assert latest[article_id][fact] == crawled[article_id][fact]


def test_dry_run_and_selection_write_nothing(spoiled: tuple[Path, list[str]]) -> None:
    out, ids = spoiled
    before = archived(out)
    summary = reparse(out, Options(dry_run=True))
    assert (summary.changed, summary.fields["headline"]) == (3, 3)
    assert archived(out) == before
    from newsarchive.reparse import Selection

    only = reparse(out, Options(Selection(ids=frozenset(ids[:1]))))
    assert (only.read, only.changed) == (1, 1)


def test_dask_local_cluster_gives_the_same_result(spoiled: tuple[Path, list[str]]) -> None:
    out, _ = spoiled
    summary = reparse(out, Options(dry_run=True, workers=2, scheduler="local"))
    assert (summary.changed, summary.failed) == (3, 0)
    assert summary.read == len(_latest(out))


# --- killed and refetched -------------------------------------------------------------


def _crawl_process(out: Path, base: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*CLI, "crawl", "--out", str(out), "--site", "baolaocai",
                             "--base-url", base], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NEWSARCHIVE_BATCH_LINES": "7"})


def _wait_for_warc_bytes(out: Path, size: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if sum(p.stat().st_size for p in warc_files(out)) >= size:
            return
        time.sleep(0.01)
    raise AssertionError("the crawl wrote no WARC in time")


def test_a_killed_crawl_leaves_every_referenced_record_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=("baolaocai",), start=date(2025, 1, 1),
                        articles=150) as run:
        base = run.mirror.urls["baolaocai"]
        process = _crawl_process(out, base)
        _wait_for_warc_bytes(out, 400_000, process)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        Archive(out).close()  # recovery cuts any torn tail
        assert all(warcio("check", str(path)).returncode == 0 for path in warc_files(out))
        for line in archived(out):
            assert read_response(out, RecordRef.of(line["warc"])).status == 200
        rerun = crawl(out, "--site", "baolaocai", "--base-url", base)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        expected = {row["url"] for row in run.manifest}
    lines = archived(out)
    assert Counter(line["url"] for line in lines) == dict.fromkeys(expected, 1)
    assert all(read_response(out, RecordRef.of(line["warc"])).status == 200 for line in lines)


def test_a_second_nightly_keeps_unchanged_pages_as_revisits(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with mirror_running(tmp_path, sites=("baolaocai",), start=date(2025, 1, 1),
                        articles=30) as run:
        for _ in range(2):
            done = subprocess.run([*CLI, "nightly", "--site", "baolaocai", "--out", str(out),
                                   "--base-url", run.mirror.urls["baolaocai"]],
                                  capture_output=True, text=True, timeout=300, check=False)
            assert done.returncode == 0, done.stderr[-2000:]
    second = [r for path in warc_files(out)[1:] for r in records(path)]
    assert len(warc_files(out)) == 2
    revisits = [r for r in second if r["warc-type"] == "revisit"]
    assert revisits and all(r["warc-refers-to-target-uri"] == r["warc-target-uri"]
                            for r in revisits)
    assert not [r for r in second if r["warc-type"] == "response"
                and r["warc-target-uri"].endswith("/robots.txt")]


def test_a_record_that_fills_the_disk_is_undone(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    writer = WarcWriter(tmp_path, "run1")
    kept = writer.write(exchange())
    size = (tmp_path / kept.file).stat().st_size
    disk = DiskFaults(tmp_path, short=1000, room=3000).install(monkeypatch)
    with pytest.raises(OSError):
        writer.write(exchange(body=os.urandom(50_000)))
    assert disk.short_writes and disk.refused
    assert (tmp_path / kept.file).stat().st_size == size
    disk.free()
    later = writer.write(exchange("https://baolaocai.vn/b-post2.html"))
    writer.close()
    assert warcio("check", str(warc_files(tmp_path)[0])).returncode == 0
    assert read_response(tmp_path, later).url.endswith("b-post2.html")


def test_the_index_finds_the_record_of_any_revision(crawled: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run(["cp", "-r", str(crawled), str(out)], check=True)
    line = archived(out)[0]
    archive = Archive(out)
    try:
        archive.revise(replace(Article.from_dict(line), headline="sai"))
        assert archive.record_of(line["id"], 1) == RecordRef.of(line["warc"])
        assert archive.record_of(line["id"], 2) == RecordRef.of(line["warc"])
        assert archive.record_of(line["id"], 3) is None
    finally:
        archive.close()


def test_check_counts_the_warc_files_and_their_committed_sizes(crawled: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run(["cp", "-r", str(crawled), str(out)], check=True)
    clean = subprocess.run([*CLI, "check", "--out", str(out)], capture_output=True, text=True,
                           timeout=120, check=False)
    assert clean.returncode == 0 and f"{len(warc_files(out))} WARC files; clean" in clean.stdout
    with warc_files(out)[0].open("ab") as handle:
        handle.write(b"\x1f\x8b torn")
    torn = subprocess.run([*CLI, "check", "--out", str(out)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert torn.returncode == 1 and "not their committed size" in torn.stdout
