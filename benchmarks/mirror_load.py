"""Requests per second the local mirror serves, cold (first render) and warm (cached).

Starts ``newsarchive mirror`` in a separate process on 127.0.0.1 and loads it from here
with keep-alive connections in threads; with ``--wrk`` (Debian package ``wrk``) also
runs wrk over the same article paths. Loopback only.

    python benchmarks/mirror_load.py --articles 2000 --seconds 5 --connections 8 --wrk
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

_SERVER = (
    "import sys; from datetime import date; from newsarchive.mirror import MirrorOptions, "
    "run_mirror; "
    "run_mirror(MirrorOptions(sites=(sys.argv[1],), start=date(2025, 1, 1), "
    "articles=int(sys.argv[2]), port=0))"
)
_LOC = re.compile(r"<loc>([^<]+)</loc>")


def start_server(site: str, articles: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-c", _SERVER, site, str(articles)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    match = re.fullmatch(r"serving \S+ at (http://127\.0\.0\.1:\d+)/", line)
    if match is None:
        process.kill()
        raise RuntimeError(f"mirror did not start: {line!r}")
    return process, match.group(1)


def _get(base: str, path: str) -> str:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        connection.request("GET", path)
        return connection.getresponse().read().decode()
    finally:
        connection.close()


def article_paths(base: str) -> list[str]:
    """Every article path, found as a crawler finds them: through the sitemap index."""
    months = [urlsplit(loc).path for loc in _LOC.findall(_get(base, "/sitemap.xml"))[1:]]
    return [urlsplit(loc).path for month in months for loc in _LOC.findall(_get(base, month))]


def _worker(
    base: str, paths: Sequence[str], deadline: float | None, counts: list[int], slot: int
) -> None:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    done = 0
    position = 0
    while position < len(paths) if deadline is None else time.perf_counter() < deadline:
        connection.request("GET", paths[position % len(paths)])
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{paths[position % len(paths)]}: HTTP {response.status}")
        done += 1
        position += 1
    connection.close()
    counts[slot] = done


def load(
    base: str, paths: Sequence[str], connections: int, seconds: float | None
) -> tuple[int, float]:
    """(requests, elapsed seconds); ``seconds=None`` fetches every path once."""
    shares = [paths[i::connections] for i in range(connections)]
    counts = [0] * connections
    started = time.perf_counter()
    deadline = None if seconds is None else started + seconds
    threads = [
        threading.Thread(target=_worker, args=(base, share, deadline, counts, i))
        for i, share in enumerate(shares)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts), time.perf_counter() - started


def run_wrk(base: str, paths: Sequence[str], seconds: float, connections: int) -> str | None:
    if shutil.which("wrk") is None:
        return None
    script = Path(tempfile.mkdtemp()) / "paths.lua"
    listed = ",".join(json.dumps(path) for path in paths)
    script.write_text(
        f"local paths = {{{listed}}}\nlocal i = 0\n"
        "request = function() i = i % #paths + 1; return wrk.format('GET', paths[i]) end\n",
        encoding="utf-8",
    )
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds:g}s", "-s", str(script), base]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    rate = match.group(1) if match else "?"
    return f"{rate} req/s" + (f" ({errors.group(1)} non-2xx)" if errors else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--site", default="baolaocai")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--wrk", action="store_true", help="also measure with wrk when installed")
    args = parser.parse_args(argv)
    process, base = start_server(args.site, args.articles)
    try:
        paths = article_paths(base)
        cold, cold_time = load(base, paths, args.connections, None)
        print(
            f"cold: {cold} articles generated, rendered and served in {cold_time:.2f} s "
            f"= {cold / cold_time:,.0f} req/s"
        )
        warm, warm_time = load(base, paths, args.connections, args.seconds)
        print(
            f"warm: {warm} requests in {warm_time:.2f} s = {warm / warm_time:,.0f} req/s "
            f"({args.connections} keep-alive connections, Python client)"
        )
        if args.wrk:
            measured = run_wrk(base, paths, args.seconds, args.connections * 2)
            print(f"wrk:  {measured or 'wrk not installed'}")
    finally:
        process.terminate()
        process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
