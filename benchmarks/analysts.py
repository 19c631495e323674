"""Analysts' outputs at scale: export, Parquet against JSONL, the people query, the report.

A seeded generator writes an archive of ``--articles`` lines straight into the archive
layout (``archive/<site>/<YYYY>/<YYYY-MM>.jsonl``, every key of the schema, no index):
the provincial outlets of the registry, publication times spread over ``--months``
months, bodies of 3-6 paragraphs drawn from a pool of 50,000 (each 4 of 50,000 generated
sentences) plus a sentence of their own (1.5-4 KB), 0-3 officials per article from a pool of 60 per
province with one or two titles, 2% near duplicates, a run report per month. The
export, the loaders and the report read only the JSONL (the index only tells later
revisions apart, and a generated archive has none).

Then, in one run:

* export time to Parquet (cold), a second export with nothing changed, and one after a
  single month file changed (incremental);
* Parquet size (articles, participants, people) against the JSONL;
* "articles per site per month" in DuckDB over the Parquet export against ``read_json``
  over the JSONL (same columns declared, same Vietnam-time months): median of
  ``--repeat`` runs each, and the ratio;
* the ``people`` query for one official: ``find_people`` on the export (what
  ``newsarchive people --from EXPORT --name …`` runs) and a DuckDB query on
  ``people/part-0.parquet``;
* the report's build time and size, reading the JSONL and reading the export.

    python benchmarks/analysts.py --articles 1000000 --keep /srv/bench-archive
    python benchmarks/analysts.py --articles 20000            # a quick run
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import duckdb
import orjson

from newsarchive.export.loaders import to_duckdb
from newsarchive.export.partitions import FILES_GLOB
from newsarchive.export.people_query import PeopleQuery, find_people
from newsarchive.export.report import build_report
from newsarchive.export.run import ExportPlan, export
from newsarchive.sites import registry
from newsarchive.text import fold

SYLLABLES = ("phát triển kinh tế xã hội tỉnh huyện xã thôn bản nông nghiệp công nghiệp "
             "du lịch giao thông đường cầu trường học bệnh viện y tế giáo dục văn hóa "
             "thể thao an ninh quốc phòng biên giới rừng lúa gạo cà phê chè cao su thủy "
             "sản đầu tư dự án kế hoạch năm tháng quý hội nghị triển khai nhiệm vụ giải "
             "pháp chỉ đạo điều hành người dân doanh nghiệp hợp tác xã chương trình mục "
             "tiêu quốc gia nông thôn mới giảm nghèo bền vững chuyển đổi số").split()
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLES = "Văn Thị Hữu Đức Minh Quốc Thanh Ngọc Xuân Hồng".split()
GIVEN = ("An Bình Cường Dũng Giang Hà Hải Hùng Khánh Lan Long Mai Nam Phong Quang Sơn "
         "Thắng Thảo Tuấn Việt").split()
TITLES = ("Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh",
          "Phó Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh", "Giám đốc Sở Y tế",
          "Giám đốc Sở Nông nghiệp và Môi trường", "Bí thư Huyện ủy", "Trưởng Ban Tuyên giáo")
ROLES = ("chủ trì", "dự", "phát biểu", "chỉ đạo", "kiểm tra")
PARAGRAPHS = 50_000


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(SYLLABLES) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _officials(rng: random.Random, province: str) -> list[dict[str, Any]]:
    people = []
    for _ in range(60):
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"
        titles = rng.sample(TITLES, rng.choice((1, 1, 2)))
        people.append({"name": name, "name_key": fold(name), "titles": titles,
                       "province": province})
    return people


def _participants(rng: random.Random, pool: list[dict[str, Any]]) -> list[dict[str, Any]]:
    chosen = rng.sample(pool[:20] if rng.random() < 0.7 else pool, rng.choice((0, 1, 1, 2, 3)))
    return [{"name": p["name"], "name_key": p["name_key"], "honorific": "đồng chí",
             "titles": p["titles"], "roles": [rng.choice(ROLES)], "mentions": 1}
            for p in chosen]


class Generator:
    """Seeded archive lines, month by month and outlet by outlet."""

    def __init__(self, seed: int, months: int, first: date) -> None:
        self.rng = random.Random(seed)
        self.months = months
        self.first = first
        self.sentences = [_sentence(self.rng, self.rng.randint(12, 30))
                          for _ in range(PARAGRAPHS)]
        self.paragraphs = [" ".join(self.rng.sample(self.sentences, 4))
                           for _ in range(PARAGRAPHS)]
        self.sites = [p for p in registry().values() if p.province and not p.national]
        self.pools = {p.id: _officials(self.rng, p.province or "") for p in self.sites}
        self.recent: deque[str] = deque(maxlen=1000)

    def month_start(self, index: int) -> date:
        year, month = divmod(self.first.month - 1 + index, 12)
        return date(self.first.year + year, month + 1, 1)

    def article(self, site: Any, day: date, number: int) -> dict[str, Any]:
        rng = self.rng
        url = f"https://{site.domains[0]}/tin-{number}-post{number}.html"
        body = "\n\n".join([*rng.sample(self.paragraphs, rng.randint(3, 6)),
                            f"Tin số {number} của {site.name}."])
        minute = rng.random() < 0.8
        clock = f"T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00" if minute \
            else "T00:00:00"
        article_id = hashlib.sha1(url.encode()).hexdigest()[:16]
        duplicate = rng.choice(self.recent) if self.recent and rng.random() < 0.02 else None
        self.recent.append(article_id)
        return {
            "schema_version": 1, "id": article_id, "url": url, "canonical_url": url,
            "site": site.id, "site_name": site.name, "province": site.province,
            "province_current": site.province, "headline": rng.choice(self.sentences)[:-1],
            "summary": rng.choice(self.sentences) if rng.random() < 0.6 else None, "body": body,
            "captions": [], "images": [], "published_at": f"{day.isoformat()}{clock}+07:00",
            "published_at_precision": "minute" if minute else "day",
            "published_at_raw": day.strftime("%d/%m/%Y"), "date_source": "visible",
            "updated_at": None, "section": "Thời sự", "tags": [],
            "authors": [f"{rng.choice(MIDDLES)} {rng.choice(GIVEN)}"] if rng.random() < 0.7
            else [], "source": None, "photo_credit": None, "byline_raw": None,
            "participants": _participants(rng, self.pools[site.id]), "language": "vi",
            "word_count": body.count(" ") + 1, "content_hash": hashlib.sha1(
                body.encode()).hexdigest(), "fetched_at": f"{day.isoformat()}T23:00:00+00:00",
            "http_status": 200, "revision": 1, "duplicate_of": duplicate,
        }

    def month(self, index: int, per_site: int, start: int) -> Iterator[tuple[Any, list[bytes]]]:
        first = self.month_start(index)
        days = (self.month_start(index + 1) - first).days
        for offset, site in enumerate(self.sites):
            number = start + offset * per_site
            lines = [orjson.dumps(self.article(site, first + timedelta(
                days=self.rng.randrange(days)), number + i)) + b"\n" for i in range(per_site)]
            yield site, lines


def generate(root: Path, articles: int, months: int, seed: int) -> None:
    maker = Generator(seed, months, date(2025, 1, 1))
    per_site = max(1, articles // (months * len(maker.sites)))
    for index in range(months):
        start = index * per_site * len(maker.sites)
        for site, lines in maker.month(index, per_site, start):
            month = maker.month_start(index)
            path = root / "archive" / site.id / str(month.year) / f"{month:%Y-%m}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"".join(lines))
        _run_report(root, maker.month_start(index), per_site * len(maker.sites))


def _run_report(root: Path, day: date, written: int) -> None:
    runs = root / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    run_id = f"{day:%Y%m%d}T010000Z"
    (runs / f"{run_id}.json").write_bytes(orjson.dumps({
        "run_id": run_id, "started_at": f"{day.isoformat()}T01:00:00+00:00",
        "finished_at": f"{day.isoformat()}T02:00:00+00:00", "duration_s": 3600,
        "exit_status": 0, "total": {"articles_written": written}}))


def _size(folder: Path, pattern: str) -> int:
    return sum(path.stat().st_size for path in folder.rglob(pattern))


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _median(action: Callable[[], Any], repeat: int) -> float:
    return statistics.median(_timed(action)[0] for _ in range(repeat))


PER_MONTH_PARQUET = """
SELECT site, date_trunc('month', published_date) AS month, count(*) FROM articles GROUP BY ALL
"""
PER_MONTH_HIVE = """
SELECT site, year, month, count(*) FROM read_parquet(
  '{dest}/articles/{files}', hive_partitioning = true) GROUP BY ALL
