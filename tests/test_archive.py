"""The archive: dedup kinds, revisions, the index, recovery and the lock."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive import writer
from newsarchive.archive.index import ArchiveIndex
from newsarchive.archive.layout import archive_files
from newsarchive.archive.lock import Locked
from newsarchive.archive.neardup import band_keys, signature
from newsarchive.archive.store import Archive
from newsarchive.errors import ArchiveError
from newsarchive.extract.article import content_hash
from newsarchive.items import Article
from newsarchive.urls import article_id

BODY = ("Sáng 15-3, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai kế hoạch phát triển "
        "giao thông nông thôn năm 2024 với sự tham dự của lãnh đạo các sở, ngành và địa "
        "phương. Theo báo cáo, toàn tỉnh đã cứng hóa hơn 320 km đường liên xã, liên thôn, "
        "vượt kế hoạch đề ra; nhiều tuyến đường được nhân dân hiến đất, góp công xây dựng.")


def article(url: str, body: str = BODY, site: str = "baolaocai", **extra: Any) -> Article:
    headline = extra.pop("headline", "Phát triển giao thông nông thôn")
    item = Article(id=article_id(url), url=url, canonical_url=url, site=site,
                   site_name=None, province=None, province_current=None, headline=headline,
                   body=body, published_at="2024-03-15T09:00:00+07:00",
                   content_hash=content_hash(headline, body),
                   fetched_at="2026-11-26T01:00:00+00:00")
    return replace(item, **extra)


def lines(root: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in archive_files(root)
            for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_new_article_is_written_with_revision_1(archive: Archive) -> None:
    outcome = archive.add(article("https://baolaocai.vn/a-post1.html"))
    archive.close()
    assert outcome.decision.action == "new"
    (line,) = lines(archive.root)
    assert line["revision"] == 1 and line["duplicate_of"] is None
    assert (archive.root / "archive/baolaocai/2024/2024-03.jsonl").exists()


@pytest.mark.parametrize("alias", [
    "https://baolaocai.vn/a-post1.html?utm_source=facebook&fbclid=x",
    "http://www.baolaocai.vn/a-post1.html/",
    "https://m.baolaocai.vn/a-post1.html",
    "https://baoyenbai.com.vn/a-post1.html",
])
def test_same_article_other_url_is_an_alias(archive: Archive, alias: str) -> None:
    archive.add(article("https://baolaocai.vn/a-post1.html"))
    outcome = archive.add(article(alias))
    archive.close()
    assert outcome.decision.action == "seen"
    assert len(lines(archive.root)) == 1


def test_same_content_new_url_same_site_is_an_alias(archive: Archive) -> None:
    first = archive.add(article("https://baolaocai.vn/a-post1.html"))
    again = archive.add(article("https://baolaocai.vn/b-post2.html"))
    archive.close()
    assert again.decision.action == "alias" and again.decision.id == first.decision.id
    assert len(lines(archive.root)) == 1


def test_identical_reprint_on_another_outlet_is_kept_with_duplicate_of(archive: Archive) -> None:
    first = archive.add(article("https://baolaocai.vn/a-post1.html"))
    reprint = archive.add(article("https://baonghean.vn/x/a-1.html", site="baonghean"))
    archive.close()
    assert reprint.decision.action == "new"
    assert reprint.decision.duplicate_of == first.decision.id
    assert len(lines(archive.root)) == 2


def test_edited_reprint_is_a_near_duplicate(archive: Archive) -> None:
    first = archive.add(article("https://baolaocai.vn/a-post1.html"))
    edited = BODY.replace("320 km", "325 km").replace("Sáng 15-3", "Ngày 15-3")
    reprint = archive.add(article("https://baonghean.vn/x/a-1.html", edited, site="baonghean"))
    other = archive.add(article("https://baonghean.vn/x/b-2.html", "Một bài khác hẳn. " * 20,
                                site="baonghean"))
    archive.close()
    assert reprint.decision.duplicate_of == first.decision.id
    assert other.decision.duplicate_of is None


def test_short_bodies_never_dedup_by_content(archive: Archive) -> None:
    archive.add(article("https://baolaocai.vn/a-post1.html", "Tin ngắn."))
    second = archive.add(article("https://baolaocai.vn/b-post2.html", "Tin ngắn."))
    archive.close()
    assert second.decision.action == "new" and second.decision.duplicate_of is None


def test_changed_text_or_newer_update_is_a_new_revision(archive: Archive) -> None:
    url = "https://baolaocai.vn/a-post1.html"
    archive.add(article(url))
    edited = archive.add(article(url, BODY + " Bổ sung một câu."))
    touched = archive.add(article(url, BODY + " Bổ sung một câu.",
                                  updated_at="2024-03-16T10:00:00+07:00"))
    unchanged = archive.add(article(url, BODY + " Bổ sung một câu.",
                                    updated_at="2024-03-16T10:00:00+07:00"))
    archive.close()
    assert [o.decision.revision for o in (edited, touched)] == [2, 3]
    assert unchanged.decision.action == "seen"
    keys = [(line["id"], line["revision"]) for line in lines(archive.root)]
    assert len(keys) == len(set(keys)) == 3


def test_index_points_at_every_line(archive: Archive) -> None:
    for number in range(5):
        archive.add(article(f"https://baolaocai.vn/a-post{number}.html", f"{BODY} {number}"))
    archive.close()
    db = sqlite3.connect(archive.root / "index.sqlite")
    for file, offset, length, key in db.execute("SELECT file, offset, length, id FROM articles"):
        raw = (archive.root / file).read_bytes()[offset:offset + length]
        assert json.loads(raw)["id"] == key


def test_recovery_moves_a_torn_line_aside_and_indexes_complete_tails(tmp_path: Path) -> None:
    archive = Archive(tmp_path, batch_lines=1000)
    archive.add(article("https://baolaocai.vn/a-post1.html"))
    archive.flush()
    archive.add(article("https://baolaocai.vn/b-post2.html", BODY + " hai"))
    archive.writer.sync()  # the line is on disk, its index row never committed ...
    archive.index.close()  # ... as when the process is killed here
    archive.lock.release()
    month = tmp_path / "archive/baolaocai/2024/2024-03.jsonl"
    with month.open("ab") as handle:
        handle.write(b'{"id": "torn')
    reopened = Archive(tmp_path)
    assert reopened.index.count() == 2
    assert month.read_bytes().endswith(b"}\n")
    assert (tmp_path / "archive/baolaocai/2024/2024-03.jsonl.quarantine").read_bytes() == \
        b'{"id": "torn\n'
    again = reopened.add(article("https://baolaocai.vn/b-post2.html", BODY + " hai"))
    reopened.close()
    assert again.decision.action == "seen"
    assert len(lines(tmp_path)) == 2


def test_a_second_writer_is_locked_out(tmp_path: Path) -> None:
    first = Archive(tmp_path)
    with pytest.raises(Locked, match=r"PID \d+"):
        Archive(tmp_path)
    first.close()
    Archive(tmp_path).close()


def test_readme_describes_the_folder(archive: Archive) -> None:
    archive.close()
    text = (archive.root / "README.md").read_text(encoding="utf-8")
    assert "schema v1" in text and "index.sqlite" in text


def test_lines_are_synced_before_their_index_rows_commit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    events: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    archive = Archive(tmp_path, batch_lines=2)
    real_commit = archive.index.commit
    monkeypatch.setattr(archive.index, "commit",
                        lambda: (events.append("commit"), real_commit())[1])
    archive.add(article("https://baolaocai.vn/a-post0.html", BODY + " không"))
    archive.flush()  # the month file and its folders exist: only data fsyncs remain
    events.clear()
    archive.add(article("https://baolaocai.vn/a-post1.html"))
    archive.add(article("https://baolaocai.vn/b-post2.html", BODY + " hai"))
    assert "commit" in events
    assert "fsync" in events[:events.index("commit")]
    archive.close()


def test_recovery_indexes_an_earlier_revision_in_another_file(tmp_path: Path) -> None:
    url = "https://baolaocai.vn/a-post1.html"
    archive = Archive(tmp_path, batch_lines=1000)
    archive.add(article(url, published_at=None))
    archive.add(article(url, BODY + " Sửa."))  # revision 2, now dated: another file
    archive.writer.sync()
    archive.index.close()
    archive.lock.release()
    reopened = Archive(tmp_path)
    revisions = sorted(r for (r,) in reopened.index.db.execute("SELECT revision FROM articles"))
    reopened.close()
    assert revisions == [1, 2]


def test_similar_stories_of_one_outlet_are_not_duplicates(archive: Archive) -> None:
    archive.add(article("https://baolaocai.vn/a-post1.html"))
    edited = BODY.replace("320 km", "325 km")
    same_site = archive.add(article("https://baolaocai.vn/b-post2.html", edited))
    archive.close()
    assert same_site.decision.action == "new" and same_site.decision.duplicate_of is None


def test_an_older_index_format_is_rebuilt_from_the_lines(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    first = archive.add(article("https://baolaocai.vn/a-post1.html"))
    archive.index.record_run("baolaocai", "run-1", "2026-11-25T00:00:00+00:00",
                             "2026-11-25T00:10:00+00:00", "ok", 1, None)
    archive.close()
    db = sqlite3.connect(tmp_path / "index.sqlite")
    db.execute("UPDATE articles SET signature = zeroblob(512)")  # 64-bit values, unnumbered
    db.execute("PRAGMA user_version = 0")
    db.commit()
    db.close()
    reopened = Archive(tmp_path)
    edited = BODY.replace("320 km", "325 km")
    reprint = reopened.add(article("https://baonghean.vn/x/a-1.html", edited, site="baonghean"))
    again = reopened.add(article("https://baolaocai.vn/a-post1.html"))
    assert reopened.index.last_success("baolaocai") == "2026-11-25T00:00:00+00:00"
    reopened.close()
    assert reprint.decision.duplicate_of == first.decision.id
    assert again.decision.action == "seen"
    assert len(lines(tmp_path)) == 2


def test_a_newer_index_format_is_refused(tmp_path: Path) -> None:
    Archive(tmp_path).close()
    db = sqlite3.connect(tmp_path / "index.sqlite")
    db.execute("PRAGMA user_version = 99")
    db.close()
    for _ in range(2):  # the lock is released: the second attempt gets the same error
        with pytest.raises(ArchiveError, match="format 99"):
            Archive(tmp_path)


def test_offsets_stay_right_when_month_files_are_closed_and_reopened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "MAX_OPEN_FILES", 2)
    archive = Archive(tmp_path)
    for number in range(12):
        month = 1 + number % 4
        archive.add(article(f"https://baolaocai.vn/a-post{number}.html", f"{BODY} {number}",
                            published_at=f"2024-{month:02d}-15T09:00:00+07:00"))
    archive.close()
    db = sqlite3.connect(tmp_path / "index.sqlite")
    rows = db.execute("SELECT file, offset, length, id FROM articles").fetchall()
    assert len(rows) == 12 and len({file for file, _, _, _ in rows}) == 4
    for file, offset, length, key in rows:
        raw = (tmp_path / file).read_bytes()[offset:offset + length]
        assert json.loads(raw)["id"] == key
    assert dict(db.execute("SELECT path, committed FROM files")) == {
        file: (tmp_path / file).stat().st_size for file, _, _, _ in rows}


def test_reading_the_status_changes_nothing_in_an_older_index(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(article("https://baolaocai.vn/a-post1.html"))
    archive.close()
    db = sqlite3.connect(tmp_path / "index.sqlite")
    db.execute("PRAGMA user_version = 0")
    db.close()
    index = ArchiveIndex(tmp_path / "index.sqlite", read_only=True)
    assert [(site, count) for site, _, count, _ in index.site_status()] == [("baolaocai", 1)]
    index.close()
    db = sqlite3.connect(tmp_path / "index.sqlite")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 0


def test_signatures_and_band_keys_are_pinned() -> None:
    """Stored signatures are compared with new ones: a change of either function is a
    change of index format (bump ``index.FORMAT`` and update these values)."""
    value = signature(BODY)
    assert value is not None and len(value) == 256
    assert hashlib.sha256(value).hexdigest()[:16] == "d12fc1aec73f763d"
    assert band_keys(value)[:2] == [2059768981476740771, -5028472899967328814]
    assert signature("Tin ngắn.") is None
    assert len(signature("từ " * 40_000) or b"") == 256  # past the 64 KiB shingled
