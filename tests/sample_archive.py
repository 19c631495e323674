"""A small archive written through the real archive code, for the analysts' tests.

Three outlets over two months, one undated article, one revised article, one reprint
(near duplicate), officials in most articles, and one run report.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from newsarchive.archive.store import Archive
from newsarchive.extract.article import content_hash
from newsarchive.items import Article, Participant
from newsarchive.urls import article_id

SITES = {"baolaocai": "Lào Cai", "baocantho": "Cần Thơ", "baonghean": "Nghệ An"}
WORDS = ("hội nghị", "giao thông", "nông thôn", "kế hoạch", "đầu tư", "lúa gạo", "du lịch",
         "biên giới", "trường học", "bệnh viện", "cầu đường", "thủy lợi", "rừng", "chợ")
GIANG = Participant("Hoàng Giang", "hoàng giang", "đồng chí", ["Bí thư Tỉnh ủy"], ["chủ trì"])
GIANG_CT = Participant("Hoàng Giang", "hoàng giang", None, ["Giám đốc Sở Y tế"], ["dự"])
MAI = Participant("Trần Thị Mai", "trần thị mai", "bà", ["Chủ tịch UBND tỉnh"], ["phát biểu"])


def body(number: int) -> str:
    """A distinct body of about 600 characters (so near-duplicate checks apply)."""
    pick = random.Random(number)
    words = [pick.choice(WORDS) + f" {pick.randrange(1000)}" for _ in range(60)]
    return f"Bài số {number}. " + " ".join(words) + f" kết thúc {number}."


def article(site: str, number: int, published: str | None, **extra: Any) -> Article:
    url = f"https://{site}.vn/tin-{number}-post{number}.html"
    headline = extra.pop("headline", f"Tin số {number}")
    text = extra.pop("body", body(number))
    return Article(
        id=article_id(url), url=url, canonical_url=url, site=site, site_name=site,
        province=SITES[site], province_current=SITES[site], headline=headline, body=text,
        summary=extra.pop("summary", f"Tóm tắt {number}" if number % 2 else None),
        published_at=published, published_at_precision="minute" if published else None,
        authors=["Anh Dũng"] if number % 3 else [], content_hash=content_hash(headline, text),
        participants=extra.pop("participants", []), fetched_at="2026-11-26T01:00:00+00:00",
        **extra)


def articles() -> list[Article]:
    """Articles in crawl order."""
    rows = []
    for number in range(24):
        site = list(SITES)[number % 3]
        month = 10 + number % 2
        people = [GIANG] if site == "baolaocai" else [MAI] if site == "baocantho" else []
        if site == "baonghean" and number % 2:
            people = [GIANG_CT]
        rows.append(article(site, number, f"2026-{month}-{1 + number:02d}T06:00:00+07:00",
                            participants=people))
    rows.append(article("baolaocai", 100, None))
    edited = article("baolaocai", 0, "2026-10-01T06:00:00+07:00", participants=[GIANG],
                     body=body(0) + " Cập nhật thêm.")
    rows.append(edited)
    rows.append(article("baocantho", 200, "2026-11-20T09:30:00+07:00", body=body(3)))
    return rows


def build(root: Path) -> Path:
    """Write the sample archive under ``root`` and return ``root``."""
    archive = Archive(root)
    for row in articles():
        archive.add(row)
    archive.close()
    runs = root / "runs"
    runs.mkdir(exist_ok=True)
    (runs / "20261126T010000Z.json").write_text(json.dumps({
        "run_id": "20261126T010000Z", "started_at": "2026-11-26T01:00:00+00:00",
        "finished_at": "2026-11-26T01:02:00+00:00", "duration_s": 120, "exit_status": 0,
        "total": {"articles_written": 26}}), encoding="utf-8")
    return root
