"""WARC speed: what keeping the raw pages costs a crawl, and how fast ``reparse`` runs.

Serves ``newsarchive mirror`` (one outlet) from a separate process on 127.0.0.1, as
``crawl_speed.py`` does (its machinery is reused), and measures in one run:

* **crawl overhead**: the real ``newsarchive crawl --urls FILE`` of the same article
  pages with a config file saying ``warc = "all"`` (on) or ``warc = "off"``, alternating
  on/off and off/on over ``--rounds`` pairs; CPU ms/page of the crawl process (user +
  system, from ``wait4``), the on/off ratio of each pair and their median (target <= 1.10);
  then one crawl with WARC on whose CPU time in the WARC middleware and the WARC files'
  fsync is summed inside the process: a share a busy machine cannot blur as it blurs
  two separate crawls;
* **bytes**: WARC bytes per article page, compressed (all files / pages, and response
  records only), beside the page's own size;
* **WarcWriter.write alone** on the same pages, split into its parts (payload digest,
  warcio's record, gzip, the file), in this process;
* **reparse**: bare ``extract_article`` over the stored bodies already in memory against
  ``reparse(root, Options(dry_run=True, workers=N))`` over the archive of an "on" crawl
  (same pages; target: one worker within 15 % of bare), the curve over ``--workers``
  (target: 2 workers >= 1.7x one), and a Dask ``LocalCluster`` of 2 workers against
  ``--workers 2`` (cluster start-up included). Each round runs every variant once, the
  order reversed every other round; figures are medians over the rounds.

Exit status 0 whatever the figures: on a shared machine they are read, not asserted.

    python benchmarks/warc_speed.py                        # 2,000 pages, 3 rounds
    python benchmarks/warc_speed.py --pages 10000 --rounds 5
    python benchmarks/warc_speed.py --skip-crawl-ab        # reparse and bytes only
    python benchmarks/warc_speed.py --profile              # also cProfile WarcWriter.write
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import importlib.util
import io
import json
import os
import pstats
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

OVERHEAD_TARGET = 1.10
ONE_CORE_TARGET = 1.15
TWO_WORKER_TARGET = 1.7
MIN_RATE = 10.0
"""Pages/s below which a crawl is stopped (after a minute to start), as in crawl_speed.py."""


def load_crawl_speed() -> ModuleType:
    """``crawl_speed.py`` beside this script, as a module (benchmarks is no package)."""
    script = Path(__file__).with_name("crawl_speed.py")
    spec = importlib.util.spec_from_file_location("crawl_speed", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


cs = load_crawl_speed()


def load() -> float:
    return os.getloadavg()[0]


# --- crawl with WARC on and off ----------------------------------------------------------


@dataclass
class Crawl:
    mode: str
    pages: int
    cpu_s: float
    wall_s: float
    out: Path

    @property
    def cpu_ms_per_page(self) -> float:
        return self.cpu_s * 1000 / self.pages


def run_crawl(mode: str, site: str, mirror: Any, urls: Path, work: Path, count: int,
              tag: str) -> Crawl:
    """The real ``newsarchive crawl`` with ``warc = mode`` in its config file."""
    out, log, config = work / f"crawl-{tag}", work / f"crawl-{tag}.log", work / f"{mode}.toml"
    config.write_text(f'warc = "{mode}"\n', encoding="utf-8")
    command = [sys.executable, *cs.crawl_args(site, mirror.base, urls, out),
               "--config", str(config)]
    usage = cs.run_measured(command, 60 + count / MIN_RATE, log, mirror.served)
    reports = sorted((out / "runs").glob("*.json"))
    total = json.loads(reports[-1].read_text())["total"] if reports else {}
    written = int(total.get("articles_written", 0))
    cs._check(f"crawl (warc {mode})", count, written, usage, log)
    return Crawl(mode, written, usage.cpu_s, usage.wall_s, out)


def crawl_pairs(site: str, mirror: Any, urls: Path, work: Path, count: int,
                rounds: int) -> list[tuple[Crawl, Crawl]]:
    """``rounds`` (on, off) pairs, run on/off and off/on in turn."""
    pairs = []
    for round_ in range(1, rounds + 1):
        order = ("all", "off") if round_ % 2 else ("off", "all")
        runs = {mode: run_crawl(mode, site, mirror, urls, work, count, f"{mode}-{round_}")
                for mode in order}
        on, off = runs["all"], runs["off"]
        print(f"  round {round_} ({order[0]} first): on {on.cpu_ms_per_page:.2f}, off "
              f"{off.cpu_ms_per_page:.2f} CPU ms/page, ratio "
              f"{on.cpu_ms_per_page / off.cpu_ms_per_page:.3f} (load {load():.1f})", flush=True)
        pairs.append((on, off))
    return pairs


def report_crawl(pairs: Sequence[tuple[Crawl, Crawl]], loads: tuple[float, float]) -> None:
    ratios = [on.cpu_ms_per_page / off.cpu_ms_per_page for on, off in pairs]
    on_ms = statistics.median(on.cpu_ms_per_page for on, _ in pairs)
    off_ms = statistics.median(off.cpu_ms_per_page for _, off in pairs)
    ratio = statistics.median(ratios)
    print(f"\ncrawl of {pairs[0][0].pages:,} pages, {len(pairs)} pairs, load (1 min) "
          f"{loads[0]:.1f} -> {loads[1]:.1f}:")
    print("| pair | WARC on CPU ms/page | WARC off CPU ms/page | on / off |")
    print("|---:|---:|---:|---:|")
    for number, ((on, off), value) in enumerate(zip(pairs, ratios, strict=True), 1):
        print(f"| {number} | {on.cpu_ms_per_page:.2f} | {off.cpu_ms_per_page:.2f} | "
              f"{value:.3f} |")
    print(f"| median | {on_ms:.2f} | {off_ms:.2f} | {ratio:.3f} |")
    spread = max(ratios) - min(ratios)
    noisy = spread > OVERHEAD_TARGET - 1
    print(f"WARC overhead: {ratio - 1:+.1%} CPU per page (median of pairs; target at most "
          f"{OVERHEAD_TARGET - 1:.0%}: {'met' if ratio <= OVERHEAD_TARGET else 'MISSED'}); "
          f"pair ratios span {spread:.3f}"
          + (" -- wider than the target's margin: noise dominates" if noisy else ""))


# --- bytes --------------------------------------------------------------------------------


def warc_bytes(root: Path, pages: int) -> None:
    """Compressed bytes per article page: all WARC files, and by record type."""
    from warcio.archiveiterator import ArchiveIterator

    from newsarchive.archive.warc import warc_files

    by_type: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    payload = 0
    files = warc_files(root)
    for path in files:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle)
            for record in records:
                if record.rec_type == "response":
                    payload += len(record.content_stream().read())
                records.read_to_end(record)
                by_type[record.rec_type] += records.get_record_length()
                counts[record.rec_type] += 1
    total = sum(path.stat().st_size for path in files)
    print(f"\nWARC bytes ({len(files)} file(s), {pages:,} article pages): "
          f"{total / pages / 1024:.1f} KB per article page in all, "
          f"{by_type['response'] / pages / 1024:.1f} KB per page in response records; "
          f"the pages themselves {payload / max(counts['response'], 1) / 1024:.1f} KB "
          f"decoded (compressed to {by_type['response'] / max(payload, 1):.0%})")
    print("records: " + ", ".join(f"{kind} {counts[kind]:,} ({size / 1024:,.0f} KB)"
                                  for kind, size in by_type.most_common()))


# --- WarcWriter.write alone ----------------------------------------------------------------


def exchanges(site: str, bodies: Sequence[tuple[bytes, str]]) -> list[Any]:
    """Exchanges as the middleware builds them, with the mirror's usual headers."""
    from newsarchive.crawlfacts import Exchange

    now = datetime.now(UTC)
    request = [("Accept", "text/html,application/xhtml+xml"), ("User-Agent", "newsarchive"),
               ("Accept-Encoding", "gzip, deflate")]
    return [Exchange(url, site, now, "GET", request, 200, "HTTP/1.1",
                     [("Content-Type", "text/html; charset=utf-8"),
                      ("Content-Length", str(len(body)))], body, "127.0.0.1")
            for body, url in bodies]


