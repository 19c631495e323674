"""Propose a new ``expected.json`` for fixture cases, for review: never overwrites it.

Usage: ``python tests/regen.py SITE/CASE [SITE/CASE ...] [--all-fields]``

For each case the extractor runs on ``page.html``; the fields ``expected.json`` states
(or, with ``--all-fields``, every field of the Article) are filled with what it gives,
written to ``expected.proposed.json`` beside it (git-ignored), and the difference is
printed as a unified diff. Read the diff against the page, then copy what is right into
``expected.json`` by hand: a wrong extraction must not become the expected value.
Exit status: 0 when nothing differs, 1 when a proposal differs, 2 on bad input.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

from newsarchive.errors import NotAnArticle
from newsarchive.extract import extract_article

CASES = Path(__file__).parent / "cases"
PROPOSED = "expected.proposed.json"


def extracted(case: Path, url: str) -> dict[str, Any]:
    """The Article's JSON form, or ``{"not_article": kind}``."""
    try:
        return extract_article((case / "page.html").read_bytes(), url).to_dict()
    except NotAnArticle as error:
        return {"not_article": error.kind}


def proposal(expected: dict[str, Any], found: dict[str, Any], all_fields: bool) -> dict[str, Any]:
    """The fields ``expected`` states (every field with ``all_fields``, or when it expected
    no Article) as ``found``; notes (``_`` keys) kept as they are."""
    notes = {k: v for k, v in expected.items() if k.startswith("_")}
    if "not_article" in found:
        return {"url": expected["url"], "not_article": found["not_article"], **notes}
    stated = [k for k in expected if not k.startswith("_")]
    keys = list(found) if all_fields or "not_article" in expected else stated
    return {**{k: found[k] for k in keys if k in found}, **notes}


def dumped(data: dict[str, Any]) -> list[str]:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").splitlines(keepends=True)


def regenerate(case: Path, all_fields: bool) -> bool:
    """Write the case's proposal and print its diff; whether it differs."""
    expected_path = case / "expected.json"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    proposed = proposal(expected, extracted(case, expected["url"]), all_fields)
    (case / PROPOSED).write_text("".join(dumped(proposed)), encoding="utf-8")
    diff = list(difflib.unified_diff(dumped(expected), dumped(proposed),
                                     str(expected_path), str(case / PROPOSED)))
    sys.stdout.writelines(diff)
    return bool(diff)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="+", metavar="SITE/CASE")
    parser.add_argument("--all-fields", action="store_true", help="propose every field")
    args = parser.parse_args(argv)
    cases = [CASES / name for name in args.cases]
    unknown = [str(c) for c in cases if not (c / "expected.json").exists()]
    if unknown:
        print(f"regen: no expected.json in {', '.join(unknown)}", file=sys.stderr)
        return 2
    differs = [regenerate(case, args.all_fields) for case in cases]
    return 1 if any(differs) else 0


if __name__ == "__main__":
    raise SystemExit(main())
