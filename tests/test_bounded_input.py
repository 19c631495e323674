"""Parsers with size and depth bounds: sitemaps, JSON-LD, robots.txt."""

from __future__ import annotations

import zlib

from newsarchive.crawl.robots import MAX_ROBOTS_BYTES, capped
from newsarchive.discovery.feeds import read_feed
from newsarchive.discovery.sitemaps import MAX_SITEMAP_BYTES, SitemapStream, parse_sitemap
from newsarchive.discovery.xmlstream import MAX_BYTES_WITHOUT_ENTRY
from newsarchive.extract import extract_article

ENTRY = b"<url><loc>https://baolaocai.vn/tin-%d-post%d.html</loc></url>"


def _gzip(*parts: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(packer.compress(part) for part in parts) + packer.flush()


def test_a_gzip_sitemap_stops_at_its_bound_keeping_what_came_before() -> None:
    zeros = bytes(1024 * 1024)
    body = _gzip(b"<urlset>", ENTRY % (1, 1), *[b"<!--" + zeros + b"-->"] *
                 (MAX_SITEMAP_BYTES // len(zeros) + 2), ENTRY % (2, 2), b"</urlset>")
    sitemap = parse_sitemap(body)
    assert [e.url for e in sitemap.entries] == ["https://baolaocai.vn/tin-1-post1.html"]
    assert sitemap.too_large


def test_xml_without_entries_ends_the_stream() -> None:
    junk = b"<x/>" * (MAX_BYTES_WITHOUT_ENTRY // 2)
    stream = SitemapStream(b"<urlset>" + ENTRY % (1, 1) + junk + ENTRY % (2, 2))
    assert len(list(stream)) == 1 and stream.too_large


def test_a_feed_of_junk_ends_in_bounded_memory() -> None:
    body = (b"<rss><channel>" + b"<x/>" * (10 * 2**20 // 4) +
            b"<item><link>https://baolaocai.vn/tin-post1.html</link></item></channel></rss>")
    assert read_feed(body) == ([], True)  # given up a megabyte after the last entry


def test_junk_between_entries_is_forgotten_not_fatal() -> None:
    junk = b"<x><y/></x>" * 1000
    body = b"<urlset>" + b"".join(ENTRY % (n, n) + junk for n in range(50)) + b"</urlset>"
    assert len(parse_sitemap(body).entries) == 50


def test_an_entity_bomb_loses_no_entry_after_it() -> None:
    entities = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">'
                       for i in range(1, 10))
    body = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY l0 "lol">{entities}'
            f'<!ENTITY xxe SYSTEM "file:///etc/passwd">]><urlset>'
            f"<url><loc>https://baolaocai.vn/&l9;&xxe;</loc></url>").encode() + \
        ENTRY % (2, 2) + b"</urlset>"
    urls = [entry.url for entry in parse_sitemap(body).entries]
    assert urls == ["https://baolaocai.vn/", "https://baolaocai.vn/tin-2-post2.html"]


def test_a_sitemap_index_is_recognised_while_streaming() -> None:
    stream = SitemapStream(_gzip(b"<sitemapindex><sitemap><loc>https://baolaocai.vn/s1.xml"
                                 b"</loc></sitemap></sitemapindex>"))
    assert [e.url for e in stream] == ["https://baolaocai.vn/s1.xml"] and stream.is_index


def test_json_ld_nested_beyond_the_stack_is_ignored() -> None:
    deep = ["[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000]
    scripts = "".join(f'<script type="application/ld+json">{s}</script>' for s in deep)
    paragraph = ("<p>Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm, "
                 "với sự tham dự của đại biểu các sở, ban, ngành và địa phương.</p>")
    page = (f"<html><head>{scripts}</head><body><article><h1>Hội nghị tổng kết công tác "
            f"năm của tỉnh Lào Cai</h1>{paragraph * 5}</article></body></html>")
    article = extract_article(page.encode(), "https://baolaocai.vn/hoi-nghi-post1.html")
    assert article.headline.startswith("Hội nghị tổng kết")


def test_robots_txt_is_read_up_to_its_bound_in_whole_lines() -> None:
    body = b"User-agent: *\n" + b"Disallow: /private/page\n" * 40_000
    head = capped(body)
    assert len(head) <= MAX_ROBOTS_BYTES and head.endswith(b"\n")
    assert capped(b"User-agent: *\nDisallow: /a\n") == b"User-agent: *\nDisallow: /a\n"
