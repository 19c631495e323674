"""Name what went wrong with a request, in the run report's terms."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectError, DNSLookupError, TimeoutError
from twisted.python.failure import Failure

_DNS = (CannotResolveHostError, DNSLookupError)
_CONNECTION = (DownloadConnectionRefusedError, DownloadFailedError, ResponseDataLossError,
               ConnectError, ConnectionError)


class Requeued(IgnoreRequest):
    """A request waiting for its turn, put back into the scheduler as its spider closes
    (see :mod:`newsarchive.crawl.stopping`): not a failure."""


def failure_kind(failure: Failure) -> str:
    """``http_4xx``/``http_5xx``/``timeout``/``dns``/``connection``, or a skip reason."""
    return error_kind(failure.value)


def error_kind(error: BaseException | None) -> str:
    """The kind of a request's error, as :func:`failure_kind` names it."""
    if isinstance(error, HttpError):
        return "http_4xx" if error.response.status < 500 else "http_5xx"
    if isinstance(error, DownloadTimeoutError | TimeoutError):
        return "timeout"
    if isinstance(error, DownloadCancelledError) and ("max size" in str(error) or
                                                      not str(error)):
        return "too_large"  # a body without Content-Length is cancelled without a word
    if isinstance(error, IgnoreRequest):
        text = str(error).lower()
        if "download_maxsize" in text:  # a compressed body too large once inflated
            return "too_large"
        if "max redirections" in text:  # a redirect loop or chain
            return "redirects"
        return "robots" if "robots" in text else "offsite" if "offsite" in text else "ignored"
    if isinstance(error, _DNS):
        return "dns"
    if isinstance(error, _CONNECTION):
        return "connection"
    return "other"
