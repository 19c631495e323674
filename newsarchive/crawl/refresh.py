"""Scrapy's meta-refresh redirects, without decoding every page to look for one."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Response

HEAD_BYTES = 4 * 4096
"""Scrapy looks at the first 4,096 characters, which UTF-8 fits in 4 bytes each."""


class MetaRefreshPrecheck(MetaRefreshMiddleware):
    """Scrapy decodes the whole body of every HTML page to look for a refresh tag; pages
    without the word ``refresh`` in their head (nearly all) are passed on untouched."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and \
                b"refresh" not in response.body[:HEAD_BYTES].lower():
            return response
        return super().process_response(request, response)
