"""Score the extractor on the labelled corpus pages, as ``corpus/LABELS.md`` defines.

Run: ``newsarchive evaluate --shared DIR``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.evaluation.digest import CorpusDigest
from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.text import fold

FIELDS = ("headline", "published_at", "authors", "body_first", "body_last", "body_excludes")
WINDOW = 300


@dataclass
class PageScores:
    pages: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)
    digest: str = ""
    """sha256 of ``labels.jsonl`` and the pages scored (:class:`CorpusDigest`)."""

    def format(self) -> str:
        lines = [f"{name:<14} {self.right[name]}/{self.pages}" for name in FIELDS]
        return "\n".join([*lines, f"corpus_sha256  {self.digest}"])


def article_text(article: Article) -> str:
    """``summary`` then ``body``, as the labels define the article text."""
    return "\n\n".join(part for part in (article.summary, article.body) if part)


def _same_time(value: str | None, label: str | None) -> bool:
    if label is None:
        return value is None
    if value is None or not value.endswith("+07:00"):
        return False
    if "T" not in label:
        return value[:10] == label
    return value[:16] == label[:16]


def _authors_right(authors: list[str], label: dict[str, Any]) -> bool:
    found = {fold(a) for a in authors}
    accepted = [label.get("authors", []), *label.get("authors_alt", [])]
    return any(found == {fold(a) for a in option} for option in accepted)


def score_page(article: Article, label: dict[str, Any]) -> dict[str, bool]:
    text = fold(article_text(article))
    return {
        "headline": fold(article.headline) == fold(label["headline"]),
        "published_at": _same_time(article.published_at, label["published_at"]),
        "authors": _authors_right(article.authors, label),
        "body_first": fold(label["body_first"]) in text[:WINDOW],
        "body_last": fold(label["body_last"]) in text[-WINDOW:],
        "body_excludes": not any(fold(s) in text for s in label.get("body_excludes", [])),
    }


def labelled_pages(corpus: Path, digest: CorpusDigest | None = None,
                   ) -> Iterator[tuple[dict[str, Any], bytes]]:
    """Each label with its page's bytes; every file read is added to ``digest``."""
    labels = (corpus / "labels.jsonl").read_bytes()
    digest = digest or CorpusDigest()
    digest.add("labels.jsonl", labels)
    for line in labels.decode("utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            page = (corpus / label["file"]).read_bytes()
            digest.add(label["file"], page)
            yield label, page


def evaluate_pages(corpus: Path) -> PageScores:
    scores = PageScores()
    digest = CorpusDigest()
    for label, page in labelled_pages(corpus, digest):
        scores.pages += 1
        article = extract_article(page, label["url"])
        for name, right in score_page(article, label).items():
            scores.right[name] += right
            if not right:
                scores.misses.append(f"{label['file']}: {name}")
    scores.digest = digest.hexdigest()
    return scores
