"""Crawls of a hostile server on loopback: every case ends, bounded, counted, and loses
nothing it should keep.

Bounds: each crawl ends within its subprocess timeout (120 s for the hostile pages —
a stalled body costs the 10 s loopback download timeout on each of its 4 tries — and
180 s for the huge sitemap), stays under 300 MB peak RSS, writes nothing outside its
output folder and prints no traceback.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from crawling import archived
from hostile import (
    Handler,
    MeasuredRun,
    article,
    big_gzip_urlset,
    compression_bomb,
    endless,
    gzip_file_bomb,
    hostile_server,
    measured_crawl,
    page,
    redirect,
    sitemap_index,
    slow,
    stalled,
    urlset,
    written_files,
)

pytestmark = pytest.mark.e2e

MAX_RSS_MB = 300
GOOD = {1, 2, 3, 4, 5}
"""Plain articles listed beside the hostile ones."""
SLOW, DEEP_JSONLD, AFTER_BAD_SCHEMES, BESIDE_LAUGHS, BESIDE_XXE, LYING_SITEMAP, FEED = (
    6, 7, (8, 9), 10, 11, 12, 13)
BAD_SCHEMES = ["javascript:alert(1)", "mailto:toasoan@baolaocai.vn", "file:///etc/passwd",
               "data:text/html,hi", "ftp://127.0.0.1/a-post1.html"]
BILLION_LAUGHS = "".join(
    f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
COMPRESSED = ("gzip", "deflate", "br")


def _article_path(name: str, n: int) -> str:
    return f"/{name}-post{n}.html"


def _hostile_articles() -> dict[str, Handler]:
    routes: dict[str, Handler] = {
        _article_path(f"bomb-{kind}", 100 + i): compression_bomb(kind)
        for i, kind in enumerate(COMPRESSED)}
    routes.update({
        _article_path("endless", 103): endless,
        _article_path("stalled", 104): stalled,
        _article_path("loop", 105): redirect(_article_path("loop-back", 106)),
        _article_path("loop-back", 106): redirect(_article_path("loop", 105)),
        _article_path("chain", 114): redirect_chain,
        _article_path("offhost", 107): redirect("http://127.0.0.2:9/tin-post1.html"),
        _article_path("to-file", 108): redirect("file:///etc/passwd"),
        _article_path("png", 109): page(article(109), "image/png"),
        _article_path("binary", 110): page(bytes(range(256)) * 64),
        _article_path("retry-huge", 111): page(b"busy", status=503, Retry_After="9" * 40),
        _article_path("retry-9999", 112): page(b"busy", status=503,
                                              Retry_After="Fri, 31 Dec 9999 23:59:59 GMT"),
        _article_path("retry-negative", 113): page(b"busy", status=503, Retry_After="-5"),
    })
    return routes


HOSTILE_COUNTS = {"too_large": 5, "redirects": 1, "nonhtml": 1, "not_article": 1,
                  "not_http": 2 * len(BAD_SCHEMES)}
"""Skips the hostile pages must give: 3 compression bombs, the endless body and the
gzip sitemap bomb are too large; the endless redirect chain; a page served as an
image; binary served as HTML; bad schemes in a sitemap and in a feed."""


def redirect_chain(request: Any) -> None:
    """``/chain-post114.html?n`` → ``?n+1``, without end."""
    step = int(request.path.partition("?")[2] or 0) + 1
    redirect(f"{_article_path('chain', 114)}?{step}")(request)


def _deep_jsonld() -> str:
    depth = 100_000
    return f'<script type="application/ld+json">{"[" * depth}{"]" * depth}</script>'


def _routes(base: str) -> dict[str, Handler]:
    good = {n: page(article(n)) for n in (*GOOD, *AFTER_BAD_SCHEMES, BESIDE_LAUGHS,
                                          BESIDE_XXE, LYING_SITEMAP, FEED)}
    articles: dict[str, Handler] = {_article_path("tin", n): h for n, h in good.items()}
    articles[_article_path("tin", SLOW)] = slow(article(SLOW))
    articles[_article_path("tin", DEEP_JSONLD)] = page(article(DEEP_JSONLD, _deep_jsonld()))
    hostile = _hostile_articles()
    children = ["/good.xml", "/schemes.xml", "/bomb.xml.gz", "/laughs.xml", "/xxe.xml",
                "/lying.xml"]
    rules = "".join(f"Disallow: /private/part-{i}/page\n" for i in range(250_000))
    return {
        "/robots.txt": page(f"User-agent: *\nSitemap: {base}/sitemap.xml\n{rules}".encode(),
                            "text/plain"),
        "/": page(b'<html><head><link rel="alternate" type="application/rss+xml" '
                  b'href="/rss.xml"></head><body><p>Trang chu</p></body></html>'),
        "/sitemap.xml": page(sitemap_index([base + c for c in children]), "application/xml"),
        "/good.xml": page(urlset([base + p for p in (
            *(_article_path("tin", n) for n in (*GOOD, SLOW, DEEP_JSONLD)), *hostile)]),
            "application/xml"),
        "/schemes.xml": page(urlset([*BAD_SCHEMES, *(
            base + _article_path("tin", n) for n in AFTER_BAD_SCHEMES)]), "application/xml"),
        "/bomb.xml.gz": gzip_file_bomb(),
        "/laughs.xml": page(
            (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY l0 "lol">{BILLION_LAUGHS}]>'
             f"<urlset><url><loc>{base}/&l9;</loc></url><url><loc>{base}"
             f"{_article_path('tin', BESIDE_LAUGHS)}</loc></url></urlset>").encode(),
            "application/xml"),
        "/xxe.xml": page(
            (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY file SYSTEM "file:///etc/passwd">'
             f'<!ENTITY net SYSTEM "{base}/xxe-probe">]><urlset><url><loc>{base}/&file;&net;'
             f"</loc></url><url><loc>{base}{_article_path('tin', BESIDE_XXE)}</loc></url>"
             f"</urlset>").encode(), "application/xml"),
        "/lying.xml": page(urlset([base + _article_path("tin", LYING_SITEMAP)]), "image/png"),
        "/rss.xml": page(
            ("<rss><channel>" + "".join(f"<item><link>{s}</link></item>" for s in BAD_SCHEMES)
             + f"<item><link>{base}{_article_path('tin', FEED)}</link></item></channel></rss>"
             ).encode(), "application/rss+xml"),
        **articles, **hostile,
    }


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("hostile")
    routes: dict[str, Handler] = {}
    with hostile_server(routes) as server:
        routes.update(_routes(server.base))
        run = measured_crawl(tmp, server.base, timeout=120)
        yield {"run": run, "tmp": tmp, "log": list(server.log),
               "articles": archived(tmp / "out")}


def _assert_contained(run: MeasuredRun, tmp: Path) -> None:
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.peak_rss_mb < MAX_RSS_MB
    assert written_files(tmp / "work") == []
    assert written_files(tmp / "home") == []


def test_the_hostile_crawl_ends_contained(hostile_crawl: dict[str, Any]) -> None:
    run: MeasuredRun = hostile_crawl["run"]
    _assert_contained(run, hostile_crawl["tmp"])
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.report["sites"]["baolaocai"]["status"] == "ok"


def test_every_good_article_is_archived_once(hostile_crawl: dict[str, Any]) -> None:
    written = Counter(a["url"].rsplit("/", 1)[-1] for a in hostile_crawl["articles"])
    expected = {*GOOD, SLOW, DEEP_JSONLD, *AFTER_BAD_SCHEMES, BESIDE_LAUGHS, BESIDE_XXE,
                LYING_SITEMAP, FEED}
    assert written == Counter(_article_path("tin", n)[1:] for n in expected)


def test_each_hostile_case_is_counted(hostile_crawl: dict[str, Any]) -> None:
    site = hostile_crawl["run"].report["sites"]["baolaocai"]
    skips = {reason: site["skips"].get(reason) for reason in HOSTILE_COUNTS}
    assert skips == HOSTILE_COUNTS
    assert site["errors"]["timeout"] == 1  # the stalled body
    assert site["errors"]["http_5xx"] == 3  # Retry-After: huge, year 9999, negative
    assert site["offline_refused"] + site["skips"]["offsite"] >= 1  # off-host redirect


def test_redirect_loops_and_retries_are_bounded(hostile_crawl: dict[str, Any]) -> None:
    requests = Counter(hostile_crawl["log"])
    assert requests[_article_path("loop", 105)] == 1  # its second visit is a duplicate
    assert sum(path.startswith("/chain-") for path in requests.elements()) == 6  # 1 + 5
    assert requests[_article_path("retry-negative", 113)] == 4  # 1 + 3 retries
    assert requests[_article_path("retry-huge", 111)] == 1  # more than the 120 s cap


def test_xml_entities_are_never_resolved_or_fetched(hostile_crawl: dict[str, Any]) -> None:
    assert "/xxe-probe" not in hostile_crawl["log"]
    assert not any("root:" in path or "lollol" in path for path in hostile_crawl["log"])


def test_a_huge_gzip_sitemap_is_read_in_bounded_memory(tmp_path: Path) -> None:
    routes: dict[str, Handler] = {}
    with hostile_server(routes, fallback=_numbered_article) as server:
        routes.update({
            "/robots.txt": page(f"Sitemap: {server.base}/big.xml.gz\n".encode(), "text/plain"),
            "/": page(b"<html><body><p>Trang chu</p></body></html>"),
            "/big.xml.gz": page(big_gzip_urlset(200_000, first=1), "application/gzip"),
        })
        run = measured_crawl(tmp_path, server.base, "--max-articles", "40", timeout=180)
    _assert_contained(run, tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.report["sites"]["baolaocai"]["articles_written"] == 40


def _numbered_article(request: Any) -> None:
    """``/tin-so-N-postN.html`` → article N."""
    number = request.path.rsplit("post", 1)[-1].removesuffix(".html")
    if number.isdigit():
        page(article(int(number)))(request)
    else:
        page(b"not here", "text/plain", status=404)(request)