"""
PER_MONTH_JSONL = """
SELECT site, date_trunc('month', CAST(published_at AS DATE)) AS month, count(*) FROM
  read_json('{root}/archive/*/**/*.jsonl', format = 'newline_delimited',
            columns = {{site: 'VARCHAR', published_at: 'TIMESTAMPTZ'}}) GROUP BY ALL
"""


def _per_month(root: Path, dest: Path, repeat: int) -> None:
    con = to_duckdb(dest)  # the loader's connection: Vietnam time, the view `articles`
    parquet = PER_MONTH_PARQUET
    jsonl = PER_MONTH_JSONL.format(root=root)
    assert sorted(con.execute(parquet).fetchall()) == sorted(con.execute(jsonl).fetchall())
    hive = PER_MONTH_HIVE.format(dest=dest, files=FILES_GLOB)
    over_parquet = _median(lambda: con.execute(parquet).fetchall(), repeat)
    over_hive = _median(lambda: con.execute(hive).fetchall(), repeat)
    over_jsonl = _median(lambda: con.execute(jsonl).fetchall(), repeat)
    print(f"articles per site per month, DuckDB: read_json over JSONL {over_jsonl:.2f} s; "
          f"Parquet by published_date {over_parquet:.2f} s ({over_jsonl / over_parquet:.1f}x "
          f"faster), by the year/month partitions {over_hive:.2f} s "
          f"({over_jsonl / over_hive:.1f}x) (target >= 20x, < 1 s)")


def _people(dest: Path, repeat: int) -> None:
    con = duckdb.connect()
    top = con.execute(f"SELECT name_key FROM '{dest}/people/part-0.parquet' "
                      "ORDER BY articles DESC LIMIT 1").fetchone()
    assert top is not None
    name = str(top[0])
    cli = _median(lambda: find_people(dest, PeopleQuery(name=name)), repeat)
    sql = f"SELECT * FROM '{dest}/people/part-0.parquet' WHERE name_key = ?"
    direct = _median(lambda: con.execute(sql, [name]).fetchall(), repeat)
    province = _median(lambda: find_people(dest, PeopleQuery(name=name, province=find_people(
        dest, PeopleQuery(name=name))[0]["provinces"][0])), 1)
    print(f"people query for {name!r}: people --from EXPORT --name {cli * 1000:.0f} ms, "
          f"DuckDB on people/ {direct * 1000:.0f} ms, with --province (from participants/) "
          f"{province * 1000:.0f} ms (target < 200 ms)")


def _export(root: Path, dest: Path) -> None:
    cold, result = _timed(lambda: export(ExportPlan(root, dest)))
    print(f"export to Parquet: {cold:.1f} s, {len(result.partitions)} partitions, "
          f"{sum(p.articles for p in result.partitions.values())} articles")
    again, result = _timed(lambda: export(ExportPlan(root, dest)))
    print(f"second export, nothing changed: {again:.2f} s ({result.rewritten} rewritten)")
    month = sorted((root / "archive").rglob("*.jsonl"))[0]
    os.utime(month)
    touched, result = _timed(lambda: export(ExportPlan(root, dest)))
    print(f"export after one month file changed: {touched:.2f} s "
          f"({result.rewritten} rewritten)")
    jsonl = _size(root / "archive", "*.jsonl")
    parquet = {table: _size(dest / table, "*.parquet")
               for table in ("articles", "participants", "people")}
    print(f"sizes: JSONL {jsonl / 1e6:.0f} MB; Parquet articles {parquet['articles'] / 1e6:.0f} "
          f"MB ({jsonl / parquet['articles']:.1f}x smaller), participants "
          f"{parquet['participants'] / 1e6:.1f} MB, people {parquet['people'] / 1e6:.1f} MB")


def _report(root: Path, work: Path) -> None:
    for source, label in ((None, "JSONL"), (work / "export", "Parquet export")):
        seconds, path = _timed(partial(build_report, root, work / "report.html", export=source))
        print(f"report from the {label}: {seconds:.1f} s, {path.stat().st_size / 1e6:.2f} MB "
              "(target < 60 s, < 5 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate here once and reuse it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsarchive-analysts-"))
    root = args.keep or work / "data"
    try:
        if not (root / "archive").exists():
            seconds, _ = _timed(lambda: generate(root, args.articles, args.months, args.seed))
            print(f"generated {args.articles} articles in {seconds:.0f} s")
        _export(root, work / "export")
        _per_month(root, work / "export", args.repeat)
        _people(work / "export", args.repeat)
        _report(root, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
