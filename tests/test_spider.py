"""The spider's decisions on hand-made responses (no network, no reactor)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import scrapy
from scrapy import signals
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newsarchive.crawl.refresh import MetaRefreshPrecheck
from newsarchive.crawlfacts import SITEMAP_LASTMOD, CrawledArticle
from newsarchive.run.runner import offline
from newsarchive.spiders.news import NewsSpider

BASE = "http://127.0.0.1:8001"
UNDATED_LISTING = b"""<html><body>
<a href="/tin-mot-post11.html">Tin mot</a><a href="/tin-hai-post12.html">Tin hai</a>
<a href="/thoi-su/?page=2">2</a></body></html>"""


def spider(**args: Any) -> NewsSpider:
    made = NewsSpider(site="baolaocai", base_url=BASE, **args)
    made._set_crawler(get_crawler(NewsSpider))
    return made


def response(url: str, body: bytes, **meta: Any) -> HtmlResponse:
    request = Request(url, meta=meta)
    return HtmlResponse(url, body=body, request=request,
                        headers={"Content-Type": "text/html; charset=utf-8"})


def test_undated_listing_lets_its_first_new_article_decide() -> None:
    crawl = spider(since="2024-03-01")
    out = list(crawl.parse_listing(response(f"{BASE}/thoi-su/", UNDATED_LISTING)))
    urls = [r.url for r in out if isinstance(r, scrapy.Request)]
    assert f"{BASE}/thoi-su/?page=2" not in urls
    carrier = next(r for r in out if r.meta.get("next_page"))
    assert carrier.url == f"{BASE}/tin-mot-post11.html"


def _article(published: str) -> bytes:
    body = "<p>" + "Nội dung bài viết đủ dài để là một bài báo thật sự. " * 12 + "</p>"
    return (f'<html><head><meta property="article:published_time" content="{published}">'
            f'</head><body><h1 class="article__title">Tin một</h1>'
            f'<div class="article__body">{body}</div></body></html>').encode()


def test_the_carrier_article_decides_the_next_page() -> None:
    crawl = spider(since="2024-03-01")
    next_page = f"{BASE}/thoi-su/?page=2"
    new = list(crawl.parse_article(response(f"{BASE}/tin-mot-post11.html",
                                            _article("2024-03-05T08:00:00+07:00"),
                                            next_page=next_page, check_window=True)))
    assert any(isinstance(r, scrapy.Request) and r.url == next_page for r in new)
    old = list(crawl.parse_article(response(f"{BASE}/tin-hai-post12.html",
                                            _article("2024-02-01T08:00:00+07:00"),
                                            next_page=next_page, check_window=True)))
    assert not any(isinstance(r, scrapy.Request) for r in old)


def test_an_article_page_gives_the_article_and_its_sitemap_lastmod() -> None:
    crawl = spider()
    lastmod = "2024-03-06T10:00:00+07:00"
    (item,) = crawl.parse_article(response(f"{BASE}/tin-mot-post11.html",
                                           _article("2024-03-05T08:00:00+07:00"),
                                           **{SITEMAP_LASTMOD: lastmod}))
    assert isinstance(item, CrawledArticle) and item.lastmod == lastmod
    assert item.article.headline == "Tin một" and item.article.http_status == 200
    assert item.article.url == "https://baolaocai.vn/tin-mot-post11.html"
    assert item.article.fetched_at is not None


def test_lastmod_alone_never_hides_an_article_newer_than_since() -> None:
    crawl = spider(since="2024-03-01", until="2024-03-07")
    sitemap = b"""<urlset><url><loc>https://baolaocai.vn/a-post1.html</loc>
      <lastmod>2024-03-10T00:00:00+07:00</lastmod></url>
      <url><loc>https://baolaocai.vn/b-post2.html</loc>
      <lastmod>2024-02-10T00:00:00+07:00</lastmod></url></urlset>"""
    out = sitemap_requests(crawl, response(f"{BASE}/sitemap.xml", sitemap))
    assert [r.url for r in out] == [f"{BASE}/a-post1.html"]


def sitemap_requests(crawl: NewsSpider, page: HtmlResponse) -> list[scrapy.Request]:
    async def take_all() -> list[scrapy.Request]:
        return [request async for request in crawl.parse_sitemap(page)]

    return asyncio.run(take_all())


def test_entries_that_are_not_http_are_skipped_and_counted() -> None:
    crawl = spider()
    sitemap = b"""<urlset><url><loc>javascript:alert(1)</loc></url>
      <url><loc>mailto:a@b.vn</loc></url><url><loc>file:///etc/passwd</loc></url>
      <url><loc>http://[::1</loc></url>
      <url><loc>https://baolaocai.vn/a-post1.html</loc></url></urlset>"""
    out = sitemap_requests(crawl, response(f"{BASE}/sitemap.xml", sitemap))
    assert [r.url for r in out] == [f"{BASE}/a-post1.html"]
    assert crawl.crawler.stats is not None
    assert crawl.crawler.stats.get_value("newsarchive/skip/not_http") == 4


def test_offline_mode_for_loopback_base_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSARCHIVE_OFFLINE", raising=False)
    assert offline(BASE) and offline("http://[::1]:8001") and offline("http://localhost")
    assert not offline(None) and not offline("https://baolaocai.vn")
    monkeypatch.setenv("NEWSARCHIVE_OFFLINE", "1")
    assert offline("https://baolaocai.vn")


@pytest.mark.parametrize("head", [
    b'<meta http-equiv="refresh" content="0;url=/moi-post2.html">',
    b"<META HTTP-EQUIV='Refresh' CONTENT='0; URL=/moi-post2.html'>",
])
def test_a_meta_refresh_page_still_redirects(head: bytes) -> None:
    middleware = MetaRefreshPrecheck.from_crawler(get_crawler(NewsSpider))
    page = response(f"{BASE}/cu-post1.html", b"<html><head>" + head + b"</head></html>")
    assert page.request is not None
    redirected = middleware.process_response(page.request, page)
    assert isinstance(redirected, Request) and redirected.url == f"{BASE}/moi-post2.html"


def test_a_page_without_refresh_is_passed_on_undecoded() -> None:
    middleware = MetaRefreshPrecheck.from_crawler(get_crawler(NewsSpider))
    page = response(f"{BASE}/bai-post1.html", "<html><p>Tin mới</p></html>".encode())
    assert page.request is not None
    assert middleware.process_response(page.request, page) is page
    assert page._cached_ubody is None  # Scrapy's decoded body: never made


class BusyEngine:
    """The downloader is full for the first ``busy`` checks."""

    def __init__(self, busy: int) -> None:
        self.busy = busy

    def needs_backout(self) -> bool:
        self.busy -= 1
        return self.busy >= 0


def test_a_url_list_is_held_back_while_the_downloader_is_full(tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("".join(f"https://baolaocai.vn/bai-{n}-post{n}.html\n" for n in range(3)))
    crawl = spider(urls=str(urls))
    crawl.crawler.engine = BusyEngine(busy=2)  # type: ignore[assignment]
    events: list[str] = []

    async def wait_for(signal: object) -> None:
        assert signal is signals.scheduler_empty
        events.append("waited")

    crawl.crawler.signals.wait_for = wait_for  # type: ignore[method-assign]

    async def take_all() -> None:
        async for request in crawl.start():
            events.append(request.url.rsplit("/", 1)[-1])

    asyncio.run(take_all())
    assert events == ["waited", "bai-0-post0.html", "waited", "bai-1-post1.html",
                      "bai-2-post2.html"]
