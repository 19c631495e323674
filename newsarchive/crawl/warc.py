"""Keep the raw HTTP exchanges of a crawl as WARC records (setting ``NEWSARCHIVE_WARC``).

A downloader middleware beside the downloader: it sees every response as it came off
the wire — still compressed, before retries, redirects and robots.txt are handled — so
article pages, listings, sitemaps, feeds, robots.txt, redirects and errors are all kept
(``all``), or only the responses to article requests (``articles``), or none (``off``).
The record's place travels to the Article in ``Request.meta`` (:data:`WARC_RECORD`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response

from newsarchive.crawlfacts import ARTICLE_REQUEST, WARC_RECORD, Exchange, RawRecorder

WARC_SETTING = "NEWSARCHIVE_WARC"
MODES = ("all", "articles", "off")


class WarcRecorder:
    """Writes each response with its request through the archive (:class:`RawRecorder`)."""

    def __init__(self, crawler: Crawler, articles_only: bool) -> None:
        self.crawler = crawler
        self.articles_only = articles_only
        self._recorder: RawRecorder | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcRecorder:
        mode = str(crawler.settings.get(WARC_SETTING) or "all")
        if mode not in MODES:
            raise ValueError(f"{WARC_SETTING} must be one of {', '.join(MODES)}, not {mode!r}")
        if mode == "off":
            raise NotConfigured
        return cls(crawler, mode == "articles")

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        if self.articles_only and not request.meta.get(ARTICLE_REQUEST):
            return response
        recorder = self._find_recorder()
        if recorder is not None:
            ref = recorder.record(_exchange(request, response, self._site()))
            if ref is not None:
                request.meta[WARC_RECORD] = ref.to_dict()
        return response

    def _find_recorder(self) -> RawRecorder | None:
        if self._recorder is None:
            self._recorder = self.crawler.get_item_pipeline(RawRecorder)
        return self._recorder

    def _site(self) -> str:
        return str(getattr(self.crawler.spider, "site", None) or "generic")


def _pairs(headers: Headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]


def _exchange(request: Request, response: Response, site: str) -> Exchange:
    return Exchange(
        url=response.url, site=site, fetched_at=datetime.now(UTC), method=request.method,
        request_headers=_pairs(request.headers), status=response.status,
        protocol=response.protocol or "HTTP/1.1", response_headers=_pairs(response.headers),
        body=response.body,
        ip_address=str(response.ip_address) if response.ip_address is not None else None)
