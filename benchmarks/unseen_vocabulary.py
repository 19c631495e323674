"""The fixtures read as an unseen template would present them: no class word to go on.

Every fixture under ``tests/cases`` is read twice by the generic profile alone: as it
is, and with each class and id name replaced by a meaningless token (the same token for
the same name, so repeated structure stays visible). Both are scored by the LABELS.md
rules of ``newsarchive.evaluation.fixtures``. The gap between the two columns is what
the generic path owes to the class vocabularies it knows rather than to the page's
structure and text.

Run: ``python benchmarks/unseen_vocabulary.py [--cases DIR]``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

from newsarchive.errors import NotAnArticle
from newsarchive.evaluation.fixtures import FIELDS, FixtureScores, score_fixtures
from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.sites import get_profile

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases"
_CLASS_OR_ID = re.compile(rb"""\s(class|id)=(?:"([^"]*)"|'([^']*)')""")


def _token(name: bytes) -> bytes:
    return b"c" + hashlib.sha1(name).hexdigest()[:6].encode()


def _renamed(match: re.Match[bytes]) -> bytes:
    names = (match.group(2) or match.group(3) or b"").split()
    return b" " + match.group(1) + b'="' + b" ".join(map(_token, names)) + b'"'


def rename_classes(page: bytes) -> bytes:
    """The page with every class and id name replaced by a meaningless token."""
    return _CLASS_OR_ID.sub(_renamed, page)


def _generic(page: bytes, url: str) -> Article | None:
    try:
        return extract_article(page, url, profile=get_profile("generic"))
    except NotAnArticle:
        return None


def _generic_renamed(page: bytes, url: str) -> Article | None:
    return _generic(rename_classes(page), url)


def _add(total: FixtureScores, scores: FixtureScores) -> None:
    total.articles += scores.articles
    total.non_articles += scores.non_articles
    for field in FIELDS:
        total.right[field] += scores.right[field]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=Path, default=CASES)
    args = parser.parse_args()
    as_is, renamed = FixtureScores(), FixtureScores()
    for folder in sorted(p for p in args.cases.iterdir() if p.is_dir()):
        _add(as_is, score_fixtures(folder, _generic))
        _add(renamed, score_fixtures(folder, _generic_renamed))
    print(f"{as_is.articles} articles, {as_is.non_articles} other pages, generic profile")
    print(f"{'field':<14} {'as is':>10} {'renamed':>10}")
    for field in FIELDS:
        total = as_is.total(field)
        print(f"{field:<14} {f'{as_is.right[field]}/{total}':>10} "
              f"{f'{renamed.right[field]}/{total}':>10}")


if __name__ == "__main__":
    main()
