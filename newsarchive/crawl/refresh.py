"""Scrapy's meta-refresh redirects, without decoding every page to look for one."""

from __future__ import annotations

import re

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Response

REFRESH = re.compile(rb"http-equiv\s*=\s*[\"']?\s*refresh", re.IGNORECASE)
HEAD_BYTES = 4 * 4096
"""Scrapy looks at the first 4,096 characters, which UTF-8 fits in 4 bytes each."""


class MetaRefreshPrecheck(MetaRefreshMiddleware):
    """Scrapy decodes the whole body of every HTML page to look for a refresh tag; a
    byte search of the head first skips the pages that have none (nearly all)."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and \
                REFRESH.search(response.body, 0, HEAD_BYTES) is None:
            return response
        return super().process_response(request, response)
