"""The command line's promises: one line and the documented exit code for bad input,
bounded input, and every code of the README's table exercised by a command."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive import __version__
from newsarchive.archive.lock import OutputLock
from newsarchive.pagecommands import MAX_INPUT_BYTES

pytestmark = pytest.mark.e2e

CASES = Path(__file__).parent / "cases"
ARTICLE = CASES / "generic" / "seed-ban-chi-dao-35" / "page.html"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsarchive.cli", *args], input=stdin,
                          capture_output=True, timeout=120, check=False, cwd=cwd,
                          text=stdin is None)


def _one_line_error(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_max_articles_must_be_at_least_one(value: str) -> None:
    line = _one_line_error(run("crawl", "--site", "baolaocai", "--max-articles", value))
    assert "--max-articles" in line


@pytest.mark.parametrize("base", ["http://[::1", "http://127.0.0.1:99999", "file:///etc",
                                  "http://"])
def test_bad_base_urls_are_one_line(base: str) -> None:
    line = _one_line_error(run("crawl", "--site", "baolaocai", "--base-url", base))
    assert "base URL" in line


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "has no URLs"),
    (b"# only a comment\n\n", "has no URLs"),
    (b"https://baocantho.com.vn/tin-a123.html\n", "none of its 1 URLs is a page of baolaocai"),
    (b"https://baolaocai.vn/\xff\xfe-post1.html\n", "not UTF-8"),
])
def test_url_lists_that_cannot_be_crawled_say_why(tmp_path: Path, content: bytes,
                                                  reason: str) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_bytes(content)
    line = _one_line_error(run("crawl", "--site", "baolaocai", "--urls", str(urls),
                               "--out", str(tmp_path / "out")))
    assert reason in line
    assert not (tmp_path / "out").exists()


def test_generic_is_not_a_site_to_crawl() -> None:
    assert "generic" in _one_line_error(run("crawl", "--site", "generic"))
    assert "generic" in _one_line_error(run("nightly", "--site", "generic"))


def test_out_pointing_at_a_file_says_so(tmp_path: Path) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("x")
    line = _one_line_error(run("crawl", "--site", "baolaocai", "--out", str(afile)))
    assert "is a file, not a folder" in line


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"newsarchive {__version__}"


def test_parse_goes_on_past_a_missing_file(tmp_path: Path) -> None:
    result = run("parse", str(ARTICLE), str(tmp_path / "missing.html"), str(ARTICLE))
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 2
    assert _one_line_error(result, 1).startswith("cannot read")


def test_parse_stops_reading_at_its_bound() -> None:
    line = _one_line_error(run("parse", "/dev/zero"))
    assert f"larger than {MAX_INPUT_BYTES // 2**20} MiB" in line


def test_parse_into_a_closed_pipe_ends_quietly() -> None:
    many = [str(ARTICLE)] * 40
    reader = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.readline()"],
                              stdin=subprocess.PIPE)
    assert reader.stdin is not None
    writer = subprocess.run([sys.executable, "-m", "newsarchive.cli", "parse", *many],
                            stdout=reader.stdin, stderr=subprocess.PIPE, timeout=120,
                            check=False)
    reader.stdin.close()
    reader.wait(timeout=30)
    assert writer.stderr == b""
    assert writer.returncode == 1


def test_participants_of_an_html_page_reads_its_text() -> None:
    markup = ('<html><body><p>Đồng chí Phó Bí thư Tỉnh ủy <a href="/nguyen-van-an">Nguyễn '
              "Văn An</a> phát biểu tại hội nghị.</p></body></html>").encode()
    result = run("participants", "-", stdin=markup)
    people = json.loads(result.stdout)
    assert [p["name"] for p in people] == ["Nguyễn Văn An"]
    assert all("<" not in title for p in people for title in p["titles"])


def test_participants_of_a_saved_article_are_its_officials() -> None:
    result = run("participants", str(ARTICLE))
    assert result.returncode == 0
    names = {p["name"] for p in json.loads(result.stdout)}
    assert "Lò Minh Hùng" in names and not any("<" in name for name in names)


# --- every exit code of the README's table, by the commands that give it ---------------

def test_exit_0_sites_and_status(tmp_path: Path) -> None:
    assert run("sites").returncode == 0
    (tmp_path / "out").mkdir()
    assert "no archive" in _one_line_error(run("status", "--out", str(tmp_path / "out")))


@pytest.mark.parametrize("args", [
    ("participants", "/no/such/file"), ("evaluate", "--shared", "/no/such/folder"),
    ("mirror", "--site", "no-such-outlet"), ("crawl", "--site", "no-such-outlet"),
    ("nightly", "--site", "no-such-outlet"), ("status", "--config", "/no/such.toml"),
    ("demo", "--articles", "0"), ("sites", "--no-such-flag"), ("check", "--out", "/no/such"),
])
def test_exit_2_for_each_command(args: tuple[str, ...]) -> None:
    _one_line_error(run(*args))


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_exit_1_when_a_site_fails(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{_closed_port()}"
    result = run("crawl", "--site", "baolaocai", "--base-url", base, "--out",
                 str(tmp_path / "out"))
    assert result.returncode == 1, result.stderr
    assert "failed: baolaocai" in result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("command", ["crawl", "nightly"])
def test_exit_75_while_another_run_holds_the_output(tmp_path: Path, command: str) -> None:
    out = tmp_path / "out"
    lock = OutputLock(out)
    try:
        site = ("--site", "baolaocai", "--base-url", f"http://127.0.0.1:{_closed_port()}")
        line = _one_line_error(run(command, *site, "--out", str(out)), 75)
    finally:
        lock.release()
    assert "locked by another run" in line