def timed(action: Callable[[], object]) -> float:
    started = time.process_time()
    action()
    return time.process_time() - started


def writer_parts(site: str, bodies: Sequence[tuple[bytes, str]], folder: Path,
                 profile: bool) -> None:
    """CPU ms/page of ``WarcWriter.write`` alone, and of its parts redone one by one."""
    from isal import igzip
    from warcio.warcwriter import WARCWriter

    from newsarchive.archive.warc import (
        GZIP_LEVEL,
        PayloadIndex,
        WarcWriter,
        payload_digest,
        warc_date,
    )

    items = exchanges(site, bodies)
    db = sqlite3.connect(folder / "micro.sqlite", isolation_level="DEFERRED")
    db.execute("PRAGMA journal_mode=WAL")
    writer = WarcWriter(folder / "micro", "bench", PayloadIndex(db))
    total = timed(lambda: [writer.write(item) for item in items])
    writer.close()
    db.commit()
    db.close()
    plain = WARCWriter(io.BytesIO(), gzip=False, warc_version="1.1")
    records: list[bytes] = []

    def build() -> None:
        for item in items:
            plain.out = io.BytesIO()
            date = warc_date(item.fetched_at)
            plain.write_record(writer._response(item, date, payload_digest(item.body)))
            records.append(plain.out.getvalue())

    parts = {"payload digest (SHA-1, base32)": timed(
                 lambda: [payload_digest(item.body) for item in items]),
             "warcio response record, uncompressed": timed(build),
             f"gzip of it (isal, level {GZIP_LEVEL})": timed(
                 lambda: [igzip.compress(data, GZIP_LEVEL) for data in records]),
             "one more SHA-1 of the body (for scale)": timed(
                 lambda: [hashlib.sha1(item.body).digest() for item in items])}
    per = 1000 / len(items)
    print(f"\nWarcWriter.write alone, {len(items):,} mirror pages: {total * per:.2f} CPU "
          "ms/page (response + request record, revisit lookup, file append); parts redone alone:")
    for name, seconds in parts.items():
        print(f"  {name}: {seconds * per:.3f} ms/page")
    if profile:
        profile_writer(items, folder)


