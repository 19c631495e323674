"""One article's re-extraction: read its WARC record, extract, compare. Pure and
picklable, so worker processes and Dask workers run it as they are."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from newsarchive.archive.lines import read_line
from newsarchive.archive.warcread import read_response
from newsarchive.crawlfacts import RecordRef
from newsarchive.errors import NewsarchiveError, NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.reparse.plan import Place
from newsarchive.sites import get_profile

COMPARED_OUT = frozenset({"id", "fetched_at", "http_status", "warc", "revision",
                          "duplicate_of", "extractor_version"})
"""Keys set by the crawl, the archive or the extractor's version, not read off the page."""


@dataclass
class Result:
    """What re-extraction made of one archived line."""

    id: str
    changed: list[str] = field(default_factory=list)
    article: Article | None = None
    """The new extraction (crawl and archive facts kept) when a field changed."""
    error: str | None = None


def reextract(root: str, place: Place) -> Result:
    """Extract the stored page of the line at ``place`` again; the fields that now
    differ, if any."""
    old = read_line(Path(root), place)
    stored = old.get("warc")
    if not stored:
        return Result(old["id"], error="no WARC record")
    try:
        page = read_response(Path(root), RecordRef.of(stored))
        article = extract_article(page.body, old["url"], get_profile(old["site"]))
    except NotAnArticle as error:
        return Result(old["id"], error=f"not an article now: {error}")
    except NewsarchiveError as error:
        return Result(old["id"], error=str(error))
    changed = [key for key, value in article.to_dict().items()
               if key not in COMPARED_OUT and old.get(key) != value]
    if not changed:
        return Result(old["id"])
    return Result(old["id"], changed, replace(  # the crawl's facts and the id are kept
        article, id=old["id"], fetched_at=old.get("fetched_at"),
        http_status=old.get("http_status"), warc=old.get("warc")))
