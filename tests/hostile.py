"""A hostile web server on 127.0.0.1 (port 0) and a crawl measured against it.

The server answers each path with a handler: compression bombs, endless and stalled
bodies, redirect loops, lying Content-Types, XML bombs… The crawl runs in a child
process whose peak RSS is measured on its own (a fresh parent has no other child).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Handler = Callable[[BaseHTTPRequestHandler], None]
BOMB_BYTES = 384 * 1024 * 1024
"""What a compression bomb inflates to (its body on the wire is well under 1 MiB)."""
STALL_SECONDS = 60.0


def send(request: BaseHTTPRequestHandler, body: bytes, status: int = 200,
         content_type: str = "text/html; charset=utf-8", **headers: str) -> None:
    request.send_response(status)
    request.send_header("Content-Type", content_type)
    request.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        request.send_header(name.replace("_", "-"), value)
    request.end_headers()
    with suppress(OSError):
        request.wfile.write(body)


def page(body: bytes, content_type: str = "text/html; charset=utf-8",
         status: int = 200, **headers: str) -> Handler:
    return lambda request: send(request, body, status, content_type, **headers)


def redirect(location: str) -> Handler:
    return lambda request: send(request, b"", 302, Location=location)


@cache
def _zeros_compressed(encoding: str) -> bytes:
    """BOMB_BYTES of zeros, compressed a block at a time (made once, before a crawl)."""
    block, blocks = bytes(1024 * 1024), BOMB_BYTES // (1024 * 1024)
    if encoding == "br":
        import brotli

        compressor = brotli.Compressor(quality=1)
        return b"".join(bytes(compressor.process(block)) for _ in range(blocks)) + \
            bytes(compressor.finish())
    packer = zlib.compressobj(9, zlib.DEFLATED, {"gzip": 31, "deflate": 15}[encoding])
    return b"".join(packer.compress(block) for _ in range(blocks)) + packer.flush()


def compression_bomb(encoding: str) -> Handler:
    """An HTML page that inflates to BOMB_BYTES of zeros (``Content-Encoding``)."""
    return page(_zeros_compressed(encoding), Content_Encoding=encoding)


def gzip_file_bomb() -> Handler:
    """A ``.gz`` sitemap file (no Content-Encoding) that inflates to BOMB_BYTES."""
    return page(_zeros_compressed("gzip"), "application/gzip")


def endless(request: BaseHTTPRequestHandler) -> None:
    """An HTML body that never ends (no Content-Length, 64 KiB at a time)."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    chunk = b"<p>" + b"x" * 65536 + b"</p>"
    with suppress(OSError):
        while True:
            request.wfile.write(chunk)


def stalled(request: BaseHTTPRequestHandler) -> None:
    """Headers and a few bytes, then nothing until the client gives up."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Content-Length", "100000")
    request.end_headers()
    with suppress(OSError):
        request.wfile.write(b"<html><body>")
        request.wfile.flush()
        deadline = time.monotonic() + STALL_SECONDS
        while time.monotonic() < deadline and not request.server.stopping:  # type: ignore[attr-defined]
            time.sleep(0.2)


def slow(body: bytes, pieces: int = 5, pause: float = 0.3) -> Handler:
    """A good page sent in pieces with pauses (slow, but within every timeout)."""
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        size = len(body) // pieces + 1
        with suppress(OSError):
            for start in range(0, len(body), size):
                request.wfile.write(body[start:start + size])
                request.wfile.flush()
                time.sleep(pause)
    return handle


def article(n: int, extra_head: str = "") -> bytes:
    """An article page the extractor accepts, its text unique to ``n``."""
    paragraphs = "".join(
        f"<p>Sáng ngày {n}, Ủy ban nhân dân tỉnh tổ chức hội nghị lần thứ {n} về phát "
        f"triển kinh tế xã hội, đoạn {i}, với sự tham dự của đại biểu các sở ngành.</p>"
        for i in range(6))
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>Tin số {n}</title>{extra_head}"
            f'<meta property="article:published_time" content="2026-11-20T08:00:00+07:00">'
            f"</head><body><article><h1>Hội nghị phát triển kinh tế lần thứ {n}</h1>"
            f'<time datetime="2026-11-20T08:00:00+07:00">20/11/2026 08:00</time>'
            f'<div class="content">{paragraphs}</div></article></body></html>').encode()


def urlset(locs: list[str]) -> bytes:
    entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
            ).encode()


def sitemap_index(locs: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
            ).encode()


def big_gzip_urlset(count: int, first: int) -> bytes:
    """A gzip sitemap of ``count`` article URLs, numbered from ``first``."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [packer.compress(b'<?xml version="1.0"?><urlset '
                             b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')]
    for n in range(first, first + count):
        parts.append(packer.compress(
            f"<url><loc>/tin-so-{n}-post{n}.html</loc>"
            f"<lastmod>2026-11-20T10:00:00+07:00</lastmod></url>\n".encode()))
    return b"".join(parts) + packer.compress(b"</urlset>") + packer.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    stopping = False
    routes: dict[str, Handler]
    fallback: Handler | None
    log: list[str]


class _Request(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.log.append(self.path)
        handler = self.server.routes.get(self.path.split("?")[0]) or self.server.fallback
        if handler is None:
            send(self, b"not here", 404, "text/plain")
        else:
            handler(self)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class HostileServer:
    base: str
    routes: dict[str, Handler]
    log: list[str] = field(default_factory=list)


@contextmanager
def hostile_server(routes: dict[str, Handler],
                   fallback: Handler | None = None) -> Iterator[HostileServer]:
    """Serve ``routes`` (path → handler) on 127.0.0.1; ``fallback`` for other paths."""
    server = _Server(("127.0.0.1", 0), _Request)
    server.routes, server.fallback, server.log = routes, fallback, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield HostileServer(f"http://127.0.0.1:{server.server_address[1]}", routes,
                            server.log)
    finally:
        server.stopping = True
        server.shutdown()
        server.server_close()


_MEASURED = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[2:], check=False).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(str(peak))
sys.exit(code)
"""


@dataclass
class MeasuredRun:
    returncode: int
    stderr: str
    peak_rss_mb: float
    seconds: float
    report: dict[str, Any]


def measured_crawl(tmp: Path, base: str, *args: str, site: str = "baolaocai",
                   timeout: float = 120) -> MeasuredRun:
    """``newsarchive crawl`` of ``site`` from ``base``, in a clean working folder and
    HOME; ``timeout`` is the bound on its wall time (TimeoutExpired fails the test)."""
    out, work, home, peak = tmp / "out", tmp / "work", tmp / "home", tmp / "peak"
    work.mkdir()
    home.mkdir()
    command = [sys.executable, "-m", "newsarchive.cli", "crawl", "--site", site,
               "--base-url", base, "--out", str(out), *args]
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", _MEASURED, str(peak), *command],
                            capture_output=True, text=True, timeout=timeout, env=env,
                            cwd=work, check=False)
    reports = sorted((out / "runs").glob("*.json"))
    report = json.loads(reports[-1].read_text()) if reports else {}
    return MeasuredRun(result.returncode, result.stderr, int(peak.read_text()) / 1024,
                       time.monotonic() - started, report)


def written_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def gzip_text(text: bytes) -> bytes:
    return gzip.compress(text)