def profile_writer(items: Sequence[Any], folder: Path) -> None:
    from newsarchive.archive.warc import WarcWriter

    writer = WarcWriter(folder / "profiled", "bench")
    profiler = cProfile.Profile()
    profiler.enable()
    for item in items:
        writer.write(item)
    profiler.disable()
    writer.close()
    print("cProfile of WarcWriter.write (slows Python code about 2x; read shares):")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


# --- reparse ---------------------------------------------------------------------------------


def stored_pages(root: Path) -> list[tuple[bytes, str, str]]:
    """(body, url, site) of the latest revision of every article, read from the WARC."""
    from newsarchive.archive.index import ArchiveIndex
    from newsarchive.archive.warcread import read_response
    from newsarchive.crawlfacts import RecordRef
    from newsarchive.reparse import Selection, select_places
    from newsarchive.reparse.plan import read_line

    index = ArchiveIndex(root / "index.sqlite", read_only=True)
    try:
        places = select_places(index, Selection())
    finally:
        index.close()
    pages = []
    for place in places:
        line = read_line(root, place)
        body = read_response(root, RecordRef.of(line["warc"])).body
        pages.append((body, str(line["url"]), str(line["site"])))
    return pages


def reading_ms(root: Path, pages: int) -> None:
    """CPU ms/article of what ``reparse`` does besides extraction: the index query,
    the archived line and its WARC record read back (``reextract`` without extracting)."""
    started = time.process_time()
    stored_pages(root)
    print(f"reparse's reading alone (index, JSONL line, WARC record): "
          f"{(time.process_time() - started) * 1000 / pages:.2f} CPU ms/article")


def bare(pages: Sequence[tuple[bytes, str, str]]) -> None:
    """``extract_article`` as ``reparse`` calls it, over bodies already in memory."""
    from newsarchive.errors import NotAnArticle
    from newsarchive.extract import extract_article
    from newsarchive.sites import get_profile

    for body, url, site in pages:
        with contextlib.suppress(NotAnArticle):
            extract_article(body, url, get_profile(site)).to_dict()


@dataclass
class Timing:
    wall_s: float
    cpu_s: float
    """This process and its reaped children (worker processes)."""


def cpu_now() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timing(action: Callable[[], object]) -> Timing:
    cpu, wall = cpu_now(), time.perf_counter()
    action()
    return Timing(time.perf_counter() - wall, cpu_now() - cpu)


