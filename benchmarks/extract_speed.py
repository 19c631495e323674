"""Extraction speed on the corpus article pages: newsarchive vs. trafilatura vs. a bare parse.

Each tool runs over every ``kind=article`` page of ``corpus/manifest.tsv`` (with
``--generic``: every page of ``tests/cases/generic``, the unseen templates the generic
path reads, articles and non-articles alike): warm-up passes,
then ``--repeat`` timed passes, tools interleaved within each pass. A pass's time divided
by the number of pages is its ms/page; the report gives the median over passes. The
participant finder is timed on its own on each article's text (summary, body paragraphs
and captions, authors excluded) and reported with its share of newsarchive's time.

Targets: newsarchive at least 5x faster than trafilatura and at most 5x a bare parse.

Run: ``pip install trafilatura && python benchmarks/extract_speed.py [--shared DIR]
[--generic] [--repeat N] [--warmup N] [--profile]``. Without trafilatura its row is left out.
``--profile`` also prints the top functions by cumulative time for newsarchive alone.
``--sizes`` instead times each corpus and generic page on its own and fits a fixed and a
per-KiB cost to extraction and to the parse: on small pages the fixed cost decides the ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import importlib
import json
import pstats
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from newsarchive.config import default_shared
from newsarchive.errors import NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.participants import find_participants

TARGET_VS_TRAFILATURA = 5.0
TARGET_VS_PARSE = 5.0
PROFILE_TOP = 15


@dataclass(frozen=True)
class Page:
    url: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class ArticleText:
    """What the participant finder reads from one article."""

    paragraphs: list[str]
    exclude: list[str]


Task = Callable[[], object]


def article_pages(corpus: Path) -> list[Page]:
    """The manifest's article pages with their URLs."""
    with (corpus / "manifest.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "article"]
    return [Page(r["page_url"], (corpus / r["file"]).read_bytes()) for r in rows]


GENERIC_CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "generic"


def generic_pages(cases: Path = GENERIC_CASES) -> list[Page]:
    """Every fixture page of the generic path's unseen templates, with its URL."""
    pages = []
    for expected in sorted(cases.glob("*/expected.json")):
        url = json.loads(expected.read_text(encoding="utf-8"))["url"]
        pages.append(Page(url, (expected.parent / "page.html").read_bytes()))
    return pages


def run_newsarchive(page: Page) -> object:
    try:
        return extract_article(page.data, page.url)
    except NotAnArticle as error:
        return error


def run_bare_parse(page: Page) -> object:
    return lxml_html.document_fromstring(page.data)


def trafilatura_runner() -> Callable[[Page], object] | None:
    """trafilatura's full extraction with metadata, or None when it is not installed."""
    try:
        module: Any = importlib.import_module("trafilatura")
    except ImportError:
        return None

    def run(page: Page) -> object:
        return module.bare_extraction(page.data, url=page.url, with_metadata=True)

    return run


def article_texts(pages: list[Page]) -> list[ArticleText]:
    """The participant finder's input for each page that extracts as an article."""
    texts = []
    for page in pages:
        result = run_newsarchive(page)
        if isinstance(result, NotAnArticle):
            continue
        article: Any = result
        paragraphs = [t for t in [article.summary, *article.body.split("\n\n")] if t]
        credit = [article.photo_credit] if article.photo_credit else []
        texts.append(ArticleText([*paragraphs, *article.captions], [*article.authors, *credit]))
    return texts


def tasks(pages: list[Page], texts: list[ArticleText]) -> dict[str, Task]:
    """One pass over all pages per tool; each returns nothing useful, only takes time."""
    chosen: dict[str, Task] = {
        "bare lxml parse": lambda: [run_bare_parse(p) for p in pages],
        "newsarchive": lambda: [run_newsarchive(p) for p in pages],
        "participants": lambda: [find_participants(t.paragraphs, t.exclude) for t in texts],
    }
    trafilatura = trafilatura_runner()
    if trafilatura is not None:
        chosen["trafilatura"] = lambda: [trafilatura(p) for p in pages]
    return chosen


def measure(chosen: dict[str, Task], warmup: int, repeat: int) -> dict[str, list[float]]:
    """Seconds per pass for each task, passes interleaved across tasks."""
    for _ in range(warmup):
        for task in chosen.values():
            task()
    seconds: dict[str, list[float]] = {name: [] for name in chosen}
    for _ in range(repeat):
        for name, task in chosen.items():
            start = time.perf_counter()
            task()
            seconds[name].append(time.perf_counter() - start)
    return seconds


def per_item_ms(passes: list[float], items: int) -> float:
    return statistics.median(passes) * 1000 / max(items, 1)


def report(seconds: dict[str, list[float]], pages: int, articles: int) -> None:
    ms = {name: per_item_ms(passes, articles if name == "participants" else pages)
          for name, passes in seconds.items()}
    print(f"{'tool':<18} {'median ms/page':>15} {'min':>8} {'max':>8}")
    for name, passes in seconds.items():
        items = articles if name == "participants" else pages
        low, high = (per_item_ms([p], items) for p in (min(passes), max(passes)))
        unit = " (ms/article)" if name == "participants" else ""
        print(f"{name:<18} {ms[name]:>15.2f} {low:>8.2f} {high:>8.2f}{unit}")
    share = statistics.median(seconds["participants"]) / statistics.median(seconds["newsarchive"])
    print(f"\nparticipants' share of newsarchive's time: {share:.0%}")
    ratio = ms["newsarchive"] / ms["bare lxml parse"]
    print(f"newsarchive / bare parse: {ratio:.1f}x (target <= {TARGET_VS_PARSE:g}x)")
    if "trafilatura" in ms:
        speedup = ms["trafilatura"] / ms["newsarchive"]
        print(f"trafilatura / newsarchive: {speedup:.1f}x (target >= {TARGET_VS_TRAFILATURA:g}x)")
    else:
        print("trafilatura / newsarchive: not measured (pip install trafilatura)")


def profile(pages: list[Page], repeat: int) -> None:
    """cProfile of newsarchive alone over ``repeat`` passes, top functions by cumulative time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        for page in pages:
            run_newsarchive(page)
    profiler.disable()
    print(f"\nnewsarchive profile, {repeat} passes over {len(pages)} pages:")
    pstats.Stats(profiler).sort_stats(pstats.SortKey.CUMULATIVE).print_stats(PROFILE_TOP)


def page_ms(run: Callable[[Page], object], page: Page, repeat: int) -> float:
    """Median ms of ``repeat`` runs on one page."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(page)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def size_fit(pages: list[Page], repeat: int) -> None:
    """Fixed and per-KiB cost of extraction and of a bare parse, fitted by least squares
    over pages of every size, and the page size from which extraction is within 5x."""
    sizes = [len(p.data) / 1024 for p in pages]
    for page in pages:  # warm-up
        run_newsarchive(page)
    fits = {}
    for name, run in (("newsarchive", run_newsarchive), ("bare lxml parse", run_bare_parse)):
        costs = [page_ms(run, page, repeat) for page in pages]
        fits[name] = statistics.linear_regression(sizes, costs)
        slope, fixed = fits[name]
        print(f"{name:<18} {fixed:.3f} ms fixed + {slope:.4f} ms/KiB")
    (extract_slope, extract_fixed), (parse_slope, parse_fixed) = fits.values()
    margin = TARGET_VS_PARSE * parse_slope - extract_slope
    if margin > 0:
        least = (extract_fixed - TARGET_VS_PARSE * parse_fixed) / margin
        print(f"within {TARGET_VS_PARSE:g}x the parse from about {max(least, 0):.0f} KiB a page")
    else:
        print(f"not within {TARGET_VS_PARSE:g}x the parse at any page size")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--repeat", type=int, default=10, help="timed passes (default 10)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed passes (default 2)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of newsarchive")
    parser.add_argument("--generic", action="store_true",
                        help="time the generic fixture pages instead of the corpus")
    parser.add_argument("--sizes", action="store_true",
                        help="fit fixed and per-KiB costs over corpus and generic pages")
    args = parser.parse_args()
    if args.sizes:
        size_fit(article_pages(args.shared / "corpus") + generic_pages(), args.repeat)
        return
    source = GENERIC_CASES if args.generic else args.shared / "corpus"
    pages = generic_pages() if args.generic else article_pages(source)
    texts = article_texts(pages)
    print(f"{len(pages)} pages ({sum(len(p.data) for p in pages) / len(pages) / 1024:.0f}"
          f" KiB mean) from {source}; {len(texts)} extract as articles; "
          f"warm-up {args.warmup}, {args.repeat} timed passes\n")
    report(measure(tasks(pages, texts), args.warmup, args.repeat), len(pages), len(texts))
    if args.profile:
        profile(pages, args.repeat)


if __name__ == "__main__":
    main()
