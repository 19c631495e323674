"""Crawl speed: what the crawl machinery costs beyond fetching, parsing and extraction.

Serves ``newsarchive mirror`` (one outlet) from a separate process on 127.0.0.1, then
fetches the same article URLs with three spiders, each in its own process:

* ``fetch``: a bare Scrapy spider that only receives the pages;
* ``parse``: the same, plus ``lxml.html.document_fromstring`` on every body;
* ``crawl``: the real ``newsarchive crawl --urls FILE`` (profile, extraction, middlewares,
  extensions, deduplicating archive pipeline, run report).

The two bare spiders use the real crawl's transport settings (concurrency, delay,
AutoThrottle, robots.txt, retries, timeouts, with its loopback overrides) and nothing else.
Each size runs ``--rounds`` rounds (default 3) of all three in turn and reports each
one's median run. Per spider: pages/s over the crawl (Scrapy's start to finish), CPU
ms/page (user + system time of the whole process, from ``wait4``), the same by quarter
of the pages (CPU time sampled from ``/proc`` against the mirror's access log, start-up
excluded) and peak RSS (``VmHWM`` sampled from ``/proc``). Extraction alone is timed in
this process, once per round (median): warm-up, then ``extract_article`` over the first
pages of the same list, as the spider calls it.

Targets: crawl CPU/page <= parse CPU/page + 1.2 x extraction ms/page at every size; the
crawl's peak RSS grows <= 15 % from the smallest to the largest size (the bare spiders'
growth, shown beside it, is Scrapy's own). Also printed, outside the exit status: the
crawl's CPU beyond the bare fetch and extraction as a share of extraction, against the
target's gloss (at most 20 %), which does not count lxml's parse twice as the formula does.

    python benchmarks/crawl_speed.py                  # 5,000 and 20,000 pages
    python benchmarks/crawl_speed.py --quick          # 1,000 pages, a sanity check
    python benchmarks/crawl_speed.py --profile 2000   # also cProfile a 2,000-page crawl
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
SPIDERS = ("fetch", "parse", "crawl")
MACHINERY_FACTOR = 1.2
FLAT_RSS_GROWTH = 0.15
EXTRACT_SAMPLE = 2000
WARMUP_PAGES = 50
MIN_RATE = 20.0
"""A spider slower than this many pages/s (after a minute to start) is stopped."""
PROFILE_FOCUS = r"newsarchive/|is_generator_with_return_value|asdict|minhash"
"""Cumulative profile lines worth reading: the project's code and the known hot spots."""
POLL_S = 0.02
SAMPLE_S = 0.1
QUARTERS = 4
SHARED_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY", "AUTOTHROTTLE_ENABLED", "AUTOTHROTTLE_START_DELAY",
    "AUTOTHROTTLE_MAX_DELAY", "AUTOTHROTTLE_TARGET_CONCURRENCY", "DOWNLOAD_TIMEOUT",
    "DOWNLOAD_MAXSIZE", "DOWNLOAD_WARNSIZE", "RETRY_TIMES", "RETRY_HTTP_CODES",
    "REDIRECT_MAX_TIMES", "COOKIES_ENABLED", "TELNETCONSOLE_ENABLED",
)


# --- the mirror ----------------------------------------------------------------------