def reparse_variants(root: Path, pages: Sequence[tuple[bytes, str, str]],
                     workers: Sequence[int], dask: bool) -> dict[str, Callable[[], object]]:
    from newsarchive.reparse import Options, reparse

    def run(options: Any) -> Callable[[], object]:
        def action() -> None:
            summary = reparse(root, options)
            if summary.read != len(pages) or summary.failed:
                raise RuntimeError(f"reparse: {summary.line(True)}")
            if summary.changed:
                print(f"    note: {summary.line(True)}", flush=True)
        return action

    variants: dict[str, Callable[[], object]] = {"bare extract_article": lambda: bare(pages)}
    for count in workers:
        variants[f"reparse, {count} worker(s)"] = run(Options(dry_run=True, workers=count))
    if dask:
        variants["reparse, Dask LocalCluster of 2"] = run(
            Options(dry_run=True, workers=2, scheduler="local"))
    return variants


def reparse_rounds(variants: dict[str, Callable[[], object]], rounds: int,
                   warmup: Sequence[tuple[bytes, str, str]]) -> dict[str, list[Timing]]:
    names = list(variants)
    bare(warmup)
    measured: dict[str, list[Timing]] = {name: [] for name in names}
    for round_ in range(1, rounds + 1):
        for name in (names if round_ % 2 else names[::-1]):
            measured[name].append(timing(variants[name]))
        print(f"  round {round_}: " + ", ".join(
            f"{name.removeprefix('reparse, ')} {measured[name][-1].wall_s:.1f} s"
            for name in names) + f" (load {load():.1f})", flush=True)
    return measured


def report_reparse(measured: dict[str, list[Timing]], pages: int,
                   loads: tuple[float, float]) -> None:
    names = list(measured)
    rounds = len(measured[names[0]])
    walls = {name: statistics.median(t.wall_s for t in runs) for name, runs in measured.items()}
    cpus = {name: statistics.median(t.cpu_s for t in runs) for name, runs in measured.items()}
    one = next(name for name in names if name.endswith(" 1 worker(s)"))
    print(f"\nreparse of {pages:,} articles (dry run), {rounds} rounds, load (1 min) "
          f"{loads[0]:.1f} -> {loads[1]:.1f}; medians (CPU: this process and its workers):")
    print("| variant | wall s | wall ms/article | CPU ms/article | speed-up vs 1 worker |")
    print("|---|---:|---:|---:|---:|")
    for name in names:
        print(f"| {name} | {walls[name]:.2f} | {walls[name] * 1000 / pages:.2f} | "
              f"{cpus[name] * 1000 / pages:.2f} | {walls[one] / walls[name]:.2f}x |")
    paired = _paired(measured, one, "bare extract_article")
    cpu_paired = statistics.median(a.cpu_s / b.cpu_s for a, b in zip(
        measured[one], measured["bare extract_article"], strict=True))
    print(f"one worker / bare: {paired:.3f} wall, {cpu_paired:.3f} CPU (medians of rounds; "
          f"target at most {ONE_CORE_TARGET:.2f}: wall {_met(paired <= ONE_CORE_TARGET)}, "
          f"CPU {_met(cpu_paired <= ONE_CORE_TARGET)})")
    two = next((name for name in names if name.endswith(" 2 worker(s)")), None)
    if two is not None:
        speedup = 1 / _paired(measured, two, one)
        print(f"2 workers vs 1: {speedup:.2f}x wall (median of rounds; target at least "
              f"{TWO_WORKER_TARGET}x: {_met(speedup >= TWO_WORKER_TARGET)}); "
              f"their CPU {cpus[two] / cpus[one]:.2f}x one worker's")
        if loads[0] > (os.cpu_count() or 1):
            print(f"  the load ({loads[0]:.1f}) exceeds the {os.cpu_count()} cores: workers "
                  "share them with other processes, so wall-time scaling is bounded by the "
                  "cores left over, not by reparse")
        dask = next((name for name in names if "Dask" in name), None)
        if dask is not None:
            ratio = _paired(measured, dask, two)
            extra = statistics.median(d.wall_s - w.wall_s for d, w in zip(
                measured[dask], measured[two], strict=True))
            print(f"Dask LocalCluster / --workers 2: {ratio:.2f}x wall, {extra:+.1f} s "
                  "(cluster start-up included; median of rounds)")


