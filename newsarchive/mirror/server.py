"""HTTP serving on 127.0.0.1: one threaded stdlib server per site, plus the access log.

Access-log lines (flushed one by one) read
``<UTC time of arrival, ms> <method> <path?query> <status> <body bytes sent> <site>``,
e.g. ``2026-02-01T09:15:02.153+00:00 GET /robots.txt 200 97 baolaocai``; a line is
written when its response is complete, so slow responses may come out of time order.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from datetime import UTC, datetime
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

from newsarchive.mirror.site import MirrorSite, Response

LOOPBACK = "127.0.0.1"
_CHUNK = 64 * 1024
_FILLER = b"<p>" + "Nội dung kéo dài để vượt giới hạn kích thước trang. ".encode() * 40 + b"</p>\n"


class AccessLog:
    """Thread-safe, line-flushed request log; a no-op without a path."""

    def __init__(self, path: Path | None) -> None:
        self._lock = threading.Lock()
        self._handle: TextIO | None = path.open("a", encoding="utf-8") if path else None

    def write(
        self, started: datetime, method: str, target: str, status: int, sent: int, site: str
    ) -> None:
        if self._handle is None:
            return
        stamp = started.isoformat(timespec="milliseconds")
        line = f"{stamp} {method} {target} {status} {sent} {site}\n"
        with self._lock:
            self._handle.write(line)
            self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, port: int, log: AccessLog) -> None:
        super().__init__((LOOPBACK, port), MirrorHandler)
        self.log = log
        self.site: MirrorSite | None = None

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.server_address[1]}"

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up (crawlers aborting, load tools stopping) are not errors."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class MirrorHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: MirrorServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Silenced: requests go to the access log instead."""

    def _serve(self, with_body: bool) -> None:
        started = datetime.now(UTC)
        site = self.server.site
        if site is None:
            self.send_error(HTTPStatus.SERVICE_UNAVAILABLE)
            return
        response = site.handle(self.path)
        if response.delay:
            time.sleep(response.delay)
        sent = self._send(response, with_body)
        self.server.log.write(started, self.command, self.path, response.status, sent, site.site)

    def _send(self, response: Response, with_body: bool) -> int:
        size = response.stream_size or len(response.body)
        head = [
            f"HTTP/1.1 {response.status} {HTTPStatus(response.status).phrase}",
            "Server: newsarchive-mirror",
            f"Date: {formatdate(usegmt=True)}",
            f"Content-Type: {response.content_type}",
            f"Content-Length: {size}",
            *(f"{name}: {value}" for name, value in response.headers),
        ]
        if self.close_connection or response.stream_size:
            head.append("Connection: close")
            self.close_connection = True
        header = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        try:
            if not with_body:
                self.wfile.write(header)
                return 0
            if response.stream_size:
                self.wfile.write(header)
                return self._stream(response.stream_size)
            self.wfile.write(header + response.body)
            return len(response.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
            return 0

    def _stream(self, size: int) -> int:
        sent = 0
        block = (_FILLER * (_CHUNK // len(_FILLER) + 1))[:_CHUNK]
        try:
            while sent < size:
                piece = block[: min(_CHUNK, size - sent)]
                self.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        return sent
