"""Archive scale: append rate and index lookup time as one archive grows to 1M lines.

One archive in a temporary folder on disk (removed at the end) is fed synthetic Articles
from a seeded generator: 2,000-4,000-character bodies (2.5-5 KB of UTF-8) of
Vietnamese-looking text drawn from a Zipf-ranked word pool, spread over the provincial
outlets of ``newsarchive.sites.registry()``, dated in crawl order over a few years. Besides
new articles the stream holds near-duplicate reprints on another outlet (a few words
changed), identical reprints, revisions, unchanged refetches, URL aliases, same-site
content aliases and each outlet's recurring notices (one template per outlet, 3% of the
words changed: bodies that share MinHash bands with every earlier notice of the outlet),
so every dedup path is exercised.

At each checkpoint (lines in the archive) it reports:

* append rate: adds/s and written lines/s over the last ``--window`` adds (time inside
  ``Archive.add`` only, group commits included; generating the Articles is not counted);
* median and p99 latency of ``id_for_keys``, ``latest``, ``first_with_hash`` and
  ``near_candidates`` over ``--lookups`` random existing articles (hits) and as many
  unknown ones (misses), and ``near_candidates`` for a fresh recurring notice, with the
  mean number of candidates each returns;
* close time, open time with nothing to recover, and open time with a 1,000-line tail
  written and fsynced but never committed to the index (a simulated crash);
* bytes written to disk per line over the window (``/proc/self/io``: JSONL, WAL and WAL
  checkpoints), disk size of ``index.sqlite`` (per table, from ``dbstat``) and of the JSONL
  files, and peak RSS.

Then the ratio of each cost to the first checkpoint's ("flat" = within 2x); the table is
printed again after every checkpoint, so a run stopped early still reports. Last, a
cProfile of ``--profile`` further adds at the largest size.

    python benchmarks/archive_scale.py              # 10k, 100k, 1M lines (long)
    python benchmarks/archive_scale.py --quick      # 10k and 50k, a few minutes
    python benchmarks/archive_scale.py --sizes 10000 100000 300000

What-if knobs, to measure a proposed change without editing the package: ``--pragma
cache_size=-65536`` (repeatable) runs a PRAGMA on the index after each open, and
``--max-open-files N`` overrides ``newsarchive.archive.writer.MAX_OPEN_FILES``.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

from newsarchive.archive import writer
from newsarchive.archive.derived import derive
from newsarchive.archive.index import ArchiveIndex
from newsarchive.archive.layout import archive_files
from newsarchive.archive.neardup import signature
from newsarchive.archive.store import Archive
from newsarchive.items import Article
from newsarchive.sites import Profile, registry
from newsarchive.urls import article_id

FLAT = 2.0
"""Largest ratio to the first checkpoint still called flat."""
TAIL_LINES = 1000
WARMUP = 100
"""Untimed lookups before each timed series."""
ARTICLES_PER_DAY = 700
"""Crawl order: publication dates advance one day per this many original articles."""
START = datetime(2022, 1, 1, 6, 0, tzinfo=UTC)
VN = timedelta(hours=7)
KINDS: dict[str, float] = {
    "new": 0.92, "notice": 0.01, "near_reprint": 0.02, "exact_reprint": 0.01, "revision": 0.02,
    "refetch": 0.01, "url_alias": 0.005, "content_alias": 0.005,
}
MUTATED_WORDS = 0.03
"""Share of a near-duplicate reprint's words replaced (estimated Jaccard about 0.8)."""
NOTICE_WORDS = 0.03
"""Share of words that differ between an outlet's recurring notice and its template."""
RECENT = 2000.0
"""Mean distance back (in original articles) of the article a variant refers to."""