class ServedCounter:
    """Requests the mirror has answered so far, read from its line-flushed access log."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.lines = 0

    def count(self) -> int:
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            chunk = handle.read()
        self.offset += len(chunk)
        self.lines += chunk.count(b"\n")
        return self.lines


@dataclass
class Mirror:
    process: subprocess.Popen[str]
    base: str
    pages: list[tuple[str, str]]
    """(path on the mirror, real-domain URL) of every article, in manifest order."""
    served: ServedCounter

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_mirror_process(site: str, articles: int, folder: Path) -> Mirror:
    """``newsarchive mirror`` in its own process; waits for its ``serving`` line."""
    manifest, log = folder / "manifest.jsonl", folder / "access.log"
    command = [sys.executable, "-m", "newsarchive.cli", "mirror", "--site", site,
               "--articles", str(articles), "--port", "0", "--manifest", str(manifest),
               "--access-log", str(log)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    match = re.fullmatch(r"serving \S+ at (http://127\.0\.0\.1:\d+)/", line)
    if match is None:
        process.kill()
        process.wait(timeout=10)
        raise RuntimeError(f"mirror did not start: {line!r}")
    rows = [json.loads(row) for row in manifest.read_text(encoding="utf-8").splitlines()]
    pages = [(row["path"], row["url"]) for row in rows if row["fault"] is None]
    return Mirror(process, match.group(1), pages, ServedCounter(log))


def _fetch_share(base: str, paths: Sequence[str], keep: set[str],
                 bodies: dict[str, bytes]) -> None:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        for path in paths:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise RuntimeError(f"{path}: HTTP {response.status}")
            if path in keep:
                bodies[path] = body
    finally:
        connection.close()


def fetch_all(base: str, paths: Sequence[str], keep: set[str],
              connections: int = 8) -> dict[str, bytes]:
    """Fetch every page once (rendering it into the mirror's cache); the bodies of ``keep``."""
    bodies: dict[str, bytes] = {}
    threads = [
        threading.Thread(target=_fetch_share, args=(base, paths[i::connections], keep, bodies))
        for i in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if len(bodies) != len(keep):
        raise RuntimeError(f"warm-up fetched {len(bodies)} of {len(keep)} kept pages")
    return bodies


# --- extraction alone ----------------------------------------------------------------


def extraction_ms(site: str, pages: Sequence[tuple[bytes, str]]) -> float:
    """CPU ms per page of ``extract_article`` as the spider calls it, after a warm-up."""
    from newsarchive.extract import extract_article
    from newsarchive.sites import get_profile, with_generic_fallbacks

    profile = with_generic_fallbacks(get_profile(site))
    for body, url in pages[:WARMUP_PAGES]:
        extract_article(body, url, profile)
    started = time.process_time()
    for body, url in pages:
        extract_article(body, url, profile)
    return (time.process_time() - started) * 1000 / len(pages)


def corpus_extraction_ms(passes: int = 5) -> tuple[int, float] | None:
    """(pages, median ms/page) of ``extract_speed.py``'s newsarchive task, when it can run."""
    script = Path(__file__).with_name("extract_speed.py")
    spec = importlib.util.spec_from_file_location("extract_speed", script)
    if not script.exists() or spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    corpus = Path(module.default_shared()) / "corpus"
    if not (corpus / "manifest.tsv").exists():
        return None
    pages = module.article_pages(corpus)
    timings = []
    for attempt in range(passes + 1):
        started = time.process_time()
        for page in pages:
            module.run_newsarchive(page)
        if attempt:
            timings.append((time.process_time() - started) * 1000 / len(pages))
    return len(pages), statistics.median(timings)


# --- the two bare spiders (run with --child) -----------------------------------------


def child_settings() -> dict[str, Any]:
    """The real crawl's transport settings, loopback overrides included; nothing else."""
    from newsarchive import settings

    values = {name: getattr(settings, name) for name in SHARED_SETTINGS}
    values.update({k: v for k, v in settings.LOOPBACK_SETTINGS.items() if k in values})
    values["LOG_LEVEL"] = "WARNING"
    return values


def run_child(kind: str, urls: Path, result: Path) -> int:
    """Fetch every URL of ``urls`` with the ``fetch`` or ``parse`` spider; write counts."""
    import lxml.html
    import scrapy  # noqa: TID251 - the benchmark's own baseline spiders
    from scrapy.crawler import CrawlerProcess  # noqa: TID251

    class BenchSpider(scrapy.Spider):
        name = f"bench-{kind}"
        parse_bodies = kind == "parse"

        async def start(self) -> AsyncIterator[scrapy.Request]:
            for line in urls.read_text(encoding="utf-8").split():
                yield scrapy.Request(line, callback=self.receive, errback=self.failed)

        def receive(self, response: scrapy.http.Response) -> None:
            if self.parse_bodies:
                lxml.html.document_fromstring(response.body)
            self._inc(f"bench/status_{response.status}")

        def failed(self, failure: Any) -> None:
            self._inc("bench/failed")

        def _inc(self, key: str) -> None:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(key)

        def closed(self, reason: str) -> None:
            assert self.crawler.stats is not None
            stats = self.crawler.stats.get_stats()
            seconds = datetime.now(UTC) - stats["start_time"]
            summary = {"pages": stats.get("bench/status_200", 0),
                       "failed": stats.get("bench/failed", 0),
                       "seconds": seconds.total_seconds(), "reason": reason}
            result.write_text(json.dumps(summary), encoding="utf-8")

    process = CrawlerProcess(child_settings())
    process.crawl(BenchSpider)
    process.start()
    return 0


# --- measuring a process --------------------------------------------------------------


def proc_status(pid: int) -> tuple[int, float] | None:
    """(``VmHWM`` in kB, user + system CPU seconds) of a live process, None once gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    fields = stat.rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    return (int(match.group(1)) if match else 0), ticks / os.sysconf("SC_CLK_TCK")


@dataclass
class Usage:
    cpu_s: float
    wall_s: float
    max_rss_mb: float
    exit_code: int
    samples: list[tuple[int, float]] = field(default_factory=list)
    """(requests the mirror served since the start, CPU seconds of the process so far)."""

    def cpu_at(self, served: int) -> float:
        """CPU seconds when the ``served``-th request was answered (interpolated)."""
        before = (0, 0.0)
        for sample in self.samples:
            if sample[0] >= served:
                if sample[0] == before[0]:
                    return sample[1]
                share = (served - before[0]) / (sample[0] - before[0])
                return before[1] + share * (sample[1] - before[1])
            before = sample
        return self.samples[-1][1]

    def quarters_ms(self, pages: int) -> list[float]:
        """CPU ms/page over each quarter of the pages, from the first request served."""
        edges = [max(1, pages * q // QUARTERS) for q in range(QUARTERS + 1)]
        cpu = [self.cpu_at(edge) for edge in edges]
        return [(cpu[q + 1] - cpu[q]) * 1000 / (edges[q + 1] - edges[q])
                for q in range(QUARTERS)]


class Sampler:
    """Peak RSS and (served, CPU) samples of a running child process."""

    def __init__(self, pid: int, served: ServedCounter) -> None:
        self.pid = pid
        self.served = served
        self.baseline = served.count()
        self.peak_kb = 0
        self.samples: list[tuple[int, float]] = []
        self.last = 0.0

    def poll(self) -> None:
        status = proc_status(self.pid)
        if status is None:
            return
        self.peak_kb = max(self.peak_kb, status[0])
        now = time.perf_counter()
        if now - self.last >= SAMPLE_S:
            self.last = now
            self.samples.append((self.served.count() - self.baseline, status[1]))

    def finish(self, cpu_s: float) -> None:
        self.samples.append((self.served.count() - self.baseline, cpu_s))


def run_measured(command: Sequence[str], timeout: float, log: Path,
                 served: ServedCounter) -> Usage:
    """Run ``command`` from the repository root: its CPU time (wait4), peak RSS, samples.

    ``ru_maxrss`` is not used: a child spawned by vfork inherits this process's peak.
    """
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsarchive.settings"}
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as errors:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                   stderr=errors)
        sampler = Sampler(process.pid, served)
        while True:
            sampler.poll()
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(POLL_S)
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu_s = usage.ru_utime + usage.ru_stime
    sampler.finish(cpu_s)
    return Usage(cpu_s, time.perf_counter() - started, sampler.peak_kb / 1024,
                 process.returncode, sampler.samples)


# --- the three spiders ------------------------------------------------------------------


@dataclass
class Result:
    spider: str
    pages: int
    crawl_s: float
    usage: Usage

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.crawl_s if self.crawl_s else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return self.usage.cpu_s * 1000 / self.pages if self.pages else float("inf")

    def quarters(self) -> list[float]:
        return self.usage.quarters_ms(self.pages)


def _check(spider: str, expected: int, pages: int, usage: Usage, log: Path) -> None:
    if usage.exit_code != 0 or pages != expected:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise RuntimeError(f"{spider}: exit {usage.exit_code}, {pages} of {expected} pages\n"
                           f"{tail}")


def run_bench_spider(kind: str, mirror: Mirror, urls: Path, work: Path, count: int,
                     tag: str) -> Result:
    result, log = work / f"{kind}-{tag}.json", work / f"{kind}-{tag}.log"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
               "--child-urls", str(urls), "--child-result", str(result)]
    usage = run_measured(command, 60 + count / MIN_RATE, log, mirror.served)
    summary = json.loads(result.read_text()) if result.exists() else {"pages": 0, "seconds": 0}
    _check(kind, count, int(summary["pages"]), usage, log)
    return Result(kind, int(summary["pages"]), float(summary["seconds"]), usage)


def crawl_args(site: str, base: str, urls: Path, out: Path) -> list[str]:
    return ["-m", "newsarchive.cli", "crawl", "--site", site, "--urls", str(urls),
            "--base-url", f"{site}={base}", "--out", str(out)]


def run_real_crawl(site: str, mirror: Mirror, urls: Path, work: Path, count: int,
                   tag: str) -> Result:
    out, log = work / f"crawl-{tag}", work / f"crawl-{tag}.log"
    command = [sys.executable, *crawl_args(site, mirror.base, urls, out)]
    usage = run_measured(command, 60 + count / MIN_RATE, log, mirror.served)
    reports = sorted((out / "runs").glob("*.json"))
    total = json.loads(reports[-1].read_text())["total"] if reports else {}
    written = int(total.get("articles_written", 0))
    _check("crawl", count, written, usage, log)
    return Result("crawl", written, float(total["duration_s"]), usage)


# --- one size ---------------------------------------------------------------------------


@dataclass
class SizeRun:
    pages: int
    extract_ms: float
    results: dict[str, Result]
    load: tuple[float, float]
    """The 1-minute load average before and after the three spiders."""

    def budget_ms(self, extract_ms: float | None = None) -> float:
        extract = self.extract_ms if extract_ms is None else extract_ms
        return self.results["parse"].cpu_ms_per_page + MACHINERY_FACTOR * extract

    def passes(self, extract_ms: float | None = None) -> bool:
        return self.results["crawl"].cpu_ms_per_page <= self.budget_ms(extract_ms)


def write_url_files(mirror: Mirror, count: int, work: Path) -> tuple[Path, Path]:
    """(mirror URLs for the bare spiders, real-domain URLs for ``newsarchive crawl``)."""
    chosen = mirror.pages[:count]
    local, real = work / f"local-{count}.txt", work / f"real-{count}.txt"
    local.write_text("".join(f"{mirror.base}{path}\n" for path, _ in chosen), encoding="utf-8")
    real.write_text("".join(f"{url}\n" for _, url in chosen), encoding="utf-8")
    return local, real


def measure_size(site: str, mirror: Mirror, count: int, work: Path, rounds: int) -> SizeRun:
    """``rounds`` rounds of extraction, fetch, parse and crawl, one after the other (so
    that a slow spell of the machine hits all of them); each keeps its median."""
    local, real = write_url_files(mirror, count, work)
    chosen = mirror.pages[:count]
    sampled = chosen[:EXTRACT_SAMPLE]
    bodies = fetch_all(mirror.base, [path for path, _ in chosen], {p for p, _ in sampled})
    pages = [(bodies[path], url) for path, url in sampled]
    del bodies
    before = os.getloadavg()[0]
    extracts: list[float] = []
    measured: dict[str, list[Result]] = {spider: [] for spider in SPIDERS}
    for round_ in range(1, rounds + 1):
        extracts.append(extraction_ms(site, pages))
        tag = f"{count}-{round_}"
        for spider in SPIDERS:
            if spider == "crawl":
                result = run_real_crawl(site, mirror, real, work, count, tag)
            else:
                result = run_bench_spider(spider, mirror, local, work, count, tag)
            measured[spider].append(result)
            print(f"  {count} pages, round {round_}, {spider}: {format_result(result)}",
                  flush=True)
    results = {spider: _median(runs) for spider, runs in measured.items()}
    return SizeRun(count, statistics.median(extracts), results, (before, os.getloadavg()[0]))


def _median(results: list[Result]) -> Result:
    """The run with the median CPU per page (the lower middle one of an even count)."""
    ordered = sorted(results, key=lambda result: result.cpu_ms_per_page)
    return ordered[(len(ordered) - 1) // 2]


# --- the report -------------------------------------------------------------------------


def format_result(result: Result) -> str:
    return (f"{result.pages_per_s:,.0f} pages/s, {result.cpu_ms_per_page:.2f} CPU ms/page, "
            f"peak RSS {result.usage.max_rss_mb:.0f} MB")


def table(runs: Sequence[SizeRun]) -> None:
    print("\n| pages | spider | pages/s | CPU ms/page | CPU ms/page by quarter | peak RSS MB |")
    print("|---:|---|---:|---:|---|---:|")
    for run in runs:
        for spider in SPIDERS:
            result = run.results[spider]
            quarters = " / ".join(f"{value:.2f}" for value in result.quarters())
            print(f"| {run.pages:,} | {spider} | {result.pages_per_s:,.0f} | "
                  f"{result.cpu_ms_per_page:.2f} | {quarters} | "
                  f"{result.usage.max_rss_mb:.0f} |")
    print()


def verdict(run: SizeRun, extract_ms: float, label: str) -> str:
    crawl = run.results["crawl"].cpu_ms_per_page
    parse = run.results["parse"].cpu_ms_per_page
    return (f"{run.pages:,} pages: crawl {crawl:.2f} CPU ms/page vs parse {parse:.2f} + "
            f"{MACHINERY_FACTOR} x {extract_ms:.2f} ({label}) = {run.budget_ms(extract_ms):.2f} "
            f"-> {'PASS' if run.passes(extract_ms) else 'FAIL'}")


def rss_growth(small: SizeRun, large: SizeRun, spider: str) -> float:
    before = small.results[spider].usage.max_rss_mb
    return (large.results[spider].usage.max_rss_mb - before) / before


def memory_flat(small: SizeRun, large: SizeRun) -> bool:
    """The crawl's peak RSS grows at most FLAT_RSS_GROWTH; the bare spiders show Scrapy's."""
    for spider in SPIDERS:
        before = small.results[spider].usage.max_rss_mb
        after = large.results[spider].usage.max_rss_mb
        per_k = (after - before) * 1024 * 1000 / (large.pages - small.pages)
        print(f"peak RSS {spider}: {before:.0f} MB at {small.pages:,} -> {after:.0f} MB at "
              f"{large.pages:,} ({rss_growth(small, large, spider):+.0%}, {per_k:.0f} KB per "
              "1,000 more pages)")
    flat = rss_growth(small, large, "crawl") <= FLAT_RSS_GROWTH
    print(f"memory flat (crawl peak RSS growth <= {FLAT_RSS_GROWTH:.0%}): "
          + ("PASS" if flat else "FAIL"))
    return flat


def machinery(run: SizeRun) -> str:
    """What the crawl costs beyond the bare fetch and extraction (which parses)."""
    extra = (run.results["crawl"].cpu_ms_per_page - run.results["fetch"].cpu_ms_per_page
             - run.extract_ms)
    share = extra / run.extract_ms
    gloss = "met" if share <= MACHINERY_FACTOR - 1 else "not met"
    return (f"crawl machinery beyond fetch + extraction: {extra:.2f} CPU ms/page "
            f"({share:.0%} of extraction; the target's gloss, at most "
            f"{MACHINERY_FACTOR - 1:.0%}: {gloss})")


def report(runs: Sequence[SizeRun], corpus: tuple[int, float] | None) -> bool:
    table(runs)
    for run in runs:
        print(f"load average (1 min) around the {run.pages:,}-page runs: "
              f"{run.load[0]:.2f} -> {run.load[1]:.2f} (2 = both cores busy)")
        print(f"extraction alone, first {min(run.pages, EXTRACT_SAMPLE):,} of these pages: "
              f"{run.extract_ms:.2f} CPU ms/page (median of the rounds)")
        print(verdict(run, run.extract_ms, "extraction, same pages"))
        print(machinery(run))
        if corpus is not None:
            print("  for reference, with extract_speed.py's figure: "
                  + verdict(run, corpus[1], f"corpus, {corpus[0]} pages"))
    ok = all(run.passes() for run in runs)
    if len(runs) > 1:
        ok = memory_flat(runs[0], runs[-1]) and ok
    print(f"\noverall: {'PASS' if ok else 'FAIL'}")
    return ok


# --- profiling --------------------------------------------------------------------------


def profile_crawl(site: str, mirror: Mirror, count: int, work: Path, top: int = 25) -> None:
    """cProfile the real crawl over ``count`` pages; print the costliest functions."""
    _, real = write_url_files(mirror, count, work)
    stats_file = work / f"crawl-{count}.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(stats_file),
               *crawl_args(site, mirror.base, real, work / f"profiled-{count}")]
    usage = run_measured(command, 120 + count / MIN_RATE * 3, work / "profiled.log",
                         mirror.served)
    print(f"\ncProfile of a {count:,}-page crawl (exit {usage.exit_code}, "
          f"{usage.cpu_s:.1f} s CPU under the profiler, which slows Python code about 2x):")
    stats = pstats.Stats(str(stats_file))
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(PROFILE_FOCUS, top)


# --- entry point ------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--site", default="baolaocai")
    parser.add_argument("--quick", action="store_true", help="1,000 pages only")
    parser.add_argument("--sizes", type=int, nargs="+", metavar="N",
                        help="page counts to measure (default 5000 20000)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds per size; each figure is the median (default 3)")
    parser.add_argument("--profile", type=int, metavar="N", default=0,
                        help="also cProfile the real crawl over N pages")
    parser.add_argument("--child", choices=("fetch", "parse"), help=argparse.SUPPRESS)
    parser.add_argument("--child-urls", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-result", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return run_child(args.child, args.child_urls, args.child_result)
    sizes = sorted(args.sizes or ([1000] if args.quick else [5000, 20000]))
    with tempfile.TemporaryDirectory(prefix="crawl-speed-") as folder:
        work = Path(folder)
        corpus = corpus_extraction_ms()
        mirror = start_mirror_process(args.site, max([*sizes, args.profile]), work)
        try:
            print(f"mirror of {args.site}: {len(mirror.pages):,} articles at {mirror.base}")
            runs = [measure_size(args.site, mirror, count, work, args.rounds)
                    for count in sizes]
            ok = report(runs, corpus)
            if args.profile:
                profile_crawl(args.site, mirror, args.profile, work)
        finally:
            mirror.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
