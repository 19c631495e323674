"""The command line: output, exit codes, one-line errors."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsarchive.cli", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def _article_case() -> tuple[Path, str]:
    case = CASES / "generic" / "seed-ban-chi-dao-35"
    return case / "page.html", json.loads((case / "expected.json").read_text())["url"]


def _listing_case() -> Path:
    for expected in sorted(CASES.glob("*/*/expected.json")):
        if "not_article" in json.loads(expected.read_text()):
            return expected.parent / "page.html"
    pytest.fail("no not-an-article fixture")


def test_parse_prints_one_article_per_line() -> None:
    page, url = _article_case()
    result = run("parse", str(page), "--url", url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["url"] == url


def test_not_an_article_exits_3() -> None:
    result = run("parse", str(_listing_case()), "--url", "https://baonghean.vn/thoi-su/")
    assert result.returncode == 3
    assert result.stdout == b""


def test_some_failed_exits_1() -> None:
    page, _ = _article_case()
    result = run("parse", str(page), str(_listing_case()))
    assert result.returncode == 1
    assert len(result.stdout.decode().splitlines()) == 1


@pytest.mark.parametrize("args", [("parse", "/no/such/file.html"), ("parse",), ("nonsense",),
                                  ("parse", "a.html", "b.html", "--url", "https://x.vn/")])
def test_usage_errors_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_participants_reads_stdin() -> None:
    text = "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.".encode()
    result = run("participants", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    people = json.loads(result.stdout)
    assert people[0]["name"] == "Nguyễn Văn An"


def test_sites_lists_every_profile_as_json() -> None:
    result = run("sites", "--json")
    ids = {row["id"] for row in json.loads(result.stdout)}
    assert {"baolaocai", "baocantho", "hanoimoi", "baoangiang"} <= ids and len(ids) >= 34


@pytest.mark.e2e
def test_demo_extracts_the_example_and_crawls_a_mirror(tmp_path: Path) -> None:
    result = run("demo", "--out", str(tmp_path), "--articles", "20")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "by Phong Lưu" in out and "Lò Minh Hùng" in out
    assert "40 articles written" in out
    assert len(list((tmp_path / "runs").glob("*.json"))) == 1


def test_every_command_documents_an_example() -> None:
    from newsarchive.cli import build_parser

    groups = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    for name, sub in groups[0].choices.items():
        assert "Example:" in (sub.description or ""), name
