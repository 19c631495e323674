"""The README keeps up with the code: every outlet has a row, every command an example,
and ``data/README.md`` is exactly what the archive writes there."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from newsarchive.archive.readme import TEXT
from newsarchive.cli import build_parser
from newsarchive.sites import registry

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_lines() -> list[str]:
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", README, re.M | re.S)
    return [line.strip() for block in blocks for line in block.splitlines()]


def _commands() -> list[str]:
    actions = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end != -1 else None]


def test_every_outlet_has_a_row_in_the_readme_table() -> None:
    rows = set(re.findall(r"^\| `([a-z0-9_]+)` \|", _section("Outlets"), re.M))
    outlets = set(registry()) - {"generic"}
    assert not outlets - rows, f"outlets without a row in the README table: {outlets - rows}"
    assert not rows - outlets, f"README rows for unknown outlets: {rows - outlets}"


def test_every_command_has_an_example_in_the_readme() -> None:
    lines = _code_lines()
    missing = [c for c in _commands()
               if not any(re.search(rf"\bnewsarchive {c}\b", line) for line in lines)]
    assert not missing, f"commands without an example in a README code block: {missing}"


def test_data_readme_is_what_the_archive_writes() -> None:
    """A fresh clone has data/, and a crawl into it (the demo) leaves git status clean."""
    assert (ROOT / "data" / "README.md").read_text(encoding="utf-8") == TEXT
