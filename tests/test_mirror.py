"""The local mirror: determinism, feeds, templates, scenarios, faults and the live server."""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from lxml import etree
from protego import Protego
from scrapy.utils.sitemap import Sitemap

from newsarchive.errors import ProfileError
from newsarchive.mirror import MirrorOptions, add_arguments, options_from_args, start_mirror
from newsarchive.mirror.build import build_catalogs
from newsarchive.mirror.faults import KINDS, OVERSIZE_BYTES, parse_faults
from newsarchive.mirror.manifest import record
from newsarchive.mirror.outlets import outlet
from newsarchive.mirror.site import MirrorSite
from newsarchive.mirror.templates.furniture import TEASERS

START = date(2025, 3, 1)
BASE = "http://127.0.0.1:8123"
FAMILY_SITES = ("baolaocai", "baocantho", "hanoimoi", "vnexpress", "baolamdong")


def _options(**changes: object) -> MirrorOptions:
    values: dict[str, object] = {"sites": ("baolaocai",), "start": START, "articles": 60, "port": 0}
    values.update(changes)
    return MirrorOptions(**values)  # type: ignore[arg-type]


def _sites(options: MirrorOptions, base: str = BASE) -> dict[str, MirrorSite]:
    return {
        sid: MirrorSite(cat, base, options.crawl_delay)
        for sid, cat in build_catalogs(options).items()
    }


def _get(site: MirrorSite, target: str) -> bytes:
    response = site.handle(target)
    assert response.status == 200, target
    return response.body


def _text(element: etree._Element) -> str:
    return " ".join(
        etree.tostring(element, method="text", encoding="unicode", with_tail=False).split()
    )


def _snapshot(site: MirrorSite) -> list[bytes]:
    catalog = site.catalog
    targets = [
        "/",
        "/robots.txt",
        "/sitemap.xml",
        "/sitemaps/news.xml",
        site.info.rss_path,
        "/thoi-su/",
    ]
    targets += [catalog.stub(i).path for i in range(catalog.count)]
    return [_get(site, target) for target in targets]


# Determinism -------------------------------------------------------------------------------------


def test_same_seed_gives_same_bytes_and_another_seed_does_not() -> None:
    first = _sites(_options(seed=7))["baolaocai"]
    again = _sites(_options(seed=7))["baolaocai"]
    other = _sites(_options(seed=8))["baolaocai"]
    assert _snapshot(first) == _snapshot(again)
    assert first.catalog.stub(3).path != other.catalog.stub(3).path


def test_more_articles_keep_older_article_pages_identical() -> None:
    small = _sites(_options(articles=50))["baolaocai"]
    large = _sites(_options(articles=60))["baolaocai"]
    for index in range(50):
        path = small.catalog.stub(index).path
        assert large.catalog.stub(index).path == path
        assert _get(small, path) == _get(large, path)
        assert record(small.catalog.article(index)) == record(large.catalog.article(index))
    assert _get(small, "/") != _get(large, "/")
    assert large.catalog.stub(59).slot > small.catalog.stub(49).slot


def test_article_pages_do_not_depend_on_the_port() -> None:
    here = _sites(_options(), "http://127.0.0.1:1111")["baolaocai"]
    there = _sites(_options(), "http://127.0.0.1:2222")["baolaocai"]
    path = here.catalog.stub(10).path
    assert _get(here, path) == _get(there, path)


def test_dates_follow_start_and_per_day() -> None:
    catalog = build_catalogs(_options(articles=40, per_day=4))["baolaocai"]
    slots = [catalog.stub(i).slot for i in range(40)]
    assert slots == sorted(slots)
    assert slots[0].date() == START and slots[39].date() == date(2025, 3, 10)
    assert all(slot.utcoffset() == timedelta(hours=7) for slot in slots)


# robots.txt, sitemaps, RSS -------------------------------------------------------------------


