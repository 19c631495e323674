"""CSS selectors over a page, answered from an index of the words the page uses.

Most selectors extraction tries (the generic vocabularies) name classes, ``itemprop`` or
``rel`` values a page does not use: those are answered without walking the tree.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import cache
from typing import cast

import cssselect
from cssselect.xpath import XPathExpr
from lxml import etree
from lxml.cssselect import CSSSelector, LxmlHTMLTranslator

from newsarchive.dom import HtmlElement

_PLAIN_ATTRIBUTE = re.compile(r"@[A-Za-z_][A-Za-z0-9_-]*")


class _Translator(LxmlHTMLTranslator):  # type: ignore[misc]
    """cssselect's HTML translation, with a word or part of an attribute's value tested
    in one predicate on the attribute itself (``@class[contains(., 'x') and …]``): the
    same elements match, but libxml2 tests each element about a fifth faster than
    through cssselect's ``@class and contains(@class, 'x') and …``, and most selectors
    extraction runs scan a whole page for a class."""

    def xpath_attrib_includes(self, xpath: XPathExpr, name: str,
                              value: str | None) -> XPathExpr:
        if not value or not _PLAIN_ATTRIBUTE.fullmatch(name) or value != "".join(value.split()):
            return cast(XPathExpr, super().xpath_attrib_includes(xpath, name, value))
        word = self.xpath_literal(f" {value} ")
        return xpath.add_condition(
            f"{name}[contains(., {self.xpath_literal(value)})"
            f" and contains(concat(' ', normalize-space(.), ' '), {word})]")

    def xpath_attrib_substringmatch(self, xpath: XPathExpr, name: str,
                                    value: str | None) -> XPathExpr:
        if not value or not _PLAIN_ATTRIBUTE.fullmatch(name):
            return cast(XPathExpr, super().xpath_attrib_substringmatch(xpath, name, value))
        return xpath.add_condition(f"{name}[contains(., {self.xpath_literal(value)})]")


_TRANSLATOR = _Translator()


@cache
def _css(selector: str) -> CSSSelector:
    """A compiled CSS selector (compiled once per process)."""
    return CSSSelector(selector, translator=_TRANSLATOR)


# What the last few roots selectors ran on can match: the class names of the tree each
# belongs to, and the ``itemprop`` and ``rel`` tokens of the root's own subtree (read
# only when a selector needs them: few pages with a profile ever ask). Few entries, as
# each keeps its tree alive. Extraction only removes elements from a tree, so the words
# a tree held when first asked stay a superset of what it holds.
_CLASS_VALUES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_ATTRIBUTE_VALUES = etree.XPath(
    "descendant-or-self::*/@itemprop | descendant-or-self::*/@rel", smart_strings=False)
_INDEXED_ATTRIBUTES = frozenset({"itemprop", "rel"})
_REMEMBERED_ROOTS = 6


@dataclass(frozen=True)
class _Words:
    """Index words, as a set and as one space-separated text (words hold no space, so a
    substring of the text without spaces is a substring of one word)."""

    words: frozenset[str]
    text: str


class _RootIndex:
    """The words selectors run on ``root`` may need."""

    __slots__ = ("_attributes", "classes", "root")

    def __init__(self, root: HtmlElement, classes: _Words) -> None:
        self.root = root
        self.classes = classes
        self._attributes: _Words | None = None

    def attributes(self) -> _Words:
        if self._attributes is None:
            self._attributes = _words(_ATTRIBUTE_VALUES(self.root))
        return self._attributes


_indexes: list[_RootIndex] = []


@dataclass(frozen=True)
class _Needs:
    """What one selector of a group cannot match without: class names, substrings of
    one class name (``[class*=author]``), and ``itemprop``/``rel`` tokens."""

    classes: frozenset[str]
    class_parts: tuple[str, ...]
    attributes: frozenset[str]

    def met_by(self, index: _RootIndex) -> bool:
        return self.classes <= index.classes.words and (
            not self.class_parts or all(part in index.classes.text for part in self.class_parts)
        ) and (not self.attributes or self.attributes <= index.attributes().words)


def _any_met(needs: tuple[_Needs, ...], index: _RootIndex) -> bool:
    """Whether the tree can match one selector of the group. Selectors are checked by
    the hundred per page and most groups hold one: those go without a generator, which
    costs more than the test."""
    if len(needs) == 1:
        return needs[0].met_by(index)
    return any(need.met_by(index) for need in needs)


def _tree_top(element: HtmlElement) -> HtmlElement:
    """The element's outermost ancestor (itself when it has none)."""
    return deque(element.iterancestors(), maxlen=1).pop() if element.getparent() is not None \
        else element


