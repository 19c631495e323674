"""Selectors answered from the tree's index of words agree with a plain CSS walk."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.cssselect import CSSSelector

from newsarchive.dom import HtmlElement, parse_html
from newsarchive.extract.selectors import may_hold_word_part, select, select_all

CASES = Path(__file__).parent / "cases"

SELECTORS = [
    ".sapo", "h1.entry-title", "time.entry-date.published", ".entry-meta time.published",
    ".detail-content p", "div.a > .b", "[itemprop=articleBody]", "[itemprop=datePublished]",
    "[itemprop~=author]", "[rel=author]", "[class*=author]", "[class*=thor]", "[itemprop]",
    "a:not(.x)", "h1, .nothing-here", ".nothing-here, .also-absent", "[class^=auth]",
    "[itemprop='article body']", "p", ".auth", ".post.a", ".author-box .b:not(.x)",
    "[rel~=nofollow]", "[class~=post]",
]

PAGE = b"""<html><body>
<div class="a  post\tauthor-box"><span class="b" itemprop="author name">Mai Anh</span>
<a rel="nofollow author" href="/tac-gia">Mai Anh</a><a class="x" href="/">Trang chu</a></div>
<article itemprop="articleBody"><p class="sapo">Mot</p><p>Hai</p>
<div class="detail-content"><p>Ba</p></div></article>
<time class="entry-date published" itemprop="datePublished">1/2/2025</time>
</body></html>"""


def _plain(root: HtmlElement, selector: str) -> list[HtmlElement]:
    found = CSSSelector(selector, translator="html")(root)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, HtmlElement)]


def _pages() -> list[HtmlElement]:
    return [parse_html(PAGE)] + [parse_html(p.read_bytes())
                                 for p in sorted(CASES.glob("generic/*/page.html"))[:12]]


@pytest.mark.parametrize("selector", SELECTORS)
def test_select_all_agrees_with_a_plain_walk(selector: str) -> None:
    for root in _pages():
        assert select_all(root, selector) == _plain(root, selector)
        for part in root.iter("article", "div"):
            assert select_all(part, selector) == _plain(part, selector)


def test_index_words_cover_itemprop_rel_and_class_tokens() -> None:
    root = parse_html(PAGE)
    assert [e.text for e in select_all(root, "[itemprop=author]")] == []
    assert [e.tag for e in select_all(root, "[itemprop~=author]")] == ["span"]
    assert [e.tag for e in select_all(root, "[class*=author]")] == ["div"]
    assert select_all(root, "[class*=nothing]") == []
    assert [e.tag for e in select(root, [".absent", "[rel~=author]"])] == ["a"]


def test_a_subtree_cut_from_its_tree_is_still_answered() -> None:
    root = parse_html(PAGE)
    assert select_all(root, ".sapo")  # the document's words are indexed first
    article = root.find(".//article")
    assert article is not None
    article.drop_tree()
    assert [e.text for e in select_all(article, ".sapo")] == ["Mot"]
    assert select_all(root, ".sapo") == []
    assert select_all(article, "[itemprop=articleBody]") == _plain(article,
                                                                   "[itemprop=articleBody]")


def test_word_parts_of_class_and_rel_tokens() -> None:
    root = parse_html(PAGE)
    assert may_hold_word_part(root, ("thor",))  # author-box, rel="nofollow author"
    assert may_hold_word_part(root, ("nofollow",))
    assert not may_hold_word_part(root, ("tag", "keyword"))