def test_robots_txt_disallows_search_and_announces_delay_and_sitemap() -> None:
    site = _sites(_options(crawl_delay=1.5))["baolaocai"]
    robots = Protego.parse(_get(site, "/robots.txt").decode())
    article = BASE + site.catalog.stub(0).path
    assert robots.can_fetch(article, "newsarchive")
    assert not robots.can_fetch(BASE + "/tim-kiem/?q=abc", "newsarchive")
    assert robots.crawl_delay("newsarchive") == 1.5
    assert list(robots.sitemaps) == [BASE + "/sitemap.xml"]


def test_sitemaps_parse_and_cover_every_article() -> None:
    site = _sites(_options(articles=80, per_day=2))["baolaocai"]
    index = Sitemap(_get(site, "/sitemap.xml"))
    assert index.type == "sitemapindex"
    locs = [entry["loc"] for entry in index]
    assert locs[0] == BASE + "/sitemaps/news.xml"
    listed: list[str] = []
    for loc in locs[1:]:
        urlset = Sitemap(_get(site, urlsplit(loc).path))
        assert urlset.type == "urlset"
        listed += [entry["loc"] for entry in urlset]
    assert sorted(listed) == sorted(BASE + site.catalog.stub(i).path for i in range(80))


def test_news_sitemap_dates_match_the_manifest() -> None:
    site = _sites(_options(articles=120))["baolaocai"]
    body = _get(site, "/sitemaps/news.xml")
    assert Sitemap(body).type == "urlset"
    truth = {BASE + row["path"]: row for row in map(record, map(site.catalog.article, range(120)))}
    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "n": "http://www.google.com/schemas/sitemap-news/0.9",
    }
    urls = etree.fromstring(body).findall("s:url", ns)
    assert urls
    for url in urls:
        row = truth[url.findtext("s:loc", namespaces=ns)]
        assert url.findtext("n:news/n:publication_date", namespaces=ns) == row["published_at"]
        assert url.findtext("s:lastmod", namespaces=ns) == row["updated_at"]
    undated = [row for row in truth.values() if row["published_at"] is None]
    assert len(urls) == 120 - len(undated)


def test_rss_is_valid_and_dates_its_items() -> None:
    feedparser = pytest.importorskip("feedparser", reason="dev dependency feedparser not installed")
    site = _sites(_options())["baolaocai"]
    feed = feedparser.parse(_get(site, site.info.rss_path))
    assert not feed.bozo
    assert feed.feed.title == site.catalog.outlet.name
    assert len(feed.entries) == 50
    newest = site.catalog.article(59)
    assert feed.entries[0].link == BASE + newest.stub.path
    for entry, index in zip(feed.entries, range(59, 9, -1), strict=True):
        published = site.catalog.stub(index).published
        assert ("published_parsed" in entry) == (published is not None)


# Templates ---------------------------------------------------------------------------------------

_SELECTORS = {
    "baolaocai": (
        "h1.article__title.cms-title",
        ".article__sapo",
        ".article__body.cms-body",
        "time.time",
    ),
    "baocantho": ("h1.margintopbot10", "div.content-fck", "div.content-fck", "span.pubdate"),
    "hanoimoi": (
        "h1.sc-longform-header-title",
        "p.sc-longform-header-sapo",
        ".entry",
        ".block-sc-publish-time",
    ),
    "vnexpress": ("h1.title-detail", "p.description", "article.fck_detail", "span.date"),
    "baolamdong": ("h1.entry-title", "div.sapo", "div.entry-content", "time.entry-date"),
}


@pytest.mark.parametrize("site_id", FAMILY_SITES)
def test_each_family_renders_its_template(site_id: str) -> None:
    site = _sites(_options(sites=(site_id,)))[site_id]
    index = next(i for i in range(60) if site.catalog.stub(i).dated)
    truth = record(site.catalog.article(index))
    page = lxml.html.fromstring(_get(site, truth["path"]).decode())
    headline, sapo, body, stamp = _SELECTORS[site_id]
    assert _text(page.cssselect(headline)[0]) == truth["headline"]
    assert truth["summary"] in _text(page.cssselect(sapo)[0])
    body_text = _text(page.cssselect(body)[0])
    assert truth["body_first"] in body_text and truth["body_last"] in body_text
    published = datetime.fromisoformat(truth["published_at"])
    assert f"{published:%d/%m/%Y}" in _text(page.cssselect(stamp)[0])
    assert page.cssselect('link[rel="canonical"]')[0].get("href") == truth["url"]
    assert truth["url"].startswith("https://") and "127.0.0.1" not in truth["url"]
    assert any(a.get("href", "").startswith("/tim-kiem/") for a in page.cssselect("a"))


