"""Extraction on the real saved pages of ../shared/corpus (skipped when absent, failed in CI)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from gates import assert_measured_on, floors

from newsarchive.errors import NotAnArticle
from newsarchive.evaluation.pages import FIELDS, evaluate_pages
from newsarchive.extract import extract_article
from newsarchive.sites import get_profile

FLOORS, MEASURED_ON = floors("pages")


def _manifest(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "manifest.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_labelled_pages_meet_the_floor(corpus: Path) -> None:
    scores = evaluate_pages(corpus)
    print(scores.format())
    assert_measured_on(scores.digest, MEASURED_ON, "pages")
    below = {f: scores.right[f] for f in FIELDS if scores.right[f] < FLOORS[f]}
    assert not below, f"below the floor {FLOORS}: {below}; misses: {scores.misses}"


def test_floors_cover_every_field() -> None:
    assert set(FLOORS) == set(FIELDS)


def test_every_article_page_parses(corpus: Path) -> None:
    for row in _manifest(corpus):
        if row["kind"] != "article":
            continue
        article = extract_article((corpus / row["file"]).read_bytes(), row["page_url"])
        assert article.headline, row["file"]
        assert article.published_at and article.published_at.endswith("+07:00"), row["file"]
        assert len(article.body) > 500, row["file"]
        assert "Ð" not in article.body + article.headline


def test_listings_and_stubs_are_not_articles(corpus: Path) -> None:
    others = [r for r in _manifest(corpus) if r["kind"] != "article"]
    assert len(others) == 7
    for row in others:
        with pytest.raises(NotAnArticle):
            extract_article((corpus / row["file"]).read_bytes(), row["page_url"])


def test_pages_without_an_early_charset_decode_as_utf8(corpus: Path) -> None:
    for row in _manifest(corpus):
        if row["domain"] == "vnexpress.net":
            page = (corpus / row["file"]).read_bytes()
            article = extract_article(page, row["page_url"])
            assert "Ã" not in article.headline + article.body


_UNSEEN_MARKUP = {
    "classes and ids": (re.compile(rb"""\s(?:class|id)=(?:"[^"]*"|'[^']*')"""), b""),
    "microdata and data attributes": (re.compile(
        rb"""\s(?:itemprop|itemtype|itemscope|datetime|data-[a-z-]+)(?:=(?:"[^"]*"|'[^']*'))?"""),
        b""),
    "time elements": (re.compile(rb"<time\b[^>]*>"), b"<span>"),
}
_SAME_FIELDS = ("headline", "summary", "authors", "source", "photo_credit")


@pytest.mark.parametrize("stripped", sorted(_UNSEEN_MARKUP))
def test_the_generic_path_reads_every_article_stripped_of_markup_hints(
        corpus: Path, stripped: str) -> None:
    """An unseen template names nothing the generic vocabulary knows: with every class
    and id, every microdata or data attribute, or every ``<time>`` gone, the generic
    profile must still give what the outlet's own profile gives (the time to the
    minute), and lose no paragraph of its body (a fact box or promotion the profile
    removes may stay)."""
    generic = get_profile("generic")
    pattern, replacement = _UNSEEN_MARKUP[stripped]
    for row in _manifest(corpus):
        if row["kind"] != "article":
            continue
        page = (corpus / row["file"]).read_bytes()
        own = extract_article(page, row["page_url"])
        blind = extract_article(pattern.sub(replacement, page), row["page_url"],
                                profile=generic)
        assert [getattr(blind, f) for f in _SAME_FIELDS] == \
            [getattr(own, f) for f in _SAME_FIELDS], row["file"]
        assert (blind.published_at or "")[:16] == (own.published_at or "")[:16], row["file"]
        paragraphs = blind.body.split("\n\n")
        assert [p for p in own.body.split("\n\n") if p not in paragraphs] == [], row["file"]