def _met(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _paired(measured: dict[str, list[Timing]], a: str, b: str) -> float:
    return statistics.median(x.wall_s / y.wall_s for x, y in zip(measured[a], measured[b],
                                                                   strict=True))


# --- entry point ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--site", default="baolaocai")
    parser.add_argument("--pages", type=int, default=2000, help="article pages (default 2000)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="crawl pairs and reparse rounds (default 3)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3, 4],
                        help="the reparse curve (default 1 2 3 4)")
    parser.add_argument("--no-dask", action="store_true", help="leave the LocalCluster out")
    parser.add_argument("--skip-crawl-ab", action="store_true",
                        help="one crawl with WARC on only (bytes and reparse)")
    parser.add_argument("--profile", action="store_true", help="cProfile WarcWriter.write")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="warc-speed-") as folder:
        work = Path(folder)
        mirror = cs.start_mirror_process(args.site, args.pages, work)
        try:
            print(f"mirror of {args.site}: {len(mirror.pages):,} articles at {mirror.base}; "
                  f"load (1 min) {load():.1f} on {os.cpu_count()} cores", flush=True)
            on = measure_crawls(args, mirror, work)
        finally:
            mirror.stop()
        warc_bytes(on.out, on.pages)
        pages = stored_pages(on.out)
        writer_parts(args.site, [(body, url) for body, url, _ in pages], work, args.profile)
        reading_ms(on.out, len(pages))
        before = load()
        variants = reparse_variants(on.out, pages, args.workers, not args.no_dask)
        print(f"\nreparse, {args.rounds} rounds:", flush=True)
        measured = reparse_rounds(variants, args.rounds, pages[:50])
        report_reparse(measured, len(pages), (before, load()))
    return 0


def measure_crawls(args: argparse.Namespace, mirror: Any, work: Path) -> Crawl:
    """The crawl pairs (or one crawl with WARC on); the last crawl with WARC on."""
    _, urls = cs.write_url_files(mirror, args.pages, work)
    cs.fetch_all(mirror.base, [path for path, _ in mirror.pages[:args.pages]], set())
    if args.skip_crawl_ab:
        return run_crawl("all", args.site, mirror, urls, work, args.pages, "on")
    before = load()
    print(f"\ncrawl, WARC on and off, {args.rounds} pairs:", flush=True)
    pairs = crawl_pairs(args.site, mirror, urls, work, args.pages, args.rounds)
    report_crawl(pairs, (before, load()))
    report_warc_share(timed_crawl(args.site, mirror, urls, work, args.pages))
    return pairs[-1][0]


TIMED_CRAWL = """
import json, sys, time
from newsarchive.archive.warc import WarcWriter
from newsarchive.cli import main
from newsarchive.crawl.warc import WarcRecorder
spent = 0.0
def timed(method):
    def call(*args, **kwargs):
        global spent
        started = time.process_time()
        try:
            return method(*args, **kwargs)
        finally:
            spent += time.process_time() - started
    return call
WarcRecorder.process_response = timed(WarcRecorder.process_response)
WarcWriter.sync = timed(WarcWriter.sync)
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump({"warc_s": spent, "cpu_s": time.process_time()}, out)
sys.exit(code)
"""
"""``python -c TIMED_CRAWL FILE ARGS...``: ``newsarchive ARGS...`` with the CPU time spent
in the crawl's WARC work summed: the middleware (record building, gzip, revisit lookup,
writes) and the fsync of WARC files at each group commit. Two clock reads a page, so the
crawl runs at full speed, and a busy machine cannot blur one crawl's shares as it blurs
two separate crawls."""


def timed_crawl(site: str, mirror: Any, urls: Path, work: Path, count: int) -> Path:
    """One crawl with WARC on, its WARC work timed; the file its figures are written to."""
    out, figures = work / "crawl-timed", work / "crawl-timed.json"
    config = work / "all.toml"
    config.write_text('warc = "all"\n', encoding="utf-8")
    arguments = cs.crawl_args(site, mirror.base, urls, out)[2:]
    command = [sys.executable, "-c", TIMED_CRAWL, str(figures), *arguments,
               "--config", str(config)]
    cs.run_measured(command, 60 + count / MIN_RATE, work / "crawl-timed.log", mirror.served)
    return figures


def report_warc_share(figures_file: Path) -> None:
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    warc, total = float(figures["warc_s"]), float(figures["cpu_s"])
    overhead = warc / (total - warc)
    print(f"one crawl with its WARC work timed inside: WARC {warc:.2f} s of {total:.2f} s "
          f"CPU ({warc / total:.1%}), an overhead of {overhead:+.1%} over the rest of the "
          f"crawl (target at most {OVERHEAD_TARGET - 1:.0%}: "
          f"{_met(overhead <= OVERHEAD_TARGET - 1)})")


if __name__ == "__main__":
    raise SystemExit(main())