COMMON = (
    "của và các là có được trong cho với đã những người này một không đến tại về "
    "tỉnh huyện xã thành phố ủy ban nhân dân đồng chí lãnh đạo cán bộ đảng bộ chính "
    "quyền hội nghị kế hoạch phát triển kinh tế xã hội năm tháng ngày công tác thực "
    "hiện triển khai chỉ đạo tổ chức đơn vị địa phương sở ngành dự án đầu tư xây dựng "
    "giao thông nông thôn mới nông nghiệp sản xuất doanh nghiệp du lịch văn hóa giáo "
    "dục y tế an ninh quốc phòng trật tự môi trường tài nguyên đất đai chương trình "
    "mục tiêu quốc gia giảm nghèo hộ dân bà con gia đình học sinh trường chủ tịch phó "
    "bí thư giám đốc trưởng phòng đại biểu quốc hội hội đồng nhiệm kỳ nhiệm vụ giải "
    "pháp tăng cường nâng cao hiệu quả chất lượng quản lý nhà nước theo đó đồng thời "
    "bên cạnh ngoài ra tuy nhiên nhằm góp phần đảm bảo kịp thời tiếp tục toàn tỉnh"
).split()
ONSETS = [*"b c ch d đ g gi h k kh l m n ng nh ph qu r s t th tr v x".split(), ""]
RIMES = ("a ai an ang anh ao au ay e em en eng eo i ia im in inh iu o oa oai oan oang "
         "oi om on ong u ua uan uân uê ui um un ung uông uơ ươ ương ưu ư ơ ơi ơn ê ên "
         "ênh êu ô ôi ôm ôn ông â âm ân âng ây ăn ăng ăm ach êch ich ôc uc ưc uôc iêt").split()
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


# --- synthetic text --------------------------------------------------------------------