def _index_of(root: HtmlElement) -> _RootIndex:
    """The root's index; class names found once per tree."""
    for index in _indexes:
        if index.root is root:
            return index
    top = _tree_top(root)
    classes = next((index.classes for index in _indexes if index.root is top), None)
    if classes is None:
        classes = _words(_CLASS_VALUES(top))
        _remember(_RootIndex(top, classes))
    index = _RootIndex(root, classes)
    _remember(index)
    return index


def _remember(index: _RootIndex) -> None:
    _indexes.insert(0, index)
    del _indexes[_REMEMBERED_ROOTS:]


def _words(values: object) -> _Words:
    """Attribute values as ``normalize-space`` splits them into words."""
    # Plain strings (smart_strings=False): joined as they are, without a str() each.
    text = _xml_spaced(" ".join(cast(list[str], values))) if isinstance(values, list) else ""
    return _Words(frozenset(text.split(" ")), text)


def _xml_spaced(text: str) -> str:
    """``text`` with XML's other white space (tab, CR, LF) as plain spaces: splitting it
    at single spaces then gives the tokens ``normalize-space`` would, and some empty
    strings, several times faster than a regular expression."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


@cache
def _needs(selector: str) -> tuple[_Needs, ...] | None:
    """For each selector of the group, what it cannot match without; None when one of
    them needs nothing the index holds."""
    needs = []
    for part in cssselect.parse(selector):
        classes: set[str] = set()
        class_parts: list[str] = []
        attributes: set[str] = set()
        _collect_needs(part.parsed_tree, classes, class_parts, attributes)
        if not classes and not class_parts and not attributes:
            return None
        needs.append(_Needs(frozenset(classes), tuple(class_parts), frozenset(attributes)))
    return tuple(needs)


def _collect_needs(tree: object, classes: set[str], class_parts: list[str],
                   attributes: set[str]) -> None:
    """Class names, ``[class*=v]`` values, and ``[itemprop=v]``/``[rel~=v]`` values of
    every compound of a combined selector (not under ``:not``)."""
    while tree is not None:
        if isinstance(tree, cssselect.parser.Class):
            classes.add(tree.class_name)
        elif isinstance(tree, cssselect.parser.Attrib):
            _collect_attribute_need(tree, classes, class_parts, attributes)
        elif isinstance(tree, cssselect.parser.CombinedSelector):
            _collect_needs(tree.subselector, classes, class_parts, attributes)
        tree = getattr(tree, "selector", None)


def _collect_attribute_need(attrib: cssselect.parser.Attrib, classes: set[str],
                            class_parts: list[str], attributes: set[str]) -> None:
    value = getattr(attrib.value, "value", None)
    if attrib.namespace or not isinstance(value, str) or not value \
            or value != "".join(value.split()):
        return
    if attrib.attrib == "class" and attrib.operator in ("=", "~="):
        classes.add(value)
    elif attrib.attrib == "class" and attrib.operator == "*=":
        class_parts.append(value)
    elif attrib.attrib in _INDEXED_ATTRIBUTES and attrib.operator in ("=", "~="):
        attributes.add(value)


def _may_match(root: HtmlElement, selector: str) -> bool:
    """False when every selector of the group needs a word ``root``'s tree lacks."""
    needs = _needs(selector)
    if needs is None:
        return True
    return _any_met(needs, _index_of(root))


def select_all(root: HtmlElement, selector: str) -> list[HtmlElement]:
    """Elements matched by ``selector``. Most selectors tried (the generic vocabularies)
    name classes or ``itemprop`` values the page does not use: those are answered without
    walking the tree."""
    if not _may_match(root, selector):
        return []
    return _matched(root, selector)


def _matched(root: HtmlElement, selector: str) -> list[HtmlElement]:
    found = _css(selector)(root)
    if not isinstance(found, list):
        return []
    return [node for node in found if isinstance(node, HtmlElement)]


def may_hold_word_part(root: HtmlElement, parts: tuple[str, ...]) -> bool:
    """Whether a class name or a ``rel``/``itemprop`` token of ``root``'s tree may contain
    one of ``parts`` (False means none does: a search for them can be skipped)."""
    index = _index_of(root)
    return any(part in index.classes.text or part in index.attributes().text
               for part in parts)


def select(root: HtmlElement, selectors: list[str]) -> list[HtmlElement]:
    """Elements matched by the first selector of ``selectors`` that matches anything."""
    index: _RootIndex | None = None
    for selector in selectors:
        needs = _needs(selector)
        if needs is not None:
            index = _index_of(root) if index is None else index
            if not _any_met(needs, index):
                continue
        found = _matched(root, selector)
        if found:
            return found
    return []


def select_first(root: HtmlElement, selectors: list[str]) -> HtmlElement | None:
    found = select(root, selectors)
    return found[0] if found else None
