"""robots.txt, RSS 2.0 and sitemaps of a mirrored site.

Feeds list addresses on ``base`` (the address the mirror serves, as a real site lists its
own host). ``/sitemap.xml`` is an index of ``/sitemaps/news.xml`` (a Google news sitemap
of the newest dated articles) and one ``/sitemaps/YYYY-MM.xml`` per month. Undated
articles appear in monthly sitemaps without ``<lastmod>`` and never in the news sitemap;
RSS items carry ``pubDate`` only when the article is dated.
"""

from __future__ import annotations

from collections.abc import Iterable
from email.utils import format_datetime
from xml.sax.saxutils import escape

from newsarchive.mirror.catalog import SiteCatalog
from newsarchive.mirror.templates.common import iso
from newsarchive.mirror.urls import SEARCH_PATH, rss_path

NEWS_SITEMAP_SIZE = 1000
RSS_SIZE = 50
_XML = '<?xml version="1.0" encoding="UTF-8"?>\n'
_SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
_NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def robots(base: str, crawl_delay: float) -> str:
    return (
        "User-agent: *\n"
        f"Disallow: {SEARCH_PATH}\n"
        f"Crawl-delay: {crawl_delay:g}\n"
        "\n"
        f"Sitemap: {base}/sitemap.xml\n"
    )


def sitemap_index(catalog: SiteCatalog, base: str) -> str:
    entries = [
        _index_entry(
            f"{base}/sitemaps/news.xml", _latest_update(catalog, catalog.newest(NEWS_SITEMAP_SIZE))
        )
    ]
    for month, indices in reversed(list(catalog.months())):
        entries.append(
            _index_entry(f"{base}/sitemaps/{month}.xml", _latest_update(catalog, indices))
        )
    return f"{_XML}<sitemapindex {_SITEMAP_NS}>\n{''.join(entries)}</sitemapindex>\n"


def news_sitemap(catalog: SiteCatalog, base: str) -> str:
    outlet = catalog.outlet
    rows = []
    for index in catalog.newest(NEWS_SITEMAP_SIZE):
        stub, updated = catalog.stub(index), catalog.updated(index)
        published = stub.published
        if published is None or updated is None:
            continue
        rows.append(
            f"<url><loc>{escape(base + stub.path)}</loc><lastmod>{iso(updated)}</lastmod>"
            f"<news:news><news:publication><news:name>{escape(outlet.name)}</news:name>"
            "<news:language>vi</news:language></news:publication>"
            f"<news:publication_date>{iso(published)}</news:publication_date>"
            f"<news:title>{escape(stub.headline)}</news:title></news:news></url>\n"
        )
    return f"{_XML}<urlset {_SITEMAP_NS} {_NEWS_NS}>\n{''.join(rows)}</urlset>\n"


def month_sitemap(catalog: SiteCatalog, base: str, indices: Iterable[int]) -> str:
    rows = []
    for index in indices:
        updated = catalog.updated(index)
        lastmod = f"<lastmod>{iso(updated)}</lastmod>" if updated else ""
        rows.append(f"<url><loc>{escape(base + catalog.stub(index).path)}</loc>{lastmod}</url>\n")
    return f"{_XML}<urlset {_SITEMAP_NS}>\n{''.join(rows)}</urlset>\n"


def rss(catalog: SiteCatalog, base: str) -> str:
    outlet = catalog.outlet
    items = []
    for index in catalog.newest(RSS_SIZE):
        article = catalog.article(index)
        published = article.stub.published
        date = f"<pubDate>{format_datetime(published)}</pubDate>" if published else ""
        link = escape(base + article.stub.path)
        items.append(
            f"<item><title>{escape(article.stub.headline)}</title><link>{link}</link>"
            f'<guid isPermaLink="true">{link}</guid>'
            f"<description>{escape(article.lead.text)}</description>"
            f"{date}</item>\n"
        )
    return (
        f'{_XML}<rss version="2.0"><channel>\n'
        f"<title>{escape(outlet.name)}</title>\n<link>{base}/</link>\n"
        "<description>Tin mới nhất - "
        f"{escape(outlet.name)}</description>\n<language>vi</language>\n"
        f"{''.join(items)}</channel></rss>\n"
    )


def feed_path(catalog: SiteCatalog) -> str:
    return rss_path(catalog.outlet)


def _latest_update(catalog: SiteCatalog, indices: Iterable[int]) -> str | None:
    updates = [u for u in (catalog.updated(i) for i in indices) if u is not None]
    return iso(max(updates)) if updates else None


def _index_entry(loc: str, lastmod: str | None) -> str:
    stamp = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
    return f"<sitemap><loc>{escape(loc)}</loc>{stamp}</sitemap>\n"