class Words:
    """A Zipf-ranked pool of Vietnamese-looking words: common words first, then made-up ones."""

    def __init__(self, seed: int, size: int = 6000) -> None:
        rng = random.Random(seed)
        syllables = sorted({_syllable(rng) for _ in range(size * 3)})
        rng.shuffle(syllables)
        made = [" ".join(rng.sample(syllables, rng.choice((1, 2, 2)))).replace(" ", "_")
                for _ in range(size)]
        self.pool = [*COMMON, *dict.fromkeys(made)]
        self.cum = list(accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(self.pool))))

    def words(self, rng: random.Random, count: int) -> list[str]:
        return [w.replace("_", " ") for w in rng.choices(self.pool, cum_weights=self.cum, k=count)]

    def sentence(self, rng: random.Random, count: int) -> str:
        words = self.words(rng, count)
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), str(rng.randint(2, 2025)))
        return " ".join(words).capitalize() + "."

    def body(self, rng: random.Random) -> str:
        target, paragraphs, size = rng.randint(2000, 4000), [], 0
        while size < target:
            paragraph = " ".join(self.sentence(rng, rng.randint(10, 28))
                                 for _ in range(rng.randint(2, 5)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        return "\n\n".join(paragraphs)

    def mutate(self, rng: random.Random, body: str, share: float) -> str:
        words = body.split(" ")
        for position in rng.sample(range(len(words)), int(len(words) * share)):
            words[position] = self.words(rng, 1)[0]
        return " ".join(words)


def _syllable(rng: random.Random) -> str:
    rime = rng.choice(RIMES)
    tone = rng.choice(TONES) if rime[-1] not in "cht" else rng.choice(TONES[1::4])
    marked = [i for i, c in enumerate(rime) if c in "âăêôơư"]
    at = marked[-1] if marked else int(len(rime) > 2 and rime[1] in "aeiouy")
    return unicodedata.normalize("NFC", rng.choice(ONSETS) + rime[:at + 1] + tone
                                 + rime[at + 1:])


# --- the article stream ----------------------------------------------------------------


@dataclass(frozen=True)
class Original:
    """What fully determines original article ``number``; bodies are regenerated, not kept."""

    number: int
    site: Profile
    url: str
    headline: str
    body: str
    published: datetime


@dataclass
class Stream:
    """Seeded Articles: originals numbered 0, 1, 2, ... plus variants of recent ones."""

    words: Words
    sites: list[Profile]
    seed: int
    originals: int = 0
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    templates: dict[str, str] = field(default_factory=dict)

    def notice(self, site: Profile, rng: random.Random) -> str:
        """A recurring notice of ``site`` (power cuts, weather): its template, words changed."""
        template = self.templates.get(site.id)
        if template is None:
            template = self.words.body(random.Random(f"{self.seed}:{site.id}"))
            self.templates[site.id] = template
        return self.words.mutate(rng, template, NOTICE_WORDS)

    def original(self, number: int) -> Original:
        rng = random.Random(self.seed * 1_000_003 + number)
        site = rng.choice(self.sites)
        slug = "-".join(fold_ascii(w) for w in self.words.words(rng, 6)).replace(" ", "-")
        headline = self.words.sentence(rng, rng.randint(8, 14)).rstrip(".")
        jitter = timedelta(minutes=rng.randint(-3 * 1440, 1440))
        published = START + timedelta(days=number / ARTICLES_PER_DAY) + jitter
        url = f"https://{site.domains[0]}/{slug}-post{number}.html"
        return Original(number, site, url, headline, self.words.body(rng), published)

    def next_new(self) -> Original:
        self.originals += 1
        return self.original(self.originals - 1)

    def recent(self) -> Original:
        back = int(self.rng.expovariate(1.0 / RECENT))
        return self.original(max(self.originals - 1 - back, 0))

    def next(self) -> Article:
        kind = self.rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
        if kind == "new" or self.originals < 100:
            return as_article(self.next_new())
        return VARIANTS[kind](self, self.recent())

    def other_site(self, site: Profile) -> Profile:
        return self.rng.choice([s for s in self.sites if s.id != site.id])


def fold_ascii(word: str) -> str:
    plain = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if c.isascii()).lower()


def text_hash(headline: str, body: str) -> str:
    """Stands for the extractor's ``content_hash``: the archive only compares it for
    equality, and the synthetic text is already clean, so folding it first changes nothing
    but the cost of generating the stream."""
    return hashlib.sha1(f"{headline}\n{body}".encode()).hexdigest()


def as_article(o: Original, url: str | None = None, site: Profile | None = None,
               headline: str | None = None, body: str | None = None,
               **extra: Any) -> Article:
    """An Article as the crawl hands it to the archive."""
    url, site = url or o.url, site or o.site
    headline, body = headline or o.headline, body or o.body
    local = o.published + VN
    return Article(
        id=article_id(url), url=url, canonical_url=url, site=site.id, site_name=site.name,
        province=site.province, province_current=site.province, headline=headline, body=body,
        published_at=local.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
        published_at_precision="minute", date_source="meta", section="thoi-su",
        authors=["Minh Anh"], word_count=body.count(" ") + 1,
        content_hash=text_hash(headline, body), http_status=200,
        fetched_at=(o.published + timedelta(hours=2)).isoformat(timespec="seconds"),
        **extra,
    )


def _near_reprint(stream: Stream, o: Original) -> Article:
    site = stream.other_site(o.site)
    body = stream.words.mutate(stream.rng, o.body, MUTATED_WORDS)
    url = f"https://{site.domains[0]}/tin-tinh-ban/{o.number}-r{stream.rng.randrange(10**6)}.html"
    return as_article(o, url, site, headline=f"{o.headline} (theo {o.site.name})", body=body)


def _exact_reprint(stream: Stream, o: Original) -> Article:
    site = stream.other_site(o.site)
    url = f"https://{site.domains[0]}/dia-phuong/{o.number}-x{stream.rng.randrange(10**6)}.html"
    return as_article(o, url, site)


def _revision(stream: Stream, o: Original) -> Article:
    extra = stream.words.sentence(stream.rng, stream.rng.randint(10, 20))
    updated = (o.published + VN + timedelta(hours=stream.rng.randint(1, 48)))
    return as_article(o, body=f"{o.body}\n\n{extra}",
                      updated_at=updated.strftime("%Y-%m-%dT%H:%M:%S+07:00"))


def _notice(stream: Stream, o: Original) -> Article:
    number = stream.rng.randrange(10**6)
    url = f"https://{o.site.domains[0]}/thong-bao/lich-cat-dien-{o.number}-{number}.html"
    return as_article(o, url, headline=f"Thông báo lịch cắt điện số {number}",
                      body=stream.notice(o.site, stream.rng))


def _refetch(stream: Stream, o: Original) -> Article:
    return as_article(o)


def _url_alias(stream: Stream, o: Original) -> Article:
    host = o.url.split("/")[2]
    alias = o.url.replace(f"//{host}", f"//m.{host}") + "?utm_source=zalo&zarsrc=30"
    return as_article(o, url=alias)


def _content_alias(stream: Stream, o: Original) -> Article:
    return as_article(o, url=o.url.replace(".html", f"-{stream.rng.randrange(10**6)}.html"))


VARIANTS: dict[str, Callable[[Stream, Original], Article]] = {
    "notice": _notice, "near_reprint": _near_reprint, "exact_reprint": _exact_reprint,
    "revision": _revision, "refetch": _refetch, "url_alias": _url_alias,
    "content_alias": _content_alias,
}


def provincial_sites() -> list[Profile]:
    return [p for p in registry().values() if p.province and not p.national and p.domains]


# --- measuring -------------------------------------------------------------------------


@dataclass
class Feeder:
    """Feeds the archive and keeps the timings of the last ``window`` adds."""

    archive: Archive
    stream: Stream
    window: int
    lines: int = 0
    adds: int = 0
    actions: dict[str, int] = field(default_factory=dict)
    recent: deque[tuple[float, bool]] = field(default_factory=deque)
    profiler: cProfile.Profile | None = None

    def add(self) -> None:
        article = self.stream.next()
        if self.profiler:
            self.profiler.enable()
        start = time.perf_counter()
        outcome = self.archive.add(article)
        elapsed = time.perf_counter() - start
        if self.profiler:
            self.profiler.disable()
        self.recent.append((elapsed, outcome.placed is not None))
        if len(self.recent) > self.window:
            self.recent.popleft()
        self.adds += 1
        self.lines += outcome.placed is not None
        action = outcome.decision.action + ("+dup" if outcome.decision.duplicate_of else "")
        self.actions[action] = self.actions.get(action, 0) + 1

    def rates(self) -> tuple[float, float]:
        """(adds/s, lines/s) over the window."""
        seconds = sum(t for t, _ in self.recent)
        return len(self.recent) / seconds, sum(w for _, w in self.recent) / seconds


@dataclass
class Lookup:
    median_us: float
    p99_us: float


@dataclass
class Checkpoint:
    lines: int
    adds: int
    adds_s: float
    lines_s: float
    written: float
    """Bytes the process wrote to disk per line over the window (JSONL, WAL, checkpoints)."""
    lookups: dict[str, Lookup]
    candidates: dict[str, float]
    """Mean near-duplicate candidates per lookup: of an archived article, of a notice."""
    close_s: float
    open_s: float
    open_tail_s: float
    index_mb: float
    jsonl_mb: float
    tables: dict[str, float]
    rss_mb: float


def _time_calls(call: Callable[[Any], object], args: Sequence[Any]) -> Lookup:
    for arg in args[:WARMUP]:
        call(arg)
    times = []
    for arg in args:
        start = time.perf_counter()
        call(arg)
        times.append((time.perf_counter() - start) * 1e6)
    times.sort()
    return Lookup(statistics.median(times), times[int(len(times) * 0.99) - 1])


@dataclass
class Probes:
    keys: list[list[str]]
    ids: list[str]
    hashes: list[str]
    signatures: list[bytes]


def notice_signatures(stream: Stream, count: int, rng: random.Random) -> list[bytes]:
    """Signatures of fresh recurring notices of random outlets."""
    bodies = (stream.notice(rng.choice(stream.sites), rng) for _ in range(count))
    return [s for body in bodies if (s := signature(body))]


def hit_probes(stream: Stream, count: int, rng: random.Random) -> Probes:
    """Keys, ids, hashes and signatures of random original articles already archived."""
    articles = [as_article(stream.original(rng.randrange(stream.originals)))
                for _ in range(count)]
    derived = [derive(a.to_dict()) for a in articles]
    return Probes([d.keys for d in derived], [a.id for a in articles],
                  [a.content_hash or "" for a in articles],
                  [d.signature for d in derived if d.signature])


def miss_probes(stream: Stream, count: int, rng: random.Random) -> Probes:
    """The same for articles never archived (numbers far beyond the stream)."""
    fresh = [stream.original(10**9 + rng.randrange(10**9)) for _ in range(count)]
    ids = [f"{rng.getrandbits(64):016x}" for _ in fresh]
    return Probes([derive(as_article(o).to_dict()).keys for o in fresh], ids,
                  [hashlib.sha1(o.url.encode()).hexdigest() for o in fresh],
                  [s for o in fresh if (s := signature(o.body))])


def measure_lookups(index: ArchiveIndex, hits: Probes, misses: Probes, notices: list[bytes],
                    ) -> tuple[dict[str, Lookup], dict[str, float]]:
    results: dict[str, Lookup] = {}
    for label, probes in (("hit", hits), ("miss", misses)):
        results[f"id_for_keys {label}"] = _time_calls(index.id_for_keys, probes.keys)
        results[f"latest {label}"] = _time_calls(index.latest, probes.ids)
        results[f"first_with_hash {label}"] = _time_calls(index.first_with_hash, probes.hashes)
        results[f"near_candidates {label}"] = _time_calls(index.near_candidates,
                                                          probes.signatures)
    results["near_candidates notice"] = _time_calls(index.near_candidates, notices)
    found = {label: statistics.mean(len(index.near_candidates(s)) for s in signatures[:500])
             for label, signatures in (("hit", hits.signatures), ("notice", notices))}
    return results, found


def crash_with_tail(archive: Archive, stream: Stream, lines: int) -> None:
    """Append and fsync ``lines`` new lines, then stop without committing the index."""
    archive.flush()
    for _ in range(lines):
        article = as_article(stream.next_new())
        archive.writer.append({**article.to_dict(), "revision": 1, "duplicate_of": None})
    archive.writer.close()
    archive.index.db.rollback()
    archive.index.close()
    archive.lock.release()


@dataclass(frozen=True)
class Settings:
    batch: int
    pragmas: tuple[str, ...] = ()
    """What-if SQLite pragmas (``cache_size=-65536``) run on the index after each open."""


def open_archive(root: Path, settings: Settings) -> Archive:
    archive = Archive(root, batch_lines=settings.batch)
    for pragma in settings.pragmas:
        archive.index.db.execute(f"PRAGMA {pragma}")
    return archive


def _timed_open(root: Path, settings: Settings) -> tuple[Archive, float]:
    start = time.perf_counter()
    archive = open_archive(root, settings)
    return archive, time.perf_counter() - start


def disk_mb(root: Path) -> tuple[float, float]:
    index = sum(p.stat().st_size for p in root.glob("index.sqlite*"))
    jsonl = sum(p.stat().st_size for p in archive_files(root))
    return index / 1e6, jsonl / 1e6


def table_mb(root: Path) -> dict[str, float]:
    """Size of each table and index inside ``index.sqlite`` (SQLite's ``dbstat``)."""
    db = sqlite3.connect(f"file:{root / 'index.sqlite'}?mode=ro", uri=True)
    try:
        return {str(name): size / 1e6 for name, size in db.execute(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")}
    finally:
        db.close()


def disk_written() -> int:
    """``write_bytes`` of ``/proc/self/io``: what this process caused to be written to disk."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    return 0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Run:
    root: Path
    settings: Settings
    feeder: Feeder
    lookups: int
    rng: random.Random
    started: float = field(default_factory=time.perf_counter)

    def grow_to(self, lines: int) -> float:
        """Feed up to ``lines``; returns disk bytes written per line over the last window."""
        self._feed(lines - self.feeder.window)
        before, start = disk_written(), self.feeder.lines
        self._feed(lines)
        return (disk_written() - before) / max(self.feeder.lines - start, 1)

    def _feed(self, lines: int) -> None:
        while self.feeder.lines < lines:
            self.feeder.add()
            if self.feeder.adds % 50_000 == 0:
                adds_s, _ = self.feeder.rates()
                print(f"  ... {self.feeder.lines:,} lines, {adds_s:,.0f} adds/s, "
                      f"{time.perf_counter() - self.started:,.0f} s", file=sys.stderr, flush=True)

    def checkpoint(self, written: float) -> Checkpoint:
        feeder, stream = self.feeder, self.feeder.stream
        adds_s, lines_s = feeder.rates()
        feeder.archive.flush()
        lookups, candidates = measure_lookups(
            feeder.archive.index, hit_probes(stream, self.lookups, self.rng),
            miss_probes(stream, self.lookups, self.rng),
            notice_signatures(stream, self.lookups, self.rng))
        start = time.perf_counter()
        feeder.archive.close()
        close_s = time.perf_counter() - start
        index_mb, jsonl_mb = disk_mb(self.root)
        tables = table_mb(self.root)
        archive, open_s = _timed_open(self.root, self.settings)
        crash_with_tail(archive, stream, TAIL_LINES)
        archive, open_tail_s = _timed_open(self.root, self.settings)
        if archive.recovery.examined == 0:
            raise RuntimeError("the uncommitted tail was not recovered")
        lines = feeder.lines
        feeder.archive, feeder.lines = archive, feeder.lines + TAIL_LINES
        return Checkpoint(lines, feeder.adds, adds_s, lines_s, written, lookups, candidates,
                          close_s, open_s, open_tail_s, index_mb, jsonl_mb, tables, peak_rss_mb())


# --- reporting -------------------------------------------------------------------------


def _row(label: str, values: Sequence[float], fmt: str, first: float | None = None) -> str:
    cells = "".join(f"{v:>14{fmt}}" for v in values)
    ratios = "".join(f"{v / first:>8.2f}x" if first else "" for v in values[1:])
    return f"{label:<42}{cells}  {ratios}"


def _lookup(name: str, stat: str) -> Callable[[Checkpoint], float]:
    return lambda point: float(getattr(point.lookups[name], stat))


def _table(name: str) -> Callable[[Checkpoint], float]:
    return lambda point: point.tables.get(name, 0.0) * 1e6 / point.lines


def report(points: list[Checkpoint]) -> None:
    print(f"\n{'lines in archive':<42}" + "".join(f"{p.lines:>14,}" for p in points)
          + "  ratio to first")
    rows: list[tuple[str, Callable[[Checkpoint], float], str, bool]] = [
        ("append adds/s (window)", lambda p: p.adds_s, ",.0f", True),
        ("append lines/s (window)", lambda p: p.lines_s, ",.0f", True),
        ("ms per add (window)", lambda p: 1000 / p.adds_s, ".3f", True),
        ("disk KB written per line (window)", lambda p: p.written / 1000, ",.1f", True),
    ]
    for name in points[0].lookups:
        rows.append((f"{name} median µs", _lookup(name, "median_us"), ".1f", True))
        rows.append((f"{name} p99 µs", _lookup(name, "p99_us"), ".1f", True))
    rows += [
        ("near candidates per hit (mean)", lambda p: p.candidates["hit"], ".2f", True),
        ("near candidates per notice (mean)", lambda p: p.candidates["notice"], ".2f", True),
        ("close s", lambda p: p.close_s, ".3f", True),
        ("open s (nothing to recover)", lambda p: p.open_s, ".3f", True),
        (f"open s ({TAIL_LINES:,}-line tail)", lambda p: p.open_tail_s, ".3f", True),
        ("index.sqlite MB", lambda p: p.index_mb, ",.1f", False),
        ("JSONL MB", lambda p: p.jsonl_mb, ",.1f", False),
        ("index bytes per line", lambda p: p.index_mb * 1e6 / p.lines, ",.0f", True),
        *((f"  {name} bytes per line", _table(name), ",.0f", True)
          for name, mb in points[0].tables.items() if mb >= 0.01 * points[0].index_mb),
        ("peak RSS MB", lambda p: p.rss_mb, ",.0f", True),
    ]
    for label, get, fmt, ratio in rows:
        values = [get(p) for p in points]
        print(_row(label, values, fmt, values[0] if ratio else None))
    _verdict(points)


def _verdict(points: list[Checkpoint]) -> None:
    first, last = points[0], points[-1]
    if first is last:
        return
    costs = {"ms per add": (1 / first.adds_s, 1 / last.adds_s),
             **{f"{n} median": (first.lookups[n].median_us, last.lookups[n].median_us)
                for n in first.lookups},
             "open (nothing to recover)": (first.open_s, last.open_s),
             f"open ({TAIL_LINES}-line tail)": (first.open_tail_s, last.open_tail_s)}
    grown = {name: b / a for name, (a, b) in costs.items() if b > FLAT * a}
    print(f"\n{last.lines:,} vs {first.lines:,} lines: "
          + ("every cost within " + f"{FLAT:.0f}x (flat)" if not grown else
             "not flat: " + ", ".join(f"{n} {r:.1f}x" for n, r in grown.items())))


def print_profile(profiler: cProfile.Profile, adds: int, top: int = 25) -> None:
    print(f"\ncProfile of {adds:,} adds at the largest size (time inside Archive.add only)")
    for key in ("tottime", "cumulative"):
        print(f"\n-- top {top} by {key}")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats(key).print_stats(top)


# --- main ------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 50k lines only")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--window", type=int, default=5000, help="adds timed per checkpoint")
    parser.add_argument("--lookups", type=int, default=2000, help="random lookups per kind")
    parser.add_argument("--profile", type=int, default=20_000, help="adds to profile; 0: none")
    parser.add_argument("--batch", type=int, default=500, help="Archive batch_lines")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pragma", action="append", default=[],
                        help="what-if: PRAGMA run on the index after each open (repeatable)")
    parser.add_argument("--max-open-files", type=int, default=0,
                        help="what-if: override newsarchive.archive.writer.MAX_OPEN_FILES")
    parser.add_argument("--dir", type=Path, default=None, help="parent of the temporary archive")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = [10_000, 50_000]
    return args


def _checkpoints(run: Run, sizes: Sequence[int]) -> Iterator[Checkpoint]:
    for size in sorted(sizes):
        point = run.checkpoint(run.grow_to(size))
        print(f"checkpoint {point.lines:,} lines: {point.adds_s:,.0f} adds/s, "
              f"open {point.open_s:.2f} s / {point.open_tail_s:.2f} s with tail, "
              f"load average {os.getloadavg()[0]:.1f}",
              file=sys.stderr, flush=True)
        yield point


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sites = provincial_sites()
    stream = Stream(Words(args.seed), sites, args.seed, rng=random.Random(args.seed))
    folder = Path(tempfile.mkdtemp(prefix="archive-scale-", dir=args.dir))
    started = time.perf_counter()
    settings = Settings(args.batch, tuple(args.pragma))
    if args.max_open_files:
        writer.MAX_OPEN_FILES = args.max_open_files
    print(f"{len(sites)} outlets, word pool {len(stream.words.pool):,}, batch {args.batch}, "
          f"window {args.window:,} adds, {args.lookups:,} lookups per kind, in {folder}\n"
          f"what-if: pragmas {list(settings.pragmas) or 'none'}, "
          f"writer.MAX_OPEN_FILES {writer.MAX_OPEN_FILES}")
    try:
        feeder = Feeder(open_archive(folder, settings), stream, args.window)
        run = Run(folder, settings, feeder, args.lookups, random.Random(args.seed + 1))
        points: list[Checkpoint] = []
        for point in _checkpoints(run, args.sizes):
            points.append(point)
            report(points)
            print("\nactions: " + ", ".join(f"{k} {v:,}" for k, v in
                                            sorted(feeder.actions.items())), flush=True)
        if args.profile:
            feeder.profiler = cProfile.Profile()
            for _ in range(args.profile):
                feeder.add()
            feeder.archive.close()
            print_profile(feeder.profiler, args.profile)
        else:
            feeder.archive.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\ntotal {time.perf_counter() - started:,.0f} s, peak RSS {peak_rss_mb():,.0f} MB, "
          f"load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
