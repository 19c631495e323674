"""Kill soak: random SIGKILLs of ``newsarchive crawl`` and ``nightly`` against a mirror.

Each round starts a fresh output folder and kills ``--kills`` runs in a row, each at a
random moment (after a random number of newly written articles, or a random time into a
run once nothing is left to write), then runs to completion; then it kills a nightly run
right after that successful one and, again, runs to completion. After every run to
completion the archive must hold every mirror article exactly once, its index must agree
with the files, ``newsarchive check`` must pass, no job folder may be left behind, and the
run must have fetched pages (a wedged site fetches none). Prints its counts; exits 1 when
any check failed. Loopback only.

    python benchmarks/kill_soak.py --rounds 5 --kills 10 --articles 200 --seed 1
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from newsarchive.archive.layout import archive_files
from newsarchive.archive.store import Archive
from newsarchive.mirror import MirrorOptions, start_mirror

SITE = "baolaocai"


def newsarchive(name: str, out: Path, base: str) -> list[str]:
    return [sys.executable, "-m", "newsarchive.cli", name, "--site", SITE, "--out", str(out),
            "--base-url", base]


def lines_written(out: Path) -> int:
    return sum(p.read_bytes().count(b"\n") for p in archive_files(out))


def wait_until(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)


def kill_run(argv: list[str], when: Callable[[subprocess.Popen[bytes]], bool]) -> bool:
    """Start a run and SIGKILL it once ``when`` holds; True when it was still running."""
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until(lambda: process.poll() is not None or when(process), 300)
    process.kill()
    _, stderr = process.communicate(timeout=60)
    killed = process.returncode == -signal.SIGKILL
    if not killed and b"Traceback" in stderr:
        raise AssertionError(stderr.decode(errors="replace")[-2000:])
    return killed


def complete(argv: list[str], out: Path, truth: set[str]) -> list[str]:
    """Run to completion; the problems found (none when all is well)."""
    result = subprocess.run(argv, capture_output=True, text=True, timeout=600, check=False)
    problems = []
    if result.returncode != 0 or "Traceback" in result.stderr:
        problems.append(f"exit {result.returncode}: {result.stderr[-500:]}")
    report = json.loads(max((out / "runs").glob("*.json")).read_text())
    if report["sites"][SITE]["pages_fetched"] == 0:
        problems.append("the run fetched nothing")
    if (out / "jobs" / SITE).exists():
        problems.append("a job folder was left behind")
    check = subprocess.run([sys.executable, "-m", "newsarchive.cli", "check", "--out", str(out)],
                           capture_output=True, text=True, timeout=300, check=False)
    if check.returncode != 0:
        problems.append(f"newsarchive check: {check.stdout[-300:]}{check.stderr[-300:]}")
    return problems + archive_problems(out, truth)


def archive_problems(out: Path, truth: set[str]) -> list[str]:
    lines = [json.loads(line) for path in archive_files(out)
             for line in path.read_bytes().splitlines()]
    keys = Counter((line["id"], line["revision"]) for line in lines)
    problems = [f"{n} copies of {key}" for key, n in keys.items() if n > 1]
    urls = {line["url"] for line in lines}
    if urls != truth:
        problems.append(f"{len(truth - urls)} missing, {len(urls - truth)} unexpected")
    archive = Archive(out)
    try:
        rows = archive.index.db.execute("SELECT id, revision FROM articles").fetchall()
    finally:
        archive.close()
    if set(map(tuple, rows)) != set(keys):
        problems.append("the index and the files disagree")
    return problems


def random_moment(rng: random.Random, out: Path, truth: set[str]) -> Callable[[Any], bool]:
    """When to kill: after 1 … half the missing articles are written, or 1–4 s in
    (start-up included) when none is missing."""
    before = lines_written(out)
    missing = len(truth) - before
    target = before + rng.randint(1, max(1, missing // 2))
    deadline = time.monotonic() + rng.uniform(1.0, 4.0)
    if missing <= 0:
        return lambda _: time.monotonic() > deadline
    return lambda _: lines_written(out) >= target


def soak_round(rng: random.Random, kills: int, base: str, truth: set[str],
               counts: Counter[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="kill-soak-") as folder:
        out = Path(folder) / "out"
        for _ in range(kills):
            name = rng.choice(("crawl", "nightly"))
            killed = kill_run(newsarchive(name, out, base), random_moment(rng, out, truth))
            counts[f"kills of {name}" if killed else f"{name} finished before its kill"] += 1
        check(complete(newsarchive("nightly", out, base), out, truth), counts)
        killed = kill_run(newsarchive("nightly", out, base), lambda _: (
            (out / "jobs" / SITE / "requests.seen").exists()))
        counts["kills right after a successful nightly" if killed else
               "nightly finished before its kill"] += 1
        check(complete(newsarchive("nightly", out, base), out, truth), counts)


def check(problems: list[str], counts: Counter[str]) -> None:
    counts["runs to completion"] += 1
    if problems:
        counts["failed checks"] += 1
        print("FAILED:", "; ".join(problems), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--kills", type=int, default=10, help="random kills per round")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng, counts = random.Random(args.seed), Counter[str]()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        manifest = Path(folder) / "manifest.jsonl"
        options = MirrorOptions(sites=(SITE,), start=date.today() - timedelta(days=120),
                                articles=args.articles, port=0, manifest=manifest)
        with start_mirror(options) as mirror:
            truth = {json.loads(line)["url"] for line in manifest.read_text().splitlines()}
            for number in range(args.rounds):
                soak_round(rng, args.kills, mirror.urls[SITE], truth, counts)
                print(f"round {number + 1}: {dict(sorted(counts.items()))}", flush=True)
    total = sum(n for key, n in counts.items() if key.startswith("kills"))
    print(f"{total} kills, {counts['runs to completion']} runs to completion, "
          f"{counts['failed checks']} failed checks, {time.monotonic() - started:.0f} s; "
          f"{args.articles} mirror articles each time exactly once: "
          f"{'yes' if not counts['failed checks'] else 'NO'}")
    return 1 if counts["failed checks"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