@pytest.mark.parametrize("site_id", FAMILY_SITES)
def test_article_pages_weigh_what_real_ones_do(site_id: str) -> None:
    """Real article pages hold 500-1,300 elements, mostly teasers of older articles, a
    second menu, scripts and an imprint; extraction and the crawl benchmark meet the same."""
    site = _sites(_options(sites=(site_id,)))[site_id]
    index = 45
    body = _get(site, site.catalog.stub(index).path)
    page = lxml.html.fromstring(body.decode())
    assert len(body) > 60_000 and len(list(page.iter())) > 550
    linked = {a.get("href") for a in page.cssselect("a")}
    older = {site.catalog.stub(i).path for i in range(index - TEASERS, index)}
    assert older <= linked
    newer = {site.catalog.stub(i).path for i in range(index + 1, 60)}
    assert not newer & linked
    assert "Tổng Biên tập: " in _text(page) and "adConfig" in body.decode()


def test_undated_articles_show_no_date() -> None:
    site = _sites(_options(articles=200))["baolaocai"]
    undated = [i for i in range(200) if not site.catalog.stub(i).dated]
    assert 1 <= len(undated) <= 20
    page = _get(site, site.catalog.stub(undated[0]).path).decode()
    assert "datetime=" not in page and "published_time" not in page and "datePublished" not in page


def test_bylines_and_participants_come_in_the_real_forms() -> None:
    catalog = build_catalogs(_options(articles=300))["baolaocai"]
    articles = [catalog.article(i) for i in range(300)]
    texts = {a.byline.text for a in articles}
    assert any(t.startswith("Tin, ảnh: ") for t in texts) and any(
        t.startswith("Bài và ảnh: ") for t in texts
    )
    assert "Theo TTXVN" in texts and any(" - " in t for t in texts)
    assert any(t.isupper() and len(t.split()) >= 3 for t in texts)
    honorifics = {p.honorific for a in articles for p in a.participants}
    assert honorifics == {"đồng chí", "ông", "bà", None}
    names = {p.name.split()[0] for a in articles for p in a.participants}
    assert {"Lò", "Thào", "Sèn", "Chẩu"} <= names
    lists = [a for a in articles if any("các đồng chí: " in t for t in a.paragraphs)]
    assert lists and all(len(a.participants) >= 2 for a in lists)


def test_listing_pages_chain_through_every_article_of_a_category() -> None:
    site = _sites(_options(articles=200))["baolaocai"]
    path: str | None = "/thoi-su/"
    seen: list[str | None] = []
    while path:
        page = lxml.html.fromstring(_get(site, path).decode())
        seen += [a.get("href") for a in page.cssselect(".content-list h2.story__heading a")]
        following = page.cssselect(".pagination a.next")
        path = following[0].get("href") if following else None
    expected = [site.catalog.stub(i).path for i in site.catalog.category_indices("thoi-su")]
    assert seen == expected
    assert site.handle("/thoi-su/?page=99").status == 404


# Scenarios ---------------------------------------------------------------------------------------


def test_edited_articles_change_text_and_update_time() -> None:
    plain = build_catalogs(_options())["baolaocai"]
    edited = build_catalogs(_options(edited=4))["baolaocai"]
    changed = [i for i in range(60) if edited.article(i).edited]
    assert len(changed) == 4
    for index in changed:
        before, after = record(plain.article(index)), record(edited.article(index))
        assert after["updated_at"] > after["published_at"] == before["published_at"]
        assert after["body_last"] != before["body_last"] and after["url"] == before["url"]


