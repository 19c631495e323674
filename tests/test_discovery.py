"""Sitemaps, feeds and listing pages: links, dates and the next page."""

from __future__ import annotations

from newsarchive.discovery.addresses import SiteAddress
from newsarchive.discovery.feeds import parse_feed
from newsarchive.discovery.listings import read_listing
from newsarchive.discovery.sitemaps import parse_sitemap
from newsarchive.discovery.window import DateWindow
from newsarchive.dom import parse_html
from newsarchive.sites import get_profile

NEWS_SITEMAP = b"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://baolaocai.vn/a-post1.html</loc><lastmod>2024-03-23T10:00:00+07:00</lastmod>
<news:news><news:publication_date>2024-03-22T01:00:00Z</news:publication_date></news:news></url>
</urlset>"""


def test_news_sitemap_keeps_the_publication_date() -> None:
    (entry,) = parse_sitemap(NEWS_SITEMAP).entries
    assert entry.published == "2024-03-22T08:00:00+07:00"
    assert entry.lastmod == "2024-03-23T10:00:00+07:00"


def test_sitemap_index_and_broken_xml() -> None:
    index = parse_sitemap(b"<sitemapindex><sitemap><loc>https://x.vn/s1.xml</loc></sitemap>"
                          b"</sitemapindex>")
    assert index.is_index and index.entries[0].url == "https://x.vn/s1.xml"
    assert parse_sitemap(b"\x00 not xml").entries == []


def test_atom_entry_takes_the_article_link_and_published_time() -> None:
    feed = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <link rel="self" href="https://x.vn/feed/1"/><link href="https://x.vn/a-1.html"/>
      <updated>2026-11-20T00:00:00Z</updated><published>2026-11-01T08:00:00+07:00</published>
    </entry></feed>"""
    (entry,) = parse_feed(feed)
    assert entry.url == "https://x.vn/a-1.html"
    assert entry.published == "2026-11-01T08:00:00+07:00"
    assert entry.lastmod == "2026-11-20T07:00:00+07:00"


def test_rss_item() -> None:
    feed = b"""<rss><channel><item><link>https://x.vn/b-2.html</link>
      <pubDate>Fri, 22 Mar 2024 08:30:00 +0700</pubDate></item></channel></rss>"""
    (entry,) = parse_feed(feed)
    assert (entry.url, entry.published) == ("https://x.vn/b-2.html", "2024-03-22T08:30:00+07:00")


def test_listing_dates_belong_to_their_own_item() -> None:
    page = """<html><body><ul>
      <li><a href="/tin-mot-post11.html">Tin một</a> <span>22/03/2024 08:00</span></li>
      <li><a href="/tin-hai-post12.html">Tin hai</a></li>
    </ul><a href="/thoi-su/?page=2">2</a></body></html>"""
    address = SiteAddress(get_profile("baolaocai"))
    listing = read_listing(parse_html(page.encode()), "https://baolaocai.vn/thoi-su/", address)
    dates = {link.url.rsplit("/", 1)[-1]: link.published for link in listing.articles}
    assert dates == {"tin-mot-post11.html": "2024-03-22T08:00:00+07:00",
                     "tin-hai-post12.html": None}
    assert listing.next_page == "https://baolaocai.vn/thoi-su/?page=2"


def test_window_days_are_inclusive_in_vietnam_time() -> None:
    window = DateWindow.parse("2024-03-22", "2024-03-22")
    assert window.contains("2024-03-22T00:00:00+07:00")
    assert window.contains("2024-03-22T23:59:59+07:00")
    assert not window.contains("2024-03-23T00:00:00+07:00")
    assert window.before("2024-03-21T23:59:59+07:00")


def test_mirror_addresses_map_both_ways() -> None:
    address = SiteAddress(get_profile("baolaocai"), "http://127.0.0.1:8001")
    fetch = address.to_fetch("https://baolaocai.vn/a-post1.html?x=1#top")
    assert fetch == "http://127.0.0.1:8001/a-post1.html?x=1"
    assert address.to_real(fetch) == "https://baolaocai.vn/a-post1.html?x=1"
    assert address.fetch_hosts() == ["127.0.0.1"]
