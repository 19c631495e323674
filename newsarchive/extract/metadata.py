"""Machine-readable metadata of a page: JSON-LD, ``<meta>`` tags, canonical link."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from newsarchive.dom import HtmlElement
from newsarchive.text import clean_line

_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
     "OpinionNewsArticle", "LiveBlogPosting", "WebPage"}
)


@dataclass
class Metadata:
    meta: dict[str, str] = field(default_factory=dict)
    """``<meta>`` values by lower-cased ``property``/``name``/``itemprop`` (first wins)."""
    article: dict[str, Any] = field(default_factory=dict)
    """The page's JSON-LD article object (NewsArticle preferred), or empty."""
    breadcrumbs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    """Every ``article:tag`` meta value, in page order."""
    canonical: str | None = None
    title: str | None = None
    types: set[str] = field(default_factory=set)
    """Every JSON-LD ``@type`` at the top level (``CollectionPage``, ``ItemList`` …)."""
    listed_items: int = 0
    """Entries of the largest JSON-LD ``ItemList``: a listing's, not an article's."""

    def get(self, *keys: str) -> str | None:
        for key in keys:
            value = self.meta.get(key)
            if value:
                return value
        return None


JSONLD_LIST_DEPTH = 4
"""How deep lists and ``@graph`` are searched for objects (pages use one or two levels)."""


def _json_objects(data: Any, depth: int = JSONLD_LIST_DEPTH) -> list[dict[str, Any]]:
    if depth < 0:
        return []
    if isinstance(data, list):
        return [obj for item in data for obj in _json_objects(item, depth - 1)]
    if isinstance(data, dict):
        if "@graph" in data:
            return _json_objects(data["@graph"], depth - 1)
        return [data]
    return []


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, list):
        return {str(k) for k in kind}
    return {str(kind)} if kind else set()


def _load_json(text: str) -> Any:
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # nested deeper than Python's stack: ignored
        return None


def _pick_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    best: dict[str, Any] = {}
    for obj in objects:
        kinds = _types(obj)
        if kinds & _ARTICLE_TYPES - {"WebPage"}:
            return obj
        if "WebPage" in kinds and "datePublished" in obj and not best:
            best = obj
    return best


def _list_size(obj: dict[str, Any]) -> int:
    items = obj.get("itemListElement") if "ItemList" in _types(obj) else None
    return len(items) if isinstance(items, list) else 0


def _breadcrumbs(objects: list[dict[str, Any]]) -> list[str]:
    for obj in objects:
        if "BreadcrumbList" in _types(obj):
            items = obj.get("itemListElement") or []
            names = []
            for item in items if isinstance(items, list) else []:
                if not isinstance(item, dict):
                    continue
                name = item.get("name")
                if not name and isinstance(item.get("item"), dict):
                    name = item["item"].get("name")
                if isinstance(name, str) and name.strip():
                    names.append(clean_line(name))
            return names
    return []


def read_metadata(root: HtmlElement) -> Metadata:
    """The page's metadata, read in one walk over its ``<meta>``, ``<script>``,
    ``<link>`` and ``<title>`` elements."""
    result = Metadata()
    objects: list[dict[str, Any]] = []
    title: HtmlElement | None = None
    for node in root.iter("meta", "script", "link", "title"):
        if node.tag == "meta":
            _read_meta(node, result)
        elif node.tag == "script":
            if (node.get("type") or "").lower() == "application/ld+json" and node.text:
                objects.extend(_json_objects(_load_json(node.text)))
        elif node.tag == "link":
            if result.canonical is None and node.get("href") \
                    and "canonical" in (node.get("rel") or "").lower().split():
                result.canonical = node.get("href", "").strip()
        elif title is None:
            title = node
    result.article = _pick_article(objects)
    result.breadcrumbs = _breadcrumbs(objects)
    result.types = {kind for obj in objects for kind in _types(obj)}
    result.listed_items = max((_list_size(obj) for obj in objects), default=0)
    if title is not None and title.text_content().strip():
        result.title = clean_line(title.text_content())
    return result


def _read_meta(node: HtmlElement, result: Metadata) -> None:
    """One ``<meta>``: its value under its lower-cased key (the first one wins)."""
    key = node.get("property") or node.get("name") or node.get("itemprop")
    value = node.get("content")
    if key and value and value.strip():
        key = key.strip().lower()
        result.meta.setdefault(key, clean_line(value))
        if key == "article:tag":
            result.tags.extend(t for t in (clean_line(v) for v in value.split(",")) if t)


def jsonld_text(article: dict[str, Any], key: str) -> str | None:
    value = article.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return clean_line(unescape(value)) if isinstance(value, str) and value.strip() else None


def jsonld_people(article: dict[str, Any]) -> list[str]:
    """Names of JSON-LD authors that are persons (organisations are not authors)."""
    authors = article.get("author")
    items = authors if isinstance(authors, list) else [authors]
    names: list[str] = []
    for item in items:
        if isinstance(item, str) and item.strip():
            names.append(clean_line(unescape(item)))
        elif isinstance(item, dict) and "Organization" not in _types(item):
            name = item.get("name")
            if isinstance(name, str) and name.strip():
                names.append(clean_line(unescape(name)))
    return names