def test_aliases_are_served_and_linked_from_listings() -> None:
    site = _sites(_options(aliases=6))["baolaocai"]
    aliased = [i for i in range(60) if site.catalog.article(i).alias_paths]
    assert len(aliased) == 6
    kinds = set()
    for index in aliased:
        article = site.catalog.article(index)
        alias = article.alias_paths[0]
        kinds.add("utm" if "?utm_source=" in alias else "slash")
        assert _get(site, alias) == _get(site, article.stub.path)
        assert any(url.startswith("https://m.") for url in article.alias_urls)
        listing = _get(site, f"/{article.stub.category}/").decode() + "".join(
            site.handle(f"/{article.stub.category}/?page={n}").body.decode() for n in range(2, 5)
        )
        assert f'href="{alias.replace("&", "&amp;")}"' in listing
    assert kinds == {"utm", "slash"}
    assert site.handle(site.catalog.stub(aliased[0]).path + "x/").status == 404


def test_syndicated_stories_are_reprinted_later_by_the_second_site() -> None:
    catalogs = build_catalogs(_options(sites=("baolaocai", "baocantho"), syndicated=3))
    copies = [catalogs["baocantho"].article(i) for i in range(60)]
    reprints = [a for a in copies if a.syndicated_from]
    assert len(reprints) == 3
    originals = {a.url: a for a in map(catalogs["baolaocai"].article, range(60))}
    for copy in reprints:
        original = originals[copy.syndicated_from or ""]
        assert copy.byline.source == original.byline.source == "TTXVN" and not copy.byline.names
        assert copy.stub.headline == original.stub.headline
        assert copy.stub.slot > original.stub.slot
        assert copy.paragraphs == original.paragraphs[: len(copy.paragraphs)]
        assert copy.url.startswith("https://baocantho.com.vn/")


def test_outlets_come_from_profiles_then_sites_tsv(tmp_path: Path) -> None:
    assert outlet("baolaocai").domain == "baolaocai.vn"
    assert outlet("baolaocai").family == "mcms" and outlet("hanoimoi").family == "onecms"
    (tmp_path / "sites.tsv").write_text(
        "id\tprovince\toutlet\tcurrent_domains\nbaothu\tThử\tBáo Thử\tbaothu.vn; thu.vn\n",
        encoding="utf-8",
    )
    found = outlet("baothu", shared_dir=tmp_path)
    assert (found.domain, found.name, found.family) == ("baothu.vn", "Báo Thử", "generic")
    with pytest.raises(ProfileError, match="unknown site"):
        outlet("khongco", shared_dir=tmp_path)


# Options -----------------------------------------------------------------------------------------


def test_cli_flags_map_onto_options() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(
        [
            "--site",
            "baolaocai",
            "--site",
            "plo",
            "--articles",
            "30",
            "--port",
            "0",
            "--faults",
            "500:0.1",
            "--crawl-delay",
            "2",
        ]
    )
    options = options_from_args(args, today=date(2026, 2, 1))
    assert options.sites == ("baolaocai", "plo") and options.articles == 30 and options.port == 0
    assert (
        options.start == date(2025, 2, 1) and options.crawl_delay == 2.0 and options.per_day == 10
    )
    options.validate()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"syndicated": 2}, "two --site"),
        ({"faults": "teapot:0.1"}, "unknown fault"),
        ({"faults": "500:0.7,404:0.5"}, "more than 1"),
        ({"articles": 0}, "at least 1"),
    ],
)
def test_bad_options_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _options(**changes).validate()


def test_fault_spec_keeps_kinds_in_order() -> None:
    spec = parse_faults("oversize:0.1, 500:0.2")
    assert spec.rates == (("500", 0.2), ("oversize", 0.1))


# Live server -------------------------------------------------------------------------------------


def _fetch(base: str, target: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", target)
        response = connection.getresponse()
        headers = {k.lower(): v for k, v in response.getheaders()}
        body = (
            response.read(4096)
            if headers.get("content-length", "0") == str(OVERSIZE_BYTES)
            else response.read()
        )
        return response.status, headers, body
    finally:
        connection.close()


@pytest.mark.e2e
def test_live_server_serves_faults_and_logs_them(tmp_path: Path) -> None:
    spec = ",".join(f"{kind}:0.1" for kind in KINDS)
    manifest, log = tmp_path / "truth.jsonl", tmp_path / "access.log"
    options = _options(
        articles=120, faults=spec, slow_seconds=0.3, manifest=manifest, access_log=log
    )
    with start_mirror(options) as mirror:
        base = mirror.urls["baolaocai"]
        rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
        by_kind = {row["fault"]: row["path"] for row in rows if row["fault"]}
        assert set(by_kind) == set(KINDS)
        outcomes = {kind: _fetch(base, path) for kind, path in by_kind.items()}
        retried = {
            kind: _fetch(base, by_kind[kind])[0] for kind in ("500", "503-retry-after", "404")
        }
        started = time.monotonic()
        assert _fetch(base, by_kind["slow"])[0] == 200
        assert time.monotonic() - started >= 0.3
    assert outcomes["500"][0] == 500 and retried["500"] == 200
    assert (
        outcomes["503-retry-after"][0] == 503
        and outcomes["503-retry-after"][1]["retry-after"] == "1"
    )
    assert retried["503-retry-after"] == 200 and retried["404"] == 404 and outcomes["404"][0] == 404
    assert outcomes["slow"][0] == 200
    location = outcomes["redirect-offsite"][1]["location"]
    assert outcomes["redirect-offsite"][0] == 302 and location.startswith("http://127.0.0.2:")
    assert outcomes["nonhtml"][1]["content-type"] == "application/pdf"
    assert int(outcomes["oversize"][1]["content-length"]) == OVERSIZE_BYTES
    lines = [line.split(" ") for line in log.read_text(encoding="utf-8").splitlines()]
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", line[0]) for line in lines
    )
    statuses = {(line[2], line[3]) for line in lines}
    for kind, status in [
        ("500", "500"),
        ("503-retry-after", "503"),
        ("404", "404"),
        ("redirect-offsite", "302"),
        ("nonhtml", "200"),
        ("oversize", "200"),
    ]:
        assert (by_kind[kind], status) in statuses
    assert (by_kind["500"], "200") in statuses and (by_kind["slow"], "200") in statuses


@pytest.mark.e2e
def test_live_manifest_matches_what_is_served(tmp_path: Path) -> None:
    manifest = tmp_path / "truth.jsonl"
    options = _options(sites=("baolaocai", "hanoimoi"), articles=30, manifest=manifest, aliases=2)
    with start_mirror(options) as mirror:
        rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 60
        for row in rows[::7]:
            with urllib.request.urlopen(
                mirror.urls[row["site"]] + row["path"], timeout=10
            ) as reply:
                page = lxml.html.fromstring(reply.read().decode())
            assert page.cssselect('link[rel="canonical"]')[0].get("href") == row["url"]
            assert row["body_last"] in _text(page)
    keys = {
        "url",
        "path",
        "headline",
        "published_at",
        "authors",
        "source",
        "participants",
        "body_first",
        "body_last",
        "edited",
        "alias_urls",
        "syndicated_from",
        "updated_at",
    }
    assert all(keys <= row.keys() for row in rows)
    assert sum(bool(row["alias_urls"]) for row in rows) == 4


@pytest.mark.e2e
def test_cli_process_announces_each_site_and_stops_on_interrupt(tmp_path: Path) -> None:
    code = (
        "import sys; from datetime import date; from newsarchive.mirror import MirrorOptions, "
        "run_mirror; "
        "run_mirror(MirrorOptions(sites=('baolaocai', 'plo'), start=date(2025, 1, 1), "
        "articles=20, port=0))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in range(2)]
        pattern = r"serving (baolaocai|plo) at (http://127\.0\.0\.1:\d+)/"
        matches = [re.fullmatch(pattern, line) for line in lines]
        assert all(matches), lines
        for match in matches:
            assert match is not None
            with urllib.request.urlopen(match.group(2) + "/robots.txt", timeout=10) as reply:
                assert reply.status == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
